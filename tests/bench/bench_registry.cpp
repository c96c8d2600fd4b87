#include "tests/bench/bench_registry.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <stdexcept>

namespace convscope::bench {

void BenchRegistry::add(BenchCase benchCase)
{
    for (const BenchCase& existing : m_cases) {
        if (existing.key == benchCase.key)
            throw std::invalid_argument("benchmark key added twice: " + benchCase.key);
    }
    m_cases.push_back(std::move(benchCase));
}

double measureMilliseconds(const BenchCase& benchCase)
{
    using Clock = std::chrono::steady_clock;
    const std::function<void()> call = benchCase.prepare();
    call(); // warm-up: first-touch page faults, thread start-up, caches
    std::vector<double> times;
    times.reserve(static_cast<std::size_t>(benchCase.repetitions));
    for (int run = 0; run < std::max(1, benchCase.repetitions); ++run) {
        const Clock::time_point start = Clock::now();
        call();
        times.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
    }
    std::nth_element(times.begin(), times.begin() + static_cast<std::ptrdiff_t>(times.size() / 2), times.end());
    return times[times.size() / 2];
}

void runAndPrint(const BenchRegistry& registry, const std::string& filter)
{
    std::printf("{");
    bool first = true;
    for (const BenchCase& benchCase : registry.cases()) {
        if (!filter.empty() && benchCase.key.find(filter) == std::string::npos)
            continue;
        const double milliseconds = measureMilliseconds(benchCase);
        std::printf("%s\n  \"%s\": %.3f", first ? "" : ",", benchCase.key.c_str(), milliseconds);
        std::fflush(stdout);
        first = false;
    }
    std::printf("\n}\n");
}

} // namespace convscope::bench
