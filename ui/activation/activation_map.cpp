#include "ui/activation/activation_map.h"

#include <algorithm>
#include <limits>

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
    map.values = core::conv2d(channel, kernel, {}, activationParams(kernel));
    map.relu = relu;

    // One pass for the statistics and ReLU together: at a megapixel this loop costs about as much
    // as the colour mapping, so it must not be run twice.
    float low = std::numeric_limits<float>::max();
    float high = std::numeric_limits<float>::lowest();
    qint64 below = 0;
    qint64 above = 0;
    float* values = map.values.data();
    const qint64 count = static_cast<qint64>(map.values.size());
    for (qint64 i = 0; i < count; ++i) {
        const float v = values[i];
        low = std::min(low, v);
        high = std::max(high, v);
        below += v < 0.0f ? 1 : 0;
        above += v > 1.0f ? 1 : 0;
        if (relu)
            values[i] = std::max(v, 0.0f);
    }
    map.rawMin = count > 0 ? low : 0.0f;
    map.rawMax = count > 0 ? high : 0.0f;
    map.belowZero = below;
    map.aboveOne = above;
    map.pixelCount = count;
    return map;
}

} // namespace convscope::ui
