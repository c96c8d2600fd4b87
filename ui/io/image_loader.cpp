#include "ui/io/image_loader.h"

#include "ui/io/input_file.h"
#include "ui/io/korean_particles.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>
#include <QSaveFile>

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

namespace convscope::io {
namespace {

class ImageLoader {
    Q_DECLARE_TR_FUNCTIONS(ImageLoader)
};

QString tooManyPixels(const QString& path, QSize size)
{
    return ImageLoader::tr("%1: %2\u00d7%3 pixels is larger than the limit of %4 megapixels")
        .arg(path)
        .arg(size.width())
        .arg(size.height())
        .arg(maxImagePixels / 1'000'000);
}

bool exceedsPixelLimit(QSize size)
{
    return static_cast<qint64>(size.width()) * size.height() > maxImagePixels;
}

// What a file and bytes in memory share: the pixel limit checked from the header, then decoding.
// `name` stands for the image in messages.
DecodedImage decode(QImageReader& reader, const QString& name)
{
    DecodedImage result;
    // Qt refuses images over 256 MB by default; our own limit (checked below, before decoding)
    // is in pixels, so raise Qt's to what the largest allowed image needs at 8 bytes a pixel
    // (16-bit RGBA).
    QImageReader::setAllocationLimit(static_cast<int>(maxImagePixels * 8 / (1024 * 1024)) + 1);

    reader.setAutoTransform(true); // a phone photo's EXIF orientation, as a viewer shows it
    if (!reader.canRead()) {
        result.error = ImageLoader::tr("%1: not an image that can be read (%2)").arg(name, reader.errorString());
        return result;
    }
    const QSize declared = reader.size();
    if (declared.isValid() && exceedsPixelLimit(declared)) {
        result.error = tooManyPixels(name, declared);
        return result;
    }
    QImage image = reader.read();
    if (image.isNull()) {
        result.error = ImageLoader::tr("%1: the image cannot be decoded (%2)").arg(name, reader.errorString());
        return result;
    }
    if (exceedsPixelLimit(image.size())) {
        result.error = tooManyPixels(name, image.size());
        return result;
    }
    result.image = std::move(image);
    return result;
}

ImageLoadResult readImage(QImageReader& reader, const QString& name, ChannelMode mode, int maxSide)
{
    const DecodedImage decoded = decode(reader, name);
    ImageLoadResult result;
    if (!decoded.ok()) {
        result.error = decoded.error;
        return result;
    }
    result = imageToTensor(decoded.image, mode, maxSide);
    if (!result.ok())
        result.error = QStringLiteral("%1: %2").arg(name, result.error);
    return result;
}

// One channel drawn into `image` as encodeChannelAsPng describes. Returns why it cannot be, or an
// empty string.
QString drawChannel(const core::Tensor& tensor, int channel, QImage& image)
{
    if (tensor.rank() < 2 || channel < 0 || channel >= tensor.planeCount())
        return io::fitKoreanParticles(ImageLoader::tr("there is no channel %1 to save").arg(channel));
    const core::ConstMatrixMap plane = tensor.plane(channel);

    const auto [low, high] = channelRange(tensor, channel);
    const double range = static_cast<double>(high) - static_cast<double>(low);
    image = QImage(static_cast<int>(plane.cols()), static_cast<int>(plane.rows()), QImage::Format_Grayscale8);
    if (image.isNull())
        return ImageLoader::tr("not enough memory for a %1\u00d7%2 image").arg(plane.cols()).arg(plane.rows());
    for (int y = 0; y < image.height(); ++y) {
        uchar* line = image.scanLine(y);
        for (int x = 0; x < image.width(); ++x) {
            const float value = plane(y, x);
            int grey = 0;
            if (std::isnan(value))
                grey = 0;
            else if (std::isinf(value))
                grey = value > 0 ? 255 : 0;
            else if (range > 0.0)
                grey = static_cast<int>(std::lround((static_cast<double>(value) - low) / range * 255.0));
            else
                grey = 128;
            line[x] = static_cast<uchar>(grey);
        }
    }
    return {};
}

} // namespace

bool looksLikeImage(const QString& fileName, QByteArrayView bytes)
{
    static const QStringList suffixes = {QStringLiteral("png"), QStringLiteral("jpg"), QStringLiteral("jpeg"),
                                         QStringLiteral("bmp"), QStringLiteral("gif"), QStringLiteral("webp")};
    if (suffixes.contains(QFileInfo(fileName).suffix().toLower()))
        return true;
    return bytes.startsWith("\x89PNG") || bytes.startsWith("\xFF\xD8\xFF") || bytes.startsWith("BM")
        || bytes.startsWith("GIF8") || (bytes.size() >= 12 && bytes.startsWith("RIFF") && bytes.sliced(8, 4) == "WEBP");
}

bool looksLikeImageFile(const QString& path)
{
    QFile file(path);
    return looksLikeImage(path, file.open(QIODevice::ReadOnly) ? file.read(12) : QByteArray());
}

DecodedImage decodeImageFile(const QString& path)
{
    DecodedImage result;
    result.error = checkInputFile(path);
    if (!result.error.isEmpty())
        return result;
    QImageReader reader(path);
    return decode(reader, path);
}

DecodedImage decodeImageBytes(const QByteArray& bytes, const QString& sourceName)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    return decode(reader, sourceName);
}

