#!/usr/bin/env python3
"""Record CPython 3.14's codegen output with the code objects it becomes, to
check oxpy's flowgraph optimiser and assembler without oxpy's codegen.

Usage:
    python3.14 scripts/record_flowgraph.py [--check] [PATH ...]
    python3.14 scripts/record_flowgraph.py --out /tmp/fg-lib --base /opt/cpython-3.14/lib/python3.14 \
        /opt/cpython-3.14/lib/python3.14     (then FG_DIR=/tmp/fg-lib cargo test --test flowgraph_corpus)

For each tests/compile/code/**/NAME.py (or each PATH) it writes
tests/compile/flowgraph/**/NAME.fg. For every code unit of the file (preorder,
numbered from 0) the .fg holds what `optimize_and_assemble` takes, as
`_testinternalcapi.compiler_codegen` shows it (the instruction sequence with
labels resolved to instruction indices), the unit's metadata, and the code
object CPython's `compile()` makes of it, dumped as scripts/record_code.py
does but with nested code objects written `<code NAME FIRSTLINENO>`.

compiler_codegen gives the constants (u_consts) of the top unit only. Those of
a nested unit are rebuilt: a LOAD_CONST followed by MAKE_FUNCTION loads the
next nested unit; another takes the value of the ast.Constant at its exact
location, else of the constant the final code loads at that location, else
None when it has no location. The rebuilt list is checked by running
CPython's own optimiser on it (`_testinternalcapi.optimize_cfg`) and
comparing the constants it ends with to the code object's co_consts; a unit
that fails this (or whose sequence holds module annotations, which
compiler_codegen does not show) is written `unit N skip REASON` with its
expected dump only, and the Rust test counts it as skipped.

Format of one unit:
    unit N ok   (or: unit N skip FIRSTLINENO, name NAME, reason REASON)
    name NAME
    qualname QUALNAME
    meta FIRSTLINENO ARGCOUNT POSONLY KWONLY FLAGS
    names|varnames|cellvars|freevars|hidden xHEX... (UTF-8 of each name)
    consts COUNT, then one encoded constant a line (see encode())
    instrs COUNT, then OPCODE OPARG LINENO END_LINENO COL END_COL a line
    expect, then the dump lines, then `end`

Run by hand (CI never needs CPython); deterministic.
"""

import argparse
import ast
import dis
import os
import struct
import sys
import types
import warnings

import _testinternalcapi

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import record_code  # noqa: E402

assert sys.version_info[:2] == (3, 14), "record with CPython 3.14"

ROOT = record_code.ROOT
CORPUS = record_code.CORPUS
OUT = os.path.join(ROOT, "tests", "compile", "flowgraph")

LOAD_CONST = dis.opmap["LOAD_CONST"]
LOAD_SMALL_INT = dis.opmap["LOAD_SMALL_INT"]
MAKE_FUNCTION = dis.opmap["MAKE_FUNCTION"]
PLACEHOLDER = dis.opmap["ANNOTATIONS_PLACEHOLDER"]
NO_LOC = (-1, -1, -1, -1)

sys.set_int_max_str_digits(0)


def encode(c, code_ref):
    """A constant in a form the Rust test parses without Python's grammar."""
    t = type(c)
    if c is None:
        return "N"
    if c is Ellipsis:
        return "E"
    if t is bool:
        return "T" if c else "F"
    if t is int:
        return "i%d" % c
    if t is float:
        return "f%016x" % struct.unpack("<Q", struct.pack("<d", c))[0]
    if t is complex:
        bits = lambda x: struct.unpack("<Q", struct.pack("<d", x))[0]
        return "c%016x,%016x" % (bits(c.real), bits(c.imag))
    if t is str:
        return "s" + c.encode("utf-8", "surrogatepass").hex()
    if t is bytes:
        return "b" + c.hex()
    if t is tuple:
        return "t(" + " ".join(encode(x, code_ref) for x in c) + ")"
    if t is frozenset:
        return "z(" + " ".join(encode(x, code_ref) for x in c) + ")"
    if t is slice:
        return "l(" + " ".join(encode(x, code_ref) for x in (c.start, c.stop, c.step)) + ")"
    if t is types.CodeType:
        return "k%d" % code_ref(c)
    raise TypeError(repr(c))


