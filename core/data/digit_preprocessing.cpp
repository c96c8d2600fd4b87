#include "core/data/digit_preprocessing.h"

#include <Eigen/SparseCore>

#include <algorithm>
#include <array>
#include <cmath>
#include <vector>

namespace convscope::core {
namespace {

using AreaWeights = Eigen::SparseMatrix<float, Eigen::RowMajor>;

constexpr int histogramBins = 256;
// Less contrast than this between the darkest and the lightest pixel means there is no ink.
constexpr float minimumContrast = 0.1f;
// Levels at or above this count as ink for the bounding box.
constexpr float inkLevel = 0.5f;

int binOf(float value)
{
    return std::clamp(static_cast<int>(value * histogramBins), 0, histogramBins - 1);
}

Tensor greyOf(const Tensor& photo)
{
    const int rows = photo.dim(1);
    const int cols = photo.dim(2);
    if (photo.dim(0) == 1)
        return photo;
    Tensor grey({1, rows, cols});
    grey.plane(0) = 0.299f * photo.plane(0) + 0.587f * photo.plane(1) + 0.114f * photo.plane(2);
    return grey;
}

// Median of the pixels within `depth` of the picture's edge: what the paper looks like, since
// a photographed digit rarely touches the edge.
float borderMedian(const Tensor& grey)
{
    const int rows = grey.dim(1);
    const int cols = grey.dim(2);
    const int depth = std::max(1, std::min(rows, cols) / 20);
    std::vector<float> border;
    for (int y = 0; y < rows; ++y) {
        for (int x = 0; x < cols; ++x) {
            if (y < depth || y >= rows - depth || x < depth || x >= cols - depth)
                border.push_back(grey.at(0, y, x));
        }
    }
    const auto middle = border.begin() + static_cast<std::ptrdiff_t>(border.size() / 2);
    std::nth_element(border.begin(), middle, border.end());
    return *middle;
}

// Otsu's method: the bin boundary that maximises the between-class variance
// w₀·w₁·(μ₀ − μ₁)² of the two classes it makes. Returned as a value in [0, 1].
float otsuThreshold(const std::array<double, histogramBins>& histogram)
{
    double total = 0.0;
    double weightedTotal = 0.0;
    for (int b = 0; b < histogramBins; ++b) {
        total += histogram[b];
        weightedTotal += b * histogram[b];
    }
    double below = 0.0;
    double weightedBelow = 0.0;
    double best = -1.0;
    int bestBin = histogramBins / 2;
    for (int b = 0; b < histogramBins - 1; ++b) {
        below += histogram[b];
        weightedBelow += b * histogram[b];
        const double above = total - below;
        if (below == 0.0 || above == 0.0)
            continue;
        const double meanBelow = weightedBelow / below;
        const double meanAbove = (weightedTotal - weightedBelow) / above;
        const double between = below * above * (meanBelow - meanAbove) * (meanBelow - meanAbove);
        if (between > best) {
            best = between;
            bestBin = b;
        }
    }
    return static_cast<float>(bestBin + 1) / histogramBins;
}

// Weights of a 1-D area resampling: row o of the result is the mean of the input over
// [o·n/m, (o+1)·n/m), as an m × n matrix. Sparse: an input row or column touches at most two
// outputs when shrinking, so a 12-megapixel photo costs a few passes over its pixels, not a dense
// product of its whole height by its whole width.
AreaWeights areaWeights(int outputs, int inputs)
{
    std::vector<Eigen::Triplet<float>> entries;
    const double span = static_cast<double>(inputs) / outputs;
    for (int o = 0; o < outputs; ++o) {
        const double begin = o * span;
        const double end = begin + span;
        for (int i = static_cast<int>(std::floor(begin)); i < inputs && i < end; ++i) {
            const double overlap = std::min<double>(end, i + 1) - std::max<double>(begin, i);
            if (overlap > 0.0)
                entries.emplace_back(o, i, static_cast<float>(overlap / span));
        }
    }
    AreaWeights weights(outputs, inputs);
    weights.setFromTriplets(entries.begin(), entries.end());
    return weights;
}

} // namespace

Tensor resampleArea(const Tensor& plane, int rows, int cols)
{
    const AreaWeights down = areaWeights(rows, plane.dim(-2));
    const AreaWeights across = areaWeights(cols, plane.dim(-1));
    Tensor result({1, rows, cols});
    const Matrix partial = down * plane.plane(0);
    result.plane(0).noalias() = partial * across.transpose();
    return result;
}

DigitPreprocessing preprocessDigit(const Tensor& photo)
{
    DigitPreprocessing out;
    if (photo.rank() != 3 || (photo.dim(0) != 1 && photo.dim(0) != 3) || photo.empty()) {
        out.status = DigitPreprocessingStatus::EmptyImage;
        return out;
    }
    const int rows = photo.dim(1);
    const int cols = photo.dim(2);

    out.grey = greyOf(photo);
    out.backgroundLevel = borderMedian(out.grey);
    out.lightBackground = out.backgroundLevel > 0.5f;
    out.inverted = out.grey;
    if (out.lightBackground) {
        for (float& v : out.inverted.values())
            v = 1.0f - v;
    }

    std::array<double, histogramBins> histogram{};
    float darkest = 1.0f;
    float lightest = 0.0f;
    for (float v : out.inverted.values()) {
        const float clamped = std::clamp(v, 0.0f, 1.0f);
        histogram[binOf(clamped)] += 1.0;
        darkest = std::min(darkest, clamped);
        lightest = std::max(lightest, clamped);
    }
    if (lightest - darkest < minimumContrast) {
        out.status = DigitPreprocessingStatus::NoInk;
        return out;
    }

    out.threshold = otsuThreshold(histogram);
    double backgroundCount = 0.0;
    double backgroundSum = 0.0;
    double backgroundSquares = 0.0;
    std::vector<float> ink;
    for (float v : out.inverted.values()) {
        const float clamped = std::clamp(v, 0.0f, 1.0f);
        if (clamped < out.threshold) {
            backgroundCount += 1.0;
            backgroundSum += clamped;
            backgroundSquares += static_cast<double>(clamped) * clamped;
        } else {
            ink.push_back(clamped);
        }
    }
    const double backgroundMean = backgroundCount > 0.0 ? backgroundSum / backgroundCount : 0.0;
    const double backgroundSpread = backgroundCount > 0.0
        ? std::sqrt(std::max(0.0, backgroundSquares / backgroundCount - backgroundMean * backgroundMean))
        : 0.0;
    out.blackPoint = std::min(static_cast<float>(backgroundMean + 3.0 * backgroundSpread), out.threshold);
    const auto middle = ink.begin() + static_cast<std::ptrdiff_t>(ink.size() / 2);
    std::nth_element(ink.begin(), middle, ink.end());
    out.whitePoint = std::max(*middle, out.blackPoint + minimumContrast / 2);

    out.levels = Tensor({1, rows, cols});
    const float scale = 1.0f / (out.whitePoint - out.blackPoint);
    int top = rows;
    int bottom = -1;
    int left = cols;
    int right = -1;
    for (int y = 0; y < rows; ++y) {
        for (int x = 0; x < cols; ++x) {
            const float level = std::clamp((out.inverted.at(0, y, x) - out.blackPoint) * scale, 0.0f, 1.0f);
            out.levels.at(0, y, x) = level;
            if (level >= inkLevel) {
                top = std::min(top, y);
                bottom = std::max(bottom, y);
                left = std::min(left, x);
                right = std::max(right, x);
            }
        }
    }
    if (bottom < 0) {
        out.status = DigitPreprocessingStatus::NoInk;
        return out;
    }
    out.cropTop = top;
    out.cropLeft = left;
    out.cropHeight = bottom - top + 1;
    out.cropWidth = right - left + 1;
    out.cropped = Tensor({1, out.cropHeight, out.cropWidth});
    out.cropped.plane(0) = out.levels.plane(0).block(top, left, out.cropHeight, out.cropWidth);

    // Longer side to 20 pixels, the other in proportion (at least one pixel: a "1" is thin).
    const int longer = std::max(out.cropHeight, out.cropWidth);
    const auto shorter = [longer](int side) {
        return std::max(1, static_cast<int>(std::lround(static_cast<double>(side) * mnistDigitBox / longer)));
    };
    const int scaledRows = out.cropHeight >= out.cropWidth ? mnistDigitBox : shorter(out.cropHeight);
    const int scaledCols = out.cropWidth >= out.cropHeight ? mnistDigitBox : shorter(out.cropWidth);
    out.scaled = resampleArea(out.cropped, scaledRows, scaledCols);

    double mass = 0.0;
    double sumY = 0.0;
    double sumX = 0.0;
    for (int y = 0; y < scaledRows; ++y) {
        for (int x = 0; x < scaledCols; ++x) {
            const double v = out.scaled.at(0, y, x);
            mass += v;
            sumY += v * y;
            sumX += v * x;
        }
    }
    // mass > 0: the crop holds at least one pixel at level ≥ 0.5 and area averaging keeps the mean.
    out.centreY = static_cast<float>(sumY / mass);
    out.centreX = static_cast<float>(sumX / mass);
    constexpr double centre = (mnistSide - 1) / 2.0; // 13.5, the middle of pixels 0 … 27
    out.offsetY = std::clamp(static_cast<int>(std::lround(centre - out.centreY)), 0, mnistSide - scaledRows);
    out.offsetX = std::clamp(static_cast<int>(std::lround(centre - out.centreX)), 0, mnistSide - scaledCols);
    out.result = Tensor({1, mnistSide, mnistSide});
    out.result.plane(0).block(out.offsetY, out.offsetX, scaledRows, scaledCols) = out.scaled.plane(0);
    return out;
}

} // namespace convscope::core
