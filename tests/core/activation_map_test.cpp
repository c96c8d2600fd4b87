// The Activation maps page's computation: a "same"-padded convolution of one channel with one
// kernel, optional ReLU, and the statistics of the values before ReLU that the legend reports.
#include "core/activation_map.h"
#include "tests/catch.h"

using namespace convscope::core;

namespace {

Tensor asKernel(const Tensor& weights)
{
    return weights.reshaped({1, 1, weights.dim(-2), weights.dim(-1)});
}

// A 3×3 picture and the discrete Laplacian, worked out by hand with zero padding 1:
//   out[y][x] = in[y−1][x] + in[y+1][x] + in[y][x−1] + in[y][x+1] − 4·in[y][x]
const Tensor picture = Tensor::fromRows({{1, 2, 0}, {0, 1, 3}, {2, 0, 1}});
const Tensor laplacian = Tensor::fromRows({{0, 1, 0}, {1, -4, 1}, {0, 1, 0}});
const Tensor laplacianOfPicture = Tensor::fromRows({{-2, -6, 5}, {4, 1, -10}, {-8, 4, -1}});
// One weight in the top-left corner: out[y][x] = in[y − 1][x − 1], the picture moved down and right.
const Tensor topLeft = Tensor::fromRows({{1, 0, 0}, {0, 0, 0}, {0, 0, 0}});
const Tensor pictureMoved = Tensor::fromRows({{0, 0, 0}, {0, 1, 2}, {0, 0, 1}});

} // namespace

TEST_CASE("an activation map has the picture's size for every odd kernel", "[activation]")
{
    const Tensor large({1, 7, 9}, 0.5f);
    const int size = GENERATE(1, 3, 5);
    const Tensor kernel({1, 1, size, size}, 1.0f);
    const Conv2dParams params = activationParams(kernel);
    CHECK(params.strideY == 1);
    CHECK(params.strideX == 1);
    CHECK(params.paddingY == size / 2);
    CHECK(params.paddingX == size / 2);
    const ActivationMap map = computeActivationMap(large, kernel, false);
    CHECK(map.values.shape() == large.shape());
    CHECK(map.pixelCount == 63);
    CHECK_FALSE(map.empty());
}

TEST_CASE("an activation map is the picture cross-correlated with the kernel over zero padding", "[activation]")
{
    SECTION("the Laplacian, by hand")
    {
        const ActivationMap map = computeActivationMap(picture, asKernel(laplacian), false);
        CHECK(map.values == laplacianOfPicture);
    }
    SECTION("a kernel with one weight in its top-left corner moves the picture down and right")
    {
        // Cross-correlation, not a flipped convolution; the first row and column come from the padding.
        const ActivationMap map = computeActivationMap(picture, asKernel(topLeft), false);
        CHECK(map.values == pictureMoved);
    }
}

TEST_CASE("the statistics describe the values before ReLU", "[activation]")
{
    const bool relu = GENERATE(false, true);
    INFO("ReLU " << (relu ? "on" : "off"));
    const ActivationMap map = computeActivationMap(picture, asKernel(laplacian), relu);
    CHECK(map.relu == relu);
    CHECK(map.rawMin == -10.0f);
    CHECK(map.rawMax == 5.0f);
    CHECK(map.belowZero == 5);  // −2, −6, −10, −8, −1
    CHECK(map.aboveOne == 3);   // 5, 4, 4; the 1 is white, not brighter
    CHECK(map.pixelCount == 9);
    if (relu)
        CHECK(map.values == Tensor::fromRows({{0, 0, 5}, {4, 1, 0}, {0, 4, 0}}));
    else
        CHECK(map.values == laplacianOfPicture);
}

TEST_CASE("a map computed again into the same place keeps its storage", "[activation]")
{
    ActivationMap map;
    computeActivationMap(picture, asKernel(laplacian), true, map);
    const float* storage = map.values.data();
    computeActivationMap(picture, asKernel(topLeft), false, map);
    CHECK(map.values.data() == storage);
    CHECK(map.values == pictureMoved);
    CHECK_FALSE(map.relu);
    CHECK(map.rawMin == 0.0f);
    CHECK(map.rawMax == 2.0f);
    CHECK(map.belowZero == 0);
    CHECK(map.aboveOne == 1);
}