def const_key(c):
    """_PyCode_ConstantKey, code objects by identity."""
    t = type(c)
    if t is tuple:
        return (tuple, tuple(const_key(x) for x in c))
    if t is frozenset:
        return (frozenset, frozenset(const_key(x) for x in c))
    if t is slice:
        return (slice, const_key(c.start), const_key(c.stop), const_key(c.step))
    if t is types.CodeType:
        return (types.CodeType, id(c))
    if t is float:
        return (float, struct.pack("<d", c))
    if t is complex:
        return (complex, struct.pack("<dd", c.real, c.imag))
    return (t, c)


def final_loads(co):
    """location -> values of the constants the final code loads there, in order."""
    out = {}
    for ins in dis.get_instructions(co):
        if ins.opcode == LOAD_CONST:
            v = co.co_consts[ins.arg]
        elif ins.opcode == LOAD_SMALL_INT:
            v = ins.arg
        else:
            continue
        p = ins.positions
        loc = (p.lineno, p.end_lineno, p.col_offset, p.end_col_offset)
        out.setdefault(loc, []).append(v)
    return out


def ast_constants(tree):
    out = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant):
            loc = (node.lineno, node.end_lineno, node.col_offset, node.end_col_offset)
            out.setdefault(loc, node.value)
    return out


class Unit:
    pass


def build(seq, final, consts, astc, units, dummies):
    """Numbers the unit and its nested ones (preorder) into units."""
    u = Unit()
    u.index = len(units)
    units.append(u)
    u.instrs = [tuple(-1 if x is None else x for x in ins[:2]) + tuple(ins[2:])
                for ins in seq.get_instructions()]
    u.instrs = [(op, 0 if arg == -1 else arg, *loc) for op, arg, *loc in u.instrs]
    u.final = final
    u.skip = None
    nested = seq.get_nested()
    # Which u_consts indices hold nested code objects: LOAD_CONST then MAKE_FUNCTION.
    code_idx = []
    for i, (op, arg, *loc) in enumerate(u.instrs):
        if op == LOAD_CONST and i + 1 < len(u.instrs) and u.instrs[i + 1][0] == MAKE_FUNCTION:
            if arg not in code_idx:
                code_idx.append(arg)
    code_idx.sort()
    loads = final_loads(final) if final is not None else {}
    # The final code object of each nested unit: the code the final code
    # loads at the location where the sequence loads it.
    # (A function's code and its __annotate__'s load at the same location:
    # the n-th code loaded there is the n-th there in the final code.)
    child_final = {}
    nth_at = {}
    for i, (op, arg, *loc) in enumerate(u.instrs):
        if arg in code_idx and op == LOAD_CONST:
            loc = tuple(loc)
            codes_here = [v for v in loads.get(loc, []) if type(v) is types.CodeType]
            n = nth_at.get(loc, 0)
            nth_at[loc] = n + 1
            if n < len(codes_here):
                child_final.setdefault(arg, codes_here[n])
    if consts is not None:
        # The top unit: compiler_codegen's constants hold the compiled
        # nested units.
        for k in code_idx:
            if k < len(consts) and type(consts[k]) is types.CodeType:
                child_final.setdefault(k, consts[k])
    u.children = {}
    # A unit compiled twice (in both copies of a `finally` body) is one
    # constant: code objects compare by value. Its second sequence is the same.
    distinct = []
    for child_seq in nested:
        ins = child_seq.get_instructions()
        if not any(ins == other.get_instructions() for other in distinct):
            distinct.append(child_seq)
    if len(distinct) != len(code_idx):
        u.skip = "nested units and code constants do not pair up"
    for k, child_seq in zip(code_idx, distinct):
        cf = child_final.get(k)
        u.children[k] = build(child_seq, cf, None, astc, units, dummies)
    if final is None:
        u.skip = u.skip or "dead code: no final code object"
        return u
    if consts is None:
        consts = rebuild_consts(u, loads, astc)
    u.consts = consts
    u.code_of = {}
    for k, child in u.children.items():
        if k < len(consts):
            cf = child.final
            if cf is None:
                cf = dummies.setdefault(k + 1000 * u.index, compile("", "<dummy>", "exec"))
            consts[k] = cf
            u.code_of[id(cf)] = child.index
    if hasattr(u, "cands"):
        choose_consts(u, seq)
    validate(u, seq)
    return u


