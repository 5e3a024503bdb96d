#!/usr/bin/python3
"""The curves of a result (schema 4, models[].curves; docs/RESULT_SCHEMA.md "Curves"):
the score, confidence and rank histograms the engine stores, recomputed here from the
models' own outputs in Python, and every curve core draws from them (dumped by
disteval_curves_dump) against scikit-learn's roc_curve, precision_recall_curve,
average_precision_score, roc_auc_score and top_k_accuracy_score on the same outputs.

A binned curve is the exact curve seen at the bins' lower edges: each of its points must
equal scikit-learn's point at the smallest threshold at or above the edge (==, not
approximately). The binned AP and AUROC equal scikit-learn's on the bin indices (tied
scores), and the exact ones lie between the bins' best and worst orderings. Every world
size gives the same curves (evaluate_all compares whole results with ==).

Usage: test_engine_curves.py ENGINE_BINARY WORK_DIR CURVES_DUMP
"""
import csv
import io
import json
import math
import os
import subprocess
import sys
import unittest

import numpy as np
import torch
from sklearn import metrics as skm

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from enginetest import evaluate_all, main, save_data, save_model  # noqa: E402

ENGINE = None
WORK = None
TOOL = None
BATCH = 16
LOW, HIGH = -20.0, 20.0
torch.set_num_threads(1)


class Linear(torch.nn.Module):
    def __init__(self, inputs, outputs, scale):
        super().__init__()
        self.fc = torch.nn.Linear(inputs, outputs)
        self.scale = scale

    def forward(self, x):
        return self.fc(x) * self.scale


def outputs_of(path, inputs):
    module = torch.jit.load(path)
    with torch.inference_mode():
        return torch.cat([module(inputs[i:i + BATCH]) for i in range(0, len(inputs), BATCH)]
                         ).double().numpy()


def softmax_log_odds(z):
    """Each class's log(p / (1 - p)) of the softmax, as the engine computes it (sequential
    sums, the C library's exp/log/expm1, which Python's math module calls too)."""
    out = np.empty_like(z)
    for i, row in enumerate(z):
        top = max(row)
        total = 0.0
        for v in row:
            total += math.exp(v - top)
        log_sum = math.log(total)
        for c, v in enumerate(row):
            log_p = (v - top) - log_sum
            out[i, c] = log_p - math.log(-math.expm1(log_p))
    return out


def score_bins(scores, bins):
    """RocHistogram::bin: floor((s - low) / (high - low) * bins), clamped."""
    out = np.empty(scores.shape, dtype=np.int64)
    for index, s in np.ndenumerate(scores):
        scaled = math.floor((s - LOW) / (HIGH - LOW) * bins)
        out[index] = 0 if not scaled > 0 else min(scaled, bins - 1)
    return out


def dense(sparse, bins):
    h = np.zeros(bins, dtype=np.int64)
    h[np.array(sparse["bins"], dtype=np.int64)] = sparse["counts"]
    return h


def dump(result_path):
    """The curves core draws, from disteval_curves_dump: {(model, kind, curve): rows}."""
    proc = subprocess.run([TOOL, result_path], capture_output=True, text=True, check=True)
    curves = {}
    for row in csv.DictReader(io.StringIO(proc.stdout)):
        key = (int(row["model"]), row["kind"], row["curve"])
        curves.setdefault(key, []).append(
            (float(row["threshold"]), float(row["x"]), float(row["y"])))
    return curves


