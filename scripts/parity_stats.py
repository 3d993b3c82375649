#!/usr/bin/env python3
"""Count the parity corpus: programs per folder, how many end in a traceback, how many are
compile-time errors or warnings.

Usage:
    scripts/parity_stats.py [--markdown]

Reads only the recorded .out files (layout: tests/parity/README.md), so it needs no CPython.
A program counts as
- "traceback" when its stderr holds a traceback header (`Traceback (most recent call last):`
  or `Exception Group Traceback (most recent call last):`): an uncaught exception, or one
  printed with sys.excepthook;
- "compile-time" when the program itself did not compile (exit 1, no traceback, the last line
  of stderr a SyntaxError, IndentationError or TabError), or its stderr holds a SyntaxWarning.
"""

import os
import re
import sys
from collections import Counter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, "tests", "parity")
COMPILE_ERROR = re.compile(r"^(SyntaxError|IndentationError|TabError|_IncompleteInputError)(:|$)")


def parse_out(data: str):
    """(stdout, stderr, end line) of one .out file."""
    assert data.startswith("--- stdout\n"), "not a parity .out file"
    body = data[len("--- stdout\n"):]
    stdout, _, rest = body.partition("--- stderr\n")
    lines = rest.split("\n")
    end = lines[-2] if len(lines) >= 2 else ""
    stderr = "\n".join(lines[:-2]) + ("\n" if len(lines) > 2 else "")
    return stdout, stderr, end


def classify(stderr: str, end: str):
    tb = ("Traceback (most recent call last):" in stderr
          or "Exception Group Traceback (most recent call last):" in stderr)
    err_lines = [l for l in stderr.splitlines() if l.strip() and not l.startswith("--- no newline")]
    compile_error = (not tb and end == "--- exit 1" and bool(err_lines)
                     and bool(COMPILE_ERROR.match(err_lines[-1])))
    warning = ": SyntaxWarning: " in stderr
    return tb, compile_error or warning


def main():
    markdown = "--markdown" in sys.argv[1:]
    per_folder = Counter()
    tb_folder = Counter()
    ct_folder = Counter()
    total = tb_total = ct_total = missing = 0
    for dirpath, dirnames, filenames in os.walk(CORPUS):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("fx_") and d != "__pycache__")
        for f in sorted(filenames):
            if not f.endswith(".py") or f.startswith("fx_"):
                continue
            folder = os.path.relpath(dirpath, CORPUS)
            total += 1
            per_folder[folder] += 1
            out = os.path.join(dirpath, f[:-3] + ".out")
            if not os.path.exists(out):
                missing += 1
                continue
            with open(out, encoding="utf-8", errors="surrogateescape") as fh:
                _, stderr, end = parse_out(fh.read())
            tb, ct = classify(stderr, end)
            tb_total += tb
            ct_total += ct
            tb_folder[folder] += tb
            ct_folder[folder] += ct
    if markdown:
        print("| folder | programs | traceback | compile-time |")
        print("| --- | ---: | ---: | ---: |")
        for k in sorted(per_folder):
            print(f"| `{k}` | {per_folder[k]} | {tb_folder[k]} | {ct_folder[k]} |")
        print(f"| **total** | {total} | {tb_total} | {ct_total} |")
    else:
        print(f"{'folder':30} {'programs':>8} {'tb':>5} {'compile':>7}")
        for k in sorted(per_folder):
            print(f"{k:30} {per_folder[k]:8} {tb_folder[k]:5} {ct_folder[k]:7}")
        print(f"{'total':30} {total:8} {tb_total:5} {ct_total:7}")
    if missing:
        print(f"{missing} programs have no .out (run scripts/record_parity.py)")


if __name__ == "__main__":
    main()
