#pragma once

#include "core/invalid_operation.h"
#include "core/tensor.h"

#include <vector>

namespace convscope::core {

// Stride, zero padding and dilation, each per axis (y = rows, x = columns).
struct Conv2dParams {
    int strideY = 1;
    int strideX = 1;
    int paddingY = 0;
    int paddingX = 0;
    int dilationY = 1;
    int dilationX = 1;

    static Conv2dParams uniform(int stride, int padding, int dilation = 1)
    {
        return {stride, stride, padding, padding, dilation, dilation};
    }
};

// 2-D convolution as every CNN framework and the lecture define it: cross-correlation, the kernel
// is not flipped.
//
//   input    C × H × W
//   kernels  K × C × FH × FW
//   bias     empty, or K values
//   output   K × H_out × W_out,   H_out = (H + 2·PY − (DY·(FH−1)+1)) / SY + 1  (likewise W_out)
//
//   out[k][y][x] = bias[k] + Σ_c Σ_i Σ_j in[c][y·SY − PY + i·DY][x·SX − PX + j·DX] · w[k][c][i][j]
//
// where input cells outside the image (the zero-padding ring) count as 0.
// Throws InvalidOperation when shapes disagree or no window fits.
Tensor conv2d(const Tensor& input, const Tensor& kernels, const std::vector<float>& bias, const Conv2dParams& params);

// The same into `output`, whose storage is reused when it already has the output shape: for views
// that recompute one layer as a kernel is edited, where allocating (and the operating system zeroing)
// a fresh 64 MB result for a 4096×4096 image would cost more than the convolution itself.
// `output` may be the input or the kernels tensor itself; the result then replaces it.
void conv2d(const Tensor& input, const Tensor& kernels, const std::vector<float>& bias, const Conv2dParams& params,
            Tensor& output);

// The same sum computed by plain nested loops: the reference the fast version is tested against.
Tensor conv2dReference(const Tensor& input, const Tensor& kernels, const std::vector<float>& bias,
                       const Conv2dParams& params);

// The output shape {K, H_out, W_out}, or InvalidOperation naming what does not fit.
std::vector<int> conv2dOutputShape(const std::vector<int>& inputShape, const std::vector<int>& kernelShape,
                                   const Conv2dParams& params);

} // namespace convscope::core
