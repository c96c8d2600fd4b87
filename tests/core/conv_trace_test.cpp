#include "core/conv2d.h"
#include "core/conv_trace.h"
#include "tests/catch.h"
#include "tests/core/random_tensor.h"

#include <algorithm>
#include <random>

using namespace convscope::core;
using convscope::tests::randomInt;
using convscope::tests::randomTensor;
using convscope::tests::randomValues;

TEST_CASE("every trace step agrees with the reference convolution on random shapes")
{
    std::mt19937 rng(99);
    for (int trial = 0; trial < 40; ++trial) {
        const int channels = randomInt(1, 3, rng);
        const int outChannels = randomInt(1, 3, rng);
        const int kernelSize = randomInt(1, 4, rng);
        const Conv2dParams params{randomInt(1, 3, rng), randomInt(1, 2, rng), randomInt(0, 2, rng),
                                  randomInt(0, 2, rng), randomInt(1, 2, rng), randomInt(1, 2, rng)};
        const int height = randomInt(std::max(1, params.dilationY * (kernelSize - 1) + 1), 12, rng);
        const int width = randomInt(std::max(1, params.dilationX * (kernelSize - 1) + 1), 12, rng);
        const Tensor input = randomTensor({channels, height, width}, rng);
        const Tensor kernels = randomTensor({outChannels, channels, kernelSize, kernelSize}, rng);
        const std::vector<float> bias = trial % 2 == 0 ? std::vector<float>{} : randomValues(outChannels, rng);

        const Tensor reference = conv2dReference(input, kernels, bias, params);
        const ConvTrace trace(input, kernels, bias, params);
        REQUIRE(trace.outputShape() == reference.shape());
        REQUIRE(trace.stepCount() == static_cast<int>(reference.size()));

        // Walk backwards: every step must stand on its own, with nothing remembered from the previous one.
        for (int index = trace.stepCount() - 1; index >= 0; --index) {
            const ConvStep step = trace.step(index);
            REQUIRE(step.index == index);
            REQUIRE(trace.stepOf(step.outChannel, step.outY, step.outX) == index);
            // The trace sums in the reference's order, so the totals are equal, not merely close.
            REQUIRE(step.total == reference.at(step.outChannel, step.outY, step.outX));
            REQUIRE(step.cells.size() == static_cast<std::size_t>(channels * kernelSize * kernelSize));
            REQUIRE(step.channelSums.size() == static_cast<std::size_t>(channels));
            CHECK(step.bias == (bias.empty() ? 0.0f : bias[static_cast<std::size_t>(step.outChannel)]));

            std::vector<float> sums(static_cast<std::size_t>(channels), 0.0f);
            for (const ConvTraceCell& cell : step.cells) {
                const bool outside = cell.y < 0 || cell.y >= height || cell.x < 0 || cell.x >= width;
                REQUIRE(cell.isPadding == outside);
                REQUIRE(cell.y == step.outY * params.strideY - params.paddingY + cell.kernelY * params.dilationY);
                REQUIRE(cell.x == step.outX * params.strideX - params.paddingX + cell.kernelX * params.dilationX);
                REQUIRE(cell.weight == kernels.at(step.outChannel, cell.channel, cell.kernelY, cell.kernelX));
                if (outside) {
                    REQUIRE(cell.input == 0.0f);
                    REQUIRE(cell.product == 0.0f);
                } else {
                    REQUIRE(cell.input == input.at(cell.channel, cell.y, cell.x));
                    REQUIRE(cell.product == cell.input * cell.weight);
                }
                sums[static_cast<std::size_t>(cell.channel)] += cell.product;
            }
            CHECK(step.channelSums == sums);
        }
    }
}

