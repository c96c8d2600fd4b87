#include "core/pool2d.h"
#include "core/conv2d.h"
#include "tests/catch.h"
#include "tests/core/random_tensor.h"

#include <cmath>
#include <random>

using namespace convscope::core;
using convscope::tests::randomTensor;
using Catch::Matchers::Contains;

namespace {

// A 4×4 input whose 2×2 blocks hold different patterns.
Tensor blocks()
{
    return Tensor::fromRows({{1, 3, 2, 9}, {5, 6, 1, 4}, {7, 2, 0, -1}, {8, 4, -3, 2}});
}

} // namespace

TEST_CASE("2x2 max, min and average pooling of the same input")
{
    CHECK(pool2d(blocks(), PoolMode::Max, Pool2dParams::uniform(2)) == Tensor::fromRows({{6, 9}, {8, 2}}));
    CHECK(pool2d(blocks(), PoolMode::Min, Pool2dParams::uniform(2)) == Tensor::fromRows({{1, 1}, {2, -3}}));
    CHECK(pool2d(blocks(), PoolMode::Average, Pool2dParams::uniform(2))
          == Tensor::fromRows({{3.75f, 4.0f}, {5.25f, -0.5f}}));
}

TEST_CASE("the stride defaults to the window, and leftover cells are dropped")
{
    const Pool2dParams params = Pool2dParams::uniform(2);
    CHECK(params.effectiveStrideY() == 2);
    CHECK(params.effectiveStrideX() == 2);

    // 5×5 with a 2×2 window: the last row and column are never covered (PyTorch's floor mode).
    Tensor input({1, 5, 5});
    for (int n = 0; n < 25; ++n)
        input.data()[n] = static_cast<float>(n);
    const Tensor out = pool2d(input, PoolMode::Max, params);
    REQUIRE(out.shape() == std::vector<int>{1, 2, 2});
    CHECK(out == Tensor::fromRows({{6, 8}, {16, 18}}));

    // Window 3, stride 2 on 6 columns: windows at 0 and 2, column 5 dropped.
    const Tensor overlapping = pool2d(input.reshaped({1, 5, 5}), PoolMode::Min, {3, 3, 2, 2});
    CHECK(overlapping == Tensor::fromRows({{0, 2}, {10, 12}}));
}

TEST_CASE("fast pooling matches the nested-loop reference on random shapes")
{
    std::mt19937 rng(4242);
    for (int trial = 0; trial < 300; ++trial) {
        const auto [params, input] = convscope::tests::randomPooling(3, 4, 40, rng);
        for (PoolMode mode : {PoolMode::Max, PoolMode::Min, PoolMode::Average}) {
            const Tensor fast = pool2d(input, mode, params);
            const Tensor reference = pool2dReference(input, mode, params);
            REQUIRE(fast.shape() == reference.shape());
            INFO("mode " << poolModeId(mode) << ", input " << input.shapeText() << ", window " << params.windowY << "x"
                         << params.windowX << ", stride " << params.strideY << "/" << params.strideX);
            int mismatches = 0;
            for (std::size_t n = 0; n < fast.size(); ++n) {
                // Max and min pick a value, so they agree exactly; the average may sum in another order.
                const float tolerance = mode == PoolMode::Average ? 1e-6f : 0.0f;
                if (std::abs(fast.data()[n] - reference.data()[n]) > tolerance)
                    ++mismatches;
            }
            CHECK(mismatches == 0);
        }
    }
}

TEST_CASE("fast 2x2 max pooling on sizes around vector widths")
{
    std::mt19937 rng(5);
    for (int size : {2, 3, 4, 5, 8, 9, 16, 17, 31, 33, 64, 65, 130}) {
        const Tensor input = randomTensor({2, size + 1, size}, rng);
        CHECK(pool2d(input, PoolMode::Max, Pool2dParams::uniform(2))
              == pool2dReference(input, PoolMode::Max, Pool2dParams::uniform(2)));
    }
}

TEST_CASE("pooling mode ids round-trip")
{
    for (PoolMode mode : {PoolMode::Max, PoolMode::Average, PoolMode::Min})
        CHECK(poolModeFromId(poolModeId(mode)) == mode);
    CHECK(poolModeId(PoolMode::Average) == "avg");
    CHECK_FALSE(poolModeFromId("mean").has_value());
    CHECK_FALSE(poolModeFromId("").has_value());
}

TEST_CASE("pooling names what is wrong")
{
    const Tensor image({1, 4, 4}, 1.0f);
    CHECK_THROWS_WITH(pool2d(image, PoolMode::Max, Pool2dParams::uniform(5)),
                      Contains("height") && Contains("no window fits"));
    CHECK_THROWS_WITH(pool2d(image, PoolMode::Max, {2, 5, 0, 0}), Contains("width") && Contains("no window fits"));
    CHECK_THROWS_WITH(pool2d(image, PoolMode::Max, Pool2dParams::uniform(0)), Contains("window size must be positive"));
    CHECK_THROWS_WITH(pool2d(image, PoolMode::Max, Pool2dParams::uniform(2, -1)),
                      Contains("stride cannot be negative"));
    CHECK_THROWS_WITH(pool2d(Tensor({1, 0, 4}), PoolMode::Max, {}), Contains("input is empty"));
    CHECK_THROWS_WITH(pool2d(Tensor(), PoolMode::Max, {}), Contains("input is empty"));
    CHECK_THROWS_WITH(pool2d(Tensor({1, 1, 4, 4}), PoolMode::Max, {}), Contains("not 1\u00d71\u00d74\u00d74"));
    CHECK_THROWS_AS(pool2dReference(image, PoolMode::Min, Pool2dParams::uniform(5)), InvalidOperation);
}

TEST_CASE("2x2 average pooling equals the reference bit for bit, into a reused output too")
{
    std::mt19937 rng(17);
    const Tensor input = randomTensor({3, 33, 40}, rng);
    const Tensor expected = pool2dReference(input, PoolMode::Average, Pool2dParams::uniform(2));
    CHECK(pool2d(input, PoolMode::Average, Pool2dParams::uniform(2)) == expected);

    Tensor output(expected.shape(), 1e9f);
    const float* storage = output.data();
    pool2d(input, PoolMode::Average, Pool2dParams::uniform(2), output);
    CHECK(output.data() == storage);
    CHECK(output == expected);

    Tensor wrongShape({1, 2, 2});
    pool2d(input, PoolMode::Average, Pool2dParams::uniform(2), wrongShape);
    CHECK(wrongShape == expected);

    // Into its own input: the same result as into a separate tensor.
    Tensor image = input;
    pool2d(image, PoolMode::Average, Pool2dParams::uniform(2), image);
    CHECK(image == expected);
}
