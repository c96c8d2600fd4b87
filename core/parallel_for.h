#pragma once

#include <cstdint>
#include <functional>

namespace convscope::core {

// The number of threads parallelFor uses: the processor's hardware threads, at most 8.
int parallelWorkers();

// Calls body(begin, end) on contiguous, disjoint chunks that together cover [0, count), one chunk per
// worker, the calling thread taking the first. Small jobs run on the calling thread alone:
// `workPerItem` (roughly the multiply-adds per item) times `count` must reach about a million
// before a thread is started, since starting one costs tens of microseconds.
// An exception thrown by body on any thread is rethrown here after all chunks finish.
void parallelFor(int count, std::int64_t workPerItem, const std::function<void(int begin, int end)>& body);

} // namespace convscope::core