def rebuild_consts(u, loads, astc):
    """u_consts of a nested unit: exact where the AST or MAKE_FUNCTION says,
    else a list of candidates (the values the final code loads at the
    instruction's location) that choose_consts() settles."""
    n = 1 + max([arg for op, arg, *_ in u.instrs if op == LOAD_CONST], default=-1)
    n = max(n, 1)
    consts = [None] * n
    cands = [None] * n
    for op, arg, *loc in u.instrs:
        if op != LOAD_CONST or arg in u.children:
            continue
        loc = tuple(loc)
        if loc in astc and not (type(astc[loc]) is str and loc in loads):
            cands[arg] = [astc[loc]]
        elif cands[arg] is None or len(cands[arg]) > 1:
            vals = loads.get(loc, [])
            seen = {}
            for v in vals:
                seen.setdefault(const_key(v), v)
            if loc in astc:
                # A docstring is loaded cleaned (inspect.cleandoc).
                seen.setdefault(const_key(astc[loc]), astc[loc])
            if seen:
                old = cands[arg]
                new = list(seen.values())
                if old:
                    keys = {const_key(v) for v in new}
                    new = [v for v in old if const_key(v) in keys] or new
                cands[arg] = new
    loaded = {arg for op, arg, *_ in u.instrs if op == LOAD_CONST}
    if 0 not in loaded and u.final is not None and u.final.co_consts:
        # The docstring: kept at index 0, loaded by no instruction.
        cands[0] = [u.final.co_consts[0]]
    # Loaded only without a location: codegen's implicit None, or a constant
    # of the final code that no other index accounts for
    # (__static_attributes__, say).
    taken = {const_key(c[0]) for c in cands if c is not None and len(c) == 1}
    spare = [None] + [c for c in (u.final.co_consts if u.final is not None else ())
                      if type(c) is not types.CodeType and const_key(c) not in taken
                      and c is not None]
    for arg in range(n):
        if cands[arg] is None:
            cands[arg] = list(spare)
    u.cands = cands
    return [c[0] for c in cands]


def const_loads(instrs, consts):
    """The constants an instruction list loads, in order."""
    out = []
    for op, arg, *_ in instrs:
        if op == LOAD_CONST:
            out.append(const_key(consts[arg]))
        elif op == LOAD_SMALL_INT:
            out.append((int, arg))
    return out


def agrees(u, seq, trial):
    """Whether CPython's optimiser turns trial into the final constants and
    constant loads."""
    probe = list(trial)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            res = _testinternalcapi.optimize_cfg(seq, probe, len(u.final.co_varnames))
    except Exception:
        return False
    if [const_key(c) for c in probe] != [const_key(c) for c in u.final.co_consts]:
        return False
    fin = [(i.opcode, i.arg) for i in dis.get_instructions(u.final)]
    return const_loads(res.get_instructions(), probe) == const_loads(fin, u.final.co_consts)


def choose_consts(u, seq):
    """Tries the candidate values until CPython's optimiser agrees."""
    import itertools
    idx = [i for i, c in enumerate(u.cands) if len(c) > 1]
    combos = 1
    for i in idx:
        combos *= len(u.cands[i])
    if not idx or combos > 512:
        return
    for pick in itertools.product(*(u.cands[i] for i in idx)):
        trial = list(u.consts)
        for i, v in zip(idx, pick):
            trial[i] = v
        if agrees(u, seq, trial):
            u.consts[:] = trial
            return


def validate(u, seq):
    fin = u.final
    if any(op == PLACEHOLDER for op, *_ in u.instrs) and (
            "__annotate__" in fin.co_names or "__conditional_annotations__" in fin.co_names
            or any(type(c) is types.CodeType and c.co_name == "__annotate__" for c in fin.co_consts)):
        u.skip = u.skip or "module annotations are not in compiler_codegen's output"
        return
    if not agrees(u, seq, u.consts):
        u.skip = u.skip or "rebuilt constants do not optimise to co_consts and its loads"


def localsplus(co):
    return record_code.localsplus(co)


