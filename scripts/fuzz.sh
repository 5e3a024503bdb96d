#!/usr/bin/env bash
# Builds the libFuzzer targets (tests/fuzz, clang with ASan/UBSan) in build-fuzz and runs
# each for a bounded time. Not part of scripts/test.sh: fuzzing is open-ended, run it
# before a release or after touching a parser (docs/ROBUSTNESS.md).
#
# Usage: scripts/fuzz.sh [TARGET...]     (default: all six)
# Environment:
#   FUZZ_SECONDS   seconds per target (default 60)
#   FUZZ_JOBS      parallel build jobs (default 2)
#   DISTEVAL_FUZZ_BUILD_DIR  (default build-fuzz)
# Each target starts from the seeds in tests/fuzz/corpus/TARGET plus what earlier runs
# found (kept in the build folder, not in git). An input that crashes is copied to
# tests/fuzz/crashers/TARGET/, where tst_fuzzregressions replays it with the unit tests
# once the bug is fixed, and the script exits 1. Prints executions per target.
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir="${DISTEVAL_FUZZ_BUILD_DIR:-build-fuzz}"
seconds="${FUZZ_SECONDS:-60}"
jobs="${FUZZ_JOBS:-2}"
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(protocol_decode protocol_reader result_parse predictions_parse
                                     npy_header idx_header)

CC=clang CXX=clang++ cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DDISTEVAL_BUILD_FUZZERS=ON -DDISTEVAL_BUILD_ENGINE=OFF -DDISTEVAL_BUILD_GUI=OFF \
    -DDISTEVAL_BUILD_TESTS=OFF -DDISTEVAL_BUILD_BENCH=OFF >/dev/null
cmake --build "$build_dir" --parallel "$jobs" --target "${targets[@]/#/fuzz_}"

# Input size limits: the seeds fit well within them; the reader's long lines come from
# its first input byte, which prepends a line over protocol::kMaxLineBytes, so its own
# inputs can stay short (and fast).
declare -A max_len=([protocol_decode]=4096 [protocol_reader]=8192 [result_parse]=65536
                    [predictions_parse]=8192 [npy_header]=1024 [idx_header]=64)
status=0
summary=""
for t in "${targets[@]}"; do
    corpus="$build_dir/fuzz-corpus/$t"
    artifacts="$build_dir/fuzz-artifacts/$t/"
    rm -rf "$artifacts"
    mkdir -p "$corpus" "$artifacts"
    log="$build_dir/fuzz-$t.log"
    echo "== fuzz_$t: ${seconds}s"
    set +e
    ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=0 \
        "$build_dir/tests/fuzz/fuzz_$t" "$corpus" "tests/fuzz/corpus/$t" \
        -max_total_time="$seconds" -max_len="${max_len[$t]}" -rss_limit_mb=2048 \
        -malloc_limit_mb=1024 -timeout=10 -len_control=0 -artifact_prefix="$artifacts" -print_final_stats=1 \
        >"$log" 2>&1
    rc=$?
    set -e
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 || true)
    found=0
    for a in "$artifacts"crash-* "$artifacts"leak-* "$artifacts"oom-* "$artifacts"timeout-*; do
        [ -e "$a" ] || continue
        mkdir -p "tests/fuzz/crashers/$t"
        cp "$a" "tests/fuzz/crashers/$t/"
        found=$((found + 1))
    done
    line="fuzz_$t: ${runs:-?} executions in ${seconds}s, ${cov:-cov: ?}, exit $rc, $found new crasher(s)"
    echo "$line"
    summary+="$line"$'\n'
    if [ "$rc" -ne 0 ] || [ "$found" -ne 0 ]; then
        status=1
        tail -40 "$log"
    fi
done
echo
echo "$summary"
exit $status
