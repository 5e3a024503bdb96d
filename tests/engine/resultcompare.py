"""Whole-result comparison for the engine tests.

Two result files of the same evaluation must be *identical* in every number the
evaluation produces (metrics, intervals, counts, calibration, comparisons, per class),
whatever the world size, thread count, prefetch setting or rank placement: the engine
sums exactly (docs/STATISTICS.md, "Exact sums"). What describes the run itself is left
out: when it ran, on how many ranks, with how many threads, the per-rank table (checked
separately by the sharding tests), the output path and the predictions file name.
"""
import copy
import json

# config keys that describe how the run was executed, not what it computed
RUN_CONFIG_KEYS = ("output", "threads", "threads_used", "keep_binding", "prefetch",
                   "prefetch_workers", "batch_size_per_rank")


def evaluation_part(result):
    r = copy.deepcopy(result)
    for key in ("created", "world_size", "ranks"):
        r.pop(key, None)
    for key in RUN_CONFIG_KEYS:
        r.get("config", {}).pop(key, None)
    if "predictions" in r:  # the sidecar's name and run id are the run's own
        r["predictions"].pop("path", None)
        r["predictions"].pop("run_id", None)
    r.pop("samples", None)  # the records' name and run id, likewise
    return r


def first_difference(a, b, where="result"):
    """The first place where two JSON values differ (exactly), or None."""
    if type(a) != type(b):
        return f"{where}: {a!r} != {b!r}"
    if isinstance(a, dict):
        for k in sorted(set(a) | set(b)):
            if k not in a or k not in b:
                return f"{where}.{k}: present in only one"
            d = first_difference(a[k], b[k], f"{where}.{k}")
            if d:
                return d
        return None
    if isinstance(a, list):
        if len(a) != len(b):
            return f"{where}: lengths {len(a)} != {len(b)}"
        for i, (x, y) in enumerate(zip(a, b)):
            d = first_difference(x, y, f"{where}[{i}]")
            if d:
                return d
        return None
    if a != b:  # floats included: == on every number
        return f"{where}: {a!r} != {b!r}"
    return None


def assert_identical(testcase, a, b, what):
    d = first_difference(evaluation_part(a), evaluation_part(b))
    testcase.assertIsNone(d, f"{what}: results differ at {d}")


def load(path):
    with open(path) as f:
        return json.load(f)
