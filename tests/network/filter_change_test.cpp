#include "core/nn/filter_change.h"
#include "tests/catch.h"

#include <cmath>
#include <stdexcept>

using namespace convscope::core;
using Catch::Matchers::WithinAbs;

TEST_CASE("filterChanges: each filter's move measured against its start")
{
    // Two 1×2×2 filters. The first, (3, 0, 0, 4), length 5, moves by (0, 0, 0, −4): 4/5.
    // The second, (1, 1, 1, 1), length 2, does not move.
    Tensor start({2, 1, 2, 2});
    Tensor now({2, 1, 2, 2});
    const float before[] = {3, 0, 0, 4, 1, 1, 1, 1};
    const float after[] = {3, 0, 0, 0, 1, 1, 1, 1};
    for (int i = 0; i < 8; ++i) {
        start.data()[i] = before[i];
        now.data()[i] = after[i];
    }
    const std::vector<float> changes = filterChanges(start, now);
    REQUIRE(changes.size() == 2);
    CHECK_THAT(changes[0], WithinAbs(0.8, 1e-6));
    CHECK(changes[1] == 0.0f);

    // A filter that started at zero: untouched is 0, moved is without measure.
    Tensor zero({1, 1, 1, 1});
    Tensor moved({1, 1, 1, 1});
    moved.data()[0] = 0.5f;
    CHECK(filterChanges(zero, zero).front() == 0.0f);
    CHECK(std::isinf(filterChanges(zero, moved).front()));

    CHECK_THROWS_AS(filterChanges(start, zero), std::invalid_argument);
    CHECK_THROWS_AS(filterChanges(Tensor({2, 2}), Tensor({2, 2})), std::invalid_argument);
}
