// A picture made into a network's input: its centre part of the input's proportions resampled by
// area averaging to the input's size, a grey picture repeated in every input channel, anything else
// refused.
#include "core/data/fit_to_input.h"
#include "tests/catch.h"
#include "tests/nn/approx.h"

#include <stdexcept>

using namespace convscope::core;
using Catch::Matchers::Contains;
using convscope::test::Approx;

namespace {

// 4×4, so that halving it averages whole 2×2 blocks:
//   top-left (1 + 2 + 5 + 6)/4 = 3.5, top-right 5.5, bottom-left 11.5, bottom-right 13.5
const Tensor counting = Tensor::fromRows({{1, 2, 3, 4}, {5, 6, 7, 8}, {9, 10, 11, 12}, {13, 14, 15, 16}});
const Tensor countingHalved = Tensor::fromRows({{3.5f, 5.5f}, {11.5f, 13.5f}});

Tensor stacked(const std::vector<Tensor>& planes)
{
    Tensor tensor({static_cast<int>(planes.size()), planes.front().dim(1), planes.front().dim(2)});
    for (std::size_t c = 0; c < planes.size(); ++c)
        tensor.plane(static_cast<int>(c)) = planes[c].plane(0);
    return tensor;
}

} // namespace

TEST_CASE("a picture of the input's size and channels is the input as it is", "[network][input]")
{
    CHECK(fitToInput(counting, {1, 4, 4}) == counting);
    const Tensor colourPicture = stacked({counting, counting, counting});
    CHECK(fitToInput(colourPicture, {3, 4, 4}) == colourPicture);
}

TEST_CASE("a picture of another size is resampled by area averaging, channel by channel", "[network][input]")
{
    const Tensor halved = fitToInput(counting, {1, 2, 2});
    CHECK(halved == countingHalved);

    Tensor flipped = counting;
    flipped.plane(0) = counting.plane(0).colwise().reverse().eval();
    const Tensor colour = fitToInput(stacked({counting, flipped}), {2, 2, 2});
    REQUIRE(colour.shape() == std::vector<int>{2, 2, 2});
    CHECK(Tensor::fromMatrix(colour.plane(0)) == countingHalved);
    CHECK(Tensor::fromMatrix(colour.plane(1)) == Tensor::fromRows({{11.5f, 13.5f}, {3.5f, 5.5f}}));

    // Growing: 1×1 → 2×3 gives every output pixel the one input pixel.
    CHECK(fitToInput(Tensor::fromRows({{0.25f}}), {1, 2, 3}) == Tensor({1, 2, 3}, 0.25f));
}

TEST_CASE("a grey picture fills every channel of a colour input", "[network][input]")
{
    const Tensor input = fitToInput(counting, {3, 2, 2});
    REQUIRE(input.shape() == std::vector<int>{3, 2, 2});
    for (int c = 0; c < 3; ++c)
        CHECK(Tensor::fromMatrix(input.plane(c)) == countingHalved);
}

