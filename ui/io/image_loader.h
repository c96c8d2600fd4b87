#pragma once

#include "core/tensor.h"

#include <QSize>
#include <QString>

class QImage;

namespace convscope::io {

// Images larger than this many pixels are refused before decoding (a 50000×50000 PNG would need
// 10 GB); the GUI and the command line say so in these words. A 339-byte truncated JPEG can claim
// the whole limit, and at the limit an RGB tensor takes 12 bytes a pixel (600 MB) on top of the
// decoded image (200 MB), so the limit is what a classroom laptop can hold; the largest
// phone-camera photos (8160×6120) fit.
inline constexpr qint64 maxImagePixels = 50'000'000; // 50 megapixels

enum class ChannelMode { Gray, Rgb };

// What went wrong, in one English sentence naming the file; empty on success.
struct ImageLoadResult {
    core::Tensor tensor; // 1×H×W (gray) or 3×H×W (rgb), values in [0, 1]
    QString error;
    bool ok() const { return error.isEmpty(); }
};

// Reads PNG, JPEG, BMP, GIF, WebP (what Qt's image plugins read) into a tensor with values in
// [0, 1]. Gray uses the luminance 0.299·R + 0.587·G + 0.114·B. When maxSide > 0 the image is
// scaled down (keeping its aspect ratio) so its longer side is at most maxSide.
// True when the file name ends in png, jpg, jpeg, bmp, gif or webp, or the file starts with one
// of those formats' signatures (so a renamed image is still recognised).
bool looksLikeImageFile(const QString& path);

ImageLoadResult loadImageTensor(const QString& path, ChannelMode mode, int maxSide = 0);
ImageLoadResult imageToTensor(const QImage& image, ChannelMode mode, int maxSide = 0);

// The smallest and largest finite value of one channel of a C×H×W tensor: what saveChannelAsImage
// draws black and white. Both 0 when the channel holds no finite value.
struct ChannelRange {
    float low = 0.0f;
    float high = 0.0f;
};
ChannelRange channelRange(const core::Tensor& tensor, int channel);

// Writes one channel as an 8-bit grey PNG, mapping [min, max] of the values to [0, 255] (a
// constant channel is mid grey; infinity white, −infinity and NaN black). The file is replaced
// atomically. Returns an empty string on success, else the error.
QString saveChannelAsImage(const core::Tensor& tensor, int channel, const QString& path);

} // namespace convscope::io
