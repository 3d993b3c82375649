#!/usr/bin/env python3
"""Compare the code objects oxpy compiles (target/release/oxpy-code) with
CPython 3.14's `compile()` over every .py file of a tree (default: CPython's
Lib, Lib/test included), in the dump format of scripts/record_code.py.

Usage: python3.14 scripts/compare_lib_code.py [--show N] [--jobs N] [-O N] [PATH ...]

-O N compiles both sides with optimize=N (asserts and, at 2, docstrings gone).

Prints the number of identical files and writes the differing paths to
/tmp/oxpy-code-lib.diffs.txt (with the first differing line of each to
/tmp/oxpy-code-lib.details.txt). Run by hand; CI never needs CPython.
"""
import argparse
import os
import subprocess
import sys
import warnings
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from record_code import dump_source  # noqa: E402

assert sys.version_info[:2] == (3, 14), "run with CPython 3.14"

DEFAULT_LIB = "/opt/cpython-3.14/lib/python3.14"
BIN = os.path.join(ROOT, "target", "release", "oxpy-code")
CHUNK = 40


def collect(paths):
    files = []
    for p in paths:
        if os.path.isdir(p):
            for d, dirs, fs in os.walk(p):
                dirs.sort()
                files += [os.path.join(d, f) for f in sorted(fs)
                          if f.endswith(".py") and os.path.isfile(os.path.join(d, f))]
        else:
            files.append(p)
    return sorted(set(files))


OPTIMIZE = 0


def oxpy_dumps(chunk):
    """{path: dump} from one oxpy-code run over chunk (one run per file when
    a batch crashes, so one crash costs one file)."""
    def run(paths):
        p = subprocess.run([BIN, "-O", str(OPTIMIZE), "--batch"] + paths,
                           capture_output=True, timeout=600)
        if p.returncode != 0:
            return None
        out, cur, buf = {}, None, []
        for line in p.stdout.decode("utf-8", "surrogateescape").splitlines(keepends=True):
            if line.startswith("== ") and line[3:].rstrip("\n") in paths:
                if cur is not None:
                    out[cur] = "".join(buf)
                cur, buf = line[3:].rstrip("\n"), []
            else:
                buf.append(line)
        if cur is not None:
            out[cur] = "".join(buf)
        return out
    res = run(chunk)
    if res is None:
        res = {}
        for p in chunk:
            one = run([p])
            res[p] = one.get(p, "<missing>\n") if one else "<oxpy-code failed>\n"
    return res


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--show", type=int, default=5)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("-O", dest="optimize", type=int, default=0)
    ap.add_argument("paths", nargs="*")
    args = ap.parse_args()
    global OPTIMIZE
    OPTIMIZE = args.optimize
    files = collect(args.paths or [DEFAULT_LIB])
    chunks = [files[i:i + CHUNK] for i in range(0, len(files), CHUNK)]
    ours = {}
    with ThreadPoolExecutor(args.jobs) as ex:
        for r in ex.map(oxpy_dumps, chunks):
            ours.update(r)
    same, diffs, details = 0, [], []
    for path in files:
        with open(path, "rb") as f:
            src = f.read()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            want = dump_source(src, path, args.optimize)
        got = ours.get(path, "<missing>\n")
        if got == want:
            same += 1
            continue
        diffs.append(path)
        g, w = got.splitlines(), want.splitlines()
        k = next((i for i, (a, b) in enumerate(zip(g, w)) if a != b), min(len(g), len(w)))
        unit = next((l for l in reversed(w[:k]) if l.startswith("unit ")), "")
        details.append("%s (%s, line %d)\n  cpython: %s\n  oxpy:    %s" % (
            path, unit, k, w[k] if k < len(w) else "<end>", g[k] if k < len(g) else "<end>"))
    print("%d / %d identical" % (same, len(files)))
    with open("/tmp/oxpy-code-lib.diffs.txt", "w") as f:
        f.write("".join(p + "\n" for p in diffs))
    with open("/tmp/oxpy-code-lib.details.txt", "w") as f:
        f.write("\n".join(details) + "\n")
    for d in details[:args.show]:
        print(d)
    sys.exit(0 if not diffs else 1)


if __name__ == "__main__":
    main()
