#pragma once

#include "core/conv2d.h"
#include "core/tensor.h"

#include <cstdint>

namespace convscope::core {

// One activation map of a picture: the picture (one channel) convolved with one kernel, with
// zero padding F/2 so the map has the picture's size and lies over it pixel for pixel.
//
//   channel  1 × H × W         values in [0, 1]
//   kernel   1 × 1 × F × F     F odd (3 or 5)
//   values   1 × H × W         map[y][x] = Σ_i Σ_j in[y − F/2 + i][x − F/2 + j] · w[i][j]
//                              then max(0, ·) when ReLU is on
//
// The statistics describe the values before ReLU, so the legend can say what ReLU or the
// display range clipped.
struct ActivationMap {
    Tensor values;
    bool relu = false;
    float rawMin = 0.0f;        // smallest value before ReLU
    float rawMax = 0.0f;        // largest value before ReLU
    std::int64_t belowZero = 0; // pixels < 0 before ReLU (what ReLU sets to 0)
    std::int64_t aboveOne = 0;  // pixels > 1 (brighter than white when shown as a photo)
    std::int64_t pixelCount = 0;

    bool empty() const { return values.empty(); }
};

// The convolution parameters every activation map uses: stride 1, padding F/2 on each side.
Conv2dParams activationParams(const Tensor& kernel);

// conv2d(channel, kernel) with "same" padding, then ReLU when asked. Throws what conv2d throws.
ActivationMap computeActivationMap(const Tensor& channel, const Tensor& kernel, bool relu);
// The same into `map`, reusing its storage when the shape is unchanged: a kernel edit then costs
// no allocation (and no zeroing of fresh pages by the operating system) for the megapixel result.
void computeActivationMap(const Tensor& channel, const Tensor& kernel, bool relu, ActivationMap& map);

} // namespace convscope::core