TEST_CASE("a picture of other proportions keeps its centre part of the input's proportions", "[network][input]")
{
    // 2×6, wide: the centre 2×2 (columns 2 and 3) is a square input's part, taken as it is.
    const Tensor wide = Tensor::fromRows({{1, 2, 3, 4, 5, 6}, {7, 8, 9, 10, 11, 12}});
    CHECK(fitToInput(wide, {1, 2, 2}) == Tensor::fromRows({{3, 4}, {9, 10}}));
    // 4×2, tall: rows 1 and 2.
    const Tensor tall = Tensor::fromRows({{1, 2}, {3, 4}, {5, 6}, {7, 8}});
    CHECK(fitToInput(tall, {1, 2, 2}) == Tensor::fromRows({{3, 4}, {5, 6}}));
    // 4×8 into 1×1: the centre 4×4 (columns 2 to 5) averaged, (2 + 3 + 4 + 5) / 4 + 8 · 1.5 = 15.5.
    Tensor photo({1, 4, 8});
    for (int y = 0; y < 4; ++y)
        for (int x = 0; x < 8; ++x)
            photo.plane(0)(y, x) = static_cast<float>(8 * y + x);
    CHECK(fitToInput(photo, {1, 1, 1}) == Tensor({1, 1, 1}, 15.5f));

    CHECK(centreCrop(3, 5, 2, 2).left == 1);
    CHECK(centreCrop(3, 5, 2, 2).cols == 3);
    CHECK(centreCrop(3, 5, 2, 2).rows == 3);
    CHECK(centreCrop(1000, 10, 28, 28).top == 495);
    CHECK(centreCrop(1000, 10, 28, 28).rows == 10);
    // A wide input keeps the whole width of a square picture and its middle rows.
    CHECK(centreCrop(6, 6, 1, 3).rows == 2);
    CHECK(centreCrop(6, 6, 1, 3).top == 2);
    CHECK(centreCrop(6, 6, 1, 3).cols == 6);
}

TEST_CASE("a photo's centre square is averaged block by block", "[network][input]")
{
    // 1200×1600 ramp into 1×2×2: each output averages a 600×600 block of the centre square; the
    // ramp's mean over a block is its centre's value.
    Tensor photo({1, 1200, 1600});
    for (int y = 0; y < 1200; ++y)
        for (int x = 0; x < 1600; ++x)
            photo.plane(0)(y, x) = static_cast<float>(x) / 1600.0f;
    const Tensor input = fitToInput(photo, {1, 2, 2});
    // Columns 200…799 and 800…1399: means 499.5 / 1600 and 1099.5 / 1600.
    CHECK(input.plane(0)(0, 0) == Approx(499.5 / 1600.0).epsilon(1e-5));
    CHECK(input.plane(0)(1, 1) == Approx(1099.5 / 1600.0).epsilon(1e-5));
}

TEST_CASE("pictures that cannot fill the input are refused", "[network][input]")
{
    const Tensor twoChannels({2, 4, 4}, 0.5f);
    CHECK_THROWS_AS(fitToInput(twoChannels, {3, 4, 4}), std::invalid_argument);
    CHECK_THROWS_WITH(fitToInput(Tensor({3, 4, 4}), {1, 4, 4}), Contains("3×4×4 picture cannot fill a 1×4×4 input"));
    CHECK_THROWS_AS(fitToInput(Tensor({4, 4}), {1, 4, 4}), std::invalid_argument);
    CHECK_THROWS_AS(fitToInput(Tensor({1, 0, 4}), {1, 4, 4}), std::invalid_argument);
    CHECK_THROWS_AS(fitToInput(counting, {16}), std::invalid_argument);
}

TEST_CASE("normalising subtracts each channel's mean and divides by its standard deviation", "[network][input]")
{
    const Tensor input = Tensor::fromRows({{1, 3}, {0.5f, 0}}).reshaped({2, 1, 2});
    // Channel 0: (1 − 1)/2 = 0, (3 − 1)/2 = 1; channel 1: (0.5 − 0.5)/0.25 = 0, (0 − 0.5)/0.25 = −2.
    const auto valuesOf = [](const Tensor& tensor) { return std::vector<float>(tensor.values().begin(), tensor.values().end()); };
    CHECK(valuesOf(normaliseChannels(input, {1, 0.5f}, {2, 0.25f})) == std::vector<float>{0, 1, 0, -2});
    // One mean and one std for every channel.
    CHECK(valuesOf(normaliseChannels(input, {0.5f}, {0.5f})) == std::vector<float>{1, 5, 0, -1});
    CHECK_THROWS_WITH(normaliseChannels(input, {0, 0, 0}, {1}), Contains("2 channels: give one value for all"));
    CHECK_THROWS_WITH(normaliseChannels(input, {0}, {0}), Contains("must be above 0"));
}
