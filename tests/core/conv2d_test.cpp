#include "core/conv2d.h"
#include "core/conv2d_direct.h"
#include "core/conv2d_gemm.h"
#include "core/conv_geometry.h"
#include "tests/catch.h"
#include "tests/core/random_tensor.h"

#include <cmath>
#include <random>
#include <string>

using namespace convscope::core;
using convscope::tests::absolute;
using convscope::tests::randomInt;
using convscope::tests::randomTensor;
using convscope::tests::randomValues;
using Catch::Matchers::Contains;

namespace {

// Compares conv2d with conv2dReference cell by cell. Sums are taken in a different order by the two,
// so the tolerance is relative to Σ|input·weight| + |bias|, the size of the rounding errors.
void checkAgainstReference(const Tensor& input, const Tensor& kernels, const std::vector<float>& bias,
                           const Conv2dParams& params)
{
    const Tensor fast = conv2d(input, kernels, bias, params);
    const Tensor reference = conv2dReference(input, kernels, bias, params);
    std::vector<float> absBias = bias;
    for (float& b : absBias)
        b = std::abs(b);
    const Tensor magnitude = conv2dReference(absolute(input), absolute(kernels), absBias, params);
    REQUIRE(fast.shape() == reference.shape());
    int mismatches = 0;
    for (std::size_t n = 0; n < fast.size(); ++n) {
        const float tolerance = 1e-5f * magnitude.data()[n] + 1e-6f;
        if (std::abs(fast.data()[n] - reference.data()[n]) > tolerance)
            ++mismatches;
    }
    INFO("input " << input.shapeText() << ", kernels " << kernels.shapeText() << ", stride " << params.strideY << "/"
                  << params.strideX << ", padding " << params.paddingY << "/" << params.paddingX << ", dilation "
                  << params.dilationY << "/" << params.dilationX);
    CHECK(mismatches == 0);
}

} // namespace

TEST_CASE("conv2d output shape follows W_out = (W - D(F-1) - 1 + 2P)/S + 1 per axis")
{
    CHECK(conv2dOutputShape({1, 28, 28}, {64, 1, 4, 4}, Conv2dParams::uniform(2, 1)) == std::vector<int>{64, 14, 14});
    CHECK(conv2dOutputShape({3, 10, 7}, {5, 3, 3, 2}, {2, 1, 1, 0, 1, 3}) == std::vector<int>{5, 5, 4});
    // Shorter ranks add leading 1s: H×W input, C×FH×FW (one output channel) and FH×FW kernels.
    CHECK(conv2dOutputShape({5, 5}, {3, 3}, {}) == std::vector<int>{1, 3, 3});
    CHECK(conv2dOutputShape({2, 5, 5}, {2, 3, 3}, {}) == std::vector<int>{1, 3, 3});
}

TEST_CASE("conv2d adds the bias of each output channel")
{
    const Tensor input = Tensor::fromRows({{1, 2}, {3, 4}});
    Tensor kernels({2, 1, 1, 1});
    kernels.at(0, 0, 0, 0) = 1.0f;
    kernels.at(1, 0, 0, 0) = -2.0f;
    const Tensor out = conv2d(input, kernels, {10.0f, 0.5f}, {});
    REQUIRE(out.shape() == std::vector<int>{2, 2, 2});
    CHECK(out.at(0, 1, 1) == 14.0f);
    CHECK(out.at(1, 0, 1) == -3.5f);
}

TEST_CASE("conv2d sums over input channels")
{
    // Two 2×2 channels, a 1×1 kernel per channel: out = 1·a + 10·b.
    Tensor input({2, 2, 2});
    for (int n = 0; n < 4; ++n) {
        input.data()[n] = static_cast<float>(n + 1);
        input.data()[4 + n] = static_cast<float>(n + 5);
    }
    Tensor kernels({1, 2, 1, 1});
    kernels.at(0, 0, 0, 0) = 1.0f;
    kernels.at(0, 1, 0, 0) = 10.0f;
    const Tensor out = conv2d(input, kernels, {}, {});
    CHECK(out.at(0, 0, 0) == 51.0f);
    CHECK(out.at(0, 1, 1) == 84.0f);
}

