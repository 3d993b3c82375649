#!/usr/bin/env python3
"""Write mutated Python sources for a parity run against CPython 3.14.

Usage:
    scripts/make_mutants.py OUTDIR [--seed S] [--count N] [--lib DIR]
    scripts/compare_lib.py target/release/oxpy-ast OUTDIR

Each mutant is a window of about 30 lines of a random `.py` file of DIR
(default CPython 3.14's Lib), with one line changed: a grammar fragment
inserted, one to three characters deleted, or two fragments inserted. Most
mutants are syntax errors in every corner of the grammar, so comparing
`oxpy-ast` with the reference script on them (compare_lib.py, which
records and caches CPython's side) checks error messages and locations far
beyond the corpus. Deterministic for a given seed. Run by hand only.
"""

import argparse
import os
import random

DEFAULT_LIB = "/opt/cpython-3.14/root/usr/lib/python3.14"

FRAGMENTS = [
    "(", ")", "[", "]", "{", "}", ":", ",", "=", "==", "*", "**", "if", "else",
    "for", "in", "lambda", "not", "def", "class", "return", "yield", "import",
    "from", "as", ".", "...", '"', "'", 'f"{', '}"', ":=", "->", "@", "async",
    "await", "match", "case", "_", "1", "x", "\n", "\n    ", "\\", "#", "del",
    "pass", "try", "except", "with", "global", "is", "and", ";", "None", "True",
]


def lib_files(root):
    files = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        files += [os.path.join(dirpath, f) for f in sorted(filenames) if f.endswith(".py")]
    return files


def mutate(rng, lines):
    i = rng.randrange(len(lines))
    window = lines[max(0, i - 15) : i + 15]
    k = rng.randrange(len(window))
    line = window[k]
    pos = rng.randrange(len(line) + 1)
    op = rng.random()
    if op < 0.4:
        line = line[:pos] + rng.choice(FRAGMENTS) + line[pos:]
    elif op < 0.7:
        line = line[:pos] + line[pos + rng.randint(1, 3) :]
    else:
        line = line[:pos] + rng.choice(FRAGMENTS) + " " + rng.choice(FRAGMENTS) + line[pos:]
    window[k] = line
    return "".join(window)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("outdir")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--count", type=int, default=5000)
    ap.add_argument("--lib", default=DEFAULT_LIB)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    files = lib_files(args.lib)
    os.makedirs(args.outdir, exist_ok=True)
    made = 0
    while made < args.count:
        try:
            with open(rng.choice(files), encoding="utf-8") as f:
                lines = f.read().splitlines(keepends=True)
        except (UnicodeDecodeError, OSError):
            continue
        if len(lines) < 3:
            continue
        with open(os.path.join(args.outdir, f"m{made:05d}.py"), "w", encoding="utf-8") as f:
            f.write(mutate(rng, lines))
        made += 1
    print(f"{made} mutants in {args.outdir}")


if __name__ == "__main__":
    main()
