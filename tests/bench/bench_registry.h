#pragma once

#include <functional>
#include <string>
#include <vector>

namespace convscope::bench {

// One named measurement. `prepare` builds the inputs (not timed) and returns the call that is timed;
// the runner calls it `repetitions` times after one warm-up call and reports the median.
struct BenchCase {
    std::string key;   // the JSON key, ending in _ms, e.g. "conv3x3_4096_ms"
    int repetitions = 11;
    std::function<std::function<void()>()> prepare;
};

// The table of cases convscope-bench runs, in the order they are added. Each area of the program adds
// its cases from one function in its own file (registerCoreCases in core_cases.cpp, ...), called from
// main.cpp.
class BenchRegistry {
public:
    void add(BenchCase benchCase);
    const std::vector<BenchCase>& cases() const { return m_cases; }

private:
    std::vector<BenchCase> m_cases;
};

// Median milliseconds per call of one case.
double measureMilliseconds(const BenchCase& benchCase);

// Runs every case whose key contains `filter` (all when empty) and writes one JSON object
// {"key": milliseconds, ...} to stdout, one key per line.
void runAndPrint(const BenchRegistry& registry, const std::string& filter);

} // namespace convscope::bench
