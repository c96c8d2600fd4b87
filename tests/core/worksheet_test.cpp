#include "core/conv2d.h"
#include "core/output_size.h"
#include "core/worksheet.h"
#include "tests/catch.h"

#include <algorithm>
#include <set>
#include <utility>
#include <vector>

using namespace convscope::core;

namespace {

// The whole problem a student sees, for comparing sheets.
std::vector<float> problemOf(const Worksheet& sheet)
{
    std::vector<float> values{static_cast<float>(sheet.stride), static_cast<float>(sheet.padding),
                              static_cast<float>(sheet.inputSize())};
    values.insert(values.end(), sheet.image.values().begin(), sheet.image.values().end());
    values.insert(values.end(), sheet.kernel.values().begin(), sheet.kernel.values().end());
    return values;
}

} // namespace

TEST_CASE("a seed gives the same worksheet every time")
{
    const std::uint32_t seed = GENERATE(0u, 1u, 42u, 2026u, maxWorksheetSeed);
    const Worksheet first = makeWorksheet(seed);
    const Worksheet again = makeWorksheet(seed);
    CHECK(again.seed == seed);
    CHECK(again.image == first.image);
    CHECK(again.kernel == first.kernel);
    CHECK(again.stride == first.stride);
    CHECK(again.padding == first.padding);
    CHECK(again.output == first.output);
}

TEST_CASE("seed 7 gives the same sheet on every machine: std::mt19937 and our own range mapping")
{
    // Pinned numbers, worked out with an independent MT19937 in Python: a change of the draw order
    // or of the mapping would change every sheet already printed.
    const Worksheet sheet = makeWorksheet(7);
    CHECK(sheet.stride == 2);
    CHECK(sheet.padding == 0);
    CHECK(sheet.image == Tensor::fromRows({{2, 3, 3, 3, 3, 0, 1},
                                           {2, 3, 0, 1, 2, 2, 2},
                                           {0, 3, 2, 0, 0, 3, 3},
                                           {0, 0, 3, 3, 2, 2, 3},
                                           {0, 0, 3, 1, 0, 0, 3},
                                           {1, 0, 3, 1, 0, 2, 0},
                                           {1, 2, 2, 0, 2, 1, 3}}));
    CHECK(sheet.kernel == Tensor::fromRows({{2, 2, -1}, {2, -1, 0}, {-1, -1, 1}}).reshaped({1, 1, 3, 3}));
    CHECK(sheet.outputSize.size == 3);
    CHECK(sheet.output == Tensor::fromRows({{7, 6, 7}, {7, 3, 8}, {-2, 13, -5}}));
}

TEST_CASE("different seeds give different worksheets")
{
    std::set<std::vector<float>> problems;
    for (std::uint32_t seed = 0; seed < 300; ++seed)
        problems.insert(problemOf(makeWorksheet(seed)));
    CHECK(problems.size() == 300);
    CHECK(problemOf(makeWorksheet(1)) != problemOf(makeWorksheet(2)));
}

TEST_CASE("every worksheet is a valid problem whose answers are conv2d's and outputSize's")
{
    std::set<std::pair<int, int>> stridePadding;
    std::set<int> inputSizes;
    for (std::uint32_t seed = 0; seed < 1000; ++seed) {
        INFO("seed " << seed);
        const Worksheet sheet = makeWorksheet(seed);
        const int size = sheet.inputSize();
        REQUIRE(sheet.image.shape() == std::vector<int>{1, size, size});
        REQUIRE(sheet.kernel.shape() == std::vector<int>{1, 1, 3, 3});
        CHECK(size >= 5);
        CHECK(size <= 7);
        CHECK((sheet.stride == 1 || sheet.stride == 2));
        CHECK((sheet.padding == 0 || sheet.padding == 1));
        stridePadding.insert({sheet.stride, sheet.padding});
        inputSizes.insert(size);

        for (const float cell : sheet.image.values())
            CHECK((cell == 0.0f || cell == 1.0f || cell == 2.0f || cell == 3.0f));
        for (const float weight : sheet.kernel.values())
            CHECK((weight == -1.0f || weight == 0.0f || weight == 1.0f || weight == 2.0f));
        const auto nonZero = std::count_if(sheet.kernel.values().begin(), sheet.kernel.values().end(),
                                           [](float weight) { return weight != 0.0f; });
        CHECK(nonZero >= 5);

        // The size question has a whole answer, from the lecture's formula.
        const OutputSize expected = outputSize(size, 3, sheet.stride, sheet.padding);
        CHECK(sheet.outputSize.status == OutputSizeStatus::Whole);
        CHECK(sheet.outputSize.size == expected.size);
        CHECK(sheet.outputSize.numerator == size - 3 + 2 * sheet.padding);
        CHECK(sheet.outputSize.size == (size - 3 + 2 * sheet.padding) / sheet.stride + 1);

        // The answer grid is the plain-loop convolution.
        const Tensor reference = conv2dReference(sheet.image, sheet.kernel, {},
                                                 Conv2dParams::uniform(sheet.stride, sheet.padding));
        CHECK(sheet.output == reference);
        CHECK(sheet.output.shape() == std::vector<int>{1, expected.size, expected.size});

        // The worked cell is the first output cell, product by product.
        REQUIRE(sheet.workedCell.cells.size() == 9);
        float total = 0.0f;
        for (const ConvTraceCell& cell : sheet.workedCell.cells) {
            CHECK(cell.product == cell.input * cell.weight);
            CHECK(cell.weight == sheet.kernel.at(0, 0, cell.kernelY, cell.kernelX));
            CHECK(cell.input == (cell.isPadding ? 0.0f : sheet.image.at(0, cell.y, cell.x)));
            total += cell.product;
        }
        CHECK(sheet.workedCell.outY == 0);
        CHECK(sheet.workedCell.outX == 0);
        CHECK(total == sheet.output.at(0, 0, 0));
    }
    // Every kind of problem turns up.
    CHECK(stridePadding.size() == 4);
    CHECK(inputSizes == std::set<int>{5, 6, 7});
}
