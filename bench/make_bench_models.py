#!/usr/bin/python3
"""The models and data of bench/engine_vs_peer.sh (docs/BENCHMARKS.md), written with
Debian's python3-torch and python3-torchvision. Speed does not depend on the weights, so
they are seeded random ones.

Usage: make_bench_models.py OUT_DIR [RESNET_SAMPLES]
  tutorial-cnn.pt   the CNN of PyTorch's MNIST example (two convolutions, two linear
                    layers: the "small Python-trained CNN" style), [N,1,28,28] -> 10
  resnet18.pt       torchvision's ResNet-18, [N,3,224,224] -> 1000
  resnet-data.pt    RESNET_SAMPLES (default 512) random uint8 images 3x224x224 with
                    labels in 0..999, as a tensor file
"""
import os
import sys

import torch
import torchvision


class TutorialCnn(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.conv1 = torch.nn.Conv2d(1, 32, 3, 1)
        self.conv2 = torch.nn.Conv2d(32, 64, 3, 1)
        self.fc1 = torch.nn.Linear(9216, 128)
        self.fc2 = torch.nn.Linear(128, 10)

    def forward(self, x):
        x = torch.relu(self.conv1(x))
        x = torch.nn.functional.max_pool2d(torch.relu(self.conv2(x)), 2)
        return self.fc2(torch.relu(self.fc1(torch.flatten(x, 1))))


def main():
    out = sys.argv[1]
    samples = int(sys.argv[2]) if len(sys.argv) > 2 else 512
    os.makedirs(out, exist_ok=True)
    torch.manual_seed(7)
    torch.jit.script(TutorialCnn().eval()).save(os.path.join(out, "tutorial-cnn.pt"))
    torch.jit.script(torchvision.models.resnet18().eval()).save(os.path.join(out, "resnet18.pt"))
    g = torch.Generator().manual_seed(8)
    x = torch.randint(0, 256, (samples, 3, 224, 224), dtype=torch.uint8, generator=g)
    y = torch.randint(0, 1000, (samples,), generator=g)
    torch.save({"inputs": x, "labels": y, "num_classes": 1000},
               os.path.join(out, "resnet-data.pt"))


if __name__ == "__main__":
    main()
