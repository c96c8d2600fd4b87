#include "core/pool2d.h"

#include "core/pool_geometry.h"

#include <algorithm>
#include <array>

namespace convscope::core {
namespace {

constexpr std::array<std::pair<PoolMode, std::string_view>, 3> modeIds{{
    {PoolMode::Max, "max"},
    {PoolMode::Average, "avg"},
    {PoolMode::Min, "min"},
}};

} // namespace

std::string_view poolModeId(PoolMode mode)
{
    for (const auto& [candidate, id] : modeIds) {
        if (candidate == mode)
            return id;
    }
    return {};
}

std::optional<PoolMode> poolModeFromId(std::string_view id)
{
    for (const auto& [mode, candidate] : modeIds) {
        if (candidate == id)
            return mode;
    }
    return std::nullopt;
}

Tensor pool2d(const Tensor& input, PoolMode mode, const Pool2dParams& params)
{
    return pool2dReference(input, mode, params);
}

// The formula of pool2d.h as loops; the window is read row by row, the order PoolTrace shows, and
// the average is Σ values / (FY·FX) with the sum taken in that order.
Tensor pool2dReference(const Tensor& input, PoolMode mode, const Pool2dParams& params)
{
    const PoolGeometry g = PoolGeometry::of(input.shape(), params);
    Tensor output(g.outputShape());
    const float* in = input.data();
    float* out = output.data();
    const float count = static_cast<float>(g.windowY * g.windowX);

    for (int c = 0; c < g.channels; ++c) {
        const float* plane = in + static_cast<std::size_t>(c) * g.height * g.width;
        for (int oy = 0; oy < g.outHeight; ++oy) {
            for (int ox = 0; ox < g.outWidth; ++ox) {
                const float first = plane[static_cast<std::size_t>(oy * g.strideY) * g.width + ox * g.strideX];
                float extreme = first;
                float sum = 0.0f;
                for (int i = 0; i < g.windowY; ++i) {
                    for (int j = 0; j < g.windowX; ++j) {
                        const float value
                            = plane[static_cast<std::size_t>(oy * g.strideY + i) * g.width + ox * g.strideX + j];
                        sum += value;
                        extreme = mode == PoolMode::Max ? std::max(extreme, value) : std::min(extreme, value);
                    }
                }
                *out++ = mode == PoolMode::Average ? sum / count : extreme;
            }
        }
    }
    return output;
}

} // namespace convscope::core
