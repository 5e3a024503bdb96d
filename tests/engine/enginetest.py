"""What the engine tests share: the environment mpirun needs, the command line of
every test script (ENGINE_BINARY WORK_DIR [TOOL...]), and running the engine on models
and data the tests make (the paths main() was given are in CONTEXT)."""
import json
import os
import shutil
import subprocess
import sys
import unittest

CONTEXT = {"engine": None, "work": None}


def mpi_env():
    """The environment for the engine under mpirun. The test machines run as root, where
    Open MPI wants an explicit permission; users' runs never need it."""
    env = dict(os.environ)
    if os.geteuid() == 0:
        env["OMPI_ALLOW_RUN_AS_ROOT"] = "1"
        env["OMPI_ALLOW_RUN_AS_ROOT_CONFIRM"] = "1"
    return env


def main(module_globals):
    """Runs the calling script's tests: sets its ENGINE and WORK (a fresh folder) from the
    command line, and TOOL from a third argument when the script has one."""
    module_globals["ENGINE"] = CONTEXT["engine"] = os.path.abspath(sys.argv[1])
    module_globals["WORK"] = CONTEXT["work"] = os.path.abspath(sys.argv[2])
    if "TOOL" in module_globals and len(sys.argv) > 3:
        module_globals["TOOL"] = os.path.abspath(sys.argv[3])
    shutil.rmtree(module_globals["WORK"], ignore_errors=True)
    os.makedirs(module_globals["WORK"])
    unittest.main(argv=[sys.argv[0], "-v"])


def save_model(module, name, seed):
    """Scripts `module` with normally distributed parameters (seeded) into WORK."""
    import torch
    torch.manual_seed(seed)
    for p in module.parameters():
        torch.nn.init.normal_(p, std=1.0)
    path = os.path.join(CONTEXT["work"], name)
    torch.jit.script(module.eval()).save(path)
    return path


def save_data(name, inputs, labels, **extra):
    """A tensor file {"inputs", "labels", ...} in WORK."""
    import torch
    path = os.path.join(CONTEXT["work"], name)
    torch.save({"inputs": inputs, "labels": labels, **extra}, path)
    return path


def run_engine(args, np_=None, check=True):
    """The engine with `args`, under mpirun with np_ ranks when np_ > 1."""
    cmd = [CONTEXT["engine"]] + list(args)
    if np_ is not None and np_ > 1:
        cmd = ["mpirun", "-np", str(np_), "--oversubscribe"] + cmd
    proc = subprocess.run(cmd, capture_output=True, text=True, env=mpi_env(), timeout=300)
    if check and proc.returncode != 0:
        raise AssertionError(f"{' '.join(cmd)} failed ({proc.returncode}):\n{proc.stderr}")
    return proc


def evaluate_all(test, models, data, extra=(), sizes=(1, 2, 3), optimize=False, batch=8,
                 tag=None):
    """Evaluates at every world size; asserts the results identical; returns np=1's.
    The models run as saved (--no-optimize) unless `optimize`: the references are the
    plain modules' outputs from Python, bit for bit. Outputs are WORK/<tag>-np<n>.json."""
    from resultcompare import assert_identical
    if not optimize:
        extra = list(extra) + ["--no-optimize"]
    tag = tag or os.path.basename(data)
    results = []
    for n in sizes:
        out = os.path.join(CONTEXT["work"], f"{tag}-np{n}.json")
        args = []
        for m in models:
            args += ["--model", m]
        run_engine(args + ["--data", data, "--output", out, "--batch-size", str(batch),
                           "--threads", "1", "--quiet", "--no-progress"] + list(extra), n)
        with open(out) as f:
            results.append(json.load(f))
    for n, r in zip(sizes[1:], results[1:]):
        with test.subTest(world_size=n):
            assert_identical(test, results[0], r, f"np=1 vs np={n}")
    return results[0]
