#pragma once

#include "core/conv_geometry.h"

namespace convscope::core {

// Direct convolution, row by row, for square F×F kernels (F ≤ 7) with a column stride of 1, the
// common case of image filters and stride-1 CNN layers. Any row stride, padding and dilation.
bool conv2dDirectApplies(const ConvGeometry& geometry);

// Writes every cell of output (K × H_out × W_out, row-major) from input (C × H × W) and kernels
// (K × C × F × F); bias is null or K values. Output rows are shared out between parallelFor workers.
void conv2dDirect(const ConvGeometry& geometry, const float* input, const float* kernels, const float* bias,
                  float* output);

} // namespace convscope::core