TEST_CASE("cells are listed channel-major, then kernel row, then kernel column")
{
    std::mt19937 rng(3);
    const ConvTrace trace(randomTensor({2, 4, 4}, rng), randomTensor({1, 2, 2, 3}, rng), {}, {});
    const ConvStep step = trace.step(0);
    REQUIRE(step.cells.size() == 12);
    for (std::size_t n = 0; n < step.cells.size(); ++n) {
        CHECK(step.cells[n].channel == static_cast<int>(n / 6));
        CHECK(step.cells[n].kernelY == static_cast<int>(n % 6 / 3));
        CHECK(step.cells[n].kernelX == static_cast<int>(n % 3));
    }
}

TEST_CASE("padding cells around the corner are marked")
{
    const ConvTrace trace(Tensor({1, 3, 3}, 2.0f), Tensor({1, 1, 3, 3}, 1.0f), {0.5f}, Conv2dParams::uniform(1, 1));
    const ConvStep corner = trace.step(0);
    const int padding = static_cast<int>(std::count_if(corner.cells.begin(), corner.cells.end(),
                                                       [](const ConvTraceCell& cell) { return cell.isPadding; }));
    CHECK(padding == 5);
    CHECK(corner.cells[0].y == -1);
    CHECK(corner.cells[0].x == -1);
    CHECK(corner.total == 8.5f);
    CHECK(trace.step(4).total == 18.5f);
}

TEST_CASE("stepsReading lists the output cells whose window covers an input cell")
{
    std::mt19937 rng(11);
    const Conv2dParams params{2, 1, 1, 2, 1, 2};
    const Tensor input = randomTensor({2, 7, 6}, rng);
    const ConvTrace trace(input, randomTensor({3, 2, 3, 3}, rng), {}, params);

    // Brute force: scan every step's cells for the input position.
    for (int c = 0; c < 2; ++c) {
        for (int y = -params.paddingY; y < 7 + params.paddingY; ++y) {
            for (int x = -params.paddingX; x < 6 + params.paddingX; ++x) {
                std::vector<int> expected;
                for (int index = 0; index < trace.stepCount(); ++index) {
                    const ConvStep step = trace.step(index);
                    auto isCell = [&](const ConvTraceCell& cell) {
                        return cell.channel == c && cell.y == y && cell.x == x;
                    };
                    const bool reads = std::any_of(step.cells.begin(), step.cells.end(), isCell);
                    if (reads)
                        expected.push_back(index);
                }
                INFO("input cell " << c << ", " << y << ", " << x);
                CHECK(trace.stepsReading(c, y, x) == expected);
            }
        }
    }
    CHECK(trace.stepsReading(2, 0, 0).empty());
    CHECK(trace.stepsReading(0, -2, 0).empty());
    CHECK(trace.stepsReading(0, 0, 100).empty());
}

TEST_CASE("a trace accepts H x W input and F x F kernels and reads them at full rank")
{
    const ConvTrace trace(Tensor({5, 5}, 1.0f), Tensor({3, 3}, 1.0f), {}, {});
    CHECK(trace.input().shape() == std::vector<int>{1, 5, 5});
    CHECK(trace.kernels().shape() == std::vector<int>{1, 1, 3, 3});
    CHECK(trace.step(8).total == 9.0f);
}

TEST_CASE("a trace validates like conv2d and rejects steps outside it")
{
    CHECK_THROWS_AS(ConvTrace(Tensor({2, 5, 5}), Tensor({1, 1, 3, 3}), {}, {}), InvalidOperation);
    CHECK_THROWS_AS(ConvTrace(Tensor({1, 2, 2}), Tensor({1, 1, 3, 3}), {}, {}), InvalidOperation);
    CHECK_THROWS_AS(ConvTrace(Tensor({1, 5, 5}), Tensor({1, 1, 3, 3}), {1, 2}, {}), InvalidOperation);
    const ConvTrace trace(Tensor({1, 5, 5}), Tensor({1, 1, 3, 3}), {}, {});
    CHECK_THROWS_AS(trace.step(9), std::out_of_range);
    CHECK_THROWS_AS(trace.step(-1), std::out_of_range);
    CHECK_THROWS_AS(trace.stepOf(0, 3, 0), std::out_of_range);
}