class CurveChecks:
    """Checks of one binary problem (a class or label against the rest)."""

    def check_roc(self, got, truth, scores, bins, nbins):
        """got: the dumped (threshold, FPR, TPR) points; truth 0/1; scores the log-odds and
        bins their bin indices."""
        occupied = sorted(set(bins.tolist()), reverse=True)
        self.assertEqual(len(got), len(occupied) + 1)
        self.assertEqual(got[0][1:], (0.0, 0.0))
        fpr, tpr, thresholds = skm.roc_curve(truth, scores, drop_intermediate=False)
        for (threshold, x, y), b in zip(got[1:], occupied):
            if b == 0:  # the lowest bin also holds every lower score: every sample
                self.assertEqual((x, y), (1.0, 1.0))
                self.assertEqual(threshold, 0.0)
                continue
            edge = LOW + (HIGH - LOW) * b / nbins
            self.assertAlmostEqual(threshold, 1 / (1 + math.exp(-edge)), delta=1e-15)
            at = np.nonzero(thresholds >= edge)[0][-1]  # the smallest threshold >= the edge
            self.assertEqual((x, y), (fpr[at], tpr[at]), f"bin {b}")

    def check_pr(self, got, truth, scores, bins):
        occupied = sorted(set(bins.tolist()), reverse=True)
        self.assertEqual(len(got), len(occupied) + 1)
        self.assertEqual(got[0][1:], (0.0, 1.0))
        precision, recall, thresholds = skm.precision_recall_curve(truth, scores)
        positives = truth.sum()
        for (_, x, y), b in zip(got[1:], occupied):
            kept = bins >= b
            tp = int(truth[kept].sum())
            # scikit-learn's points stop where the recall first reaches 1: above that, its
            # point at the smallest threshold at or above the bin's edge, which is the
            # lowest score in the bin or above.
            if b > 0 and tp < positives:
                at = np.nonzero(thresholds <= scores[kept].min())[0][-1]
                self.assertEqual((x, y), (recall[at], precision[at]), f"bin {b}")
            self.assertEqual((x, y), (tp / positives, tp / int(kept.sum())), f"bin {b}")

    def check_areas(self, value, truth, scores, bins, metric):
        """The binned value equals scikit-learn's on the bin indices (ties), and the exact
        value lies between the bins' worst and best orderings."""
        fn = skm.average_precision_score if metric == "ap" else skm.roc_auc_score
        self.assertAlmostEqual(value, fn(truth, bins), delta=1e-12)
        # Inside a bin the samples' order is unknown: the worst ranks its negatives above
        # its positives, the best below, and neither ties samples (tied positives share
        # the precision of the last of them, which is above the others').
        order = 0.25 * np.arange(len(truth)) / len(truth)
        worst = fn(truth, bins + 0.5 * (1 - truth) + order)
        best = fn(truth, bins + 0.5 * truth + order)
        exact = fn(truth, scores)
        self.assertLessEqual(worst - 1e-12, exact)
        self.assertLessEqual(exact, best + 1e-12)


