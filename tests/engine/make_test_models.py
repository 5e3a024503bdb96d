#!/usr/bin/python3
"""Writes small TorchScript classifiers and datasets for the engine tests.

Usage: make_test_models.py OUT_DIR
Models (random but seeded weights, so the tests are reproducible):
  cnn.pt      conv net for [N,1,28,28] -> 10 logits
  linear.pt   linear layer [N,1,28,28] -> 10 logits
  linear3.pt  linear layer -> 3 logits (a class-count mismatch for 10-class data)
Datasets:
  small.pt        torch.save({"inputs": [37,1,28,28] float, "labels": [37]}) with 10 classes
  tiny.pt         3 samples (fewer than the ranks of the tests)
  uint8.pt        inputs stored as uint8 (the engine divides by 255)
"""
import os
import sys

import torch


class Cnn(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = torch.nn.Conv2d(1, 8, 3, padding=1)
        self.fc = torch.nn.Linear(8 * 14 * 14, 10)

    def forward(self, x):
        x = torch.nn.functional.max_pool2d(torch.relu(self.conv(x)), 2)
        return self.fc(x.flatten(1)) * 3.0


class Linear(torch.nn.Module):
    def __init__(self, classes: int):
        super().__init__()
        self.fc = torch.nn.Linear(28 * 28, classes)

    def forward(self, x):
        return self.fc(x.flatten(1)) * 4.0


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    torch.manual_seed(1234)
    torch.jit.script(Cnn()).save(os.path.join(out, "cnn.pt"))
    torch.jit.script(Linear(10)).save(os.path.join(out, "linear.pt"))
    torch.jit.script(Linear(3)).save(os.path.join(out, "linear3.pt"))
    g = torch.Generator().manual_seed(99)
    x = torch.rand(37, 1, 28, 28, generator=g)
    y = torch.randint(0, 10, (37,), generator=g)
    y[:10] = torch.arange(10)  # every class occurs
    torch.save({"inputs": x, "labels": y}, os.path.join(out, "small.pt"))
    torch.save({"inputs": x[:3], "labels": y[:3], "num_classes": 10}, os.path.join(out, "tiny.pt"))
    torch.save({"inputs": (x * 255).to(torch.uint8), "labels": y}, os.path.join(out, "uint8.pt"))


if __name__ == "__main__":
    main()
