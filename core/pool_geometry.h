#pragma once

#include "core/pool2d.h"

#include <cstddef>
#include <vector>

namespace convscope::core {

// The sizes of one pooling after validation, shared by pool2d, its reference and PoolTrace.
//
//   input   C × H × W        (an H×W tensor is read as 1 × H × W)
//   output  C × H_out × W_out,  H_out = (H − FY) / SY + 1 rounded down, likewise W_out
//
// No padding: the last (H − FY) mod SY rows and (W − FX) mod SX columns are dropped.
struct PoolGeometry {
    int channels = 0;  // C
    int height = 0;    // H
    int width = 0;     // W
    int windowY = 0;   // FY
    int windowX = 0;   // FX
    int strideY = 0;   // SY, the window height when Pool2dParams::strideY is 0
    int strideX = 0;   // SX
    int outHeight = 0; // H_out
    int outWidth = 0;  // W_out

    // Throws InvalidOperation naming the fault: a rank that is not accepted, an empty input, a window
    // ≤ 0, a negative stride, or a window larger than the input.
    static PoolGeometry of(const std::vector<int>& inputShape, const Pool2dParams& params);

    std::vector<int> outputShape() const { return {channels, outHeight, outWidth}; }
    // Input rows / columns past the last window: H − ((H_out − 1)·SY + FY).
    int droppedRows() const { return height - ((outHeight - 1) * strideY + windowY); }
    int droppedColumns() const { return width - ((outWidth - 1) * strideX + windowX); }
};

} // namespace convscope::core
