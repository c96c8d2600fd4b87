#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace convscope::io {

// A lesson file (.convscope): what a teacher prepared, opened by students exactly as saved.
// UTF-8 JSON, one object:
//   {
//     "format": "convscope-lesson",        always this text
//     "version": 1,                         lessonFormatVersion; a newer one is refused
//     "title": "Stride 2 with padding 1",   shown in the window title
//     "page": "convolution",                the page shown (MainWindow::lectureOrder() ids)
//     "colourMap": "viridis",               a ColourMap id, or "" for each view's own
//     "language": "ko",                     optional: "en" or "ko" switches the interface
//     "note": "Watch the border cells.",    optional: the teacher's note, shown when it opens
//     "hiddenControls": ["convolution"],    pages whose settings controls are hidden
//     "pages": { "convolution": {…}, … }    each page's Page::state(); missing pages keep theirs
//   }
// "hiddenControls" names pages, not widgets: a listed page hides the controls presentation mode
// hides (Page::presentationHidden(): settings panels, file buttons, editors), so students step
// through the lesson without changing it. A page state carries the pictures the page shows
// (io::carryPicture), so the lesson opens the same on a computer without the teacher's files, and
// no quiz score: every student starts the quiz afresh. Unknown extra keys are ignored, so a file written by
// a later version with the same "version" still opens.
inline constexpr int lessonFormatVersion = 1;
inline constexpr qint64 maxLessonFileBytes = 16 * 1024 * 1024; // a trained model in a page state fits easily
inline constexpr char lessonFormatName[] = "convscope-lesson";

struct Lesson {
    QString title;
    QString page;
    QString colourMap;
    QString language; // empty: the interface keeps its language
    QString note;     // the teacher's words to the students, empty for none
    QStringList hiddenControls;
    QJsonObject pages; // page id → that page's state object
};

struct LessonReadResult {
    Lesson lesson;
    QString error; // one translated sentence naming the source and what is wrong
    bool ok() const { return error.isEmpty(); }
};

// Checks the structure and the type of every key above; the page states are only checked to be
// objects (each page reads its own state and keeps its defaults for what it does not know).
// `sourceName` names the file in messages.
LessonReadResult parseLesson(const QByteArray& bytes, const QString& sourceName);
// Reads at most maxLessonFileBytes; a larger file is refused before it is read.
LessonReadResult readLessonFile(const QString& path);

// Indented UTF-8 JSON with "format" and "version" set; parseLesson() gives the lesson back.
QByteArray formatLesson(const Lesson& lesson);
// Writes atomically (core::writeFileAtomically): a failed save leaves an earlier file at `path`
// whole; a lesson larger than maxLessonFileBytes is refused, since it would not open. Returns an empty string, or a translated sentence naming the file and the reason.
QString writeLessonFile(const QString& path, const Lesson& lesson);

} // namespace convscope::io
