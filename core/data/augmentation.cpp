#include "core/data/augmentation.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <stdexcept>

namespace convscope::core {
namespace {

double unitDraw(std::mt19937& rng)
{
    return static_cast<double>(rng()) / 4294967296.0;
}

int shiftDraw(double fraction, int side, std::mt19937& rng)
{
    const int most = static_cast<int>(std::lround(fraction * side));
    return static_cast<int>(unitDraw(rng) * (2 * most + 1)) - most;
}

} // namespace

AugmentationDraw drawAugmentation(const AugmentationSettings& settings, int rows, int cols, std::mt19937& rng)
{
    // Every draw is taken even when its change is off, so turning one change on or off leaves the
    // others' draws where they were.
    AugmentationDraw draw;
    const bool mirror = (rng() >> 31) != 0;
    draw.flip = settings.flip && mirror;
    draw.shiftX = shiftDraw(settings.maxShift, cols, rng);
    draw.shiftY = shiftDraw(settings.maxShift, rows, rng);
    draw.degrees = (2.0 * unitDraw(rng) - 1.0) * settings.maxDegrees;
    draw.brightness = (2.0 * unitDraw(rng) - 1.0) * settings.maxBrightness;
    return draw;
}

void augmentImage(float* values, int channels, int rows, int cols, const AugmentationDraw& draw)
{
    const std::size_t plane = static_cast<std::size_t>(rows) * static_cast<std::size_t>(cols);
    const std::vector<float> source(values, values + plane * static_cast<std::size_t>(channels));
    const double radians = draw.degrees * std::numbers::pi / 180.0;
    const double cosine = std::cos(radians);
    const double sine = std::sin(radians);
    const double cx = (cols - 1) / 2.0;
    const double cy = (rows - 1) / 2.0;
    for (int y = 0; y < rows; ++y) {
        for (int x = 0; x < cols; ++x) {
            const double u = x - cx - draw.shiftX;
            const double v = y - cy - draw.shiftY;
            double sx = cx + cosine * u - sine * v;
            const double sy = std::clamp(cy + sine * u + cosine * v, 0.0, rows - 1.0);
            if (draw.flip)
                sx = cols - 1 - sx;
            sx = std::clamp(sx, 0.0, cols - 1.0);
            const int x0 = static_cast<int>(std::floor(sx));
            const int y0 = static_cast<int>(std::floor(sy));
            const int x1 = std::min(x0 + 1, cols - 1);
            const int y1 = std::min(y0 + 1, rows - 1);
            const double fx = sx - x0;
            const double fy = sy - y0;
            for (int c = 0; c < channels; ++c) {
                const float* in = source.data() + static_cast<std::size_t>(c) * plane;
                const auto at = [&](int row, int col) { return static_cast<double>(in[row * cols + col]); };
                const double top = at(y0, x0) * (1.0 - fx) + at(y0, x1) * fx;
                const double bottom = at(y1, x0) * (1.0 - fx) + at(y1, x1) * fx;
                const double value = top * (1.0 - fy) + bottom * fy + draw.brightness;
                values[static_cast<std::size_t>(c) * plane + static_cast<std::size_t>(y * cols + x)]
                    = static_cast<float>(std::clamp(value, 0.0, 1.0));
            }
        }
    }
}

void augmentBatch(Matrix& batch, const std::vector<int>& imageShape, const AugmentationSettings& settings,
                  std::mt19937& rng)
{
    if (imageShape.size() != 3
        || static_cast<Eigen::Index>(imageShape[0]) * imageShape[1] * imageShape[2] != batch.cols())
        throw std::invalid_argument("augmentBatch: the rows are not pictures of the given shape");
    for (Eigen::Index row = 0; row < batch.rows(); ++row) {
        const AugmentationDraw draw = drawAugmentation(settings, imageShape[1], imageShape[2], rng);
        augmentImage(batch.row(row).data(), imageShape[0], imageShape[1], imageShape[2], draw);
    }
}

} // namespace convscope::core
