#!/usr/bin/python3
"""disteval-engine's per-sample records (--save-predictions; docs/RESULT_SCHEMA.md,
"Sample records"), decoded here from the documented layout with NumPy and checked
against the models' own outputs computed in Python: classification (label, prediction,
cross-entropy, top-5 classes and probabilities), dense classification (accuracy and
mean IoU per image, a wholly ignored image), multi-label (label and predicted sets) and
regression (targets and predictions, bit for bit). Every rank writes its own shard's
records: the records are identical (==, byte for byte) at world sizes 1, 2 and 3, and a
later run over the same output replaces the older records.

Usage: test_engine_records.py ENGINE_BINARY WORK_DIR
"""
import json
import os
import sys
import unittest

import numpy as np
import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from enginetest import evaluate_all, main, run_engine, save_data, save_model  # noqa: E402

ENGINE = None
WORK = None
BATCH = 8
torch.set_num_threads(1)


class Linear(torch.nn.Module):
    def __init__(self, inputs, outputs):
        super().__init__()
        self.fc = torch.nn.Linear(inputs, outputs)

    def forward(self, x):
        return self.fc(x)


class Seg(torch.nn.Module):
    def __init__(self, classes):
        super().__init__()
        self.conv = torch.nn.Conv2d(3, classes, 1)

    def forward(self, x):
        return self.conv(x)


def outputs_of(path, inputs):
    module = torch.jit.load(path)
    with torch.inference_mode():
        return torch.cat([module(inputs[i:i + BATCH]) for i in range(0, len(inputs), BATCH)]
                         ).double().numpy()


def read_records(result_path):
    """The result's records file: (header, bytes of the records)."""
    with open(result_path) as f:
        result = json.load(f)
    path = os.path.join(os.path.dirname(result_path), result["samples"]["path"])
    with open(path, "rb") as f:
        content = f.read()
    newline = content.index(b"\n")
    header = json.loads(content[:newline])
    assert header["run_id"] == result["samples"]["run_id"]
    return header, content[newline + 1:]


def records_array(header, body, dtype):
    """The records as a NumPy structured array of the documented layout `dtype`."""
    dt = np.dtype(dtype)
    assert dt.itemsize == header["sample_bytes"] + len(header["models"]) * header["model_bytes"]
    assert len(body) == header["num_samples"] * dt.itemsize
    return np.frombuffer(body, dtype=dt)


def evaluate(test, models, data, extra, tag):
    """evaluate_all with --save-predictions; also asserts every world size wrote the same
    records (byte for byte) and returns np=1's header and records."""
    r = evaluate_all(test, models, data, list(extra) + ["--save-predictions"], batch=BATCH,
                     tag=tag)
    bodies = []
    for n in (1, 2, 3):
        header, body = read_records(os.path.join(WORK, f"{tag}-np{n}.json"))
        bodies.append(body)
    for n, body in zip((2, 3), bodies[1:]):
        test.assertTrue(body == bodies[0], f"records at np={n} differ from np=1")
    header, body = read_records(os.path.join(WORK, f"{tag}-np1.json"))
    return r, header, body


class ClassificationRecords(unittest.TestCase):
    C = 7
    N = 41

    @classmethod
    def setUpClass(cls):
        g = torch.Generator().manual_seed(3)
        cls.x = torch.randn(cls.N, 6, generator=g)
        cls.y = torch.randint(0, cls.C, (cls.N,), generator=g)
        cls.data = save_data("cls.pt", cls.x, cls.y)
        cls.a = save_model(Linear(6, cls.C), "cls-a.pt", 4)
        cls.b = save_model(Linear(6, cls.C), "cls-b.pt", 5)

    def test_records_match_the_models_outputs(self):
        r, header, body = evaluate(self, [self.a, self.b], self.data, [], "cls")
        self.assertEqual(header["format"], "disteval-samples")
        self.assertEqual(header["task"], "classification")
        self.assertEqual(header["top_k"], 5)
        self.assertEqual([m["sha256"] for m in header["models"]],
                         [m["sha256"] for m in r["models"]])
        model = [("pred", "<i4"), ("loss", "<f4"), ("top", "<i4", 5), ("prob", "<f4", 5)]
        rec = records_array(header, body, [("present", "<i4"), ("label", "<i4"),
                                           ("a", model), ("b", model)])
        self.assertTrue((rec["present"] == 1).all())
        np.testing.assert_array_equal(rec["label"], self.y.numpy())
        for name, path in (("a", self.a), ("b", self.b)):
            z = outputs_of(path, self.x)
            m = rec[name]
            np.testing.assert_array_equal(m["pred"], z.argmax(1))
            lse = np.log(np.exp(z - z.max(1, keepdims=True)).sum(1)) + z.max(1)
            loss = lse - z[np.arange(self.N), self.y.numpy()]
            np.testing.assert_allclose(m["loss"], loss.astype(np.float32), rtol=2e-7, atol=1e-7)
            order = np.argsort(-z, axis=1, kind="stable")[:, :5]
            np.testing.assert_array_equal(m["top"], order)
            p = np.exp(z - z.max(1, keepdims=True))
            p /= p.sum(1, keepdims=True)
            np.testing.assert_allclose(m["prob"], np.take_along_axis(p, order, 1).astype(np.float32),
                                       rtol=2e-7, atol=1e-8)
            # the confusion matrix of the result is the records' (label, prediction) counts
            cm = np.zeros((self.C, self.C), dtype=int)
            np.add.at(cm, (rec["label"], m["pred"]), 1)
            mi = 0 if name == "a" else 1
            self.assertEqual(cm.tolist(), r["models"][mi]["confusion_matrix"])
        # the classification sidecar of the same run is still written, with the same id
        self.assertEqual(r["predictions"]["run_id"], r["samples"]["run_id"])

    def test_a_later_run_replaces_the_older_records(self):
        out = os.path.join(WORK, "again.json")
        args = ["--model", self.a, "--data", self.data, "--output", out, "--save-predictions",
                "--quiet", "--no-progress"]
        run_engine(args)
        first = json.load(open(out))["samples"]["path"]
        run_engine(args)
        second = json.load(open(out))["samples"]["path"]
        self.assertNotEqual(first, second)
        left = sorted(f for f in os.listdir(WORK) if f.startswith("again.samples-"))
        self.assertEqual(left, [second])


