#pragma once

#include "core/conv_geometry.h"

namespace convscope::core {

// Unfolds the windows of output rows [rowBegin, rowEnd) into the columns of a matrix, so that a
// convolution becomes one matrix product (the "im2col" of Caffe and early PyTorch):
//
//   columns   (C·FH·FW) × n,  n = (rowEnd − rowBegin)·W_out, row-major
//   columns[(c·FH + i)·FW + j][(oy − rowBegin)·W_out + ox] = in[c][oy·SY − PY + i·DY][ox·SX − PX + j·DX]
//
// with 0 where the window lies in the padding. Column n holds the whole window of one output cell,
// so  out[k][cell n] = Σ_r W[k][r] · columns[r][n]  with W the kernels read as a K × (C·FH·FW) matrix.
//
//   input (C×H×W)                      columns
//   ┌─────────┐                        r = (c,i,j) ↓   n = (oy,ox) →
//   │ a b c . │  3×3 window at (0,0)   ┌ a  b  …  ┐
//   │ d e f . │ ─────────────────────▶ │ b  c  …  │   one row per kernel tap,
//   │ g h i . │                        │ …        │   one column per output cell
//   └─────────┘                        └ i  .  …  ┘
void im2col(const ConvGeometry& geometry, const float* input, int rowBegin, int rowEnd, float* columns);

} // namespace convscope::core
