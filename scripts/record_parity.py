#!/usr/bin/env python3
"""Record the expected output (`NAME.out`) of parity corpus programs with CPython 3.14.

Usage:
    scripts/record_parity.py [--python PATH] [--check] [--once] [-j N] [PATH ...]

PATH may be a program (.py) or a directory (searched recursively); the default
is every program under tests/parity. A `.py` file is a program unless a
component of its path below tests/parity starts with `fx_` (fixtures: modules
and packages that programs import). The reference interpreter is --python,
else $OXPY_REF_PYTHON, else /opt/cpython-3.14/bin/python3.14.

Each program runs as `python3.14 NAME.py` in its own folder, with only the
environment of ref_env(), stdin from a sibling NAME.stdin (else /dev/null) and
a time limit. The .out layout (tests/parity/README.md):

    --- stdout
    <stdout bytes>
    --- stderr
    <stderr bytes>
    --- exit N            (or `--- signal N` for a death by signal)

A section whose bytes do not end in a newline gets one, followed by the line
`--- no newline at end of stdout` (or stderr). The program's folder, as an
absolute path, is replaced by `<PARITY_DIR>` everywhere in the output.

Every program is run twice and the two outputs must agree (the corpus must be
deterministic); --once skips the second run. An output that holds a path of the
reference installation (a traceback through its Lib) is refused as well. --check writes nothing and
reports the .out files that would change (exit 1 if any).

This is run by hand (CI never needs CPython).
"""

import argparse
import os
import signal
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, "tests", "parity")
DEFAULT_PYTHON = "/opt/cpython-3.14/bin/python3.14"
PLACEHOLDER = b"<PARITY_DIR>"
TIMEOUT = 30


def ref_env():
    # A fixed, minimal environment: nothing from the caller's PYTHON* variables
    # may change what the reference prints. PYTHONDONTWRITEBYTECODE keeps
    # __pycache__ folders of fixtures out of the corpus.
    return {
        "PATH": "/usr/bin:/bin",
        "PYTHONHASHSEED": "0",
        "PYTHONIOENCODING": "utf-8",
        "LC_ALL": "C.UTF-8",
        "PYTHONDONTWRITEBYTECODE": "1",
    }


def section(name: str, data: bytes) -> bytes:
    out = b"--- " + name.encode() + b"\n" + data
    if data and not data.endswith(b"\n"):
        out += b"\n--- no newline at end of " + name.encode() + b"\n"
    return out


def format_out(stdout: bytes, stderr: bytes, code: int, folder: str) -> bytes:
    """The .out bytes of one run; `code` is negative for a death by signal."""
    d = os.fsencode(folder)
    stdout = stdout.replace(d, PLACEHOLDER)
    stderr = stderr.replace(d, PLACEHOLDER)
    end = b"--- signal %d\n" % -code if code < 0 else b"--- exit %d\n" % code
    return section("stdout", stdout) + section("stderr", stderr) + end


def run_program(python: str, path: str, timeout: float = TIMEOUT) -> bytes:
    folder = os.path.dirname(os.path.realpath(path))
    name = os.path.basename(path)
    stdin_path = os.path.join(folder, name[:-3] + ".stdin")
    stdin = open(stdin_path, "rb") if os.path.exists(stdin_path) else subprocess.DEVNULL
    try:
        p = subprocess.run(
            [python, name],
            cwd=folder,
            env=ref_env(),
            stdin=stdin,
            capture_output=True,
            timeout=timeout,
        )
    except subprocess.TimeoutExpired:
        raise SystemExit(f"timed out after {timeout} s: {path}")
    finally:
        if stdin is not subprocess.DEVNULL:
            stdin.close()
    return format_out(p.stdout, p.stderr, p.returncode, folder)


def is_program(path: str) -> bool:
    rel = os.path.relpath(os.path.abspath(path), CORPUS)
    return path.endswith(".py") and not any(c.startswith("fx_") for c in rel.split(os.sep))


def collect(paths):
    files = []
    for p in paths:
        if os.path.isdir(p):
            for dirpath, dirnames, filenames in os.walk(p):
                dirnames[:] = sorted(d for d in dirnames if not d.startswith("fx_") and d != "__pycache__")
                for f in sorted(filenames):
                    full = os.path.join(dirpath, f)
                    if is_program(full):
                        files.append(full)
        elif is_program(p):
            files.append(p)
        else:
            raise SystemExit(f"not a corpus program or directory: {p}")
    return sorted(set(os.path.abspath(f) for f in files))


def main():
    assert sys.version_info >= (3, 8)
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("paths", nargs="*")
    ap.add_argument("--python", default=os.environ.get("OXPY_REF_PYTHON", DEFAULT_PYTHON))
    ap.add_argument("--check", action="store_true", help="only report .out files that would change")
    ap.add_argument("--once", action="store_true", help="run each program once (no determinism check)")
    ap.add_argument("-j", "--jobs", type=int, default=2)
    args = ap.parse_args()

    # Pin the reference: the corpus is CPython 3.14's behaviour.
    v = subprocess.run(
        [args.python, "-c", "import sys; print(sys.version_info[:2] == (3, 14))"],
        capture_output=True, text=True, env=ref_env(),
    ).stdout.strip()
    assert v == "True", f"{args.python} is not CPython 3.14"

    # Paths of the reference installation (its Lib) must never reach a recording: a program
    # whose traceback runs through the standard library is machine-dependent.
    ref_paths = subprocess.run(
        [args.python, "-c", "import sys, os; print(sys.prefix); print(os.path.realpath(os.__file__).rsplit('/', 2)[0])"],
        capture_output=True, env=ref_env(),
    ).stdout.split()

    files = collect(args.paths or [CORPUS])

    def one(path):
        first = run_program(args.python, path)
        second = first if args.once else run_program(args.python, path)
        return path, first, second

    changed, unstable, machine = [], [], []
    with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as ex:
        for path, data, again in ex.map(one, files):
            rel = os.path.relpath(path, ROOT)
            if data != again:
                unstable.append(rel)
                continue
            if any(p in data for p in ref_paths):
                machine.append(rel)
                continue
            out = path[:-3] + ".out"
            try:
                with open(out, "rb") as f:
                    old = f.read()
            except FileNotFoundError:
                old = None
            if old != data:
                changed.append(os.path.relpath(out, ROOT))
                if not args.check:
                    with open(out, "wb") as f:
                        f.write(data)
    verb = "would change" if args.check else "written"
    print(f"{len(files)} programs, {len(changed)} .out {verb}, {len(unstable)} not deterministic")
    for c in changed:
        print("  " + c)
    for u in unstable:
        print("  NOT DETERMINISTIC (nothing written): " + u)
    for m in machine:
        print("  PRINTS A PATH OF THE REFERENCE INSTALLATION (nothing written): " + m)
    if unstable or machine or (args.check and changed):
        sys.exit(1)


if __name__ == "__main__":
    main()