TEST_CASE("zero padding, stride and dilation by hand on a 4x4 ramp")
{
    // in[y][x] = 4y + x; kernel of ones.
    Tensor input({1, 4, 4});
    for (int n = 0; n < 16; ++n)
        input.data()[n] = static_cast<float>(n);
    const Tensor ones({1, 1, 3, 3}, 1.0f);

    SECTION("padding 1: the corner sees only the 2x2 block 0 1 4 5")
    {
        const Tensor out = conv2d(input, ones, {}, Conv2dParams::uniform(1, 1));
        REQUIRE(out.shape() == std::vector<int>{1, 4, 4});
        CHECK(out.at(0, 0, 0) == 10.0f);
        CHECK(out.at(0, 3, 3) == 10.0f + 11 + 14 + 15);
        CHECK(out.at(0, 1, 1) == 0.0f + 1 + 2 + 4 + 5 + 6 + 8 + 9 + 10);
    }
    SECTION("stride 2 with padding 1: windows start at -1 and 1")
    {
        const Tensor out = conv2d(input, ones, {}, Conv2dParams::uniform(2, 1));
        REQUIRE(out.shape() == std::vector<int>{1, 2, 2});
        CHECK(out.at(0, 0, 0) == 10.0f);
        CHECK(out.at(0, 1, 1) == 5.0f + 6 + 7 + 9 + 10 + 11 + 13 + 14 + 15);
    }
    SECTION("dilation 2 with padding 1: taps at -1, 1, 3")
    {
        const Tensor out = conv2d(input, ones, {}, Conv2dParams::uniform(1, 1, 2));
        REQUIRE(out.shape() == std::vector<int>{1, 2, 2});
        CHECK(out.at(0, 0, 0) == 5.0f + 7 + 13 + 15);
        CHECK(out.at(0, 1, 1) == 0.0f + 2 + 8 + 10);
    }
}

TEST_CASE("fast conv2d matches the nested-loop reference on random shapes")
{
    std::mt19937 rng(20240517);
    for (int trial = 0; trial < 300; ++trial) {
        const int channels = randomInt(1, 4, rng);
        const int outChannels = randomInt(1, 5, rng);
        const int kernelHeight = randomInt(1, 5, rng);
        const int kernelWidth = randomInt(1, 5, rng);
        Conv2dParams params{randomInt(1, 3, rng), randomInt(1, 3, rng), randomInt(0, 3, rng),
                            randomInt(0, 3, rng), randomInt(1, 3, rng), randomInt(1, 3, rng)};
        const int minHeight = std::max(1, params.dilationY * (kernelHeight - 1) + 1 - 2 * params.paddingY);
        const int minWidth = std::max(1, params.dilationX * (kernelWidth - 1) + 1 - 2 * params.paddingX);
        const int height = randomInt(minHeight, minHeight + 40, rng);
        const int width = randomInt(minWidth, minWidth + 40, rng);
        const Tensor input = randomTensor({channels, height, width}, rng);
        const Tensor kernels = randomTensor({outChannels, channels, kernelHeight, kernelWidth}, rng);
        const std::vector<float> bias = trial % 2 == 0 ? std::vector<float>{} : randomValues(outChannels, rng);
        checkAgainstReference(input, kernels, bias, params);
    }
}

