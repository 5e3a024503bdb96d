#!/usr/bin/python3
"""Reference values for tests/core/tst_bootstrap.cpp and tst_calibration_auroc.cpp.

Writes tests/reference/stats_reference.json with

  "bootstrap": a checkpoint-sized confusion matrix (10 classes, 10,000 samples) and the
      95% percentile-bootstrap intervals of its metrics, computed the slow, obvious way:
      B times, draw N sample indices uniformly with replacement from the N samples,
      recount the confusion matrix and recompute every metric (zero_division=0, the
      formulas checked against scikit-learn on the first replicates). disteval's fast
      resampler must agree up to Monte Carlo error.

  "auroc": per-sample softmax probabilities with their true classes and scikit-learn's
      exact one-vs-rest roc_auc_score per class (null for a class without positives).

Needs numpy and scikit-learn; run it with the Python that has them, e.g.

    /usr/bin/python3 tests/reference/make_stats_reference.py

and commit the regenerated JSON.
"""

import json
import math
import os

import numpy as np
import sklearn
from scipy.stats import norm
from sklearn.metrics import (
    balanced_accuracy_score,
    cohen_kappa_score,
    f1_score,
    matthews_corrcoef,
    precision_score,
    recall_score,
    roc_auc_score,
)

HERE = os.path.dirname(os.path.abspath(__file__))
BOOTSTRAP_REPLICATES = 20000
CONFIDENCE = 0.95


def checkpoint_matrix(rng):
    """A 10-class matrix like a decent image classifier's: unequal class sizes,
    accuracy around 0.85, errors concentrated on a few confusable pairs."""
    c, n = 10, 10000
    sizes = rng.multinomial(n, rng.dirichlet(np.full(c, 8.0)))
    cm = np.zeros((c, c), dtype=np.int64)
    for i in range(c):
        acc = rng.uniform(0.7, 0.97)
        confusion = rng.dirichlet(np.full(c - 1, 0.3))
        wrong = np.insert(confusion * (1 - acc), i, acc)
        cm[i] = rng.multinomial(sizes[i], wrong)
    return cm


def metrics_from_counts(cms):
    """Metrics of a stack of confusion matrices [B, C, C], zero_division=0."""
    cms = cms.astype(np.float64)
    tp = np.diagonal(cms, axis1=1, axis2=2)
    support = cms.sum(axis=2)
    predicted = cms.sum(axis=1)
    total = support.sum(axis=1)
    correct = tp.sum(axis=1)
    present = (support > 0) | (predicted > 0)
    npresent = present.sum(axis=1)
    with np.errstate(divide="ignore", invalid="ignore"):
        precision = np.where(predicted > 0, tp / predicted, 0.0)
        recall = np.where(support > 0, tp / support, 0.0)
        f1 = np.where(support + predicted > 0, 2 * tp / (support + predicted), 0.0)
        out = {
            "accuracy": correct / total,
            "balanced_accuracy": (np.where(support > 0, recall, 0).sum(axis=1)
                                  / (support > 0).sum(axis=1)),
            "macro_precision": (precision * present).sum(axis=1) / npresent,
            "macro_recall": (recall * present).sum(axis=1) / npresent,
            "macro_f1": (f1 * present).sum(axis=1) / npresent,
            "weighted_precision": (precision * support).sum(axis=1) / total,
            "weighted_recall": (recall * support).sum(axis=1) / total,
            "weighted_f1": (f1 * support).sum(axis=1) / total,
        }
        sp = (support * predicted).sum(axis=1)
        out["cohen_kappa"] = (total * correct - sp) / (total * total - sp)
        cov_pp = total * total - (predicted * predicted).sum(axis=1)
        cov_tt = total * total - (support * support).sum(axis=1)
        out["mcc"] = (correct * total - sp) / np.sqrt(cov_tt * cov_pp)
    out["f1"] = f1
    return out


def check_against_sklearn(cm, m):
    c = cm.shape[0]
    counts = cm.ravel()
    y_true = np.repeat(np.repeat(np.arange(c), c), counts)
    y_pred = np.repeat(np.tile(np.arange(c), c), counts)
    ref = {
        "balanced_accuracy": balanced_accuracy_score(y_true, y_pred),
        "macro_precision": precision_score(y_true, y_pred, average="macro", zero_division=0),
        "macro_recall": recall_score(y_true, y_pred, average="macro", zero_division=0),
        "macro_f1": f1_score(y_true, y_pred, average="macro", zero_division=0),
        "weighted_precision": precision_score(y_true, y_pred, average="weighted",
                                              zero_division=0),
        "weighted_recall": recall_score(y_true, y_pred, average="weighted", zero_division=0),
        "weighted_f1": f1_score(y_true, y_pred, average="weighted", zero_division=0),
        "cohen_kappa": cohen_kappa_score(y_true, y_pred),
        "mcc": matthews_corrcoef(y_true, y_pred),
    }
    for key, value in ref.items():
        assert abs(m[key] - value) < 1e-12, (key, m[key], value)
    per_class = f1_score(y_true, y_pred, average=None, zero_division=0)
    assert np.allclose(m["f1"], per_class, rtol=0, atol=1e-12)


