#include "ui/widgets/colour_map.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <span>
#include <vector>

namespace convscope::ui {

namespace {

// Evenly spaced stops of each map, interpolated linearly into the 256-entry table.
// Viridis and cividis: the matplotlib maps sampled at i/8 and i/9. Blue–orange: ColorBrewer's
// RdBu blue half and PuOr orange half around a near-white centre, safe for red–green colour
// blindness.
constexpr std::array<QRgb, 2> greyStops{0xff000000, 0xffffffff};
constexpr std::array<QRgb, 9> blueOrangeStops{0xff2166ac, 0xff4393c3, 0xff92c5de, 0xffd1e5f0, 0xfff7f7f7,
                                              0xfffee0b6, 0xfffdb863, 0xffe08214, 0xffb35806};
constexpr std::array<QRgb, 9> viridisStops{0xff440154, 0xff472c7a, 0xff3b518b, 0xff2c718e, 0xff21908d,
                                           0xff27ad81, 0xff5cc863, 0xffaadc32, 0xfffde725};
constexpr std::array<QRgb, 10> cividisStops{0xff00204d, 0xff00336f, 0xff39486b, 0xff575d6d, 0xff707173,
                                            0xff8a8779, 0xffa69d75, 0xffc4b56c, 0xffe4cf5b, 0xffffea46};

std::span<const QRgb> stopsOf(ColourMapKind kind)
{
    switch (kind) {
    case ColourMapKind::Grey: return greyStops;
    case ColourMapKind::BlueOrange: return blueOrangeStops;
    case ColourMapKind::Viridis: return viridisStops;
    case ColourMapKind::Cividis: return cividisStops;
    }
    return greyStops;
}

int mix(int a, int b, float t)
{
    return static_cast<int>(std::lround(static_cast<float>(a) + (static_cast<float>(b) - static_cast<float>(a)) * t));
}

} // namespace

ColourMap::ColourMap(ColourMapKind kind)
    : m_kind(kind)
{
    const std::span<const QRgb> stops = stopsOf(kind);
    const int segments = static_cast<int>(stops.size()) - 1;
    for (int i = 0; i < 256; ++i) {
        const float position = static_cast<float>(i) / 255.0f * static_cast<float>(segments);
        const int segment = std::min(static_cast<int>(position), segments - 1);
        const float t = position - static_cast<float>(segment);
        const QRgb a = stops[static_cast<std::size_t>(segment)];
        const QRgb b = stops[static_cast<std::size_t>(segment) + 1];
        m_table[static_cast<std::size_t>(i)] =
            qRgb(mix(qRed(a), qRed(b), t), mix(qGreen(a), qGreen(b), t), mix(qBlue(a), qBlue(b), t));
    }
}

QRgb ColourMap::colourAt(float t) const
{
    if (!(t >= 0.0f))
        t = 0.0f;
    const int index = std::min(255, static_cast<int>(t * 255.0f + 0.5f));
    return m_table[static_cast<std::size_t>(index)];
}

QColor ColourMap::textColourOn(QRgb background)
{
    // Relative luminance with the sRGB weights; 0.5 splits where black and white text have
    // about the same contrast.
    const double luminance = (0.2126 * qRed(background) + 0.7152 * qGreen(background) + 0.0722 * qBlue(background)) / 255.0;
    return luminance > 0.5 ? QColor(Qt::black) : QColor(Qt::white);
}

QString ColourMap::id(ColourMapKind kind)
{
    switch (kind) {
    case ColourMapKind::Grey: return QStringLiteral("grey");
    case ColourMapKind::BlueOrange: return QStringLiteral("blue-orange");
    case ColourMapKind::Viridis: return QStringLiteral("viridis");
    case ColourMapKind::Cividis: return QStringLiteral("cividis");
    }
    return QStringLiteral("grey");
}

bool ColourMap::fromId(const QString& id, ColourMapKind* kind)
{
    for (ColourMapKind candidate : all()) {
        if (ColourMap::id(candidate) == id) {
            *kind = candidate;
            return true;
        }
    }
    return false;
}

QString ColourMap::displayName(ColourMapKind kind)
{
    switch (kind) {
    case ColourMapKind::Grey: return QCoreApplication::translate("ColourMap", "Grey");
    case ColourMapKind::BlueOrange: return QCoreApplication::translate("ColourMap", "Blue–orange (signed values)");
    case ColourMapKind::Viridis: return QCoreApplication::translate("ColourMap", "Viridis");
    case ColourMapKind::Cividis: return QCoreApplication::translate("ColourMap", "Cividis");
    }
    return {};
}

QList<ColourMapKind> ColourMap::all()
{
    return {ColourMapKind::Grey, ColourMapKind::BlueOrange, ColourMapKind::Viridis, ColourMapKind::Cividis};
}

ValueRange automaticRange(const float* values, qsizetype count, const ColourMap& map)
{
    float low = 0.0f;
    float high = 0.0f;
    bool any = false;
    for (qsizetype i = 0; i < count; ++i) {
        const float v = values[i];
        if (!std::isfinite(v))
            continue;
        if (!any) {
            low = high = v;
            any = true;
        } else {
            low = std::min(low, v);
            high = std::max(high, v);
        }
    }
    if (map.isDiverging()) {
        const float m = std::max(std::abs(low), std::abs(high));
        return m > 0.0f ? ValueRange{-m, m} : ValueRange{-1.0f, 1.0f};
    }
    if (!any)
        return {0.0f, 1.0f};
    if (high > low)
        return {low, high};
    // A constant plane: 0s show dark and positive constants light, as an image would.
    if (low > 0.0f)
        return {0.0f, low};
    if (low < 0.0f)
        return {low, 0.0f};
    return {0.0f, 1.0f};
}

ValueRange contrastRange(const float* values, qsizetype count, const ColourMap& map)
{
    if (!map.isDiverging() || count < contrastMinimumValues)
        return automaticRange(values, count, map);
    std::vector<float> magnitudes;
    magnitudes.reserve(static_cast<std::size_t>(count));
    for (qsizetype i = 0; i < count; ++i)
        if (std::isfinite(values[i]))
            magnitudes.push_back(std::abs(values[i]));
    if (static_cast<qsizetype>(magnitudes.size()) < contrastMinimumValues)
        return automaticRange(values, count, map);
    const auto percentile = magnitudes.begin() + static_cast<std::ptrdiff_t>((magnitudes.size() - 1) * 99 / 100);
    std::nth_element(magnitudes.begin(), percentile, magnitudes.end());
    const float m = *percentile;
    return m > 0.0f ? ValueRange{-m, m} : automaticRange(values, count, map);
}

namespace {

QImage mapRows(const float* values, int rows, int cols, qsizetype rowStride, const ColourMap& map, ValueRange range)
{
    QImage image(std::max(cols, 0), std::max(rows, 0), QImage::Format_RGB32);
    if (image.isNull())
        return image;
    // The map's 256 colours plus mid grey for NaN at index 256.
    std::array<QRgb, 257> table{};
    std::copy(map.table().begin(), map.table().end(), table.begin());
    table[256] = 0xff808080;
    const float span = range.max - range.min;
    const float scale = span > 0.0f ? 255.0f / span : 0.0f;
    const float offset = range.min;
    for (int y = 0; y < rows; ++y) {
        const float* in = values + static_cast<qsizetype>(y) * rowStride;
        auto* out = reinterpret_cast<QRgb*>(image.scanLine(y));
        for (int x = 0; x < cols; ++x) {
            // Clamped in float before converting, so ±inf and huge values cannot overflow; NaN
            // fails both comparisons and lands on 256.
            const float t = (in[x] - offset) * scale + 0.5f;
            const int index = t >= 0.0f ? (t < 255.0f ? static_cast<int>(t) : 255) : (t < 0.0f ? 0 : 256);
            out[x] = table[static_cast<std::size_t>(index)];
        }
    }
    return image;
}

} // namespace

QImage planeToImage(const float* values, int rows, int cols, const ColourMap& map, ValueRange range)
{
    return mapRows(values, rows, cols, cols, map, range);
}

QImage planeToImage(const Eigen::Ref<const core::Matrix>& plane, const ColourMap& map, ValueRange range)
{
    return mapRows(plane.data(), static_cast<int>(plane.rows()), static_cast<int>(plane.cols()), plane.outerStride(),
                   map, range);
}

QImage planeToImage(const core::Tensor& tensor, int planeIndex, const ColourMap& map, ValueRange range)
{
    if (tensor.empty() || tensor.rank() < 2 || planeIndex < 0 || planeIndex >= tensor.planeCount())
        return {};
    return mapRows(tensor.plane(planeIndex).data(), tensor.dim(-2), tensor.dim(-1), tensor.dim(-1), map, range);
}

QImage pictureToImage(const core::Tensor& picture)
{
    if (picture.rank() != 3 || picture.empty() || (picture.dim(0) != 1 && picture.dim(0) != 3))
        return {};
    if (picture.dim(0) == 1)
        return planeToImage(picture, 0, ColourMap(ColourMapKind::Grey), ValueRange{0.0f, 1.0f});
    const int rows = picture.dim(1);
    const int cols = picture.dim(2);
    const std::size_t plane = static_cast<std::size_t>(rows) * static_cast<std::size_t>(cols);
    const auto byte = [](float value) { return static_cast<int>(std::lround(std::clamp(value, 0.0f, 1.0f) * 255.0f)); };
    QImage image(cols, rows, QImage::Format_RGB32);
    const float* values = picture.data();
    for (int y = 0; y < rows; ++y) {
        auto* out = reinterpret_cast<QRgb*>(image.scanLine(y));
        for (int x = 0; x < cols; ++x) {
            const std::size_t i = static_cast<std::size_t>(y) * static_cast<std::size_t>(cols) + static_cast<std::size_t>(x);
            out[x] = qRgb(byte(values[i]), byte(values[plane + i]), byte(values[2 * plane + i]));
        }
    }
    return image;
}

QImage colourChannelToImage(const core::Tensor& picture, int channel)
{
    if (picture.rank() != 3 || picture.empty() || picture.dim(0) != 3 || channel < 0 || channel > 2)
        return {};
    const int rows = picture.dim(1);
    const int cols = picture.dim(2);
    QImage image(cols, rows, QImage::Format_RGB32);
    const float* values = picture.plane(channel).data();
    for (int y = 0; y < rows; ++y) {
        auto* out = reinterpret_cast<QRgb*>(image.scanLine(y));
        for (int x = 0; x < cols; ++x) {
            const float value = values[static_cast<std::size_t>(y) * static_cast<std::size_t>(cols) + static_cast<std::size_t>(x)];
            const int level = std::isfinite(value) ? static_cast<int>(std::lround(std::clamp(value, 0.0f, 1.0f) * 255.0f)) : 128;
            out[x] = qRgb(channel == 0 ? level : 0, channel == 1 ? level : 0, channel == 2 ? level : 0);
        }
    }
    return image;
}

QImage legendImage(const ColourMap& map, int width, int height)
{
    QImage image(std::max(width, 1), std::max(height, 1), QImage::Format_RGB32);
    const int w = image.width();
    for (int y = 0; y < image.height(); ++y) {
        auto* out = reinterpret_cast<QRgb*>(image.scanLine(y));
        for (int x = 0; x < w; ++x)
            out[x] = map.colourAt(w > 1 ? static_cast<float>(x) / static_cast<float>(w - 1) : 0.5f);
    }
    return image;
}

} // namespace convscope::ui
