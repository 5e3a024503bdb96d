"""What the engine tests share: the environment mpirun needs, and the command line of
every test script (ENGINE_BINARY WORK_DIR [TOOL...])."""
import os
import shutil
import sys
import unittest


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
    module_globals["ENGINE"] = os.path.abspath(sys.argv[1])
    module_globals["WORK"] = os.path.abspath(sys.argv[2])
    if "TOOL" in module_globals and len(sys.argv) > 3:
        module_globals["TOOL"] = os.path.abspath(sys.argv[3])
    shutil.rmtree(module_globals["WORK"], ignore_errors=True)
    os.makedirs(module_globals["WORK"])
    unittest.main(argv=[sys.argv[0], "-v"])
