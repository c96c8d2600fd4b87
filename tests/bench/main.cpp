// convscope-bench [KEY_SUBSTRING]: prints one JSON object of median milliseconds per call.
// To add measurements: write registerXCases(BenchRegistry&) in its own file here, list the file in
// CMakeLists.txt and call it below.
#include "tests/bench/activation_cases.h"
#include "tests/bench/bench_registry.h"
#include "tests/bench/core_cases.h"
#include "tests/bench/network_cases.h"

#include <cstdio>
#include <exception>
#include <string>

int main(int argc, char** argv)
{
    using namespace convscope::bench;
    try {
        BenchRegistry registry;
        registerCoreCases(registry);
        registerActivationCases(registry);
        registerNetworkCases(registry);
        runAndPrint(registry, argc > 1 ? std::string(argv[1]) : std::string());
    } catch (const std::exception& error) {
        std::fprintf(stderr, "convscope-bench: %s\n", error.what());
        return 1;
    }
    return 0;
}
