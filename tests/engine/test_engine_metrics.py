#!/usr/bin/python3
"""disteval-engine --metric: the user's own metrics (docs/METRICS.md).

Two example metrics are scripted here with Debian's python3-torch — a regression MAE
and a classification metric from the softmax probabilities (Brier score and top-2
accuracy) — and checked against NumPy on the same model outputs, at world sizes 1, 2
and 3 (values and intervals identical), with the paired delta of a two-model run.
Every refused metric gets one clear message naming the metric file.

Usage: test_engine_metrics.py ENGINE_BINARY WORK_DIR
"""
import json
import os
import subprocess
import sys
import unittest
from typing import Dict

import numpy as np
import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from enginetest import main, mpi_env  # noqa: E402
from resultcompare import assert_identical  # noqa: E402

ENGINE = None
WORK = None
BATCH = 16
torch.set_num_threads(1)


class Mae(torch.nn.Module):
    def forward(self, outputs: torch.Tensor, targets: torch.Tensor) -> torch.Tensor:
        e = (outputs.double() - targets.double()).abs()
        if e.dim() == 1:
            e = e.unsqueeze(1)
        n = torch.full([e.size(0), 1], float(e.size(1)), dtype=torch.float64)
        return torch.cat([e.sum(1, keepdim=True), n], 1)

    @torch.jit.export
    def compute(self, totals: torch.Tensor) -> Dict[str, float]:
        return {"my_mae": float(totals[0] / totals[1])}


class BrierTop2(torch.nn.Module):
    def forward(self, outputs: torch.Tensor, targets: torch.Tensor) -> torch.Tensor:
        p = torch.softmax(outputs.double(), 1)
        onehot = torch.nn.functional.one_hot(targets, p.size(1)).double()
        brier = ((p - onehot) ** 2).sum(1, keepdim=True)
        top2 = (outputs.topk(2, 1).indices == targets.unsqueeze(1)).any(1, keepdim=True).double()
        return torch.cat([brier, top2, torch.ones_like(brier)], 1)

    @torch.jit.export
    def compute(self, totals: torch.Tensor) -> Dict[str, float]:
        return {"brier": float(totals[0] / totals[2]), "top2_accuracy": float(totals[1] / totals[2])}


class WrongShape(BrierTop2):
    def forward(self, outputs: torch.Tensor, targets: torch.Tensor) -> torch.Tensor:
        return outputs.double().sum(1)


class WrongType(BrierTop2):
    def forward(self, outputs: torch.Tensor, targets: torch.Tensor) -> torch.Tensor:
        return outputs.float()[:, :3]


class VaryingK(BrierTop2):
    def forward(self, outputs: torch.Tensor, targets: torch.Tensor) -> torch.Tensor:
        # K = the batch's size: differs on a last, shorter batch
        return torch.zeros([outputs.size(0), outputs.size(0)], dtype=torch.float64)

    @torch.jit.export
    def compute(self, totals: torch.Tensor) -> Dict[str, float]:
        return {"x": float(totals.sum())}


class NanStats(BrierTop2):
    def forward(self, outputs: torch.Tensor, targets: torch.Tensor) -> torch.Tensor:
        return torch.log(torch.zeros([outputs.size(0), 3], dtype=torch.float64) - 1)


class RaisesInCompute(BrierTop2):
    @torch.jit.export
    def compute(self, totals: torch.Tensor) -> Dict[str, float]:
        if totals[2] > 0:
            raise ValueError("my metric is not finished")
        return {"x": 0.0}


class NoCompute(torch.nn.Module):
    def forward(self, outputs: torch.Tensor, targets: torch.Tensor) -> torch.Tensor:
        return outputs.double()


def save(module, name):
    path = os.path.join(WORK, name)
    torch.jit.script(module).save(path)
    return path


def run_engine(args, np_=None, check=True):
    cmd = [ENGINE] + args
    if np_ is not None and np_ > 1:
        cmd = ["mpirun", "-np", str(np_), "--oversubscribe"] + cmd
    proc = subprocess.run(cmd, capture_output=True, text=True, env=mpi_env(), timeout=300)
    if check and proc.returncode != 0:
        raise AssertionError(f"{' '.join(cmd)} failed ({proc.returncode}):\n{proc.stderr}")
    return proc


