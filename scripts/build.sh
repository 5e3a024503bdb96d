#!/usr/bin/env bash
# Configures and builds disteval in ./build (Ninja, ccache when present).
# Usage: scripts/build.sh [extra cmake -D options...]
# Environment: DISTEVAL_BUILD_DIR (default: build), CMAKE_PREFIX_PATH for another
# LibTorch (e.g. a CUDA build).
set -euo pipefail
cd "$(dirname "$0")/.."
# Paths relative to the checkout in ccache's keys: another clone (CI's) reuses the cache.
export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$PWD}"
build_dir="${DISTEVAL_BUILD_DIR:-build}"
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null
cmake --build "$build_dir" --parallel "$(nproc)"
