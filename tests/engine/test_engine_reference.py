#!/usr/bin/python3
"""disteval-engine against independent references.

Every number the engine reports is recomputed here from per-sample model outputs with
scikit-learn (metrics), NumPy (loss, ECE, Wilson intervals) and PyTorch (the same
TorchScript model run from Python over the same batches), and the same evaluation is
run at world sizes 1 (no mpirun), 2, 3 and 4 (oversubscribed): confusion matrices and
integers must be equal, floating values equal to 1e-12, intervals identical.

Usage: test_engine_reference.py ENGINE_BINARY WORK_DIR
"""
import gzip
import json
import math
import os
import shutil
import subprocess
import sys
import unittest

import numpy as np
import torch
from scipy.stats import norm
from sklearn import metrics as skm

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from enginetest import mpi_env  # noqa: E402
from resultcompare import assert_identical  # noqa: E402

ENGINE = None
WORK = None
FASHION = "/usr/share/datasets/fashion-mnist/t10k-images-idx3-ubyte.gz"




def run_engine(args, np_=None, check=True):
    cmd = [ENGINE] + args
    if np_ is not None:
        cmd = ["mpirun", "-np", str(np_), "--oversubscribe"] + cmd
    proc = subprocess.run(cmd, capture_output=True, text=True, env=mpi_env(), timeout=300)
    if check and proc.returncode != 0:
        raise AssertionError(f"{' '.join(cmd)} failed ({proc.returncode}):\n{proc.stderr}")
    return proc


def evaluate(model, data, out, np_=None, extra=()):
    run_engine(["--model", model, "--data", data, "--output", out, "--threads", "1",
                "--quiet", "--no-progress"] + list(extra), np_)
    with open(out) as f:
        return json.load(f)


def load_idx(path):
    with gzip.open(path) if path.endswith(".gz") else open(path, "rb") as f:
        raw = f.read()
    n, rows, cols = (int.from_bytes(raw[i:i + 4], "big") for i in (4, 8, 12))
    images = np.frombuffer(raw, np.uint8, offset=16).reshape(n, 1, rows, cols)
    labels_path = os.path.join(os.path.dirname(path),
                               os.path.basename(path).replace("images", "labels").replace("idx3", "idx1"))
    with gzip.open(labels_path) if labels_path.endswith(".gz") else open(labels_path, "rb") as f:
        labels = np.frombuffer(f.read(), np.uint8, offset=8).astype(np.int64)
    return torch.from_numpy(images.astype(np.float32) / 255.0), labels


def load_dataset(path):
    if path.endswith(".pt"):
        d = torch.load(path)
        x = d["inputs"]
        x = x.float() / 255.0 if x.dtype == torch.uint8 else x.float()
        return x, d["labels"].numpy().astype(np.int64)
    return load_idx(path)


def reference_logits(model_path, data_path, batch=256):
    torch.set_num_threads(1)
    x, y = load_dataset(data_path)
    model = torch.jit.load(model_path)
    model.eval()
    outs = []
    with torch.inference_mode():
        for start in range(0, x.shape[0], batch):  # the engine's global batch boundaries
            outs.append(model(x[start:start + batch]))
    return torch.cat(outs).double().numpy(), y


def wilson(k, n, conf):
    z = norm.ppf(0.5 + conf / 2)
    centre = (k + z * z / 2) / (n + z * z)
    half = z / (n + z * z) * math.sqrt(k * (n - k) / n + z * z / 4)
    return max(0.0, centre - half), min(1.0, centre + half)


def ece_reference(conf, correct, bins=15):
    # bins (b/15, (b+1)/15], confidence 0 in the first bin
    idx = np.clip(np.ceil(conf * bins) - 1, 0, bins - 1).astype(int)
    total = 0.0
    for b in range(bins):
        m = idx == b
        if m.any():
            total += m.sum() / len(conf) * abs(correct[m].mean() - conf[m].mean())
    return total


