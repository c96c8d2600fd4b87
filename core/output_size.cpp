#include "core/output_size.h"

#include <algorithm>

namespace convscope::core {

OutputSize outputSize(int inputLength, int filter, int stride, int padding, int dilation)
{
    OutputSize result;
    if (inputLength <= 0) {
        result.status = OutputSizeStatus::InvalidInput;
        return result;
    }
    if (filter <= 0) {
        result.status = OutputSizeStatus::InvalidFilter;
        return result;
    }
    if (stride <= 0) {
        result.status = OutputSizeStatus::InvalidStride;
        return result;
    }
    if (padding < 0) {
        result.status = OutputSizeStatus::InvalidPadding;
        return result;
    }
    if (dilation <= 0) {
        result.status = OutputSizeStatus::InvalidDilation;
        return result;
    }
    // 64-bit intermediates: a filter and dilation typed by a student can overflow int.
    const long long effective = static_cast<long long>(dilation) * (filter - 1) + 1;
    const long long numerator = static_cast<long long>(inputLength) + 2LL * padding - effective;
    if (effective > 1'000'000'000LL || numerator < 0) {
        result.status = OutputSizeStatus::NoWindowFits;
        result.effectiveFilter = static_cast<int>(std::min(effective, 1'000'000'000LL));
        result.numerator = static_cast<int>(std::max(numerator, -1'000'000'000LL));
        return result;
    }
    result.effectiveFilter = static_cast<int>(effective);
    result.numerator = static_cast<int>(numerator);
    result.size = static_cast<int>(numerator / stride + 1);
    result.droppedCells = static_cast<int>(numerator % stride);
    result.status = result.droppedCells == 0 ? OutputSizeStatus::Whole : OutputSizeStatus::NotWhole;
    return result;
}

std::string describe(const OutputSize& result, int inputLength, int filter, int stride, int padding,
                     int dilation)
{
    using std::to_string;
    switch (result.status) {
    case OutputSizeStatus::Whole:
        return "(" + to_string(inputLength) + " - " + to_string(result.effectiveFilter) + " + 2*" + to_string(padding)
               + ")/" + to_string(stride) + " + 1 = " + to_string(result.size);
    case OutputSizeStatus::NotWhole:
        return "(" + to_string(inputLength) + " - " + to_string(result.effectiveFilter) + " + 2*" + to_string(padding)
               + ")/" + to_string(stride) + " is not whole: rounded down to " + to_string(result.size) + ", the last "
               + to_string(result.droppedCells) + " cell(s) are never covered";
    case OutputSizeStatus::NoWindowFits:
        return "no window fits: the filter spans " + to_string(result.effectiveFilter)
               + " cells but the padded input has only " + to_string(inputLength + 2 * padding);
    case OutputSizeStatus::InvalidInput:
        return "the input size must be positive, not " + to_string(inputLength);
    case OutputSizeStatus::InvalidFilter:
        return "the filter size must be positive, not " + to_string(filter);
    case OutputSizeStatus::InvalidStride:
        return "the stride must be positive, not " + to_string(stride);
    case OutputSizeStatus::InvalidPadding:
        return "the padding cannot be negative, not " + to_string(padding);
    case OutputSizeStatus::InvalidDilation:
        return "the dilation must be positive, not " + to_string(dilation);
    }
    return {};
}

} // namespace convscope::core
