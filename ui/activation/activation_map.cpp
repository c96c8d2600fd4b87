#include "ui/activation/activation_map.h"

namespace convscope::ui {

core::Conv2dParams activationParams(const core::Tensor& kernel)
{
    const int rows = kernel.dim(-2);
    const int cols = kernel.dim(-1);
    core::Conv2dParams params = core::Conv2dParams::uniform(1, 0);
    params.paddingY = rows / 2;
    params.paddingX = cols / 2;
    return params;
}

ActivationMap computeActivationMap(const core::Tensor& channel, const core::Tensor& kernel, bool relu)
{
    ActivationMap map;
    computeActivationMap(channel, kernel, relu, map);
    return map;
}

void computeActivationMap(const core::Tensor& channel, const core::Tensor& kernel, bool relu, ActivationMap& map)
{
    core::conv2d(channel, kernel, {}, activationParams(kernel), map.values);
    map.relu = relu;

    // Eigen's reductions run in SIMD registers; at a megapixel a plain loop over the same
    // statistics would cost more than the convolution.
    const qint64 count = static_cast<qint64>(map.values.size());
    Eigen::Map<Eigen::ArrayXf> values(map.values.data(), static_cast<Eigen::Index>(count));
    const float low = count > 0 ? values.minCoeff() : 0.0f;
    const float high = count > 0 ? values.maxCoeff() : 0.0f;
    const qint64 below = static_cast<qint64>((values < 0.0f).count());
    const qint64 above = static_cast<qint64>((values > 1.0f).count());
    if (relu)
        values = values.max(0.0f);
    map.rawMin = count > 0 ? low : 0.0f;
    map.rawMax = count > 0 ? high : 0.0f;
    map.belowZero = below;
    map.aboveOne = above;
    map.pixelCount = count;
}

} // namespace convscope::ui
