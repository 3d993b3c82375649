#!/usr/bin/env python3
"""Compare oxpy-ast with CPython 3.14 on deeply nested sources, around the
depth where CPython's parser gives up (MemoryError "Parser stack
overflowed", MAXSTACK in Parser/pegen.h).

Usage:
    scripts/depth_parity.py [OXPY_AST] [--shape NAME ...] [--python PATH]

For each shape (a function of the nesting depth N), the largest N that
CPython 3.14 still parses is found by bisection, then both programs run the
issue-3 reference script on N-1, N, N+1 and N+2 (and on a few far depths),
and their stdout, exit code and last stderr line are compared. Prints one
line per shape and exits 1 if any differ. The boundaries found are what
interp/syntax/tests/data/parser/depth_contexts.txt records, so CI needs no CPython.

Run by hand only (CI never needs CPython).
"""

import argparse
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "gen"))
from record_ast import DEFAULT_PYTHON, REF_SCRIPT, format_out, ref_env  # noqa: E402



def nest(open_, close, inner="1"):
    return lambda n: open_ * n + inner + close * n


# name -> f(N) -> source text. Each shape nests N times; most stay under
# the tokenizer's 200-bracket limit so the parser's depth limit decides.
SHAPES = {
    "neg_tuple": lambda n: "x = " + "-(a," * n + "1" + ")" * n,
    "negneg_list": lambda n: "x = " + "--[" * n + "1" + "]" * n,
    "paren": nest("(", ")"),
    "neg_paren": nest("-(", ")"),
    "tuple": nest("(a,", ")"),
    "list": nest("[", "]"),
    "list2": nest("[a,", "]"),
    "neg_list": nest("-[", "]"),
    "set": nest("{", "}"),
    "dict": nest("{a:", "}"),
    "dict_neg": nest("{a:-", "}"),
    "call": nest("f(", ")"),
    "call_neg": nest("f(-", ")"),
    "call_kw": nest("f(k=-", ")"),
    "call_star": nest("f(*-", ")"),
    "subscript": nest("a[-", "]"),
    "slice": nest("a[1:-", "]"),
    "genexp": lambda n: "-(x for x in " * n + "y" + ")" * n,
    "listcomp": lambda n: "-[x for x in " * n + "y" + "]" * n,
    "dictcomp": lambda n: "-{x: x for x in " * n + "y" + "}" * n,
    "not_paren": nest("not (", ")"),
    "await_paren": lambda n: "async def f():\n    x = " + "await -(" * n + "1" + ")" * n,
    "lambda_paren": nest("lambda: -(", ")"),
    "ifexp_paren": nest("x if y else -(", ")"),
    "walrus_paren": nest("(y := -", ")"),
    "attr_paren": nest("-(", ").a"),
    "call_paren": nest("-(", ")()"),
    "fstring": nest("f'{-", "}'"),
    "return_paren": lambda n: "def f():\n    return " + "-(" * n + "1" + ")" * n,
    "if_paren": lambda n: "if " + "-(" * n + "1" + ")" * n + ": pass",
    "target_tuple": lambda n: "(a," * n + "b" + ")" * n + " = 1",
    "target_list": lambda n: "[a," * n + "b" + "]" * n + " = 1",
    "target_for": lambda n: "for " + "(a," * n + "b" + ")" * n + " in x: pass",
    "target_del": lambda n: "del " + "(a," * n + "b" + ")" * n,
    "target_sub": lambda n: "a[" * n + "1" + "]" * n + " = 1",
    "aug_sub": lambda n: "a[-" * n + "1" + "]" * n + " += 1",
    "ann_sub": lambda n: "a[-" * n + "1" + "]" * n + ": int",
    "pattern_seq": lambda n: "match x:\n case " + "[a," * n + "b" + "]" * n + ": pass",
    "pattern_group": lambda n: "match x:\n case " + "(" * n + "b" + ")" * n + ": pass",
    "pattern_class": lambda n: "match x:\n case " + "C(" * n + "b" + ")" * n + ": pass",
    "pattern_map": lambda n: "match x:\n case " + "{1:" * n + "b" + "}" * n + ": pass",
    "decorator": lambda n: "@" + "-(" * n + "1" + ")" * n + "\ndef f(): pass",
    "default": lambda n: "def f(a=" + "-(" * n + "1" + ")" * n + "): pass",
    "annotation": lambda n: "def f(a: " + "-(" * n + "1" + ")" * n + "): pass",
    "with_paren": lambda n: "with " + "-(" * n + "1" + ")" * n + ": pass",
    "class_base": lambda n: "class C(" + "-(" * n + "1" + ")" * n + "): pass",
    # Error inputs: the second (error) pass decides.
    "err_neg_tuple": lambda n: "x = " + "-(a," * n + "1" + ")" * n + " 1",
    "err_negneg_list": lambda n: "x = " + "--[" * n + "1" + "]" * n + " 1",
    "err_neg_paren": lambda n: "-(" * n + "1" + ")" * n + " 1",
    "err_call_neg": lambda n: "f(-" * n + "1" + ")" * n + " 1",
    "err_list": lambda n: "[" * n + "1" + "]" * n + " 1",
    "err_inner": lambda n: "x = " + "-(a," * n + "1 1" + ")" * n,
    "err_unclosed": lambda n: "x = " + "-(a," * n + "1",
    "err_ifexp": lambda n: "x = " + "1 if x else " * n,
    "err_ifexp_1": lambda n: "x = " + "1 if x else " * n + "1 1",
    "err_unary": lambda n: "x = " + "-" * n,
    "err_unary_1": lambda n: "x = " + "-" * n + "1 1",
    "err_not": lambda n: "not " * n,
    "err_lambda": lambda n: "lambda: " * n,
    "err_power": lambda n: "a**" * n,
    "err_target": lambda n: "(a," * n + "b" + ")" * n + " = 1 1",
    "err_pattern": lambda n: "match x:\n case " + "[a," * n + "b" + "]" * n + ": pass 1",
}

