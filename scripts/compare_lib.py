#!/usr/bin/env python3
"""Compare `oxpy-ast FILE` with CPython 3.14 over every .py file of a tree
(by default CPython 3.14's own Lib, Lib/test included).

Usage:
    scripts/compare_lib.py [OXPY_AST] [options] [--] [PATH ...]

OXPY_AST is the oxpy-ast binary (default target/release/oxpy-ast). PATH is a
.py file or a directory searched recursively; the default is
/opt/cpython-3.14/root/usr/lib/python3.14.

For each file, both sides run in the file's directory with the bare file
name as argument, as the corpus recording does (gen/record_ast.py): the
reference is the script of docs/parity.md ("The reference script") under CPython 3.14
with PYTHONHASHSEED=0. Their stdout, exit code and stderr are put in the
.out layout (stdout, `[exit N]`, `[stderr] ` lines; only the last line of a
traceback) and compared byte for byte. A crash, a timeout or a missing
binary counts as a difference.

Reference outputs are cached under --cache (default /tmp/oxpy-compare-lib),
keyed by the reference interpreter, the script, the file name and the
file's bytes, so a second run only runs oxpy-ast.

Prints the number of identical files and writes the paths that differ, one
a line, to --out (default /tmp/oxpy-compare-lib.diffs.txt); --details FILE
also writes, for each difference, the first differing line of both sides.
Exit status: 0 when every file is identical, 1 otherwise, 2 on a usage error.

Run by hand only (CI never needs CPython). Options:
    --python PATH   reference interpreter (default $OXPY_REF_PYTHON or
                    /opt/cpython-3.14/bin/python3.14)
    -j, --jobs N    files processed in parallel (default 2)
    --timeout S     per-process timeout in seconds (default 60)
    --limit N       only the first N files (sorted by path)
    --filter SUB    only paths containing SUB
    --show N        print the first N differences (default 10)
    --no-cache      neither read nor write the reference cache
"""

import argparse
import hashlib
import os
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(ROOT, "gen"))
from record_ast import DEFAULT_PYTHON, REF_SCRIPT, format_out, ref_env  # noqa: E402

DEFAULT_LIB = "/opt/cpython-3.14/root/usr/lib/python3.14"
DEFAULT_OXPY = os.path.join(ROOT, "target", "release", "oxpy-ast")


def collect(paths):
    files = []
    for p in paths:
        if os.path.isdir(p):
            for dirpath, dirnames, filenames in os.walk(p):
                dirnames.sort()
                for f in sorted(filenames):
                    full = os.path.join(dirpath, f)
                    # Dangling symlinks (sitecustomize.py -> /etc/...) are not sources.
                    if f.endswith(".py") and os.path.isfile(full):
                        files.append(full)
        elif os.path.isfile(p):
            files.append(p)
        else:
            raise SystemExit(f"no such file or directory: {p}")
    return sorted(set(os.path.abspath(f) for f in files))


def run(cmd, path, timeout):
    """Run cmd + [basename] in the file's directory; return (.out bytes, problem)."""
    try:
        p = subprocess.run(
            cmd + [os.path.basename(path)],
            cwd=os.path.dirname(path),
            env=ref_env(),
            stdin=subprocess.DEVNULL,
            capture_output=True,
            timeout=timeout,
        )
    except subprocess.TimeoutExpired:
        return None, "timeout"
    except OSError as e:
        return None, f"cannot run: {e}"
    problem = None
    if p.returncode < 0:
        problem = f"killed by signal {-p.returncode}"
    elif p.returncode not in (0, 1):
        problem = f"exit {p.returncode}"
    return format_out(p.stdout, p.stderr, p.returncode), problem


