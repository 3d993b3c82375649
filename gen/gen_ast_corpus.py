#!/usr/bin/env python3
"""Generate the byte-level files of the AST corpus (tests/ast/).

Some corpus inputs cannot be typed reliably in an editor or survive git and
editors unchanged: a UTF-8 BOM, CR and CRLF line endings, form feeds, NUL
bytes, invalid UTF-8, latin-1 source, control characters, files without a
final newline, and very long or deeply nested inputs. They are described here
as bytes and written by this script, so that they can be reviewed and
regenerated.

Usage:
    gen/gen_ast_corpus.py [--check]

Writes every file listed in CASES (only when its bytes changed) and prints
how many changed. --check writes nothing and exits 1 if a file is missing or
differs. The expected outputs (.out) are then recorded as usual with
gen/record_ast.py (or `gen/record_ast.py --gen`, which runs this
first). Needs only a Python 3 interpreter, not CPython 3.14.

Every generated file is listed in tests/ast/GENERATED so that nobody edits
one by hand.
"""

import os
import sys

from genlib import header

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, "tests", "ast")

BOM = b"\xef\xbb\xbf"


def c(text):
    """A '# ...' comment line (UTF-8) describing the case."""
    return b"# " + text.encode("utf-8") + b"\n"


def nested_ifs(depth):
    lines = [b" " * i + b"if x:\n" for i in range(depth)]
    return b"".join(lines) + b" " * depth + b"pass\n"


