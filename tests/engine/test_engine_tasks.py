#!/usr/bin/python3
"""disteval-engine's tasks beyond one class per sample (docs/TASKS.md), against
independent references.

Small TorchScript models are made here with Debian's python3-torch: dense
classification in the PyTorch layout [B, C, H, W] with an ignore index (one sample fully
ignored), token classification in the Hugging Face layout [B, L, C] from a model with
two inputs passed by keyword and a dict output, multi-label and regression (one and two
targets). Every metric is recomputed with scikit-learn / NumPy from the same model's
outputs, run from Python over the same batches; every evaluation runs at world sizes 1,
2 and 3, whose results must be identical (==, every number and interval). Bad shapes
and labels get one clear message.

Usage: test_engine_tasks.py ENGINE_BINARY WORK_DIR
"""
import json
import os
import sys
import unittest

import numpy as np
import torch
from sklearn import metrics as skm

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from enginetest import evaluate_all, main, run_engine, save_data, save_model  # noqa: E402
from resultcompare import assert_identical  # noqa: E402

ENGINE = None
WORK = None
BATCH = 8
TOL = 1e-12
torch.set_num_threads(1)


class Seg(torch.nn.Module):
    def __init__(self, classes):
        super().__init__()
        self.conv = torch.nn.Conv2d(3, classes, 1)

    def forward(self, x):
        return self.conv(x)


class SegWrongSize(Seg):
    def forward(self, x):
        return self.conv(x)[:, :, 1:, 1:]


class Tagger(torch.nn.Module):
    """Two inputs by keyword, a dict output, Hugging Face layout [B, L, C]."""

    def __init__(self, vocab, classes):
        super().__init__()
        self.emb = torch.nn.Embedding(vocab, 6)
        self.out = torch.nn.Linear(6, classes)

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor):
        h = self.emb(input_ids) * attention_mask.unsqueeze(-1).to(torch.float32)
        return {"hidden": h, "logits": self.out(h)}


class Linear(torch.nn.Module):
    def __init__(self, inputs, outputs, squeeze: bool = False):
        super().__init__()
        self.fc = torch.nn.Linear(inputs, outputs)
        self.squeeze = squeeze

    def forward(self, x):
        y = self.fc(x)
        if self.squeeze:
            return y.squeeze(1)
        return y


class Counting(torch.nn.Module):
    """Mutates an attribute in forward: it cannot be frozen."""

    def __init__(self):
        super().__init__()
        self.fc = torch.nn.Linear(4, 2)
        self.calls = 0

    def forward(self, x):
        self.calls += 1
        return self.fc(x)


class TupleOut(Linear):
    def forward(self, x):
        return (self.fc(x) * 0.5, self.fc(x))


def outputs_of(path, inputs, key=None):
    """The model's outputs from Python over the engine's batches, float64."""
    module = torch.jit.load(path)
    parts = []
    with torch.inference_mode():
        n = len(next(iter(inputs.values()))) if isinstance(inputs, dict) else len(inputs)
        for first in range(0, n, BATCH):
            if isinstance(inputs, dict):
                out = module(**{k: v[first:first + BATCH] for k, v in inputs.items()})
            else:
                out = module(inputs[first:first + BATCH])
            if isinstance(out, dict):
                out = out[key or "logits"]
            if isinstance(out, tuple):
                out = out[0]
            parts.append(out.double())
    return torch.cat(parts).numpy()


def value(r, name, model=0):
    return r["models"][model]["metrics"][name]["value"]


