#include "core/activation_map.h"

namespace convscope::core {

Conv2dParams activationParams(const Tensor& kernel)
{
    const int rows = kernel.dim(-2);
    const int cols = kernel.dim(-1);
    Conv2dParams params = Conv2dParams::uniform(1, 0);
    params.paddingY = rows / 2;
    params.paddingX = cols / 2;
    return params;
}

ActivationMap computeActivationMap(const Tensor& channel, const Tensor& kernel, bool relu)
{
    ActivationMap map;
    computeActivationMap(channel, kernel, relu, map);
    return map;
}

void computeActivationMap(const Tensor& channel, const Tensor& kernel, bool relu, ActivationMap& map)
{
    conv2d(channel, kernel, {}, activationParams(kernel), map.values);
    map.relu = relu;

    // Eigen's reductions run in SIMD registers; at a megapixel a plain loop over the same
    // statistics would cost more than the convolution.
    const std::int64_t count = static_cast<std::int64_t>(map.values.size());
    Eigen::Map<Eigen::ArrayXf> values(map.values.data(), static_cast<Eigen::Index>(count));
    const float low = count > 0 ? values.minCoeff() : 0.0f;
    const float high = count > 0 ? values.maxCoeff() : 0.0f;
    const std::int64_t below = static_cast<std::int64_t>((values < 0.0f).count());
    const std::int64_t above = static_cast<std::int64_t>((values > 1.0f).count());
    if (relu)
        values = values.max(0.0f);
    map.rawMin = count > 0 ? low : 0.0f;
    map.rawMax = count > 0 ? high : 0.0f;
    map.belowZero = below;
    map.aboveOne = above;
    map.pixelCount = count;
}

} // namespace convscope::core
