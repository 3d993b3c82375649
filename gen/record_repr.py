"""Record repr() of the values listed in gen/data/repr_cases.txt with CPython
3.14, for the repr tests of interp/syntax/tests/front_end/ast/repr.rs: writes
interp/syntax/tests/data/repr/cases.rs (Rust tables the test includes).

Run: python3.14 gen/record_repr.py (gen/regen.sh runs it).
"""
import struct

from genlib import header, path, require_314, write

require_314()


def rs(s):
    """A Rust string literal for s (no surrogates in s)."""
    out = ['"']
    for ch in s:
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif 0x20 <= ord(ch) < 0x7F:
            out.append(ch)
        else:
            out.append("\\u{%x}" % ord(ch))
    out.append('"')
    return "".join(out)


def f64(bits):
    return struct.unpack("<d", struct.pack("<Q", int(bits, 16)))[0]


floats, complexes, strs, bytes_, ints = [], [], [], [], []
with open(path("gen/data/repr_cases.txt"), encoding="utf-8") as f:
    for line in f:
        if line.startswith("#") or not line.strip():
            continue
        kind, *args = line.split()
        if kind == "float":
            (b,) = args
            floats.append("(%s, %s)," % (b, rs(repr(f64(b)))))
        elif kind == "complex":
            re_, im = args
            complexes.append("(%s, %s, %s)," % (re_, im, rs(repr(complex(f64(re_), f64(im))))))
        elif kind == "str":
            s = "".join(chr(int(c, 16)) for c in args)
            strs.append("(&[%s], %s)," % (", ".join(args), rs(repr(s))))
        elif kind == "bytes":
            b = bytes(int(x) for x in args)
            bytes_.append("(&[%s], %s)," % (", ".join(args), rs(repr(b))))
        elif kind == "int":
            (h,) = args
            v = -int(h[1:], 16) if h.startswith("-") else int(h, 16)
            ints.append("(%s, %s)," % (rs(h), rs(repr(v))))
        else:
            raise ValueError(line)


def table(name, ty, rows):
    return "pub const %s: %s = &[\n%s\n];\n" % (name, ty, "\n".join("    " + r for r in rows))


write(
    "interp/syntax/tests/data/repr/cases.rs",
    header("record_repr.py")
    + "// repr() of each value, from CPython 3.14 (inputs: gen/data/repr_cases.txt).\n"
    + table("FLOATS", "&[(u64, &str)]", floats)
    + table("COMPLEXES", "&[(u64, u64, &str)]", complexes)
    + table("STRS", "&[(&[u32], &str)]", strs)
    + table("BYTES", "&[(&[u8], &str)]", bytes_)
    + table("INTS", "&[(&str, &str)]", ints),
)
