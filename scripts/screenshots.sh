#!/usr/bin/env bash
# Renders the app's windows to PNG files in docs/screenshots/ under a virtual X server,
# from real runs of the demo: disteval-engine under mpirun with 2 ranks on the demo
# checkpoints and the Fashion-MNIST test set (the Samples tab's thumbnails are rendered by
# the same engine). Also the results views (that run's result, kept as
# BUILD_DIR/screenshots/demo-result.json, and a synthetic 1000-class result), the
# results of the other tasks (segmentation, multi-label, regression), the set-up with
# custom metrics and the Slurm script dialog, and pages of the demo's PDF report; the
# Curves tab, the compare view's overlaid curves and a report's Curves page from
# synthetic results.
#
# Usage: scripts/screenshots.sh [BUILD_DIR]   (default: build)
# Environment:
#   DISTEVAL_ENGINE         the engine (default BUILD_DIR/engine/disteval-engine)
#   DISTEVAL_DEMO_DIR       the demo checkpoints (default BUILD_DIR/demo; made by
#                           scripts/make-demo-models.sh)
#   DISTEVAL_FASHION_MNIST  the Fashion-MNIST folder (default /usr/share/datasets/fashion-mnist)
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
build="${1:-$root/build}"
out="$root/docs/screenshots"
export DISTEVAL_ENGINE="${DISTEVAL_ENGINE:-$build/engine/disteval-engine}"
export DISTEVAL_DEMO_DIR="${DISTEVAL_DEMO_DIR:-$build/demo}"
export DISTEVAL_FASHION_MNIST="${DISTEVAL_FASHION_MNIST:-/usr/share/datasets/fashion-mnist}"

if [ ! -f "$build/CMakeCache.txt" ]; then
    cmake -S "$root" -B "$build" -G Ninja -DDISTEVAL_BUILD_BENCH=OFF -DDISTEVAL_BUILD_TESTS=ON
fi
cmake --build "$build" --target disteval_screenshots disteval_result_screenshots disteval \
    disteval_make_result disteval_task_screenshots disteval_setup_screenshots \
    disteval_curves_screenshots -- -j2
command -v xvfb-run >/dev/null || { echo "screenshots.sh: needs xvfb-run (package xvfb)" >&2; exit 2; }
command -v pdftoppm >/dev/null || { echo "screenshots.sh: needs pdftoppm (poppler-utils)" >&2; exit 2; }
[ -x "$DISTEVAL_ENGINE" ] || { echo "screenshots.sh: no engine at $DISTEVAL_ENGINE" >&2; exit 2; }
for model in fashion-cnn-early.pt fashion-cnn-full.pt; do
    [ -s "$DISTEVAL_DEMO_DIR/$model" ] || {
        echo "screenshots.sh: no $DISTEVAL_DEMO_DIR/$model; run scripts/make-demo-models.sh" \
             "$DISTEVAL_DEMO_DIR" >&2
        exit 2
    }
done
. "$root/scripts/mpi-env.sh"

mkdir -p "$out"
# The demo's result from the real engine (the results views' screenshots and the report).
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# The demo's result lives beside the build (the summary shows its path; a temporary
# folder's random name would look like a mistake in the documentation).
demo="$build/screenshots/demo-result.json"
mkdir -p "$(dirname "$demo")"
mpirun -np 2 "$DISTEVAL_ENGINE" \
    --model "$DISTEVAL_DEMO_DIR/fashion-cnn-early.pt" \
    --model "$DISTEVAL_DEMO_DIR/fashion-cnn-full.pt" \
    --data "$DISTEVAL_FASHION_MNIST/t10k-images-idx3-ubyte.gz" \
    --class-names "$root/resources/demo/fashion-mnist-classes.txt" \
    --output "$demo" --quiet --no-progress
export DISTEVAL_SCREENSHOT_DEMO="$demo"
# A fixed style and font size, so the pictures do not depend on the desktop.
export QT_QPA_PLATFORM=xcb QT_STYLE_OVERRIDE=Fusion QT_FONT_DPI=96
for language in en de; do
    xvfb-run -a -s "-screen 0 1600x1000x24" "$build/tests/gui/disteval_screenshots" \
        "$out" "$language"
    xvfb-run -a -s "-screen 0 1600x1000x24" "$build/tests/gui/disteval_result_screenshots" \
        "$out" "$language"
done
# The other tasks' results (segmentation, multi-label, regression; tests/gui/data/task-*.json,
# written by the real engine).
xvfb-run -a -s "-screen 0 1600x1000x24" "$build/tests/gui/disteval_task_screenshots" "$out" en
# The set-up with custom metrics and the Slurm batch script dialog (the fake engine answers
# the set-up's questions).
xvfb-run -a -s "-screen 0 1600x1000x24" "$build/tests/gui/disteval_setup_screenshots" "$out" en
# The curves (synthetic results, tests/gui/syntheticresult.h): curves-*.png, compare-curves-roc.png,
# compare-reliability.png.
xvfb-run -a -s "-screen 0 1600x1000x24" "$build/tests/gui/disteval_curves_screenshots" "$out"

# Pages of the demo's PDF report (docs/REPORTS.md) at 60 dpi: the results, the first
# model, and the comparison of the two checkpoints.
QT_QPA_PLATFORM=offscreen "$build/gui/disteval" --export "$work/report.pdf" "$demo"
# One page at a time: pdftoppm pads a page's number to the page count's width.
for page in 1 2; do
    pdftoppm -png -r 60 -f "$page" -l "$page" -singlefile "$work/report.pdf" \
        "$out/report-page-$page"
done
pages=$(pdfinfo "$work/report.pdf" | awk '/^Pages:/ {print $2}')
for page in $(seq 1 "$pages"); do
    if pdftotext -f "$page" -l "$page" "$work/report.pdf" - | grep -q '^Comparison: '; then
        pdftoppm -png -r 60 -f "$page" -l "$page" -singlefile "$work/report.pdf" \
            "$out/report-comparison"
        break
    fi
done
# The first page of a report whose class "Shirt" has 5 samples: the withheld intervals.
"$build/tests/gui/disteval_make_result" --models 2 --small-class 6 --small-class-samples 5 \
    "$work/shirt-5-samples.json"
QT_QPA_PLATFORM=offscreen "$build/gui/disteval" --export "$work/withheld.pdf" \
    "$work/shirt-5-samples.json"
pdftoppm -png -r 60 -f 1 -l 1 -singlefile "$work/withheld.pdf" "$out/report-withheld-intervals"
# The first Curves page of a synthetic two-model report (ROC of every class).
"$build/tests/gui/disteval_make_result" --models 2 "$work/synthetic-curves.json"
QT_QPA_PLATFORM=offscreen "$build/gui/disteval" --export "$work/curves.pdf" \
    "$work/synthetic-curves.json"
pages=$(pdfinfo "$work/curves.pdf" | awk '/^Pages:/ {print $2}')
for page in $(seq 1 "$pages"); do
    if pdftotext -f "$page" -l "$page" "$work/curves.pdf" - | grep -q '^Curves: ROC'; then
        pdftoppm -png -r 60 -f "$page" -l "$page" -singlefile "$work/curves.pdf" \
            "$out/report-curves"
        break
    fi
done
ls -l "$out"
