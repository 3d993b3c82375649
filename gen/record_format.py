#!/usr/bin/env python3.14
"""Record CPython 3.14's formatting behaviour into interp/format/tests/data/*.txt, for the
tests of interp/format (tests/recorded.rs). Not run by CI:

    python3.14 gen/record_format.py                  # all files; gen/regen.sh runs it
    python3.14 gen/record_format.py spec floats      # some of them

Every case is run on the reference interpreter and written with its result (the text, or the
exception type and message); the Rust tests replay them. The cases are fixed lists plus
samples from a seeded generator, so a rerun writes the same files.

File format: one case per line, fields separated by tabs, each field escaped by `esc` (ASCII
only: backslash escapes \\t \\n \\r \\\\ \\xNN \\uNNNN \\UNNNNNNNN, so lone surrogates survive).
A result field is `=TEXT` or `!ExceptionName:message`. Floats are written as their IEEE bits
in hex (`0x3ff0000000000000`), ints in decimal.
"""
import math
import os
import random
import struct
import sys

from genlib import header, path, require_314

require_314()

DATA = path("interp/format/tests/data")
HEADER = header("record_format.py", "#") + "# From CPython %s.\n" % sys.version.split()[0]


def esc(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch == "\\":
            out.append("\\\\")
        elif ch == "\t":
            out.append("\\t")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\r":
            out.append("\\r")
        elif 0x20 <= o < 0x7F:
            out.append(ch)
        elif o < 0x100:
            out.append("\\x%02x" % o)
        elif o < 0x10000:
            out.append("\\u%04x" % o)
        else:
            out.append("\\U%08x" % o)
    return "".join(out)


def esc_bytes(b):
    return esc(b.decode("latin-1"))


def int_text(v):
    """The decimal digits of any int, whatever sys.get_int_max_str_digits() says."""
    old = sys.get_int_max_str_digits()
    sys.set_int_max_str_digits(0)
    try:
        return str(v)
    finally:
        sys.set_int_max_str_digits(old)


def bits(x):
    return "0x%016x" % struct.unpack("<Q", struct.pack("<d", x))[0]


def from_bits(n):
    return struct.unpack("<d", struct.pack("<Q", n))[0]


def outcome(fn):
    try:
        r = fn()
    except Exception as e:  # noqa: BLE001 - every exception is part of the behaviour
        return "!%s:%s" % (type(e).__name__, esc(str(e)))
    if isinstance(r, bytes):
        return "=" + esc_bytes(r)
    if isinstance(r, float):
        return "=" + bits(r)
    return "=" + esc(str(r))


def write(name, lines):
    path = os.path.join(DATA, name)
    with open(path, "w", encoding="ascii", newline="\n") as f:
        f.write(HEADER)
        for line in lines:
            f.write(line + "\n")
    print("%-18s %6d cases" % (name, len(lines)))


# ---------------------------------------------------------------- values

INTS = [
    0, 1, -1, 7, -7, 42, 65, 255, -255, 1000, 1234, -1234, 99999, 123456, 1234567, -7654321,
    10**9 + 7, 2**31 - 1, -2**31, 2**32, 2**53 + 1, 2**63 - 1, -2**63, 2**64, 10**20, -10**20,
    2**100 + 3, -3**80, 0x10FFFF, 0x110000, 0xD800, 0xDFFF, 0x1F600, 233, 10**40 + 1,
]
FLOATS = [
    0.0, -0.0, 1.0, -1.0, 0.1, 0.5, 1.5, 2.5, -2.5, 0.125, 0.375, 2.675, 1e16, 1e-5, 1e-4,
    123456.789, 1e22, 1e23, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308,
    math.inf, -math.inf, math.nan, 1 / 3, 2 / 3, 9.995, 0.0005, -0.0004, 99.99, 999999.5,
    1e100, 1.23456e-300, 4.35, 1234567.891, 0.001, -1e-10, 12345678901234567890.0, 100.0,
    -123.456, 0.045, 1e15, 9999999999999998.0, 0.9999999, 7e-7,
]
COMPLEXES = [
    (0.0, 0.0), (-0.0, 0.0), (0.0, -0.0), (-0.0, -0.0), (1.0, 2.0), (-1.5, 2.25), (0.0, -1.0),
    (1e16, 1e-5), (math.inf, math.nan), (-math.inf, 1.0), (1234.5678, -9876.54321),
    (3.0, 0.0), (0.1, 0.2), (-1e-10, 1e300), (2.5, -0.5),
]
STRS = [
    "", "a", "abc", "hello world", "\xe9", "\xf1and\xfa", "\u20ac uro", "\U0001f600!",
    "\ud800x", "tab\there", "0123456789", "long string of text",
]

# ---------------------------------------------------------------- format specs

FILL_ALIGN = ["", "", "", "<", ">", "^", "=", "*<", "*>", "*^", "*=", "0<", "0>", "0^", "0=",
              "\xe9^", "\ud800>", " <", "x=", "{>", "\u20ac<"]
SIGNS = ["", "", "+", "-", " "]
ZS = ["", "", "", "z"]
ALTS = ["", "", "#"]
ZEROS = ["", "", "0"]
WIDTHS = ["", "", "1", "5", "8", "12", "20", "30"]
GROUPS = ["", "", "", ",", "_"]
PRECS = ["", "", "", ".0", ".1", ".2", ".3", ".6", ".10", ".17", ".25", ".,", "._", ".3,",
         ".4_", ".10_", ".2,_", ".1,"]
TYPES = {
    "i": ["", "", "b", "c", "d", "o", "x", "X", "n", "e", "E", "f", "F", "g", "G", "%", "s",
          "r", "\x00", "\u0100"],
    "f": ["", "", "", "e", "E", "f", "F", "g", "G", "n", "%", "d", "x", "s", "c"],
    "c": ["", "", "", "e", "E", "f", "F", "g", "G", "n", "%", "d"],
    "s": ["", "", "s", "s", "d", "x", "r"],
}
EDGE_SPECS = [
    "", " ", "0", "00", "=", "==", "<<", "<", "x<", ",", "_", ",_", "_,", ",,", "__", ".",
    ".f", "1.", ".x", "xx", "abc", "10.2xf", "+", "-", "z", "#", "+z#010,.3f", "\x7f",
    "\x00", "\u0100", ",\u0100", ".\u0663f", "\u0663", "\u0663\u0664", "9" * 19, "9" * 25,
    "." + "9" * 19, ".2147483648f", ".2147483647f", ".2147482624f",
    ".2147482624", "z.1f", "+z.2f", " z.0f", "z=8.1f", "z08.2", ",.2_f", ".,_", "._,",
    "0=10,.3_f", "*^+#15_.4,e", "\ud800=10", ">0", "0>5", "=+08", "x=+8", "+#x", "#_b",
    "_o", "_X", ",x", ",b", ",c", ",n", "_n", ",s", ",%", "#10o", "#c", "+c", "-c", " c",
    "c", ">3c", "010c", ".3c", ".0", ".0s", ".1", ".,", "._", ".2,", "#.0e", "#.0f", "#.0",
    "#.0g", "#g", "#", "#x", "#X", "#o", "#b", "#_x", "#010_x", "-#x", " #o", "010", "#010x",
    "=", "=10", "<10", "^10", ">10", "0<10", "0^10", "*^11", "\xe9^9", ",d", "_d", "020,d",
    "020_d", "021,", "09,", "01,", "3,", ",.0f", "020,.2f", "_.6f", ",%", "08.2%", "+.1%",
    "e", "E", "f", "F", "g", "G", "n", "%", ".3n", "10n", "010n", ".20g", ".17g", ".16g",
    ".1g", ".0g", ".0e", ".0%", ".1000f", ".800e", ".400g", "#.30g", "+.30e", ".1100f",
]


def sample_specs(kind, n, rng):
    out = set()
    while len(out) < n:
        s = (rng.choice(FILL_ALIGN) + rng.choice(SIGNS) + rng.choice(ZS) + rng.choice(ALTS)
             + rng.choice(ZEROS) + rng.choice(WIDTHS) + rng.choice(GROUPS) + rng.choice(PRECS)
             + rng.choice(TYPES[kind]))
        out.add(s)
    return sorted(out)


class MyInt(int):
    pass


class MyFloat(float):
    pass


def record_spec():
    rng = random.Random(3140)
    lines = []
    big_specs = {".1000f", ".800e", ".400g", ".1100f"}

    def add(kind, value, vtext, spec, type_name=None):
        if spec in big_specs and rng.random() < 0.7:
            return
        res = outcome(lambda: format(value, spec))
        if type_name is None:
            type_name = type(value).__name__
        lines.append("\t".join([kind, type_name, vtext, esc(spec), res]))

    for spec in EDGE_SPECS + sample_specs("i", 160, rng):
        for v in INTS:
            add("i", v, str(v), spec)
    # sys.get_int_max_str_digits() is 4300 by default: decimal output beyond it fails.
    for v in [10**4300, -(10**4300), 10**4300 - 1, -(10**4300 - 1)]:
        for spec in ["", "d", ",", "_d", ">10", "n", "x", "c", "e", "f"]:
            add("i", v, int_text(v), spec)
    for spec in EDGE_SPECS[:60] + ["xx", "q", "d", "c", "x", "f", ",", "10"]:
        add("i", True, "1", spec)
        add("i", MyInt(-12), "-12", spec)
    for spec in EDGE_SPECS + sample_specs("f", 260, rng):
        for v in FLOATS:
            add("f", v, bits(v), spec)
    for spec in EDGE_SPECS[:60] + ["xx", "q", "d"]:
        add("f", MyFloat(2.5), bits(2.5), spec)
    for spec in EDGE_SPECS + sample_specs("c", 130, rng):
        for re, im in COMPLEXES:
            add("c", complex(re, im), bits(re) + "," + bits(im), spec)
    for spec in EDGE_SPECS + sample_specs("s", 150, rng):
        for v in STRS:
            add("s", v, esc(v), spec)
    write("spec.txt", lines)


# ---------------------------------------------------------------- floats


def random_doubles(rng, n):
    out = []
    for _ in range(n):
        r = rng.random()
        if r < 0.3:
            # Any bit pattern (finite).
            x = from_bits(rng.getrandbits(64))
            if not math.isfinite(x):
                continue
        elif r < 0.55:
            # Short decimals, the kind people type.
            x = float("%d.%de%d" % (rng.randrange(10000), rng.randrange(1000),
                                    rng.randrange(-30, 30)))
        elif r < 0.7:
            # Halfway and near-halfway decimal cases at a few digits.
            k = rng.randrange(1, 6)
            x = (rng.randrange(10**k) + 0.5) / 10**rng.randrange(0, k + 1)
        elif r < 0.8:
            x = float(rng.randrange(-2**60, 2**60))
        elif r < 0.9:
            x = rng.uniform(-1000, 1000)
        else:
            x = math.ldexp(rng.random(), rng.randrange(-1074, 1024))
        if rng.random() < 0.3:
            x = -x
        out.append(x)
    return out


SPECIAL_DOUBLES = FLOATS + [
    5e-324, -5e-324, 1e-323, 2.2250738585072009e-308, 2.2250738585072014e-308,
    1.7976931348623157e308, 0.3, 0.7, 1e21, 1e-7, 123456789.0, 2.0**53, 2.0**53 + 2.0, 2.0**63,
    1.2345678901234567, 9.999999999999999e22, 1e-4, 0.00001, 1e16 - 2, 1e17, 8.5, 0.05,
]


def record_floats():
    rng = random.Random(31415)
    doubles = SPECIAL_DOUBLES + random_doubles(rng, 12000)
    # Values whose exact expansion ends one digit past 16 or 17 significant digits with a 5:
    # two shortest strings are equally near, and dtoa picks the even one.
    ties = []
    for _ in range(600):
        e = rng.randrange(-60, 60)
        m = rng.randrange(2**52, 2**53) | 1
        x = math.ldexp(m, e)
        if rng.random() < 0.5:
            x = float(rng.randrange(2**48, 2**53)) + rng.choice([0.25, 0.5, 0.75, 0.125])
        ties.append(x)
    doubles = doubles + ties

    lines = []
    for x in doubles:
        lines.append("\t".join([bits(x), esc(repr(x))]))
    write("repr.txt", lines)

    # PyOS_double_to_string through %-formatting: code, precision, '#'.
    lines = []
    for x in doubles[:6000]:
        for _ in range(3):
            code = rng.choice("eEfFgG")
            prec = rng.choice([0, 1, 2, 3, 5, 6, 10, 16, 17, 20, rng.randrange(0, 40)])
            if code in "fF" and abs(x) > 1e30 and rng.random() < 0.7:
                prec = rng.randrange(0, 4)
            alt = rng.random() < 0.25
            fmt = "%" + ("#" if alt else "") + ".%d%s" % (prec, code)
            lines.append("\t".join([bits(x), code, str(prec), "1" if alt else "0",
                                    outcome(lambda: fmt % x)]))
    for x in SPECIAL_DOUBLES:
        for code, prec in [("f", 1100), ("e", 800), ("g", 800), ("f", 330), ("e", 20)]:
            fmt = "%%.%d%s" % (prec, code)
            lines.append("\t".join([bits(x), code, str(prec), "0", outcome(lambda: fmt % x)]))
    # Past the caps of the Rust side (1100 fractional, 800 significant digits).
    for x in [5e-324, -5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 0.1, 1 / 3]:
        for code, prec, alt in [("f", 1500, "0"), ("e", 1000, "0"), ("g", 1000, "1"),
                                ("G", 900, "0"), ("E", 801, "1")]:
            fmt = "%" + ("#" if alt == "1" else "") + ".%d%s" % (prec, code)
            lines.append("\t".join([bits(x), code, str(prec), alt, outcome(lambda: fmt % x)]))
    write("dtoa.txt", lines)

    # round(x, n)
    lines = []
    for x in doubles[:5000]:
        for _ in range(2):
            n = rng.choice([0, 1, 2, 3, -1, -2, rng.randrange(-330, 340), rng.randrange(-20, 20)])
            lines.append("\t".join([bits(x), str(n), outcome(lambda: round(x, n))]))
    for x in SPECIAL_DOUBLES + [0.125, 0.375, 2.675, 1.5, 2.5, -2.5, 25.0, 35.0, 5.0, 15.0,
                                1.7976931348623157e308, -1.7976931348623157e308]:
        for n in [-400, -309, -308, -307, -303, -1, 0, 1, 2, 10, 300, 322, 323, 324, 400,
                  2**63 - 1, -2**63]:
            lines.append("\t".join([bits(x), str(n), outcome(lambda: round(x, n))]))
    write("round.txt", lines)

    # round(x) to int, int(x), float(n), hex and fromhex.
    lines = []
    for x in doubles[:3000] + [0.5, 1.5, 2.5, -0.5, -1.5, 1e300, math.inf, -math.inf, math.nan]:
        lines.append("\t".join(["round", bits(x), outcome(lambda: round(x))]))
        lines.append("\t".join(["int", bits(x), outcome(lambda: int(x))]))
        lines.append("\t".join(["hex", bits(x), outcome(lambda: x.hex())]))
    ints = [0, 1, -1, 2**53 - 1, 2**53 + 1, 2**53 + 3, 2**54 + 2, 2**64 - 1, 2**64 + 1,
            2**1024 - 2**970, 2**1024 - 2**970 - 1, 2**1024, 2**1023 + 2**970, 10**308,
            -(2**1024 - 2**971), 2**1024 - 2**971]
    for _ in range(3000):
        k = rng.randrange(1, 1100)
        ints.append(rng.getrandbits(k) * rng.choice([1, -1]))
    for n in ints:
        lines.append("\t".join(["float", str(n), outcome(lambda: float(n))]))
    hexes = ["0x1p0", "0x1.8p1", "-0x1p-1074", "0x1p-1075", "0x1.0000000000001p-1075",
             "0x1.fffffffffffffp1023", "0x1.fffffffffffff8p1023", "0x1p1024", "inf", "-Infinity",
             "nan", "-nan", "  0x1p0  ", "0x", "0x.p1", "1p", "0x1p", "0x1p+", ".8", "0x.8",
             "1.", "ff", "0X1P1", "\t1\n", "0x1p99999999999999999999", "0x1p-99999999999999999999",
             "0x0p99999999999999999999", "0x1.2.3", "1e5", "0x1e5", "", " ", "+", "-0x0",
             "0x000000000001p-1", "0x1" + "0" * 300 + "p-1200", "1_0", "infinityx", "infx",
             "0x1p-1022", "0x1.ffffffffffffe8p1023", "0x0.0000000000001p-1022",
             "0x0.00000000000008p-1022", "0x0.00000000000018p-1022", "0x1.00000000000008p0",
             "0x1.00000000000018p0", "0x1.000000000000080000001p0", "0x1p1023", "-0x1.8"]
    for _ in range(1500):
        x = rng.choice(doubles)
        h = x.hex()
        if rng.random() < 0.5:
            # Extra digits exercise the rounding.
            h = h.replace("p", "%xp" % rng.randrange(16**3))
        hexes.append(h)
    for h in hexes:
        lines.append("\t".join(["fromhex", esc(h), outcome(lambda: float.fromhex(h))]))
    write("float_misc.txt", lines)


# ---------------------------------------------------------------- str.format templates

import _string  # noqa: E402


class P:
    """The one user object of the template cases (the Rust mock models it)."""

    def __init__(self):
        self.x = 1
        self.y = "why"
        self.items = [7, 8, 9]

    def __repr__(self):
        return "<P>"

    def __str__(self):
        return "P!"


ARGS = (42, "abc", 3.5, [10, 20, 30], {"k": "v", "0": "zero"}, P(), -7, "\xe9t\xe9")
KWARGS = {"name": "Bob", "n": 7, "w": 10, "p": 3, "s": "hi", "f": -2.5, "t": [1, 2],
          "d": {"x": "X"}, "fmt": ">8", "obj": P(), "big": 12345678}

TEMPLATE_EDGES = [
    "", "plain", "{{", "}}", "{{}}", "{{{0}}}", "{", "}", "a{", "a}", "}a", "{}}", "{{}",
    "{0}", "{}", "{} {}", "{0} {}", "{} {0}", "{1}{0}", "{name}", "{name} {}", "{} {name}",
    "{0[0]}", "{3[1]}", "{3[9]}", "{3[x]}", "{4[k]}", "{4[0]}", "{4[zz]}", "{5.x}", "{5.y}",
    "{5.z}", "{5.items[2]}", "{5.items[2].real}", "{d[x]}", "{t[1]}", "{obj.y!r}",
    "{0!r}", "{0!s}", "{0!a}", "{1!r}", "{1!r:>8}", "{7!a}", "{7!r}", "{7}", "{0!x}", "{0!}",
    "{0!rr}", "{0!r:}", "{0!r", "{0:", "{0:x", "{0", "{0.}", "{0..x}", "{0.[}", "{[}",
    "{0[}", "{0[]}", "{0]}", "{0[0]x}", "{0[0].}", "{:}", "{:d}", "{0:{1}}", "{2:{w}.{p}f}",
    "{0:{fmt}}", "{1:{fmt}}", "{0:{1:{2}}}", "{0:{}}", "{:{}}", "{:{:}}", "{99}", "{nope}",
    "{-1}", "{0x1}", "{ 0}", "{0 }", "{\u0663}", "{\u0663\u0664}", "{01}", "{" + "9" * 25 + "}",
    "{0[" + "9" * 25 + "]}", "{3[" + "9" * 19 + "]}", "{0:" + "{" * 3 + "}", "{a{b}",
    "{0:}}", "{0:{{}}}", "{0:{w}}", "{0:{w}d}", "{0:{z}}", "{0:{}}{}", "{}{0:{}}",
    "{5}", "{5:}", "{5:>5}", "{3:}", "{3:5}", "{4}", "{f:+.3e}", "{big:,}", "{big:_x}",
    "{n:c}", "{s:^9}", "{name!r:*^12}", "{name!s:.1}", "{0!r:{w}}",
    "{!r}", "{!s:>4}", "{!}", "{:!}", "{0:!r}", "{0!r!s}", "{0!\ud800}", "{0!\u20ac}",
    "{0!\x01}", "{0!\x7f}", "{0!\x00}", "\ud800{0}\udfff", "x{0}y{1}z", "{0}{1}{2}{3}{4}{5}",
    "{1[0]}", "{1[3]}", "{5[0]}", "{0[0]}", "{0.real}", "{2.imag}", "{name[0]}",
    "{name[-1]}", "{t[-1]}", "{d[]}", "{d[x][0]}", "{d.x}",
]
TEMPLATE_TOKENS = [
    "a", "xyz ", "{", "}", "{{", "}}", "{0}", "{1}", "{}", "{name}", "{2:.2f}", "{3[1]}",
    "{4[k]}", "{5.x}", "{5.items[0]}", "{0!r}", "{1!s:>8}", "{2:{w}.{p}f}", "{0:{fmt}}",
    "{!a}", "{0!}", "{0.}", "{[}", "{0[}", "{0]}", "{:}", "{99}", "{nope}", "{0:{1:{2}}}",
    "{n:{}}", "{:{}}", "{6:+}", "{7!a:^9}", "{:x}", "{:>{w}}",
]


def parse_tokens(it, limit=12):
    out = []
    for _ in range(limit):
        try:
            item = next(it)
        except StopIteration:
            break
        except Exception as e:  # noqa: BLE001
            out.append("!%s:%s" % (type(e).__name__, esc(str(e))))
            continue
        for part in item:
            out.append("~" if part is None else "'" + esc(part))
    return out


def split_tokens(name):
    try:
        first, rest = _string.formatter_field_name_split(name)
    except Exception as e:  # noqa: BLE001
        return ["!%s:%s" % (type(e).__name__, esc(str(e)))]
    out = ["I%d" % first if isinstance(first, int) else "'" + esc(first)]
    for _ in range(8):
        try:
            is_attr, key = next(rest)
        except StopIteration:
            break
        except Exception as e:  # noqa: BLE001
            out.append("!%s:%s" % (type(e).__name__, esc(str(e))))
            break
        if is_attr:
            out.append("A" + esc(key))
        elif isinstance(key, int):
            out.append("I%d" % key)
        else:
            out.append("K" + esc(key))
    return out


def record_template():
    rng = random.Random(2718)
    templates = list(TEMPLATE_EDGES)
    seen = set(templates)
    auto = [t for t in TEMPLATE_TOKENS if not any(c.isdigit() for c in t.split(":")[0])]
    manual = [t for t in TEMPLATE_TOKENS if "{}" not in t and "{:" not in t and "{!" not in t
              and "{{" not in t[:2] or t in ("{{", "}}")]
    for pool, count in [(TEMPLATE_TOKENS, 1000), (auto, 800), (manual, 800)]:
        target = len(templates) + count
        while len(templates) < target:
            t = "".join(rng.choice(pool) for _ in range(rng.randrange(1, 5)))
            if t not in seen:
                seen.add(t)
                templates.append(t)
    lines = []
    for t in templates:
        lines.append("\t".join(["format", esc(t), outcome(lambda: t.format(*ARGS, **KWARGS))]))
        lines.append("\t".join(["format_map", esc(t), outcome(lambda: t.format_map(KWARGS))]))
        lines.append("\t".join(["parse", esc(t)] + parse_tokens(_string.formatter_parser(t))))
    names = ["", "0", "00", "12", "a", "a.b", "a[0]", "a[b].c", "a.", "a..b", "a[", "a[]",
             "a]", "a[0]x", ".x", "[0]", "[x].y", "0.real", "\u0663[\u0664]", "x[" + "9" * 25 + "]",
             "9" * 25, "a[0][1].c[d]", "a.b.c", "a[.]", "a[[]", "a[0]]", "\ud800.\ud800",
             "a b.c d[e f]", "a!b", "a:b", "a{b}"]
    for n in names:
        lines.append("\t".join(["split", esc(n)] + split_tokens(n)))
    write("template.txt", lines)


# ---------------------------------------------------------------- %-formatting


class Idx:
    def __index__(self):
        return 66

    def __repr__(self):
        return "Idx()"


class Flt:
    def __float__(self):
        return 2.5

    def __repr__(self):
        return "Flt()"


class IntOnly:
    def __int__(self):
        return 7

    def __repr__(self):
        return "IntOnly()"


# Each value with its token in the data files (the Rust mock builds the same objects).
PCT_VALUES = [
    0, 1, -1, 42, -255, 255, 65, 2**70, -2**70, 0x10FFFF, 0x110000, 3.14159, -0.0, 1e300,
    -2.5, 0.5, 1e-7, math.nan, math.inf, "abc", "\xe9", "", "x", "\U0001f600", "\ud800",
    True, False, None, [1], b"ab", b"A", bytearray(b"xy"), bytearray(b"q"), Idx(), Flt(),
    IntOnly(), 2**63, -2**63, 7.9,
]
STR_DICT = {"a": 1, "k": "v", "x": 2.5, "n": -3, "": "empty", "a(b)c": "paren", "\xe9": "acc",
            "w": 8}
BYTES_DICT = {b"a": b"A", b"k": b"v", b"n": 5, b"x": 2.5, b"": b"empty", b"w": 8}


def value_token(v):
    if v is True:
        return "T"
    if v is False:
        return "F"
    if v is None:
        return "N"
    if isinstance(v, int):
        return "i" + int_text(v)
    if isinstance(v, float):
        return "f" + bits(v)
    if isinstance(v, str):
        return "s" + esc(v)
    if isinstance(v, bytes):
        return "b" + esc_bytes(v)
    if isinstance(v, bytearray):
        return "B" + esc_bytes(bytes(v))
    if isinstance(v, list):
        return "L"
    return {"Idx": "X", "Flt": "Y", "IntOnly": "Z"}[type(v).__name__]


FLAG_SETS = ["", "", "", "-", "+", " ", "#", "0", "-0", "+0", "#0", "# ", "-#", "+ ", "0-+#"]
WIDTH_SETS = ["", "", "", "1", "5", "10", "*", "03"]
PREC_SETS = ["", "", "", ".", ".0", ".1", ".3", ".10", ".*", ".25"]
CONVS = "sradiuoxXeEfFgGcsdfx"
BYTES_CONVS = "sbradiuoxXeEfFgGcbdx"
PCT_EDGES = [
    "", "x", "%", "%%", "%%%", "% %", "%5", "%.", "%-", "%(", "%(a", "%(a)", "%(a)s",
    "%(k)s %(n)d", "%(a(b)c)s", "%()s", "%(zz)s", "%s", "%s %s", "%s%%", "%5%", "%-5%",
    "%y", "%\x7f", "%\x1f", "%\x1e", "%\x00", "%\u0100", "%\ud800", "%ld", "%hd", "%Ld",
    "%l", "%lld", "%*s", "%.*s", "%*.*f", "%-*d", "%(w)*d", "%(a)s %s", "%s %(a)s",
    "%c", "%5c", "%-3c", "%.0c", "%b", "%a", "%r", "%i", "%u", "%#o", "%#x", "%#X",
    "%+#08x", "% #08o", "%-#08o", "%#.5x", "%#08.5x", "%010.3f", "%+010.3e", "%-+10.3g",
    "% 05d", "%05s", "%.3s", "%.0s", "%10.4s", "%-10s|", "%.1000f", "%.2147483647d",
    "%.2147483648f", "%99999999999999999999d", "%.2147482624g", "%#.0e", "%#.0f", "%#g",
    "%+.0e", "abc%sdef%rghi", "\xe9%s\ud800",
]
BYTES_EDGES = [e.encode("utf-8", "surrogatepass") for e in PCT_EDGES] + [
    b"%\xff", b"%\x80", b"%\x01", b"%(\xff)s", b"\xff%s\x80",
]


def random_format(rng, convs):
    parts = []
    for _ in range(rng.randrange(1, 4)):
        if rng.random() < 0.4:
            parts.append(rng.choice(["ab", " ", "|", "%%", "x=", "\xe9"]))
        parts.append("%" + rng.choice(FLAG_SETS) + rng.choice(WIDTH_SETS)
                     + rng.choice(PREC_SETS) + rng.choice(convs))
    return "".join(parts)


def matching_args(rng, fmt, bytes_mode):
    n = fmt.count("%") - 2 * fmt.count("%%") + fmt.count("*")
    pool = PCT_VALUES
    if "*" in fmt:
        # Any int may land on a '*': keep the widths small.
        pool = [v for v in PCT_VALUES if not (type(v) is int and abs(v) > 1000)]
    vals = []
    for _ in range(max(n, 0)):
        if "*" in fmt and rng.random() < 0.3:
            vals.append(rng.choice([3, -4, 0, 12, 2**70, "x"]))
        else:
            vals.append(rng.choice(pool))
    if rng.random() < 0.1:
        vals.append(rng.choice(pool))
    return tuple(vals)


def pct_line(mode, fmt, args):
    if isinstance(args, tuple):
        kind, toks = "t", [value_token(v) for v in args]
    elif args is STR_DICT or args is BYTES_DICT:
        kind, toks = "d", []
    else:
        kind, toks = "v", [value_token(args)]
    text = esc(fmt) if mode == "str" else esc_bytes(fmt)
    return "\t".join([mode, text, kind] + toks + [outcome(lambda: fmt % args)])


def record_percent():
    rng = random.Random(1414)
    lines = []
    fixed_str = [(), (1,), ("a", 2), (1.5, "b", 3), STR_DICT, 5, "abc", [1], 2.5, None,
                 b"ab", Idx()]
    fixed_bytes = [(), (1,), (b"a", 2), (1.5, b"b", 3), BYTES_DICT, 5, b"abc", [1], "s",
                   bytearray(b"ba"), Idx()]
    for fmt in PCT_EDGES:
        for args in fixed_str:
            lines.append(pct_line("str", fmt, args))
    for fmt in BYTES_EDGES:
        for args in fixed_bytes:
            lines.append(pct_line("bytes", fmt, args))
    for _ in range(3000):
        fmt = random_format(rng, CONVS)
        for _ in range(3):
            lines.append(pct_line("str", fmt, matching_args(rng, fmt, False)))
    for _ in range(1500):
        fmt = random_format(rng, BYTES_CONVS).encode("utf-8")
        for _ in range(3):
            lines.append(pct_line("bytes", fmt, matching_args(rng, fmt.decode(), True)))
    for v in PCT_VALUES:
        for fmt in ["%s", "%r", "%a", "%d", "%x", "%f", "%c", "%5.2s", "%-6c", "%+05d", "%e"]:
            lines.append(pct_line("str", fmt, (v,)))
            lines.append(pct_line("bytes", fmt.encode(), (v,)))
            lines.append(pct_line("str", fmt, v))
    for v in [10**4300, -(10**4300 - 1)]:
        for fmt in ["%d", "%x", "%5i", "%.2d", "%X", "%f"]:
            lines.append(pct_line("str", fmt, (v,)))
            lines.append(pct_line("bytes", fmt.encode(), v))
    write("percent.txt", lines)


if __name__ == "__main__":
    os.makedirs(DATA, exist_ok=True)
    which = sys.argv[1:] or ["spec", "floats", "template", "percent"]
    for name in which:
        globals()["record_" + name]()