class ReferenceTest(unittest.TestCase):
    maxDiff = None

    @classmethod
    def setUpClass(cls):
        subprocess.run([sys.executable, os.path.join(os.path.dirname(__file__), "make_test_models.py"),
                        WORK], check=True)

    def path(self, name):
        return os.path.join(WORK, name)

    def check_against_sklearn(self, result, model, data, zero_division=0):
        logits, y = reference_logits(model, data)
        C = logits.shape[1]
        pred = logits.argmax(1)
        logp = logits - np.log(np.exp(logits - logits.max(1, keepdims=True)).sum(1, keepdims=True)) \
            - logits.max(1, keepdims=True)
        prob = np.exp(logp)
        m = result["models"][0]
        got = {k: v["value"] for k, v in m["metrics"].items()}
        n = len(y)
        labels = list(range(C))

        cm = skm.confusion_matrix(y, pred, labels=labels)
        self.assertEqual(m["confusion_matrix"], cm.tolist())
        zd = zero_division
        expected = {
            "accuracy": skm.accuracy_score(y, pred),
            "balanced_accuracy": skm.balanced_accuracy_score(y, pred),
            "macro_f1": skm.f1_score(y, pred, average="macro", zero_division=zd),
            "weighted_f1": skm.f1_score(y, pred, average="weighted", zero_division=zd),
            "macro_precision": skm.precision_score(y, pred, average="macro", zero_division=zd),
            "macro_recall": skm.recall_score(y, pred, average="macro", zero_division=zd),
            "weighted_precision": skm.precision_score(y, pred, average="weighted", zero_division=zd),
            "weighted_recall": skm.recall_score(y, pred, average="weighted", zero_division=zd),
            "cohen_kappa": skm.cohen_kappa_score(y, pred),
            "mcc": skm.matthews_corrcoef(y, pred),
            "loss": float(-logp[np.arange(n), y].mean()),
            "ece": ece_reference(prob.max(1), (pred == y).astype(float)),
        }
        if C >= 5:
            expected["top5_accuracy"] = skm.top_k_accuracy_score(y, logits, k=5, labels=labels)
        for k, v in expected.items():
            self.assertAlmostEqual(got[k], v, delta=1e-9, msg=k)

        p, r, f, s = skm.precision_recall_fscore_support(y, pred, labels=labels, zero_division=zd)
        for c, pc in enumerate(m["per_class"]):
            self.assertEqual(pc["support"], int(s[c]))
            self.assertAlmostEqual(pc["precision"]["value"], p[c], delta=1e-12)
            self.assertAlmostEqual(pc["recall"]["value"], r[c], delta=1e-12)
            self.assertAlmostEqual(pc["f1"]["value"], f[c], delta=1e-12)
            if pc["recall"]["ci"] is not None:
                lo, hi = wilson(cm[c, c], s[c], result["statistics"]["confidence"])
                self.assertAlmostEqual(pc["recall"]["ci"][0], lo, delta=1e-12)
                self.assertAlmostEqual(pc["recall"]["ci"][1], hi, delta=1e-12)

        lo, hi = wilson(int(np.trace(cm)), n, result["statistics"]["confidence"])
        self.assertAlmostEqual(m["metrics"]["accuracy"]["ci"][0], lo, delta=1e-12)
        self.assertAlmostEqual(m["metrics"]["accuracy"]["ci"][1], hi, delta=1e-12)

        if len(set(y.tolist())) == C:
            exact = skm.roc_auc_score(y, prob, multi_class="ovr", average="macro", labels=labels)
            bound = m["auroc_error_bound"]
            self.assertLessEqual(abs(got["macro_auroc"] - exact), bound + 1e-12)
            self.assertLess(bound, 0.01)
        # every interval brackets its value (where both exist)
        for k, v in m["metrics"].items():
            if v["ci"] is not None and v["value"] is not None:
                self.assertLessEqual(v["ci"][0], v["value"] + 1e-12, k)
                self.assertGreaterEqual(v["ci"][1], v["value"] - 1e-12, k)

    def assert_same_result(self, a, b, what):
        for ma, mb in zip(a["models"], b["models"]):
            self.assertEqual(ma["confusion_matrix"], mb["confusion_matrix"], what)
            for k in ma["metrics"]:
                va, vb = ma["metrics"][k], mb["metrics"][k]
                if va["value"] is None:
                    self.assertIsNone(vb["value"], k)
                else:
                    self.assertAlmostEqual(va["value"], vb["value"], delta=1e-12, msg=f"{what} {k}")
                if va["ci"] is None:
                    self.assertIsNone(vb["ci"], k)
                else:
                    for x, z in zip(va["ci"], vb["ci"]):
                        self.assertAlmostEqual(x, z, delta=1e-12, msg=f"{what} {k} ci")
            for ca, cb in zip(ma["per_class"], mb["per_class"]):
                for key in ("precision", "recall", "f1"):
                    self.assertEqual(ca[key]["value"], cb[key]["value"], f"{what} {key}")
                    self.assertEqual(ca[key]["ci"], cb[key]["ci"], f"{what} {key} ci")
            for ba, bb in zip(ma["calibration"], mb["calibration"]):
                self.assertEqual(ba["count"], bb["count"], what)
                for key in ("accuracy", "confidence"):
                    if ba[key] is None:
                        self.assertIsNone(bb[key])
                    else:  # sums of floats: equal up to rounding
                        self.assertAlmostEqual(ba[key], bb[key], delta=1e-12, msg=f"{what} {key}")

    def assert_exact_sharding(self, result, n):
        ranks = result["ranks"]
        self.assertEqual(len(ranks), result["world_size"])
        expected_first = 0
        for r in ranks:
            self.assertEqual(r["first"], min(expected_first, n) if r["count"] == 0 else expected_first)
            expected_first += r["count"]
        self.assertEqual(sum(r["count"] for r in ranks), n)
        for m in result["models"]:
            self.assertEqual(sum(map(sum, m["confusion_matrix"])), n)

    def test_fashion_mnist_world_sizes(self):
        model = self.path("cnn.pt")
        results = {}
        for world in (1, 2, 3, 4):
            out = self.path(f"fashion-{world}.json")
            results[world] = evaluate(model, FASHION, out, None if world == 1 else world)
            self.assertEqual(results[world]["world_size"], world)
            self.assert_exact_sharding(results[world], 10000)
        self.check_against_sklearn(results[1], model, FASHION)
        for world in (2, 3, 4):
            self.assert_same_result(results[1], results[world], f"world size {world}")

    def test_bit_identical_across_world_threads_prefetch_placement(self):
        """Every number of the result is the same bit for bit at a fixed batch size."""
        model, b = self.path("cnn.pt"), self.path("linear.pt")
        runs = {
            "np1 t1": (None, ["--threads", "1"]),
            "np1 t2": (None, ["--threads", "2"]),
            "np1 t2 no prefetch": (None, ["--threads", "2", "--prefetch", "0"]),
            "np2 t1": (2, ["--threads", "1"]),
            "np2 t2": (2, ["--threads", "2"]),
            "np3 t1 prefetch 5x3": (3, ["--threads", "1", "--prefetch", "5",
                                         "--prefetch-workers", "3"]),
            "np4 t1": (4, ["--threads", "1"]),
        }
        results = {}
        for name, (np_, extra) in runs.items():
            out = self.path("bits-" + name.replace(" ", "-") + ".json")
            args = ["--model", model, "--model", b, "--data", FASHION, "--output", out, "--quiet",
                    "--no-progress", "--batch-size", "100", "--save-predictions"] + extra
            cmd = [ENGINE] + args
            if np_:
                cmd = ["mpirun", "-np", str(np_), "--oversubscribe", "--bind-to",
                       "core" if np_ == 2 else "none", "--map-by", "slot" if np_ == 3 else "core",
                       ENGINE] + args
            subprocess.run(cmd, check=True, capture_output=True, env=mpi_env(), timeout=300)
            with open(out) as f:
                results[name] = json.load(f)
        base = results["np1 t1"]
        for name, r in results.items():
            assert_identical(self, base, r, name)
        # The comparison of the two models is part of it.
        self.assertEqual(len(base["comparisons"]), 1)

    def test_more_ranks_than_samples(self):
        model = self.path("linear.pt")
        one = evaluate(model, self.path("tiny.pt"), self.path("tiny-1.json"), None, ["--batch-size", "1"])
        four = evaluate(model, self.path("tiny.pt"), self.path("tiny-4.json"), 4, ["--batch-size", "1"])
        self.assert_exact_sharding(four, 3)
        self.assertEqual(four["ranks"][3]["count"], 0)
        self.assert_same_result(one, four, "idle rank")

    def test_uneven_batches_and_world(self):
        model = self.path("cnn.pt")
        data = self.path("small.pt")
        one = evaluate(model, data, self.path("small-1.json"), None, ["--batch-size", "5"])
        three = evaluate(model, data, self.path("small-3.json"), 3, ["--batch-size", "5"])
        self.assert_exact_sharding(three, 37)
        self.assertEqual([r["count"] for r in three["ranks"]], [15, 15, 7])
        self.assert_same_result(one, three, "37 samples on 3 ranks")

    def test_small_dataset_matches_sklearn(self):
        for zd in (0, 1):
            data = self.path("small.pt")
            r = evaluate(self.path("cnn.pt"), data, self.path(f"small-zd{zd}.json"), None,
                         ["--zero-division", str(zd)])
            self.check_against_sklearn(r, self.path("cnn.pt"), data, zero_division=zd)

    def test_uint8_tensor_file_equals_float(self):
        a = evaluate(self.path("linear.pt"), self.path("uint8.pt"), self.path("u8.json"))
        x = torch.load(self.path("uint8.pt"))
        torch.save({"inputs": x["inputs"].float() / 255.0, "labels": x["labels"]}, self.path("u8f.pt"))
        b = evaluate(self.path("linear.pt"), self.path("u8f.pt"), self.path("u8f.json"))
        self.assert_same_result(a, b, "uint8 vs float")

    def test_plain_idx_equals_gzip(self):
        folder = self.path("plain-idx")
        os.makedirs(folder, exist_ok=True)
        for name in ("t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte"):
            with gzip.open(os.path.join(os.path.dirname(FASHION), name + ".gz")) as src, \
                    open(os.path.join(folder, name), "wb") as dst:
                shutil.copyfileobj(src, dst)
        model = self.path("linear.pt")
        a = evaluate(model, FASHION, self.path("gz.json"))
        b = evaluate(model, os.path.join(folder, "t10k-images-idx3-ubyte"), self.path("plain.json"))
        self.assert_same_result(a, b, "plain vs gzip")
        self.assertEqual(b["dataset"]["format"], "idx")

    def test_batch_size_does_not_change_intervals(self):
        model = self.path("linear.pt")
        a = evaluate(model, FASHION, self.path("bs7.json"), None, ["--batch-size", "7"])
        b = evaluate(model, FASHION, self.path("bs1000.json"), 2, ["--batch-size", "1000"])
        self.assert_same_result(a, b, "batch size 7 vs 1000")

    def test_seed_changes_only_bootstrap_intervals(self):
        model = self.path("linear.pt")
        a = evaluate(model, FASHION, self.path("seed1.json"), None, ["--seed", "1"])
        b = evaluate(model, FASHION, self.path("seed2.json"), None, ["--seed", "2"])
        ma, mb = a["models"][0]["metrics"], b["models"][0]["metrics"]
        self.assertEqual(ma["accuracy"], mb["accuracy"])  # Wilson: no randomness
        self.assertEqual(ma["loss"], mb["loss"])
        self.assertEqual(a["models"][0]["per_class"], b["models"][0]["per_class"])
        self.assertNotEqual(ma["macro_f1"]["ci"], mb["macro_f1"]["ci"])

    def test_result_schema(self):
        r = evaluate(self.path("linear.pt"), self.path("small.pt"), self.path("schema.json"), 2)
        for key in ("schema_version", "engine_version", "created", "world_size", "config", "dataset",
                    "ranks", "models", "statistics"):
            self.assertIn(key, r)
        self.assertEqual(r["schema_version"], 4)
        self.assertEqual(r["dataset"]["num_samples"], 37)
        self.assertEqual(r["dataset"]["num_classes"], 10)
        self.assertEqual(len(r["dataset"]["class_names"]), 10)
        self.assertEqual(r["config"]["bootstrap"], 1000)
        m = r["models"][0]
        self.assertEqual(len(m["sha256"]), 64)
        with open(self.path("linear.pt"), "rb") as f:
            import hashlib
            self.assertEqual(m["sha256"], hashlib.sha256(f.read()).hexdigest())
        for name in ("accuracy", "balanced_accuracy", "top5_accuracy", "loss", "macro_f1", "weighted_f1",
                     "macro_precision", "macro_recall", "cohen_kappa", "mcc", "ece", "macro_auroc"):
            self.assertIn(name, m["metrics"])
            self.assertIn("value", m["metrics"][name])
            self.assertIn("ci", m["metrics"][name])
        for pc in m["per_class"]:
            for key in ("index", "name", "support", "precision", "recall", "f1"):
                self.assertIn(key, pc)

    def test_class_names_file(self):
        names = self.path("names.txt")
        with open(names, "w") as f:
            f.write("\n".join(f"class-{i}" for i in range(10)) + "\n")
        r = evaluate(self.path("linear.pt"), self.path("small.pt"), self.path("names.json"), None,
                     ["--class-names", names])
        self.assertEqual(r["dataset"]["class_names"][3], "class-3")
        self.assertEqual(r["models"][0]["per_class"][3]["name"], "class-3")

    def test_normalize_is_applied(self):
        model = self.path("linear.pt")
        data = self.path("small.pt")
        r = evaluate(model, data, self.path("norm.json"), None, ["--normalize", "0.5,0.25"])
        x, y = load_dataset(data)
        torch.save({"inputs": (x - 0.5) / 0.25, "labels": torch.from_numpy(y)}, self.path("normed.pt"))
        s = evaluate(model, self.path("normed.pt"), self.path("normed.json"))
        self.assertEqual(r["models"][0]["confusion_matrix"], s["models"][0]["confusion_matrix"])
        self.assertAlmostEqual(r["models"][0]["metrics"]["loss"]["value"],
                               s["models"][0]["metrics"]["loss"]["value"], delta=1e-6)

    def test_several_models_one_run(self):
        a = self.path("cnn.pt")
        b = self.path("linear.pt")
        both = evaluate(a, FASHION, self.path("both.json"), 2, ["--model", b])
        alone = evaluate(b, FASHION, self.path("b-alone.json"))
        self.assertEqual(len(both["models"]), 2)
        self.assertEqual(both["models"][1]["confusion_matrix"], alone["models"][0]["confusion_matrix"])

    def test_threads_and_binding(self):
        cores = os.cpu_count()
        model, data = self.path("linear.pt"), self.path("small.pt")

        def run(args):
            out = self.path("threads.json")
            cmd = ["mpirun"] + args + [ENGINE, "--model", model, "--data", data, "--output", out,
                                       "--quiet", "--no-progress"]
            extra = [a for a in args if a.startswith("--keep")]
            cmd = [c for c in cmd if not c.startswith("--keep")] + extra
            subprocess.run(cmd, check=True, capture_output=True, env=mpi_env(), timeout=120)
            with open(out) as f:
                return json.load(f)["ranks"]

        # A lone rank bound to one core by mpirun gets the whole node back...
        r = run(["-np", "1", "--bind-to", "core"])
        self.assertEqual((r[0]["threads"], r[0]["cpus"]), (cores, cores))
        # ...unless told to keep its binding.
        r = run(["-np", "1", "--bind-to", "core", "--keep-binding"])
        self.assertEqual((r[0]["threads"], r[0]["cpus"]), (cores, 1))
        # Two ranks share the node fairly and never oversubscribe it.
        r = run(["-np", "2", "--oversubscribe"])
        share = max(1, cores // 2)
        self.assertEqual([x["threads"] for x in r], [share, share])
        self.assertTrue(all(x["cpus"] >= x["threads"] for x in r))

    def test_report_on_stdout(self):
        p = run_engine(["--model", self.path("cnn.pt"), "--data", self.path("small.pt"), "--no-progress"])
        self.assertIn("precision", p.stdout)
        self.assertIn("macro_f1", p.stdout)
        self.assertRegex(p.stdout, r"\d\.\d{4} \[\d\.\d{4}, \d\.\d{4}\]")
        q = run_engine(["--model", self.path("cnn.pt"), "--data", self.path("small.pt")])
        self.assertRegex(q.stderr, r"evaluated 37 samples on 1 rank")


if __name__ == "__main__":
    ENGINE = os.path.abspath(sys.argv[1])
    WORK = os.path.abspath(sys.argv[2])
    shutil.rmtree(WORK, ignore_errors=True)
    os.makedirs(WORK)
    unittest.main(argv=[sys.argv[0], "-v"])
