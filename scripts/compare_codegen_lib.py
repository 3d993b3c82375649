#!/usr/bin/env python3
"""Compare oxpy's codegen output (target/release/oxpy-codegen) with CPython
3.14's `_testinternalcapi.compiler_codegen` over every .py file of a tree (default: CPython's Lib,
Lib/test included). Run under python3.14; CI never runs it.

Usage: python3.14 scripts/compare_testinternalcapi.compiler_codegen_lib.py [--show N] [PATH ...]
Prints the number of identical files; writes differing paths to
/tmp/oxpy-codegen-lib.diffs.txt.
"""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from record_codegen import dump_source  # noqa: E402

DEFAULT_LIB = "/opt/cpython-3.14/lib/python3.14"
BIN = os.path.join(ROOT, "target", "release", "oxpy-codegen")


def collect(paths):
    files = []
    for p in paths:
        if os.path.isdir(p):
            for d, dirs, fs in os.walk(p):
                dirs.sort()
                files += [os.path.join(d, f) for f in sorted(fs) if f.endswith(".py")
                          and os.path.isfile(os.path.join(d, f))]
        else:
            files.append(p)
    return sorted(set(files))


def oxpy_dumps(files):
    out = {}
    for i in range(0, len(files), 200):
        chunk = files[i:i + 200]
        r = subprocess.run([BIN] + chunk, capture_output=True, timeout=600)
        text = r.stdout.decode("utf-8", "replace")
        cur = None
        buf = []
        for line in text.splitlines(keepends=True):
            if line.startswith("== ") and line[3:].rstrip("\n") in chunk:
                if cur is not None:
                    out[cur] = "".join(buf)
                cur = line[3:].rstrip("\n")
                buf = []
            else:
                buf.append(line)
        if cur is not None:
            out[cur] = "".join(buf)
    return out


def main():
    args = sys.argv[1:]
    show = 10
    if args[:1] == ["--show"]:
        show = int(args[1])
        args = args[2:]
    files = collect(args or [DEFAULT_LIB])
    ox = oxpy_dumps(files)
    same = 0
    diffs = []
    for f in files:
        with open(f, "rb") as fh:
            src = fh.read()
        try:
            ref = dump_source(src, os.path.basename(f))
        except Exception as e:  # ValueError for null bytes etc.
            ref = f"{type(e).__name__}\n"
        mine = ox.get(f, "<missing>\n")
        if mine == ref:
            same += 1
        else:
            diffs.append((f, ref, mine))
    print(f"{same} / {len(files)} identical")
    with open("/tmp/oxpy-codegen-lib.diffs.txt", "w") as fh:
        for f, _, _ in diffs:
            fh.write(f + "\n")
    for f, ref, mine in diffs[:show]:
        rl, ml = ref.splitlines(), mine.splitlines()
        for i in range(max(len(rl), len(ml))):
            a = rl[i] if i < len(rl) else "<eof>"
            b = ml[i] if i < len(ml) else "<eof>"
            if a != b:
                print(f"{f}:{i+1}\n  cpython: {a}\n  oxpy:    {b}")
                break
    return 0 if not diffs else 1


if __name__ == "__main__":
    sys.exit(main())
