#!/usr/bin/env bash
# One epoch, batch 64, Adam, the same thread count: convscope-cli against PyTorch, for the classroom
# CNN on full Fashion-MNIST (60,000 images) and the tutorial CNN on the bundled digits (8,000), at 1
# and 2 threads, alternating the two programs, then a table of the median speeds, their ratio,
# accuracies and peak memory (see scripts/compare-pytorch.py).
#
#   scripts/compare-pytorch.sh [path/to/convscope-cli] [--networks classroom,tutorial] [--threads 1,2]
#                              [--runs 3] [--data DIR] [--tutorial-data DIR]
#
# Needs python3-torch and libopenblas0-pthread (Debian 12), and dataset-fashion-mnist. Run it on an
# otherwise idle machine: the figures are wall times.
set -euo pipefail
cd "$(dirname "$0")/.."
cli=build/release/app/cli/convscope-cli
if [ $# -gt 0 ] && [ "${1#--}" = "$1" ]; then
  cli="$1"
  shift
fi
if [ ! -x "$cli" ]; then
  echo "no convscope-cli at $cli: build it first (cmake --preset release && cmake --build --preset release)" >&2
  exit 2
fi
# Debian's own python3, which has python3-torch (a python3 earlier on PATH may not).
python=/usr/bin/python3
[ -x "$python" ] || python=python3
OPENBLAS_NUM_THREADS=1 exec "$python" scripts/compare-pytorch.py --cli "$cli" "$@"
