#pragma once

#include "core/conv_trace.h"
#include "core/output_size.h"
#include "core/tensor.h"

#include <cstdint>

namespace convscope::core {

// A convolution exercise for paper, the same for a given seed on every machine: a small square
// image of whole numbers, a 3×3 kernel, a stride and a zero padding, with the answers.
//
//   image    1 × W_in × W_in, W_in from 5 to 7, cells 0 … 3
//   kernel   1 × 1 × 3 × 3, weights −1 … 2, at least five of them non-zero
//   stride   S ∈ {1, 2}, padding P ∈ {0, 1}, chosen so that (W_in − F + 2P) / S divides exactly
//   output   1 × W_out × W_out = conv2d(image, kernel), W_out = (W_in − F + 2P)/S + 1
struct Worksheet {
    std::uint32_t seed = 0;
    Tensor image;
    Tensor kernel;
    int stride = 1;
    int padding = 0;
    OutputSize outputSize; // W_out with its terms; H_out is the same, the image being square
    Tensor output;
    ConvStep workedCell;   // the first output cell, product by product, for the answer page

    int inputSize() const { return image.dim(-1); }
    int filterSize() const { return kernel.dim(-1); }
};

// Seeds run from 0 to this, short enough to write on a sheet and to type into a spin box.
inline constexpr std::uint32_t maxWorksheetSeed = 999'999'999;

// The worksheet of a seed (any seed up to maxWorksheetSeed). The numbers come from std::mt19937,
// whose sequence the C++ standard fixes, mapped to a range by `low + value mod (high − low + 1)`
// rather than std::uniform_int_distribution, whose mapping differs between standard libraries.
// Draw order: S, P, W_in among the sizes S divides, the image row by row, then the kernel row by
// row (drawn again while fewer than five weights are non-zero).
Worksheet makeWorksheet(std::uint32_t seed);

} // namespace convscope::core
