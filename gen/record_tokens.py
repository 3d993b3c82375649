"""Record CPython 3.14's tokenizer behaviour as expected data for oxpy's tests.

    python3.14 gen/record_tokens.py            # rewrites interp/syntax/tests/data/tokenizer/cases.txt
    python3.14 gen/record_tokens.py --dump F.. # prints the same records for files F..
                                               # (used by the ignored Lib parity test)

Each record:
    === <hex of the source bytes>
    T <type> <lineno> <col> <end_lineno> <end_col> <hex of the token text>
      one per token from _tokenize.TokenizerIter(extra_tokens=False), the C
      tokenizer in parser mode; columns are characters, as TokenizerIter
      reports them (-1 where the token has no position)
    E <class> <lineno> <offset> <end_lineno> <end_offset> <hex of message>
      when TokenizerIter raised (N stands for None)
    W <lineno> <hex of message>   a SyntaxWarning TokenizerIter emitted
    X                             the tokens were not recorded (source not
                                  decodable for TokenizerIter)
    P ok | P <class> <lineno> <offset> <end_lineno> <end_offset> <hex msg>
      what ast.parse(source) gave
"""
import _tokenize
import ast
import io
import sys
import tokenize
import warnings

from genlib import header, require_314, write

require_314()


def h(s):
    if isinstance(s, str):
        s = s.encode("utf-8", "surrogatepass")
    return s.hex() or "-"


def n(v):
    return "N" if v is None else str(v)


def err_fields(e):
    return f"{type(e).__name__} {n(e.lineno)} {n(e.offset)} {n(e.end_lineno)} {n(e.end_offset)} {h(str(e.msg))}"


def decoded_text(src):
    """The text CPython's tokenizer reads, or None."""
    try:
        enc, _ = tokenize.detect_encoding(io.BytesIO(src).readline)
        text = src.decode(enc)
    except Exception:
        return None
    if text.startswith("\ufeff"):
        text = text[1:]
    return text.replace("\r\n", "\n").replace("\r", "\n")


def record(src, out):
    out.append("=== " + h(src))
    text = decoded_text(src)
    if text is None or "\0" in text:
        out.append("X")
    else:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            try:
                for tok in _tokenize.TokenizerIter(io.StringIO(text).readline, extra_tokens=False):
                    typ, string, (l, c), (el, ec), _line = tok
                    out.append(f"T {typ} {l} {c} {el} {ec} {h(string)}")
            except SyntaxError as e:
                out.append("E " + err_fields(e))
            except Exception as e:  # pragma: no cover - recorded for inspection
                out.append(f"E {type(e).__name__} N N N N {h(str(e))}")
        for w in caught:
            if issubclass(w.category, SyntaxWarning):
                out.append(f"W {w.lineno} {h(str(w.message))}")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            ast.parse(src)
            out.append("P ok")
        except SyntaxError as e:
            out.append("P " + err_fields(e))
        except Exception as e:
            out.append(f"P {type(e).__name__} N N N N {h(str(e))}")


