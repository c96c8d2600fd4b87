#!/usr/bin/env bash
# Quick start 2: install what is missing, build and run the whole test suite.
#   scripts/run-tests.sh             Release build in build/release
#   scripts/run-tests.sh --sanitize  AddressSanitizer + UndefinedBehaviorSanitizer build in build/asan
set -euo pipefail
cd "$(dirname "$0")/.."
preset=release
[ "${1:-}" = "--sanitize" ] && preset=asan
scripts/install-deps.sh
cmake --preset "$preset" -DCONVSCOPE_WERROR=ON >/dev/null
cmake --build --preset "$preset"
ctest --preset "$preset"
