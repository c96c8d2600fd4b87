#include "core/output_size.h"

#include <algorithm>
#include <sstream>

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
    // A stream rather than operator+ chains: g++ 12 warns falsely (-Wrestrict) on long chains at -O3.
    std::ostringstream text;
    const auto formula = [&] {
        text << '(' << inputLength << " - " << result.effectiveFilter << " + 2*" << padding << ")/" << stride;
    };
    switch (result.status) {
    case OutputSizeStatus::Whole:
        formula();
        text << " + 1 = " << result.size;
        break;
    case OutputSizeStatus::NotWhole:
        formula();
        text << " is not whole: rounded down to " << result.size << ", the last " << result.droppedCells
             << " cell(s) are never covered";
        break;
    case OutputSizeStatus::NoWindowFits:
        text << "no window fits: the filter spans " << result.effectiveFilter << " cells but the padded input has only "
             << inputLength + 2LL * padding;
        break;
    case OutputSizeStatus::InvalidInput:
        text << "the input size must be positive, not " << inputLength;
        break;
    case OutputSizeStatus::InvalidFilter:
        text << "the filter size must be positive, not " << filter;
        break;
    case OutputSizeStatus::InvalidStride:
        text << "the stride must be positive, not " << stride;
        break;
    case OutputSizeStatus::InvalidPadding:
        text << "the padding cannot be negative, not " << padding;
        break;
    case OutputSizeStatus::InvalidDilation:
        text << "the dilation must be positive, not " << dilation;
        break;
    }
    return text.str();
}

} // namespace convscope::core
