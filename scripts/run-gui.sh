#!/usr/bin/env bash
# Quick start 1: install what is missing, build (Release) and open ConvScope.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release --target convscope
exec build/release/app/gui/convscope "$@"
