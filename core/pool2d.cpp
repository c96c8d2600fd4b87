#include "core/pool2d.h"

#include "core/parallel_for.h"
#include "core/pool_geometry.h"

#include <algorithm>
#include <array>
#include <vector>

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

namespace {

// How a window's values combine (op) and what becomes of the combination (finish).
struct MaxOf {
    float operator()(float a, float b) const { return a < b ? b : a; }
    float finish(float value) const { return value; }
};
struct MinOf {
    float operator()(float a, float b) const { return b < a ? b : a; }
    float finish(float value) const { return value; }
};
struct MeanOf {
    float count; // FY·FX
    float operator()(float a, float b) const { return a + b; }
    float finish(float sum) const { return sum / count; }
};

// Output rows [rowBegin, rowEnd) of every channel (row index = c·H_out + oy), along contiguous
// memory so that the compiler vectorises the loops.
//
// The common 2×2 window with stride 2 takes one pass over its two input rows a and b:
//   out[c][oy][ox] = op(op(op(a[2ox], a[2ox+1]), b[2ox]), b[2ox+1])      (the reference's order)
// Any other window takes two:
//   1. down the window:    m[x] = op_i in[c][oy·SY + i][x],   0 ≤ x < span = (W_out − 1)·SX + FX
//   2. across the window:  out[c][oy][ox] = op_j m[ox·SX + j]
template <typename Op>
void poolRows(const Op op, const PoolGeometry& g, const float* input, float* output, int rowBegin, int rowEnd)
{
    const bool twoByTwo = g.windowY == 2 && g.windowX == 2 && g.strideX == 2;
    const int span = (g.outWidth - 1) * g.strideX + g.windowX;
    std::vector<float> m(twoByTwo ? 0 : static_cast<std::size_t>(span));
    for (int row = rowBegin; row < rowEnd; ++row) {
        const int c = row / g.outHeight;
        const int oy = row % g.outHeight;
        const float* top = input + (static_cast<std::size_t>(c) * g.height + static_cast<std::size_t>(oy) * g.strideY)
                                       * g.width;
        float* out = output + static_cast<std::size_t>(row) * g.outWidth;
        if (twoByTwo) {
            const float* a = top;
            const float* b = top + g.width;
            for (int ox = 0; ox < g.outWidth; ++ox)
                out[ox] = op.finish(op(op(op(a[2 * ox], a[2 * ox + 1]), b[2 * ox]), b[2 * ox + 1]));
        } else {
            std::copy(top, top + span, m.begin());
            for (int i = 1; i < g.windowY; ++i) {
                const float* line = top + static_cast<std::size_t>(i) * g.width;
                for (int x = 0; x < span; ++x)
                    m[static_cast<std::size_t>(x)] = op(m[static_cast<std::size_t>(x)], line[x]);
            }
            for (int ox = 0; ox < g.outWidth; ++ox) {
                const float* window = m.data() + static_cast<std::size_t>(ox) * g.strideX;
                float value = window[0];
                for (int j = 1; j < g.windowX; ++j)
                    value = op(value, window[j]);
                out[ox] = op.finish(value);
            }
        }
    }
}

} // namespace

Tensor pool2d(const Tensor& input, PoolMode mode, const Pool2dParams& params)
{
    Tensor output;
    pool2d(input, mode, params, output);
    return output;
}

void pool2d(const Tensor& input, PoolMode mode, const Pool2dParams& params, Tensor& output)
{
    const PoolGeometry g = PoolGeometry::of(input.shape(), params);
    if (&output == &input) {
        output = pool2d(input, mode, params);
        return;
    }
    if (output.shape() != g.outputShape())
        output = Tensor(g.outputShape());
    const std::int64_t workPerRow = static_cast<std::int64_t>(g.outWidth) * g.windowX * g.windowY;
    const float count = static_cast<float>(g.windowY * g.windowX);
    parallelFor(g.channels * g.outHeight, workPerRow, [&](int rowBegin, int rowEnd) {
        switch (mode) {
        case PoolMode::Max: poolRows(MaxOf{}, g, input.data(), output.data(), rowBegin, rowEnd); break;
        case PoolMode::Min: poolRows(MinOf{}, g, input.data(), output.data(), rowBegin, rowEnd); break;
        case PoolMode::Average: poolRows(MeanOf{count}, g, input.data(), output.data(), rowBegin, rowEnd); break;
        }
    });
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
