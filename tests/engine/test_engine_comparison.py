#!/usr/bin/python3
"""Paired comparisons of checkpoints by disteval-engine.

Checks McNemar's counts and p-values against an independent computation (SciPy's exact
binomial test on per-sample predictions from PyTorch), paired bootstrap intervals that
are identical at world sizes 1, 2 and 3, a checkpoint compared with itself (zero
deltas, p = 1), two separate runs compared through their prediction files (the same
numbers as one run holding both models), and refusal to compare runs on different data.

Usage: test_engine_comparison.py ENGINE_BINARY WORK_DIR
"""
import json
import math
import os
import shutil
import subprocess
import sys
import unittest

import numpy as np
from scipy.stats import binomtest

sys.path.insert(0, os.path.dirname(__file__))
import test_engine_reference as ref  # noqa: E402  (shared helpers)

FASHION = ref.FASHION


class ComparisonTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        subprocess.run([sys.executable, os.path.join(os.path.dirname(__file__), "make_test_models.py"),
                        ref.WORK], check=True)

    def p(self, name):
        return os.path.join(ref.WORK, name)

    def run_pair(self, world, name, extra=()):
        return ref.evaluate(self.p("cnn.pt"), FASHION, self.p(name), world,
                            ["--model", self.p("linear.pt"), *extra])

    def test_mcnemar_against_scipy(self):
        r = self.run_pair(None, "pair-1.json")
        la, y = ref.reference_logits(self.p("cnn.pt"), FASHION)
        lb, _ = ref.reference_logits(self.p("linear.pt"), FASHION)
        ra, rb = la.argmax(1) == y, lb.argmax(1) == y
        b01 = int(np.sum(~ra & rb))
        b10 = int(np.sum(ra & ~rb))
        c = r["comparisons"][0]
        self.assertEqual((c["a"], c["b"]), (0, 1))
        self.assertEqual(c["mcnemar"]["b01"], b01)
        self.assertEqual(c["mcnemar"]["b10"], b10)
        self.assertEqual(c["both_correct"], int(np.sum(ra & rb)))
        self.assertEqual(c["both_wrong"], int(np.sum(~ra & ~rb)))
        expected = binomtest(b01, b01 + b10, 0.5).pvalue
        self.assertAlmostEqual(c["mcnemar"]["p_exact"], expected, delta=1e-12 + 1e-9 * expected)
        # delta of accuracy = accuracy(B) - accuracy(A), exactly the models' own values
        ma, mb = (m["metrics"] for m in r["models"])
        for name in ("accuracy", "macro_f1", "mcc"):
            self.assertAlmostEqual(c["delta"][name]["value"], mb[name]["value"] - ma[name]["value"],
                                   delta=1e-12)
        for k, d in enumerate(c["per_class_delta_f1"]):
            self.assertAlmostEqual(d["value"], r["models"][1]["per_class"][k]["f1"]["value"]
                                   - r["models"][0]["per_class"][k]["f1"]["value"], delta=1e-12)
            self.assertLessEqual(d["ci"][0], d["value"] + 1e-12)
            self.assertGreaterEqual(d["ci"][1], d["value"] - 1e-12)

    def test_paired_intervals_identical_across_world_sizes(self):
        results = [self.run_pair(w, f"pair-w{w or 1}.json") for w in (None, 2, 3)]
        first = results[0]["comparisons"]
        for other in results[1:]:
            for ca, cb in zip(first, other["comparisons"]):
                self.assertEqual(ca["mcnemar"]["b01"], cb["mcnemar"]["b01"])
                self.assertEqual(ca["mcnemar"]["b10"], cb["mcnemar"]["b10"])
                self.assertEqual(ca["mcnemar"]["p_exact"], cb["mcnemar"]["p_exact"])
                for name, d in ca["delta"].items():
                    self.assertAlmostEqual(d["value"], cb["delta"][name]["value"], delta=1e-12)
                    self.assertEqual(d["ci"], cb["delta"][name]["ci"], name)
                self.assertEqual(ca["per_class_delta_f1"], cb["per_class_delta_f1"])

    def test_checkpoint_against_itself(self):
        r = ref.evaluate(self.p("cnn.pt"), FASHION, self.p("self.json"), 2, ["--model", self.p("cnn.pt")])
        c = r["comparisons"][0]
        self.assertEqual((c["mcnemar"]["b01"], c["mcnemar"]["b10"]), (0, 0))
        self.assertEqual((c["mcnemar"]["p_exact"], c["mcnemar"]["p_mid"]), (1.0, 1.0))
        for name, d in c["delta"].items():
            self.assertEqual(d["value"], 0.0, name)
            if name == "accuracy":
                # Bonett-Price with no discordant sample among N: symmetric around 0,
                # z * sqrt(2) / (N + 2) on each side (a discordance of a few per N is
                # not ruled out by N samples).
                n = 10000
                half = 1.959963984540054 * math.sqrt(2 / (n + 2)) / (n + 2) ** 0.5
                self.assertAlmostEqual(d["ci"][1], half, delta=1e-15)
                self.assertEqual(d["ci"][0], -d["ci"][1])
                self.assertEqual(d["method"], "bonett-price")
                continue
            if d["ci"] is None:  # withheld (a class with few predictions), with the reason
                self.assertIn("fewer than 20", d["ci_reason"], name)
                continue
            self.assertEqual(d["ci"], [0.0, 0.0], name)
        for d in c["per_class_delta_f1"]:
            self.assertEqual(d["value"], 0.0)
            self.assertTrue(d["ci"] == [0.0, 0.0] or "ci_reason" in d, d)

    def test_three_models_give_three_pairs(self):
        r = ref.evaluate(self.p("cnn.pt"), self.p("small.pt"), self.p("three.json"), None,
                         ["--model", self.p("linear.pt"), "--model", self.p("cnn.pt")])
        self.assertEqual([(c["a"], c["b"]) for c in r["comparisons"]], [(0, 1), (0, 2), (1, 2)])

    def test_separate_runs_compare_like_one_run(self):
        both = self.run_pair(None, "both.json")
        ref.evaluate(self.p("cnn.pt"), FASHION, self.p("run-a.json"), 2, ["--save-predictions"])
        ref.evaluate(self.p("linear.pt"), os.path.dirname(FASHION), self.p("run-b.json"), 3,
                     ["--save-predictions"])
        self.assertTrue(os.path.exists(self.p("run-a.predictions.bin")))
        with open(self.p("run-a.json")) as f:
            a = json.load(f)
        self.assertEqual(a["predictions"]["path"], "run-a.predictions.bin")
        self.assertEqual(len(a["predictions"]["dataset_fingerprint"]), 64)
        proc = ref.run_engine(["--compare", self.p("run-a.json"), self.p("run-b.json"),
                               "--output", self.p("ab.json"), "--quiet"])
        self.assertEqual(proc.returncode, 0, proc.stderr)
        with open(self.p("ab.json")) as f:
            ab = json.load(f)
        c, d = both["comparisons"][0], ab["comparisons"][0]
        self.assertEqual(c["mcnemar"], d["mcnemar"])
        for name in c["delta"]:
            self.assertAlmostEqual(c["delta"][name]["value"], d["delta"][name]["value"], delta=1e-12)
            self.assertEqual(c["delta"][name]["ci"], d["delta"][name]["ci"])

    def test_sidecar_holds_predictions_in_global_order(self):
        ref.evaluate(self.p("cnn.pt"), FASHION, self.p("side.json"), 3, ["--save-predictions"])
        with open(self.p("side.predictions.bin"), "rb") as f:
            header = json.loads(f.readline())
            data = np.frombuffer(f.read(), dtype="<i4")
        n = header["num_samples"]
        self.assertEqual(n, 10000)
        self.assertEqual(len(data), 2 * n)
        logits, y = ref.reference_logits(self.p("cnn.pt"), FASHION)
        self.assertTrue(np.array_equal(data[:n], y))
        self.assertTrue(np.array_equal(data[n:], logits.argmax(1)))

    def test_runs_on_different_data_are_refused(self):
        ref.evaluate(self.p("cnn.pt"), FASHION, self.p("data-a.json"), None, ["--save-predictions"])
        ref.evaluate(self.p("cnn.pt"), self.p("small.pt"), self.p("data-b.json"), None,
                     ["--save-predictions"])
        proc = ref.run_engine(["--compare", self.p("data-a.json"), self.p("data-b.json"),
                               "--output", self.p("refused.json")], check=False)
        self.assertEqual(proc.returncode, 3)
        self.assertIn("different datasets", proc.stderr)
        self.assertFalse(os.path.exists(self.p("refused.json")))
        proc = ref.run_engine(["--compare", self.p("data-a.json"), self.p("pair-none.json")],
                              check=False)
        self.assertNotEqual(proc.returncode, 0)

    def test_compare_needs_sidecars(self):
        ref.evaluate(self.p("cnn.pt"), FASHION, self.p("plain.json"))
        proc = ref.run_engine(["--compare", self.p("plain.json"), self.p("plain.json")], check=False)
        self.assertEqual(proc.returncode, 3)
        self.assertIn("--save-predictions", proc.stderr)


if __name__ == "__main__":
    ref.ENGINE = os.path.abspath(sys.argv[1])
    ref.WORK = os.path.abspath(sys.argv[2])
    shutil.rmtree(ref.WORK, ignore_errors=True)
    os.makedirs(ref.WORK)
    unittest.main(argv=[sys.argv[0], "-v"])
