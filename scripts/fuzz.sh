#!/usr/bin/env bash
# Builds the libFuzzer targets of the file parsers (clang 14, -fsanitize=fuzzer,address,undefined)
# and runs each for a fixed time, as many side by side as there are cores. Fails if any target
# crashes, breaks a property, leaks, times out or allocates beyond the limits below.
#
#   scripts/fuzz.sh SECONDS [TARGET…]   e.g. scripts/fuzz.sh 30, or scripts/fuzz.sh 600 idx_file
#
# Targets are the folders of tests/fuzz/corpus (the seeds of fuzz_TARGET). New inputs the fuzzer
# finds go to BUILD/corpus/TARGET, crashing inputs to BUILD/artifacts/; reproduce one with
#   BUILD/tests/fuzz/fuzz_TARGET BUILD/artifacts/TARGET-crash-…
# BUILD is build/fuzz unless CONVSCOPE_FUZZ_BUILD names another folder.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ $# -lt 1 ] || ! [[ $1 =~ ^[0-9]+$ ]]; then
  echo "usage: $0 SECONDS [TARGET...]   (targets: $(ls tests/fuzz/corpus | tr '\n' ' '))" >&2
  exit 2
fi
seconds=$1
shift
targets=("$@")
[ ${#targets[@]} -gt 0 ] || mapfile -t targets < <(ls tests/fuzz/corpus)

build=${CONVSCOPE_FUZZ_BUILD:-build/fuzz}
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++-14 \
  -DCONVSCOPE_FUZZ=ON "${launcher[@]}" >/dev/null
cmake --build "$build" -j2 --target "${targets[@]/#/fuzz_}"

# An allocation bomb (a header claiming 10^9 images) must be refused by the parser, so a single
# allocation over 1 GB or a process over 2 GB counts as a crash. An input may take 120 s: a small
# file can legitimately decode to a 50-megapixel image, which takes about 20 s under the sanitizers.
export ASAN_OPTIONS=abort_on_error=1:detect_leaks=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
mkdir -p "$build/artifacts"
# Runs one target; its verdict goes to BUILD/TARGET.status.
fuzz() {
  local target=$1
  mkdir -p "$build/corpus/$target"
  local options=(-max_total_time="$seconds" -rss_limit_mb=2048 -malloc_limit_mb=1024 -timeout=120
                 -print_final_stats=1 -artifact_prefix="$build/artifacts/$target-")
  [ -f "tests/fuzz/$target.dict" ] && options+=(-dict="tests/fuzz/$target.dict")
  local log="$build/$target.log"
  if "$build/tests/fuzz/fuzz_$target" "${options[@]}" "$build/corpus/$target" "tests/fuzz/corpus/$target" \
       >"$log" 2>&1; then
    echo ok >"$build/$target.status"
  else
    echo FAILED >"$build/$target.status"
  fi
}
# Each fuzzer uses one core: as many run side by side as the machine has cores.
cores=$(nproc)
for target in "${targets[@]}"; do
  while [ "$(jobs -rp | wc -l)" -ge "$cores" ]; do wait -n || true; done
  fuzz "$target" &
done
wait
failed=()
for target in "${targets[@]}"; do
  log="$build/$target.log"
  status=$(cat "$build/$target.status")
  if [ "$status" != ok ]; then
    failed+=("$target")
    grep -E '^(==[0-9]+==ERROR|SUMMARY|fuzz property violated|artifact_prefix|Test unit written)' "$log" >&2 || true
  fi
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
  echo "fuzz_$target: ${runs:-0} executions in ${seconds} s, $status (log: $log)"
done

if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzzing found problems in: ${failed[*]}" >&2
  exit 1
fi