CASES = [
    # ---------------------------------------------------------------- BOM
    ("encoding/bom_utf8.py",
     BOM + c("tokenizer helpers.c: a UTF-8 BOM is skipped; offsets do not count it")
     + "x = 'é' + (\n  1)\n".encode()),
    ("encoding/bom_error.py",
     BOM + c("a syntax error in a file with a BOM: columns do not count the BOM")
     + b"x = = 1\n"),
    ("encoding/bom_only.py", BOM),
    ("encoding/bom_with_utf8_cookie.py",
     BOM + b"# -*- coding: utf-8 -*-\n" + "x = 'é'\n".encode()),
    ("encoding/bom_with_latin1_cookie.py",
     BOM + b"# coding: latin-1\n" + c("encoding problem: %s with BOM") + b"x = 1\n"),
    ("encoding/bom_in_middle.py",
     c("a BOM after the start is U+FEFF, an invalid non-printable character")
     + b"x = 1\n" + BOM + b"y = 2\n"),
    # ------------------------------------------------------ PEP 263 cookies
    ("encoding/latin1_cookie.py",
     b"# -*- coding: latin-1 -*-\n" + c("PEP 263: latin-1 source; offsets count the UTF-8 bytes of the re-encoded text")
     + b"s = '\xe9t\xe9'\nt = s\n"),
    ("encoding/latin1_cookie_error_offset.py",
     b"# coding: latin-1\n" + c("an error after latin-1 characters: offsets in characters")
     + b"x = '\xe9\xe9\xe9' + $\n"),
    ("encoding/latin1_identifier.py",
     b"# coding: iso-8859-1\n" + c("a non-ASCII identifier in latin-1 source")
     + b"caf\xe9 = 1\nx = caf\xe9\n"),
    ("encoding/cookie_on_second_line.py",
     b"#!/usr/bin/env python3\n# -*- coding: latin-1 -*-\n" + c("the cookie may be on line 2")
     + b"x = '\xff'\n"),
    ("encoding/cookie_on_third_line_ignored.py",
     b"#!/usr/bin/env python3\n" + c("a cookie on line 3 is ignored, so latin-1 bytes are invalid UTF-8")
     + b"# coding: latin-1\nx = '\xe9'\n"),
    ("encoding/cookie_after_code_ignored.py",
     b"x = 1\n# coding: latin-1\n" + c("a cookie after a code line is ignored") + b"y = '\xe9'\n"),
    ("encoding/cookie_vim_style.py",
     b"# vim: set fileencoding=latin-1 :\n" + c("vim-style cookie") + b"x = '\xe9'\n"),
    ("encoding/cookie_cp1252.py",
     b"# coding: cp1252\n" + c("cp1252: 0x80 is the euro sign") + b"x = '\x80'\n"),
    ("encoding/cookie_utf8_variants.py",
     b"# coding=UTF8\n" + c("cookie spelling: '=' and an alias of utf-8") + "x = 'é'\n".encode()),
    ("encoding/cookie_unknown.py",
     b"# coding: foobar\n" + c("unknown encoding: foobar (location 0, -1)") + b"x = 1\n"),
    ("encoding/cookie_ascii_non_ascii.py",
     b"# coding: ascii\n" + c("ascii cookie and a non-ASCII byte: the codec error") + "x = 'é'\n".encode()),
    ("encoding/cookie_utf16.py",
     b"# coding: utf-16\n" + c("utf-16 cookie on ASCII text: the codec error") + b"x = 1\n"),
    ("encoding/cookie_utf8_explicit_invalid.py",
     b"# coding: utf-8\n" + c("an explicit utf-8 cookie gives the same error for invalid bytes") + b"x = '\xff'\n"),
    ("encoding/cookie_uppercase_ignored.py",
     b"# CODING: latin-1\n" + c("the cookie regex is case-sensitive: 'CODING' is no cookie") + b"x = '\xe9'\n"),
    ("encoding/cookie_euc_jp.py",
     b"# -*- coding: euc-jp -*-\n" + c("a multi-byte legacy encoding") + b"x = '\xa4\xb3\xa4\xf3'\n"),
    ("encoding/cookie_after_form_feed.py",
     b"\x0c# coding: latin-1\n" + c("a form feed before the cookie comment is allowed") + b"x = '\xe9'\n"),
    ("encoding/cookie_indented_no_space.py",
     b"  #coding=latin-1\n" + c("indented cookie without spaces") + b"x = '\xe9'\n"),
    ("encoding/cookie_in_string_ignored.py",
     b"x = '# coding: latin-1'\n" + c("a cookie inside a string on line 1 does not count") + b"y = '\xe9'\n"),
    ("encoding/cookie_after_blank_line.py",
     b"\n# coding: latin-1\n" + c("a blank first line, then the cookie on line 2") + b"x = '\xe9'\n"),
    ("encoding/bom_with_utf8_sig_cookie.py",
     BOM + b"# coding: utf-8-sig\n" + c("a BOM and a utf-8-sig cookie agree") + b"x = 1\n"),
    ("encoding/bom_then_invalid_utf8.py",
     BOM + c("invalid UTF-8 after a BOM") + b"x = '\xff'\n"),
    ("encoding/latin1_warning_source_line.py",
     b"# coding: latin-1\n" + c("the warning prints the source line decoded with the cookie") + b"x = '\xe9\\d'\n"),
    ("encoding/latin1_multiline_error.py",
     b"# coding: latin-1\n" + c("a multi-line error range after latin-1 characters") + b"x = ('\xe9\xe9',\n     \xe9 \xe9)\n"),
    ("encoding/invalid_utf8_in_triple_string.py",
     c("invalid UTF-8 on the second line of a triple-quoted string") + b"x = '''\n\xff'''\n"),
    # ------------------------------------------------------ invalid UTF-8
    ("encoding/invalid_utf8_string.py",
     c("Non-UTF-8 code starting with '\\x..' on line N, but no encoding declared")
     + b"x = 1\ny = '\xff'\n"),
    ("encoding/invalid_utf8_comment.py",
     b"# caf\xe9\n" + b"x = 1\n"),
    ("encoding/invalid_utf8_identifier.py",
     c("invalid UTF-8 inside an identifier") + b"ab\xe9cd = 1\n"),
    ("encoding/invalid_utf8_truncated_eof.py",
     c("a truncated UTF-8 sequence at the very end of the file") + b"x = 1 # \xe2\x82"),
    ("encoding/invalid_utf8_overlong.py",
     c("an overlong encoding of NUL is invalid UTF-8") + b"x = '\xc0\x80'\n"),
    ("encoding/invalid_utf8_surrogate.py",
     c("an encoded surrogate (ED A0 80) is invalid UTF-8") + b"x = '\xed\xa0\x80'\n"),
    ("encoding/invalid_utf8_after_nonascii.py",
     c("invalid UTF-8 after valid multi-byte characters on the same line") + "x = 'é日'".encode() + b" + '\xfe'\n"),
    ("encoding/invalid_utf8_line_5.py",
     c("invalid UTF-8 further down") + b"a = 1\nb = 2\nc = 3\nd = '\x80'\n"),
    # ------------------------------------------------------ NUL bytes
    ("encoding/null_byte_code.py",
     c("source code string cannot contain null bytes (no location)") + b"x = 1\x00\n"),
    ("encoding/null_byte_comment.py",
     c("a NUL byte in a comment is still rejected") + b"x = 1 # \x00\n"),
    ("encoding/null_byte_string.py",
     c("a NUL byte in a string literal is still rejected") + b"x = '\x00'\n"),
    ("encoding/null_byte_after_error.py",
     c("NUL bytes are checked before parsing: a syntax error earlier is not reported")
     + b"x = = 1\ny = 2\x00\n"),
    # ------------------------------------------------------ control characters
    ("tokens/control_char.py",
     c("lexer.c: invalid non-printable character U+%04X (a control character)") + b"x = 1 \x01\n"),
    ("tokens/nbsp.py",
     c("lexer.c: a no-break space is an invalid non-printable character") + b"x = 1\xc2\xa0+ 2\n"),
    ("tokens/zero_width_space_identifier.py",
     c("lexer.c verify_identifier: a zero-width space inside an identifier") + b"ab\xe2\x80\x8bc = 1\n"),
    ("tokens/escape_char_in_string_ok.py",
     c("control characters inside string literals are fine") + b"x = '\x01\x1b\x7f'\n"),
    ("tokens/del_char.py",
     c("lexer.c: DEL (0x7f) outside a string") + b"x = 1\x7f\n"),
    # ------------------------------------------------------ line endings
    ("locations/crlf.py",
     c("CRLF line endings: offsets and values as with LF").replace(b"\n", b"\r\n")
     + b"def f(a,\r\n      b):\r\n    return (a +\r\n            b)\r\ns = '''x\r\ny'''\r\n"),
    ("locations/crlf_error.py",
     c("CRLF: error location").replace(b"\n", b"\r\n") + b"x = 1\r\ny = (1,\r\n     2]\r\n"),
    ("locations/crlf_continuation.py",
     c("CRLF after a line-continuation backslash").replace(b"\n", b"\r\n") + b"x = 1 + \\\r\n    2\r\n"),
    ("locations/crlf_string_continuation.py",
     c("CRLF after a backslash inside a string").replace(b"\n", b"\r\n") + b"x = 'a\\\r\nb'\r\n"),
    ("locations/crlf_eof_error.py",
     c("CRLF: incomplete expression at EOF").replace(b"\n", b"\r\n") + b"s = 1\r\nx = 1 +\r\n"),
    ("locations/lone_cr.py",
     c("lone CR line endings are newlines too").replace(b"\n", b"\r") + b"x = 1\ry = (2 +\r     3)\rif x:\r    z = '''a\rb'''\r"),
    ("locations/lone_cr_error.py",
     c("lone CR: error location").replace(b"\n", b"\r") + b"x = 1\ry = 2 3\r"),
    ("locations/mixed_line_endings.py",
     c("LF, CRLF and CR mixed in one file") + b"a = 1\r\nb = 2\rc = 3\nd = (a,\r\n     b)\r"),
    ("locations/cr_in_string_value.py",
     c("CR and CRLF inside triple-quoted strings become \\n in the value") + b"s = '''a\r\nb\rc'''\n"),
    # ------------------------------------------------------ form feeds
    ("locations/form_feed_indent.py",
     c("lexer.c: a form feed in the indentation resets the column count")
     + b"if x:\n\x0c    y = 1\n    \x0cz = 2\n"),
    ("locations/form_feed_between_tokens.py",
     c("a form feed is whitespace between tokens") + b"x = 1\x0c+\x0c2\n\x0c\ny = 3\n"),
    ("locations/form_feed_line_alone.py",
     c("a line holding only a form feed") + b"def f():\n    a = 1\n\x0c\n    b = 2\n"),
    ("locations/form_feed_dedent_error.py",
     c("form feed then spaces: indentation error") + b"if x:\n    pass\n\x0c  y\n"),
    # ------------------------------------------------------ tabs
    ("locations/tabs_indent.py",
     c("tab indentation; col_offset counts a tab as one byte") + b"if x:\n\ty = 1\n\tif y:\n\t\tz = (1,\t2)\n"),
    ("indent/taberror_spaces_tab_vs_tabs.py",
     c("8 spaces + a tab, then three tabs: deeper with tab size 8 but not with tab size 1 (TabError)") + b"if x:\n        \tif y:\n\t\t\tpass\n"),
    ("indent/taberror_tab_then_spaces.py",
     c("lexer.c _PyTokenizer_indenterror: TabError inconsistent use of tabs and spaces in indentation")
     + b"if x:\n\tif y:\n        pass\n"),
    ("indent/taberror_spaces_then_tab.py",
     c("TabError: a tab line after an 8-space line at the same level") + b"if x:\n        a = 1\n\tb = 2\n"),
    ("indent/taberror_on_dedent.py",
     c("TabError raised while dedenting") + b"if x:\n\tif y:\n\t\tpass\n        z = 1\n"),
    ("indent/tab_space_mix_ok.py",
     c("a tab and spaces mixed the same way on every line is consistent") + b"if x:\n  \ty = 1\n  \tz = 2\n"),
    ("indent/tab_in_expression_error.py",
     c("an error after tabs inside a line: offset counts bytes") + b"x =\t\t1\t2\n"),
    # ------------------------------------------------------ no final newline / EOF
    ("locations/eof_no_newline.py", c("the last line has no newline") + b"x = 1\ny = 2"),
    ("locations/eof_no_newline_comment.py", c("a comment at EOF without newline") + b"x = 1\n# end"),
    ("locations/eof_no_newline_block.py",
     c("an indented block at EOF without newline") + b"def f():\n    return 1"),
    ("locations/eof_no_newline_error.py", c("an incomplete expression at EOF without newline") + b"x = 1 +"),
    ("locations/eof_no_newline_paren.py", c("an unclosed bracket at EOF without newline") + b"x = f(1,"),
    ("locations/eof_no_newline_string.py",
     c("an unterminated string at EOF without newline") + b"x = 'abc"),
    ("locations/eof_no_newline_triple.py",
     c("an unterminated triple-quoted string at EOF without newline") + b"x = '''abc\ndef"),
    ("locations/eof_no_newline_header.py", c("a block header at EOF without newline") + b"if x:"),
    ("locations/eof_backslash.py", c("a backslash as the very last byte") + b"x = 1\\"),
    ("locations/eof_whitespace_only_last_line.py", c("the last line holds only spaces") + b"x = 1\n   "),
    ("locations/empty_file.py", b""),
    ("locations/only_newlines.py", b"\n\n\n"),
    ("locations/only_whitespace.py", b"   \n\t\n  "),
    ("locations/only_comment_no_newline.py", b"# just a comment"),
    # ------------------------------------------------------ limits
    ("limits/parens_200.py",
     c("lexer.c MAXLEVEL: 200 nested parentheses are allowed") + b"x = " + b"(" * 200 + b"1" + b")" * 200 + b"\n"),
    ("limits/parens_201.py",
     c("lexer.c: too many nested parentheses (201)") + b"x = " + b"(" * 201 + b"1" + b")" * 201 + b"\n"),
    ("limits/brackets_mixed_201.py",
     c("lexer.c: too many nested parentheses, mixed bracket kinds, unclosed")
     + b"x = " + b"([{" * 67 + b"1\n"),
    ("limits/parens_201_multiline.py",
     c("lexer.c: too many nested parentheses over several lines")
     + b"x = " + b"(\n" * 201 + b"1" + b")" * 201 + b"\n"),
    ("limits/lists_150_deep.py",
     c("deeply nested list displays that parse and dump") + b"x = " + b"[1, " * 150 + b"1" + b"]" * 150 + b"\n"),
    ("limits/indent_99_levels.py",
     c("lexer.c MAXINDENT: 99 nested blocks parse") + nested_ifs(98)),
    ("limits/indent_100_levels.py",
     c("lexer.c: too many levels of indentation (IndentationError)") + nested_ifs(100)),
    ("limits/unary_minus_100.py",
     c("moderately deep unary nesting parses and dumps") + b"x = " + b"-" * 100 + b"1\n"),
    ("limits/unary_minus_10000.py",
     c("pegen.c MAXSTACK: MemoryError 'Parser stack overflowed - Python source too complex to parse'")
     + b"x = " + b"-" * 10000 + b"1\n"),
    ("limits/power_chain_5000.py",
     c("right-recursive ** chain too deep for the parser stack") + b"x = 2" + b" ** 2" * 5000 + b"\n"),
    ("limits/not_chain_3000.py",
     c("parses, but ast.dump hits RecursionError (the reference's traceback last line)")
     + b"x = " + b"not " * 3000 + b"1\n"),
    ("limits/sum_chain_5000.py",
     c("left-recursive + chain: parses, ast.dump hits RecursionError") + b"x = 1" + b" + 1" * 5000 + b"\n"),
    ("limits/sum_chain_200.py",
     c("left-recursive + chain that dumps fine") + b"x = 1" + b" + 1" * 200 + b"\n"),
    ("limits/attribute_chain_3000.py",
     c("long attribute chain: parses, ast.dump hits RecursionError") + b"x = a" + b".b" * 3000 + b"\n"),
    ("limits/call_chain_3000.py",
     c("long call chain f()()...: parses, ast.dump hits RecursionError") + b"x = f" + b"()" * 3000 + b"\n"),
    ("limits/lambda_chain_2000.py",
     c("nested lambdas: parses, ast.dump hits RecursionError") + b"x = " + b"lambda: " * 2000 + b"1\n"),
    ("limits/ifexp_chain_3000.py",
     c("nested conditional expressions: ast.dump hits RecursionError") + b"x = " + b"1 if x else " * 3000 + b"1\n"),
    ("limits/fstrings_nested_60.py",
     c("60 nested f-strings parse") + b"x = " + b"f'{" * 60 + b"1" + b"}'" * 60 + b"\n"),
    ("limits/fstrings_nested_150.py",
     c("lexer.c MAXFSTRINGLEVEL: too many nested f-strings or t-strings")
     + b"x = " + b'f"{' * 150 + b"1" + b'}"' * 150 + b"\n"),
    ("limits/tstrings_nested_150.py",
     c("lexer.c MAXFSTRINGLEVEL with t-strings") + b"x = " + b't"{' * 150 + b"1" + b'}"' * 150 + b"\n"),
    ("limits/int_4300_digits.py",
     c("a 4300-digit decimal literal is at the int_max_str_digits limit: fine") + b"x = " + b"9" * 4300 + b"\n"),
    ("limits/int_4301_digits.py",
     c("pegen.c parsenumber: Exceeds the limit (4300 digits) ... - Consider hexadecimal ...")
     + b"x = " + b"9" * 4301 + b"\n"),
    ("limits/int_4301_digits_underscores.py",
     c("the digit limit counts digits, not underscores")
     + b"x = 1_" + b"0" * 4299 + b"\ny = 1_" + b"0" * 4300 + b"\n"),
    ("limits/int_huge_hex_dump_fails.py",
     c("a huge hex literal parses, but ast.dump's repr() hits the int_max_str_digits limit (ValueError)")
     + b"x = 0x" + b"f" * 4000 + b"\n"),
    ("limits/float_long_literal.py",
     c("a float literal with many digits") + b"x = 1." + b"3" * 5000 + b"e-10\n"),
    ("limits/long_line.py",
     c("one 20000-character line") + b"x = '" + b"ab" * 10000 + b"' + y\n"),
    ("limits/long_line_error_at_end.py",
     c("an error at column 20000") + b"x = '" + b"ab" * 10000 + b"' y\n"),
    ("limits/many_statements.py",
     c("300 statements") + b"".join(b"x%d = %d\n" % (i, i) for i in range(300))),
    ("limits/many_elements.py",
     c("a list display with 1000 elements") + b"x = [" + b", ".join(b"%d" % i for i in range(1000)) + b"]\n"),
    ("limits/many_args.py",
     c("a call with 300 arguments and a def with 300 parameters")
     + b"f(" + b", ".join(b"a%d" % i for i in range(300)) + b")\n"
     + b"def g(" + b", ".join(b"p%d" % i for i in range(300)) + b"): pass\n"),
    ("limits/many_string_parts.py",
     c("1000 implicitly concatenated strings") + b"x = (" + b" ".join(b"'s%d'" % i for i in range(1000)) + b")\n"),
]


