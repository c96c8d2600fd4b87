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
    static constexpr int maxChannels = 16; // the most input channels the Convolution page lays out

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

// One value of a pooling layer, for the Pooling page: one channel of the layer's real input as a
// whole (for the page's map part), and the block of it around the clicked value that the page's
// step-by-step grid can hold, cut on window boundaries so its windows are the layer's windows.
//
//   map    1 × H × W                 channel c of the layer's input
//   grid   1 × h × w, h, w ≤ gridSide rows gridTop … gridTop + h − 1 and columns gridLeft … of map
//   (outY, outX)                     the clicked value's cell in the grid's own output
struct PoolStepRequest {
    static constexpr int gridSide = 16; // the Pooling page's largest grid

    core::Tensor map;
    core::Tensor grid;
    int gridTop = 0;
    int gridLeft = 0;
    core::PoolMode mode = core::PoolMode::Max;
    int window = 2;
    int stride = 2;
    int outY = 0;
    int outX = 0;
    QString title;
};

} // namespace convscope::ui
