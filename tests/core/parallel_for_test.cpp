#include "core/parallel_for.h"
#include "tests/catch.h"

#include <algorithm>
#include <atomic>
#include <stdexcept>
#include <vector>

using namespace convscope::core;

TEST_CASE("parallelFor covers every item exactly once")
{
    for (int count : {0, 1, 2, 3, 7, 1000}) {
        for (std::int64_t work : {std::int64_t{1}, std::int64_t{10'000'000}}) {
            std::vector<std::atomic<int>> visits(static_cast<std::size_t>(count));
            std::atomic<int> calls{0};
            parallelFor(count, work, [&](int begin, int end) {
                REQUIRE(begin < end);
                ++calls;
                for (int n = begin; n < end; ++n)
                    ++visits[static_cast<std::size_t>(n)];
            });
            for (const std::atomic<int>& visit : visits)
                CHECK(visit == 1);
            // Little work runs in one call on this thread; much work in one chunk per worker.
            CHECK(calls == (count == 0 ? 0 : work == 1 ? 1 : std::min(count, parallelWorkers())));
        }
    }
}

TEST_CASE("an exception thrown in any chunk reaches the caller")
{
    const int last = 999;
    CHECK_THROWS_WITH(parallelFor(1000, 10'000'000,
                                  [&](int, int end) {
                                      if (end - 1 == last)
                                          throw std::runtime_error("the last chunk failed");
                                  }),
                      "the last chunk failed");
}