class DenseTests(unittest.TestCase):
    C = 4
    N = 48

    @classmethod
    def setUpClass(cls):
        g = torch.Generator().manual_seed(1)
        cls.x = torch.randn(cls.N, 3, 8, 8, generator=g)
        y = torch.randint(0, cls.C, (cls.N, 8, 8), generator=g)
        y[torch.rand(cls.N, 8, 8, generator=g) < 0.15] = 255
        y[5] = 255  # one sample wholly ignored
        cls.y = y
        cls.data = save_data("seg.pt", cls.x, cls.y, class_names=["bg", "road", "car", "sky"])
        cls.a = save_model(Seg(cls.C), "seg-a.pt", 2)
        cls.b = save_model(Seg(cls.C), "seg-b.pt", 3)

    def reference(self, model):
        logits = outputs_of(model, self.x)  # [N, C, H, W]
        pred = logits.argmax(1).reshape(-1)
        y = self.y.numpy().reshape(-1)
        keep = y != 255
        z = logits.transpose(0, 2, 3, 1).reshape(-1, self.C)[keep]
        lse = np.log(np.exp(z - z.max(1, keepdims=True)).sum(1)) + z.max(1)
        loss = lse - z[np.arange(len(z)), y[keep]]
        return y[keep], pred[keep], loss

    def test_segmentation_against_scikit_learn(self):
        r = evaluate_all(self, [self.a, self.b], self.data, ["--ignore-index", "255"])
        self.assertEqual(r["task"], "dense_classification")
        self.assertEqual(r["dataset"]["label_shape"], [8, 8])
        for m, path in enumerate([self.a, self.b]):
            y, p, loss = self.reference(path)
            mr = r["models"][m]
            self.assertEqual(mr["evaluated_elements"], len(y))
            self.assertEqual(mr["ignored_elements"], int((self.y.numpy() == 255).sum()))
            self.assertEqual(mr["evaluated_samples"], self.N)
            cm = skm.confusion_matrix(y, p, labels=range(self.C))
            self.assertEqual(mr["confusion_matrix"], cm.tolist())
            self.assertAlmostEqual(value(r, "accuracy", m), skm.accuracy_score(y, p), delta=TOL)
            self.assertAlmostEqual(value(r, "macro_f1", m), skm.f1_score(y, p, average="macro"),
                                   delta=TOL)
            self.assertAlmostEqual(value(r, "mean_iou", m),
                                   skm.jaccard_score(y, p, average="macro"), delta=TOL)
            self.assertAlmostEqual(value(r, "mean_dice", m), skm.f1_score(y, p, average="macro"),
                                   delta=TOL)
            iou = skm.jaccard_score(y, p, average=None, labels=range(self.C), zero_division=0)
            support = np.bincount(y, minlength=self.C)
            self.assertAlmostEqual(value(r, "fw_iou", m), float((iou * support).sum() / support.sum()),
                                   delta=TOL)
            for c in range(self.C):
                self.assertAlmostEqual(mr["per_class"][c]["iou"]["value"], iou[c], delta=TOL)
            self.assertAlmostEqual(value(r, "loss", m), float(loss.mean()), delta=1e-12)
            # Sample-level intervals from the Poisson bootstrap, around the estimate.
            for name in ("accuracy", "mean_iou", "macro_f1", "loss"):
                metric = mr["metrics"][name]
                self.assertEqual(metric["method"], "poisson-bootstrap", name)
                self.assertLessEqual(metric["ci"][0], metric["value"] + 1e-9, name)
                self.assertGreaterEqual(metric["ci"][1], metric["value"] - 1e-9, name)
            self.assertIsNone(mr["metrics"]["ece"]["ci"])
            self.assertIn("not independent", mr["metrics"]["ece"]["ci_reason"])
        pair = r["comparisons"][0]
        self.assertNotIn("mcnemar", pair)
        self.assertAlmostEqual(pair["delta"]["mean_iou"]["value"],
                               value(r, "mean_iou", 1) - value(r, "mean_iou", 0), delta=TOL)
        self.assertIn("fewer than 300 samples", pair["delta"]["mean_iou"]["ci_reason"])

    def test_optimisation_check_is_the_same_at_every_world_size(self):
        # Batch 32: the probe is 32 samples in four chunks of 8, spread over the ranks
        # (np=3: 16, 8 and 8), and the ranks' findings are combined: the same decision and
        # the same recorded difference at every world size.
        r = evaluate_all(self, [self.a, self.b], self.data, ["--ignore-index", "255"],
                         optimize=True, batch=32, tag="seg-optimised")
        for m in r["models"]:
            self.assertTrue(m["optimization"]["used"], m["optimization"])
            self.assertEqual(m["optimization"]["predictions_changed"], 0)

    def test_prefetching_does_not_change_the_result(self):
        # (The thread count is fixed: this convolution's float32 kernel itself rounds
        # differently with 1 and 2 threads, before anything of the engine's.)
        outs = []
        for depth in ("0", "4"):
            out = os.path.join(WORK, f"seg-prefetch{depth}.json")
            run_engine(["--model", self.a, "--data", self.data, "--ignore-index", "255",
                        "--output", out, "--threads", "1", "--batch-size", str(BATCH),
                        "--prefetch", depth, "--quiet", "--no-progress"], np_=2)
            with open(out) as f:
                outs.append(json.load(f))
        assert_identical(self, outs[0], outs[1], "--prefetch 0 vs 4")

    def test_label_outside_the_classes_names_the_ignore_index(self):
        proc = run_engine(["--model", self.a, "--data", self.data, "--quiet"], check=False)
        self.assertEqual(proc.returncode, 3, proc.stderr)
        self.assertIn("label 255 is not one of the model's 4 classes", proc.stderr)
        self.assertIn("--ignore-index 255", proc.stderr)
        self.assertIn(self.data, proc.stderr)

    def test_labels_that_fit_no_class_dimension(self):
        bad = save_model(SegWrongSize(self.C), "seg-wrong.pt", 4)
        proc = run_engine(["--model", bad, "--data", self.data, "--ignore-index", "255"],
                          check=False)
        self.assertEqual(proc.returncode, 3, proc.stderr)
        self.assertIn("no dimension of it can hold the classes", proc.stderr)
        self.assertIn(bad, proc.stderr)
        self.assertEqual(proc.stderr.count("error:"), 1, proc.stderr)

    def test_explicit_class_dim_that_does_not_fit(self):
        proc = run_engine(["--model", self.a, "--data", self.data, "--ignore-index", "255",
                           "--class-dim", "last"], check=False)
        self.assertEqual(proc.returncode, 3, proc.stderr)
        self.assertIn("with --class-dim last does not fit", proc.stderr)


