#!/usr/bin/python3
"""disteval-engine's data layer: ImageFolder (PNG, JPEG), memory-mapped .npy, streaming.

References are independent: the IDX files (same confusion matrix from the PNG folder
written by disteval-make-imagefolder), Pillow + torchvision's ImageFolder and transforms
(Resize, CenterCrop, ToTensor, Normalize) saved as a tensor file (same confusion matrix
and the same loss to the last bit), and NumPy-written .npy files against the tensor-file
format. Streaming must not change any number (prefetch depth, workers, world size) and
must keep a rank's memory bounded on a dataset much larger than the bound.

Usage: test_engine_data.py ENGINE_BINARY WORK_DIR
"""
import io
import json
import os
import re
import shutil
import subprocess
import sys
import unittest

import numpy as np
import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from enginetest import mpi_env  # noqa: E402

ENGINE = None
TOOL = None
WORK = None
FASHION = "/usr/share/datasets/fashion-mnist/t10k-images-idx3-ubyte.gz"




def run(args, np_=None, timeout=600, prefix=()):
    cmd = list(prefix) + [ENGINE] + args
    if np_ is not None:
        cmd = list(prefix) + ["mpirun", "-np", str(np_), "--oversubscribe", ENGINE] + args
    return subprocess.run(cmd, capture_output=True, text=True, env=mpi_env(), timeout=timeout)


def p(name):
    return os.path.join(WORK, name)


def evaluate(model, data, np_=None, extra=(), name="r.json"):
    out = p(name)
    if os.path.exists(out):
        os.remove(out)
    proc = run(["--model", model, "--data", data, "--output", out, "--threads", "1", "--quiet",
                "--no-progress", "--bootstrap", "20"] + list(extra), np_)
    if proc.returncode != 0:
        raise AssertionError(f"engine failed ({proc.returncode}) on {data} {extra}:\n{proc.stderr}")
    with open(out) as f:
        return json.load(f)


def inspect(data, extra=()):
    proc = run(["--inspect", "--data", data] + list(extra))
    if proc.returncode != 0:
        raise AssertionError(proc.stdout + proc.stderr)
    return json.loads(proc.stdout)


def confusion(result):
    return result["models"][0]["confusion_matrix"]


def loss(result):
    return result["models"][0]["metrics"]["loss"]["value"]


class Linear(torch.nn.Module):
    def __init__(self, features: int, classes: int):
        super().__init__()
        self.fc = torch.nn.Linear(features, classes)

    def forward(self, x):
        return self.fc(x.flatten(1)) * 3.0


def save_npy_pair(folder, inputs, labels):
    """The reference through the .npy reader, whose batches are fresh tensors as the
    ImageFolder's are (so equal inputs give equal losses, bit for bit)."""
    os.makedirs(folder, exist_ok=True)
    np.save(os.path.join(folder, "inputs.npy"), inputs.numpy())
    np.save(os.path.join(folder, "labels.npy"), labels.numpy())
    return folder


def ten_class_folder(root, png, extra_name=None, extra_bytes=None):
    """Classes a0..a9 holding one copy of `png` each, plus one extra file in a9."""
    shutil.rmtree(root, ignore_errors=True)
    for c in range(10):
        os.makedirs(os.path.join(root, f"a{c}"))
        with open(os.path.join(root, f"a{c}", "0.png"), "wb") as f:
            f.write(png)
    if extra_name:
        with open(os.path.join(root, "a9", extra_name), "wb") as f:
            f.write(extra_bytes)
    return root


def make_tool_folder(out, *flags):
    if not os.path.isdir(out):
        subprocess.run([TOOL, "--idx", FASHION, "--out", out] + list(flags), check=True,
                       capture_output=True)
    return out


class ImageFolderTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        subprocess.run([sys.executable, os.path.join(os.path.dirname(__file__),
                                                     "make_test_models.py"), WORK], check=True)
        cls.cnn = p("cnn.pt")
        cls.png = make_tool_folder(p("fashion-png"))
        cls.idx_result = evaluate(cls.cnn, FASHION, name="idx.json")

    def test_png_folder_equals_idx(self):
        info = inspect(self.png)
        self.assertEqual(info["format"], "imagefolder")
        self.assertEqual(info["num_samples"], 10000)
        self.assertEqual(info["num_classes"], 10)
        self.assertEqual(info["sample_shape"], [1, 28, 28])
        self.assertEqual(info["class_names"], [f"{c:02d}" for c in range(10)])
        for np_ in (None, 3):
            r = evaluate(self.cnn, self.png, np_, ["--batch-size", "300"])
            self.assertEqual(confusion(r), confusion(self.idx_result), f"np={np_}")
            self.assertEqual(r["dataset"]["format"], "imagefolder")
        # The demo checkpoint too, when this build has it (a trained model).
        here = os.path.dirname(os.path.abspath(__file__))
        for demo in (os.path.join(os.path.dirname(os.path.dirname(ENGINE)), "demo",
                                  "fashion-cnn-full.pt"),
                     os.path.join(here, "..", "..", "build", "demo", "fashion-cnn-full.pt")):
            if not os.path.exists(demo):
                continue
            a = evaluate(demo, FASHION, name="demo-idx.json")
            b = evaluate(demo, self.png, 2, name="demo-png.json")
            self.assertEqual(confusion(a), confusion(b))
            self.assertGreater(a["models"][0]["metrics"]["accuracy"]["value"], 0.7)
            break

    def test_rgb_png_folder(self):
        rgb = make_tool_folder(p("fashion-png-rgb"), "--rgb", "--limit", "3000")
        self.assertEqual(inspect(rgb)["sample_shape"], [3, 28, 28])
        self.assertEqual(inspect(rgb, ["--channels", "1"])["sample_shape"], [1, 28, 28])
        gray = make_tool_folder(p("fashion-png-3000"), "--limit", "3000")
        # R = G = B: Pillow's convert("L") gives the gray value back exactly.
        a = evaluate(self.cnn, gray, name="gray.json")
        b = evaluate(self.cnn, rgb, 2, ["--channels", "1"], name="rgb.json")
        self.assertEqual(confusion(a), confusion(b))
        self.assertEqual(loss(a), loss(b))

    def test_jpeg_folder_equals_pillow(self):
        from PIL import Image
        from torchvision import datasets, transforms
        jpeg = make_tool_folder(p("fashion-jpeg"), "--format", "jpeg", "--quality", "75",
                                "--limit", "2000")
        ds = datasets.ImageFolder(jpeg, transform=transforms.ToTensor(),
                                  loader=lambda f: Image.open(f).convert("L"))
        x = torch.stack([ds[i][0] for i in range(len(ds))])
        y = torch.tensor(ds.targets)
        ref = save_npy_pair(p("jpeg-ref"), x, y)
        for np_ in (None, 2):
            a = evaluate(self.cnn, ref, np_, ["--batch-size", "128"], name="jpeg-ref.json")
            b = evaluate(self.cnn, jpeg, np_, ["--batch-size", "128"], name="jpeg.json")
            self.assertEqual(confusion(a), confusion(b))
            self.assertEqual(loss(a), loss(b))  # the same floats in, bit for bit

    def test_resize_crop_normalize_equal_torchvision(self):
        """Mixed sizes, modes and formats through Resize + CenterCrop + Normalize."""
        from PIL import Image
        from torchvision import datasets, transforms
        root = p("mixed")
        shutil.rmtree(root, ignore_errors=True)
        rng = np.random.default_rng(7)
        for c in range(3):
            os.makedirs(os.path.join(root, f"class{c}", "sub"))
        for i in range(60):
            w, h = int(rng.integers(9, 90)), int(rng.integers(9, 90))
            base = rng.integers(0, 256, (h, w, 3), dtype=np.uint8)
            img = Image.fromarray(base, "RGB")
            kind = i % 6
            folder = os.path.join(root, f"class{i % 3}", "sub" if i % 5 == 0 else "")
            if kind == 0:
                img.save(os.path.join(folder, f"{i}.jpg"), quality=85)
            elif kind == 1:
                img.convert("L").save(os.path.join(folder, f"{i}.jpeg"), quality=90)
            elif kind == 2:
                img.convert("RGBA").save(os.path.join(folder, f"{i}.png"))
            elif kind == 3:
                img.convert("P").save(os.path.join(folder, f"{i}.png"))
            elif kind == 4:
                img.convert("L").save(os.path.join(folder, f"{i}.PNG"))
            else:
                img.save(os.path.join(folder, f"{i} odd name é.png"))
        torch.manual_seed(5)
        torch.jit.script(Linear(3 * 30 * 26, 3)).save(p("linear-rgb.pt"))
        torch.jit.script(Linear(3 * 40 * 36, 3)).save(p("linear-rgb-pad.pt"))
        rgb = lambda f: Image.open(f).convert("RGB")
        for model, resize, crop in (("linear-rgb.pt", 33, (30, 26)),
                                    ("linear-rgb-pad.pt", 31, (40, 36))):
            tf = transforms.Compose([transforms.Resize(resize), transforms.CenterCrop(crop),
                                     transforms.ToTensor(),
                                     transforms.Normalize([0.485, 0.456, 0.406],
                                                          [0.229, 0.224, 0.225])])
            ds = datasets.ImageFolder(root, transform=tf, loader=rgb)
            x = torch.stack([ds[i][0] for i in range(len(ds))])
            save_npy_pair(p("mixed-ref"), x, torch.tensor(ds.targets))
            flags = ["--batch-size", "16", "--resize", str(resize), "--crop",
                     f"{crop[0]}x{crop[1]}", "--channels", "3", "--normalize", "imagenet"]
            info = inspect(root, flags[2:8])
            self.assertEqual(info["sample_shape"], [3, crop[0], crop[1]])
            self.assertEqual(info["class_names"], ["class0", "class1", "class2"])
            # The float64 loss sums are added across ranks, so compare at equal world sizes.
            for np_ in (None, 2):
                ref = evaluate(p(model), p("mixed-ref"), np_, ["--batch-size", "16"],
                               name="mixed-ref.json")
                got = evaluate(p(model), root, np_, flags, name="mixed.json")
                self.assertEqual(confusion(got), confusion(ref), (model, np_))
                self.assertEqual(loss(got), loss(ref), (model, np_))

    def test_mixed_sizes_without_resize_is_an_error(self):
        from PIL import Image
        Image.new("L", (28, 28)).save(p("28.png"))
        Image.new("L", (30, 28)).save(p("30.png"))
        with open(p("28.png"), "rb") as f, open(p("30.png"), "rb") as g:
            root = ten_class_folder(p("two-sizes"), f.read(), "1.png", g.read())
        proc = run(["--model", self.cnn, "--data", root, "--no-progress"])
        self.assertEqual(proc.returncode, 3, proc.stderr)
        self.assertIn("1.png", proc.stderr)
        self.assertIn("--crop", proc.stderr)

    def test_corrupt_empty_and_odd_files(self):
        root = p("damaged")
        shutil.rmtree(root, ignore_errors=True)
        shutil.copytree(p("fashion-png-3000") if os.path.isdir(p("fashion-png-3000"))
                        else make_tool_folder(p("fashion-png-3000"), "--limit", "3000"), root)
        c0 = os.path.join(root, "00")
        c3 = os.path.join(root, "03")
        good = sorted(os.listdir(c0))[0]
        with open(os.path.join(c0, good), "rb") as f:
            png = f.read()
        # Odd but valid names (spaces, UTF-8, upper-case, hidden, content not matching
        # the extension) are read; non-image extensions are ignored.
        for name in ("with space.png", "ünïcode-名前.png", "UPPER.PNG", ".hidden.png",
                     "png-content.jpg"):
            with open(os.path.join(c3, name), "wb") as f:
                f.write(png)
        with open(os.path.join(c3, "notes.txt"), "w") as f:
            f.write("not an image")
        # Damaged files.
        open(os.path.join(c0, "empty.png"), "wb").close()
        with open(os.path.join(c3, "truncated.png"), "wb") as f:
            f.write(png[: len(png) // 2])
        with open(os.path.join(c3, "garbage.jpg"), "wb") as f:
            f.write(os.urandom(500))
        with open(os.path.join(c3, "bitmap.bmp"), "wb") as f:
            f.write(b"BM" + bytes(100))
        damaged = ["empty.png", "truncated.png", "garbage.jpg", "bitmap.bmp"]
        n = inspect(root)["num_samples"]
        self.assertEqual(n, 3000 + 5 + len(damaged))

        out = p("damaged.json")
        if os.path.exists(out):
            os.remove(out)
        proc = run(["--model", self.cnn, "--data", root, "--output", out, "--no-progress",
                    "--quiet"])
        self.assertEqual(proc.returncode, 3, proc.stderr)
        self.assertIn("empty.png", proc.stderr)
        self.assertIn("empty", proc.stderr)
        self.assertFalse(os.path.exists(out))
        for np_ in (None, 3):
            r = evaluate(self.cnn, root, np_, ["--skip-bad-images", "--batch-size", "100"],
                         name="damaged.json")
            self.assertEqual(r["config"]["skipped_images"], len(damaged))
            self.assertTrue(any("skipped" in w for w in r["warnings"]), r["warnings"])
            self.assertEqual(sum(map(sum, confusion(r))), n - len(damaged))
        # Each damaged file alone is an error that names it.
        with open(os.path.join(root, "01", sorted(os.listdir(os.path.join(root, "01")))[0]),
                  "rb") as f:
            jpeg_source = f.read()
        from PIL import Image
        Image.open(io.BytesIO(jpeg_source)).save(p("whole.jpg"), quality=90)
        with open(p("whole.jpg"), "rb") as f:
            jpeg = f.read()
        cases = [(n, open(os.path.join(c3 if n != "empty.png" else c0, n), "rb").read())
                 for n in damaged] + [("truncated.jpg", jpeg[: len(jpeg) * 2 // 3])]
        for name, content in cases:
            one = ten_class_folder(p("one-bad"), png, name, content)
            proc = run(["--model", self.cnn, "--data", one, "--no-progress", "--quiet"])
            self.assertEqual(proc.returncode, 3, proc.stderr)
            self.assertIn(name, proc.stderr)
            self.assertEqual(len([l for l in proc.stderr.splitlines() if "error:" in l]), 1)

    def test_empty_class_folder_is_an_error(self):
        root = p("empty-class")
        shutil.rmtree(root, ignore_errors=True)
        from PIL import Image
        os.makedirs(os.path.join(root, "a"))
        os.makedirs(os.path.join(root, "b"))
        Image.new("L", (28, 28)).save(os.path.join(root, "a", "0.png"))
        proc = run(["--inspect", "--data", root])
        self.assertEqual(proc.returncode, 3)
        self.assertIn("'b'", proc.stderr)

    def test_image_flags_on_other_formats(self):
        proc = run(["--model", self.cnn, "--data", FASHION, "--resize", "32", "--no-progress"])
        self.assertEqual(proc.returncode, 3, proc.stderr)
        self.assertIn("ImageFolder", proc.stderr)
        proc = run(["--model", self.cnn, "--data", FASHION, "--normalize", "imagenet",
                    "--no-progress"])
        self.assertEqual(proc.returncode, 3, proc.stderr)
        self.assertIn("channel", proc.stderr)
        proc = run(["--model", self.cnn, "--data", self.png, "--skip-bad-images",
                    "--save-predictions", "--output", p("x.json")])
        self.assertEqual(proc.returncode, 2, proc.stderr)


class NpyAndStreamingTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        subprocess.run([sys.executable, os.path.join(os.path.dirname(__file__),
                                                     "make_test_models.py"), WORK], check=True)

    def test_npy_equals_tensor_file(self):
        d = torch.load(p("small.pt"))
        os.makedirs(p("npy"), exist_ok=True)
        np.save(p("npy/val-inputs.npy"), d["inputs"].numpy())
        np.save(p("npy/val-labels.npy"), d["labels"].numpy().astype(np.int32))
        os.makedirs(p("npy-folder"), exist_ok=True)
        np.save(p("npy-folder/inputs.npy"), (d["inputs"] * 255).to(torch.uint8).numpy())
        np.save(p("npy-folder/labels.npy"), d["labels"].numpy().astype(np.uint8))
        info = inspect(p("npy/val-inputs.npy"))
        self.assertEqual((info["format"], info["num_samples"], info["sample_shape"]),
                         ("npy", 37, [1, 28, 28]))
        self.assertEqual(inspect(p("npy-folder"))["format"], "npy")
        for np_ in (None, 2, 4):
            # Loss sums are float64 added across ranks: compare at equal world sizes.
            ref = evaluate(p("cnn.pt"), p("small.pt"), np_, ["--batch-size", "5"], name="t.json")
            ref8 = evaluate(p("cnn.pt"), p("uint8.pt"), np_, ["--batch-size", "5"],
                            name="t8.json")
            r = evaluate(p("cnn.pt"), p("npy/val-inputs.npy"), np_, ["--batch-size", "5"])
            self.assertEqual(confusion(r), confusion(ref))
            self.assertEqual(loss(r), loss(ref))  # both hand the model fresh batches
            r8 = evaluate(p("cnn.pt"), p("npy-folder"), np_, ["--batch-size", "5"])
            self.assertEqual(confusion(r8), confusion(ref8))
            self.assertEqual(loss(r8), loss(ref8))

    def test_npy_errors(self):
        os.makedirs(p("npy-bad"), exist_ok=True)
        x = np.zeros((4, 1, 28, 28), np.float32)
        cases = {
            "nolabels": (x, None, "labels"),
            "count": (x, np.zeros(3, np.int64), "3 labels"),
            "fortran": (np.asfortranarray(np.zeros((4, 784), np.float32)), np.zeros(4, np.int64),
                        "Fortran"),
            "bigendian": (x.astype(">f4"), np.zeros(4, np.int64), "little-endian"),
            "uint16": (x.astype(np.uint16), np.zeros(4, np.int64), "signed integers"),
            "negative": (x, np.array([0, 1, -1, 2]), "negative"),
        }
        for name, (inputs, labels, fragment) in cases.items():
            np.save(p(f"npy-bad/{name}-inputs.npy"), inputs)
            if labels is not None:
                np.save(p(f"npy-bad/{name}-labels.npy"), labels)
            proc = run(["--inspect", "--data", p(f"npy-bad/{name}-inputs.npy")])
            self.assertEqual(proc.returncode, 3, (name, proc.stdout))
            self.assertIn(fragment, proc.stderr, name)
        with open(p(f"npy-bad/trunc-inputs.npy"), "wb") as f:
            with open(p("npy-bad/count-inputs.npy"), "rb") as src:
                f.write(src.read()[:1000])
        np.save(p("npy-bad/trunc-labels.npy"), np.zeros(4, np.int64))
        proc = run(["--inspect", "--data", p("npy-bad/trunc-inputs.npy")])
        self.assertEqual(proc.returncode, 3)
        self.assertIn("truncated", proc.stderr)

    def test_prefetch_does_not_change_results(self):
        base = {np_: evaluate(p("cnn.pt"), FASHION, np_, ["--prefetch", "0", "--batch-size",
                                                          "512"], name="p0.json")
                for np_ in (None, 2)}
        # Confusion matrices are equal across world sizes too; the float64 loss sums are
        # added across ranks, so losses are compared at equal world sizes.
        self.assertEqual(confusion(base[None]), confusion(base[2]))
        for np_, extra in ((None, ["--prefetch", "1"]),
                           (None, ["--prefetch", "4", "--prefetch-workers", "3"]),
                           (2, ["--prefetch", "3", "--prefetch-workers", "2"])):
            r = evaluate(p("cnn.pt"), FASHION, np_, extra + ["--batch-size", "512"],
                         name="p.json")
            base_ = base[np_]
            self.assertEqual(confusion(r), confusion(base_), extra)
            self.assertEqual(loss(r), loss(base_), extra)

    def test_memmap_larger_than_the_bound(self):
        """Peak RSS on a 300 MiB .npy stays near that on a tiny one (batches are 0.8 MiB)."""
        big = p("big")
        os.makedirs(big, exist_ok=True)
        n = 100_000
        x = np.lib.format.open_memmap(os.path.join(big, "inputs.npy"), "w+", np.float32,
                                      (n, 1, 28, 28))
        rng = np.random.default_rng(3)
        for s in range(0, n, 10_000):
            x[s:s + 10_000] = rng.random((10_000, 1, 28, 28), dtype=np.float32)
        x.flush()
        del x
        np.save(os.path.join(big, "labels.npy"), rng.integers(0, 10, n).astype(np.int64))
        small = p("small-npy")
        os.makedirs(small, exist_ok=True)
        np.save(os.path.join(small, "inputs.npy"), np.zeros((512, 1, 28, 28), np.float32))
        np.save(os.path.join(small, "labels.npy"), np.arange(512) % 10)

        def peak_kib(data):
            proc = run(["--model", p("linear.pt"), "--data", data, "--threads", "1",
                        "--batch-size", "256", "--quiet", "--no-progress", "--bootstrap", "10"],
                       prefix=["/usr/bin/time", "-v"])
            self.assertEqual(proc.returncode, 0, proc.stderr)
            return int(re.search(r"Maximum resident set size \(kbytes\): (\d+)",
                                 proc.stderr).group(1))

        small_kib = peak_kib(small)
        big_kib = peak_kib(big)
        file_mib = os.path.getsize(os.path.join(big, "inputs.npy")) / 2**20
        print(f"\npeak RSS: {small_kib / 1024:.0f} MiB on 512 samples, {big_kib / 1024:.0f} MiB "
              f"on {n} samples ({file_mib:.0f} MiB of inputs)", file=sys.stderr)
        self.assertLess(big_kib - small_kib, 40 * 1024)
        shutil.rmtree(big)


if __name__ == "__main__":
    ENGINE = os.path.abspath(sys.argv[1])
    TOOL = os.path.join(os.path.dirname(ENGINE), "disteval-make-imagefolder")
    WORK = os.path.abspath(sys.argv[2])
    os.makedirs(WORK, exist_ok=True)
    unittest.main(argv=[sys.argv[0], "-v"] + sys.argv[3:])
