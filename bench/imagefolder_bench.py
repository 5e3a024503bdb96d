#!/usr/bin/python3
"""Throughput of disteval-engine on an ImageFolder of JPEGs (decode + preprocess + model).

Compares, on a synthetic ImageFolder of 224x224 JPEGs with ResNet-18 (torchvision's
architecture, random weights, TorchScript) and the usual evaluation transform
(Resize(256), CenterCrop(224), ToTensor, Normalize(ImageNet)):

  bare     disteval-bench-forward: forward passes over tensors decoded beforehand
           (one process with all cores, and np processes with a core share each,
           run at the same time)
  engine   mpirun -np K disteval-engine (decoding on the prefetch thread)
  npy      the same engine run on the pre-decoded, preprocessed tensors as a .npy pair: the
           engine's own overheads without any decoding, so engine / npy is the part of
           the decoding that is not hidden
  python   K processes of torchvision ImageFolder + DataLoader (num_workers=1, the
           analogue of the engine's one prefetch thread) + the same TorchScript model

for K = 1 and 2, each config repeated (interleaved, so machine drift hits all alike);
prints medians in samples/s and the ratios the target is stated in. Then the peak RSS
(/usr/bin/time -v) of the engine streaming a folder whose decoded size is far larger
than batch x prefetch depth, with a cheap model.

Usage: bench/imagefolder_bench.py BUILD_DIR [--images 256] [--repeats 3] [--batch 32]
Needs Debian's python3-torchvision and python3-pil.
"""
import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time

MEAN = "0.485,0.456,0.406"
STD = "0.229,0.224,0.225"


def env():
    e = dict(os.environ)
    if os.geteuid() == 0:
        e["OMPI_ALLOW_RUN_AS_ROOT"] = "1"
        e["OMPI_ALLOW_RUN_AS_ROOT_CONFIRM"] = "1"
    return e


def sh(cmd, **kw):
    return subprocess.run(cmd, capture_output=True, text=True, env=env(), check=True, **kw)


def make_models(work):
    import torch
    import torchvision
    torch.manual_seed(0)
    resnet = os.path.join(work, "resnet18.pt")
    if not os.path.exists(resnet):
        # 10 outputs for the folder's 10 classes (an ImageFolder declares its classes);
        # the 512x10 head changes nothing measurable in ResNet-18's 1.8 GFLOPs.
        torch.jit.script(torchvision.models.resnet18(num_classes=10).eval()).save(resnet)
    cheap = os.path.join(work, "cheap.pt")
    if not os.path.exists(cheap):
        class Cheap(torch.nn.Module):
            def __init__(self):
                super().__init__()
                self.fc = torch.nn.Linear(3, 10)

            def forward(self, x):
                return self.fc(x.mean((2, 3)))
        torch.jit.script(Cheap()).save(cheap)
    return resnet, cheap


def peer(args):
    """One rank of the Python peer; prints its loop seconds as JSON."""
    import torch
    from torch.utils.data import DataLoader, Subset
    from torchvision import datasets, transforms
    torch.set_num_threads(args.threads)
    tf = transforms.Compose([transforms.Resize(256), transforms.CenterCrop(224),
                             transforms.ToTensor(),
                             transforms.Normalize([0.485, 0.456, 0.406], [0.229, 0.224, 0.225])])
    ds = datasets.ImageFolder(args.data, tf)
    # The engine's sharding: contiguous runs of whole batches.
    batches = (len(ds) + args.batch - 1) // args.batch
    per, extra = divmod(batches, args.world)
    first = args.rank * per + min(args.rank, extra)
    count = per + (1 if args.rank < extra else 0)
    idx = list(range(first * args.batch, min(len(ds), (first + count) * args.batch)))
    model = torch.jit.load(args.model).eval()
    correct = 0
    t0 = time.perf_counter()
    loader = DataLoader(Subset(ds, idx), batch_size=args.batch, shuffle=False,
                        num_workers=args.workers)
    with torch.inference_mode():
        for x, y in loader:
            correct += int((model(x).argmax(1) == y).sum())
    print(json.dumps({"seconds": time.perf_counter() - t0, "samples": len(idx)}))