class SegmentationFolderTests(unittest.TestCase):
    """--data images/ --masks masks/ against torchvision's transforms on PIL images."""
    C = 4

    @classmethod
    def setUpClass(cls):
        from PIL import Image
        rng = np.random.default_rng(5)
        cls.images = os.path.join(WORK, "seg-images")
        cls.masks = os.path.join(WORK, "seg-masks")
        for sub in ("", "city"):
            os.makedirs(os.path.join(cls.images, sub), exist_ok=True)
            os.makedirs(os.path.join(cls.masks, sub), exist_ok=True)
        palette = [v for c in range(256) for v in (c * 40 % 256, c * 90 % 256, c * 10 % 256)]
        cls.files = []
        for rel, (w, h), fmt in (("c.png", (50, 34), "PNG"), ("city/a.png", (40, 30), "PNG"),
                                 ("city/b.jpg", (36, 30), "JPEG"), ("city/d.png", (31, 45), "PNG")):
            pixels = rng.integers(0, 256, (h, w, 3), dtype=np.uint8)
            Image.fromarray(pixels).save(os.path.join(cls.images, rel), fmt, quality=90)
            labels = rng.integers(0, cls.C, (h, w), dtype=np.uint8)
            labels[:2, :] = 255  # an ignored border
            stem = os.path.splitext(rel)[0]
            if rel == "city/d.png":  # a grayscale mask
                Image.fromarray(labels, "L").save(os.path.join(cls.masks, stem + ".png"))
            else:
                mask = Image.fromarray(labels, "P")
                mask.putpalette(palette)
                mask.save(os.path.join(cls.masks, stem + ".png"))
            cls.files.append(rel)
        cls.model = save_model(Seg(cls.C), "segfolder.pt", 31)

    def reference(self, size, crop):
        from PIL import Image
        import torchvision.transforms as T
        image_t = T.Compose([T.Resize(size), T.CenterCrop(crop), T.ToTensor()])
        mask_t = T.Compose([T.Resize(size, interpolation=T.InterpolationMode.NEAREST),
                            T.CenterCrop(crop)])
        xs, ys = [], []
        for rel in self.files:  # sorted as the engine sorts: folder by path, then files
            xs.append(image_t(Image.open(os.path.join(self.images, rel)).convert("RGB")))
            mask = Image.open(os.path.join(self.masks, os.path.splitext(rel)[0] + ".png"))
            ys.append(torch.from_numpy(np.array(mask_t(mask)).astype(np.int64)))
        return torch.stack(xs), torch.stack(ys)

    def test_against_torchvision_and_pillow(self):
        x, y = self.reference(24, 20)
        r = evaluate_all(self, [self.model], self.images,
                         ["--masks", self.masks, "--resize", "24", "--crop", "20x20",
                          "--ignore-index", "255"])
        self.assertEqual(r["dataset"]["format"], "segmentation-folder")
        self.assertEqual(r["dataset"]["label_shape"], [20, 20])
        logits = outputs_of(self.model, x)
        yy = y.numpy().reshape(-1)
        keep = yy != 255
        p = logits.argmax(1).reshape(-1)[keep]
        mr = r["models"][0]
        self.assertEqual(mr["ignored_elements"], int((~keep).sum()))
        self.assertEqual(mr["confusion_matrix"],
                         skm.confusion_matrix(yy[keep], p, labels=range(self.C)).tolist())
        self.assertAlmostEqual(value(r, "mean_iou"), skm.jaccard_score(yy[keep], p, average="macro"),
                               delta=TOL)

    def test_missing_mask_and_colour_mask(self):
        from PIL import Image
        extra = os.path.join(self.images, "z-extra.png")
        Image.fromarray(np.zeros((30, 30, 3), np.uint8)).save(extra)
        try:
            proc = run_engine(["--model", self.model, "--data", self.images, "--masks", self.masks,
                               "--ignore-index", "255", "--resize", "24", "--crop", "20x20"],
                              check=False)
            self.assertEqual(proc.returncode, 3, proc.stderr)
            self.assertIn("z-extra.png' has no mask", proc.stderr)
            Image.fromarray(np.zeros((30, 30, 3), np.uint8)).save(
                os.path.join(self.masks, "z-extra.png"))
            proc = run_engine(["--model", self.model, "--data", self.images, "--masks", self.masks,
                               "--ignore-index", "255", "--resize", "24", "--crop", "20x20"],
                              check=False)
            self.assertEqual(proc.returncode, 3, proc.stderr)
            self.assertIn("a colour (RGB) image", proc.stderr)
            self.assertIn("z-extra.png", proc.stderr)
        finally:
            os.remove(extra)
            if os.path.exists(os.path.join(self.masks, "z-extra.png")):
                os.remove(os.path.join(self.masks, "z-extra.png"))

    def test_crop_larger_than_an_image_needs_the_ignore_index(self):
        proc = run_engine(["--model", self.model, "--data", self.images, "--masks", self.masks,
                           "--resize", "24", "--crop", "30x30"], check=False)
        self.assertEqual(proc.returncode, 3, proc.stderr)
        self.assertIn("give --ignore-index V to pad masks", proc.stderr)


