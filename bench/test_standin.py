"""Checks of bench/pyperf (the stand-in) against the real argparse and the file format
bench/run.py reads. Run with CPython 3.14:  python3.14 -m unittest bench/test_standin.py
"""
import argparse
import io
import os
import subprocess
import sys
import tempfile
import unittest
from contextlib import redirect_stderr
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH_DIR))
import pyperf  # noqa: E402  (the stand-in, not the real one)
import run  # noqa: E402  (bench/run.py: its parser of the measurement file)


def both(build):
    """The same add_argument() calls on argparse and on the stand-in's parser."""
    real, ours = argparse.ArgumentParser(prog="t"), pyperf.ArgumentParser(prog="t")
    build(real)
    build(ours)
    return real, ours


def nbody_args(p):  # the shapes the benchmarks use
    p.add_argument("--iterations", type=int, default=20000, help="iterations")
    p.add_argument("--reference", type=str, default="sun")


def unpack_args(p):
    p.add_argument("benchmark", nargs="?", choices=["list", "tuple"])


class ParserTest(unittest.TestCase):
    def assertSameParse(self, build, argv):
        real, ours = both(build)
        self.assertEqual(vars(real.parse_args(argv)), vars(ours.parse_args(argv)), argv)

    def assertBothFail(self, build, argv):
        real, ours = both(build)
        for p in (real, ours):
            with redirect_stderr(io.StringIO()), self.assertRaises(SystemExit) as cm:
                p.parse_args(argv)
            self.assertEqual(cm.exception.code, 2, (p, argv))

    def test_options(self):
        for argv in ([], ["--iterations", "5"], ["--iterations=7", "--reference", "jupiter"],
                     ["--iter", "3"], ["--reference=x=y"]):
            self.assertSameParse(nbody_args, argv)

    def test_optional_positional(self):
        for argv in ([], ["list"], ["tuple"]):
            self.assertSameParse(unpack_args, argv)

    def test_errors(self):
        self.assertBothFail(nbody_args, ["--iterations", "x"])
        self.assertBothFail(nbody_args, ["--iterations"])
        self.assertBothFail(nbody_args, ["--bogus"])
        self.assertBothFail(nbody_args, ["extra"])
        self.assertBothFail(unpack_args, ["dict"])

    def test_store_true(self):
        def build(p):
            p.add_argument("--fast", action="store_true")
            p.add_argument("--no-cache", dest="cache", action="store_false")
        for argv in ([], ["--fast"], ["--no-cache", "--fast"]):
            self.assertSameParse(build, argv)


def run_script(source, env_extra, argv=()):
    """Run a benchmark-like script with the stand-in first on sys.path, in a fresh process."""
    with tempfile.TemporaryDirectory() as tmp:
        script = Path(tmp) / "bm.py"
        script.write_text(source)
        out = Path(tmp) / "out.txt"
        env = dict(os.environ, PYTHONPATH=str(BENCH_DIR), OXPY_BENCH_OUT=str(out), **env_extra)
        p = subprocess.run([sys.executable, str(script), *argv], env=env,
                           capture_output=True, text=True, check=True)
        return p.stdout, out.read_text().splitlines()


BENCH_FUNC = """
import pyperf
calls = 0
def work(n):
    global calls
    calls += 1
    return [n, 'a\\nb']
runner = pyperf.Runner()
runner.metadata['description'] = 'test'
runner.bench_func('work', work, 3)
import sys; sys.stderr.write('calls %d' % calls)
"""

TIME_FUNC = """
import pyperf
def t(loops, scale):
    return loops * scale
runner = pyperf.Runner()
runner.bench_time_func('t', t, 0.5, inner_loops=10)
print('own output')
"""


IMPORTS = """
import sys
before = set(sys.modules)
import pyperf
def work():
    return 1
runner = pyperf.Runner()
runner.bench_func('work', work)
sys.stderr.write(' '.join(sorted(set(sys.modules) - before)))
"""


class RunnerTest(unittest.TestCase):
    def test_imports_nothing_else(self):
        # the stand-in must run on a young interpreter: builtins, sys, time (and posix,
        # which CPython has loaded before any user code) and nothing more
        with tempfile.TemporaryDirectory() as tmp:
            script = Path(tmp) / "bm.py"
            script.write_text(IMPORTS)
            env = dict(os.environ, PYTHONPATH=str(BENCH_DIR), OXPY_BENCH_OUT=str(Path(tmp) / "o"),
                       OXPY_BENCH_LOOPS="1", OXPY_BENCH_VALUES="1")
            p = subprocess.run([sys.executable, "-S", str(script)], env=env,
                               capture_output=True, text=True, check=True)
        self.assertEqual(p.stderr.split(), ["pyperf"])

    def test_bench_func_file(self):
        stdout, lines = run_script(BENCH_FUNC, {"OXPY_BENCH_LOOPS": "4", "OXPY_BENCH_VALUES": "2",
                                                "OXPY_BENCH_WARMUPS": "1"})
        self.assertEqual(stdout, "")  # measurements never go to stdout
        m = run.Measurement("cpython", b"", lines, 0.0)
        self.assertEqual((m.name, m.loops, m.inner_loops), ("work", 4, 1))
        self.assertEqual((len(m.values), len(m.warmups)), (2, 1))
        self.assertEqual(m.result, "[3, 'a\\\\nb']")  # repr() of the return value, one line
        self.assertEqual(m.metadata, {"description": "test"})

    def test_time_func_values(self):
        stdout, lines = run_script(TIME_FUNC, {"OXPY_BENCH_LOOPS": "8", "OXPY_BENCH_VALUES": "3"})
        self.assertEqual(stdout, "own output\n")
        m = run.Measurement("cpython", b"", lines, 0.0)
        # value = seconds returned / (loops * inner_loops) = 8 * 0.5 / 80
        self.assertEqual(m.values, [0.05, 0.05, 0.05])
        self.assertIsNone(m.result)

    def test_calibration_and_argv_override(self):
        # time_func reports 0.01 s per loop: 0.1 s is first reached at 16 loops
        src = TIME_FUNC.replace("loops * scale", "loops * 0.01").replace("0.5, inner_loops=10", "0")
        _, lines = run_script(src, {"OXPY_BENCH_MIN_TIME": "0.1", "OXPY_BENCH_VALUES": "5"},
                              argv=["--values", "1"])
        m = run.Measurement("cpython", b"", lines, 0.0)
        self.assertEqual(m.loops, 16)
        self.assertEqual(len(m.values), 1)


if __name__ == "__main__":
    unittest.main()
