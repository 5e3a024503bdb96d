#!/usr/bin/env bash
# CI step after scripts/test.sh: builds the core library, the app and their unit tests
# with AddressSanitizer + UndefinedBehaviorSanitizer (DISTEVAL_SANITIZE=address;undefined)
# in build-asan and runs those tests. Any report fails the step (UBSan does not recover).
#
# Left out, and why:
#   * the engine (disteval-engine) and its tests (tests/engine, demo_models,
#     tst_endtoend): LibTorch and Open MPI are not built with ASan, so an instrumented
#     engine mostly reports their allocations and their own races (false positives),
#     and a sanitized LibTorch is not something a CI machine can build in its budget.
#     Their parsing and arithmetic live in core/, which is covered here, and the
#     engine's input handling is covered by tests/engine/test_engine_robustness.py.
#   * benchmarks (not tests).
# Arguments go to ctest, e.g. scripts/sanitize.sh -R tst_resultfile
set -euo pipefail
cd "$(dirname "$0")/.."
# Paths relative to the checkout in ccache's keys: another clone (CI's) reuses the cache.
export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$PWD}"
build_dir="${DISTEVAL_ASAN_BUILD_DIR:-build-asan}"
jobs="${DISTEVAL_ASAN_JOBS:-$(nproc)}"
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Debug \
    "-DDISTEVAL_SANITIZE=address;undefined" -DDISTEVAL_BUILD_ENGINE=OFF \
    -DDISTEVAL_BUILD_GUI=ON -DDISTEVAL_BUILD_TESTS=ON -DDISTEVAL_BUILD_BENCH=OFF >/dev/null
cmake --build "$build_dir" --parallel "$jobs"
# Leaks inside uninstrumented system libraries (fontconfig, Qt's plugin loader) are
# not ours; everything else, leaks included, fails the run.
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:strict_string_checks=1:detect_stack_use_after_return=1"
export LSAN_OPTIONS="suppressions=$PWD/scripts/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
ctest --test-dir "$build_dir" --output-on-failure --timeout 900 "$@"
