#!/usr/bin/env bash
# Builds the Debian package with CPack from the build tree and checks that it holds the
# programs, the desktop entry and the docs, declares its run-time dependencies, and
# that the packaged engine runs. Usage: test_package.sh BUILD_DIR WORK_DIR
set -euo pipefail
build=$1
work=$2
rm -rf "$work" && mkdir -p "$work"
(cd "$build" && cpack -G DEB -B "$work" >/dev/null)
deb=$(ls "$work"/disteval_*.deb)
contents=$(dpkg-deb -c "$deb")
for f in ./usr/bin/disteval-engine ./usr/share/doc/disteval/README.md \
         ./usr/share/disteval/demo/fashion-mnist-classes.txt; do
    grep -q " $f\$" <<<"$contents" || { echo "FAIL: $f missing from $deb"; exit 1; }
done
if [ -x "$build/gui/disteval" ]; then
    for f in ./usr/bin/disteval ./usr/share/applications/disteval.desktop; do
        grep -q " $f\$" <<<"$contents" || { echo "FAIL: $f missing from $deb"; exit 1; }
    done
fi
depends=$(dpkg-deb -f "$deb" Depends)
for d in openmpi-bin libtorch1.13 libopenmpi3; do
    grep -q "$d" <<<"$depends" || { echo "FAIL: Depends lacks $d: $depends"; exit 1; }
done
dpkg-deb -x "$deb" "$work/root"
"$work/root/usr/bin/disteval-engine" --version | grep -q "disteval-engine" \
    || { echo "FAIL: the packaged engine does not run"; exit 1; }
echo "package ok: $(basename "$deb") ($(du -h "$deb" | cut -f1))"
