#include "core/quiz_answer.h"

#include <algorithm>
#include <cmath>

namespace convscope::core {

namespace {

// A value the interface writes as a whole number: within a millionth (relative) of one, as the
// number text does for float sums such as 0.1 + 0.2 + 0.7.
bool writtenWhole(double value)
{
    const double magnitude = std::abs(value);
    return magnitude < 1e7 && std::abs(value - std::round(value)) <= 1e-6 * std::max(1.0, magnitude);
}

} // namespace

double shownStep(double value)
{
    if (!std::isfinite(value) || writtenWhole(value))
        return 0.0;
    const double magnitude = std::abs(value);
    if (magnitude >= 1e6 || magnitude < 1e-3)
        return std::pow(10.0, std::floor(std::log10(magnitude)) - 2.0);
    if (magnitude >= 100.0)
        return 0.1;
    if (magnitude >= 1.0)
        return 0.01;
    return 0.001;
}

bool isRightValue(double typed, double truth)
{
    if (!std::isfinite(typed) || !std::isfinite(truth))
        return false;
    if (writtenWhole(truth))
        return writtenWhole(typed) && std::round(typed) == std::round(truth);
    // Half a step either side, plus a little for the float rounding of the true value (a float
    // sum such as 0.333333343 for 1/3) so that a value exactly on the edge is not lost.
    const double tolerance = 0.5 * shownStep(truth) + 1e-6 * std::abs(truth);
    return std::abs(typed - truth) <= tolerance;
}

bool isRightCount(double typed, int truth)
{
    return std::isfinite(typed) && typed == static_cast<double>(truth);
}

} // namespace convscope::core
