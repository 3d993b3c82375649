#!/usr/bin/env python3
"""Record CPython 3.14's code objects for the compiler corpus.

Usage:
    python3.14 scripts/record_code.py [--check] [PATH ...]

PATH may be a .py file or a directory (searched recursively); the default is
every tests/compile/code/**/*.py. For each FILE.py it writes FILE.code: the
dump (below) of `compile(source, "FILE.py", "exec")`, or, when compiling
raises, one line `error TYPE: MESSAGE (LINENO, OFFSET)`.

--check records into memory and lists the files whose .code would change,
writing nothing (exit 1 if any).

The dump is the one interp/compile/tests/code_corpus.rs prints for oxpy's
compiler (interp/compile/src/bin/oxpy-code.rs prints it for any file). Every
code object of the tree is one unit, in preorder, numbered from 0; a nested
code object in co_consts is written `<code #N>`. Each unit lists every field
of the code core: names, counts, flags, co_consts (an exact repr: floats as float.hex(),
NaNs by their bits, frozensets with items sorted), co_names,
co_localsplusnames with co_localspluskinds, co_code one code unit a line (opcode
name and oparg, CACHE entries included), co_linetable and co_exceptiontable
in hex.

This is run by hand (CI never needs CPython): rerunning it on an unchanged
corpus changes no file.
"""

import argparse
import math
import marshal
import opcode
import os
import struct
import sys
import types

assert sys.version_info[:2] == (3, 14), "record with CPython 3.14"

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, "tests", "compile", "code")

sys.set_int_max_str_digits(0)


def float_repr(x):
    """float.hex(): exact and independent of repr's digit choice."""
    if math.isnan(x):
        return "nan:%016x" % struct.unpack("<Q", struct.pack("<d", x))[0]
    return x.hex()


def const_repr(c, code_ref):
    """The canonical repr of a constant; code_ref(code) names a code object."""
    t = type(c)
    if c is None or c is Ellipsis or t is bool or t is int:
        return repr(c)
    if t is float:
        return float_repr(c)
    if t is complex:
        return "complex(%s, %s)" % (float_repr(c.real), float_repr(c.imag))
    if t is str or t is bytes:
        return repr(c)
    if t is tuple:
        items = [const_repr(x, code_ref) for x in c]
        if len(items) == 1:
            return "(%s,)" % items[0]
        return "(%s)" % ", ".join(items)
    if t is frozenset:
        if not c:
            return "frozenset()"
        return "frozenset({%s})" % ", ".join(sorted(const_repr(x, code_ref) for x in c))
    if t is slice:
        return "slice(%s)" % ", ".join(const_repr(x, code_ref) for x in (c.start, c.stop, c.step))
    if t is types.CodeType:
        return code_ref(c)
    raise TypeError("unexpected constant %r" % (c,))


def localsplus(co):
    """(name, kind) pairs of co_localsplusnames / co_localspluskinds.

    Python shows neither (co_varnames and friends hide a name that is both a
    local and a free variable), so they are read from marshal's bytes."""
    code = _MarshalReader(marshal.dumps(co)).load()
    return list(zip(code["localsplusnames"], code["localspluskinds"]))


class _MarshalReader:
    """Just enough of marshal.loads to read a code object's fields; code
    objects come back as dicts."""

    def __init__(self, data):
        self.d = data
        self.p = 0
        self.refs = []

    def byte(self):
        b = self.d[self.p]
        self.p += 1
        return b

    def int32(self):
        v = struct.unpack_from("<i", self.d, self.p)[0]
        self.p += 4
        return v

    def raw(self, n):
        b = self.d[self.p:self.p + n]
        self.p += n
        return b

    def load(self):
        code = self.byte()
        flag = code & 0x80
        t = chr(code & 0x7F)
        if t == "r":
            return self.refs[self.int32()]
        idx = None
        if flag:
            idx = len(self.refs)
            self.refs.append(None)
        v = self._load(t, idx)
        if flag:
            self.refs[idx] = v
        return v

    def _load(self, t, idx):
        simple = {"N": None, "T": True, "F": False, ".": Ellipsis, "S": StopIteration}
        if t in simple:
            return simple[t]
        if t == "i":
            return self.int32()
        if t == "l":
            n = self.int32()
            digits = [struct.unpack_from("<H", self.d, self.p + 2 * k)[0] for k in range(abs(n))]
            self.p += 2 * abs(n)
            v = sum(d << (15 * k) for k, d in enumerate(digits))
            return -v if n < 0 else v
        if t == "g":
            return struct.unpack("<d", self.raw(8))[0]
        if t == "y":
            re_, im = struct.unpack("<dd", self.raw(16))
            return complex(re_, im)
        if t in "s":
            return self.raw(self.int32())
        if t in "tuaA":
            b = self.raw(self.int32())
            return b.decode("utf-8", "surrogatepass") if t in "tu" else b.decode("latin-1")
        if t in "zZ":
            return self.raw(self.byte()).decode("latin-1")
        if t in "([<>":
            n = self.int32()
            return tuple(self.load() for _ in range(n))
        if t == ")":
            n = self.byte()
            return tuple(self.load() for _ in range(n))
        if t == "{":
            out = []
            while self.d[self.p] != ord("0"):
                out.append((self.load(), self.load()))
            self.p += 1
            return out
        if t == ":":
            return slice(self.load(), self.load(), self.load())
        if t == "c":
            if idx is not None:
                self.refs[idx] = {}
            c = {}
            for f in ("argcount", "posonlyargcount", "kwonlyargcount", "stacksize", "flags"):
                c[f] = self.int32()
            for f in ("code", "consts", "names", "localsplusnames", "localspluskinds",
                      "filename", "name", "qualname"):
                c[f] = self.load()
            c["firstlineno"] = self.int32()
            c["linetable"] = self.load()
            c["exceptiontable"] = self.load()
            return c
        raise ValueError("marshal type %r" % t)


