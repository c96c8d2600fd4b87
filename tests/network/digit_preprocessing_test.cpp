#include "core/data/digit_preprocessing.h"
#include "tests/catch.h"

#include <cmath>
#include <random>

using namespace convscope::core;
using Catch::Matchers::WithinAbs;

namespace {

// A "photo": light paper lit unevenly from the left (0.95 → 0.75), a little grain, and a dark
// ring (ink 0.15, 6 px thick) drawn off-centre in the top-left part of a 150×120 picture.
//   ring rows 20…79, columns 10…49
constexpr int photoRows = 150;
constexpr int photoCols = 120;
constexpr int ringTop = 20, ringBottom = 79, ringLeft = 10, ringRight = 49, ringThickness = 6;

bool onRing(int y, int x)
{
    const bool inside = y >= ringTop && y <= ringBottom && x >= ringLeft && x <= ringRight;
    const bool hole = y >= ringTop + ringThickness && y <= ringBottom - ringThickness && x >= ringLeft + ringThickness
        && x <= ringRight - ringThickness;
    return inside && !hole;
}

Tensor darkInkOnLightPaper(int channels)
{
    std::mt19937 rng(5);
    std::uniform_real_distribution<float> grain(-0.02f, 0.02f);
    Tensor photo({channels, photoRows, photoCols});
    for (int y = 0; y < photoRows; ++y) {
        for (int x = 0; x < photoCols; ++x) {
            const float paper = 0.95f - 0.2f * static_cast<float>(x) / (photoCols - 1) + grain(rng);
            const float value = onRing(y, x) ? 0.15f + grain(rng) : paper;
            for (int c = 0; c < channels; ++c)
                photo.at(c, y, x) = value;
        }
    }
    return photo;
}

double massCentre(const Tensor& image, bool rows)
{
    double mass = 0.0;
    double moment = 0.0;
    for (int y = 0; y < image.dim(1); ++y) {
        for (int x = 0; x < image.dim(2); ++x) {
            mass += image.at(0, y, x);
            moment += image.at(0, y, x) * (rows ? y : x);
        }
    }
    return moment / mass;
}

} // namespace

TEST_CASE("a dark digit on light, unevenly lit paper is inverted, cropped, scaled and centred")
{
    const DigitPreprocessing steps = preprocessDigit(darkInkOnLightPaper(1));
    REQUIRE(steps.ok());

    // The paper's border is light (0.75 … 0.95), so the picture is inverted.
    CHECK(steps.backgroundLevel > 0.7f);
    CHECK(steps.lightBackground);
    CHECK_THAT(steps.inverted.at(0, 0, 0), WithinAbs(1.0f - steps.grey.at(0, 0, 0), 1e-5));
    CHECK(steps.inverted.at(0, ringTop, ringLeft) > 0.8f);

    // Levels: every paper pixel, dark or light side, goes to 0 and the ink to 1.
    for (int y = 0; y < photoRows; ++y) {
        for (int x = 0; x < photoCols; ++x) {
            if (onRing(y, x))
                REQUIRE(steps.levels.at(0, y, x) > 0.9f);
            else
                REQUIRE(steps.levels.at(0, y, x) == 0.0f);
        }
    }

    // The crop is exactly the ring's bounding box.
    CHECK(steps.cropTop == ringTop);
    CHECK(steps.cropLeft == ringLeft);
    CHECK(steps.cropHeight == ringBottom - ringTop + 1);
    CHECK(steps.cropWidth == ringRight - ringLeft + 1);
    CHECK(steps.cropped.shape() == std::vector<int>{1, 60, 40});

    // 60×40 → longer side 20, aspect kept: 20×13 (40·20/60 = 13.3).
    CHECK(steps.scaled.shape() == std::vector<int>{1, 20, 13});
    // Area averaging keeps the mean brightness.
    CHECK_THAT(steps.scaled.plane(0).mean(), WithinAbs(steps.cropped.plane(0).mean(), 0.02));

    // Placed in 28×28 with its centre of mass within half a pixel of the middle (13.5, 13.5).
    REQUIRE(steps.result.shape() == std::vector<int>{1, 28, 28});
    CHECK(std::abs(massCentre(steps.result, true) - 13.5) <= 0.5);
    CHECK(std::abs(massCentre(steps.result, false) - 13.5) <= 0.5);
    CHECK(steps.result.at(0, 0, 0) == 0.0f);
    CHECK(steps.result.at(0, 27, 27) == 0.0f);
    CHECK(steps.result.plane(0).maxCoeff() > 0.9f);
    // The 20×13 box sits at rows 4…23 and starts 7 or 8 columns in.
    CHECK(steps.offsetY == 4);
    CHECK((steps.offsetX == 7 || steps.offsetX == 8));
}

