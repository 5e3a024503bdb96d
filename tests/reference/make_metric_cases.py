#!/usr/bin/python3
"""Reference values for tests/core/tst_classificationmetrics.cpp.

Writes tests/reference/metric_cases.json: confusion matrices with the metrics that
scikit-learn computes from them. Each matrix is expanded to per-sample y_true/y_pred
and passed to scikit-learn with its default label set (labels=None), exactly as a
single-process evaluation would. Needs numpy and scikit-learn (written against 1.2.1);
run it with the Python that has them, e.g.

    /usr/bin/python3 tests/reference/make_metric_cases.py

and commit the regenerated JSON. NaN is written as null.

zero_division "nan" does not exist in scikit-learn 1.2.1; for it the expected values
are derived here by hand, following scikit-learn >= 1.3: a 0/0 precision or recall is
NaN, F1 is 2TP / (2TP + FP + FN) and NaN only when that denominator is 0, and macro and
weighted averages leave NaN entries out (sklearn.utils.extmath._nanaverage, which falls
back to the unweighted mean when every remaining weight is 0).
"""

import json
import math
import os
import warnings

import numpy as np
import sklearn
from sklearn.exceptions import UndefinedMetricWarning
from sklearn.metrics import (
    accuracy_score,
    balanced_accuracy_score,
    cohen_kappa_score,
    matthews_corrcoef,
    precision_recall_fscore_support,
)

HERE = os.path.dirname(os.path.abspath(__file__))


def expand(cm):
    """Per-sample labels whose confusion matrix is cm (rows true, columns predicted)."""
    a = np.asarray(cm, dtype=np.int64)
    c = a.shape[0]
    counts = a.ravel()
    y_true = np.repeat(np.repeat(np.arange(c), c), counts)
    y_pred = np.repeat(np.tile(np.arange(c), c), counts)
    return y_true, y_pred


def nan_to_none(x):
    x = float(x)
    return None if math.isnan(x) else x


def nanaverage(values, weights=None):
    """scikit-learn >= 1.3 _nanaverage, written out."""
    values = np.asarray(values, dtype=float)
    if len(values) == 0 or np.isnan(values).all():
        return math.nan
    keep = ~np.isnan(values)
    if weights is None:
        return float(values[keep].mean())
    w = np.asarray(weights, dtype=float)[keep]
    if w.sum() == 0:
        return float(values[keep].mean())
    return float((values[keep] * w).sum() / w.sum())


def sklearn_metrics(cm, zero_division):
    c = len(cm)
    y_true, y_pred = expand(cm)
    present = sorted(set(y_true.tolist()) | set(y_pred.tolist()))
    out = {}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UndefinedMetricWarning)
        warnings.simplefilter("ignore", RuntimeWarning)  # kappa 0/0
        warnings.simplefilter("ignore", UserWarning)  # balanced accuracy of absent classes
        out["accuracy"] = accuracy_score(y_true, y_pred)
        out["balanced_accuracy"] = balanced_accuracy_score(y_true, y_pred)
        out["cohen_kappa"] = cohen_kappa_score(y_true, y_pred)
        out["mcc"] = matthews_corrcoef(y_true, y_pred)
        for avg in ("macro", "weighted"):
            p, r, f, _ = precision_recall_fscore_support(
                y_true, y_pred, average=avg, zero_division=zero_division)
            out[avg + "_precision"] = p
            out[avg + "_recall"] = r
            out[avg + "_f1"] = f
        # Per class with the default labels: one entry per present class, in order.
        p, r, f, s = precision_recall_fscore_support(
            y_true, y_pred, average=None, zero_division=zero_division)
        assert len(p) == len(present)
        # Classes absent from both y_true and y_pred have no entry there; their values
        # come from an explicit label list (0/0 everywhere, so the zero_division value).
        pa, ra, fa, _ = precision_recall_fscore_support(
            y_true, y_pred, labels=list(range(c)), average=None, zero_division=zero_division)
    precision, recall, f1 = list(pa), list(ra), list(fa)
    for k, label in enumerate(present):
        assert abs(precision[label] - p[k]) < 1e-15 and abs(recall[label] - r[k]) < 1e-15
        precision[label], recall[label], f1[label] = p[k], r[k], f[k]
    out["precision"] = precision
    out["recall"] = recall
    out["f1"] = f1
    return out


