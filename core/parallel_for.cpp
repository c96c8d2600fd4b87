#include "core/parallel_for.h"

#include <algorithm>
#include <exception>
#include <system_error>
#include <thread>
#include <vector>

namespace convscope::core {
namespace {

constexpr std::int64_t minimumWorkPerThread = 1'000'000;

} // namespace

int parallelWorkers()
{
    static const int workers = std::clamp(static_cast<int>(std::thread::hardware_concurrency()), 1, 8);
    return workers;
}

void parallelFor(int count, std::int64_t workPerItem, const std::function<void(int begin, int end)>& body)
{
    if (count <= 0)
        return;
    const std::int64_t totalWork = static_cast<std::int64_t>(count) * std::max<std::int64_t>(workPerItem, 1);
    const std::int64_t affordable = std::max<std::int64_t>(1, totalWork / minimumWorkPerThread);
    const int chunks = static_cast<int>(std::min<std::int64_t>({parallelWorkers(), count, affordable}));
    if (chunks <= 1) {
        body(0, count);
        return;
    }

    // Chunk n covers [n·count/chunks, (n+1)·count/chunks): sizes differ by at most one item.
    auto chunkBegin = [&](int n) { return static_cast<int>(static_cast<std::int64_t>(count) * n / chunks); };
    std::vector<std::exception_ptr> errors(static_cast<std::size_t>(chunks));
    auto runChunk = [&](int n) {
        try {
            body(chunkBegin(n), chunkBegin(n + 1));
        } catch (...) {
            errors[static_cast<std::size_t>(n)] = std::current_exception();
        }
    };
    std::vector<std::thread> threads;
    threads.reserve(static_cast<std::size_t>(chunks - 1));
    int started = 1;
    try {
        for (; started < chunks; ++started)
            threads.emplace_back(runChunk, started);
    } catch (const std::system_error&) {
        // No thread to be had: the chunks not started run here instead.
    }
    runChunk(0);
    for (int n = started; n < chunks; ++n)
        runChunk(n);
    for (std::thread& thread : threads)
        thread.join();
    for (const std::exception_ptr& error : errors) {
        if (error)
            std::rethrow_exception(error);
    }
}

} // namespace convscope::core