def first_difference(a, b):
    la, lb = a.split(b"\n"), b.split(b"\n")
    for i in range(max(len(la), len(lb))):
        x = la[i] if i < len(la) else b"<missing>"
        y = lb[i] if i < len(lb) else b"<missing>"
        if x != y:
            col = 0
            while col < min(len(x), len(y)) and x[col] == y[col]:
                col += 1
            start = max(0, col - 60)
            return (f"line {i + 1}, byte {col}:\n"
                    f"    cpython: {x[start:col + 100].decode('utf-8', 'replace')}\n"
                    f"    oxpy:    {y[start:col + 100].decode('utf-8', 'replace')}")
    return "identical"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter,
                                 epilog=__doc__.split("\n\n", 1)[1])
    ap.add_argument("oxpy", nargs="?", default=DEFAULT_OXPY, help="oxpy-ast binary")
    ap.add_argument("paths", nargs="*")
    ap.add_argument("--python", default=os.environ.get("OXPY_REF_PYTHON", DEFAULT_PYTHON))
    ap.add_argument("-j", "--jobs", type=int, default=2)
    ap.add_argument("--timeout", type=float, default=60.0)
    ap.add_argument("--cache", default=os.path.join(tempfile.gettempdir(), "oxpy-compare-lib"))
    ap.add_argument("--no-cache", action="store_true")
    ap.add_argument("--out", default=os.path.join(tempfile.gettempdir(), "oxpy-compare-lib.diffs.txt"))
    ap.add_argument("--details")
    ap.add_argument("--limit", type=int)
    ap.add_argument("--filter")
    ap.add_argument("--show", type=int, default=10)
    args = ap.parse_args()

    # The first positional may be a path when the default binary is wanted.
    if args.oxpy.endswith(".py") or os.path.isdir(args.oxpy):
        args.paths.insert(0, args.oxpy)
        args.oxpy = DEFAULT_OXPY
    oxpy = os.path.abspath(args.oxpy)
    if not (os.path.isfile(oxpy) and os.access(oxpy, os.X_OK)):
        print(f"oxpy-ast binary not found or not executable: {oxpy}\n"
              f"build it with: cargo build --release -p syntax --bin oxpy-ast", file=sys.stderr)
        sys.exit(2)
    if not os.path.exists(args.python):
        print(f"reference interpreter not found: {args.python}", file=sys.stderr)
        sys.exit(2)

    files = collect(args.paths or [DEFAULT_LIB])
    if args.filter:
        files = [f for f in files if args.filter in f]
    if args.limit is not None:
        files = files[: args.limit]

    os.makedirs(args.cache, exist_ok=True)
    script = os.path.join(args.cache, "ref_script.py")
    with open(script, "w") as f:
        f.write(REF_SCRIPT)
    python = os.path.abspath(args.python)
    salt = hashlib.sha256((os.path.realpath(python) + "\0" + REF_SCRIPT).encode()).digest()

    def reference(path):
        with open(path, "rb") as f:
            data = f.read()
        key = hashlib.sha256(salt + os.path.basename(path).encode() + b"\0" + data).hexdigest()
        cached = os.path.join(args.cache, key[:2], key + ".out")
        if not args.no_cache:
            try:
                with open(cached, "rb") as f:
                    return f.read(), None
            except FileNotFoundError:
                pass
        out, problem = run([python, script], path, args.timeout)
        if out is not None and problem is None and not args.no_cache:
            os.makedirs(os.path.dirname(cached), exist_ok=True)
            tmp = cached + f".{os.getpid()}.{threading.get_ident()}.tmp"
            with open(tmp, "wb") as f:
                f.write(out)
            os.replace(tmp, cached)
        return out, problem

    lock = threading.Lock()
    done = [0]
    started = time.monotonic()

    def one(path):
        try:
            ref, ref_problem = reference(path)
        except OSError as e:
            ref, ref_problem = None, f"unreadable: {e}"
        got, problem = run([oxpy], path, args.timeout)
        with lock:
            done[0] += 1
            if done[0] % 250 == 0:
                print(f"  {done[0]}/{len(files)} files ({time.monotonic() - started:.0f}s)",
                      file=sys.stderr, flush=True)
        if ref is None:
            return path, False, f"reference {ref_problem}", b"", got or b""
        if got is None:
            return path, False, problem, ref, b""
        same = got == ref and problem is None
        return path, same, problem, ref, got

    results = []
    with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as ex:
        for r in ex.map(one, files):
            results.append(r)

    differ = [r for r in results if not r[1]]
    timeouts = sum(1 for r in differ if r[2] and "timeout" in r[2])
    crashes = sum(1 for r in differ if r[2] and ("signal" in r[2] or r[2].startswith("exit")))
    with open(args.out, "w", encoding="utf-8") as f:
        for path, _, _, _, _ in differ:
            f.write(path + "\n")
    if args.details:
        with open(args.details, "w", encoding="utf-8") as f:
            for path, _, problem, ref, got in differ:
                f.write(f"{path}\n")
                if problem:
                    f.write(f"    ({problem})\n")
                if ref or got:
                    f.write("  " + first_difference(ref, got) + "\n")
    for path, _, problem, ref, got in differ[: args.show]:
        print(path)
        if problem:
            print(f"    ({problem})")
        if ref or got:
            print("  " + first_difference(ref, got))
    print(f"{len(results)} files: {len(results) - len(differ)} identical, {len(differ)} differ"
          f" ({crashes} crashes, {timeouts} timeouts); differing paths in {args.out}"
          f" ({time.monotonic() - started:.0f}s)")
    sys.exit(0 if not differ else 1)


if __name__ == "__main__":
    main()
