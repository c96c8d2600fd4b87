// The lecture's worked example, reproduced exactly: a 5×5 image, the 3×3 kernel
// [[1,0,1],[0,1,0],[1,0,1]], stride 1, no padding → the convolved feature [[4,3,4],[2,4,3],[2,3,4]].
#include "core/conv2d.h"
#include "core/conv_trace.h"
#include "tests/catch.h"

using namespace convscope::core;

namespace {

Tensor lectureImage()
{
    return Tensor::fromRows({{1, 1, 1, 0, 0}, {0, 1, 1, 1, 0}, {0, 0, 1, 1, 1}, {0, 0, 1, 1, 0}, {0, 1, 1, 0, 0}});
}

Tensor lectureKernel()
{
    return Tensor::fromRows({{1, 0, 1}, {0, 1, 0}, {1, 0, 1}}).reshaped({1, 1, 3, 3});
}

} // namespace

TEST_CASE("the lecture's 5x5 image convolved with its 3x3 kernel gives 4 3 4 / 2 4 3 / 2 3 4")
{
    const Tensor expected = Tensor::fromRows({{4, 3, 4}, {2, 4, 3}, {2, 3, 4}});
    CHECK(conv2d(lectureImage(), lectureKernel(), {}, Conv2dParams{}) == expected);
    CHECK(conv2dReference(lectureImage(), lectureKernel(), {}, Conv2dParams{}) == expected);
}

TEST_CASE("the lecture's first two steps: windows, products and sums 4 and 3")
{
    const ConvTrace trace(lectureImage(), lectureKernel(), {}, Conv2dParams{});
    REQUIRE(trace.stepCount() == 9);

    // The figure writes each kernel weight as "×1" / "×0" beside the image cell under it.
    SECTION("step 0: the window over rows 0-2, columns 0-2")
    {
        const ConvStep step = trace.step(0);
        CHECK(step.outChannel == 0);
        CHECK(step.outY == 0);
        CHECK(step.outX == 0);
        REQUIRE(step.cells.size() == 9);
        const float inputs[9] = {1, 1, 1, 0, 1, 1, 0, 0, 1};
        const float weights[9] = {1, 0, 1, 0, 1, 0, 1, 0, 1};
        const float products[9] = {1, 0, 1, 0, 1, 0, 0, 0, 1};
        for (int n = 0; n < 9; ++n) {
            const ConvTraceCell& cell = step.cells[static_cast<std::size_t>(n)];
            CHECK(cell.y == n / 3);
            CHECK(cell.x == n % 3);
            CHECK(cell.kernelY == n / 3);
            CHECK(cell.kernelX == n % 3);
            CHECK_FALSE(cell.isPadding);
            CHECK(cell.input == inputs[n]);
            CHECK(cell.weight == weights[n]);
            CHECK(cell.product == products[n]);
        }
        CHECK(step.channelSums == std::vector<float>{4});
        CHECK(step.total == 4);
    }

    SECTION("step 1: the window moved one column right, over columns 1-3")
    {
        const ConvStep step = trace.step(1);
        CHECK(step.outY == 0);
        CHECK(step.outX == 1);
        REQUIRE(step.cells.size() == 9);
        const float inputs[9] = {1, 1, 0, 1, 1, 1, 0, 1, 1};
        const float products[9] = {1, 0, 0, 0, 1, 0, 0, 0, 1};
        for (int n = 0; n < 9; ++n) {
            const ConvTraceCell& cell = step.cells[static_cast<std::size_t>(n)];
            CHECK(cell.y == n / 3);
            CHECK(cell.x == n % 3 + 1);
            CHECK(cell.input == inputs[n]);
            CHECK(cell.product == products[n]);
        }
        CHECK(step.total == 3);
    }

    SECTION("stepping back to step 0 after step 8 gives the same step")
    {
        const ConvStep last = trace.step(8);
        CHECK(last.outY == 2);
        CHECK(last.outX == 2);
        CHECK(last.total == 4);
        CHECK(trace.step(0).total == 4);
    }
}