def main():
    check = "--check" in sys.argv[1:]
    changed = []
    names = []
    for rel, data in CASES:
        names.append(rel)
        path = os.path.join(CORPUS, rel)
        try:
            with open(path, "rb") as f:
                old = f.read()
        except FileNotFoundError:
            old = None
        if old != data:
            changed.append(rel)
            if not check:
                os.makedirs(os.path.dirname(path), exist_ok=True)
                with open(path, "wb") as f:
                    f.write(data)
    listing = (header("gen_ast_corpus.py", "#", "python3 gen/gen_ast_corpus.py")
               + "# The corpus files it writes: edit the script, not the files.\n"
               + "".join(n + "\n" for n in sorted(names))).encode()
    lpath = os.path.join(CORPUS, "GENERATED")
    try:
        with open(lpath, "rb") as f:
            lold = f.read()
    except FileNotFoundError:
        lold = None
    if lold != listing:
        changed.append("GENERATED")
        if not check:
            with open(lpath, "wb") as f:
                f.write(listing)
    if len(set(names)) != len(names):
        raise SystemExit("duplicate names in CASES")
    verb = "differ" if check else "written"
    print(f"{len(CASES)} generated files, {len(changed)} {verb}")
    for n in changed:
        print("  " + n)
    if check and changed:
        sys.exit(1)


if __name__ == "__main__":
    main()
