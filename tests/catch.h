#pragma once

// One include for Catch2 3 (split headers) and Catch2 2.13 (single header).
#if __has_include(<catch2/catch_all.hpp>)
#include <catch2/catch_all.hpp>
#else
#include <catch2/catch.hpp>
#endif
