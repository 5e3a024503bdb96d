#!/usr/bin/env bash
# The engine end to end against the model's bare forward loop (as saved and optimised,
# disteval-bench-forward; the optimised loop also as a whole program, start-up included) and against a Python peer that does the same evaluation
# correctly with torch.distributed (bench/python_peer.py), all interleaved in one run so
# that every figure sees the same machine state. Medians and ratios (docs/BENCHMARKS.md).
#
# Cases: the demo CNN and the CNN of PyTorch's MNIST example on the Fashion-MNIST test
# set (10,000), the demo CNN on the training set (60,000), and torchvision's ResNet-18 on
# RESNET_SAMPLES random 224x224 images (batch 32).
#
# Usage: bench/engine_vs_peer.sh [REPEATS]   (after scripts/build.sh and the demo models)
# Environment: DISTEVAL_BUILD_DIR (default build), RESNET_SAMPLES (default 256), CASES
#              (default "demo tutorial train resnet").
set -euo pipefail
cd "$(dirname "$0")/.."
repeats=${1:-3}
build=${DISTEVAL_BUILD_DIR:-build}
cases=${CASES:-demo tutorial train resnet}
. scripts/mpi-env.sh
engine="$build/engine/disteval-engine"
forward="$build/bench/disteval-bench-forward"
python=/usr/bin/python3
fashion=/usr/share/datasets/fashion-mnist
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
"$python" bench/make_bench_models.py "$out" "${RESNET_SAMPLES:-256}"

now() { date +%s.%N; }
median() { sort -g | awk '{a[NR]=$1} END {if (NR) print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
declare -A times
timed() { # KEY COMMAND...: wall time of the command, appended to times[KEY]
    local key=$1 t0
    shift
    t0=$(now)
    "$@" >/dev/null 2>"$out/err" || { cat "$out/err" >&2; exit 1; }
    times[$key]+="$(awk -v a="$t0" -v b="$(now)" 'BEGIN {print b - a}')"$'\n'
}
loop() { # KEY MODEL DATA BATCH [--optimize]: the bare loop's own time (no start-up), and
    # the whole program's (KEY-prog: loading LibTorch and the data, a warm-up batch, the loop)
    local key=$1 t0 line
    shift
    t0=$(now)
    line=$("$forward" --model "$1" --data "$2" --batch-size "$3" --repeats 1 ${4:-})
    times[$key-prog]+="$(awk -v a="$t0" -v b="$(now)" 'BEGIN {print b - a}')"$'\n'
    times[$key]+="$(sed -E 's/.*median ([0-9.]+) s.*/\1/' <<<"$line")"$'\n'
}

one_case() { # NAME MODEL DATA BATCH: every variant once
    local name=$1 model=$2 data=$3 batch=$4
    local eng=("$engine" --model "$model" --data "$data" --batch-size "$batch" --quiet --no-progress)
    loop "$name loop" "$model" "$data" "$batch"
    loop "$name loop-opt" "$model" "$data" "$batch" --optimize
    timed "$name np1" "${eng[@]}" --output "$out/r1.json"
    timed "$name np2" mpirun -np 2 "${eng[@]}" --output "$out/r2.json"
    if [ "$name" != train ]; then
        timed "$name peer2" "$python" bench/python_peer.py --model "$model" --data "$data" \
            --ranks 2 --batch "$batch"
        timed "$name peer2-opt" "$python" bench/python_peer.py --model "$model" --data "$data" \
            --ranks 2 --batch "$batch" --optimize
    fi
}

for ((i = 0; i < repeats; i++)); do
    for c in $cases; do
        case $c in
        demo) one_case demo "$build/demo/fashion-cnn-full.pt" "$fashion/t10k-images-idx3-ubyte.gz" 256 ;;
        tutorial) one_case tutorial "$out/tutorial-cnn.pt" "$fashion/t10k-images-idx3-ubyte.gz" 256 ;;
        train) one_case train "$build/demo/fashion-cnn-full.pt" "$fashion/train-images-idx3-ubyte.gz" 256 ;;
        resnet) one_case resnet "$out/resnet18.pt" "$out/resnet-data.pt" 32 ;;
        esac
    done
done

printf '%d repeats, %s cores, medians in seconds\n' "$repeats" "$(nproc)"
printf '%-9s %9s %9s %9s %9s %9s %9s %9s  %s\n' case loop loop-opt prog-opt np1 np2 peer2 \
    peer2-opt "np2/loop-opt  np2/prog-opt  peer2/np2  peer2-opt/np2"
for c in $cases; do
    declare -A m=()
    for v in loop loop-opt loop-opt-prog np1 np2 peer2 peer2-opt; do
        m[$v]=$(printf '%s' "${times[$c $v]:-}" | median)
        if [ -n "${m[$v]}" ]; then m[$v]=$(printf '%.3f' "${m[$v]}"); else m[$v]=-; fi
    done
    printf '%-9s %9s %9s %9s %9s %9s %9s %9s  %.2f  %.2f  %s  %s\n' "$c" "${m[loop]}" \
        "${m[loop-opt]}" "${m[loop-opt-prog]}" "${m[np1]}" "${m[np2]}" "${m[peer2]}" \
        "${m[peer2-opt]}" "$(awk -v a="${m[np2]}" -v b="${m[loop-opt]}" 'BEGIN {print a / b}')" \
        "$(awk -v a="${m[np2]}" -v b="${m[loop-opt-prog]}" 'BEGIN {print a / b}')" \
        "$(awk -v a="${m[peer2]}" -v b="${m[np2]}" 'BEGIN {print (a == "-") ? "-" : sprintf("%.2f", a / b)}')" \
        "$(awk -v a="${m[peer2-opt]}" -v b="${m[np2]}" 'BEGIN {print (a == "-") ? "-" : sprintf("%.2f", a / b)}')"
done