class TokenTests(unittest.TestCase):
    C = 5
    N = 40
    L = 12

    @classmethod
    def setUpClass(cls):
        g = torch.Generator().manual_seed(7)
        ids = torch.randint(0, 30, (cls.N, cls.L), generator=g)
        lengths = torch.randint(3, cls.L + 1, (cls.N,), generator=g)
        mask = (torch.arange(cls.L)[None, :] < lengths[:, None]).to(torch.int64)
        y = torch.randint(0, cls.C, (cls.N, cls.L), generator=g)
        y[mask == 0] = -100
        cls.inputs = {"input_ids": ids, "attention_mask": mask}
        cls.y = y
        cls.data = save_data("tokens.pt", cls.inputs, y)
        cls.model = save_model(Tagger(30, cls.C), "tagger.pt", 8)

    def test_two_inputs_by_keyword_dict_output_hugging_face_layout(self):
        r = evaluate_all(self, [self.model], self.data, ["--ignore-index", "-100"])
        logits = outputs_of(self.model, self.inputs)  # [N, L, C]
        y = self.y.numpy().reshape(-1)
        keep = y != -100
        p = logits.reshape(-1, self.C).argmax(1)[keep]
        y = y[keep]
        self.assertEqual(r["task"], "dense_classification")
        self.assertEqual(r["config"]["class_dim"], "auto")
        mr = r["models"][0]
        self.assertEqual(mr["confusion_matrix"], skm.confusion_matrix(y, p, labels=range(self.C)).tolist())
        self.assertAlmostEqual(value(r, "accuracy"), skm.accuracy_score(y, p), delta=TOL)
        self.assertAlmostEqual(value(r, "weighted_f1"), skm.f1_score(y, p, average="weighted"),
                               delta=TOL)
        self.assertAlmostEqual(value(r, "cohen_kappa"), skm.cohen_kappa_score(y, p), delta=TOL)
        self.assertAlmostEqual(value(r, "mcc"), skm.matthews_corrcoef(y, p), delta=TOL)

    def test_npy_inputs_one_file_per_input_give_the_same_result(self):
        folder = os.path.join(WORK, "tokens-npy")
        os.makedirs(folder, exist_ok=True)
        # Written in the other order, to show the names (not the order) decide.
        np.save(os.path.join(folder, "val-inputs.attention_mask.npy"),
                self.inputs["attention_mask"].numpy())
        np.save(os.path.join(folder, "val-inputs.input_ids.npy"), self.inputs["input_ids"].numpy())
        np.save(os.path.join(folder, "val-labels.npy"), self.y.numpy().astype(np.int16))
        data = os.path.join(folder, "val-inputs.input_ids.npy")
        info = json.loads(run_engine(["--inspect", "--data", data]).stdout)
        self.assertEqual(info["input_names"], ["attention_mask", "input_ids"])
        self.assertEqual(info["implied_task"], "dense_classification")
        r = evaluate_all(self, [self.model], data, ["--ignore-index", "-100"], sizes=(1, 2))
        ref = evaluate_all(self, [self.model], self.data, ["--ignore-index", "-100"], sizes=(1,))
        for key in ("dataset", "config"):
            r.pop(key)
            ref.pop(key)
        assert_identical(self, ref, r, "npy vs tensor file")

    def test_output_key_chooses_another_entry(self):
        proc = run_engine(["--model", self.model, "--data", self.data, "--ignore-index", "-100",
                           "--output-key", "nope"], check=False)
        self.assertEqual(proc.returncode, 4, proc.stderr)
        self.assertIn("without the key 'nope'", proc.stderr)
        self.assertIn("hidden, logits", proc.stderr)


