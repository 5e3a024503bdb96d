#!/usr/bin/env bash
# The README's first command: installs what is missing, builds disteval, makes the demo
# checkpoints (once) and evaluates both on the Fashion-MNIST test set with 2 ranks.
# The result is written to out/demo-result.json and the report printed.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
DISTEVAL_BUILD_DIR="${DISTEVAL_BUILD_DIR:-build}" scripts/build.sh -DDISTEVAL_BUILD_TESTS=OFF
build_dir="${DISTEVAL_BUILD_DIR:-build}"
DISTEVAL_BUILD_DIR="$build_dir" scripts/make-demo-models.sh "$build_dir/demo"

. scripts/mpi-env.sh
ranks=2
extra=()
# Two ranks on a one-core machine need permission to share the core.
[ "$(nproc)" -ge "$ranks" ] || extra+=(--oversubscribe)
mkdir -p out
mpirun -np "$ranks" "${extra[@]}" "$build_dir/engine/disteval-engine" \
    --model "$build_dir/demo/fashion-cnn-early.pt" \
    --model "$build_dir/demo/fashion-cnn-full.pt" \
    --data /usr/share/datasets/fashion-mnist/t10k-images-idx3-ubyte.gz \
    --class-names resources/demo/fashion-mnist-classes.txt \
    --output out/demo-result.json
echo "Result file: out/demo-result.json"
