#pragma once

#include "tests/catch.h"

namespace convscope::test {

// Catch2 3 spells it Catch::Approx, Catch2 2.13 (Debian 12) Catch::Detail::Approx.
#if __has_include(<catch2/catch_all.hpp>)
using Catch::Approx;
#else
using Catch::Detail::Approx;
#endif

} // namespace convscope::test
