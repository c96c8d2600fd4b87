#pragma once

#include "core/tensor.h"

#include <QColor>
#include <QImage>
#include <QList>
#include <QString>

#include <array>

namespace convscope::ui {

// The colour maps every view chooses from. All are readable by colour-blind students:
// grey for images, a blue–white–orange diverging map for signed values (kernels, activation
// maps), and the perceptually uniform viridis and cividis for unsigned maps.
enum class ColourMapKind { Grey, BlueOrange, Viridis, Cividis };

// The values mapped to the two ends of a colour map; values outside are clamped to the ends.
struct ValueRange {
    float min = 0.0f;
    float max = 1.0f;

    bool operator==(const ValueRange& other) const = default;
};

// A 256-entry lookup table from [0, 1] to colours. This file is the ONE place where values turn
// into colours: views, exports and galleries all call planeToImage() below.
class ColourMap {
public:
    explicit ColourMap(ColourMapKind kind = ColourMapKind::Grey);

    ColourMapKind kind() const { return m_kind; }
    // Diverging maps are centred on 0: their automatic range is symmetric, [−m, m].
    bool isDiverging() const { return m_kind == ColourMapKind::BlueOrange; }

    // t in [0, 1] (clamped) → colour, through the table.
    QRgb colourAt(float t) const;
    const std::array<QRgb, 256>& table() const { return m_table; }

    // Black or white, whichever reads better on `background` (numbers drawn on a cell).
    static QColor textColourOn(QRgb background);

    // Stable ids for settings, lesson files and the command line: grey, blue-orange, viridis, cividis.
    static QString id(ColourMapKind kind);
    static bool fromId(const QString& id, ColourMapKind* kind);
    // Translated name for menus and legends.
    static QString displayName(ColourMapKind kind);
    static QList<ColourMapKind> all();

private:
    ColourMapKind m_kind;
    std::array<QRgb, 256> m_table{};
};

// The range a view uses when none is set: [min, max] of the finite values, or [−m, m] with
// m = max |v| for a diverging map. A constant or empty plane gets a non-empty range around its
// value so every cell still maps to a colour.
ValueRange automaticRange(const float* values, qsizetype count, const ColourMap& map);
// The range an activation map is shown with: automaticRange(), except that a diverging map of
// many values ends at m = the 99th percentile of |v|, so a few strong pixels (a sharp corner, a
// picture's border) do not wash every other edge out to white; the values beyond are drawn in
// the end colours. Fewer than contrastMinimumValues values, or a percentile of 0, keep ±max.
ValueRange contrastRange(const float* values, qsizetype count, const ColourMap& map);
inline constexpr qsizetype contrastMinimumValues = 100;

// One H×W plane → an H×W QImage::Format_RGB32 image, one pixel per value, through the map's
// 256-entry table (a 1000×1000 plane takes a few milliseconds). NaN maps to mid grey.
QImage planeToImage(const float* values, int rows, int cols, const ColourMap& map, ValueRange range);
QImage planeToImage(const Eigen::Ref<const core::Matrix>& plane, const ColourMap& map, ValueRange range);
// Plane `planeIndex` of a tensor (channel c of C×H×W), see core::Tensor::plane().
QImage planeToImage(const core::Tensor& tensor, int planeIndex, const ColourMap& map, ValueRange range);

// A picture as it is seen, not through a map: a 1×H×W tensor of values in [0, 1] as grey, a 3×H×W one
// as red, green and blue (values clamped to [0, 1]); null for any other shape.
QImage pictureToImage(const core::Tensor& picture);
// Channel `channel` (0 red, 1 green, 2 blue) of a 3×H×W picture in [0, 1] in its own colour: black
// where the value is 0, full red (green, blue) where it is 1; null for any other shape.
QImage colourChannelToImage(const core::Tensor& picture, int channel);

// A horizontal strip of the map from range.min (left) to range.max (right), for legends.
QImage legendImage(const ColourMap& map, int width, int height);

} // namespace convscope::ui
