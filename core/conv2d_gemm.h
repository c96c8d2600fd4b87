#pragma once

#include "core/conv_geometry.h"

namespace convscope::core {

// Convolution as matrix products: blocks of output rows are unfolded with im2col and multiplied
// by the kernels with Eigen's matrix product. Handles every geometry; conv2d uses it where the
// direct row kernels do not apply (column strides above 1, kernels that are not square or larger
// than 7).
//
//   out block (K × n) = W (K × C·FH·FW) · columns (C·FH·FW × n) + bias (broadcast along n)
//
// Output rows are shared out between parallelFor workers, each with its own columns buffer.
void conv2dGemm(const ConvGeometry& geometry, const float* input, const float* kernels, const float* bias,
                float* output);

} // namespace convscope::core