TEST_CASE("fast conv2d matches the reference on the shapes the program uses")
{
    std::mt19937 rng(7);
    SECTION("one channel 3x3, stride 1, padding 1, on sizes around vector widths")
    {
        for (int size : {1, 2, 3, 4, 5, 7, 8, 9, 15, 16, 17, 31, 33, 64, 127})
            checkAgainstReference(randomTensor({1, size, size + 3}, rng), randomTensor({1, 1, 3, 3}, rng), {},
                                  Conv2dParams::uniform(1, 1));
    }
    SECTION("one channel 5x5 and 7x7 on a 200x150 image")
    {
        for (int f : {5, 7})
            checkAgainstReference(randomTensor({1, 200, 150}, rng), randomTensor({1, 1, f, f}, rng), {0.25f},
                                  Conv2dParams::uniform(1, f / 2));
    }
    SECTION("3 to 16 channels 3x3 padding 1, the benchmark's layer, on 61x67")
    {
        checkAgainstReference(randomTensor({3, 61, 67}, rng), randomTensor({16, 3, 3, 3}, rng),
                              randomValues(16, rng), Conv2dParams::uniform(1, 1));
    }
    SECTION("16 to 32 channels 5x5 stride 2 on 40x40")
    {
        checkAgainstReference(randomTensor({16, 40, 40}, rng), randomTensor({32, 16, 5, 5}, rng),
                              randomValues(32, rng), Conv2dParams::uniform(2, 2));
    }
    SECTION("a kernel larger than the image, reached only through padding")
    {
        checkAgainstReference(randomTensor({1, 3, 4}, rng), randomTensor({2, 1, 7, 7}, rng), {},
                              Conv2dParams::uniform(1, 3));
    }
}

TEST_CASE("both fast paths, direct rows and im2col products, match the reference where both apply")
{
    std::mt19937 rng(31);
    for (int trial = 0; trial < 60; ++trial) {
        const int f = randomInt(1, 7, rng);
        const Conv2dParams params{randomInt(1, 3, rng), 1, randomInt(0, 3, rng), randomInt(0, 3, rng),
                                  randomInt(1, 2, rng), randomInt(1, 2, rng)};
        const int channels = randomInt(1, 3, rng);
        const int outChannels = randomInt(1, 4, rng);
        const int height = randomInt(std::max(1, params.dilationY * (f - 1) + 1 - 2 * params.paddingY), 30, rng);
        const int width = randomInt(std::max(1, params.dilationX * (f - 1) + 1 - 2 * params.paddingX), 30, rng);
        const Tensor input = randomTensor({channels, height, width}, rng);
        const Tensor kernels = randomTensor({outChannels, channels, f, f}, rng);
        const std::vector<float> bias = randomValues(outChannels, rng);
        const ConvGeometry g = ConvGeometry::of(input, kernels, bias, params);
        REQUIRE(conv2dDirectApplies(g));

        const Tensor reference = conv2dReference(input, kernels, bias, params);
        Tensor direct(g.outputShape(), -99.0f);
        conv2dDirect(g, input.data(), kernels.data(), bias.data(), direct.data());
        Tensor gemm(g.outputShape(), -99.0f);
        conv2dGemm(g, input.data(), kernels.data(), bias.data(), gemm.data());
        for (std::size_t n = 0; n < reference.size(); ++n) {
            REQUIRE(std::abs(direct.data()[n] - reference.data()[n]) <= 1e-4f);
            REQUIRE(std::abs(gemm.data()[n] - reference.data()[n]) <= 1e-4f);
        }
    }
}

TEST_CASE("a large image, split between threads, matches the reference")
{
    std::mt19937 rng(8);
    // 9 multiply-adds for each of 720×650 cells: enough work for parallelFor to start threads.
    checkAgainstReference(randomTensor({1, 720, 650}, rng), randomTensor({1, 1, 3, 3}, rng), {0.5f},
                          Conv2dParams::uniform(1, 1));
    checkAgainstReference(randomTensor({2, 300, 310}, rng), randomTensor({4, 2, 3, 3}, rng), {},
                          Conv2dParams::uniform(2, 1));
}