def run_python(script, model, data, world, cores, batch, workers=1):
    procs = [subprocess.Popen([sys.executable, script, "--peer", "--model", model, "--data", data,
                               "--rank", str(r), "--world", str(world), "--batch", str(batch),
                               "--threads", str(max(1, cores // world)), "--workers",
                               str(workers)], stdout=subprocess.PIPE, text=True)
             for r in range(world)]
    seconds = []
    for proc in procs:
        out, _ = proc.communicate()
        if proc.returncode != 0:
            raise RuntimeError("python peer failed")
        seconds.append(json.loads(out)["seconds"])
    return max(seconds)


def run_engine(engine, model, data, world, batch, work, images=True):
    out = os.path.join(work, "engine.json")
    cmd = ["mpirun", "-np", str(world), "--oversubscribe", engine, "--model", model, "--data",
           data, "--batch-size", str(batch), "--bootstrap", "10", "--quiet", "--no-progress",
           "--output", out]
    if images:
        cmd += ["--resize", "256", "--crop", "224", "--normalize", "imagenet"]
    sh(cmd)
    with open(out) as f:
        r = json.load(f)
    return max(rank["seconds"] for rank in r["ranks"])


def run_bare(forward, model, data, threads, batch):
    out = sh([forward, "--model", model, "--data", data, "--batch-size", str(batch), "--threads",
              str(threads), "--repeats", "1"]).stdout
    return float(re.search(r"median ([0-9.]+) s", out).group(1))


def run_bare_parallel(forward, model, shards, batch):
    procs = [subprocess.Popen([forward, "--model", model, "--data", s, "--batch-size", str(batch),
                               "--threads", "1", "--repeats", "1"], stdout=subprocess.PIPE,
                              text=True) for s in shards]
    seconds = []
    for proc in procs:
        out, _ = proc.communicate()
        seconds.append(float(re.search(r"median ([0-9.]+) s", out).group(1)))
    return max(seconds)


def preprocessed_tensor_file(data, path, first=0, count=None, npy=None):
    """The folder through the torchvision transform, saved for disteval-bench-forward (and
    as a .npy pair in the folder `npy`)."""
    import torch
    from torchvision import datasets, transforms
    tf = transforms.Compose([transforms.Resize(256), transforms.CenterCrop(224),
                             transforms.ToTensor(),
                             transforms.Normalize([0.485, 0.456, 0.406], [0.229, 0.224, 0.225])])
    ds = datasets.ImageFolder(data, tf)
    count = len(ds) - first if count is None else count
    x = torch.stack([ds[i][0] for i in range(first, first + count)])
    y = torch.tensor(ds.targets[first:first + count])
    torch.save({"inputs": x, "labels": y}, path)
    if npy:
        import numpy as np
        os.makedirs(npy, exist_ok=True)
        np.save(os.path.join(npy, "inputs.npy"), x.numpy())
        np.save(os.path.join(npy, "labels.npy"), y.numpy())


def peak_rss_mib(cmd):
    proc = subprocess.run(["/usr/bin/time", "-v"] + cmd, capture_output=True, text=True,
                          env=env())
    if proc.returncode != 0:
        raise RuntimeError(proc.stderr)
    return int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", proc.stderr).group(1)) / 1024


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("build", nargs="?")
    ap.add_argument("--images", type=int, default=256)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--memory-images", type=int, default=2000)
    ap.add_argument("--work", default=None)
    ap.add_argument("--peer", action="store_true")
    ap.add_argument("--model")
    ap.add_argument("--data")
    ap.add_argument("--rank", type=int, default=0)
    ap.add_argument("--world", type=int, default=1)
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--workers", type=int, default=1)
    args = ap.parse_args()
    if args.peer:
        return peer(args)

    build = os.path.abspath(args.build)
    engine = os.path.join(build, "engine", "disteval-engine")
    tool = os.path.join(build, "engine", "disteval-make-imagefolder")
    forward = os.path.join(build, "bench", "disteval-bench-forward")
    work = args.work or tempfile.mkdtemp(prefix="disteval-imagefolder-bench-")
    os.makedirs(work, exist_ok=True)
    cores = os.cpu_count()
    resnet, cheap = make_models(work)
    data = os.path.join(work, f"jpeg-{args.images}")
    if not os.path.isdir(data):
        sh([tool, "--synthetic", str(args.images), "--size", "224x224", "--format", "jpeg",
            "--quality", "90", "--out", data])
    # Pre-decoded inputs for the bare forward: the whole set, and each rank's shard at np=2.
    pre = os.path.join(work, "predecoded.pt")
    npy = os.path.join(work, "predecoded-npy")
    preprocessed_tensor_file(data, pre, npy=npy)
    batches = (args.images + args.batch - 1) // args.batch
    half = (batches + 1) // 2 * args.batch
    shards = [os.path.join(work, "shard0.pt"), os.path.join(work, "shard1.pt")]
    preprocessed_tensor_file(data, shards[0], 0, half)
    preprocessed_tensor_file(data, shards[1], half, args.images - half)

    script = os.path.abspath(__file__)
    configs = ("bare1", "npy1", "engine1", "python1", "bare2", "npy2", "engine2", "python2")
    times = {k: [] for k in configs}
    sh([engine, "--model", resnet, "--data", data, "--resize", "256", "--crop", "224",
        "--quiet", "--no-progress", "--bootstrap", "10"])  # warm the page cache
    for rep in range(args.repeats):
        times["bare1"].append(run_bare(forward, resnet, pre, cores, args.batch))
        times["npy1"].append(run_engine(engine, resnet, npy, 1, args.batch, work, False))
        times["engine1"].append(run_engine(engine, resnet, data, 1, args.batch, work))
        times["python1"].append(run_python(script, resnet, data, 1, cores, args.batch))
        times["bare2"].append(run_bare_parallel(forward, resnet, shards, args.batch))
        times["npy2"].append(run_engine(engine, resnet, npy, 2, args.batch, work, False))
        times["engine2"].append(run_engine(engine, resnet, data, 2, args.batch, work))
        times["python2"].append(run_python(script, resnet, data, 2, cores, args.batch))
        print(f"repeat {rep + 1}: " + ", ".join(f"{k} {v[-1]:.2f} s" for k, v in times.items()),
              file=sys.stderr)
    rate = {k: args.images / statistics.median(v) for k, v in times.items()}
    print(f"ImageFolder throughput, {args.images} JPEGs 224x224, ResNet-18, batch {args.batch}, "
          f"{cores} cores, median of {args.repeats} (samples/s):")
    for k in configs:
        print(f"  {k:8s} {rate[k]:7.2f}   (runs: {', '.join(f'{t:.2f}' for t in times[k])} s)")
    for np_ in (1, 2):
        e = rate[f"engine{np_}"]
        print(f"  np={np_}: engine / bare forward = {e / rate[f'bare{np_}']:.3f}, "
              f"engine / engine on pre-decoded npy = {e / rate[f'npy{np_}']:.3f}, "
              f"engine / python = {e / rate[f'python{np_}']:.3f}")

    # Peak memory: streaming a folder whose decoded float32 size dwarfs the batches.
    big = os.path.join(work, f"jpeg-{args.memory_images}")
    if not os.path.isdir(big):
        sh([tool, "--synthetic", str(args.memory_images), "--size", "224x224", "--format",
            "jpeg", "--quality", "90", "--out", big, "--seed", "2"])
    decoded_mib = args.memory_images * 3 * 224 * 224 * 4 / 2**20
    batch_mib = args.batch * 3 * 224 * 224 * 4 / 2**20
    small = os.path.join(work, "jpeg-64")
    if not os.path.isdir(small):
        sh([tool, "--synthetic", "64", "--size", "224x224", "--format", "jpeg", "--out", small])
    base = [engine, "--model", cheap, "--resize", "256", "--crop", "224", "--batch-size",
            str(args.batch), "--quiet", "--no-progress", "--bootstrap", "10"]
    rss_small = peak_rss_mib(base + ["--data", small])
    rss_big = peak_rss_mib(base + ["--data", big])
    print(f"Peak RSS (np=1, batch {args.batch} = {batch_mib:.1f} MiB, prefetch depth 2): "
          f"{rss_small:.0f} MiB on 64 images, {rss_big:.0f} MiB on {args.memory_images} images "
          f"({decoded_mib:.0f} MiB decoded)")


if __name__ == "__main__":
    main()