class ClassificationCurves(unittest.TestCase, CurveChecks):
    C = 7
    N = 700

    @classmethod
    def setUpClass(cls):
        g = torch.Generator().manual_seed(11)
        cls.y = torch.randint(0, cls.C, (cls.N,), generator=g)
        # Inputs that carry the label, so the curves are far from the diagonal.
        cls.x = torch.randn(cls.N, 5, generator=g) + torch.nn.functional.one_hot(
            cls.y % 5, 5).float() * 1.5
        cls.data = save_data("cls.pt", cls.x, cls.y)
        cls.a = save_model(Linear(5, cls.C, 1.0), "cls-a.pt", 2)
        cls.b = save_model(Linear(5, cls.C, 4.0), "cls-b.pt", 3)  # scores beyond +-20 too

    def check_model(self, result, path, model, nbins, curves):
        z = outputs_of(path, self.x)
        y = self.y.numpy()
        m = result["models"][model]
        s = softmax_log_odds(z)
        b = score_bins(s, nbins)
        stored = m["curves"]["scores"]
        self.assertEqual((stored["scale"], stored["low"], stored["high"], stored["bins"]),
                         ("log_odds", LOW, HIGH, nbins))
        for c in range(self.C):
            truth = (y == c).astype(np.int64)
            with self.subTest(model=model, c=c):
                entry = stored["classes"][c]
                np.testing.assert_array_equal(dense(entry["positive"], nbins),
                                              np.bincount(b[truth == 1, c], minlength=nbins))
                np.testing.assert_array_equal(dense(entry["negative"], nbins),
                                              np.bincount(b[truth == 0, c], minlength=nbins))
                self.check_roc(curves[(model, "roc", str(c))], truth, s[:, c], b[:, c], nbins)
                self.check_pr(curves[(model, "pr", str(c))], truth, s[:, c], b[:, c])
                pc = m["per_class"][c]
                self.check_areas(pc["auroc"]["value"], truth, s[:, c], b[:, c], "auroc")
                self.check_areas(pc["average_precision"]["value"], truth, s[:, c], b[:, c], "ap")
                ap = pc["average_precision"]
                if truth.sum() >= 20 and 0 < ap["value"] < 1:
                    self.assertEqual(ap["method"], "logit")
                    self.assertLess(ap["ci"][0], ap["value"])
                    self.assertGreater(ap["ci"][1], ap["value"])
        # micro: every class's one-hot label against its score, raveled
        onehot = (y[:, None] == np.arange(self.C)[None, :]).astype(np.int64)
        self.check_roc(curves[(model, "roc", "micro")], onehot.ravel(), s.ravel(), b.ravel(),
                       nbins)
        self.check_pr(curves[(model, "pr", "micro")], onehot.ravel(), s.ravel(), b.ravel())
        # macro: scikit-learn's example, from the classes' curves
        per_class = [np.array(curves[(model, "roc", str(c))])[:, 1:] for c in range(self.C)]
        grid = np.unique(np.concatenate([p[:, 0] for p in per_class]))
        mean = np.zeros_like(grid)
        for p in per_class:
            mean += np.interp(grid, p[:, 0], p[:, 1])
        mean /= self.C
        macro = np.array(curves[(model, "roc", "macro")])[:, 1:]
        np.testing.assert_array_equal(macro[:, 0], grid)
        np.testing.assert_allclose(macro[:, 1], mean, rtol=0, atol=1e-12)
        self.check_confidence_and_ranks(m, z, y, curves, model)

    def check_confidence_and_ranks(self, m, z, y, curves, model):
        zmax = z.max(1, keepdims=True)
        p = np.exp(z - zmax) / np.exp(z - zmax).sum(1, keepdims=True)
        confidence = p.max(1)
        right = z.argmax(1) == y
        fine = np.clip(np.ceil(confidence * 300) - 1, 0, 299).astype(np.int64)
        stored = m["curves"]["confidence"]
        self.assertEqual(stored["bins"], 300)
        np.testing.assert_array_equal(stored["correct"], np.bincount(fine[right], minlength=300))
        np.testing.assert_array_equal(stored["wrong"], np.bincount(fine[~right], minlength=300))
        got = curves[(model, "confidence", "all")]
        self.assertEqual(len(got), 300)
        for f, (threshold, coverage, accuracy) in enumerate(got):
            kept = fine >= f  # confidence above f / 300
            self.assertEqual(threshold, f / 300)
            self.assertEqual(coverage, kept.sum() / self.N)
            if kept.any():
                self.assertEqual(accuracy, right[kept].sum() / kept.sum())
            else:
                self.assertTrue(math.isnan(accuracy))
        ranks = [(k, hits) for key, rows in curves.items() if key[:2] == (model, "topk")
                 for _, k, hits in rows]
        self.assertEqual(len(ranks), self.C)
        labels = list(range(self.C))
        for k, hits in ranks:
            if k < self.C:
                self.assertAlmostEqual(
                    hits / self.N, skm.top_k_accuracy_score(y, z, k=int(k), labels=labels),
                    delta=1e-15)
            else:
                self.assertEqual(hits, self.N)
        self.assertEqual(len(m["curves"]["rank_hits"]), self.C)

    def test_against_scikit_learn_coarse_bins(self):
        # 64 bins: many samples share a bin, the curves' points are the bins' edges.
        r = evaluate_all(self, [self.a, self.b], self.data, ["--auroc-bins", "64"], batch=BATCH,
                         tag="coarse")
        self.assertEqual(r["schema_version"], 4)
        curves = dump(os.path.join(WORK, "coarse-np1.json"))
        for model, path in enumerate((self.a, self.b)):
            self.check_model(r, path, model, 64, curves)

    def test_against_scikit_learn_default_bins(self):
        r = evaluate_all(self, [self.a], self.data, [], sizes=(1, 3), batch=BATCH,
                         tag="default")
        bins = r["models"][0]["auroc_bins"]
        self.assertEqual(bins, 8192)
        self.check_model(r, self.a, 0, bins, dump(os.path.join(WORK, "default-np1.json")))

    def test_no_score_histograms_without_auroc(self):
        r = evaluate_all(self, [self.a], self.data, ["--auroc-bins", "0"], sizes=(1,),
                         batch=BATCH, tag="nobins")
        curves = r["models"][0]["curves"]
        self.assertNotIn("scores", curves)
        self.assertIn("confidence", curves)
        self.assertIn("rank_hits", curves)


class MultiLabelCurves(unittest.TestCase, CurveChecks):
    L = 4
    N = 300

    def test_against_scikit_learn(self):
        g = torch.Generator().manual_seed(5)
        x = torch.randn(self.N, 6, generator=g)
        y = (x[:, :self.L] + 0.8 * torch.randn(self.N, self.L, generator=g) > 0.3).float()
        data = save_data("ml.pt", x, y)
        model = save_model(Linear(6, self.L, 1.0), "ml-model.pt", 8)
        r = evaluate_all(self, [model], data, ["--task", "multilabel", "--auroc-bins", "128"],
                         batch=BATCH, tag="ml")
        curves = dump(os.path.join(WORK, "ml-np1.json"))
        z = outputs_of(model, x)
        b = score_bins(z, 128)  # a label's score is its logit, the log-odds of its sigmoid
        m = r["models"][0]
        self.assertNotIn("confidence", m["curves"])
        self.assertNotIn("rank_hits", m["curves"])
        labels = y.numpy().astype(np.int64)
        for k in range(self.L):
            with self.subTest(label=k):
                self.check_roc(curves[(0, "roc", str(k))], labels[:, k], z[:, k], b[:, k], 128)
                self.check_pr(curves[(0, "pr", str(k))], labels[:, k], z[:, k], b[:, k])
                self.check_areas(m["per_class"][k]["average_precision"]["value"], labels[:, k],
                                 z[:, k], b[:, k], "ap")


if __name__ == "__main__":
    main(globals())
