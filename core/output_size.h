#pragma once

#include <string>

namespace convscope::core {

// Why an output size is what it is; the ui turns each into a translated sentence.
enum class OutputSizeStatus {
    Whole,          // (W_in − F + 2P) / S divides exactly
    NotWhole,       // it does not: the last `droppedCells` input cells (padding included) are never covered
    NoWindowFits,   // F is larger than the padded input W_in + 2P
    InvalidInput,   // W_in ≤ 0
    InvalidFilter,  // F ≤ 0
    InvalidStride,  // S ≤ 0
    InvalidPadding, // P < 0
    InvalidDilation // D ≤ 0
};

// The output length along one axis of a convolution or pooling window:
//
//   W_out = (W_in − F_eff + 2P) / S + 1,   F_eff = D·(F − 1) + 1
//
// with the division rounded down, as every CNN framework does. `numerator` is W_in − F_eff + 2P,
// so a view can print the formula with the numbers substituted.
struct OutputSize {
    OutputSizeStatus status = OutputSizeStatus::InvalidInput;
    int size = 0;             // W_out, 0 unless status is Whole or NotWhole
    int effectiveFilter = 0;  // F_eff
    int numerator = 0;        // W_in − F_eff + 2P
    int droppedCells = 0;     // numerator mod S: padded-input cells at the far end no window reaches

    bool valid() const { return status == OutputSizeStatus::Whole || status == OutputSizeStatus::NotWhole; }
};

OutputSize outputSize(int inputLength, int filter, int stride, int padding, int dilation = 1);

// One English sentence for a status, for the command line and for errors thrown by the core.
std::string describe(const OutputSize& result, int inputLength, int filter, int stride, int padding,
                     int dilation = 1);

} // namespace convscope::core