def nan_mode_metrics(cm):
    """zero_division=nan, derived from the counts (see the module docstring)."""
    a = np.array(cm, dtype=np.int64)
    tp = np.diag(a).astype(float)
    support = a.sum(axis=1).astype(float)
    predicted = a.sum(axis=0).astype(float)
    present = (support > 0) | (predicted > 0)
    with np.errstate(divide="ignore", invalid="ignore"):
        precision = np.where(predicted > 0, tp / predicted, math.nan)
        recall = np.where(support > 0, tp / support, math.nan)
        f1 = np.where(support + predicted > 0, 2 * tp / (support + predicted), math.nan)
    # The thresholded metrics do not depend on zero_division: reuse scikit-learn's.
    out = sklearn_metrics(cm, 0)
    for name, values in (("precision", precision), ("recall", recall), ("f1", f1)):
        out["macro_" + name] = nanaverage(values[present])
        out["weighted_" + name] = nanaverage(values[present], support[present])
        out[name] = list(values)
    return out


def random_matrix(rng, c, n, accuracy, zero_rows=0, zero_cols=0):
    weights = rng.dirichlet(np.ones(c))
    cm = np.zeros((c, c), dtype=np.int64)
    true = rng.choice(c, size=n, p=weights)
    correct = rng.random(n) < accuracy
    wrong = rng.integers(0, c, size=n)
    pred = np.where(correct, true, wrong)
    np.add.at(cm, (true, pred), 1)
    rows = rng.choice(c, size=zero_rows, replace=False) if zero_rows else []
    for i in rows:
        cm[i, :] = 0
    cols = rng.choice(c, size=zero_cols, replace=False) if zero_cols else []
    for j in cols:
        cm[:, j] = 0
    return cm.tolist()


def cases():
    rng = np.random.default_rng(20240611)
    out = [
        ("perfect_3", [[5, 0, 0], [0, 7, 0], [0, 0, 2]]),
        ("all_wrong_2", [[0, 5], [5, 0]]),
        ("all_wrong_3", [[0, 3, 1], [2, 0, 2], [4, 1, 0]]),
        ("single_class", [[9]]),
        ("single_present_of_3", [[0, 0, 0], [0, 6, 0], [0, 0, 0]]),
        ("binary", [[50, 10], [5, 35]]),
        ("never_predicted", [[10, 0, 2], [3, 0, 4], [1, 0, 7]]),
        ("no_support", [[10, 2, 1], [0, 0, 0], [3, 4, 8]]),
        ("absent_from_both", [[10, 0, 2, 1], [0, 0, 0, 0], [3, 0, 8, 2], [1, 0, 1, 9]]),
        ("no_support_and_never_predicted", [[0, 4, 0], [0, 6, 0], [0, 5, 0]]),
        ("only_unsupported_predicted", [[0, 1], [0, 0]]),
        ("everything_predicted_as_one", [[0, 0, 3], [0, 0, 5], [0, 0, 2]]),
        ("big_counts", [[123456, 2345, 17], [3456, 98765, 432], [5, 711, 65432]]),
        ("diagonal_one_class_wrong", [[4, 0, 0], [0, 0, 3], [0, 0, 5]]),
    ]
    for c in (2, 3, 5, 10, 20):
        for rep in range(4):
            n = int(rng.integers(c, 60 * c))
            acc = float(rng.uniform(0.0, 0.95))
            zr = int(rng.integers(0, max(1, c // 3) + 1)) if rep >= 2 else 0
            zc = int(rng.integers(0, max(1, c // 3) + 1)) if rep % 2 == 1 else 0
            cm = random_matrix(rng, c, n, acc, zr, zc)
            if sum(map(sum, cm)) == 0:
                cm[0][0] = 1
            out.append(("random_c%d_%d" % (c, rep), cm))
    return out


def main():
    records = []
    for name, cm in cases():
        for zd in ("0", "1", "nan"):
            m = nan_mode_metrics(cm) if zd == "nan" else sklearn_metrics(cm, int(zd))
            rec = {"name": name, "zero_division": zd, "confusion_matrix": cm}
            for key, value in m.items():
                if isinstance(value, list):
                    rec[key] = [nan_to_none(v) for v in value]
                else:
                    rec[key] = nan_to_none(value)
            records.append(rec)
    doc = {
        "generator": "tests/reference/make_metric_cases.py",
        "sklearn_version": sklearn.__version__,
        "numpy_version": np.__version__,
        "cases": records,
    }
    path = os.path.join(HERE, "metric_cases.json")
    with open(path, "w") as f:
        json.dump(doc, f, indent=1)
        f.write("\n")
    print("wrote %d cases to %s" % (len(records), path))


if __name__ == "__main__":
    main()
