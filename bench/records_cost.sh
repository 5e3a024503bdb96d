#!/usr/bin/env bash
# What the per-sample records (--save-predictions) cost: end-to-end wall time of
# disteval-engine at np=2 with and without them, interleaved in one run so that both see
# the same machine state, and their size in bytes per sample. Prints medians and ratios.
#
# Usage: bench/records_cost.sh [REPEATS]   (after scripts/build.sh and the demo models)
# Environment: DISTEVAL_BUILD_DIR (default build), MODEL (default the full demo CNN),
#              MODEL_B (a second model, default the early demo CNN), DATA (default
#              Fashion-MNIST t10k).
set -euo pipefail
cd "$(dirname "$0")/.."
repeats=${1:-5}
build=${DISTEVAL_BUILD_DIR:-build}
model=${MODEL:-$build/demo/fashion-cnn-full.pt}
model_b=${MODEL_B:-$build/demo/fashion-cnn-early.pt}
data=${DATA:-/usr/share/datasets/fashion-mnist/t10k-images-idx3-ubyte.gz}
. scripts/mpi-env.sh
engine="$build/engine/disteval-engine"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

now() { date +%s.%N; }
declare -a plain records
for ((i = 0; i < repeats; i++)); do
    t0=$(now)
    mpirun -np 2 "$engine" --model "$model" --model "$model_b" --data "$data" \
        --output "$out/plain.json" --quiet --no-progress
    t1=$(now)
    mpirun -np 2 "$engine" --model "$model" --model "$model_b" --data "$data" \
        --output "$out/records.json" --save-predictions --quiet --no-progress
    t2=$(now)
    plain+=("$(awk -v a="$t0" -v b="$t1" 'BEGIN {print b - a}')")
    records+=("$(awk -v a="$t1" -v b="$t2" 'BEGIN {print b - a}')")
done
median() { printf '%s\n' "$@" | sort -g | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }
mp=$(median "${plain[@]}")
mr=$(median "${records[@]}")
samples=$(python3 -c "import json; print(json.load(open('$out/records.json'))['dataset']['num_samples'])")
rec=$(ls "$out"/records.samples-*.bin)
pred=$(ls "$out"/records.predictions-*.bin)
echo "repeats: $repeats, np=2, two models, $samples samples"
echo "without records: median $mp s"
echo "with records:    median $mr s  (ratio $(awk -v a="$mr" -v b="$mp" 'BEGIN {printf "%.3f", a / b}'), +$(awk -v a="$mr" -v b="$mp" -v n="$samples" 'BEGIN {printf "%.2f", (a - b) / n * 1e6}') us per sample)"
echo "records file:    $(stat -c %s "$rec") bytes ($(awk -v s="$(stat -c %s "$rec")" -v n="$samples" 'BEGIN {printf "%.1f", s / n}') per sample, header included)"
echo "predictions:     $(stat -c %s "$pred") bytes"
