"""Record what CPython 3.14 makes of string and number literals, for the
literals tests of interp/syntax/tests/front_end/literals/. Not run by CI:

    python3.14 gen/record_literals.py            # gen/regen.sh runs it
    python3.14 gen/record_literals.py --concat   # prints the expectations of concat.rs

Writes interp/syntax/tests/data/literals/{strings,fstrings,numbers}.txt: one
case per line, tab-separated columns (see FORMAT below). Every expected
value, message and location in them is what `ast.parse` gave (values as code
points / bytes / IEEE bits, so the tests do not depend on any repr code).
"""
import ast
import io
import itertools
import os
import struct
import sys
import tokenize
import unicodedata
import warnings

from genlib import header, require_314, write

require_314()

if sys.argv[1:] == ["--concat"]:
    # The expected dumps of literals_concat.rs (pasted there by hand).
    for src in ["'a' f'{x}b' 'c'", "u'a' f'b'", "'a' '' f'{x}'", "f'a{x=}'", "t'a' t'b{x}c' t'd'",
                "t'a{x=}'", "'' ''", "f'' ''", "f'{x}' '' 'b'", "b'a' b'' b'c'", "f'\\x41{x}\\n'",
                "b'a' 'b'", "'a' b'b'", "f'{x}' b'a'"]:
        try:
            print(repr(src), ast.dump(ast.parse(src, mode="eval"), include_attributes=True))
        except SyntaxError as e:
            print(repr(src), "SyntaxError:", e.msg, (e.lineno, e.offset, e.end_lineno, e.end_offset))
    # The warnings (message, line) of every literal part, and errors located at a part.
    for src in [r"f'\d{x}\q'", r"t'\d{x}\q'", "f'''\\d\n{x}\\q'''", r"f'\d{x}\q' f'\w'",
                r"f'\d' '\q' f'{x}\w'", r"f'a{x}b\x4'", "f'''a\n{x}b\\x4'''", r"t'a{x}\x4'",
                r"'a' f'{x}\N{foo}'"]:
        with warnings.catch_warnings(record=True) as ws:
            warnings.simplefilter("always")
            try:
                ast.parse(src, mode="eval")
                err = None
            except SyntaxError as e:
                err = (e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
        print(repr(src), [(str(w.message), w.lineno) for w in ws], err)
    sys.exit(0)
FORMAT = """\
# Columns are separated by tabs; a text is the hex of its UTF-8 ("-" when
# empty); a value is str:CODE POINTS (hex, comma-separated) or bytes:HEX; a
# result is value:VALUE_KIND_U (1 when the Constant's kind is 'u'),
# syntax:MSG:LINENO:OFFSET:END_LINENO:END_OFFSET or other:EXCEPTION:MSG;
# warnings are "-" or MSG,LINENO;... and the warnings-as-error SyntaxError is
# "-" or MSG,LINENO,OFFSET.
"""


def rs(s):
    """A text column: the hex of s's UTF-8 (no surrogates in s)."""
    return s.encode("utf-8").hex() or "-"


def row(*cols):
    return "\t".join(str(c) for c in cols)


def parse(src):
    """(result, warnings, werror) for src under CPython."""
    with warnings.catch_warnings(record=True) as ws:
        warnings.simplefilter("always")
        try:
            tree = ast.parse(src)
            res = ("ok", tree)
        except SyntaxError as e:
            res = ("syntax", (e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset))
        except Exception as e:
            res = ("other", (type(e).__name__, str(e)))
    wl = [(str(w.message), w.lineno, w.category.__name__) for w in ws]
    werr = None
    if wl:
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            try:
                ast.parse(src)
            except SyntaxError as e:
                werr = (e.msg, e.lineno, e.offset)
            except Exception:
                pass
    return res, wl, werr


def single_token(src, kind):
    try:
        toks = list(tokenize.generate_tokens(io.StringIO(src).readline))
    except (tokenize.TokenError, SyntaxError):
        return False
    toks = [t for t in toks if t.type not in (tokenize.NEWLINE, tokenize.NL, tokenize.ENDMARKER)]
    return len(toks) == 1 and toks[0].type == kind and toks[0].string == src


def value_rs(v):
    if isinstance(v, str):
        return "str:" + ",".join("%x" % ord(c) for c in v)
    if isinstance(v, bytes):
        return "bytes:" + v.hex()
    raise TypeError(v)


def warn_rs(wl):
    return ";".join("%s,%d" % (rs(m), ln) for m, ln, cat in wl) or "-"


def werr_rs(werr):
    if werr is None:
        return "-"
    return "%s,%d,%d" % (rs(werr[0]), werr[1], werr[2])


def res_rs(res):
    kind, data = res
    if kind == "syntax":
        msg, l, o, el, eo = data
        return "syntax:%s:%d:%d:%d:%d" % (rs(msg), l, o, el, eo)
    if kind == "other":
        return "other:%s:%s" % (rs(data[0]), rs(data[1]))
    raise ValueError(res)


# ---------------------------------------------------------------- strings

# every ASCII character after a backslash (tried with fewer prefixes and quotes)
char_bodies = []
for c in map(chr, range(0x20, 0x7F)):
    char_bodies.append("\\" + c)
    char_bodies.append("a\\" + c + "b")
char_bodies += ["\\\t", "\\\x0c", "x\\\ny", "\\\n"]
# every escape CPython knows, its errors and warnings
bodies = [
    "", "plain", "caf\u00e9", "\u00e9\\n", "\u20ac\U0001F600\\t", "\\\u00e9", "a\\\\\\\u00e9",
    "\\0", "\\7", "\\07", "\\077", "\\0777", "\\377", "\\400", "\\477", "\\777", "\\4000",
    "\\400\\d", "\\d\\400", "\\1\\12\\123\\1234", "\\8", "\\9", "\\08", "\\0\\8\\9",
    "\\x41", "\\xfF", "\\x4", "\\x", "\\xg0", "\\x4g", "ab\\x4g", "\u00e9\\x4", "\u00e9\u00e9\\xZ",
    "\\u20ac", "\\u20AC", "\\u12", "\\u", "\\u123g", "\\ud800", "\\udfff", "\\ud83d\\ude00",
    "\\U0001F600", "\\U0010FFFF", "\\U00110000", "\\UFFFFFFFF", "\\U1234", "\\U", "\\U0000d800",
    "\\N{LATIN SMALL LETTER A}", "\\N{latin small letter a}", "\\N{EM DASH}\\N{BEL}\\N{LF}",
    "\\N{LATIN CAPITAL LETTER GHA}", "\\N{BYTE ORDER MARK}", "\\N{NBSP}", "\\N{NO-BREAK SPACE}",
    "\\N{CJK UNIFIED IDEOGRAPH-4E00}", "\\N{cjk unified ideograph-2a700}", "\\N{HANGUL SYLLABLE GAG}",
    "\\N{TANGUT IDEOGRAPH-17000}", "\\N{EGYPTIAN HIEROGLYPH-13460}", "\\N{BEAVER}",
    "\\N{foo}", "\\N{", "\\N", "\\Nx", "\\N{}", "\\N{LATIN SMALL LETTER A", "\\N{LATIN SMALL LETTER A}}",
    "\\N{ LATIN SMALL LETTER A}", "\\N{LATIN CAPITAL LETTER A WITH MACRON AND GRAVE}",
    "\u00e9\\N{foo}", "\\N{\u00e9}", "\\N{a\u00e9", "x\\N{DIGIT ONE}y\\d",
    "\\d\\q", "\\q\\x4", "\\x4\\q", "\\z\\777", "a\nb\\d", "a\n\u00e9\\d", "\\\nb\\d", "\\N{DIGIT ONE}\n\\d",
    "line1\nline2\n\\x4", "\u00e9\n\\N{foo}", "a'b", 'a"b', "\\'\\\"",
]

prefixes = ["", "u", "U", "r", "R", "b", "B", "br", "Br", "rb", "bR", "RB"]
quotes = ["'", '"', "'''", '"""']

# random bodies over the characters escapes care about (a fixed seed: the
# recording is reproducible)
import random
rng = random.Random(314)
alphabet = ["\\", "\\", "\\", "x", "u", "U", "N", "{", "}", "0", "4", "7", "8", "a", "F",
            "\u00e9", "\U0001F600", "\n", " ", "'", '"', "N{DIGIT ONE}", "N{BEL}"]
random_bodies = sorted({"".join(rng.choice(alphabet) for _ in range(rng.randint(1, 9)))
                        for _ in range(2500)})

string_cases = []
seen = set()
combos = itertools.chain(
    itertools.product(bodies, prefixes, quotes),
    itertools.product(char_bodies, ["", "b", "R", "rb"], ["'", '"""']),
    ((b, rng.choice(prefixes), rng.choice(quotes)) for b in random_bodies),
)
for body, prefix, q in combos:
    tok = prefix + q + body + q
    if tok in seen or not single_token(tok, tokenize.STRING):
        continue
    seen.add(tok)
    # Half the cases sit at line 1 column 0, half after other code.
    if len(seen) % 2:
        src, lineno, col = tok, 1, 0
    else:
        src, lineno, col = "pass\n\nx = " + tok, 3, 4
    res, wl, werr = parse(src)
    if res[0] == "ok":
        node = res[1].body[-1]
        node = node.value
        assert isinstance(node, ast.Constant), ast.dump(node)
        exp = "value:%s:%d" % (value_rs(node.value), node.kind == "u")
    else:
        exp = res_rs(res)
    werr_ok = werr if src.isascii() else None
    string_cases.append(row(rs(tok), lineno, col, exp, warn_rs(wl), werr_rs(werr_ok)))


def write_cases(name, columns, cases):
    write("interp/syntax/tests/data/literals/%s.txt" % name,
          header("record_literals.py", "#")
          + "# From CPython %s. Columns: %s.\n" % (sys.version.split()[0], columns)
          + FORMAT + "\n".join(cases) + "\n")


write_cases("strings", "token, lineno, col, result, warnings, warnings-as-error", string_cases)

# ---------------------------------------------------------------- f-string parts
# f<quote>BODY<quote> and f'{x:BODY}' with brace-free bodies: the tokenizer hands
# BODY over as one FSTRING_MIDDLE token, so the test can call the decoder on it.

fbodies = [b for b in bodies if "{" not in b and "}" not in b] + ["\\N{DIGIT ONE}x", "a\\N{EM DASH}"]
fchar_bodies = [b for b in char_bodies if "{" not in b and "}" not in b]
fcases = []
seen = set()
combos = itertools.chain(
    itertools.product(fbodies, ["f", "rf", "t", "Rt"], ["'", "'''"]),
    itertools.product(fchar_bodies, ["f"], ["'"]),
    ((b, rng.choice(["f", "rf", "t"]), rng.choice(["'", "'''"]))
     for b in random_bodies if "{" not in b and "}" not in b),
)
for body, prefix, q in combos:
    tok = prefix + q + body + q
    if tok in seen:
        continue
    seen.add(tok)
    try:
        toks = list(tokenize.generate_tokens(io.StringIO(tok).readline))
    except (tokenize.TokenError, SyntaxError):
        continue
    mids = [t for t in toks if t.type in (tokenize.FSTRING_MIDDLE, tokenize.TSTRING_MIDDLE)]
    ends = [t for t in toks if t.type in (tokenize.FSTRING_END, tokenize.TSTRING_END)]
    if len(ends) != 1 or len(mids) > 1 or (mids and mids[0].string != body):
        continue
    res, wl, werr = parse(tok)
    if res[0] == "ok":
        node = res[1].body[0].value
        vals = node.values
        text = "".join(v.value for v in vals)
        assert all(isinstance(v, ast.Constant) for v in vals)
        exp = "value:%s:0" % value_rs(text)
    else:
        exp = res_rs(res)
    end = ends[0]
    fcases.append(row(rs(tok), rs(body), int("r" in prefix.lower()), 0, rs(end.string),
                      end.start[0], len(end.line[:end.start[1]].encode()), exp, warn_rs(wl),
                      werr_rs(werr if tok.isascii() else None)))
    # The same body as a format spec.
    stok = prefix + q + "{x:" + body + "}" + q
    try:
        toks = list(tokenize.generate_tokens(io.StringIO(stok).readline))
    except (tokenize.TokenError, SyntaxError):
        continue
    mids = [t for t in toks if t.type in (tokenize.FSTRING_MIDDLE, tokenize.TSTRING_MIDDLE)]
    if len(mids) != 1 or mids[0].string != body:
        continue
    res, wl, werr = parse(stok)
    if res[0] == "ok":
        fv = res[1].body[0].value.values[0]
        spec = fv.format_spec
        text = "".join(v.value for v in spec.values)
        exp = "value:%s:0" % value_rs(text)
    else:
        exp = res_rs(res)
    mid = mids[0]
    fcases.append(row(rs(stok), rs(body), int("r" in prefix.lower()), 1, rs(mid.string),
                      mid.start[0], len(mid.line[:mid.start[1]].encode()), exp, warn_rs(wl),
                      werr_rs(werr if stok.isascii() else None)))

write_cases("fstrings", "token, FSTRING_MIDDLE text, raw, format spec, warning token, its line, "
            "its byte column, result, warnings, warnings-as-error", fcases)

# ---------------------------------------------------------------- numbers

numbers = [
    "0", "00", "000", "0_0", "1", "7", "42", "1_000", "1_0_0", "9223372036854775807",
    "9223372036854775808", "18446744073709551615", "18446744073709551616",
    "123456789012345678901234567890", "0x0", "0xff", "0XFF", "0x_f_f", "0x7fffffffffffffff",
    "0x8000000000000000", "0xffffffffffffffff", "0x10000000000000000", "0o0", "0o17", "0O777",
    "0o_7", "0o1777777777777777777777", "0o2000000000000000000000", "0b0", "0b1", "0B101",
    "0b_1_0", "0b" + "1" * 63, "0b" + "1" * 64, "0b1" + "0" * 100,
    "0.0", "0.", ".0", "1.5", "1_0.0_1", "1e5", "1E5", "1e+5", "1e-5", "1_0e1_0", "0e0",
    "00.5", "0_0.5", "007.5", "1e400", "1e-400", "1e308", "1.7976931348623157e308",
    "1.7976931348623158e308", "1.7976931348623159e308", "2.2250738585072011e-308", "5e-324",
    "2e-324", "3e-324", "0.1", "0.2", "0.30000000000000004", "123456789012345678901234567890.0",
    "1" * 400 + ".5", "9" * 400 + "e-400", "0." + "0" * 400 + "1", "3.141592653589793238462643383279",
    "1j", "1J", "0j", "00j", "1.5j", "1.5e3J", "1e400j", "1_0j", ".5j", "5.j", "0e0j", "1e-400j",
    "1" * 4300, "1" * 4301, "1" * 5000, "1_0" * 2000, "1" * 4300 + "j", "1" * 5000 + ".0",
    "0x" + "f" * 5000, "0o" + "7" * 5000, "0b" + "1" * 5000, "1" * 4301 + "e0", "1" * 4301 + ".",
]
# random decimal floats and ints (correct rounding, underscores, imaginary)
def digits(lo, hi):
    s = "".join(rng.choice("0123456789") for _ in range(rng.randint(lo, hi)))
    if rng.random() < 0.2 and len(s) > 2:
        i = rng.randint(1, len(s) - 1)
        s = s[:i] + "_" + s[i:]
    return s


for _ in range(400):
    mant = rng.choice(["%s.%s", "%s.", ".%s", "%s"])
    a = digits(1, 25).lstrip("0_") or "1"
    b = digits(1, 25)
    text = mant % ((a, b) if mant.count("%s") == 2 else (a,) if mant != ".%s" else (b,))
    if rng.random() < 0.7 or "." not in text:
        text += rng.choice("eE") + rng.choice(["", "+", "-"]) + str(rng.randint(0, 330))
    if rng.random() < 0.15:
        text += rng.choice("jJ")
    numbers.append(text)
for _ in range(100):
    numbers.append(digits(1, 40).lstrip("0_") or "7")
    numbers.append(rng.choice(["0x", "0X"]) + "".join(rng.choice("0123456789abcdefABCDEF") for _ in range(rng.randint(1, 40))))
numbers = list(dict.fromkeys(numbers))

ncases = []
for tok in numbers:
    assert single_token(tok, tokenize.NUMBER), tok[:40]
    for src, lineno in ((tok, 1), ("pass\n(\n" + tok + ")", 3)):
        res, wl, werr = parse(src)
        assert not wl
        if res[0] == "ok":
            v = res[1].body[-1].value.value
            if type(v) is int:
                sys.set_int_max_str_digits(0)
                exp = "int:%s" % str(v)
                sys.set_int_max_str_digits(4300)
            elif type(v) is float:
                exp = "float:%016x" % struct.unpack("<Q", struct.pack("<d", v))[0]
            elif type(v) is complex:
                assert v.real == 0.0
                exp = "imag:%016x" % struct.unpack("<Q", struct.pack("<d", v.imag))[0]
            else:
                raise TypeError(v)
        else:
            kind, data = res
            assert kind == "syntax", res
            msg, l, o, el, eo = data
            exp = "syntax:%s:%d:%d:%d:%d" % (rs(msg), l, o, el, eo)
        ncases.append(row(rs(tok), lineno, exp))

write_cases("numbers", "token, lineno, result (int:DECIMAL, float:BITS, imag:BITS of the imaginary "
            "part, or syntax:...)", ncases)

print(f"{len(string_cases)} string cases, {len(fcases)} f-string cases, {len(ncases)} number cases")
