#!/usr/bin/env bash
# Renders the app's main window, the run view (driven by the fake engine of the GUI
# tests), a failed run, the result summary, the compare view and the run history to PNG
# files in docs/screenshots/, under a virtual X server.
# Usage: scripts/screenshots.sh [BUILD_DIR]   (default: build-gui)
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
build="${1:-$root/build-gui}"
out="$root/docs/screenshots"

if [ ! -f "$build/CMakeCache.txt" ]; then
    cmake -S "$root" -B "$build" -G Ninja -DDISTEVAL_BUILD_ENGINE=OFF \
          -DDISTEVAL_BUILD_BENCH=OFF -DDISTEVAL_BUILD_TESTS=ON
fi
cmake --build "$build" --target disteval_screenshots disteval_result_screenshots disteval -- -j2
command -v xvfb-run >/dev/null || { echo "screenshots.sh: needs xvfb-run (package xvfb)" >&2; exit 2; }

mkdir -p "$out"
tool="$build/tests/gui/disteval_screenshots"
# A fixed style and font size, so the pictures do not depend on the desktop.
export QT_QPA_PLATFORM=xcb QT_STYLE_OVERRIDE=Fusion QT_FONT_DPI=96
for language in en de; do
    xvfb-run -a -s "-screen 0 1600x1000x24" "$tool" "$out" "$language"
    # The results views: the 10-class demo result and, in English, a 1000-class one.
    xvfb-run -a -s "-screen 0 1600x1000x24" "$build/tests/gui/disteval_result_screenshots" \
        "$out" "$language"
done

# The first two pages of the demo's PDF report (docs/REPORTS.md), at 60 dpi.
command -v pdftoppm >/dev/null || { echo "screenshots.sh: needs pdftoppm (poppler-utils)" >&2; exit 2; }
pdf="$(mktemp -d)/report.pdf"
QT_QPA_PLATFORM=offscreen "$build/gui/disteval" --export "$pdf" \
    "$root/tests/gui/data/fashion-mnist-demo.json"
pdftoppm -png -r 60 -f 1 -l 2 "$pdf" "$out/report-page"
rm -rf "$(dirname "$pdf")"
ls -l "$out"
