#pragma once

#include "tests/bench/bench_registry.h"

namespace convscope::bench {

// Training steps of the preset networks and an imported model's forward pass.
void registerNetworkCases(BenchRegistry& registry);

} // namespace convscope::bench
