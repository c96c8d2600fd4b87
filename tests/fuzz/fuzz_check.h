#pragma once

#include <cstdio>
#include <cstdlib>

namespace convscope::fuzz {

// A property every accepted input must have. A broken one aborts, which libFuzzer records as a
// crash with the input that caused it, exactly like a sanitizer report.
inline void require(bool holds, const char* property)
{
    if (!holds) {
        std::fprintf(stderr, "fuzz property violated: %s\n", property);
        std::abort();
    }
}

} // namespace convscope::fuzz