def bootstrap_case(rng):
    cm = checkpoint_matrix(rng)
    c = cm.shape[0]
    n = int(cm.sum())
    # One entry per sample: the index of its confusion-matrix cell.
    sample_cell = np.repeat(np.arange(c * c), cm.ravel())
    replicates = {}
    chunk = 500
    for start in range(0, BOOTSTRAP_REPLICATES, chunk):
        b = min(chunk, BOOTSTRAP_REPLICATES - start)
        picks = sample_cell[rng.integers(0, n, size=(b, n))]  # resample the samples
        flat = (picks + (np.arange(b) * c * c)[:, None]).ravel()
        cms = np.bincount(flat, minlength=b * c * c).reshape(b, c, c)
        if start == 0:
            for r in range(3):
                one = metrics_from_counts(cms[r:r + 1])
                check_against_sklearn(cms[r], {k: v[0] for k, v in one.items()})
        m = metrics_from_counts(cms)
        for key, value in m.items():
            replicates.setdefault(key, []).append(value)
    alpha = 1 - CONFIDENCE
    q = [100 * alpha / 2, 100 * (1 - alpha / 2)]
    point = metrics_from_counts(cm[None])
    check_against_sklearn(cm, {k: v[0] for k, v in point.items()})
    out = {"confusion_matrix": cm.tolist(), "replicates": BOOTSTRAP_REPLICATES,
           "confidence": CONFIDENCE, "metrics": {}}
    # The jackknife for BCa's acceleration: every sample left out once.
    leave_one_out = np.repeat(cm[None], n, axis=0)
    rows, cols = np.divmod(sample_cell, c)
    leave_one_out[np.arange(n), rows, cols] -= 1
    jack = metrics_from_counts(leave_one_out)
    z = norm.ppf(1 - alpha / 2)
    for key, chunks in replicates.items():
        values = np.concatenate(chunks)
        if key == "f1":
            continue
        lo, hi = np.percentile(values, q)
        estimate = float(point[key][0])
        # BCa (Efron 1987) the textbook way: bias correction from the share of replicates
        # below the estimate, acceleration from the jackknife over the samples.
        below = (values < estimate).mean() + 0.5 * (values == estimate).mean()
        z0 = norm.ppf(below)
        d = jack[key].mean() - jack[key]
        a = (d ** 3).sum() / (6 * ((d ** 2).sum()) ** 1.5)
        levels = [norm.cdf(z0 + (z0 + zz) / (1 - a * (z0 + zz))) for zz in (-z, z)]
        blo, bhi = np.percentile(values, [100 * levels[0], 100 * levels[1]])
        out["metrics"][key] = {"point": estimate, "lower": float(lo), "upper": float(hi),
                               "bca_lower": float(blo), "bca_upper": float(bhi),
                               "sd": float(values.std())}
    return out


def auroc_case(rng, name, n, c, classes_with_positives, signal, saturate):
    y = rng.choice(classes_with_positives, size=n)
    logits = rng.normal(size=(n, c))
    logits[np.arange(n), y] += signal
    if saturate:  # some samples with probabilities that round to exactly 0 or 1
        k = n // 10
        logits[:k] *= 60
    logits -= logits.max(axis=1, keepdims=True)
    p = np.exp(logits)
    p /= p.sum(axis=1, keepdims=True)
    # Round to 7 significant digits: these rounded values are the data (ties included).
    p = np.array([[float("%.7g" % v) for v in row] for row in p])
    exact = []
    for k in range(c):
        positives = (y == k)
        if positives.any() and not positives.all():
            exact.append(float(roc_auc_score(positives, p[:, k])))
        else:
            exact.append(None)
    used = [v for v in exact if v is not None]
    return {"name": name, "labels": y.tolist(), "probabilities": p.tolist(),
            "sklearn_auroc": exact, "sklearn_macro_auroc": float(np.mean(used))}


def main():
    rng = np.random.default_rng(7)
    doc = {
        "generator": "tests/reference/make_stats_reference.py",
        "sklearn_version": sklearn.__version__,
        "numpy_version": np.__version__,
        "bootstrap": bootstrap_case(rng),
        "auroc": [
            auroc_case(rng, "four_classes_one_without_positives", 1500, 4, [0, 1, 2], 1.5,
                       False),
            auroc_case(rng, "three_classes_saturated", 1200, 3, [0, 1, 2], 2.5, True),
            auroc_case(rng, "binary_weak_signal", 1000, 2, [0, 1], 0.3, False),
        ],
    }
    path = os.path.join(HERE, "stats_reference.json")
    with open(path, "w") as f:
        json.dump(doc, f)
        f.write("\n")
    print("wrote", path)
    for key, v in doc["bootstrap"]["metrics"].items():
        print("%-20s %.5f [%.5f, %.5f] sd %.5f" % (key, v["point"], v["lower"], v["upper"],
                                                     v["sd"]))
    for case in doc["auroc"]:
        print(case["name"], case["sklearn_auroc"], case["sklearn_macro_auroc"])


if __name__ == "__main__":
    main()
