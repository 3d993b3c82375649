#!/usr/bin/env python3
"""Record the expected output (`NAME.out`) of AST corpus files with CPython 3.14.

Usage:
    gen/record_ast.py [--python PATH] [--gen] [--check] [PATH ...]

PATH may be a .py file or a directory (searched recursively); the default is
every tests/ast/**/*.py. The reference interpreter is --python, else
$OXPY_REF_PYTHON, else /opt/cpython-3.14/bin/python3.14.

--gen first regenerates the byte-level files (BOM, CR, NUL, bad UTF-8, deep
nesting ...) with gen/gen_ast_corpus.py.
--check records into memory and reports files whose .out would change,
writing nothing (exit 1 if any).

The .out format is the one of docs/parity.md ("The corpus"): the
reference script below runs in the file's directory with the bare file name
as argv[1] and PYTHONHASHSEED=0; the .out holds stdout verbatim, then
`[exit N]` if the exit code is not 0, then stderr: only the last line when it
holds a traceback, else every line, each prefixed `[stderr] `.

This is run by hand (CI never needs CPython). Output is deterministic, so
rerunning it on an unchanged corpus changes no file.
"""

import argparse
import os
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, "tests", "ast")
DEFAULT_PYTHON = "/opt/cpython-3.14/bin/python3.14"

REF_SCRIPT = """\
import ast, sys
src = open(sys.argv[1], 'rb').read()
try:
    print(ast.dump(ast.parse(src, sys.argv[1]), include_attributes=True))
except SyntaxError as e:
    print(f"{type(e).__name__}: {e.msg} ({e.lineno}, {e.offset}, {e.end_lineno}, {e.end_offset})")
    sys.exit(1)
"""

TIMEOUT = 120


def ref_env():
    # A fixed, minimal environment: nothing from the caller's PYTHON* variables
    # may change what the reference prints.
    return {
        "PATH": "/usr/bin:/bin",
        "PYTHONHASHSEED": "0",
        "LC_ALL": "C.UTF-8",
        "PYTHONIOENCODING": "utf-8",
    }


def format_out(stdout: bytes, stderr: bytes, code: int) -> bytes:
    """Build the .out bytes from one run (shared with compare_lib.py)."""
    out = bytearray(stdout)
    if code != 0:
        if out and not out.endswith(b"\n"):
            out += b"\n"
        out += b"[exit %d]\n" % code
    lines = stderr.decode("utf-8", "surrogateescape").splitlines()
    if any(l.startswith("Traceback (most recent call last):") for l in lines):
        lines = [l for l in lines if l.strip()][-1:]
    if lines and out and not out.endswith(b"\n"):
        out += b"\n"
    for l in lines:
        out += b"[stderr] " + l.encode("utf-8", "surrogateescape") + b"\n"
    return bytes(out)


def run_reference(python: str, script: str, path: str, timeout: float = TIMEOUT) -> bytes:
    path = os.path.abspath(path)
    try:
        p = subprocess.run(
            [python, script, os.path.basename(path)],
            cwd=os.path.dirname(path),
            env=ref_env(),
            stdin=subprocess.DEVNULL,
            capture_output=True,
            timeout=timeout,
        )
    except subprocess.TimeoutExpired:
        raise SystemExit(f"reference timed out on {path}")
    return format_out(p.stdout, p.stderr, p.returncode)


def collect(paths):
    files = []
    for p in paths:
        if os.path.isdir(p):
            for dirpath, dirnames, filenames in os.walk(p):
                dirnames.sort()
                for f in sorted(filenames):
                    if f.endswith(".py"):
                        files.append(os.path.join(dirpath, f))
        elif p.endswith(".py"):
            files.append(p)
        else:
            raise SystemExit(f"not a .py file or directory: {p}")
    return sorted(set(os.path.abspath(f) for f in files))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("paths", nargs="*")
    ap.add_argument("--python", default=os.environ.get("OXPY_REF_PYTHON", DEFAULT_PYTHON))
    ap.add_argument("--gen", action="store_true", help="regenerate byte-level files first")
    ap.add_argument("--check", action="store_true", help="only report .out files that would change")
    ap.add_argument("-j", "--jobs", type=int, default=2)
    args = ap.parse_args()

    if args.gen:
        subprocess.run([sys.executable, os.path.join(ROOT, "gen", "gen_ast_corpus.py")], check=True)

    files = collect(args.paths or [CORPUS])
    with tempfile.TemporaryDirectory() as tmp:
        script = os.path.join(tmp, "ref.py")
        with open(script, "w") as f:
            f.write(REF_SCRIPT)

        def one(path):
            return path, run_reference(args.python, script, path)

        changed = []
        with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as ex:
            for path, data in ex.map(one, files):
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
    print(f"{len(files)} files, {len(changed)} .out {verb}")
    for c in changed:
        print("  " + c)
    if args.check and changed:
        sys.exit(1)


if __name__ == "__main__":
    main()
