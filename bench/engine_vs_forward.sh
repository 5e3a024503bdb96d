#!/usr/bin/env bash
# End-to-end wall time of disteval-engine (startup, data, inference, statistics, B=1000
# bootstrap, result file) at np=1 and np=2 against the bare forward time of the same
# model over the same inputs (disteval-bench-forward), interleaved in one run so that
# all figures see the same machine state. Prints medians and ratios.
#
# Usage: bench/engine_vs_forward.sh [REPEATS]   (after scripts/build.sh and the demo models)
# Environment: DISTEVAL_BUILD_DIR (default build), MODEL (default the full demo CNN),
#              DATA (default Fashion-MNIST t10k).
set -euo pipefail
cd "$(dirname "$0")/.."
repeats=${1:-5}
build=${DISTEVAL_BUILD_DIR:-build}
model=${MODEL:-$build/demo/fashion-cnn-full.pt}
data=${DATA:-/usr/share/datasets/fashion-mnist/t10k-images-idx3-ubyte.gz}
. scripts/mpi-env.sh
engine="$build/engine/disteval-engine"
forward="$build/bench/disteval-bench-forward"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

now() { date +%s.%N; }
declare -a fwd fwdall fwdopt np1 np2 np2plain
for ((i = 0; i < repeats; i++)); do
    ta=$(now)
    fwd+=("$("$forward" --model "$model" --data "$data" --repeats 1 | sed -E 's/.*median ([0-9.]+) s.*/\1/')")
    tb=$(now)
    fwdall+=("$(awk -v a="$ta" -v b="$tb" 'BEGIN {print b - a}')")
    fwdopt+=("$("$forward" --model "$model" --data "$data" --repeats 1 --optimize | sed -E 's/.*median ([0-9.]+) s.*/\1/')")
    t0=$(now)
    "$engine" --model "$model" --data "$data" --output "$out/r1.json" --quiet --no-progress
    t1=$(now)
    mpirun -np 2 "$engine" --model "$model" --data "$data" --output "$out/r2.json" --quiet --no-progress
    t2=$(now)
    mpirun -np 2 "$engine" --model "$model" --data "$data" --output "$out/r3.json" --quiet --no-progress --no-optimize
    t3=$(now)
    np2plain+=("$(awk -v a="$t2" -v b="$t3" 'BEGIN {print b - a}')")
    np1+=("$(awk -v a="$t0" -v b="$t1" 'BEGIN {print b - a}')")
    np2+=("$(awk -v a="$t1" -v b="$t2" 'BEGIN {print b - a}')")
done
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
mf=$(median "${fwd[@]}")
ma=$(median "${fwdall[@]}")
m1=$(median "${np1[@]}")
m2=$(median "${np2[@]}")
mo=$(median "${fwdopt[@]}")
mp=$(median "${np2plain[@]}")
printf 'model %s, data %s, %d repeats, %s\n' "$(basename "$model")" "$(basename "$data")" "$repeats" "$(nproc) cores"
printf '%-34s %8.3f s\n' "bare forward loop (all cores)" "$mf"
printf '%-34s %8.3f s\n' "bare forward program, with startup" "$ma"
printf '%-34s %8.3f s\n' "optimised bare forward loop" "$mo"
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {print a / b}'; }
printf '%-34s %8.3f s  ratio to loop %.2f, to program %.2f\n' "engine np=1 end to end" "$m1" \
    "$(ratio "$m1" "$mf")" "$(ratio "$m1" "$ma")"
printf '%-34s %8.3f s  ratio to loop %.2f, to program %.2f\n' "engine np=2 end to end" "$m2" \
    "$(ratio "$m2" "$mf")" "$(ratio "$m2" "$ma")"
printf '%-34s %8.3f s  ratio to optimised loop %.2f\n' "engine np=2, optimised (default)" "$m2" \
    "$(ratio "$m2" "$mo")"
printf '%-34s %8.3f s  ratio to loop %.2f\n' "engine np=2 --no-optimize" "$mp" "$(ratio "$mp" "$mf")"
echo "(medians; the program figure includes loading LibTorch, decoding the data and a warm-up batch)"
