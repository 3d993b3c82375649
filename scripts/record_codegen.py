#!/usr/bin/env python3
"""Record CPython 3.14's codegen output for tests/compile/codegen/*.py.

Usage: python3.14 scripts/record_codegen.py [FILE.py ...]

For each program writes FILE.out next to it: the instruction sequence of
`_testinternalcapi.compiler_codegen(ast.parse(src), name, optimize=0)`
(opcode name, oparg, location; labels resolved to instruction indices), the
module's metadata consts, and for each unit (the module, then the nested
units' sequences) the code object's name, qualname, flags, counts,
firstlineno, varnames, cellvars, freevars and names from `compile()` of the
same source (nested sequences are paired in order with the code objects in
their parent's co_consts). Warnings are listed last. A SyntaxError is
printed instead. interp/compile/tests/codegen.rs compares oxpy's dump
(compile::dump::codegen_dump) with these files.
"""
import ast
import glob
import os
import sys
import types
import warnings

assert sys.version_info[:2] == (3, 14), sys.version

import _testinternalcapi
import dis
import opcode

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(os.path.dirname(HERE), "tests", "compile", "codegen")

NAMES = {v: k for k, v in opcode.opmap.items()}
NAMES.update({v: k for k, v in getattr(opcode, "_pseudo_ops", {}).items()})


def opname(op):
    return NAMES.get(op) or dis.opname[op]


def const_repr(c):
    if isinstance(c, types.CodeType):
        return f"<code {c.co_name}>"
    if isinstance(c, tuple):
        inner = ", ".join(const_repr(x) for x in c)
        return "(" + inner + ("," if len(c) == 1 else "") + ")"
    if isinstance(c, frozenset):
        parts = sorted(const_repr(x) for x in c)
        return "frozenset({" + ", ".join(parts) + "})" if parts else "frozenset()"
    if isinstance(c, slice):
        return f"slice({const_repr(c.start)}, {const_repr(c.stop)}, {const_repr(c.step)})"
    return repr(c)


def meta_lines(out, ind, code):
    out.append(
        f"{ind}unit {code.co_name} qualname={code.co_qualname} flags={code.co_flags} "
        f"argcount={code.co_argcount} posonly={code.co_posonlyargcount} "
        f"kwonly={code.co_kwonlyargcount} firstlineno={code.co_firstlineno}"
    )
    for label in ("varnames", "cellvars", "freevars", "names"):
        out.append(f"{ind}  {label}=[{','.join(getattr(code, 'co_' + label))}]")


def instrs(out, ind, seq):
    for op, arg, l, el, c, ec in seq.get_instructions():
        out.append(f"{ind}  {opname(op)} {arg} ({l}, {el}, {c}, {ec})")


def codes_of(code):
    return [c for c in code.co_consts if isinstance(c, types.CodeType)] if code else []


def nested(out, depth, seq, codes):
    ind = "  " * depth
    for i, n in enumerate(seq.get_nested()):
        if i < len(codes):
            meta_lines(out, ind, codes[i])
            instrs(out, ind, n)
            nested(out, depth + 1, n, codes_of(codes[i]))
        else:
            out.append(f"{ind}unit <unpaired>")
            instrs(out, ind, n)
            nested(out, depth + 1, n, [])


def dump_source(source, name, optimize=0):
    out = []
    try:
        tree = ast.parse(source, name)
    except SyntaxError as e:
        return f"SyntaxError: {e.msg} ({e.lineno}, {e.offset}, {e.end_lineno}, {e.end_offset})\n"
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            seq, meta = _testinternalcapi.compiler_codegen(tree, name, optimize, 0)
        except SyntaxError as e:
            return f"SyntaxError: {e.msg} ({e.lineno}, {e.offset}, {e.end_lineno}, {e.end_offset})\n"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        code = compile(source, name, "exec", optimize=optimize, dont_inherit=True)
    out.append("consts=[" + ", ".join(const_repr(c) for c in meta["consts"]) + "]")
    meta_lines(out, "", code)
    instrs(out, "", seq)
    # The module's children pair with the code objects codegen made (its
    # metadata consts): compile()'s optimiser may drop dead ones.
    nested(out, 1, seq, [c for c in meta["consts"] if isinstance(c, types.CodeType)])
    for w in caught:
        out.append(f"warning {w.category.__name__}: {w.message} ({w.lineno})")
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
