#include "core/conv2d.h"
#include "core/quiz_answer.h"
#include "core/tensor.h"

#include "tests/catch.h"

#include <cmath>
#include <limits>

using namespace convscope::core;

TEST_CASE("A whole true value takes exactly that whole number", "[quiz]")
{
    CHECK(isRightValue(4.0, 4.0));
    CHECK(isRightValue(-3.0, -3.0));
    CHECK_FALSE(isRightValue(3.0, 4.0));
    CHECK_FALSE(isRightValue(4.4, 4.0));
    CHECK_FALSE(isRightValue(3.6, 4.0));
    CHECK_FALSE(isRightValue(-4.0, 4.0));
    // A float sum the interface writes as 1 (0.1 + 0.2 + 0.7 in float) is 1.
    const float sum = 0.1f + 0.2f + 0.7f;
    CHECK(isRightValue(1.0, static_cast<double>(sum)));
}

TEST_CASE("A fractional true value takes what the interface shows of it", "[quiz]")
{
    const double ninth = static_cast<double>(1.0f / 9.0f); // shown "0.111"
    CHECK(shownStep(ninth) == 0.001);
    CHECK(isRightValue(0.111, ninth));
    CHECK(isRightValue(1.0 / 9.0, ninth));
    CHECK_FALSE(isRightValue(0.11, ninth));
    CHECK_FALSE(isRightValue(0.112, ninth));

    CHECK(shownStep(2.5) == 0.01); // shown "2.5"
    CHECK(isRightValue(2.5, 2.5));
    CHECK_FALSE(isRightValue(2.51, 2.5));
    CHECK_FALSE(isRightValue(2.0, 2.5));
    CHECK_FALSE(isRightValue(3.0, 2.5));

    CHECK(shownStep(-12.25) == 0.01);
    CHECK(isRightValue(-12.25, -12.25));
    CHECK(shownStep(150.25) == 0.1); // shown "150.3" (one decimal from 100 on)
    CHECK(isRightValue(150.3, 150.25));
    CHECK_FALSE(isRightValue(150.0, 150.25));

    // Three significant digits for very small values: 0.000123 is shown "0.000123".
    CHECK_THAT(shownStep(0.000123), Catch::Matchers::WithinRel(1e-6, 1e-9));
    CHECK(isRightValue(0.000123, 0.0001234));
    CHECK_FALSE(isRightValue(0.000125, 0.0001234));
}

TEST_CASE("Whole numbers show no decimals", "[quiz]")
{
    CHECK(shownStep(4.0) == 0.0);
    CHECK(shownStep(-7.0) == 0.0);
    CHECK(shownStep(0.0) == 0.0);
}

TEST_CASE("Non-finite values are never right", "[quiz]")
{
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double inf = std::numeric_limits<double>::infinity();
    CHECK_FALSE(isRightValue(nan, 4.0));
    CHECK_FALSE(isRightValue(inf, 4.0));
    CHECK_FALSE(isRightValue(4.0, nan));
    CHECK_FALSE(isRightCount(nan, 3));
}

TEST_CASE("A size is right only as the exact whole number", "[quiz]")
{
    // The lecture's W_in = 5, F = 3, P = 0, S = 1 gives W_out = 3.
    CHECK(isRightCount(3.0, 3));
    CHECK_FALSE(isRightCount(2.0, 3));
    CHECK_FALSE(isRightCount(3.5, 3));
    CHECK_FALSE(isRightCount(2.9999, 3));
    // The MNIST example's [14, 14, 64].
    CHECK(isRightCount(14.0, 14));
    CHECK(isRightCount(64.0, 64));
}

TEST_CASE("Every cell of the lecture's convolved feature is right only as itself", "[quiz]")
{
    const Tensor image = Tensor::fromRows({{1, 1, 1, 0, 0}, {0, 1, 1, 1, 0}, {0, 0, 1, 1, 1}, {0, 0, 1, 1, 0}, {0, 1, 1, 0, 0}});
    const Tensor kernel = Tensor::fromRows({{1, 0, 1}, {0, 1, 0}, {1, 0, 1}}).reshaped({1, 1, 3, 3});
    const Tensor output = conv2d(image, kernel, {}, Conv2dParams{});
    const int expected[3][3] = {{4, 3, 4}, {2, 4, 3}, {2, 3, 4}};
    for (int y = 0; y < 3; ++y) {
        for (int x = 0; x < 3; ++x) {
            const double truth = output.at(0, y, x);
            CHECK(isRightValue(expected[y][x], truth));
            CHECK_FALSE(isRightValue(expected[y][x] + 1, truth));
        }
    }
}

TEST_CASE("The score counts right answers out of those checked", "[quiz]")
{
    QuizScore score;
    score.record(true);
    score.record(false);
    score.record(true);
    score.record(true);
    CHECK(score.right == 3);
    CHECK(score.answered == 4);
}
