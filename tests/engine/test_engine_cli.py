#!/usr/bin/python3
"""disteval-engine's command line: modes, usage errors and clear failures.

Each failure must give one message naming the file or flag, a specific non-zero exit
status, no result file, and must not hang (every run has a timeout).

Usage: test_engine_cli.py ENGINE_BINARY WORK_DIR
"""
import json
import os
import shutil
import subprocess
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from enginetest import mpi_env  # noqa: E402

ENGINE = None
WORK = None
FASHION = "/usr/share/datasets/fashion-mnist/t10k-images-idx3-ubyte.gz"


def env():
    return mpi_env()


def run(args, np_=None, timeout=120):
    cmd = [ENGINE] + args
    if np_:
        cmd = ["mpirun", "-np", str(np_), "--oversubscribe"] + cmd
    return subprocess.run(cmd, capture_output=True, text=True, env=env(), timeout=timeout)


class CliTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        subprocess.run([sys.executable, os.path.join(os.path.dirname(__file__), "make_test_models.py"),
                        WORK], check=True)

    def p(self, name):
        return os.path.join(WORK, name)

    def assert_fails(self, args, status, *fragments, np_=None):
        out = self.p("should-not-exist.json")
        proc = run(args + ["--output", out], np_)
        self.assertEqual(proc.returncode, status, proc.stderr)
        self.assertFalse(os.path.exists(out), "a failed run left a result file")
        errors = [l for l in proc.stderr.splitlines() if "error:" in l]
        self.assertTrue(errors, proc.stderr)
        self.assertEqual(len(errors), 1, f"one message expected, got:\n{proc.stderr}")
        for f in fragments:
            self.assertIn(f, errors[0])
        return proc

    def test_help_and_version(self):
        h = run(["--help"])
        self.assertEqual(h.returncode, 0)
        for flag in ("--model", "--data", "--class-names", "--normalize", "--batch-size", "--threads",
                     "--device", "--bootstrap", "--confidence", "--seed", "--output", "--zero-division"):
            self.assertIn(flag, h.stdout)
        v = run(["--version"])
        self.assertEqual(v.returncode, 0)
        self.assertRegex(v.stdout, r"disteval-engine \d+\.\d+\.\d+")

    def test_probe(self):
        r = run(["--probe"])
        self.assertEqual(r.returncode, 0)
        j = json.loads(r.stdout)
        self.assertFalse(j["cuda_available"])  # CPU-only LibTorch here
        self.assertGreaterEqual(j["cpu_cores"], 1)

    def test_inspect(self):
        r = run(["--inspect", "--data", FASHION])
        self.assertEqual(r.returncode, 0, r.stderr)
        j = json.loads(r.stdout)
        self.assertEqual(j["format"], "idx")
        self.assertEqual(j["num_samples"], 10000)
        self.assertEqual(j["num_classes"], 10)
        self.assertEqual(j["sample_shape"], [1, 28, 28])
        r = run(["--inspect", "--data", os.path.dirname(FASHION)])
        self.assertEqual(json.loads(r.stdout)["num_samples"], 10000)  # the test split is chosen
        r = run(["--inspect", "--data", self.p("small.pt")])
        j = json.loads(r.stdout)
        self.assertEqual((j["format"], j["num_samples"]), ("tensor-file", 37))

    def test_inspect_error_is_json(self):
        bad = self.p("not-data.txt")
        with open(bad, "w") as f:
            f.write("hello\n")
        r = run(["--inspect", "--data", bad])
        self.assertEqual(r.returncode, 3)
        self.assertEqual(json.loads(r.stdout)["error"]["code"], "data_invalid")
        self.assertIn(bad, r.stderr)

    def test_usage_errors(self):
        base = ["--model", self.p("linear.pt"), "--data", FASHION]
        cases = [
            (["--frobnicate"], "unknown option '--frobnicate'"),
            (["--batch-size", "-3"], "--batch-size"),
            (["--batch-size", "abc"], "--batch-size needs an integer"),
            (["--bootstrap", "0"], "--bootstrap"),
            (["--confidence", "1.5"], "--confidence must be strictly between 0 and 1"),
            (["--confidence", "0"], "--confidence"),
            (["--device", "tpu"], "--device must be auto, cpu or cuda"),
            (["--zero-division", "2"], "zero_division"),
            (["--normalize", "0.5"], "--normalize needs MEAN,STD"),
        ]
        for extra, fragment in cases:
            with self.subTest(extra=extra):
                self.assert_fails(base + extra, 2, fragment)
        self.assert_fails(["--data", FASHION], 2, "no model given")
        self.assert_fails(["--model", self.p("linear.pt")], 2, "no dataset given")

    def test_usage_error_under_mpirun_prints_once(self):
        self.assert_fails(["--model", self.p("linear.pt"), "--data", FASHION, "--bootstrap", "0"], 2,
                          "--bootstrap", np_=3)

    def test_cuda_on_cpu_only_build(self):
        self.assert_fails(["--model", self.p("linear.pt"), "--data", FASHION, "--device", "cuda"], 6,
                          "CUDA is not available")

    def test_missing_and_bad_model(self):
        missing = self.p("nope.pt")
        self.assert_fails(["--model", missing, "--data", FASHION], 4, missing, "does not exist")
        junk = self.p("junk.pt")
        with open(junk, "wb") as f:
            f.write(b"\x00garbage" * 100)
        self.assert_fails(["--model", junk, "--data", FASHION], 4, junk, "not a TorchScript archive")
        self.assert_fails(["--model", junk, "--data", FASHION], 4, junk, np_=2)

    def test_missing_and_bad_data(self):
        missing = self.p("nope-images-idx3-ubyte.gz")
        self.assert_fails(["--model", self.p("linear.pt"), "--data", missing], 3, missing, "does not exist")
        bad = self.p("bad.bin")
        with open(bad, "wb") as f:
            f.write(b"something else entirely")
        self.assert_fails(["--model", self.p("linear.pt"), "--data", bad], 3, bad, "not a dataset format")

    def test_class_count_mismatch(self):
        self.assert_fails(["--model", self.p("linear3.pt"), "--data", FASHION], 3, "labels up to 9",
                          "3 outputs")
        names = self.p("names4.txt")
        with open(names, "w") as f:
            f.write("a\nb\nc\nd\n")
        self.assert_fails(["--model", self.p("linear.pt"), "--data", FASHION, "--class-names", names], 3,
                          names, "4 class names", "10 outputs")
        self.assert_fails(["--model", self.p("linear.pt"), "--model", self.p("linear3.pt"),
                           "--data", FASHION], 4, "share their classes")

    def test_output_not_writable(self):
        target = os.path.join(WORK, "no-such-folder", "r.json")
        proc = run(["--model", self.p("linear.pt"), "--data", FASHION, "--output", target])
        self.assertEqual(proc.returncode, 5)
        self.assertIn(target, proc.stderr)
        self.assertFalse(os.path.exists(target))

    def test_previous_result_survives_failure(self):
        out = self.p("keep.json")
        with open(out, "w") as f:
            f.write('{"precious": true}\n')
        proc = run(["--model", self.p("nope.pt"), "--data", FASHION, "--output", out])
        self.assertEqual(proc.returncode, 4)
        with open(out) as f:
            self.assertEqual(f.read(), '{"precious": true}\n')

    def test_rank_failure_ends_job(self):
        proc = run(["--model", self.p("linear.pt"), "--data", FASHION, "--batch-size", "100",
                    "--debug-fail-at", "1:3", "--output", self.p("fail.json")], np_=3, timeout=60)
        self.assertNotEqual(proc.returncode, 0)
        self.assertIn("rank 1", proc.stderr)
        self.assertIn("batch 3", proc.stderr)
        self.assertFalse(os.path.exists(self.p("fail.json")))


if __name__ == "__main__":
    ENGINE = os.path.abspath(sys.argv[1])
    WORK = os.path.abspath(sys.argv[2])
    shutil.rmtree(WORK, ignore_errors=True)
    os.makedirs(WORK)
    unittest.main(argv=[sys.argv[0], "-v"])
