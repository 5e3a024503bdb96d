#!/usr/bin/python3
"""A Python peer of disteval-engine for the benchmarks (docs/BENCHMARKS.md): the same
evaluation done correctly with torch.distributed, as a careful researcher would write
it — every rank takes an exact contiguous shard (no DistributedSampler padding),
evaluates the TorchScript model, counts its confusion matrix and sums its loss, and one
all_reduce adds them (gloo over loopback). It prints the accuracy, macro F1 and mean
loss it computed, so the benchmark can check that it agrees with the engine.

Usage: python_peer.py --model M --data IDX_IMAGES.gz [--ranks N] [--batch B] [--optimize]
The data is an IDX image file of the MNIST family (labels beside it) or a tensor file
{"inputs", "labels"}. --optimize freezes the module and runs optimize_for_inference, as
the engine does by default. Threads: the machine's cores shared fairly between ranks.
"""
import argparse
import gzip
import os
import socket
import sys
import time

import numpy as np
import torch
import torch.distributed as dist
import torch.multiprocessing as mp


def load(path):
    if path.endswith(".pt"):
        d = torch.load(path)
        x = d["inputs"]
        return (x.float() / 255.0 if x.dtype == torch.uint8 else x.float()), d["labels"].long()
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rb") as f:
        raw = f.read()
    n, rows, cols = (int.from_bytes(raw[i:i + 4], "big") for i in (4, 8, 12))
    images = np.frombuffer(raw, np.uint8, offset=16).reshape(n, 1, rows, cols)
    labels_path = os.path.join(os.path.dirname(path), os.path.basename(path)
                               .replace("images", "labels").replace("idx3", "idx1"))
    with opener(labels_path, "rb") as f:
        labels = np.frombuffer(f.read(), np.uint8, offset=8).astype(np.int64)
    return torch.from_numpy(images.astype(np.float32) / 255.0), torch.from_numpy(labels)


def shard(n, world, rank):
    base, extra = divmod(n, world)
    first = rank * base + min(rank, extra)
    return first, base + (1 if rank < extra else 0)


def worker(rank, args, port, out):
    torch.set_num_threads(max(1, (os.cpu_count() or 1) // args.ranks))
    dist.init_process_group("gloo", init_method=f"tcp://127.0.0.1:{port}", rank=rank,
                            world_size=args.ranks)
    x, y = load(args.data)
    first, count = shard(len(y), args.ranks, rank)
    model = torch.jit.load(args.model).eval()
    if args.optimize:
        model = torch.jit.optimize_for_inference(torch.jit.freeze(model))
    classes = None
    confusion = None
    loss = torch.zeros(1, dtype=torch.float64)
    with torch.inference_mode():
        for start in range(first, first + count, args.batch):
            stop = min(first + count, start + args.batch)
            logits = model(x[start:stop]).double()
            if confusion is None:
                classes = logits.shape[1]
                confusion = torch.zeros(classes * classes, dtype=torch.int64)
            labels = y[start:stop]
            confusion += torch.bincount(labels * classes + logits.argmax(1),
                                        minlength=classes * classes)
            loss += torch.nn.functional.cross_entropy(logits, labels, reduction="sum")
    if confusion is None:  # an idle rank still takes part
        classes = args.classes
        confusion = torch.zeros(classes * classes, dtype=torch.int64)
    dist.all_reduce(confusion)
    dist.all_reduce(loss)
    if rank == 0:
        cm = confusion.view(classes, classes).double()
        tp = cm.diag()
        precision = tp / cm.sum(0).clamp(min=1)
        recall = tp / cm.sum(1).clamp(min=1)
        f1 = torch.where(precision + recall > 0, 2 * precision * recall / (precision + recall),
                         torch.zeros_like(tp))
        out.put((float(tp.sum() / cm.sum()), float(f1.mean()), float(loss / cm.sum())))
    dist.destroy_process_group()


def main():
    start = time.perf_counter()
    p = argparse.ArgumentParser()
    p.add_argument("--model", required=True)
    p.add_argument("--data", required=True)
    p.add_argument("--ranks", type=int, default=2)
    p.add_argument("--batch", type=int, default=256)
    p.add_argument("--classes", type=int, default=10)
    p.add_argument("--optimize", action="store_true")
    args = p.parse_args()
    with socket.socket() as s:  # a free port on loopback
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    ctx = mp.get_context("spawn")
    out = ctx.SimpleQueue()
    mp.start_processes(worker, args=(args, port, out), nprocs=args.ranks, start_method="spawn")
    accuracy, macro_f1, loss = out.get()
    print(f"accuracy {accuracy:.6f} macro_f1 {macro_f1:.6f} loss {loss:.6f} "
          f"wall {time.perf_counter() - start:.3f} s")


if __name__ == "__main__":
    sys.exit(main())
