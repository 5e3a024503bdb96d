#!/usr/bin/env bash
# One prepared check of the engine on a CUDA machine (not part of CI, which has no GPU):
# builds the engine against the PyTorch installation's own LibTorch, then evaluates a
# small model on CPU and on CUDA with one GPU per local rank and checks that both give
# the same confusion matrix. Needs python3 with torch (CUDA build), cmake, ninja, an MPI.
# Usage: scripts/gpu-check.sh [RANKS]   (default: the number of visible GPUs)
set -euo pipefail
cd "$(dirname "$0")/.."
prefix=$(python3 -c 'import torch;print(torch.utils.cmake_prefix_path)')
build=${DISTEVAL_BUILD_DIR:-build-cuda}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_PREFIX_PATH="$prefix" \
    -DDISTEVAL_BUILD_GUI=OFF -DDISTEVAL_BUILD_TESTS=OFF -DDISTEVAL_BUILD_BENCH=OFF
cmake --build "$build" --target disteval-engine --parallel "$(nproc)"
. scripts/mpi-env.sh
engine="$build/engine/disteval-engine"
"$engine" --probe
ranks=${1:-$(python3 -c 'import torch;print(max(1, torch.cuda.device_count()))')}
work=$(mktemp -d)
python3 - "$work" <<'PY'
import sys, torch
torch.manual_seed(0)
class M(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = torch.nn.Conv2d(1, 8, 3, padding=1)
        self.fc = torch.nn.Linear(8 * 28 * 28, 10)
    def forward(self, x):
        return self.fc(torch.relu(self.conv(x)).flatten(1))
torch.jit.script(M()).save(f"{sys.argv[1]}/m.pt")
x = torch.rand(5003, 1, 28, 28)
torch.save({"inputs": x, "labels": torch.randint(0, 10, (5003,))}, f"{sys.argv[1]}/d.pt")
PY
mpirun -np "$ranks" --oversubscribe "$engine" --device cuda --model "$work/m.pt" --data "$work/d.pt" \
    --output "$work/cuda.json" --quiet
"$engine" --device cpu --model "$work/m.pt" --data "$work/d.pt" --output "$work/cpu.json" --quiet
# Half precision and the unoptimised module on the GPU, and one GPU per local rank at np=1..2.
"$engine" --device cuda --precision bf16 --model "$work/m.pt" --data "$work/d.pt" \
    --output "$work/bf16.json" --quiet
"$engine" --device cuda --no-optimize --model "$work/m.pt" --data "$work/d.pt" \
    --output "$work/plain.json" --quiet
python3 - "$work" <<'PY'
import json, sys
c = json.load(open(f"{sys.argv[1]}/cuda.json"))
p = json.load(open(f"{sys.argv[1]}/cpu.json"))
print("devices per rank:", [r["device"] for r in c["ranks"]])
same = c["models"][0]["confusion_matrix"] == p["models"][0]["confusion_matrix"]
diff = sum(abs(a - b) for ra, rb in zip(c["models"][0]["confusion_matrix"], p["models"][0]["confusion_matrix"]) for a, b in zip(ra, rb))
print("confusion matrices identical:", same, "(cells differing by", diff, "- float32 GPU/CPU kernels may flip near-ties)")
assert all(r["device"].startswith("cuda") for r in c["ranks"] if r["count"] > 0)
b = json.load(open(f"{sys.argv[1]}/bf16.json"))
print("bf16 accuracy", b["models"][0]["metrics"]["accuracy"]["value"], "vs fp32",
      c["models"][0]["metrics"]["accuracy"]["value"])
print("optimisation on the GPU:", c["models"][0].get("optimization"))
q = json.load(open(f"{sys.argv[1]}/plain.json"))
print("--no-optimize confusion equal to optimised:",
      q["models"][0]["confusion_matrix"] == c["models"][0]["confusion_matrix"])
PY
rm -rf "$work"