HI = 7000


def run(cmd, path, env=None, timeout=60):
    """The run in the corpus's `.out` layout, a huge AST shortened."""
    try:
        r = subprocess.run(cmd + [path], capture_output=True, timeout=timeout, env=env)
    except subprocess.TimeoutExpired:
        return "TIMEOUT"
    out = format_out(r.stdout, r.stderr, r.returncode).decode("utf-8", "replace")
    if r.returncode == 0 and len(out) > 200:
        return "<ast of %d bytes>" % len(out)
    return out.strip().replace("\n", " ")[:300]


def is_overflow(result):
    return "MemoryError" in result or "RecursionError" in result


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("oxpy", nargs="?", default="target/release/oxpy-ast")
    ap.add_argument("--python", default=os.environ.get("OXPY_REF_PYTHON", DEFAULT_PYTHON))
    ap.add_argument("--shape", action="append")
    args = ap.parse_args()
    tmp = tempfile.mkdtemp(prefix="oxpy-depth-")
    ref_script = os.path.join(tmp, "ref.py")
    with open(ref_script, "w") as f:
        f.write(REF_SCRIPT)
    ref_cmd = [args.python, ref_script]
    ox_cmd = [args.oxpy]
    path = os.path.join(tmp, "case.py")
    cache = {}

    def both(name, n):
        with open(path, "w") as f:
            f.write(SHAPES[name](n))
        if (name, n) not in cache:
            cache[(name, n)] = run(ref_cmd, path, ref_env())
        return cache[(name, n)], run(ox_cmd, path)

    def ref(name, n):
        if (name, n) not in cache:
            with open(path, "w") as f:
                f.write(SHAPES[name](n))
            cache[(name, n)] = run(ref_cmd, path, ref_env())
        return cache[(name, n)]

    bad = 0
    for name in args.shape or SHAPES:
        # Largest N whose reference result is not an overflow.
        lo, hi = 1, HI
        if not is_overflow(ref(name, hi)):
            lo = hi
        while lo < hi:
            m = (lo + hi + 1) // 2
            if is_overflow(ref(name, m)):
                hi = m - 1
            else:
                lo = m
        diffs = []
        for n in sorted({max(1, lo - 1), lo, lo + 1, lo + 2, lo // 2, HI}):
            r, o = both(name, n)
            if r != o:
                diffs.append((n, r, o))
        status = "ok" if not diffs else "DIFF"
        print(f"{name:16} boundary {lo:5}  {status}  ref@{lo+1}: {ref(name, lo + 1)[:90]}")
        for n, r, o in diffs[:3]:
            bad += 1
            print(f"    N={n}\n      ref:  {r[:160]}\n      oxpy: {o[:160]}")
        sys.stdout.flush()
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
