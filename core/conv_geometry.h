#pragma once

#include "core/conv2d.h"

#include <cstddef>
#include <vector>

namespace convscope::core {

// The sizes of one convolution after validation, shared by conv2d, its reference, its fast kernels
// and ConvTrace so that all of them agree on what is legal and what the output shape is.
//
//   input    C × H × W                 (an H×W tensor is read as 1 × H × W)
//   kernels  K × C × FH × FW           (C×FH×FW is read as one output channel, FH×FW as 1 × 1 × FH × FW)
//   output   K × H_out × W_out
//
// The accepted shorter ranks only add leading 1s: the row-major data layout is the same.
struct ConvGeometry {
    int channels = 0;     // C
    int height = 0;       // H
    int width = 0;        // W
    int outChannels = 0;  // K
    int kernelHeight = 0; // FH
    int kernelWidth = 0;  // FW
    int outHeight = 0;    // H_out = (H + 2·PY − (DY·(FH−1)+1)) / SY + 1
    int outWidth = 0;     // W_out = (W + 2·PX − (DX·(FW−1)+1)) / SX + 1
    Conv2dParams params;

    // Throws InvalidOperation naming the fault: a rank that is not accepted, a channel mismatch,
    // an empty input or kernel, a stride or dilation ≤ 0, a negative padding, or no window fitting.
    static ConvGeometry of(const std::vector<int>& inputShape, const std::vector<int>& kernelShape,
                           const Conv2dParams& params);
    // As above, and the bias must be empty or hold K values.
    static ConvGeometry of(const Tensor& input, const Tensor& kernels, const std::vector<float>& bias,
                           const Conv2dParams& params);

    std::vector<int> outputShape() const { return {outChannels, outHeight, outWidth}; }
    std::size_t inputPlaneSize() const { return static_cast<std::size_t>(height) * width; }
    std::size_t outputPlaneSize() const { return static_cast<std::size_t>(outHeight) * outWidth; }
    std::size_t kernelPlaneSize() const { return static_cast<std::size_t>(kernelHeight) * kernelWidth; }
};

} // namespace convscope::core