def cases():
    c = []
    add = c.append
    # --- basic structure, NEWLINE/NL, comments, INDENT/DEDENT ---
    for s in [
        "", "\n", "x", "x\n", "x = 1\n", "x = 1", "  \n", "# c\n", "# c", "x # c\n",
        "\n\n\nx\n\n", "if x:\n    y\n", "if x:\n    y\nz\n", "if x:\n  if y:\n    z\n",
        "if x:\n  if y:\n    z\nw\n", "if x:\n    y\n    # c\n  # d\n    z\n",
        "if x:\n\ty\n", "if x:\n\ty\n\tz\n", "if x:\n \ty\n", "if x:\n\t y\n",
        "if x:\n        y\n\tz\n", "if x:\n\tif y:\n\t\tz\n",
        "if x:\n    y\n  z\n", "if 1:\n  x\n y\n", "x = 1\n  y\n", "x\n    \n",
        "if x:\n    y\n\n\n", "if x:\n    y", "if x:\n  y\n    \n  z\n",
        "class A:\n    def f(self):\n        return 1\n    x = 2\n",
        "\x0cx\n", "if x:\n\x0c    y\n", "if x:\n    \x0cy\n", "if x:\n  \x0c  y\n",
        "x;y\n", "x ; y ;\n", "pass\n\n\n\n", "\n\n  # c\n", "if x:\n  y\n# end",
        "x\r\ny\r\n", "x\ry\r", "if x:\r\n    y\r\n", "x = '''a\r\nb'''\r\n", "x = 1\r",
    ]:
        add(s)
    # --- indentation limits ---
    add("".join("  " * i + "if x:\n" for i in range(99)) + "  " * 99 + "pass\n")
    add("".join("  " * i + "if x:\n" for i in range(100)) + "  " * 100 + "pass\n")
    add("".join(" " * i + "if x:\n" for i in range(101)) + " " * 101 + "pass\n")
    # --- explicit and implicit line joining ---
    for s in [
        "x = 1 + \\\n  2\n", "x = \\\n1\n", "if x and \\\n   y:\n    pass\n",
        "x = 1 \\ 2\n", "x = 1; \\ \n", "x = \\", "x = 1 + \\", "\\", "x = 1\n\\\n",
        "\\\nx\n", "  \\\nx\n", "if x:\n    \\\n  y\n", "if x:\n  \\\n    y\n",
        "x = (1,\n     2)\n", "x = [\n1,\n2\n]\n", "x = {\n  'a': 1,\n}\n", "f(a,\n  # c\n  b)\n",
        "x = (\n", "x = (1,\n", "x = [1,\n2\n", "f(\n", "((\n", "x = (\n1\n", "{[(\n",
        "x = (1))\n", "x = )\n", "]\n", "}\n", "(]\n", "(\n]\n", "[)\n", "{)\n", "(}\n",
        "f(x]\n", "x = (\n  1,\n  2]\n", "x = [1, 2)\n", "(1, [2, 3)]\n",
        "\\\n\\\nx\n", "x = 1\\\n", "x = (1 \\\n  + 2)\n", "a = 1 \\\r\n+ 2\r\n",
    ]:
        add(s)
    add("(" * 200 + ")" * 200 + "\n")
    add("(" * 201 + ")" * 201 + "\n")
    add("[" * 199 + "]" * 199 + "\n")
    add("x = " + "(" * 205 + "\n")
    # --- operators ---
    ops = ("+ - * / % ** // << >> & | ^ ~ < > <= >= == != <> = += -= *= /= %= **= //= <<= >>= "
           "&= |= ^= @ @= -> := ! . ... , : ; ( ) [ ] { }").split()
    add("x " + " x ".join(o for o in ops if o not in "()[]{}") + " x\n")
    for o in ops:
        add(f"a{o}b\n")
    for s in ["a...b\n", "a..b\n", "a....b\n", "x.y.z\n", "x = .5\n", "f(*a, **k)\n",
              "x->y\n", "x:=1\n", "x!=y\n", "x!y\n", "x = $\n", "x = ?\n", "x = `a`\n",
              "a = b = c\n", "x <<== y\n", "1 .real\n", "x\x01y\n", "x\x0by\n", "x\x7fy\n"]:
        add(s)
    # --- numbers ---
    for s in [
        "0", "00", "0_0", "007", "0_7", "07", "0_", "0__0", "1_000", "1__000", "1_", "1_000_",
        "123", "1.5", "1.", ".5", "1e5", "1E5", "1e+5", "1e-5", "1.5e10", "1e", "1e+", "1e+x",
        "1ex", "1.e", "1.5e", "1.5j", "1j", "1J", "0j", "00j", "07j", "07.5", "07e1", "0.", "0e0",
        "0x1f", "0X1F", "0x_1f", "0x1_f", "0x", "0x_", "0x1_", "0xg", "0x1g", "0x1.", "0xfor",
        "0o17", "0O17", "0o_17", "0o", "0o8", "0o78", "0o1_8", "0o_", "0o1a",
        "0b101", "0B1", "0b_1", "0b", "0b2", "0b12", "0b1_2", "0b_", "0b1a",
        "1_000j", "1.5_5", "1._5", "1_.5", "1e1_0", "1e_1", "1.5j_", "1if x else 2",
        "1and 2", "1or 2", "1in x", "1is x", "1not in x", "1else", "0x1for x in y",
        "1for x in y", "0o7and 1", "0b1or 1", "1.5if x else 1", "1jif x else 1",
        "1e5if x else 1", "1abc", "1_a", "0abc", "1.5abc", "0x1z", "1.real", "1..real",
        "1\u00e9", "1é", "12345678901234567890123456789", "1e308", "0.0001",
        "x = 1if 2else 3", "[0x1for x in y]", "1 if 1else 0", "1_2_3_4", "0_0_0",
        "1__2", "0b1__0", "0o1__7", "0x1__f", "9.e5", "9.j", "0e", "0e+", "0b1e", "0o7e",
    ]:
        add(s + "\n")
    # --- identifiers and unicode ---
    for s in [
        "abc", "_", "__x__", "x1", "café = 1", "ñ = 1", "Ωμέγα = 2", "变量 = 3", "ａ = 1",
        "ℌ = 1", "x·y = 1", "℘ = 1", "℮ = 1", "᧚ = 1", "x€ = 1", "€ = 1", "x = €", "a\u00a0b",
        "x = \u00a0", "x\u200b = 1", "x = \u2028", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 = 1", "x = 1 # é€",
        "\u0300x = 1", "x\u0300 = 1", "x = '€'", "ѐ", "x = 1\u3000", "🐍 = 1", "x🐍 = 1",
        "ñ = 07", "ñ = 1_", "ñ = ub''", "é = 'abc", "é = (", "é = )", "ℵ\u0301 = 1",
        "\u1885 = 1", "\u2118 = 1", "\U000e0100", "x\U000e0100 = 1", "\ufeff = 1",
        "x = \u00ad", "a\u00adb = 1", "x = 1 \u2003 + 2", "\u0085", "x\u0085",
        "match = 1", "case = 2", "type = 3", "_ = 4", "match x:\n    case _:\n        pass",
        "True False None and as assert async await break class continue def del elif else "
        "except finally for from global if import in is lambda nonlocal not or pass raise "
        "return try while with yield lazy print exec",
    ]:
        add(s + "\n")
    # --- strings ---
    quotes = ["'", '"', "'''", '"""']
    prefixes = ["", "r", "u", "R", "U", "b", "B", "br", "Br", "bR", "BR", "rb", "rB", "Rb", "RB",
                "f", "F", "fr", "Fr", "fR", "FR", "rf", "rF", "Rf", "RF",
                "t", "T", "tr", "Tr", "tR", "TR", "rt", "rT", "Rt", "RT"]
    for p in prefixes:
        for q in quotes:
            add(f"x = {p}{q}a{{1}}b{q}\n")
    for p in ["ub", "bu", "ur", "ru", "uf", "fu", "ut", "tu", "bf", "fb", "bt", "tb", "ft", "tf",
              "rbf", "frb", "uu", "bb", "rr", "ff", "tt", "brb", "rtf", "Ub", "bU", "Tf"]:
        add(f"x = {p}'a'\n")
    for s in [
        "x = 'abc", "x = \"abc", "x = '''abc", 'x = """abc\n\ndef', "x = 'abc\ny'",
        "x = 'abc\\\ndef'", "x = 'abc\\'", "x = 'a\\\\'", "x = '\\''", "x = \"\\\"\"",
        "x = 'a' 'b'", "x = '''a\nb\nc'''", "x = '''a''''", "x = ''''''", "x = ''", "x = \"\"",
        "x = '''\\''''", "x = 'a\\\n", "x = '\\", "'''", "'", "x = '''a\n\n", "x = r'\\'",
        "x = r'\\''", "x = b'abc", "x = '\\N{BULLET}'", "x = '\\N{x'", "x = 'é", "x = 'a\\\r\nb'",
        "x = '''a\r\nb'''", "x = (\n'abc\n)", "x = '''\n'''\n'''", "s = 'a' + \\\n    'b'",
        "x = u'abc' U'def'", "x = '''a'''b'''", "x = '\x0c'", "x = '\x01'",
    ]:
        add(s + "\n")
    # --- f-strings and t-strings ---
    for s in [
        "f'{x}'", "f'{x!r}'", "f'{x!s:>10}'", "f'{x:>{width}}'", "f'{x=}'", "f'{x = }'",
        "f'{x=!r}'", "f'{x=:>5}'", "f'{x=!r:>5}'", "f'{{}}'", "f'{{x}}'", "f'a{{b'", "f'a}}b'",
        "f'{x}{y}'", "f'{x:{y}}'", "f'{x:{y:{z}}}'", "f'{x:{y:{z:{w}}}}'", "f'{f'{1}'}'",
        "f'{f'{f'{1}'}'}'", "f\"{'a'}\"", "f'{\"a\"}'", "f'''{'''a'''}'''", "f'{x:}'",
        "f'{x!r:}'", "f'{x:{{}}}'", "f'{x:a{{b}}c}'", "f'{{{x}}}'", "f'{ x }'", "f'{x,y}'",
        "f'{(x, y)}'", "f'{[1, 2]}'", "f'{ {1: 2} }'", "f'{x[1:2]}'", "f'{lambda x: 1}'",
        "f'{(lambda x: 1)}'", "f'{x:=1}'", "f'{(x:=1)}'", "f'{x!}'", "f'{x!z}'", "f'{x!r'",
        "f'{'", "f'}'", "f'{x'", "f'{x:'", "f'{x!r:'", "f'{x}}'", "f'{{x}'", "f'{)}'", "f'{]}'",
        "f'{x)}'", "f'{(}'", "f'{x:{y}'", "f'a", "f'''a", "f'''a\n\n", "f'{x\n}'",
        "f'''{x\n}'''", "f'{x:\n}'", "f'''{x:\n}'''", "f'''{x:a\nb}'''", "f'{x # c\n}'",
        "f'''{x # c\n}'''", "f'''{x # c\n=}'''", "f'''{\"#\"=}'''", "f'\\{x}'", "f'\\}'",
        "rf'\\{x}'", "f'\\N{BULLET}'", "f'\\N{BULLET}{x}'", "f'\\N{x'", "f'\\\\{x}'",
        "f'a\\'b'", "f'{x!r=}'", "f'{x:{y=}}'", "f'{x:=10}'", "f'{3!=4}'", "f'{3!r:=^10}'",
        "f'{x:%H:%M}'", "f'{x::}'", "f'{x:!}'", "f'{x:}}'", "f'{x:{{'", "f'''a\nb{x}c\nd'''",
        "f'{\n x\n}'", "f'''{\n x\n!r}'''", "f'{x}' f'{y}'", "f'a' 'b' f'c'", "f''", "f'''\n'''",
        "t'{x}'", "t'{x!r:>{w}}'", "t'{x=}'", "t'{'", "t'}'", "t'{x'", "t'a", "t'''a",
        "tr'{x}\\n'", "t'{x:{y:{z:{w}}}}'", "t'{t'{1}'}'", "f'{t'{1}'}'", "t'{x:\n}'",
        "f'{1:{2:{3}}}'", "f'{x:{y}{z}}'", "f'{x:{y}a{z}}'", "f'{x!r:{y}}'",
        "f'{a[\"b\"]}'", "f'{a['b']}'", "f\"{a[\"b\"]}\"", "f'{x:>10}' + f'{y:<5}'",
        "f'{{' f'}}'", "f'{x}}}'", "f'{{{{x}}}}'", "f'\\{{x}}'", "f'{x}\\\n{y}'",
        "f'''{x:{\n}}'''", "f'{x::>10}'", "f'{x:{y}:>10}'", "f'{x=}{y=}'", "f'{ x = }'",
        "f'{x=:}'", "f'{x = !r}'", "f'{\\'a\\'}'", "f'{#}'", "f'{x#}'", "f'''{x#}'''",
        "f'{1}{'", "f'{1}}'", "f'{a:b{c:d{e}}}'", "f'{yield}'", "f'{*x}'", "f'{**x}'",
        "f'{x:{*y}}'", "f\"{'''a'''}\"", "f'''{f'''{f'''{1}'''}'''}'''",
        "x = f'{\n1\n}'", "F'{X}' Rf'{y}' fR'{z}'", "f'{x!r:^{w}.{p}f}'",
    ]:
        add(s + "\n")
    add("f'" + "{f'" * 3 + "x" + "'}" * 3 + "'\n")
    # --- decoding: BOM, coding cookies, invalid UTF-8, null bytes ---
    raw = [
        b"x = 1\ny = 'a\xff'\n", b"x = 1\n\xff\n", b"x = '\xc3'", b"x = '\xe2\x82'",
        b"x = '\xed\xa0\x80'", b"x = 1 # \xff\n", b"\xef\xbb", b"\xef\xbbx=1", b"\xef\xbb\xbf",
        b"\xef\xbb\xbfx = 1\n", b"\xef\xbb\xbfx = '\xff'\n", b"\xef\xbb\xbf# coding: utf-8\nx = 1\n",
        b"\xef\xbb\xbf# coding: UTF8\nx = 1\n", b"\xef\xbb\xbf# -*- coding: latin-1 -*-\nx = 1\n",
        b"\xef\xbb\xbf#!x\n# coding: latin-1\nx=1\n", b"\xef\xbb\xbf  # coding: ascii \nx=1\n",
        b"# -*- coding: latin-1 -*-\nx = '\xff'\n", b"# coding: latin1\nx = '\xe9'\n",
        b"# coding: iso-8859-1\nx = '\xe9'\n", b"# coding: Latin-1\nx='\xe9'\n",
        b"# coding: LATIN_1\nx='\xe9'\n", b"# coding: latin-1-foo\nx='\xe9'\n",
        b"# coding: iso_8859_1\nx='\xe9'\n", b"# coding: l1\nx='\xe9'\n", b"# coding: 8859\nx='\xe9'\n",
        b"# coding: ascii\nx = 1\n", b"# coding: ascii\nx = '\xff'\n", b"# coding: us-ascii\nx='\xe9'\n",
        b"# coding: utf-8\nx = '\xff'\n", b"# coding: utf8\nx = '\xff'\n", b"# coding: utf8\nx = '\xe2\x82x'\n",
        b"# coding: utf8\nx = '\xe2\x82", b"# coding: UTF-8-sig\nx='\xe9'\n", b"# coding= utf-8\nx='\xe9'\n",
        b"# coding: UTF_8\nx = 1\n", b"# coding: foo\nx = 1\n", b"# coding: uft-8\nx=1\n",
        b"#!x\n# coding: uft-8\nx=1\n", b"# vim: set fileencoding=latin-1 :\nx = '\xff'\n",
        b"x=1 # coding: latin-1\nx='\xe9'\n", b"\n\n# coding: latin-1\nx='\xe9'\n",
        b"#!python\n#coding:latin-1\nx='\xe9'\n", b"# coding: utf-8\n# coding: latin-1\nx='\xe9'\n",
        b"\x0c# coding: latin-1\nx='\xe9'\n", b"# coding: latin-1", b"  # coding: latin-1\nx='\xe9'\n",
        b"# coding: latin-1\r\nx = '\xff'\r\n", b"x = 1\rx = '\xff'\r", b"# coding:\nx=1\n",
        b"# codingg: latin-1\nx='\xe9'\n", b"# coding latin-1\nx='\xe9'\n",
        b"x = 1\0\n", b"\0", b"x = '\xff\0'\n", b"# coding: latin-1\nx = '\x80\xff'\n\xe9 = 1\n",
        b"# coding: cp1252\nx = '\x80\xe9'\n", b"# coding: cp1252\nx = '\x81'\n",
        b"# coding: koi8-r\nx = '\xc1\xc2'\n", b"# coding: KOI8_R\nx = '\xc1'\n",
        b"# coding: windows-1251\nx = '\xc1'\n", b"# coding: cp-1252\nx = 1\n",
        b"# coding: iso-8859-15\nx = '\xa4'\n", b"# coding: iso8859-6\nx = '\xa1'\n",
        b"# coding: mac-roman\nx = '\x80'\n", b"# coding: cp437\nx = '\x80'\n",
        b"x = '\xc0\x80'\n", b"x = '\xf4\x90\x80\x80'\n", b"x = '\xf0\x9f\x90'\n",
    ]
    c.extend(raw)
    return c


def main():
    if len(sys.argv) > 1 and sys.argv[1] == "--dump":
        out = []
        for path in sys.argv[2:]:
            with open(path, "rb") as f:
                src = f.read()
            out.append("@@@ " + path)
            record(src, out)
        sys.stdout.write("\n".join(out) + "\n")
        return
    out = []
    seen = set()
    for s in cases():
        b = s if isinstance(s, bytes) else s.encode("utf-8")
        if b in seen:
            continue
        seen.add(b)
        record(b, out)
    write("interp/syntax/tests/data/tokenizer/cases.txt",
          header("record_tokens.py", "#") + "\n".join(out) + "\n")
    print(len(seen), "cases")


if __name__ == "__main__":
    main()
