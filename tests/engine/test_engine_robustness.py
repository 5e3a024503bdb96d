#!/usr/bin/python3
"""disteval-engine on bad input and failures during a run (docs/ROBUSTNESS.md).

Every bad input must give one message naming the file and the problem, a specific
non-zero exit status, no result file, and must not hang (every run has a timeout).
Numbers that are legal but awkward (NaN/Inf logits, one class, classes never seen or
never predicted) must give scikit-learn's values. A rank killed by a signal or a
progress socket that goes away must not hang the job or lose the result.

Usage: test_engine_robustness.py ENGINE_BINARY WORK_DIR
"""
import glob
import gzip
import json
import os
import re
import resource
import shutil
import signal
import socket
import struct
import subprocess
import sys
import threading
import time
import unittest

import numpy as np
import sklearn.metrics as skm
import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from enginetest import mpi_env  # noqa: E402

ENGINE = None
WORK = None
FASHION = "/usr/share/datasets/fashion-mnist/t10k-images-idx3-ubyte.gz"


def env():
    return mpi_env()


def run(args, np_=None, timeout=120, preexec_fn=None, extra_env=None):
    cmd = [ENGINE] + args
    if np_:
        cmd = ["mpirun", "-np", str(np_), "--oversubscribe"] + cmd
    e = env()
    e.update(extra_env or {})
    return subprocess.run(cmd, capture_output=True, text=True, env=e, timeout=timeout,
                          preexec_fn=preexec_fn)


# --- models --------------------------------------------------------------------------

class Linear(torch.nn.Module):
    def __init__(self, classes: int):
        super().__init__()
        self.fc = torch.nn.Linear(28 * 28, classes)

    def forward(self, x):
        return self.fc(x.flatten(1)) * 4.0


class TupleOut(Linear):
    def forward(self, x):
        y = self.fc(x.flatten(1))
        return y, y


class VectorOut(Linear):
    def forward(self, x):
        return self.fc(x.flatten(1)).sum(1)


class CubeOut(Linear):
    def forward(self, x):
        return self.fc(x.flatten(1)).unsqueeze(2)


class IntegerOut(Linear):
    def forward(self, x):
        return (self.fc(x.flatten(1)) * 100).long()


class FirstRowOnly(Linear):
    """[1, C] whatever the batch: passes the one-sample probe, fails on a real batch."""

    def forward(self, x):
        return self.fc(x.flatten(1))[:1]


