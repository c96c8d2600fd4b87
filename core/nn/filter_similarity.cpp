#include "core/nn/filter_similarity.h"

#include "core/kernel_presets.h"

#include <cmath>
#include <stdexcept>
#include <string>

namespace convscope::core {
namespace {

// A zero-mean part this small against the whole means every weight is the same.
constexpr double flatTolerance = 1e-6;

double cosine(const Matrix& a, const Matrix& b)
{
    const double norms = static_cast<double>(a.norm()) * static_cast<double>(b.norm());
    if (norms == 0.0)
        return 0.0;
    return static_cast<double>(a.cwiseProduct(b).sum()) / norms;
}

} // namespace

FilterSimilarity compareWithPresets(const Tensor& filter)
{
    const int side = filter.rank() >= 2 ? filter.dim(-1) : 0;
    if (side == 0 || filter.dim(-2) != side || side % 2 == 0 || filter.planeCount() != 1)
        throw std::invalid_argument("a filter to compare with the presets must be one square plane with an odd side, not "
                                    + filter.shapeText());
    const Matrix weights = filter.plane(0);
    const Matrix centred = weights.array() - weights.mean();

    FilterSimilarity result;
    double bestMagnitude = -1.0;
    for (const KernelPreset& preset : kernelPresets()) {
        const int presetSide = preset.kernel.dim(-1);
        if (presetSide > side || preset.kernel.dim(-2) != presetSide)
            continue;
        Matrix placed = Matrix::Zero(side, side);
        const int margin = (side - presetSide) / 2;
        placed.block(margin, margin, presetSide, presetSide) = preset.kernel.plane(0);
        const Matrix presetCentred = placed.array() - placed.mean();
        const bool flat = presetCentred.norm() <= flatTolerance * placed.norm();
        const double value = flat ? cosine(weights, placed) : cosine(centred, placed);
        result.presets.push_back({preset.id, static_cast<float>(value)});
        if (std::abs(value) > bestMagnitude) {
            bestMagnitude = std::abs(value);
            result.best = result.presets.size() - 1;
        }
    }
    if (result.presets.empty())
        throw std::invalid_argument("no kernel preset fits in a " + std::to_string(side) + "×" + std::to_string(side)
                                    + " filter");
    return result;
}

} // namespace convscope::core