class DenseRecords(unittest.TestCase):
    C = 4
    N = 20

    def test_accuracy_and_mean_iou_per_image(self):
        g = torch.Generator().manual_seed(6)
        x = torch.randn(self.N, 3, 6, 6, generator=g)
        y = torch.randint(0, self.C, (self.N, 6, 6), generator=g)
        y[torch.rand(self.N, 6, 6, generator=g) < 0.2] = 255
        y[3] = 255  # wholly ignored
        data = save_data("seg.pt", x, y)
        model = save_model(Seg(self.C), "seg.pt.model", 7)
        r, header, body = evaluate(self, [model], data, ["--ignore-index", "255"], "seg")
        self.assertEqual(header["task"], "dense_classification")
        rec = records_array(header, body, [("present", "<i4"), ("pad", "<i4"),
                                           ("evaluated", "<i8"), ("acc", "<f4"), ("iou", "<f4")])
        pred = outputs_of(model, x).argmax(1)
        yy = y.numpy()
        for i in range(self.N):
            keep = yy[i] != 255
            self.assertEqual(rec["evaluated"][i], keep.sum())
            if not keep.any():
                self.assertTrue(np.isnan(rec["acc"][i]) and np.isnan(rec["iou"][i]))
                continue
            t, p = yy[i][keep], pred[i][keep]
            self.assertEqual(rec["acc"][i], np.float32((t == p).mean()))
            ious = [((t == c) & (p == c)).sum() / ((t == c) | (p == c)).sum()
                    for c in range(self.C) if ((t == c) | (p == c)).any()]
            self.assertAlmostEqual(float(rec["iou"][i]), float(np.float32(np.mean(ious))),
                                   places=6)


class MultiLabelRecords(unittest.TestCase):
    C = 11  # two bytes of bits per set
    N = 30

    def test_label_and_predicted_sets(self):
        g = torch.Generator().manual_seed(8)
        x = torch.randn(self.N, 5, generator=g)
        y = (torch.rand(self.N, self.C, generator=g) < 0.3).to(torch.int64)
        data = save_data("ml.pt", x, y)
        model = save_model(Linear(5, self.C), "ml.model.pt", 9)
        r, header, body = evaluate(self, [model], data, ["--task", "multilabel"], "ml")
        rec = records_array(header, body, [("present", "<i4"), ("label", "u1", 4),
                                           ("pred", "u1", 4)])
        labels = np.unpackbits(rec["label"], axis=1, bitorder="little")[:, :self.C]
        preds = np.unpackbits(rec["pred"], axis=1, bitorder="little")[:, :self.C]
        np.testing.assert_array_equal(labels, y.numpy())
        z = outputs_of(model, x)
        np.testing.assert_array_equal(preds, (1 / (1 + np.exp(-z)) >= 0.5).astype(np.uint8))


