#pragma once

#include "core/tensor.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QImage>
#include <QSize>
#include <QString>

namespace convscope::io {

// Images larger than this many pixels are refused before decoding (a 50000×50000 PNG would need
// 10 GB); the GUI and the command line say so in these words. A 339-byte truncated JPEG can claim
// the whole limit, and at the limit an RGB tensor takes 12 bytes a pixel (600 MB) on top of the
// decoded image (200 MB), so the limit is what a classroom laptop can hold; the largest
// phone-camera photos (8160×6120) fit.
inline constexpr qint64 maxImagePixels = 50'000'000; // 50 megapixels

// An image read whole into memory before decoding (convscope-cli's inputs, standard input among
// them) may hold at most this many bytes: the largest allowed image stored uncompressed at 4 bytes
// a pixel (a 32-bit BMP, 200 MB) fits; compressed photos are a tenth of that.
inline constexpr qint64 maxImageFileBytes = 256 * 1024 * 1024;

enum class ChannelMode { Gray, Rgb };

// What went wrong, in one English sentence naming the file; empty on success.
struct ImageLoadResult {
    core::Tensor tensor; // 1×H×W (gray) or 3×H×W (rgb), values in [0, 1]
    QString error;
    bool ok() const { return error.isEmpty(); }
};

// True when the file name ends in png, jpg, jpeg, bmp, gif or webp, or `bytes` (a file's first
// bytes or all of them) start with one of those formats' signatures, so a renamed image, or one
// sent to standard input with no name at all, is still recognised.
bool looksLikeImage(const QString& fileName, QByteArrayView bytes);
// looksLikeImage() with the first bytes of the file at `path`.
bool looksLikeImageFile(const QString& path);

struct DecodedImage {
    QImage image;
    QString error; // one English sentence naming the file; empty on success
    bool ok() const { return error.isEmpty(); }
};

// Decodes the image file at `path` as it is (its EXIF orientation applied), refusing one over
// maxImagePixels from its header, before decoding.
DecodedImage decodeImageFile(const QString& path);
// The same from an image file's bytes already in memory; `sourceName` names it in messages.
DecodedImage decodeImageBytes(const QByteArray& bytes, const QString& sourceName);

// Reads PNG, JPEG, BMP, GIF, WebP (what Qt's image plugins read) into a tensor with values in
// [0, 1]. Gray uses the luminance 0.299·R + 0.587·G + 0.114·B. When maxSide > 0 the image is
// scaled down (keeping its aspect ratio) so its longer side is at most maxSide.
ImageLoadResult loadImageTensor(const QString& path, ChannelMode mode, int maxSide = 0);
// The same from an image's bytes already in memory; `sourceName` names it in messages.
ImageLoadResult decodeImageTensor(const QByteArray& bytes, const QString& sourceName, ChannelMode mode, int maxSide = 0);
ImageLoadResult imageToTensor(const QImage& image, ChannelMode mode, int maxSide = 0);
// The image scaled down as imageToTensor() scales it (smoothly, keeping its aspect ratio) so its
// longer side is at most maxSide; the image itself when it is small enough or maxSide ≤ 0.
QImage scaledToFit(const QImage& image, int maxSide);

// The smallest and largest finite value of one channel of a C×H×W tensor: what encodeChannelAsPng
// draws black and white. Both 0 when the channel holds no finite value.
struct ChannelRange {
    float low = 0.0f;
    float high = 0.0f;
};
ChannelRange channelRange(const core::Tensor& tensor, int channel);

struct PngEncodeResult {
    QByteArray png;
    QString error; // one English sentence; empty on success
};

// One channel as the bytes of an 8-bit grey PNG, mapping [min, max] of the values to [0, 255] (a
// constant channel is mid grey; infinity white, −infinity and NaN black).
PngEncodeResult encodeChannelAsPng(const core::Tensor& tensor, int channel);
// encodeChannelAsPng() written to `path`, replacing the file atomically. Returns an empty string
// on success, else the error naming the file.
QString saveChannelAsImage(const core::Tensor& tensor, int channel, const QString& path);
// Writes `image` as a PNG to `path`, replacing the file atomically. Returns an empty string on
// success, else the error naming the file.
QString saveImageAsPng(const QImage& image, const QString& path);

} // namespace convscope::io