TEST_CASE("an RGB photo is turned grey with the luminance weights")
{
    Tensor photo({3, 2, 2});
    photo.at(0, 0, 0) = 1.0f; // pure red
    photo.at(1, 0, 1) = 1.0f; // pure green
    photo.at(2, 1, 0) = 1.0f; // pure blue
    const DigitPreprocessing steps = preprocessDigit(photo);
    CHECK_THAT(steps.grey.at(0, 0, 0), WithinAbs(0.299f, 1e-5));
    CHECK_THAT(steps.grey.at(0, 0, 1), WithinAbs(0.587f, 1e-5));
    CHECK_THAT(steps.grey.at(0, 1, 0), WithinAbs(0.114f, 1e-5));

    const DigitPreprocessing rgb = preprocessDigit(darkInkOnLightPaper(3));
    const DigitPreprocessing grey = preprocessDigit(darkInkOnLightPaper(1));
    REQUIRE(rgb.ok());
    CHECK(rgb.cropTop == grey.cropTop);
    CHECK(rgb.cropWidth == grey.cropWidth);
}

TEST_CASE("light ink on a dark background is kept as it is")
{
    Tensor photo({1, 40, 40}, 0.05f);
    for (int y = 25; y < 35; ++y)
        for (int x = 5; x < 9; ++x)
            photo.at(0, y, x) = 0.9f; // a short thick "1" near the bottom-left
    const DigitPreprocessing steps = preprocessDigit(photo);
    REQUIRE(steps.ok());
    CHECK_FALSE(steps.lightBackground);
    CHECK(steps.inverted == steps.grey);
    CHECK(steps.cropHeight == 10);
    CHECK(steps.cropWidth == 4);
    // 10×4 → 20×8: a small crop is scaled up.
    CHECK(steps.scaled.shape() == std::vector<int>{1, 20, 8});
    CHECK_THAT(steps.result.at(0, 13, 13), WithinAbs(1.0f, 1e-5));
    CHECK(std::abs(massCentre(steps.result, false) - 13.5) <= 0.5);
}

TEST_CASE("pictures without a digit are refused with a reason")
{
    CHECK(preprocessDigit(Tensor()).status == DigitPreprocessingStatus::EmptyImage);
    CHECK(preprocessDigit(Tensor({2, 5, 5})).status == DigitPreprocessingStatus::EmptyImage);
    CHECK(preprocessDigit(Tensor({1, 30, 30}, 0.8f)).status == DigitPreprocessingStatus::NoInk);
    Tensor faint({1, 30, 30}, 0.8f);
    faint.at(0, 10, 10) = 0.75f; // a speck fainter than any ink
    CHECK(preprocessDigit(faint).status == DigitPreprocessingStatus::NoInk);
}

TEST_CASE("area resampling averages the covered input")
{
    const Tensor input = Tensor::fromRows({{1, 2, 3, 4}, {5, 6, 7, 8}, {9, 10, 11, 12}, {13, 14, 15, 16}});
    const Tensor half = resampleArea(input, 2, 2);
    CHECK_THAT(half.at(0, 0, 0), WithinAbs(3.5f, 1e-5));  // (1+2+5+6)/4
    CHECK_THAT(half.at(0, 1, 1), WithinAbs(13.5f, 1e-5)); // (11+12+15+16)/4

    // 4 → 3 columns: output 0 covers column 0 and a third of column 1.
    const Tensor third = resampleArea(Tensor::fromRows({{3, 6, 9, 12}}), 1, 3);
    CHECK_THAT(third.at(0, 0, 0), WithinAbs((3.0f + 6.0f / 3.0f) / (4.0f / 3.0f), 1e-5));
    CHECK_THAT(third.plane(0).mean(), WithinAbs(7.5f, 1e-5));

    // Scaling up repeats each value over the pixels it covers.
    const Tensor doubled = resampleArea(Tensor::fromRows({{1, 2}}), 2, 4);
    CHECK(doubled.at(0, 1, 0) == 1.0f);
    CHECK(doubled.at(0, 0, 3) == 2.0f);
}
