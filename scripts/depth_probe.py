#!/opt/cpython-3.14/bin/python3.14
"""Measure the parser's rule depth at a point of a program, in CPython 3.14
and in oxpy, by black-box probing.

CPython's parser raises MemoryError("Parser stack overflowed ...") when a
rule is entered at depth MAXSTACK (6000). A chain of k unary minuses costs
exactly one rule frame per minus (`factor: '-' factor`), so the largest k for
which CONTEXT with `@` replaced by `-...-1` still parses tells the depth of
the deepest point of parsing `@` in that context: 6000 - k. Comparing that
number between the two parsers shows, construct by construct, where oxpy's
depth accounting (parser/mod.rs `enter`, parser/expr.rs `rule!`) differs
from the frames of CPython's generated parser.

Usage:
    scripts/depth_probe.py [--oxpy target/release/oxpy-ast] CONTEXT ...

Each CONTEXT is Python source with one `@` (or --hole); `\\n` stands for a newline.
Prints `cpython oxpy context` per line. Run by hand only.
"""

import argparse
import ast
import os
import subprocess
import sys
import tempfile

OVERFLOW = "Parser stack overflowed"


def cpython_ok(src):
    try:
        ast.parse(src)
    except MemoryError:
        return False
    except SyntaxError:
        return True
    return True


def oxpy_ok(binary, path, src):
    with open(path, "w") as f:
        f.write(src)
    r = subprocess.run([binary, path], capture_output=True)
    return OVERFLOW.encode() not in r.stderr and OVERFLOW.encode() not in r.stdout


def depth(ok, ctx, term="1", hole="@"):
    lo, hi = 0, 6100
    fill = lambda k: ctx.replace(hole, "-" * k + term)
    if not ok(fill(0)):
        return None
    while lo < hi:
        m = (lo + hi + 1) // 2
        if ok(fill(m)):
            lo = m
        else:
            hi = m - 1
    return 6000 - lo


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--oxpy", default="target/release/oxpy-ast")
    ap.add_argument("--term", default="1", help="what ends the chain (default 1)")
    ap.add_argument("--hole", default="@", help="the placeholder (default @)")
    ap.add_argument("contexts", nargs="+")
    args = ap.parse_args()
    path = os.path.join(tempfile.mkdtemp(prefix="oxpy-probe-"), "probe.py")
    bad = 0
    for ctx in args.contexts:
        ctx = ctx.replace("\\n", "\n")
        c = depth(cpython_ok, ctx, args.term, args.hole)
        o = depth(lambda s: oxpy_ok(args.oxpy, path, s), ctx, args.term, args.hole)
        mark = "" if c == o else "   <-- differs"
        bad += c != o
        print(f"{c!s:>5} {o!s:>5}  {ctx!r}{mark}")
        sys.stdout.flush()
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
