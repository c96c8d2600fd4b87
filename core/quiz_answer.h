#pragma once

namespace convscope::core {

// What counts as a right prediction in quiz mode, where the student types the next output value
// (or an output size) before it is shown.
//
// A value is right when it is the true value as the interface writes it: within half of the last
// decimal shown. The interface writes whole numbers without decimals, values ≥ 100 with 1 decimal,
// ≥ 1 with 2, ≥ 0.001 with 3, and the rest with 3 significant digits, so for a true value of
//   4        only 4 is right (4.4 is not: "4.4" is not what the grid shows),
//   0.111…   0.111 and "1/9" are right, 0.11 is not,
//   2.5      2.5 is right, 2.51 is not.
// Sizes (W_out, H_out, K) are counts: only the exact whole number is right.

// The step of the last digit the interface shows for `value`: 0 for a whole number (its text has no
// decimals, and any typed decimal would be a different text), 0.1 / 0.01 / 0.001 by magnitude,
// and 10^(e − 2) for 3 significant digits of a very large or very small value with exponent e.
double shownStep(double value);

// True when `typed` is `truth` as the interface writes it (see above). Non-finite input is never right.
bool isRightValue(double typed, double truth);

// True when `typed` is exactly the whole number `truth`.
bool isRightCount(double typed, int truth);

// The score of a quiz session: how many answers were right out of how many were checked.
struct QuizScore {
    int right = 0;
    int answered = 0;

    void record(bool isRight)
    {
        ++answered;
        if (isRight)
            ++right;
    }
    bool operator==(const QuizScore&) const = default;
};

} // namespace convscope::core
