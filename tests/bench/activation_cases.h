#pragma once

#include "tests/bench/bench_registry.h"

namespace convscope::bench {

// The Activation maps page: what one kernel edit costs before the new map can be painted, and
// what one live camera frame costs before all its maps can be.
void registerActivationCases(BenchRegistry& registry);

} // namespace convscope::bench
