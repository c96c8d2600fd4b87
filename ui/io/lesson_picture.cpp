#include "ui/io/lesson_picture.h"

#include "ui/io/image_loader.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>

namespace convscope::io {
namespace {

class LessonPicture {
    Q_DECLARE_TR_FUNCTIONS(LessonPicture)
};

void insertBytes(QJsonObject& state, const QString& key, const QByteArray& bytes)
{
    state.insert(key, QString::fromLatin1(bytes.toBase64()));
}

QByteArray pngOf(const QImage& image)
{
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

// The side a picture shown at its full size is carried at: a projector's width.
constexpr int fullSizeSide = 2048;

QImage scaledToSide(const QImage& image, int maxSide)
{
    return scaledToFit(image, maxSide > 0 ? maxSide : fullSizeSide);
}

QString megabytes(qint64 bytes)
{
    return QString::number(static_cast<double>(bytes) / (1024.0 * 1024.0), 'f', 1);
}

QString scaledNote(const QString& name, qint64 bytes, QSize carried)
{
    return LessonPicture::tr("%1 takes %2 MB, more than the %3 MB a lesson carries of a picture: the lesson holds it "
                             "scaled to %4×%5 pixels.")
        .arg(name, megabytes(bytes))
        .arg(maxCarriedPictureBytes / (1024 * 1024))
        .arg(carried.width())
        .arg(carried.height());
}

} // namespace

QString carryPictureFile(QJsonObject& state, const QString& key, const QString& path, int maxSide)
{
    if (path.startsWith(QLatin1Char(':')))
        return {};
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return LessonPicture::tr("%1 could not be read again (%2): the lesson names it but does not carry it, so it "
                                 "opens only where that file is.")
            .arg(name, file.errorString());
    if (file.size() <= maxCarriedPictureBytes) {
        insertBytes(state, key, file.readAll());
        return {};
    }
    const DecodedImage decoded = decodeImageFile(path);
    if (!decoded.ok())
        return LessonPicture::tr("%1 could not be read again (%2): the lesson names it but does not carry it, so it "
                                 "opens only where that file is.")
            .arg(name, decoded.error);
    const QImage carried = scaledToSide(decoded.image, maxSide);
    insertBytes(state, key, pngOf(carried));
    return scaledNote(name, file.size(), carried.size());
}

QString carryPictureImage(QJsonObject& state, const QString& key, const QImage& image, const QString& name, int maxSide)
{
    if (image.isNull())
        return {};
    const QByteArray png = pngOf(image);
    if (png.size() <= maxCarriedPictureBytes) {
        insertBytes(state, key, png);
        return {};
    }
    const QImage carried = scaledToSide(image, maxSide);
    insertBytes(state, key, pngOf(carried));
    return scaledNote(name, png.size(), carried.size());
}

QByteArray carriedPicture(const QJsonObject& state, const QString& key)
{
    return QByteArray::fromBase64(state.value(key).toString().toLatin1());
}

} // namespace convscope::io
