#!/usr/bin/env bash
# Installs the Debian packages disteval needs to build, test and run its demo.
# Idempotent: packages already present are left alone; apt-get runs only when
# something is missing. Usage: scripts/install-deps.sh [--no-gui] [--dev]
set -euo pipefail

want_gui=1
want_dev=0
for arg in "$@"; do
    case "$arg" in
    --no-gui) want_gui=0 ;;
    --dev) want_dev=1 ;;
    *) echo "install-deps.sh: unknown option '$arg'" >&2; exit 2 ;;
    esac
done

pkgs=(build-essential cmake ninja-build ccache pkg-config
      libtorch-dev libopenmpi-dev openmpi-bin
      nlohmann-json3-dev zlib1g-dev libturbojpeg0-dev libpng-dev
      dataset-fashion-mnist)
if [ "$want_gui" = 1 ]; then
    pkgs+=(qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
           qt6-svg-dev libqcustomplot-dev libgl-dev xvfb xauth poppler-utils fonts-dejavu-core)
fi
if [ "$want_dev" = 1 ]; then
    # Independent reference implementations used by the test suite.
    pkgs+=(python3 python3-numpy python3-sklearn python3-torch python3-torchvision python3-pil
           clang libclang-rt-14-dev
           clang-format dpkg-dev file
           # The cluster tests (tests/cluster/): simulated nodes in network namespaces
           # and a real Slurm with munge.
           iproute2 slurm-wlm munge)
fi

missing=()
for p in "${pkgs[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: all ${#pkgs[@]} packages present"
    exit 0
fi

echo "install-deps: installing ${missing[*]}"
SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
