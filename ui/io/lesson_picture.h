#pragma once

#include <QByteArray>
#include <QImage>
#include <QJsonObject>
#include <QString>

namespace convscope::io {

// A picture a lesson file carries inside a page's state, base64 under a key of the page's
// choosing, so the lesson shows the same picture on a computer without the teacher's files.
// Up to this many bytes a picture goes in as its file's own bytes; a larger one goes in scaled
// down, as PNG, to what the page reads of it. Two such pictures and a trained model stay well
// inside maxLessonFileBytes.
inline constexpr qint64 maxCarriedPictureBytes = 4 * 1024 * 1024;

// Puts the picture file at `path` into `state` under `key`. Returns a translated note when the
// lesson carries less than the file (scaled to at most `maxSide` pixels a side, 2048 when it is 0) or nothing (the
// file cannot be read any more), else an empty string. Qt resource paths (":/samples/…") are
// left as names: every ConvScope has them.
QString carryPictureFile(QJsonObject& state, const QString& key, const QString& path, int maxSide);
// The same for a picture held in memory (pasted, dropped, or carried by the lesson it came from),
// as PNG; `name` names it in the note.
QString carryPictureImage(QJsonObject& state, const QString& key, const QImage& image, const QString& name, int maxSide);
// The bytes carried under `key`, empty when there are none (they decode as any image file).
QByteArray carriedPicture(const QJsonObject& state, const QString& key);

} // namespace convscope::io