def unit_lines(co, code_ref):
    out = []
    w = out.append
    w("name %s" % co.co_name)
    w("qualname %s" % co.co_qualname)
    w("firstlineno %d" % co.co_firstlineno)
    w("argcount %d posonlyargcount %d kwonlyargcount %d" % (
        co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount))
    w("stacksize %d" % co.co_stacksize)
    w("flags 0x%x" % co.co_flags)
    w("localsplus" + "".join(" %s:0x%02x" % (n, k) for n, k in localsplus(co)))
    w("names" + "".join(" " + n for n in co.co_names))
    w("consts %d" % len(co.co_consts))
    for i, c in enumerate(co.co_consts):
        w("  %d %s" % (i, const_repr(c, code_ref)))
    code = co.co_code
    w("code %d" % (len(code) // 2))
    for i in range(0, len(code), 2):
        w("  %s %d" % (opcode.opname[code[i]], code[i + 1]))
    w("linetable %s" % co.co_linetable.hex())
    w("exceptiontable %s" % co.co_exceptiontable.hex())
    return out


def dump_tree(top):
    """The dump of a code object and everything nested in it, in preorder."""
    units = []
    index = {}

    def number(co):
        index[id(co)] = len(units)
        units.append(co)
        for c in co.co_consts:
            if type(c) is types.CodeType:
                number(c)
            elif type(c) in (tuple, frozenset):
                for x in walk_container(c):
                    number(x)

    number(top)
    ref = lambda co: "<code #%d>" % index[id(co)]
    out = []
    for i, co in enumerate(units):
        out.append("unit %d" % i)
        out.extend(unit_lines(co, ref))
    return "\n".join(out) + "\n"


def walk_container(c):
    for x in c:
        if type(x) is types.CodeType:
            yield x
        elif type(x) in (tuple, frozenset):
            yield from walk_container(x)


def record(path):
    with open(path, "rb") as f:
        src = f.read()
    return dump_source(src, os.path.relpath(path, CORPUS))


def dump_source(src, name, optimize=-1):
    """The dump of compile(src, name, "exec"), or its error line."""
    try:
        co = compile(src, name, "exec", dont_inherit=True, optimize=optimize)
    except (SyntaxError, ValueError, OverflowError, MemoryError, RecursionError) as e:
        return "error %s: %s (%s, %s)\n" % (type(e).__name__, getattr(e, "msg", str(e)),
                                           getattr(e, "lineno", None), getattr(e, "offset", None))
    return dump_tree(co)


def corpus_files(paths):
    out = []
    for p in paths or [CORPUS]:
        if os.path.isdir(p):
            for d, _, files in os.walk(p):
                out.extend(os.path.join(d, f) for f in files
                           if f.endswith(".py") and os.path.isfile(os.path.join(d, f)))
        else:
            out.append(p)
    return sorted(out)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    ap.add_argument("paths", nargs="*")
    args = ap.parse_args()
    changed = []
    for path in corpus_files(args.paths):
        text = record(path)
        dest = path[:-3] + ".code"
        old = open(dest).read() if os.path.exists(dest) else None
        if old != text:
            changed.append(dest)
            if not args.check:
                with open(dest, "w") as f:
                    f.write(text)
    for c in changed:
        print(("would change " if args.check else "wrote ") + os.path.relpath(c, ROOT))
    if args.check and changed:
        sys.exit(1)


if __name__ == "__main__":
    main()