class MetricTests(unittest.TestCase):
    N = 330
    C = 4

    @classmethod
    def setUpClass(cls):
        g = torch.Generator().manual_seed(3)
        cls.x = torch.randn(cls.N, 6, generator=g)
        cls.y = torch.randint(0, cls.C, (cls.N,), generator=g)
        cls.yr = torch.randn(cls.N, 2, generator=g, dtype=torch.float64)
        cls.data = os.path.join(WORK, "cls.pt")
        torch.save({"inputs": cls.x, "labels": cls.y}, cls.data)
        cls.rdata = os.path.join(WORK, "reg.pt")
        torch.save({"inputs": cls.x, "labels": cls.yr}, cls.rdata)
        cls.models = []
        for i, width in enumerate((cls.C, cls.C, 2)):
            torch.manual_seed(10 + i)
            m = torch.nn.Linear(6, width)
            path = os.path.join(WORK, f"m{i}.pt")
            torch.jit.script(m.eval()).save(path)
            cls.models.append(path)
        cls.mae = save(Mae(), "mae.pt")
        cls.brier = save(BrierTop2(), "brier.pt")

    def outputs(self, model):
        with torch.inference_mode():
            return torch.jit.load(model)(self.x).double().numpy()

    def evaluate_all(self, args, sizes=(1, 2, 3)):
        results = []
        for n in sizes:
            out = os.path.join(WORK, f"metric-np{n}.json")
            run_engine(args + ["--output", out, "--batch-size", str(BATCH), "--threads", "1",
                               "--quiet", "--no-progress"], n)
            with open(out) as f:
                results.append(json.load(f))
        for n, r in zip(sizes[1:], results[1:]):
            with self.subTest(world_size=n):
                assert_identical(self, results[0], r, f"np=1 vs np={n}")
        return results[0]

    def test_classification_metric_from_probabilities(self):
        r = self.evaluate_all(["--model", self.models[0], "--model", self.models[1],
                               "--data", self.data, "--metric", self.brier])
        y = self.y.numpy()
        values = []
        for m in range(2):
            z = self.outputs(self.models[m])
            p = np.exp(z - z.max(1, keepdims=True))
            p /= p.sum(1, keepdims=True)
            brier = float(((p - np.eye(self.C)[y]) ** 2).sum(1).mean())
            top2 = float((np.argsort(-z, 1, kind="stable")[:, :2] == y[:, None]).any(1).mean())
            custom = r["models"][m]["custom_metrics"]
            self.assertAlmostEqual(custom["brier"]["value"], brier, delta=1e-12)
            self.assertAlmostEqual(custom["top2_accuracy"]["value"], top2, delta=1e-12)
            for name in ("brier", "top2_accuracy"):
                self.assertEqual(custom[name]["method"], "poisson-bootstrap")
                self.assertLess(custom[name]["ci"][0], custom[name]["value"])
                self.assertGreater(custom[name]["ci"][1], custom[name]["value"])
            values.append(brier)
        delta = r["comparisons"][0]["custom_delta"]["brier"]
        self.assertAlmostEqual(delta["value"], values[1] - values[0], delta=1e-12)
        self.assertEqual(delta["method"], "poisson-bootstrap")
        self.assertLess(delta["ci"][0], delta["value"])
        self.assertGreater(delta["ci"][1], delta["value"])

    def test_regression_mae(self):
        r = self.evaluate_all(["--model", self.models[2], "--data", self.rdata, "--task",
                               "regression", "--metric", self.mae])
        z = self.outputs(self.models[2])
        expected = float(np.abs(z - self.yr.numpy()).mean())
        mine = r["models"][0]["custom_metrics"]["my_mae"]["value"]
        self.assertAlmostEqual(mine, expected, delta=1e-12)
        # the built-in MAE of the same outputs agrees
        self.assertAlmostEqual(mine, r["models"][0]["metrics"]["mae"]["value"], delta=1e-12)
        # ... and so does its interval, to the bit: the metric's replicates are the task's
        # (the same Poisson weights of the same samples, drawn once per batch)
        builtin = r["models"][0]["metrics"]["mae"]
        self.assertEqual(builtin["method"], "poisson-bootstrap")
        self.assertEqual(r["models"][0]["custom_metrics"]["my_mae"]["ci"], builtin["ci"])

    def assert_refused(self, metric, *fragments, np_=None, data=None, status=4):
        out = os.path.join(WORK, "refused.json")
        proc = run_engine(["--model", self.models[0], "--data", data or self.data, "--metric",
                           metric, "--output", out, "--batch-size", str(BATCH), "--quiet"], np_,
                          check=False)
        self.assertEqual(proc.returncode, status, proc.stderr)
        errors = [l for l in proc.stderr.splitlines() if "error:" in l]
        self.assertEqual(len(errors), 1, proc.stderr)
        self.assertIn(metric, errors[0])
        for f in fragments:
            self.assertIn(f, errors[0])
        self.assertFalse(os.path.exists(out))

    def test_refused_metrics(self):
        garbage = os.path.join(WORK, "garbage.pt")
        with open(garbage, "wb") as f:
            f.write(b"not a model")
        cases = [
            (garbage, ("not a TorchScript archive",)),
            (os.path.join(WORK, "missing.pt"), ("cannot be read",)),
            (save(NoCompute(), "nocompute.pt"), ("has no compute",)),
            (save(WrongShape(), "wrongshape.pt"), ("must return [batch, K]",)),
            (save(WrongType(), "wrongtype.pt"), ("Float statistics", "float64 or int64")),
            (save(NanStats(), "nan.pt"), ("NaN or infinite statistics",)),
            (save(RaisesInCompute(), "raises.pt"), ("compute failed", "my metric is not finished")),
        ]
        for metric, fragments in cases:
            with self.subTest(metric=os.path.basename(metric)):
                self.assert_refused(metric, *fragments)

    def test_varying_k_on_one_rank_ends_the_job(self):
        # 330 samples in batches of 16: the last rank's last batch has 10 samples.
        self.assert_refused(save(VaryingK(), "varying.pt"), "K must be the same for every batch",
                            np_=2)


if __name__ == "__main__":
    main(globals())