class MultiLabelTests(unittest.TestCase):
    C = 5
    N = 90

    @classmethod
    def setUpClass(cls):
        g = torch.Generator().manual_seed(11)
        cls.x = torch.randn(cls.N, 6, generator=g)
        cls.y = (torch.rand(cls.N, cls.C, generator=g) < 0.4).to(torch.int64)
        cls.data = save_data("multilabel.pt", cls.x, cls.y)
        cls.a = save_model(Linear(6, cls.C), "ml-a.pt", 12)
        cls.b = save_model(Linear(6, cls.C), "ml-b.pt", 13)

    def test_against_scikit_learn(self):
        r = evaluate_all(self, [self.a, self.b], self.data, ["--task", "multilabel"])
        self.assertEqual(r["task"], "multilabel")
        y = self.y.numpy()
        for m, path in enumerate([self.a, self.b]):
            z = outputs_of(path, self.x)
            p = (1.0 / (1.0 + np.exp(-z)) >= 0.5).astype(int)
            mr = r["models"][m]
            self.assertNotIn("confusion_matrix", mr)
            checks = {
                "subset_accuracy": skm.accuracy_score(y, p),
                "hamming_loss": skm.hamming_loss(y, p),
                "micro_f1": skm.f1_score(y, p, average="micro", zero_division=0),
                "macro_f1": skm.f1_score(y, p, average="macro", zero_division=0),
                "weighted_f1": skm.f1_score(y, p, average="weighted", zero_division=0),
                "samples_f1": skm.f1_score(y, p, average="samples", zero_division=0),
                "micro_precision": skm.precision_score(y, p, average="micro", zero_division=0),
                "micro_recall": skm.recall_score(y, p, average="micro", zero_division=0),
                "macro_precision": skm.precision_score(y, p, average="macro", zero_division=0),
                "macro_recall": skm.recall_score(y, p, average="macro", zero_division=0),
            }
            for name, expected in checks.items():
                self.assertAlmostEqual(value(r, name, m), expected, delta=TOL, msg=name)
                metric = mr["metrics"][name]
                if name.startswith(("macro", "weighted")) and metric["ci"] is None:
                    # withheld: a label with few positives or predictions (the rule of
                    # small classes)
                    self.assertIn("fewer than 20", metric["ci_reason"], name)
                else:
                    self.assertEqual(metric["method"], "poisson-bootstrap", name)
            f1 = skm.f1_score(y, p, average=None, zero_division=0)
            ap = skm.average_precision_score(y, z, average=None)
            auc = skm.roc_auc_score(y, z, average=None)
            for c in range(self.C):
                pc = mr["per_class"][c]
                self.assertEqual(pc["support"], int(y[:, c].sum()))
                self.assertAlmostEqual(pc["f1"]["value"], f1[c], delta=TOL)
                self.assertEqual(pc["recall"]["method"], "wilson")
                self.assertLessEqual(abs(pc["auroc"]["value"] - auc[c]),
                                     mr["auroc_error_bound"] + TOL)
                self.assertEqual(pc["auroc"]["method"], "newcombe")
                self.assertGreater(pc["average_precision"]["value"], 0)
            self.assertLessEqual(abs(value(r, "mean_average_precision", m) - ap.mean()),
                                 mr["ap_error_bound"] + TOL)
        pair = r["comparisons"][0]
        self.assertIn("subset_accuracy", pair["delta"])
        # McNemar on exact matches: the discordant samples counted by hand.
        za = outputs_of(self.a, self.x)
        zb = outputs_of(self.b, self.x)
        ea = ((1 / (1 + np.exp(-za)) >= 0.5).astype(int) == y).all(1)
        eb = ((1 / (1 + np.exp(-zb)) >= 0.5).astype(int) == y).all(1)
        self.assertEqual(pair["mcnemar"]["b01"], int((~ea & eb).sum()))
        self.assertEqual(pair["mcnemar"]["b10"], int((ea & ~eb).sum()))
        self.assertEqual(pair["both_correct"], int((ea & eb).sum()))

    def test_label_that_is_not_zero_or_one(self):
        y = self.y.clone()
        y[17, 3] = 2
        data = save_data("multilabel-bad.pt", self.x, y)
        proc = run_engine(["--model", self.a, "--data", data, "--task", "multilabel"],
                          check=False)
        self.assertEqual(proc.returncode, 3, proc.stderr)
        self.assertIn("sample 17", proc.stderr)
        self.assertIn("needs labels 0 or 1", proc.stderr)
        self.assertFalse(os.path.exists(os.path.join(WORK, "never.json")))

    def test_wrong_label_width(self):
        data = save_data("multilabel-narrow.pt", self.x, self.y[:, :3])
        proc = run_engine(["--model", self.a, "--data", data, "--task", "multilabel"],
                          check=False)
        self.assertEqual(proc.returncode, 3, proc.stderr)
        self.assertIn("have 3 labels", proc.stderr)


