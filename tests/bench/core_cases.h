#pragma once

#include "tests/bench/bench_registry.h"

namespace convscope::bench {

// Convolution and pooling of the core library at the sizes named in the speed target.
void registerCoreCases(BenchRegistry& registry);

} // namespace convscope::bench
