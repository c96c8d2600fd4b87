#!/usr/bin/env bash
# One epoch of the classroom CNN on full Fashion-MNIST (60,000 images), batch 64, Adam, the same
# thread count: convscope-cli against PyTorch, alternating runs, then the mean times, accuracies,
# peak memory and the ratio (see scripts/compare-pytorch.py).
#
#   scripts/compare-pytorch.sh [path/to/convscope-cli] [--threads T] [--runs N] [--data DIR]
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