class RegressionTests(unittest.TestCase):
    N = 120

    @classmethod
    def setUpClass(cls):
        g = torch.Generator().manual_seed(21)
        cls.x = torch.randn(cls.N, 4, generator=g)
        cls.y2 = torch.randn(cls.N, 2, generator=g, dtype=torch.float64) * 3 + 1
        cls.y1 = torch.randn(cls.N, generator=g, dtype=torch.float64)
        cls.data2 = save_data("regression2.pt", cls.x, cls.y2)
        cls.data1 = save_data("regression1.pt", cls.x, cls.y1)
        cls.two = save_model(Linear(4, 2), "reg-two.pt", 22)
        cls.two_b = save_model(TupleOut(4, 2), "reg-two-tuple.pt", 23)
        cls.one = save_model(Linear(4, 1, squeeze=True), "reg-one.pt", 24)
        cls.three = save_model(Linear(4, 3), "reg-three.pt", 25)

    def check(self, r, m, pred, y):
        pred = pred.reshape(y.shape)
        checks = {
            "mae": skm.mean_absolute_error(y, pred),
            "mse": skm.mean_squared_error(y, pred),
            "rmse": skm.mean_squared_error(y, pred, squared=False),
            "r2": skm.r2_score(y, pred),
            "mean_bias": float(np.mean(pred - y)),
            "max_error": float(np.max(np.abs(pred - y))),
        }
        for name, expected in checks.items():
            self.assertAlmostEqual(value(r, name, m), expected, delta=1e-9, msg=name)
        targets = r["models"][m]["per_target"]
        y2 = y.reshape(len(y), -1)
        p2 = pred.reshape(len(y), -1)
        for t in range(y2.shape[1]):
            self.assertAlmostEqual(targets[t]["r2"]["value"], skm.r2_score(y2[:, t], p2[:, t]),
                                   delta=1e-9)
            self.assertAlmostEqual(targets[t]["max_error"]["value"],
                                   skm.max_error(y2[:, t], p2[:, t]), delta=1e-12)

    def test_two_targets_and_a_tuple_output(self):
        r = evaluate_all(self, [self.two, self.two_b], self.data2, ["--task", "regression"])
        self.assertEqual(r["task"], "regression")
        self.check(r, 0, outputs_of(self.two, self.x), self.y2.numpy())
        self.check(r, 1, outputs_of(self.two_b, self.x), self.y2.numpy())
        mae = r["models"][0]["metrics"]["mae"]
        self.assertEqual(mae["method"], "poisson-bootstrap")
        self.assertLess(mae["ci"][0], mae["value"])
        self.assertGreater(mae["ci"][1], mae["value"])
        self.assertIsNone(r["models"][0]["metrics"]["max_error"]["ci"])
        delta = r["comparisons"][0]["delta"]["mae"]
        self.assertAlmostEqual(delta["value"], value(r, "mae", 1) - value(r, "mae", 0), delta=TOL)
        self.assertIn("fewer than 300", delta["ci_reason"])

    def test_one_target(self):
        r = evaluate_all(self, [self.one], self.data1, ["--task", "regression"])
        self.check(r, 0, outputs_of(self.one, self.x), self.y1.numpy())

    def test_npy_real_labels(self):
        folder = os.path.join(WORK, "regression-npy")
        os.makedirs(folder, exist_ok=True)
        np.save(os.path.join(folder, "inputs.npy"), self.x.numpy())
        np.save(os.path.join(folder, "labels.npy"), self.y2.numpy())
        r = evaluate_all(self, [self.two], folder, ["--task", "regression"], sizes=(1, 3))
        self.check(r, 0, outputs_of(self.two, self.x), self.y2.numpy())

    def test_wrong_width(self):
        proc = run_engine(["--model", self.three, "--data", self.data2, "--task", "regression"],
                          check=False)
        self.assertEqual(proc.returncode, 3, proc.stderr)
        self.assertIn(self.three, proc.stderr)
        self.assertIn("have 2 targets", proc.stderr)

    def test_real_labels_need_a_task(self):
        proc = run_engine(["--model", self.two, "--data", self.data2], check=False)
        self.assertEqual(proc.returncode, 3, proc.stderr)
        self.assertIn("--task regression", proc.stderr)

    def test_inference_optimisation_is_checked_and_recorded(self):
        plain = evaluate_all(self, [self.two], self.data2, ["--task", "regression"], sizes=(1,))
        fast = evaluate_all(self, [self.two], self.data2, ["--task", "regression"], sizes=(1, 2),
                            optimize=True)
        opt = fast["models"][0]["optimization"]
        self.assertTrue(opt["used"])
        self.assertLessEqual(opt["max_abs_difference"], 1e-4)
        self.assertNotIn("optimization", plain["models"][0])
        self.assertFalse(plain["config"]["optimize"])
        self.check(fast, 0, outputs_of(self.two, self.x), self.y2.numpy())
        # A module that mutates an attribute still evaluates correctly optimised.
        counting = save_model(Counting(), "counting.pt", 26)
        r = evaluate_all(self, [counting], self.data2, ["--task", "regression"], sizes=(1, 2),
                         optimize=True)
        self.check(r, 0, outputs_of(counting, self.x), self.y2.numpy())

    def test_half_precision_is_refused_on_the_cpu(self):
        for precision in ("fp16", "bf16"):
            proc = run_engine(["--model", self.two, "--data", self.data2, "--task", "regression",
                               "--precision", precision, "--device", "cpu"], check=False)
            self.assertEqual(proc.returncode, 6, proc.stderr)
            self.assertIn(f"--precision {precision} needs a CUDA device", proc.stderr)
        r = evaluate_all(self, [self.two], self.data2, ["--task", "regression", "--precision",
                                                        "fp32"], sizes=(1,))
        self.assertEqual(r["config"]["precision"], "fp32")
        probe = json.loads(run_engine(["--probe"]).stdout)
        self.assertEqual(len(probe["gpus"]), probe["cuda_devices"])

    def test_inspect_reports_the_label_shape_and_implied_task(self):
        proc = run_engine(["--inspect", "--data", self.data2])
        info = json.loads(proc.stdout)
        self.assertEqual(info["label_shape"], [2])
        self.assertEqual(info["label_type"], "real")
        self.assertEqual(info["implied_task"], "regression")


if __name__ == "__main__":
    main(globals())