class NeedsRgb(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = torch.nn.Conv2d(3, 4, 3)

    def forward(self, x):
        return self.conv(x).flatten(1)[:, :10]


class NonFinite(Linear):
    """Linear, except: first pixel > 0.8 -> NaN row; second pixel > 0.9 -> +inf in
    logit 0; third pixel > 0.9 -> -inf in logit 1. Every such sample is non-finite."""

    def forward(self, x):
        y = self.fc(x.flatten(1)) * 4.0
        flat = x.flatten(1)
        nan_rows = (flat[:, 0] > 0.8).unsqueeze(1).expand_as(y)
        y = torch.where(nan_rows, torch.full_like(y, float("nan")), y)
        pos = torch.zeros_like(y, dtype=torch.bool)
        pos[:, 0] = flat[:, 1] > 0.9
        y = torch.where(pos, torch.full_like(y, float("inf")), y)
        neg = torch.zeros_like(y, dtype=torch.bool)
        neg[:, 1] = flat[:, 2] > 0.9
        return torch.where(neg, torch.full_like(y, float("-inf")), y)


class Constant(torch.nn.Module):
    """Always predicts class k (of C)."""

    def __init__(self, classes: int, k: int):
        super().__init__()
        self.classes = classes
        self.k = k

    def forward(self, x):
        y = torch.zeros(x.shape[0], self.classes)
        y[:, self.k] = 1.0
        return y


# --- IDX files ---------------------------------------------------------------------------

def idx_images(n, rows=28, cols=28, magic=0x00000803, seed=0, declared=None):
    rng = np.random.default_rng(seed)
    head = struct.pack(">IIII", magic, n if declared is None else declared, rows, cols)
    return head + rng.integers(0, 256, size=n * rows * cols, dtype=np.uint8).tobytes()


def idx_labels(labels, magic=0x00000801, declared=None):
    labels = np.asarray(labels, dtype=np.uint8)
    n = len(labels) if declared is None else declared
    return struct.pack(">II", magic, n) + labels.tobytes()


class RobustnessTest(unittest.TestCase):
    maxDiff = None

    @classmethod
    def setUpClass(cls):
        torch.manual_seed(4321)
        cls.models = {}
        for name, module in [("linear", Linear(10)), ("linear3", Linear(3)), ("tuple", TupleOut(10)),
                             ("vector", VectorOut(10)), ("cube", CubeOut(10)),
                             ("integer", IntegerOut(10)), ("firstrow", FirstRowOnly(10)),
                             ("rgb", NeedsRgb()), ("nonfinite", NonFinite(10)),
                             ("const3", Constant(10, 3))]:
            path = os.path.join(WORK, name + ".pt")
            torch.jit.script(module).save(path)
            cls.models[name] = path
        # A valid 10-class IDX pair of 60 samples (every class present).
        cls.good_images = cls.write_idx("good", idx_images(60), idx_labels(np.arange(60) % 10))

    @classmethod
    def write_idx(cls, stem, images, labels, gz=False, folder=None):
        folder = folder or os.path.join(WORK, stem)
        os.makedirs(folder, exist_ok=True)
        suffix = ".gz" if gz else ""
        ipath = os.path.join(folder, f"{stem}-images-idx3-ubyte{suffix}")
        lpath = os.path.join(folder, f"{stem}-labels-idx1-ubyte{suffix}")
        opener = gzip.open if gz else open
        if images is not None:
            with opener(ipath, "wb") as f:
                f.write(images)
        if labels is not None:
            with opener(lpath, "wb") as f:
                f.write(labels)
        return ipath

    def p(self, name):
        return os.path.join(WORK, name)

    def assert_fails(self, args, status, *fragments, np_=None, timeout=60, preexec_fn=None):
        out = self.p("should-not-exist.json")
        started = time.monotonic()
        proc = run(args + ["--output", out], np_, timeout=timeout, preexec_fn=preexec_fn)
        self.assertEqual(proc.returncode, status, proc.stderr)
        self.assertFalse(os.path.exists(out), "a failed run left a result file")
        self.assertEqual(glob.glob(out + ".tmp-*"), [], "a failed run left a temporary file")
        errors = [l for l in proc.stderr.splitlines() if "error:" in l]
        self.assertEqual(len(errors), 1, f"one message expected, got:\n{proc.stderr}")
        for f in fragments:
            self.assertIn(f, errors[0])
        self.assertLess(time.monotonic() - started, timeout)
        return proc

    def evaluate(self, args, np_=None, name="r.json", zero_division="0"):
        out = self.p(name)
        if os.path.exists(out):
            os.remove(out)
        proc = run(args + ["--output", out, "--bootstrap", "50", "--quiet", "--no-progress",
                           "--zero-division", zero_division], np_)
        self.assertEqual(proc.returncode, 0, proc.stderr)
        with open(out) as f:
            return json.load(f), proc

    # --- models ------------------------------------------------------------------------

    def test_model_unreadable(self):
        """chmod 000 stops nobody running as root, so the engine runs as 'nobody' then."""
        unreadable = self.p("unreadable.pt")
        shutil.copy(self.models["linear"], unreadable)
        os.chmod(unreadable, 0)
        preexec = None
        if os.geteuid() == 0:
            def preexec():
                os.setgid(65534)
                os.setgroups([])
                os.setuid(65534)
            # nobody must reach the engine, its libraries, the data and the output folder.
            for d in (WORK, os.path.dirname(ENGINE)):
                try:
                    probe = subprocess.run(["/usr/bin/test", "-x", d], preexec_fn=preexec)
                except OSError:
                    self.skipTest("cannot switch to the user nobody")
                if probe.returncode != 0:
                    self.skipTest(f"the user nobody cannot reach {d}")
            os.chmod(WORK, 0o777)
        self.assert_fails(["--model", unreadable, "--data", self.good_images], 4, unreadable,
                          "cannot be read", "Permission denied", preexec_fn=preexec)

    def test_model_truncated(self):
        with open(self.models["linear"], "rb") as f:
            whole = f.read()
        for name, data in [("half.pt", whole[: len(whole) // 2]), ("tail-cut.pt", whole[:-10]),
                           ("header-only.pt", whole[:30]), ("empty.pt", b"")]:
            with self.subTest(name):
                path = self.p(name)
                with open(path, "wb") as f:
                    f.write(data)
                self.assert_fails(["--model", path, "--data", self.good_images], 4, path,
                                  "not a TorchScript archive")

    def test_model_folder(self):
        folder = self.p("a-folder.pt")
        os.makedirs(folder, exist_ok=True)
        self.assert_fails(["--model", folder, "--data", self.good_images], 4, folder, "is a folder")

    def test_model_output_not_batch_by_classes(self):
        cases = [("vector", "returned shape [1]"),
                 ("cube", "returned shape [1, 10, 1]"), ("integer", "floating-point logits")]
        for name, fragment in cases:
            with self.subTest(name):
                self.assert_fails(["--model", self.models[name], "--data", self.good_images], 4,
                                  self.models[name], fragment)

    def test_model_returning_a_tuple(self):
        # Structured outputs: element 0 by default, --output-index outside the tuple refused.
        proc = run(["--model", self.models["tuple"], "--data", self.good_images, "--quiet"], None)
        self.assertEqual(proc.returncode, 0, proc.stderr)
        self.assert_fails(["--model", self.models["tuple"], "--data", self.good_images,
                           "--output-index", "2"], 4, self.models["tuple"],
                          "returned 2 outputs; --output-index 2 is outside them")

    def test_model_ignoring_the_batch_fails_during_the_run(self):
        # Passes the one-sample probe; the first real batch shows the wrong batch size.
        proc = self.assert_fails(["--model", self.models["firstrow"], "--data", self.good_images,
                                  "--batch-size", "16"], 4, self.models["firstrow"],
                                 "returned shape [1, 10] for a batch of 16")
        self.assertNotIn("Traceback", proc.stderr)

    def test_model_throws_on_input_shape(self):
        self.assert_fails(["--model", self.models["rgb"], "--data", self.good_images], 4,
                          self.models["rgb"], "failed on input of shape [1, 1, 28, 28]")
        self.assert_fails(["--model", self.models["rgb"], "--data", self.good_images], 4,
                          self.models["rgb"], np_=2)

    def test_model_classes_differ_from_dataset(self):
        self.assert_fails(["--model", self.models["linear3"], "--data", self.good_images], 3,
                          self.good_images, "labels up to 9", "3 outputs")
        declared = self.p("declared12.pt")
        torch.save({"inputs": torch.rand(5, 1, 28, 28), "labels": torch.tensor([0, 1, 2, 3, 4]),
                    "num_classes": 12}, declared)
        self.assert_fails(["--model", self.models["linear"], "--data", declared], 3, declared,
                          "10 outputs")

    # --- data --------------------------------------------------------------------------

    def test_idx_wrong_magic(self):
        labels = idx_labels(np.arange(20) % 10)
        bad = self.write_idx("magic-a", idx_images(20, magic=0x00000801), labels)
        self.assert_fails(["--model", self.models["linear"], "--data", bad], 3, bad,
                          "not an images file")
        junk = self.write_idx("magic-b", idx_images(20, magic=0x12345678), labels)
        self.assert_fails(["--model", self.models["linear"], "--data", junk], 3, junk,
                          "not a dataset format")
        lbad = self.write_idx("magic-c", idx_images(20), idx_labels(np.arange(20) % 10, magic=0x803))
        self.assert_fails(["--model", self.models["linear"], "--data", lbad], 3,
                          lbad.replace("images-idx3", "labels-idx1"), "magic number 0x00000803")

    def test_idx_truncated(self):
        images = idx_images(30)
        labels = idx_labels(np.arange(30) % 10)
        for gz in (False, True):
            kind = "gz" if gz else "plain"
            with self.subTest(kind=kind, file="images"):
                path = self.write_idx(f"trunc-img-{kind}", images[:-100], labels, gz=gz)
                if gz:  # also cut the compressed stream itself
                    with open(path, "rb") as f:
                        packed = f.read()
                    with open(path, "wb") as f:
                        f.write(packed[: len(packed) // 2])
                self.assert_fails(["--model", self.models["linear"], "--data", path], 3, path,
                                  "truncated")
            with self.subTest(kind=kind, file="labels"):
                path = self.write_idx(f"trunc-lab-{kind}", images, labels[:-5], gz=gz)
                lpath = path.replace("images-idx3", "labels-idx1")
                self.assert_fails(["--model", self.models["linear"], "--data", path], 3, lpath,
                                  "truncated")
            with self.subTest(kind=kind, file="header"):
                path = self.write_idx(f"trunc-head-{kind}", images[:10], labels, gz=gz)
                self.assert_fails(["--model", self.models["linear"], "--data", path], 3, path)

    def test_idx_count_mismatch(self):
        path = self.write_idx("count", idx_images(30), idx_labels(np.arange(31) % 10))
        self.assert_fails(["--model", self.models["linear"], "--data", path], 3, path,
                          "30 images", "31 labels")

    def test_labels_out_of_range(self):
        path = self.write_idx("range", idx_images(30), idx_labels([0] * 29 + [200]))
        self.assert_fails(["--model", self.models["linear"], "--data", path], 3, path,
                          "labels up to 200", "10 outputs")
        negative = self.p("negative.pt")
        torch.save({"inputs": torch.rand(4, 1, 28, 28), "labels": torch.tensor([0, 1, -3, 2])},
                   negative)
        self.assert_fails(["--model", self.models["linear"], "--data", negative], 3, negative,
                          "negative")

    def test_empty_dataset(self):
        path = self.write_idx("empty", idx_images(0), idx_labels([]))
        self.assert_fails(["--model", self.models["linear"], "--data", path], 3, path, "no samples")
        tensor = self.p("empty.pt")
        torch.save({"inputs": torch.rand(0, 1, 28, 28), "labels": torch.zeros(0, dtype=torch.long)},
                   tensor)
        self.assert_fails(["--model", self.models["linear"], "--data", tensor], 3, tensor,
                          "no samples", np_=2)

    # --- numbers -----------------------------------------------------------------------

    def reference_predictions(self, model, data):
        d = torch.load(data)
        with torch.no_grad():
            logits = torch.jit.load(model)(d["inputs"].float()).double().numpy()
        return logits, d["labels"].numpy()

    def check_metrics(self, m, y, pred, C, zd):
        labels = list(range(C))
        self.assertEqual(m["confusion_matrix"], skm.confusion_matrix(y, pred, labels=labels).tolist())
        got = {k: v["value"] for k, v in m["metrics"].items()}
        self.assertAlmostEqual(got["accuracy"], skm.accuracy_score(y, pred), delta=1e-12)
        for avg in ("macro", "weighted"):
            for name, fn in (("f1", skm.f1_score), ("precision", skm.precision_score),
                             ("recall", skm.recall_score)):
                key = f"{avg}_{name}"
                if zd == "nan":
                    # scikit-learn >= 1.3's zero_division=np.nan, spelled out for older ones:
                    # over the classes in the labels or predictions, an undefined ratio is
                    # NaN and left out of the average.
                    present = sorted(set(y.tolist()) | set(pred.tolist()))
                    cm = skm.confusion_matrix(y, pred, labels=present).astype(float)
                    tp, col, row = np.diag(cm), cm.sum(0), cm.sum(1)
                    with np.errstate(invalid="ignore", divide="ignore"):
                        vals = {"precision": np.where(col > 0, tp / col, np.nan),
                                "recall": np.where(row > 0, tp / row, np.nan),
                                "f1": 2 * tp / (col + row)}[name]
                    keep = ~np.isnan(vals)
                    if avg == "macro":
                        expected = vals[keep].mean() if keep.any() else None
                    elif not keep.any():
                        expected = None
                    elif row[keep].sum() > 0:
                        expected = np.average(vals[keep], weights=row[keep])
                    else:  # all weights zero: scikit-learn's _nanaverage takes the plain mean
                        expected = vals[keep].mean()
                else:
                    expected = fn(y, pred, average=avg, zero_division=int(zd))
                if expected is None:
                    self.assertIsNone(got[key], key)
                else:
                    self.assertAlmostEqual(got[key], expected, delta=1e-12, msg=f"{key} zd={zd}")
        if zd != "nan":
            p, r, f, s = skm.precision_recall_fscore_support(y, pred, labels=labels,
                                                             zero_division=int(zd))
            for c, pc in enumerate(m["per_class"]):
                self.assertEqual(pc["support"], int(s[c]))
                self.assertAlmostEqual(pc["precision"]["value"], p[c], delta=1e-12, msg=f"p{c}")
                self.assertAlmostEqual(pc["recall"]["value"], r[c], delta=1e-12, msg=f"r{c}")
                self.assertAlmostEqual(pc["f1"]["value"], f[c], delta=1e-12, msg=f"f{c}")
        kappa = skm.cohen_kappa_score(y, pred)
        if np.isnan(kappa):
            self.assertIsNone(got["cohen_kappa"])
        else:
            self.assertAlmostEqual(got["cohen_kappa"], kappa, delta=1e-12)
        self.assertAlmostEqual(got["mcc"], skm.matthews_corrcoef(y, pred), delta=1e-12)

    def test_non_finite_logits(self):
        g = torch.Generator().manual_seed(7)
        x = torch.rand(90, 1, 28, 28, generator=g)
        x[:, 0, 0, :3] = 0.5
        x[5:12, 0, 0, 0] = 0.95   # 7 NaN rows
        x[20:24, 0, 0, 1] = 0.99  # 4 +inf
        x[40:43, 0, 0, 2] = 0.99  # 3 -inf
        x[41, 0, 0, 0] = 0.95     # NaN and -inf: still one sample
        y = torch.arange(90) % 10
        data = self.p("nonfinite-data.pt")
        torch.save({"inputs": x, "labels": y}, data)
        logits, labels = self.reference_predictions(self.models["nonfinite"], data)
        finite = np.isfinite(logits).all(1)
        self.assertEqual(int((~finite).sum()), 7 + 4 + 3)
        for np_ in (None, 3):
            with self.subTest(np_=np_):
                r, proc = self.evaluate(["--model", self.models["nonfinite"], "--data", data,
                                         "--batch-size", "16"], np_=np_)
                m = r["models"][0]
                self.assertEqual(m["non_finite_samples"], 14)
                self.assertEqual(m["evaluated_samples"], 90 - 14)
                warning = [l for l in proc.stderr.splitlines() if "warning:" in l and "NaN" in l]
                self.assertEqual(len(warning), 1, proc.stderr)
                self.assertIn("14 samples", warning[0])
                self.assertTrue(any("14 samples" in w for w in r["warnings"]))
                self.check_metrics(m, labels[finite], logits[finite].argmax(1), 10, "0")

    def test_single_class(self):
        data = self.p("single.pt")
        torch.save({"inputs": torch.rand(40, 1, 28, 28, generator=torch.Generator().manual_seed(3)),
                    "labels": torch.full((40,), 3, dtype=torch.long)}, data)
        for model in ("linear", "const3"):
            logits, y = self.reference_predictions(self.models[model], data)
            for zd in ("0", "1", "nan"):
                with self.subTest(model=model, zd=zd):
                    r, proc = self.evaluate(["--model", self.models[model], "--data", data],
                                            zero_division=zd)
                    self.assertIn("use classes 0..3 only", proc.stderr)
                    self.check_metrics(r["models"][0], y, logits.argmax(1), 10, zd)

    def test_classes_without_samples_or_predictions(self):
        # Labels use classes 0..5 of 10 (6..9 have no sample), and a constant model never
        # predicts 9 of the 10 classes.
        g = torch.Generator().manual_seed(11)
        data = self.p("partial.pt")
        torch.save({"inputs": torch.rand(50, 1, 28, 28, generator=g),
                    "labels": torch.arange(50) % 6, "num_classes": 10}, data)
        for model in ("linear", "const3"):
            logits, y = self.reference_predictions(self.models[model], data)
            for zd in ("0", "1", "nan"):
                with self.subTest(model=model, zd=zd):
                    r, _ = self.evaluate(["--model", self.models[model], "--data", data],
                                         np_=2, zero_division=zd)
                    self.check_metrics(r["models"][0], y, logits.argmax(1), 10, zd)

    # --- output ------------------------------------------------------------------------

    def check_write_failure(self, folder, run_engine, reason):
        """Runs the engine (with and without --save-predictions) on an output folder where
        writing fails part-way, and checks status 5, one message, the previous result and
        sidecar intact, and no temporary file left."""
        out = os.path.join(folder, "r.json")
        sidecar = os.path.join(folder, "r.predictions.bin")
        previous = json.dumps({"precious": True}) + "\n"
        for save in (False, True):
            with self.subTest(save_predictions=save):
                with open(out, "w") as f:
                    f.write(previous)
                with open(sidecar, "wb") as f:
                    f.write(b"old sidecar")
                args = ["--model", self.models["linear"], "--quiet", "--no-progress", "--output",
                        out] + (["--save-predictions"] if save else [])
                proc = run_engine(args)
                self.assertEqual(proc.returncode, 5, proc.stderr)
                errors = [l for l in proc.stderr.splitlines() if "error:" in l]
                self.assertEqual(len(errors), 1, proc.stderr)
                if save:
                    # The per-sample records are written first, the predictions sidecar after.
                    self.assertRegex(errors[0], "cannot write (the sample records )?'"
                                     + re.escape(os.path.join(folder, "r.")) + "(samples|predictions)-")
                else:
                    self.assertIn("cannot write '" + out, errors[0])
                self.assertIn(reason, errors[0])
                with open(out) as f:
                    self.assertEqual(f.read(), previous)
                with open(sidecar, "rb") as f:
                    self.assertEqual(f.read(), b"old sidecar")
                self.assertEqual(sorted(n for n in os.listdir(folder) if n.startswith("r.")),
                                 ["r.json", "r.predictions.bin"])

    def test_disk_full_keeps_previous_result(self):
        """A full disk, as ENOSPC from a small tmpfs (needs mount rights: root here) ..."""
        folder = self.p("tmpfs")
        os.makedirs(folder, exist_ok=True)
        if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", folder],
                          capture_output=True).returncode != 0:
            self.skipTest("cannot mount a tmpfs here; test_file_size_limit covers the path")
        try:
            with open(os.path.join(folder, "filler"), "wb") as f:  # leave about 8 KiB
                f.write(b"\0" * (64 - 8) * 1024)

            def run_engine(args):
                return run(args + ["--data", self.good_images, "--bootstrap", "20"], timeout=60)
            self.check_write_failure(folder, run_engine, "No space left on device")
        finally:
            subprocess.run(["umount", folder])

    def test_file_size_limit_keeps_previous_result(self):
        """... and as EFBIG from RLIMIT_FSIZE (ulimit -f) with SIGXFSZ ignored, set on the
        running engine once it has said hello on the progress socket: Open MPI's own
        start-up writes shared-memory files larger than any useful limit, so the limit
        cannot be in place from the start (on a truly full /tmp, MPI_Init itself fails
        with Open MPI's message, before the engine runs)."""
        folder = self.p("fsize")
        os.makedirs(folder, exist_ok=True)

        def run_engine(args):
            path = os.path.join(WORK, "fsize.sock")
            if os.path.exists(path):
                os.remove(path)
            server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            server.bind(path)
            server.listen(1)
            server.settimeout(60)
            proc = subprocess.Popen([ENGINE] + args + ["--data", FASHION, "--batch-size", "50",
                                                       "--progress-socket", path],
                                    stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                    env=env(), preexec_fn=lambda: signal.signal(signal.SIGXFSZ,
                                                                               signal.SIG_IGN))
            conn, _ = server.accept()
            data = b""
            while b"\n" not in data:
                data += conn.recv(4096)
            resource.prlimit(proc.pid, resource.RLIMIT_FSIZE, (1024, 1024))
            self.assertIn(b'"hello"', data)
            drain = threading.Thread(target=lambda: [None for _ in iter(lambda: conn.recv(4096), b"")],
                                     daemon=True)
            drain.start()
            out, err = proc.communicate(timeout=120)
            conn.close()
            server.close()
            return subprocess.CompletedProcess(proc.args, proc.returncode, out, err)
        self.check_write_failure(folder, run_engine, "File too large")

    # --- result files of other schema versions ---------------------------------------

    def test_result_schema_versions(self):
        """A newer schema is refused saying so; one that never existed (0) is refused as out
        of range (docs/RESULT_SCHEMA.md)."""
        self.evaluate(["--model", self.models["linear"], "--data", self.good_images,
                       "--save-predictions"], name="v1.json")
        with open(self.p("v1.json")) as f:
            doc = json.load(f)
        shutil.copy(self.p(doc["predictions"]["path"]),
                    self.p(f"v{doc['schema_version'] + 1}.predictions.bin"))
        shutil.copy(self.p(doc["predictions"]["path"]), self.p("v0.predictions.bin"))
        newer = doc["schema_version"] + 1  # the engine writes the newest it knows
        for version, fragments in ((newer, (f"schema version {newer} is newer",
                                            "use a newer disteval")),
                                   (0, ("schema_version", "out of range"))):
            with self.subTest(version=version):
                path = self.p(f"v{version}.json")
                doc["schema_version"] = version
                doc["predictions"]["path"] = f"v{version}.predictions.bin"
                with open(path, "w") as f:
                    json.dump(doc, f)
                proc = run(["--compare", path, self.p("v1.json"), "--output",
                            self.p("cmp.json")], timeout=60)
                self.assertEqual(proc.returncode, 3, proc.stderr)
                self.assertIn(path, proc.stderr)
                for fragment in fragments:
                    self.assertIn(fragment, proc.stderr)
                self.assertFalse(os.path.exists(self.p("cmp.json")))

    # --- failures during a run ---------------------------------------------------------

    def test_rank_killed_by_signal_ends_job(self):
        for sig, name in ((9, "Killed"), (11, "Segmentation fault")):
            with self.subTest(signal=sig):
                out = self.p(f"crash-{sig}.json")
                started = time.monotonic()
                proc = run(["--model", self.models["linear"], "--data", FASHION, "--batch-size", "50",
                            "--debug-crash-at", f"1:3:{sig}", "--output", out, "--no-progress"],
                           np_=3, timeout=60)
                elapsed = time.monotonic() - started
                self.assertEqual(proc.returncode, 128 + sig, proc.stderr)  # mpirun's status
                self.assertLess(elapsed, 30, "the job did not end within seconds")
                self.assertFalse(os.path.exists(out))
                # mpirun is the one that knows: "process rank 1 ... exited on signal N (...)"
                self.assertRegex(proc.stderr, rf"rank 1 .*signal {sig}", proc.stderr)
                self.assertIn(name, proc.stderr)

    def test_rank_killed_single_process(self):
        proc = run(["--model", self.models["linear"], "--data", self.good_images, "--batch-size", "10",
                    "--debug-crash-at", "0:2", "--output", self.p("crash-single.json")], timeout=60)
        self.assertEqual(proc.returncode, -9)
        self.assertFalse(os.path.exists(self.p("crash-single.json")))

    def serve_once(self, path, mode):
        """A progress-socket server that accepts one client, reads its hello and then
        closes ("close") or stops reading without closing ("stall")."""
        if os.path.exists(path):
            os.remove(path)
        server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        server.bind(path)
        server.listen(1)
        got = {}

        def serve():
            conn, _ = server.accept()
            data = b""
            while b"\n" not in data:
                chunk = conn.recv(4096)
                if not chunk:
                    break
                data += chunk
            got["hello"] = data.split(b"\n")[0]
            if mode == "close":
                conn.close()
                server.close()
            else:
                got["conn"] = conn  # keep it open, never read again
        t = threading.Thread(target=serve, daemon=True)
        t.start()
        return t, got, server

    def test_progress_socket_disappears(self):
        for mode in ("close", "stall"):
            with self.subTest(mode=mode):
                path = os.path.join(WORK, f"progress-{mode}.sock")
                thread, got, server = self.serve_once(path, mode)
                out = self.p(f"socket-{mode}.json")
                proc = run(["--model", self.models["linear"], "--data", FASHION, "--batch-size", "20",
                            "--bootstrap", "20", "--quiet", "--progress-socket", path, "--output",
                            out], np_=2, timeout=120, extra_env={"DISTEVAL_PROGRESS_TOKEN": "t" * 64})
                thread.join(10)
                self.assertEqual(proc.returncode, 0, proc.stderr)
                self.assertTrue(os.path.exists(out))
                hello = json.loads(got["hello"])
                self.assertEqual((hello["type"], hello["token"]), ("hello", "t" * 64))
                with open(out) as f:
                    self.assertEqual(json.load(f)["dataset"]["num_samples"], 10000)
                if mode == "close":
                    self.assertIn("went away", proc.stderr)
                server.close()
                if "conn" in got:
                    got["conn"].close()

    def test_progress_socket_missing(self):
        out = self.p("socket-missing.json")
        proc = run(["--model", self.models["linear"], "--data", self.good_images, "--quiet",
                    "--progress-socket", self.p("no-such.sock"), "--output", out], timeout=60)
        self.assertEqual(proc.returncode, 0, proc.stderr)
        self.assertIn("cannot connect to the progress socket", proc.stderr)
        self.assertTrue(os.path.exists(out))


if __name__ == "__main__":
    ENGINE = os.path.abspath(sys.argv[1])
    WORK = os.path.abspath(sys.argv[2])
    shutil.rmtree(WORK, ignore_errors=True)
    os.makedirs(WORK)
    unittest.main(argv=[sys.argv[0], "-v"])