def cellvars_order(co):
    cells = [n for n, k in localsplus(co) if k & 0x40]
    # The implicit cells of a class body come after the sorted others; a
    # parameter named __class__ is an ordinary cell.
    special = [s for s in ("__class__", "__classdict__", "__conditional_annotations__")
               if s in cells and s not in co.co_varnames]
    return sorted(c for c in cells if c not in special) + special


def hexname(n):
    """A name, hex-encoded: co_names may hold '' (`from . import x`)."""
    return "x" + n.encode("utf-8", "surrogatepass").hex()


def unit_text(u):
    out = []
    w = out.append
    fin = u.final
    if u.skip or fin is None:
        name, line = (fin.co_name, fin.co_firstlineno) if fin is not None else ("?", 0)
        w("unit %d skip %d" % (u.index, line))
        w("name " + name)
        w("reason %s" % u.skip)
        return out
    w("unit %d ok" % u.index)
    w("name " + fin.co_name)
    w("qualname " + fin.co_qualname)
    w("meta %d %d %d %d 0x%x" % (fin.co_firstlineno,
                                       fin.co_argcount - fin.co_posonlyargcount,
                                       fin.co_posonlyargcount, fin.co_kwonlyargcount, fin.co_flags))
    w("names" + "".join(" " + hexname(n) for n in fin.co_names))
    w("varnames" + "".join(" " + hexname(n) for n in fin.co_varnames))
    w("cellvars" + "".join(" " + hexname(n) for n in cellvars_order(fin)))
    w("freevars" + "".join(" " + hexname(n) for n in fin.co_freevars))
    w("hidden" + "".join(" " + hexname(n) for n, k in localsplus(fin) if k & 0x10))
    w("consts %d" % len(u.consts))
    ref = lambda c: u.code_of[id(c)]
    for c in u.consts:
        w(encode(c, ref))
    w("instrs %d" % len(u.instrs))
    for ins in u.instrs:
        w("%d %d %d %d %d %d" % ins)
    w("expect")
    shallow = lambda c: "<code %s %d>" % (c.co_name, c.co_firstlineno)
    out.extend(record_code.unit_lines(fin, shallow))
    w("end")
    return out


# compiler_codegen's results are never freed: freeing a sequence whose module
# has annotations can decref a list twice in CPython 3.14 (its nested and
# annotations sequences), which corrupts the heap. main() ends with os._exit.
KEEP = []


def record(path):
    with open(path, "rb") as f:
        src = f.read()
    name = os.path.relpath(path, CORPUS)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            tree = ast.parse(src, name)
            co = compile(src, name, "exec", dont_inherit=True)
            seq, md = _testinternalcapi.compiler_codegen(tree, name, 0, 0)
            KEEP.append(seq)
        except (SyntaxError, ValueError):
            return None
    units = []
    build(seq, co, list(md["consts"]), ast_constants(tree), units, {})
    out = []
    for u in units:
        out.extend(unit_text(u))
    return "\n".join(out) + "\n", units


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--out", help="write under this directory instead (e.g. for all of Lib)")
    ap.add_argument("--base", help="directory the .fg paths are relative to (default: the corpus)")
    ap.add_argument("paths", nargs="*")
    args = ap.parse_args()
    out_dir = args.out or OUT
    base = args.base or CORPUS
    changed = []
    total = skipped = 0
    for path in record_code.corpus_files(args.paths):
        try:
            r = record(path)
        except RecursionError:
            r = None
        if r is None:
            continue
        text, units = r
        total += len(units)
        skipped += sum(1 for u in units if u.skip or u.final is None)
        dest = os.path.join(out_dir, os.path.relpath(path, base))[:-3] + ".fg"
        old = open(dest).read() if os.path.exists(dest) else None
        if old != text:
            changed.append(dest)
            if not args.check:
                os.makedirs(os.path.dirname(dest), exist_ok=True)
                with open(dest, "w") as f:
                    f.write(text)
    for c in changed:
        print(("would change " if args.check else "wrote ") + os.path.relpath(c, ROOT))
    print("%d units, %d skipped" % (total, skipped))
    sys.stdout.flush()
    os._exit(1 if args.check and changed else 0)


if __name__ == "__main__":
    main()
