#!/usr/bin/python3
"""disteval-engine against hostile input and faults, one test per class of defect
(docs/ROBUSTNESS.md): data loss, silently wrong numbers, hangs and memory bombs,
memory safety, messages. Every case must end with one clear message, the documented
exit status, no hang, and nothing of the user's lost.

Usage: test_engine_hostile.py ENGINE_BINARY WORK_DIR
"""
import fcntl
import gzip
import json
import os
import shutil
import stat
import struct
import subprocess
import sys
import time
import unittest

import numpy as np
import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from enginetest import main, mpi_env  # noqa: E402

ENGINE = None
WORK = None
FASHION = "/usr/share/datasets/fashion-mnist/t10k-images-idx3-ubyte.gz"
EXIT_USAGE, EXIT_DATA, EXIT_MODEL, EXIT_OUTPUT = 2, 3, 4, 5




def run(args, np_=None, timeout=120, **kw):
    cmd = [ENGINE] + args
    if np_:
        cmd = ["mpirun", "-np", str(np_), "--oversubscribe", ENGINE] + args
    return subprocess.run(cmd, capture_output=True, text=True, env=mpi_env(), timeout=timeout, **kw)


def p(*names):
    return os.path.join(WORK, *names)


def errors_of(proc):
    return [l for l in proc.stderr.splitlines() if "error:" in l]


class Linear(torch.nn.Module):
    def __init__(self, classes: int):
        super().__init__()
        self.fc = torch.nn.Linear(28 * 28, classes)

    def forward(self, x):
        return self.fc(x.flatten(1))


class NormalisesInPlace(torch.nn.Module):
    """A model that changes its input: (x - 0.5) / 0.25 in place, then a linear layer."""

    def __init__(self):
        super().__init__()
        self.fc = torch.nn.Linear(28 * 28, 10)

    def forward(self, x):
        x.sub_(0.5).div_(0.25)
        return self.fc(x.flatten(1))


class MetaLogits(torch.nn.Module):
    def forward(self, x):
        return torch.empty(x.shape[0], 10, device="meta")


class SparseLogits(torch.nn.Module):
    def forward(self, x):
        return torch.zeros(x.shape[0], 10).to_sparse()


class Raises(torch.nn.Module):
    def forward(self, x):
        if x.shape[0] > 0:
            raise RuntimeError("this checkpoint needs inputs of 3 channels")
        return x


class Wide(torch.nn.Module):
    def __init__(self, classes: int):
        super().__init__()
        self.classes = classes

    def forward(self, x):
        return x.flatten(1)[:, :1].expand(x.shape[0], self.classes) * 0.0 + torch.arange(
            self.classes, dtype=torch.float32).div(self.classes)


class HostileTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        torch.manual_seed(5)
        for name, module in (("linear", Linear(10)), ("inplace", NormalisesInPlace()),
                             ("meta", MetaLogits()), ("sparse", SparseLogits()),
                             ("raises", Raises()), ("wide2048", Wide(2048)),
                             ("wide2049", Wide(2049)), ("wide200k", Wide(200000))):
            torch.jit.script(module).save(p(name + ".pt"))
        g = torch.Generator().manual_seed(3)
        cls.x = torch.rand(64, 1, 28, 28, generator=g)
        cls.y = torch.randint(0, 10, (64,), generator=g)
        cls.y[:10] = torch.arange(10)
        torch.save({"inputs": cls.x, "labels": cls.y}, p("data.pt"))
        with open(p("classes.txt"), "w") as f:
            f.write("\n".join(f"c{i}" for i in range(10)) + "\n")

    def evaluate(self, extra, out="r.json", np_=None, check=True):
        proc = run(["--model", p("linear.pt"), "--data", p("data.pt"), "--output", p(out),
                    "--quiet", "--no-progress", "--bootstrap", "20"] + extra, np_)
        if check:
            self.assertEqual(proc.returncode, 0, proc.stderr)
        return proc

    # --- data loss: the engine never writes over its inputs, nor over non-files --------

    def test_output_never_replaces_an_input(self):
        """--output equal to the checkpoint, the data or the class names, however spelt
        (the path itself, ./ and .., a symbolic link, a hard link): status 5, one message,
        the input unchanged."""
        os.makedirs(p("sub"), exist_ok=True)
        os.symlink(p("linear.pt"), p("link-to-model.pt"))
        os.link(p("data.pt"), p("hardlink-to-data.pt"))
        cases = {
            "model": p("linear.pt"),
            "model via ./..": os.path.join(WORK, "sub", "..", ".", "linear.pt"),
            "model via symlink": p("link-to-model.pt"),
            "data via hard link": p("hardlink-to-data.pt"),
            "class names": p("classes.txt"),
        }
        for what, out in cases.items():
            with self.subTest(what):
                before = {f: open(f, "rb").read() for f in (p("linear.pt"), p("data.pt"),
                                                             p("classes.txt"))}
                proc = run(["--model", p("linear.pt"), "--data", p("data.pt"), "--class-names",
                            p("classes.txt"), "--output", out, "--quiet", "--no-progress"])
                self.assertEqual(proc.returncode, EXIT_OUTPUT, proc.stderr)
                self.assertEqual(len(errors_of(proc)), 1, proc.stderr)
                self.assertIn("never writes over its inputs", proc.stderr)
                for f, content in before.items():
                    self.assertEqual(open(f, "rb").read(), content, f)
                self.assertTrue(os.path.islink(p("link-to-model.pt")))

    def test_output_never_replaces_what_is_not_a_file(self):
        """A device node, a FIFO, a folder, /proc/self/fd/1: refused, left as they were."""
        fifo = p("out.fifo")
        os.mkfifo(fifo)
        targets = {"fifo": fifo, "folder": p("sub-out"), "stdout": "/proc/self/fd/1"}
        os.makedirs(p("sub-out"), exist_ok=True)
        if os.geteuid() == 0:
            os.mknod(p("null-device"), 0o666 | stat.S_IFCHR, os.makedev(1, 3))
            targets["device"] = p("null-device")
        for what, out in targets.items():
            with self.subTest(what):
                proc = self.evaluate(["--output", out], check=False)
                self.assertEqual(proc.returncode, EXIT_OUTPUT, proc.stderr)
                self.assertRegex(proc.stderr, r"not a regular file|it is a folder")
        self.assertTrue(stat.S_ISFIFO(os.stat(fifo).st_mode))
        if "device" in targets:
            self.assertTrue(stat.S_ISCHR(os.stat(targets["device"]).st_mode))

    def test_output_through_a_symbolic_link_keeps_the_link(self):
        self.evaluate([], out="target.json")
        os.symlink(p("target.json"), p("latest.json"))
        self.evaluate(["--seed", "7"], out="latest.json")
        self.assertTrue(os.path.islink(p("latest.json")))
        with open(p("target.json")) as f:
            self.assertEqual(json.load(f)["statistics"]["seed"], 7)

    def test_compare_never_writes_over_its_inputs(self):
        self.evaluate(["--save-predictions"], out="a.json")
        self.evaluate(["--save-predictions", "--seed", "3"], out="b.json")
        before = open(p("a.json"), "rb").read()
        with open(p("a.json")) as f:
            sidecar = p(json.load(f)["predictions"]["path"])
        for out in (p("a.json"), os.path.join(WORK, ".", "a.json"), sidecar):
            proc = run(["--compare", p("a.json"), p("b.json"), "--output", out, "--quiet"])
            self.assertEqual(proc.returncode, EXIT_OUTPUT, proc.stderr)
            self.assertIn("never writes over its inputs", proc.stderr)
        self.assertEqual(open(p("a.json"), "rb").read(), before)

    def test_sidecar_belongs_to_its_result(self):
        """The pair on disk is consistent; a sidecar of another run, or of other models, is
        refused by --compare instead of giving a confident, wrong comparison."""
        self.evaluate(["--save-predictions"], out="one.json")
        self.evaluate(["--save-predictions", "--model", p("inplace.pt")], out="other.json")
        one = json.load(open(p("one.json")))
        other = json.load(open(p("other.json")))
        # An old result next to another run's sidecar (what a kill between the two
        # renames used to leave).
        shutil.copy(p(other["predictions"]["path"]), p(one["predictions"]["path"]))
        proc = run(["--compare", p("one.json"), p("other.json"), "--output", p("cmp.json")])
        self.assertEqual(proc.returncode, EXIT_DATA, proc.stderr)
        self.assertIn("written by another run", proc.stderr)
        self.assertFalse(os.path.exists(p("cmp.json")))
        # A sidecar whose model hash was changed: refused naming the model.
        self.evaluate(["--save-predictions"], out="one.json")
        one = json.load(open(p("one.json")))
        path = p(one["predictions"]["path"])
        raw = open(path, "rb").read()
        header, body = raw.split(b"\n", 1)
        h = json.loads(header)
        h["models"][0]["sha256"] = "0" * 64
        open(path, "wb").write(json.dumps(h, separators=(",", ":")).encode() + b"\n" + body)
        proc = run(["--compare", p("one.json"), p("other.json")])
        self.assertEqual(proc.returncode, EXIT_DATA, proc.stderr)
        self.assertIn("model 0 differs", proc.stderr)

    def test_rerun_replaces_the_pair_and_leaves_nothing(self):
        self.evaluate(["--save-predictions"], out="pair.json")
        first = json.load(open(p("pair.json")))["predictions"]["path"]
        self.evaluate(["--save-predictions", "--seed", "9"], out="pair.json")
        second = json.load(open(p("pair.json")))["predictions"]["path"]
        self.assertNotEqual(first, second)
        records = json.load(open(p("pair.json")))["samples"]["path"]
        left = sorted(n for n in os.listdir(WORK) if n.startswith("pair."))
        self.assertEqual(left, sorted(["pair.json", second, records]))
        # Without --save-predictions the old sidecar and records go too.
        self.evaluate([], out="pair.json")
        self.assertEqual(sorted(n for n in os.listdir(WORK) if n.startswith("pair.")),
                         ["pair.json"])

    def test_stale_temporaries_are_removed(self):
        """A SIGKILL while writing leaves `r.json.tmp-XXXXXX` (and possibly a sidecar no
        result names); the next run removes them, unless a process holds them locked."""
        self.evaluate(["--save-predictions"], out="st.json")
        stale = p("st.json.tmp-AbC123")
        held = p("st.json.tmp-HeLd00")
        orphan = p("st.predictions-0123456789abcdef.bin")
        foreign = p("st.predictions-notdisteval.bin")
        for f in (stale, held):
            open(f, "wb").write(b"x" * 1000)
        shutil.copy(p(json.load(open(p("st.json")))["predictions"]["path"]), orphan)
        open(foreign, "wb").write(b"someone else's file\n")
        old = time.time() - 60
        for f in (stale, held, orphan, foreign):
            os.utime(f, (old, old))
        lock = open(held, "rb")
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            self.evaluate(["--save-predictions"], out="st.json")
        finally:
            lock.close()
        self.assertFalse(os.path.exists(stale))
        self.assertFalse(os.path.exists(orphan))
        self.assertTrue(os.path.exists(held))
        self.assertTrue(os.path.exists(foreign))

    def test_killed_while_writing_keeps_a_consistent_pair(self):
        """SIGKILL at any moment of a run with --save-predictions: the folder holds the old
        result with its sidecar or the new one with its own, and --compare of the result
        with itself works in either case."""
        self.evaluate(["--save-predictions"], out="kill.json")
        for delay in (0.3, 0.6, 0.9, 1.2, 1.5):
            proc = subprocess.Popen([ENGINE, "--model", p("linear.pt"), "--data", FASHION,
                                     "--output", p("kill.json"), "--save-predictions", "--quiet",
                                     "--no-progress", "--bootstrap", "20"], env=mpi_env(),
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            time.sleep(delay)
            proc.kill()
            proc.wait()
            r = json.load(open(p("kill.json")))
            if r["dataset"]["num_samples"] == 10000:
                self.assertTrue(os.path.exists(p(r["predictions"]["path"])))
            check = run(["--compare", p("kill.json"), p("kill.json"), "--quiet"])
            self.assertEqual(check.returncode, 0, (delay, check.stderr))

    # --- silently wrong numbers ----------------------------------------------------------

    def test_every_model_sees_unchanged_inputs(self):
        """A model that normalises its input in place must not change what the next model
        sees: model 2's numbers equal those of a run of model 2 alone."""
        both = self.evaluate(["--model", p("inplace.pt"), "--model", p("linear.pt")],
                             out="both.json")
        alone = self.evaluate([], out="alone.json")
        both = json.load(open(p("both.json")))
        alone = json.load(open(p("alone.json")))
        self.assertEqual(both["models"][2]["confusion_matrix"], alone["models"][0]["confusion_matrix"])
        self.assertEqual(both["models"][2]["metrics"]["loss"], alone["models"][0]["metrics"]["loss"])
        self.assertEqual(both["models"][0]["metrics"]["loss"], alone["models"][0]["metrics"]["loss"])

    def test_labels_beyond_the_class_limit_in_their_own_width(self):
        for label in (2 ** 32 + 3, 2 ** 40, 2048):
            with self.subTest(label=label):
                y = self.y.clone().to(torch.int64)
                y[5] = label
                torch.save({"inputs": self.x, "labels": y}, p("biglabel.pt"))
                proc = run(["--model", p("linear.pt"), "--data", p("biglabel.pt"), "--output",
                            p("big.json"), "--quiet", "--no-progress"])
                self.assertEqual(proc.returncode, EXIT_DATA, proc.stderr)
                self.assertIn(f"a label is {label}", proc.stderr)
                self.assertIn("at most 2048 classes", proc.stderr)
                self.assertNotIn("Rank", proc.stderr)

    def test_impossible_result_values_are_refused(self):
        self.evaluate(["--save-predictions"], out="good.json")
        good = json.load(open(p("good.json")))
        for what, mutate in {
            "accuracy 7": lambda d: d["models"][0]["metrics"]["accuracy"].update(value=7.0),
            "interval [0.9, -3]": lambda d: d["models"][0]["metrics"]["accuracy"].update(ci=[0.9, -3]),
            "world size 2^31-1": lambda d: d.update(world_size=2 ** 31 - 1),
        }.items():
            with self.subTest(what):
                doc = json.loads(json.dumps(good))
                mutate(doc)
                json.dump(doc, open(p("bad.json"), "w"))
                proc = run(["--compare", p("bad.json"), p("good.json")])
                self.assertEqual(proc.returncode, EXIT_DATA, proc.stderr)
                self.assertIn("impossible", proc.stderr)

    # --- hangs, CPU and memory bombs -----------------------------------------------------

    def make_png_folder(self, root, count=4):
        from PIL import Image
        for c in ("a", "b"):
            os.makedirs(os.path.join(root, c), exist_ok=True)
            for i in range(count):
                Image.fromarray((np.random.rand(8, 8) * 255).astype(np.uint8)).save(
                    os.path.join(root, c, f"{i}.png"))

    def test_fifo_and_devices_are_never_read(self):
        """A FIFO in an ImageFolder (also as its first image, which --inspect reads), a
        FIFO or /dev/zero as the class names or as a result's predictions file: refused
        at once, naming the file."""
        root = p("fifo-folder")
        self.make_png_folder(root)
        os.mkfifo(os.path.join(root, "a", "-first.png"))  # sorts before 0.png
        start = time.time()
        proc = run(["--inspect", "--data", root], timeout=30)
        self.assertEqual(proc.returncode, EXIT_DATA, proc.stderr)
        self.assertIn("-first.png", proc.stderr)
        self.assertIn("not a regular file", proc.stderr)
        proc = run(["--model", p("linear.pt"), "--data", root, "--output", p("f.json"),
                    "--resize", "28", "--crop", "28", "--quiet"], timeout=30)
        self.assertEqual(proc.returncode, EXIT_DATA, proc.stderr)
        self.assertIn("not a regular file", proc.stderr)
        os.mkfifo(p("names.fifo"))
        for names in (p("names.fifo"), "/dev/zero"):
            proc = run(["--model", p("linear.pt"), "--data", p("data.pt"), "--class-names", names,
                        "--output", p("f.json"), "--quiet"], timeout=30)
            self.assertEqual(proc.returncode, EXIT_DATA, proc.stderr)
            self.assertIn("not a regular file", proc.stderr)
        self.evaluate(["--save-predictions"], out="fp.json")
        doc = json.load(open(p("fp.json")))
        os.mkfifo(p("fp.fifo"))
        doc["predictions"]["path"] = "fp.fifo"
        json.dump(doc, open(p("fp.json"), "w"))
        proc = run(["--compare", p("fp.json"), p("fp.json")], timeout=30)
        self.assertEqual(proc.returncode, EXIT_DATA, proc.stderr)
        self.assertIn("not a regular file", proc.stderr)
        doc["predictions"]["path"] = "/dev/zero"
        json.dump(doc, open(p("fp.json"), "w"))
        proc = run(["--compare", p("fp.json"), p("fp.json")], timeout=30)
        self.assertEqual(proc.returncode, EXIT_DATA, proc.stderr)
        self.assertIn("file name in the result's folder", proc.stderr)
        self.assertLess(time.time() - start, 60)

    def test_jpeg_with_thousands_of_scans(self):
        from PIL import Image
        root = p("scans")
        for c in ("a", "b"):
            os.makedirs(os.path.join(root, c), exist_ok=True)
            Image.fromarray((np.random.rand(32, 32, 3) * 255).astype(np.uint8)).save(
                os.path.join(root, c, "ok.jpg"), progressive=True)
        raw = open(os.path.join(root, "a", "ok.jpg"), "rb").read()
        last_sos = raw.rfind(b"\xff\xda")
        eoi = raw.rfind(b"\xff\xd9")
        scan = raw[last_sos:eoi]
        bomb = raw[:eoi] + scan * 2000 + raw[eoi:]
        open(os.path.join(root, "a", "0-bomb.jpg"), "wb").write(bomb)
        start = time.time()
        proc = run(["--inspect", "--data", root], timeout=60)
        self.assertEqual(proc.returncode, EXIT_DATA, proc.stderr)
        self.assertRegex(proc.stderr, r"a JPEG of 20\d\d scans, more than the 100")
        self.assertLess(time.time() - start, 10)

    def test_idx_gzip_bomb_and_wrapping_header(self):
        folder = p("idx-bomb")
        os.makedirs(folder, exist_ok=True)
        images = os.path.join(folder, "t-images-idx3-ubyte.gz")
        labels = os.path.join(folder, "t-labels-idx1-ubyte.gz")
        with gzip.open(labels, "wb") as f:
            f.write(struct.pack(">IIB", 0x801, 1, 0)[:8] + bytes(1))
        # The header announces one 28x28 image; 200 MB of zeros follow.
        with gzip.open(images, "wb", compresslevel=1) as f:
            f.write(struct.pack(">IIII", 0x803, 1, 28, 28))
            chunk = bytes(1 << 20)
            for _ in range(200):
                f.write(chunk)
        start = time.time()
        proc = run(["--inspect", "--data", images], timeout=60)
        self.assertEqual(proc.returncode, EXIT_DATA, proc.stderr)
        self.assertIn("holds more data than its header announces", proc.stderr)
        self.assertLess(time.time() - start, 10)
        # A header whose sizes wrap past 2^64.
        with gzip.open(images, "wb") as f:
            f.write(struct.pack(">IIII", 0x803, 0xFFFFFFFF, 0xFFFFFFFF, 0xFFFFFFFF))
        for args in (["--inspect", "--data", images],
                     ["--model", p("linear.pt"), "--data", images, "--output", p("i.json")]):
            proc = run(args, timeout=60)
            self.assertEqual(proc.returncode, EXIT_DATA, proc.stderr)
            self.assertIn("more than 64 GiB", proc.stderr)

    def test_npy_shape_that_wraps(self):
        # 2^31 x 2^30 elements (under 2^62, as the old check demanded) of 8 bytes: 2^64
        # bytes, which wrapped to 0 and passed the size check.
        header = "{'descr': '<f8', 'fortran_order': False, 'shape': (2147483648, 1073741824), }"
        header += " " * (118 - len(header)) + "\n"
        with open(p("wrap-inputs.npy"), "wb") as f:
            f.write(b"\x93NUMPY\x01\x00" + struct.pack("<H", len(header)) + header.encode())
            f.write(bytes(64))
        np.save(p("wrap-labels.npy"), np.zeros(4, dtype=np.int64))
        for args in (["--inspect", "--data", p("wrap-inputs.npy")],
                     ["--model", p("linear.pt"), "--data", p("wrap-inputs.npy"), "--output",
                      p("w.json")]):
            proc = run(args, timeout=60)
            self.assertEqual(proc.returncode, EXIT_DATA, proc.stderr)
            self.assertIn("shape too large", proc.stderr)

    def test_huge_and_deep_result_files(self):
        self.evaluate([], out="deep-ok.json")
        doc = open(p("deep-ok.json")).read()
        deep = doc.replace('"config": {', '"config": {"deep": ' + "[" * 100000 + "]" * 100000 + ",", 1)
        open(p("deep.json"), "w").write(deep)
        proc = run(["--compare", p("deep.json"), p("deep-ok.json")], timeout=60)
        self.assertEqual(proc.returncode, EXIT_DATA, proc.stderr)
        self.assertIn("nested", proc.stderr)
        with open(p("huge.json"), "wb") as f:  # sparse: 600 MB without writing them
            f.truncate(600 << 20)
        start = time.time()
        proc = run(["--compare", p("huge.json"), p("deep-ok.json")], timeout=60)
        self.assertEqual(proc.returncode, EXIT_DATA, proc.stderr)
        self.assertIn("more than the", proc.stderr)
        self.assertLess(time.time() - start, 10)

    def test_class_limit(self):
        """2048 classes is the documented maximum and works; 2049 and 200,000 are refused
        at set-up with the limit named (and an error message, not a bare bad_alloc)."""
        r = run(["--model", p("wide2048.pt"), "--data", p("data.pt"), "--output", p("wide.json"),
                 "--quiet", "--no-progress", "--bootstrap", "20"], timeout=300)
        self.assertEqual(r.returncode, 0, r.stderr)
        wide = json.load(open(p("wide.json")))
        self.assertEqual(wide["dataset"]["num_classes"], 2048)
        self.assertLess(os.path.getsize(p("wide.json")), 64 << 20)
        for name in ("wide2049", "wide200k"):
            proc = run(["--model", p(name + ".pt"), "--data", p("data.pt"), "--output",
                        p("w.json"), "--quiet"], timeout=120)
            self.assertEqual(proc.returncode, EXIT_MODEL, proc.stderr)
            self.assertIn("at most 2048 classes", proc.stderr)
            self.assertEqual(len(errors_of(proc)), 1, proc.stderr)
            self.assertFalse(os.path.exists(p("w.json")))

    # --- messages ------------------------------------------------------------------------

    def test_model_messages_keep_the_useful_part(self):
        for model, fragment in (("meta", "returned a meta tensor"),
                                ("sparse", "returned a sparse tensor"),
                                ("raises", "this checkpoint needs inputs of 3 channels")):
            with self.subTest(model):
                proc = run(["--model", p(model + ".pt"), "--data", p("data.pt"), "--output",
                            p("m.json"), "--quiet"], timeout=60)
                self.assertEqual(proc.returncode, EXIT_MODEL, proc.stderr)
                self.assertIn(fragment, proc.stderr)
                self.assertEqual(len(errors_of(proc)), 1, proc.stderr)
                self.assertLess(len(proc.stderr.splitlines()), 4, proc.stderr)

    def test_missing_operator_is_named(self):
        try:
            import torchvision  # noqa: F401  (registers torchvision::nms for scripting)
        except ImportError:
            self.skipTest("torchvision is not installed")

        class Nms(torch.nn.Module):
            def forward(self, x):
                boxes = torch.tensor([[0.0, 0.0, 1.0, 1.0]])
                keep = torch.ops.torchvision.nms(boxes, torch.tensor([1.0]), 0.5)
                return x.flatten(1)[:, :10] * keep.sum().float()

        torch.jit.script(Nms()).save(p("nms.pt"))
        proc = run(["--model", p("nms.pt"), "--data", p("data.pt"), "--output", p("n.json"),
                    "--quiet"], timeout=60)
        self.assertEqual(proc.returncode, EXIT_MODEL, proc.stderr)
        self.assertIn("torchvision::nms", proc.stderr)

    def test_a_value_that_looks_like_an_option(self):
        proc = run(["--model", p("linear.pt"), "--data", p("data.pt"), "--output",
                    "--save-predictions"], cwd=WORK)
        self.assertEqual(proc.returncode, EXIT_USAGE, proc.stderr)
        self.assertIn("--output needs a value, not the option '--save-predictions'", proc.stderr)
        self.assertFalse(os.path.exists(p("--save-predictions")))


if __name__ == "__main__":
    main(globals())
