#!/usr/bin/env bash
# Rebuilds resources/models/classroom-digits.csmodel, the classroom CNN that ships already trained
# on the bundled digits, so the "inside the network" page works before anyone trains anything.
#
#   scripts/train-bundled-model.sh [path/to/convscope-cli]
#
# The same seed and thread count on a processor with the same vector instructions (AVX2 for the
# committed model) give the same weights, 96.60% right on the 2,000 bundled test digits. The digits
# are resources/data/mnist-subset (rebuilt by scripts/make-mnist-subset.py).
set -euo pipefail
cd "$(dirname "$0")/.."
cli="${1:-build/release/app/cli/convscope-cli}"
if [ ! -x "$cli" ]; then
  echo "no convscope-cli at $cli: build it first (cmake --preset release && cmake --build --preset release)" >&2
  exit 2
fi
"$cli" train --data resources/data/mnist-subset --arch classroom --epochs 8 --batch 64 --lr 0.001 \
  --optimizer adam --threads 2 --seed 1 --save resources/models/classroom-digits.csmodel
