#include "core/pool2d.h"
#include "core/pool_trace.h"
#include "tests/catch.h"
#include "tests/core/random_tensor.h"

#include <random>

using namespace convscope::core;

TEST_CASE("pool trace steps agree with the reference pooling")
{
    std::mt19937 rng(17);
    for (int trial = 0; trial < 40; ++trial) {
        const auto [params, input] = convscope::tests::randomPooling(2, 3, 11, rng);
        for (PoolMode mode : {PoolMode::Max, PoolMode::Min, PoolMode::Average}) {
            const Tensor reference = pool2dReference(input, mode, params);
            const PoolTrace trace(input, mode, params);
            REQUIRE(trace.outputShape() == reference.shape());
            REQUIRE(trace.stepCount() == static_cast<int>(reference.size()));
            for (int index = trace.stepCount() - 1; index >= 0; --index) {
                const PoolStep step = trace.step(index);
                REQUIRE(trace.stepOf(step.channel, step.outY, step.outX) == index);
                REQUIRE(step.result == reference.at(step.channel, step.outY, step.outX));
                REQUIRE(step.cells.size() == static_cast<std::size_t>(params.windowY * params.windowX));
                float sum = 0.0f;
                for (std::size_t n = 0; n < step.cells.size(); ++n) {
                    const PoolTraceCell& cell = step.cells[n];
                    CHECK(cell.y == step.outY * params.effectiveStrideY() + static_cast<int>(n) / params.windowX);
                    CHECK(cell.x == step.outX * params.effectiveStrideX() + static_cast<int>(n) % params.windowX);
                    CHECK(cell.value == input.at(step.channel, cell.y, cell.x));
                    sum += cell.value;
                }
                CHECK(step.sum == sum);
                if (mode == PoolMode::Average) {
                    CHECK(step.chosenCell == -1);
                } else {
                    REQUIRE(step.chosenCell >= 0);
                    CHECK(step.cells[static_cast<std::size_t>(step.chosenCell)].value == step.result);
                }
            }
        }
    }
}

TEST_CASE("max and min pooling choose the first of equal values")
{
    const Tensor input = Tensor::fromRows({{1, 7, 3, 3}, {7, 0, 3, 3}});
    const PoolTrace max(input, PoolMode::Max, Pool2dParams::uniform(2));
    CHECK(max.step(0).chosenCell == 1);
    CHECK(max.step(1).chosenCell == 0);
    const PoolTrace min(input, PoolMode::Min, Pool2dParams::uniform(2));
    CHECK(min.step(0).chosenCell == 3);
    const PoolTrace average(input, PoolMode::Average, Pool2dParams::uniform(2));
    CHECK(average.step(0).sum == 15.0f);
    CHECK(average.step(0).result == 3.75f);
}

TEST_CASE("dropped rows and columns are the leftovers no window reaches")
{
    CHECK(PoolTrace(Tensor({1, 5, 7}), PoolMode::Max, Pool2dParams::uniform(2)).droppedRows() == 1);
    CHECK(PoolTrace(Tensor({1, 5, 7}), PoolMode::Max, Pool2dParams::uniform(2)).droppedColumns() == 1);
    CHECK(PoolTrace(Tensor({1, 4, 4}), PoolMode::Max, Pool2dParams::uniform(2)).droppedRows() == 0);
    // Window 3, stride 2 over 8: windows at 0, 2, 4; cells 7 is left over.
    const PoolTrace overlapping(Tensor({1, 8, 9}), PoolMode::Min, {3, 3, 2, 2});
    CHECK(overlapping.outputShape() == std::vector<int>{1, 3, 4});
    CHECK(overlapping.droppedRows() == 1);
    CHECK(overlapping.droppedColumns() == 0);
}

TEST_CASE("a pool trace validates like pool2d and rejects steps outside it")
{
    CHECK_THROWS_AS(PoolTrace(Tensor({1, 1, 4}), PoolMode::Max, Pool2dParams::uniform(2)), InvalidOperation);
    CHECK_THROWS_AS(PoolTrace(Tensor({1, 4, 4}), PoolMode::Max, Pool2dParams::uniform(-2)), InvalidOperation);
    const PoolTrace trace(Tensor({4, 4}), PoolMode::Average, Pool2dParams::uniform(2));
    CHECK(trace.input().shape() == std::vector<int>{1, 4, 4});
    CHECK_THROWS_AS(trace.step(4), std::out_of_range);
    CHECK_THROWS_AS(trace.stepOf(1, 0, 0), std::out_of_range);
}
