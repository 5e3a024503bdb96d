#!/usr/bin/env bash
# Where the engine's fixed cost goes: the phases of one evaluation as rank 0 reports
# them with DISTEVAL_TIMINGS (seconds since the process started; engine/util/phasetimer.h),
# medians over REPEATS runs, for a tiny dataset (almost nothing but fixed cost) and the
# Fashion-MNIST test set, at np=1 and np=2, beside the time to load the program alone
# (`disteval-engine --version`: the dynamic loader mapping LibTorch).
#
# Usage: bench/startup.sh [REPEATS] [ENGINE]   (after scripts/build.sh and the demo models)
# Environment: DISTEVAL_BUILD_DIR (default build), MODEL (default the full demo CNN),
#              BASELINE (another disteval-engine, e.g. an older commit's: its wall times
#              for the same cases, interleaved with ENGINE's in every repeat).
set -euo pipefail
cd "$(dirname "$0")/.."
repeats=${1:-7}
build=${DISTEVAL_BUILD_DIR:-build}
engine=${2:-$build/engine/disteval-engine}
model=${MODEL:-$build/demo/fashion-cnn-full.pt}
fashion=/usr/share/datasets/fashion-mnist/t10k-images-idx3-ubyte.gz
. scripts/mpi-env.sh
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
/usr/bin/python3 - "$out/tiny.pt" <<'EOF'
import sys, torch
g = torch.Generator().manual_seed(1)
torch.save({"inputs": torch.rand(3, 1, 28, 28, generator=g), "labels": torch.tensor([0, 1, 2]),
            "num_classes": 10}, sys.argv[1])
EOF

now() { date +%s.%N; }
median() { sort -g | awk '{a[NR]=$1} END {if (NR) print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

declare -A phases # "<case> <phase>" -> newline-separated values
order=()
run_case() { # NAME LAUNCH... : one run, its phases and wall time recorded
    local name=$1 t0 t1 line phase at
    shift
    t0=$(now)
    DISTEVAL_TIMINGS=1 "$@" 2>"$out/err" >/dev/null
    t1=$(now)
    while read -r line; do
        phase=$(awk '{print $3}' <<<"$line")
        at=$(awk '{print $4}' <<<"$line")
        phases["$name $phase"]+="$at"$'\n'
        [[ " ${order[*]} " == *" $name:$phase "* ]] || order+=("$name:$phase")
    done < <(grep 'disteval-engine: timing:' "$out/err")
    phases["$name wall"]+="$(awk -v a="$t0" -v b="$t1" 'BEGIN {print b - a}')"$'\n'
    [[ " ${order[*]} " == *" $name:wall "* ]] || order+=("$name:wall")
}

args=(--model "$model" --output "$out/r.json" --quiet --no-progress)
declare -a load
for ((i = 0; i < repeats; i++)); do
    t0=$(now)
    "$engine" --version >/dev/null
    load+=("$(awk -v a="$t0" -v b="$(now)" 'BEGIN {print b - a}')")
    run_case "tiny-np1" "$engine" "${args[@]}" --data "$out/tiny.pt"
    run_case "tiny-np2" mpirun -np 2 "$engine" "${args[@]}" --data "$out/tiny.pt"
    run_case "fashion-np1" "$engine" "${args[@]}" --data "$fashion"
    run_case "fashion-np2" mpirun -np 2 "$engine" "${args[@]}" --data "$fashion"
    if [ -n "${BASELINE:-}" ]; then
        run_case "base-tiny-np1" "$BASELINE" "${args[@]}" --data "$out/tiny.pt"
        run_case "base-tiny-np2" mpirun -np 2 "$BASELINE" "${args[@]}" --data "$out/tiny.pt"
        run_case "base-fash-np1" "$BASELINE" "${args[@]}" --data "$fashion"
        run_case "base-fash-np2" mpirun -np 2 "$BASELINE" "${args[@]}" --data "$fashion"
    fi
done
printf 'engine %s, model %s, %d repeats, %s cores, medians\n' "$engine" "$(basename "$model")" \
    "$repeats" "$(nproc)"
printf '%-14s %-14s %8.3f s\n' "--version" "wall" "$(printf '%s\n' "${load[@]}" | median)"
for key in "${order[@]}"; do
    name=${key%%:*}
    phase=${key#*:}
    printf '%-14s %-14s %8.3f s\n' "$name" "$phase" \
        "$(printf '%s' "${phases["$name $phase"]}" | median)"
done
