#include "core/worksheet.h"

#include "core/conv2d.h"

#include <random>
#include <vector>

namespace convscope::core {

namespace {

constexpr int worksheetFilter = 3;

// low … high from the next number of the generator. std::mt19937's sequence is fixed by the
// standard; the mapping is ours, so a seed gives the same sheet with every standard library. The
// modulo's bias (at most 4 in 2^32) does not matter for a worksheet.
int drawBetween(std::mt19937& generator, int low, int high)
{
    const auto span = static_cast<std::uint32_t>(high - low + 1);
    return low + static_cast<int>(static_cast<std::uint32_t>(generator()) % span);
}

} // namespace

Worksheet makeWorksheet(std::uint32_t seed)
{
    std::mt19937 generator(seed);
    Worksheet sheet;
    sheet.seed = seed;
    sheet.stride = drawBetween(generator, 1, 2);
    sheet.padding = drawBetween(generator, 0, 1);

    // Only sizes for which (W_in − F + 2P) / S is whole, so the size question has a whole answer.
    std::vector<int> sizes;
    for (int size = 5; size <= 7; ++size) {
        if ((size - worksheetFilter + 2 * sheet.padding) % sheet.stride == 0)
            sizes.push_back(size);
    }
    const int inputSize = sizes[static_cast<std::size_t>(drawBetween(generator, 0, static_cast<int>(sizes.size()) - 1))];

    sheet.image = Tensor({1, inputSize, inputSize});
    for (float& cell : sheet.image.values())
        cell = static_cast<float>(drawBetween(generator, 0, 3));

    sheet.kernel = Tensor({1, 1, worksheetFilter, worksheetFilter});
    int nonZero = 0;
    while (nonZero < 5) {
        nonZero = 0;
        for (float& weight : sheet.kernel.values()) {
            weight = static_cast<float>(drawBetween(generator, -1, 2));
            nonZero += weight != 0.0f ? 1 : 0;
        }
    }

    const Conv2dParams params = Conv2dParams::uniform(sheet.stride, sheet.padding);
    sheet.outputSize = core::outputSize(inputSize, worksheetFilter, sheet.stride, sheet.padding);
    sheet.output = conv2d(sheet.image, sheet.kernel, {}, params);
    sheet.workedCell = ConvTrace(sheet.image, sheet.kernel, {}, params).step(0);
    return sheet;
}

} // namespace convscope::core
