#!/usr/bin/env bash
# Makes disteval's demo checkpoints (fashion-cnn-early.pt, fashion-cnn-full.pt) in
# OUT_DIR with the already built disteval-train-demo; builds nothing. Idempotent: when
# both checkpoints are already in OUT_DIR it does nothing. See docs/DEMO.md.
#
# Usage: scripts/make-demo-models.sh OUT_DIR [extra disteval-train-demo options]
# Environment:
#   DISTEVAL_BUILD_DIR      build directory holding engine/disteval-train-demo
#                           (default: ./build; falls back to disteval-train-demo on PATH)
#   DISTEVAL_FASHION_MNIST  Fashion-MNIST IDX directory
#                           (default: /usr/share/datasets/fashion-mnist, Debian's
#                           dataset-fashion-mnist package)
set -euo pipefail

if [ $# -lt 1 ] || [ "$1" = "-h" ] || [ "$1" = "--help" ]; then
    sed -n '2,12s/^# \{0,1\}//p' "$0"
    [ $# -ge 1 ] && exit 0
    exit 2
fi
out_dir=$1
shift

early="$out_dir/fashion-cnn-early.pt"
full="$out_dir/fashion-cnn-full.pt"
if [ -s "$early" ] && [ -s "$full" ]; then
    echo "make-demo-models.sh: $early and $full already exist; nothing to do"
    exit 0
fi

build_dir=${DISTEVAL_BUILD_DIR:-build}
trainer="$build_dir/engine/disteval-train-demo"
if [ ! -x "$trainer" ]; then
    if command -v disteval-train-demo >/dev/null 2>&1; then
        trainer=$(command -v disteval-train-demo)
    else
        echo "make-demo-models.sh: no trainer at $trainer and none on PATH;" \
             "build the target disteval-train-demo first or set DISTEVAL_BUILD_DIR" >&2
        exit 1
    fi
fi

data_dir=${DISTEVAL_FASHION_MNIST:-/usr/share/datasets/fashion-mnist}
if [ ! -e "$data_dir" ]; then
    echo "make-demo-models.sh: Fashion-MNIST not found at $data_dir;" \
         "install dataset-fashion-mnist or set DISTEVAL_FASHION_MNIST" >&2
    exit 1
fi

echo "make-demo-models.sh: $trainer --data $data_dir --out $out_dir $*"
exec "$trainer" --data "$data_dir" --out "$out_dir" "$@"
