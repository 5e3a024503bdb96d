#!/usr/bin/env bash
# The README's second command (and CI's): installs what is missing (including the
# reference libraries the tests compare against), builds everything and runs the whole
# test suite. Arguments go to ctest, e.g. scripts/test.sh -L core
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh --dev
build_dir="${DISTEVAL_BUILD_DIR:-build}"
DISTEVAL_BUILD_DIR="$build_dir" scripts/build.sh -DDISTEVAL_BUILD_TESTS=ON -DDISTEVAL_BUILD_GUI=ON \
    -DDISTEVAL_BUILD_ENGINE=ON
. scripts/mpi-env.sh
ctest --test-dir "$build_dir" --output-on-failure --timeout 1200 "$@"