ImageLoadResult loadImageTensor(const QString& path, ChannelMode mode, int maxSide)
{
    ImageLoadResult result;
    result.error = checkInputFile(path);
    if (!result.error.isEmpty())
        return result;
    QImageReader reader(path);
    return readImage(reader, path, mode, maxSide);
}

ImageLoadResult decodeImageTensor(const QByteArray& bytes, const QString& sourceName, ChannelMode mode, int maxSide)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    return readImage(reader, sourceName, mode, maxSide);
}

QImage scaledToFit(const QImage& image, int maxSide)
{
    if (maxSide <= 0 || std::max(image.width(), image.height()) <= maxSide)
        return image;
    return image.scaled(maxSide, maxSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
}

ImageLoadResult imageToTensor(const QImage& image, ChannelMode mode, int maxSide)
{
    ImageLoadResult result;
    if (image.isNull()) {
        result.error = ImageLoader::tr("the image is empty");
        return result;
    }
    QImage source = scaledToFit(image, maxSide).convertToFormat(QImage::Format_ARGB32);
    if (source.isNull()) {
        result.error = ImageLoader::tr("not enough memory to convert the image");
        return result;
    }

    const int height = source.height();
    const int width = source.width();
    const int channels = mode == ChannelMode::Gray ? 1 : 3;
    result.tensor = core::Tensor({channels, height, width});
    float* out = result.tensor.data();
    const std::size_t planeSize = static_cast<std::size_t>(height) * width;
    for (int y = 0; y < height; ++y) {
        const QRgb* line = reinterpret_cast<const QRgb*>(source.constScanLine(y));
        for (int x = 0; x < width; ++x) {
            const QRgb pixel = line[x];
            // Transparent parts are shown over white, as an image viewer shows them.
            const float alpha = static_cast<float>(qAlpha(pixel)) / 255.0f;
            const auto over = [alpha](int value) { return static_cast<float>(value) / 255.0f * alpha + (1.0f - alpha); };
            const float red = over(qRed(pixel));
            const float green = over(qGreen(pixel));
            const float blue = over(qBlue(pixel));
            const std::size_t at = static_cast<std::size_t>(y) * width + x;
            if (mode == ChannelMode::Rgb) {
                out[at] = red;
                out[planeSize + at] = green;
                out[2 * planeSize + at] = blue;
            } else if (qRed(pixel) == qGreen(pixel) && qGreen(pixel) == qBlue(pixel)) {
                out[at] = red; // a grey pixel keeps its exact value v/255
            } else {
                out[at] = 0.299f * red + 0.587f * green + 0.114f * blue;
            }
        }
    }
    return result;
}

ChannelRange channelRange(const core::Tensor& tensor, int channel)
{
    if (tensor.rank() < 2 || channel < 0 || channel >= tensor.planeCount())
        return {};
    const core::ConstMatrixMap plane = tensor.plane(channel);
    float low = std::numeric_limits<float>::max();
    float high = std::numeric_limits<float>::lowest();
    for (Eigen::Index i = 0; i < plane.size(); ++i) {
        const float value = plane.data()[i];
        if (std::isfinite(value)) {
            low = std::min(low, value);
            high = std::max(high, value);
        }
    }
    return low <= high ? ChannelRange{low, high} : ChannelRange{};
}

PngEncodeResult encodeChannelAsPng(const core::Tensor& tensor, int channel)
{
    PngEncodeResult result;
    QImage image;
    result.error = drawChannel(tensor, channel, image);
    if (!result.error.isEmpty())
        return result;
    QBuffer buffer(&result.png);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "png");
    if (!writer.write(image)) {
        result.png.clear();
        result.error = ImageLoader::tr("the PNG cannot be encoded: %1").arg(writer.errorString());
    }
    return result;
}

QString saveChannelAsImage(const core::Tensor& tensor, int channel, const QString& path)
{
    QImage image;
    const QString error = drawChannel(tensor, channel, image);
    if (!error.isEmpty())
        return QStringLiteral("%1: %2").arg(path, error);

    return saveImageAsPng(image, path);
}

QString saveImageAsPng(const QImage& image, const QString& path)
{
    // QSaveFile writes to a temporary file and renames it, so a failed write never leaves half a PNG.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return ImageLoader::tr("%1: cannot be written: %2").arg(path, file.errorString());
    QImageWriter writer(&file, "png");
    if (!writer.write(image)) {
        file.cancelWriting();
        return ImageLoader::tr("%1: cannot be written: %2").arg(path, writer.errorString());
    }
    if (!file.commit())
        return ImageLoader::tr("%1: cannot be written: %2").arg(path, file.errorString());
    return {};
}

} // namespace convscope::io
