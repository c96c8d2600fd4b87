#pragma once

#include "core/pool2d.h"
#include "core/tensor.h"

#include <QString>

namespace convscope::ui {

// One value of a trained network's convolution layer, with the real data that produced it, for
// the Convolution page to step through: its input channels, the learned filter and bias, and the
// output cell to jump to.
//
//   input    C × H × W      the layer's input for the current sample
//   kernels  1 × C × F × F  filter k of the layer, one F×F kernel per input channel
//   output   out[y][x] = bias + Σ_c Σ_i Σ_j input[c][y·S − P + i][x·S − P + j] · kernels[0][c][i][j]
//
// `reluFollows`: the layer is followed by a ReLU, so the page shows max(0, total) after the total.
struct ConvStepRequest {
    core::Tensor input;
    core::Tensor kernels;
    float bias = 0.0f;
    int stride = 1;
    int padding = 0;
    int outY = 0;
    int outX = 0;
    bool reluFollows = false;
    QString title; // translated, e.g. "Convolution 2, filter 5 of the trained network"
};

// One value of a pooling layer: one channel of the layer's real input, the pooling and the output
// cell to jump to, for the Pooling page.
struct PoolStepRequest {
    core::Tensor input; // 1 × H × W
    core::PoolMode mode = core::PoolMode::Max;
    int window = 2;
    int stride = 2;
    int outY = 0;
    int outX = 0;
    QString title;
};

} // namespace convscope::ui