class RegressionRecords(unittest.TestCase):
    N = 25

    def test_targets_and_predictions_bit_for_bit(self):
        g = torch.Generator().manual_seed(10)
        x = torch.randn(self.N, 4, generator=g)
        y = torch.randn(self.N, 2, generator=g, dtype=torch.float64)
        data = save_data("reg.pt", x, y)
        a = save_model(Linear(4, 2), "reg-a.pt", 11)
        b = save_model(Linear(4, 2), "reg-b.pt", 12)
        r, header, body = evaluate(self, [a, b], data, ["--task", "regression"], "reg")
        self.assertEqual(header["num_units"], 2)
        rec = records_array(header, body, [("present", "<i4"), ("pad", "<i4"),
                                           ("target", "<f8", 2), ("a", "<f8", 2),
                                           ("b", "<f8", 2)])
        self.assertTrue((rec["target"] == y.numpy()).all())
        self.assertTrue((rec["a"] == outputs_of(a, x)).all())
        self.assertTrue((rec["b"] == outputs_of(b, x)).all())
        # the records give the result's MAE back
        mae = np.abs(rec["a"] - rec["target"]).mean()
        self.assertAlmostEqual(r["models"][0]["metrics"]["mae"]["value"], mae, delta=1e-12)


class RenderSamples(unittest.TestCase):
    """--render-samples: thumbnails of given samples, for the app's gallery."""

    def test_images_masks_and_other_inputs(self):
        from PIL import Image
        g = torch.Generator().manual_seed(13)
        x = torch.rand(6, 3, 5, 7, generator=g)
        y = torch.randint(0, 3, (6, 5, 7), generator=g)
        seg = save_data("render-seg.pt", x, y)
        out = os.path.join(WORK, "render")
        run_engine(["--render-samples", "0,4", "--data", seg, "--output", out])
        for i in (0, 4):
            with Image.open(os.path.join(out, f"sample-{i}.png")) as im:
                self.assertEqual(im.size, (7, 5))
                self.assertEqual(im.mode, "RGB")
        vec = save_data("render-vec.pt", torch.arange(12.0).reshape(3, 4), torch.tensor([0, 1, 0]))
        run_engine(["--render-samples", "2", "--data", vec, "--output", out])
        with open(os.path.join(out, "sample-2.txt")) as f:
            self.assertEqual(f.read().split(), ["8", "9", "10", "11"])
        proc = run_engine(["--render-samples", "3", "--data", vec, "--output", out], check=False)
        self.assertEqual(proc.returncode, 2)
        self.assertIn("sample 3 is not in", proc.stderr)

    def test_token_ids_as_text_with_a_vocabulary(self):
        ids = torch.tensor([[1, 2, 3, 7], [0, 0, 1, 2]], dtype=torch.int64)
        tok = save_data("render-tok.pt", ids, torch.tensor([[0, 1, 1, 0], [1, 0, 0, 1]]))
        out = os.path.join(WORK, "render-tok")
        # without a vocabulary: the ids, exactly
        run_engine(["--render-samples", "0", "--data", tok, "--output", out])
        with open(os.path.join(out, "sample-0.txt")) as f:
            self.assertEqual(f.read(), "1 2 3 7\n")
        # with one: the tokens joined by spaces, an id outside it as [id]
        vocab = os.path.join(WORK, "vocab.txt")
        with open(vocab, "w") as f:
            f.write("[PAD]\nhello\nworld\n!\n")
        run_engine(["--render-samples", "0,1", "--data", tok, "--vocab", vocab,
                    "--output", out])
        with open(os.path.join(out, "sample-0.txt")) as f:
            self.assertEqual(f.read(), "hello world ! [7]\n")
        with open(os.path.join(out, "sample-1.txt")) as f:
            self.assertEqual(f.read(), "[PAD] [PAD] hello world\n")

    def test_vocabulary_refusals(self):
        tok = save_data("render-tok2.pt", torch.tensor([[1, 2]]), torch.tensor([[0, 1]]))
        out = os.path.join(WORK, "render-tok2")
        missing = os.path.join(WORK, "no-such-vocab.txt")
        empty = os.path.join(WORK, "empty-vocab.txt")
        open(empty, "w").close()
        for vocab, words in ((missing, "does not exist"), (empty, "is empty")):
            with self.subTest(vocab=os.path.basename(vocab)):
                proc = run_engine(["--render-samples", "0", "--data", tok, "--vocab", vocab,
                                   "--output", out], check=False)
                self.assertEqual(proc.returncode, 3)
                lines = proc.stderr.strip().splitlines()
                self.assertEqual(len(lines), 1, proc.stderr)
                self.assertIn("vocabulary file", lines[0])
                self.assertIn(words, lines[0])
                self.assertFalse(os.path.exists(os.path.join(out, "sample-0.txt")))
        # only for rendering
        proc = run_engine(["--model", "m.pt", "--data", tok, "--vocab", empty], check=False)
        self.assertEqual(proc.returncode, 2)
        self.assertIn("--vocab is for --render-samples only", proc.stderr)


if __name__ == "__main__":
    main(globals())