TEST_CASE("conv2d into an existing tensor reuses it and overwrites every cell")
{
    std::mt19937 rng(12);
    const Tensor input = randomTensor({2, 9, 8}, rng);
    const Tensor kernels = randomTensor({3, 2, 3, 3}, rng);
    const Tensor expected = conv2d(input, kernels, {}, Conv2dParams::uniform(1, 1));
    Tensor output({3, 9, 8}, 1e9f);
    const float* storage = output.data();
    conv2d(input, kernels, {}, Conv2dParams::uniform(1, 1), output);
    CHECK(output.data() == storage);
    CHECK(output == expected);

    Tensor wrongShape({1, 2, 2});
    conv2d(input, kernels, {}, Conv2dParams::uniform(1, 1), wrongShape);
    CHECK(wrongShape == expected);

    // Into its own input: the same result as into a separate tensor.
    Tensor image = randomTensor({1, 40, 60}, rng);
    const Tensor blur({1, 1, 3, 3}, 1.0f / 9.0f);
    const Tensor blurred = conv2d(image, blur, {}, Conv2dParams::uniform(1, 1));
    conv2d(image, blur, {}, Conv2dParams::uniform(1, 1), image);
    CHECK(image == blurred);
}

TEST_CASE("conv2d names what is wrong")
{
    const Tensor image({1, 5, 5}, 1.0f);
    const Tensor kernel({1, 1, 3, 3}, 1.0f);

    CHECK_THROWS_WITH(conv2d(Tensor({3, 5, 5}), kernel, {}, {}),
                      Contains("1 input channel(s) but the input has 3") && Contains("3\u00d75\u00d75"));
    CHECK_THROWS_WITH(conv2d(image, kernel, {1.0f, 2.0f}, {}),
                      Contains("bias has 2 value(s) but there are 1 output channels"));
    CHECK_THROWS_WITH(conv2d(Tensor({1, 2, 2}), kernel, {}, {}),
                      Contains("height")
                          && Contains("no window fits: the filter spans 3 cells but the padded input has only 2"));
    CHECK_THROWS_WITH(conv2d(Tensor({1, 5, 2}), kernel, {}, {}), Contains("width") && Contains("no window fits"));
    CHECK_THROWS_WITH(conv2d(image, kernel, {}, Conv2dParams::uniform(0, 0)),
                      Contains("stride must be positive, not 0"));
    CHECK_THROWS_WITH(conv2d(image, kernel, {}, {1, -2, 0, 0, 1, 1}), Contains("stride must be positive, not -2"));
    CHECK_THROWS_WITH(conv2d(image, kernel, {}, Conv2dParams::uniform(1, -1)), Contains("padding cannot be negative"));
    CHECK_THROWS_WITH(conv2d(image, kernel, {}, Conv2dParams::uniform(1, 0, 0)), Contains("dilation must be positive"));
    CHECK_THROWS_WITH(conv2d(image, kernel, {}, Conv2dParams::uniform(1, 0, 3)), Contains("no window fits"));
    CHECK_THROWS_WITH(conv2d(Tensor({1, 0, 5}), kernel, {}, {}), Contains("input is empty"));
    CHECK_THROWS_WITH(conv2d(Tensor(), kernel, {}, {}), Contains("input is empty"));
    CHECK_THROWS_WITH(conv2d(image, Tensor({1, 1, 0, 3}), {}, {}), Contains("kernels are empty"));
    CHECK_THROWS_WITH(conv2d(Tensor({5}), kernel, {}, {}), Contains("must be C\u00d7H\u00d7W or H\u00d7W, not 5"));
    CHECK_THROWS_WITH(conv2d(image, Tensor({3}), {}, {}), Contains("not 3"));
    CHECK_THROWS_AS(conv2dReference(Tensor({2, 5, 5}), kernel, {}, {}), InvalidOperation);
    CHECK_THROWS_AS(conv2dOutputShape({1, 5, 5}, {1, 1, 6, 6}, {}), InvalidOperation);
}
