#!/usr/bin/env python3
"""Record CPython 3.14's symbol tables for the corpus tests/compile/symtable/*.py.

Usage: python3.14 scripts/record_symtable.py [FILE.py ...]

For each program writes FILE.out next to it: the table tree as
`_symtable.symtable(source, name, 'exec')` builds it (see dump()), or the
SyntaxError it raises. interp/compile/tests/symtable.rs compares oxpy's
tables with these files. Also used by scripts/compare_symtable_lib.py.
"""
import glob
import os
import sys

assert sys.version_info[:2] == (3, 14), sys.version

import _symtable

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(os.path.dirname(HERE), "tests", "compile", "symtable")


def dump_table(t, depth, out):
    ind = "  " * depth
    out.append(
        f"{ind}{t.type} {t.name} line={t.lineno} nested={t.nested} "
        f"varnames=[{','.join(t.varnames)}]"
    )
    for n in sorted(t.symbols):
        out.append(f"{ind}  {n}: {t.symbols[n]}")
    for c in t.children:
        dump_table(c, depth + 1, out)


def dump_source(source, name):
    out = []
    try:
        top = _symtable.symtable(source, name, "exec")
    except SyntaxError as e:
        out.append(f"SyntaxError: {e.msg} ({e.lineno}, {e.offset}, {e.end_lineno}, {e.end_offset})")
    else:
        dump_table(top, 0, out)
    return "\n".join(out) + "\n"


def main(files):
    if not files:
        files = sorted(glob.glob(os.path.join(CORPUS, "*.py")))
    for f in files:
        with open(f, "rb") as fh:
            src = fh.read()
        text = dump_source(src, os.path.basename(f))
        with open(f[:-3] + ".out", "w", encoding="utf-8") as fh:
            fh.write(text)


if __name__ == "__main__":
    main(sys.argv[1:])
