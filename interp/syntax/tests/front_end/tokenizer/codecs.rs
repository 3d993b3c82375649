//! PEP 263 cookies naming codecs beyond utf-8/latin-1/ascii/charmaps:
//! utf-16/utf-32 (and -le/-be), non-text codecs (rot13, hex, ...) and
//! "undefined", euc_jp, the double-byte CJK codecs, EBCDIC and other
//! single-byte codecs that remap ASCII, "charmap", raw_unicode_escape,
//! gb18030, hz, the iso2022 family, the JIS X 0213 codecs (euc_jis_2004,
//! euc_jisx0213, shift_jis_2004, shift_jisx0213), utf-7, unicode_escape,
//! punycode and idna; and a check that every codec name CPython knows is
//! found (or not) as CPython finds it.
//! Expectations recorded from CPython 3.14's
//! `ast.parse(source_bytes)` (msg, lineno, offset, end_lineno, end_offset;
//! `N` is None), or its `ast.dump(tree, include_attributes=True)`.

use syntax::ast::dump;
use syntax::parser::parse_module;
use syntax::syntax_error::SyntaxError;

/// Stands for Python's None in the location fields below.
const N: i64 = i64::MIN;

type Expected = Result<&'static str, (&'static str, i64, i64, i64, i64)>;

static CASES: &[(&[u8], Expected)] = &[
    (
        b"# coding: utf-16\x0ax = 1\x0a",
        Err((
            "'utf-16-le' codec can't decode byte 0x0a in position 22: truncated data",
            0,
            -1,
            N,
            N,
        )),
    ),
    (
        b"# coding: utf-16-le\x0ax = 1\x0a",
        Err(("invalid character '‣' (U+2023)", 1, 1, 1, 1)),
    ),
    (
        b"# coding: utf-16-be\x0ax = 1\x0a",
        Err(("invalid character '⌠' (U+2320)", 1, 1, 1, 1)),
    ),
    (
        b"# coding: utf-32\x0ax = 1\x0a",
        Err((
            "'utf-32-le' codec can't decode bytes in position 0-3: code point not in range(0x110000)",
            0,
            -1,
            N,
            N,
        )),
    ),
    (
        b"# coding: utf-32-le\x0ax = 1\x0a",
        Err((
            "'utf-32-le' codec can't decode bytes in position 0-3: code point not in range(0x110000)",
            0,
            -1,
            N,
            N,
        )),
    ),
    (
        b"# coding: utf-32-be\x0ax = 1\x0a",
        Err((
            "'utf-32-be' codec can't decode bytes in position 0-3: code point not in range(0x110000)",
            0,
            -1,
            N,
            N,
        )),
    ),
    (
        b"# coding: utf16\x0ax = 1\x0a",
        Err(("invalid character '‣' (U+2023)", 1, 1, 1, 1)),
    ),
    (
        b"# coding: u32\x0ax = 1\x0a",
        Err((
            "'utf-32-le' codec can't decode bytes in position 0-3: code point not in range(0x110000)",
            0,
            -1,
            N,
            N,
        )),
    ),
    (
        b"# coding: utf_16be\x0ax = 1\x0a",
        Err((
            "'utf-16-be' codec can't decode byte 0x0a in position 24: truncated data",
            0,
            -1,
            N,
            N,
        )),
    ),
    (
        b"# coding: unicodebigunmarked\x0ax = 1\x0a",
        Err((
            "'utf-16-be' codec can't decode byte 0x0a in position 34: truncated data",
            0,
            -1,
            N,
            N,
        )),
    ),
    (
        b"# coding: UTF32LE\x0ax = 1\x0a",
        Err(("unknown encoding: UTF32LE", 0, -1, N, N)),
    ),
    (
        b"\x0a#coding:utf-16-be\x0a",
        Err((
            "'utf-16-be' codec can't decode byte 0x0a in position 18: truncated data",
            0,
            -1,
            N,
            N,
        )),
    ),
    (
        b"#coding:utf-16-le\x0a\x01\xd8a",
        Err((
            "'utf-16-le' codec can't decode bytes in position 18-19: illegal UTF-16 surrogate",
            0,
            -1,
            N,
            N,
        )),
    ),
    (
        b"#coding:utf-16-le\x0a\x01\xd8\x01\xdc",
        Err((
            "'utf-16-le' codec can't decode byte 0x0a in position 22: truncated data",
            0,
            -1,
            N,
            N,
        )),
    ),
    (
        b"#coding:utf-16-le\x0a\x01\xdcab",
        Err((
            "'utf-16-le' codec can't decode bytes in position 18-19: illegal encoding",
            0,
            -1,
            N,
            N,
        )),
    ),
    (
        b"#coding:utf-16-le\x0a\x01\xd8",
        Err((
            "'utf-16-le' codec can't decode bytes in position 18-20: unexpected end of data",
            0,
            -1,
            N,
            N,
        )),
    ),
    (
        b"#coding:utf-16-be\x0a\xd8\x01ab",
        Err((
            "'utf-16-be' codec can't decode bytes in position 18-19: illegal UTF-16 surrogate",
            0,
            -1,
            N,
            N,
        )),
    ),
    (
        b"#coding:utf-16-be\x0a\xdc\x01ab",
        Err((
            "'utf-16-be' codec can't decode bytes in position 18-19: illegal encoding",
            0,
            -1,
            N,
            N,
        )),
    ),
    (
        b"#coding:utf-16-be\x0a\xd8\x01\xdc",
        Err(("invalid character '⍣' (U+2363)", 1, 1, 1, 1)),
    ),
    (
        b"#coding:utf-16-be\x0a\xd8",
        Err((
            "'utf-16-be' codec can't decode bytes in position 18-19: unexpected end of data",
            0,
            -1,
            N,
            N,
        )),
    ),
    (
        b"#coding:utf-16\x0d\x0aab",
        Err(("invalid non-printable character U+0A62", 1, 9, 1, 9)),
    ),
    (
        b"\xef\xbb\xbf# coding: utf-16\x0a",
        Err(("encoding problem: utf-16 with BOM", 1, 0, 1, 16)),
    ),
    (
        b"# coding: rot13\x0ax = 1\x0a",
        Err((
            "'rot13' is not a text encoding; use codecs.decode() to handle arbitrary codecs",
            0,
            -1,
            N,
            N,
        )),
    ),
    (
        b"# coding: rot-13\x0ax = 1\x0a",
        Err((
            "'rot-13' is not a text encoding; use codecs.decode() to handle arbitrary codecs",
            0,
            -1,
            N,
            N,
        )),
    ),
    (
        b"# coding: Rot13\x0ax = 1\x0a",
        Err((
            "'Rot13' is not a text encoding; use codecs.decode() to handle arbitrary codecs",
            0,
            -1,
            N,
            N,
        )),
    ),
    (
        b"# coding: rot13_codec\x0ax = 1\x0a",
        Err(("unknown encoding: rot13_codec", 0, -1, N, N)),
    ),
    (
        b"# coding: hex\x0ax = 1\x0a",
        Err((
            "'hex' is not a text encoding; use codecs.decode() to handle arbitrary codecs",
            0,
            -1,
            N,
            N,
        )),
    ),
    (
        b"# coding: hex-codec\x0ax = 1\x0a",
        Err((
            "'hex-codec' is not a text encoding; use codecs.decode() to handle arbitrary codecs",
            0,
            -1,
            N,
            N,
        )),
    ),
    (
        b"# coding: base64\x0ax = 1\x0a",
        Err((
            "'base64' is not a text encoding; use codecs.decode() to handle arbitrary codecs",
            0,
            -1,
            N,
            N,
        )),
    ),
    (
        b"# coding: base_64\x0ax = 1\x0a",
        Err((
            "'base_64' is not a text encoding; use codecs.decode() to handle arbitrary codecs",
            0,
            -1,
            N,
            N,
        )),
    ),
    (
        b"# coding: zlib\x0ax = 1\x0a",
        Err((
            "'zlib' is not a text encoding; use codecs.decode() to handle arbitrary codecs",
            0,
            -1,
            N,
            N,
        )),
    ),
    (
        b"# coding: zip\x0ax = 1\x0a",
        Err((
            "'zip' is not a text encoding; use codecs.decode() to handle arbitrary codecs",
            0,
            -1,
            N,
            N,
        )),
    ),
    (
        b"# coding: bz2_codec\x0ax = 1\x0a",
        Err((
            "'bz2_codec' is not a text encoding; use codecs.decode() to handle arbitrary codecs",
            0,
            -1,
            N,
            N,
        )),
    ),
    (
        b"# coding: uu\x0ax = 1\x0a",
        Err((
            "'uu' is not a text encoding; use codecs.decode() to handle arbitrary codecs",
            0,
            -1,
            N,
            N,
        )),
    ),
    (
        b"# coding: quopri\x0ax = 1\x0a",
        Err((
            "'quopri' is not a text encoding; use codecs.decode() to handle arbitrary codecs",
            0,
            -1,
            N,
            N,
        )),
    ),
    (
        b"# coding: quotedprintable\x0ax = 1\x0a",
        Err((
            "'quotedprintable' is not a text encoding; use codecs.decode() to handle arbitrary codecs",
            0,
            -1,
            N,
            N,
        )),
    ),
    (
        b"# coding: undefined\x0ax = 1\x0a",
        Err(("undefined encoding", 0, -1, N, N)),
    ),
    (
        b"# coding: utf-8-sig\x0ax = 1\x0a",
        Ok(
            "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=1)], value=Constant(value=1, lineno=2, col_offset=4, end_lineno=2, end_col_offset=5), lineno=2, col_offset=0, end_lineno=2, end_col_offset=5)])",
        ),
    ),
    (
        b"#!/usr/bin/python\x0a# vim: set fileencoding=rot_13 :\x0ax = 1\x0a",
        Err((
            "'rot_13' is not a text encoding; use codecs.decode() to handle arbitrary codecs",
            0,
            -1,
            N,
            N,
        )),
    ),
    (b"# -*- coding: euc-jp -*-\x0ax = '\xa4\xb3\xa4\xf3'\x0a", Ok("Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=1)], value=Constant(value='こん', lineno=2, col_offset=4, end_lineno=2, end_col_offset=12), lineno=2, col_offset=0, end_lineno=2, end_col_offset=12)])")),
    (b"# coding: eucjp\x0as = '\x8e\xb1\xc6\xfc\xcb\xdc\xb8\xec\xc9\xbd'  # \x8e\xb6\x8e\xc5\x0a", Ok("Module(body=[Assign(targets=[Name(id='s', ctx=Store(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=1)], value=Constant(value='ｱ日本語表', lineno=2, col_offset=4, end_lineno=2, end_col_offset=21), lineno=2, col_offset=0, end_lineno=2, end_col_offset=21)])")),
    (b"# coding: ujis\x0ax = '\x8f\xb0\xa1'\x0a", Ok("Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=1)], value=Constant(value='丂', lineno=2, col_offset=4, end_lineno=2, end_col_offset=9), lineno=2, col_offset=0, end_lineno=2, end_col_offset=9)])")),
    (b"# coding: euc_jp\x0ax = '\xa4\x0a'\x0a", Err(("'euc_jp' codec can't decode byte 0xa4 in position 22: illegal multibyte sequence", 0, -1, N, N))),
    (b"# coding: euc_jp\x0ax = '\xa9\xa1'\x0a", Err(("'euc_jp' codec can't decode byte 0xa9 in position 22: illegal multibyte sequence", 0, -1, N, N))),
    (b"# coding: euc_jp\x0ax = '\x8e\xe0'\x0a", Err(("'euc_jp' codec can't decode byte 0x8e in position 22: illegal multibyte sequence", 0, -1, N, N))),
    (b"# coding: euc_jp\x0ax = '\x8f\xa1\xa1'\x0a", Err(("'euc_jp' codec can't decode byte 0x8f in position 22: illegal multibyte sequence", 0, -1, N, N))),
    (b"# coding: euc_jp\x0ax = 1\x0a\x8f\x0a", Err(("'euc_jp' codec can't decode bytes in position 23-24: incomplete multibyte sequence", 0, -1, N, N))),
    (b"# coding: euc_jp\x0a\x80\xa1", Err(("'euc_jp' codec can't decode byte 0x80 in position 17: illegal multibyte sequence", 0, -1, N, N))),
    (b"# coding: euc_jp\x0a\xa4\xb3 = 1\x0a", Ok("Module(body=[Assign(targets=[Name(id='こ', ctx=Store(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=3)], value=Constant(value=1, lineno=2, col_offset=6, end_lineno=2, end_col_offset=7), lineno=2, col_offset=0, end_lineno=2, end_col_offset=7)])")),
    (b"# coding: euc_jp\x0ax = 1 \xa1\xa1\x0a", Err(("invalid non-printable character U+3000", 2, 7, 2, 7))),
    (b"# coding: shift_jis\x0ax = '\x93\xfa\x96{\x8c\xea\xb1'\x0a", Ok("Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=1)], value=Constant(value='日本語ｱ', lineno=2, col_offset=4, end_lineno=2, end_col_offset=18), lineno=2, col_offset=0, end_lineno=2, end_col_offset=18)])")),
    (b"# coding: sjis\x0ax = '\x83J\x83i'\x0a", Ok("Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=1)], value=Constant(value='カナ', lineno=2, col_offset=4, end_lineno=2, end_col_offset=12), lineno=2, col_offset=0, end_lineno=2, end_col_offset=12)])")),
    (b"# coding: cp932\x0ax = '\x87@\x81`'\x0a", Ok("Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=1)], value=Constant(value='①～', lineno=2, col_offset=4, end_lineno=2, end_col_offset=12), lineno=2, col_offset=0, end_lineno=2, end_col_offset=12)])")),
    (b"# coding: windows-31j\x0ax = '\xee\xe0'\x0a", Ok("Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=1)], value=Constant(value='髙', lineno=2, col_offset=4, end_lineno=2, end_col_offset=9), lineno=2, col_offset=0, end_lineno=2, end_col_offset=9)])")),
    (b"# coding: gbk\x0ax = '\xd6\xd0\xce\xc4\xd7\xd6'\x0a", Ok("Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=1)], value=Constant(value='中文字', lineno=2, col_offset=4, end_lineno=2, end_col_offset=15), lineno=2, col_offset=0, end_lineno=2, end_col_offset=15)])")),
    (b"# coding: cp936\x0ax = '\x81G'\x0a", Ok("Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=1)], value=Constant(value='丟', lineno=2, col_offset=4, end_lineno=2, end_col_offset=9), lineno=2, col_offset=0, end_lineno=2, end_col_offset=9)])")),
    (b"# coding: gb2312\x0ax = '\xba\xba\xd7\xd6'\x0a", Ok("Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=1)], value=Constant(value='汉字', lineno=2, col_offset=4, end_lineno=2, end_col_offset=12), lineno=2, col_offset=0, end_lineno=2, end_col_offset=12)])")),
    (b"# coding: euc-cn\x0ax = '\xbc\xf2\xcc\xe5'\x0a", Ok("Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=1)], value=Constant(value='简体', lineno=2, col_offset=4, end_lineno=2, end_col_offset=12), lineno=2, col_offset=0, end_lineno=2, end_col_offset=12)])")),
    (b"# coding: big5\x0ax = '\xa4\xa4\xa4\xe5'\x0a", Ok("Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=1)], value=Constant(value='中文', lineno=2, col_offset=4, end_lineno=2, end_col_offset=12), lineno=2, col_offset=0, end_lineno=2, end_col_offset=12)])")),
    (b"# coding: big5-tw\x0ax = '\xc1c\xc5\xe9'\x0a", Ok("Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=1)], value=Constant(value='繁體', lineno=2, col_offset=4, end_lineno=2, end_col_offset=12), lineno=2, col_offset=0, end_lineno=2, end_col_offset=12)])")),
    (b"# coding: cp950\x0ax = '\xf9\xd6'\x0a", Ok("Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=1)], value=Constant(value='碁', lineno=2, col_offset=4, end_lineno=2, end_col_offset=9), lineno=2, col_offset=0, end_lineno=2, end_col_offset=9)])")),
    (b"# coding: cp949\x0ax = '\xc7\xd1\xb1\xb9\xbe\xee'\x0a", Ok("Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=1)], value=Constant(value='한국어', lineno=2, col_offset=4, end_lineno=2, end_col_offset=15), lineno=2, col_offset=0, end_lineno=2, end_col_offset=15)])")),
    (b"# coding: uhc\x0ax = '\x8cc'\x0a", Ok("Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=1)], value=Constant(value='똠', lineno=2, col_offset=4, end_lineno=2, end_col_offset=9), lineno=2, col_offset=0, end_lineno=2, end_col_offset=9)])")),
    (b"# coding: johab\x0ax = '\xd0e\x8bi'\x0a", Ok("Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=1)], value=Constant(value='한글', lineno=2, col_offset=4, end_lineno=2, end_col_offset=12), lineno=2, col_offset=0, end_lineno=2, end_col_offset=12)])")),
    (b"# coding: shift_jis\x0ax = '\x81'", Err(("'shift_jis' codec can't decode byte 0x81 in position 25: illegal multibyte sequence", 0, -1, N, N))),
    (b"# coding: shift_jis\x0ax = '\xa0'\x0a", Err(("'shift_jis' codec can't decode byte 0xa0 in position 25: illegal multibyte sequence", 0, -1, N, N))),
    (b"# coding: shift_jis\x0ax = '\x81\x7f'\x0a", Err(("'shift_jis' codec can't decode byte 0x81 in position 25: illegal multibyte sequence", 0, -1, N, N))),
    (b"# coding: shift_jis\x0a\xa8 = 1\x0a", Ok("Module(body=[Assign(targets=[Name(id='ィ', ctx=Store(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=3)], value=Constant(value=1, lineno=2, col_offset=6, end_lineno=2, end_col_offset=7), lineno=2, col_offset=0, end_lineno=2, end_col_offset=7)])")),
    (b"# coding: gbk\x0ax = 1\x0a\x81\x0a", Err(("'gbk' codec can't decode byte 0x81 in position 20: illegal multibyte sequence", 0, -1, N, N))),
    (b"# coding: gbk\x0a\x81", Err(("'gbk' codec can't decode byte 0x81 in position 14: illegal multibyte sequence", 0, -1, N, N))),
    (b"# coding: gbk\x0ax = '\xff\xa1'\x0a", Err(("'gbk' codec can't decode byte 0xff in position 19: illegal multibyte sequence", 0, -1, N, N))),
    (b"# coding: big5\x0ax = '\xa10'\x0a", Err(("'big5' codec can't decode byte 0xa1 in position 20: illegal multibyte sequence", 0, -1, N, N))),
    (b"# coding: cp949\x0ax = '\xc9\xa1'\x0a", Err(("'cp949' codec can't decode byte 0xc9 in position 21: illegal multibyte sequence", 0, -1, N, N))),
    (b"# coding: johab\x0ax = '\x84 '\x0a", Err(("'johab' codec can't decode byte 0x84 in position 21: illegal multibyte sequence", 0, -1, N, N))),
    (b"# coding: cp932\x0ax = '\x80'\x0a", Ok("Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=1)], value=Constant(value='\\x80', lineno=2, col_offset=4, end_lineno=2, end_col_offset=8), lineno=2, col_offset=0, end_lineno=2, end_col_offset=8)])")),
    (b"# coding: gb2312\x0ax = '\xa1@'\x0a", Err(("'gb2312' codec can't decode byte 0xa1 in position 22: illegal multibyte sequence", 0, -1, N, N))),
    (b"# coding: x-mac-japanese\x0ax = '\x82\xa0'\x0a", Ok("Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=1)], value=Constant(value='あ', lineno=2, col_offset=4, end_lineno=2, end_col_offset=9), lineno=2, col_offset=0, end_lineno=2, end_col_offset=9)])")),
    (b"# coding: cp037\x0a\xa7@~@\xf1%", Err(("invalid non-printable character U+0083", 1, 1, 1, 1))),
    (b"# coding: cp037\x0ax = 1\x0a", Err(("invalid non-printable character U+0083", 1, 1, 1, 1))),
    (b"# coding: cp424\x0ap", Err(("'charmap' codec can't decode byte 0x70 in position 11: character maps to <undefined>", 0, -1, N, N))),
    (b"# coding: palmos\x0ax = '\x80\xa4'\x0a", Ok("Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=1)], value=Constant(value='€¤', lineno=2, col_offset=4, end_lineno=2, end_col_offset=11), lineno=2, col_offset=0, end_lineno=2, end_col_offset=11)])")),
    (b"# coding: cp864\x0ax = '\xa4%'\x0a", Ok("Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=1)], value=Constant(value='¤٪', lineno=2, col_offset=4, end_lineno=2, end_col_offset=10), lineno=2, col_offset=0, end_lineno=2, end_col_offset=10)])")),
    (b"# coding: ibm864\x0ax = '\xa6'\x0a", Err(("'charmap' codec can't decode byte 0xa6 in position 22: character maps to <undefined>", 0, -1, N, N))),
    (b"# coding: cp856\x0ax = '\xa4'\x0a", Err(("'charmap' codec can't decode byte 0xa4 in position 21: character maps to <undefined>", 0, -1, N, N))),
    (b"# coding: charmap\x0ax = '\xe9\x85'\x0a", Ok("Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=1)], value=Constant(value='é\\x85', lineno=2, col_offset=4, end_lineno=2, end_col_offset=10), lineno=2, col_offset=0, end_lineno=2, end_col_offset=10)])")),
    (b"# coding: ebcdic-cp-us\x0a%", Err(("invalid non-printable character U+0083", 1, 1, 1, 1))),
    (b"# coding: euc-kr\x0ax = '\xc7\xd1\xb1\xb9\xbe\xee'\x0a", Ok("Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=1)], value=Constant(value='한국어', lineno=2, col_offset=4, end_lineno=2, end_col_offset=15), lineno=2, col_offset=0, end_lineno=2, end_col_offset=15)])")),
    (b"# coding: euckr\x0ax = '\xa4\xd4\xa4\xa1\xa4\xbf\xa4\xd4'\x0a", Ok("Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=1)], value=Constant(value='가', lineno=2, col_offset=4, end_lineno=2, end_col_offset=9), lineno=2, col_offset=0, end_lineno=2, end_col_offset=9)])")),
    (b"# coding: ks_c_5601\x0ax = '\xa4\xd4\xa4\xa1\xa4\xbf\xa4\xa2'\x0a", Ok("Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=1)], value=Constant(value='갂', lineno=2, col_offset=4, end_lineno=2, end_col_offset=9), lineno=2, col_offset=0, end_lineno=2, end_col_offset=9)])")),
    (b"# coding: euc_kr\x0ax = '\xa4\xd4\xa4\xa3\xa4\xbf\xa4\xd4'\x0a", Err(("'euc_kr' codec can't decode byte 0xa4 in position 22: illegal multibyte sequence", 0, -1, N, N))),
    (b"# coding: euc_kr\x0ax = '\xa4\xd4\xa4\xa1\xa4\xd4\xa4\xd4'\x0a", Err(("'euc_kr' codec can't decode byte 0xa4 in position 22: illegal multibyte sequence", 0, -1, N, N))),
    (b"# coding: euc_kr\x0ax = '\xa4\xd4'\x0a", Err(("'euc_kr' codec can't decode bytes in position 22-25: incomplete multibyte sequence", 0, -1, N, N))),
    (b"# coding: euc_kr\x0ax = 1 # \xa4\xd4\xa4\xa1\xa4\x0a", Err(("'euc_kr' codec can't decode bytes in position 25-30: incomplete multibyte sequence", 0, -1, N, N))),
    (b"# coding: euc_kr\x0ax = '\xa4\xd4\xa3\xa1\xa4\xbf\xa4\xd4'\x0a", Err(("'euc_kr' codec can't decode byte 0xa4 in position 22: illegal multibyte sequence", 0, -1, N, N))),
    (b"# coding: euc_kr\x0ax = '\xc9\xa1'\x0a", Err(("'euc_kr' codec can't decode byte 0xc9 in position 22: illegal multibyte sequence", 0, -1, N, N))),
    (b"# coding: raw_unicode_escape\x0ax = 1 # \x5cuD800", Err(("'utf-8' codec can't encode character '\\ud800' in position 37: surrogates not allowed", 0, -1, N, N))),
    (b"# coding: raw_unicode_escape\x0ax = 1 # \x5cu0000 y", Ok("Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=1)], value=Constant(value=1, lineno=2, col_offset=4, end_lineno=2, end_col_offset=5), lineno=2, col_offset=0, end_lineno=2, end_col_offset=5)])")),
    (b"# coding: raw_unicode_escape\x0ax = \x5cu0031", Ok("Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=1)], value=Constant(value=1, lineno=2, col_offset=4, end_lineno=2, end_col_offset=5), lineno=2, col_offset=0, end_lineno=2, end_col_offset=5)])")),
    (b"# coding: raw_unicode_escape\x0ax = \x5cu00", Err(("'rawunicodeescape' codec can't decode bytes in position 33-36: truncated \\uXXXX escape", 0, -1, N, N))),
    (b"# coding: raw_unicode_escape\x0ax = 1 #\x5c\x5cu00", Ok("Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=1)], value=Constant(value=1, lineno=2, col_offset=4, end_lineno=2, end_col_offset=5), lineno=2, col_offset=0, end_lineno=2, end_col_offset=5)])")),
    (b"# coding: raw_unicode_escape\x0ax = 1 #\x5cU00110000", Err(("'rawunicodeescape' codec can't decode bytes in position 36-45: \\Uxxxxxxxx out of range", 0, -1, N, N))),
    (b"# coding: raw_unicode_escape\x0ax = \x5c", Err(("unexpected EOF while parsing", 2, 6, 2, -1))),
    (b"# coding: raw_unicode_escape\x0ax = 1 # \x5cuDC00\x5cuD800", Err(("'utf-8' codec can't encode characters in position 37-38: surrogates not allowed", 0, -1, N, N))),
    (b"# coding: raw_unicode_escape\x0ax = 1 #\xe9\xff", Ok("Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=1)], value=Constant(value=1, lineno=2, col_offset=4, end_lineno=2, end_col_offset=5), lineno=2, col_offset=0, end_lineno=2, end_col_offset=5)])")),
    (b"# coding: raw_unicode_escape\x0ax = '\x5cu00e9\x5cU0001F600'", Ok("Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=1)], value=Constant(value='é😀', lineno=2, col_offset=4, end_lineno=2, end_col_offset=12), lineno=2, col_offset=0, end_lineno=2, end_col_offset=12)])")),
    (b"# coding: raw_unicode_escape\x0ax = '\x5c\x5cu00e9'", Ok("Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=1)], value=Constant(value='\\\\u00e9', lineno=2, col_offset=4, end_lineno=2, end_col_offset=13), lineno=2, col_offset=0, end_lineno=2, end_col_offset=13)])")),
    (b"# coding: raw_unicode_escape\x0ax = '\x5c\x5c\x5cu00e9'", Ok("Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=1)], value=Constant(value='\\\\é', lineno=2, col_offset=4, end_lineno=2, end_col_offset=10), lineno=2, col_offset=0, end_lineno=2, end_col_offset=10)])")),
    (b"# coding: raw_unicode_escape\x0ax = \x5cU0011", Err(("'rawunicodeescape' codec can't decode bytes in position 33-38: truncated \\UXXXXXXXX escape", 0, -1, N, N))),
    (b"# coding: raw_unicode_escape\x0ax = 1 # \x5cu0000\x0a  y", Ok("Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=1)], value=Constant(value=1, lineno=2, col_offset=4, end_lineno=2, end_col_offset=5), lineno=2, col_offset=0, end_lineno=2, end_col_offset=5)])")),
    (b"# coding: big5hkscs\x0ax = '\x88b\x88d\x87@\x88\xa3\x88\xa5'\x0a", Ok("Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=1)], value=Constant(value='Ê̄Ê̌䏰ê̄ê̌', lineno=2, col_offset=4, end_lineno=2, end_col_offset=25), lineno=2, col_offset=0, end_lineno=2, end_col_offset=25)])")),
    (b"# coding: hkscs\x0ax = '\xa4\xa4'\x0a", Ok("Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=1)], value=Constant(value='中', lineno=2, col_offset=4, end_lineno=2, end_col_offset=9), lineno=2, col_offset=0, end_lineno=2, end_col_offset=9)])")),
    (b"# coding: big5-hkscs\x0ax = '\x80@'\x0a", Err(("'big5hkscs' codec can't decode byte 0x80 in position 26: illegal multibyte sequence", 0, -1, N, N))),
    (b"# coding: big5hkscs\x0ax = '\x88c'\x0a", Ok("Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=1)], value=Constant(value='Ế', lineno=2, col_offset=4, end_lineno=2, end_col_offset=9), lineno=2, col_offset=0, end_lineno=2, end_col_offset=9)])")),
    (b"# coding: gb18030\x0ax = 1\x0a", Ok("Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=1)], value=Constant(value=1, lineno=2, col_offset=4, end_lineno=2, end_col_offset=5), lineno=2, col_offset=0, end_lineno=2, end_col_offset=5)])")),
    (b"# coding: gb18030\x0a\xd6\xd0\xce\xc4 = '\xa2\xe3\xa8\xa6\x949\xfc6\xe32\x9a5\x841\xa49\x810\x810'\x0a", Ok("Module(body=[Assign(targets=[Name(id='中文', ctx=Store(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=6)], value=Constant(value='€é😀\\U0010ffff\\uffff\\x80', lineno=2, col_offset=9, end_lineno=2, end_col_offset=29), lineno=2, col_offset=0, end_lineno=2, end_col_offset=29)])")),
    (b"# coding: gb18030-2000\x0ax = '\x810\x810\xa1@\xfeP'\x0a", Ok("Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=1)], value=Constant(value='\\x80\\ue4c6⺁', lineno=2, col_offset=4, end_lineno=2, end_col_offset=14), lineno=2, col_offset=0, end_lineno=2, end_col_offset=14)])")),
    (b"# coding: GB18030\x0ax = '\x841\xa50'\x0a", Err(("'gb18030' codec can't decode byte 0x84 in position 23: illegal multibyte sequence", 0, -1, N, N))),
    (b"# coding: gb18030\x0ax = '\x850\x810'\x0a", Err(("'gb18030' codec can't decode byte 0x85 in position 23: illegal multibyte sequence", 0, -1, N, N))),
    (b"# coding: gb18030\x0ax = '\xe32\x9a6'\x0a", Err(("'gb18030' codec can't decode byte 0xe3 in position 23: illegal multibyte sequence", 0, -1, N, N))),
    (b"# coding: gb18030\x0ax = 1 # \x810\x81", Err(("'gb18030' codec can't decode byte 0x81 in position 26: illegal multibyte sequence", 0, -1, N, N))),
    (b"# coding: gb18030\x0ax = 1 # \x810", Err(("'gb18030' codec can't decode bytes in position 26-28: incomplete multibyte sequence", 0, -1, N, N))),
    (b"# coding: gb18030\x0ax = 1 # \x80", Err(("'gb18030' codec can't decode byte 0x80 in position 26: illegal multibyte sequence", 0, -1, N, N))),
    (b"# coding: gb18030\x0ax = '\x81\x7f'\x0a", Err(("'gb18030' codec can't decode byte 0x81 in position 23: illegal multibyte sequence", 0, -1, N, N))),
    (b"# coding: gb18030\x0ax = '\x810\x81)'\x0a", Err(("'gb18030' codec can't decode byte 0x81 in position 23: illegal multibyte sequence", 0, -1, N, N))),
    (b"# coding: utf-7\x0ax = 1\x0a", Ok("Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=1)], value=Constant(value=1, lineno=2, col_offset=4, end_lineno=2, end_col_offset=5), lineno=2, col_offset=0, end_lineno=2, end_col_offset=5)])")),
    (b"# coding: utf-7\x0a+AOk-t+AOk = '+ZeVnLA +-+2D3eAA'\x0a", Ok("Module(body=[Assign(targets=[Name(id='été', ctx=Store(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=5)], value=Constant(value='日本 +😀', lineno=2, col_offset=8, end_lineno=2, end_col_offset=22), lineno=2, col_offset=0, end_lineno=2, end_col_offset=22)])")),
    (b"# coding: utf7\x0ax = '+AOkA6Q-+-'\x0ay = '+2D3cAA-'\x0a", Ok("Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=1)], value=Constant(value='éé+', lineno=2, col_offset=4, end_lineno=2, end_col_offset=11), lineno=2, col_offset=0, end_lineno=2, end_col_offset=11), Assign(targets=[Name(id='y', ctx=Store(), lineno=3, col_offset=0, end_lineno=3, end_col_offset=1)], value=Constant(value='🐀', lineno=3, col_offset=4, end_lineno=3, end_col_offset=10), lineno=3, col_offset=0, end_lineno=3, end_col_offset=10)])")),
    (b"# coding: u7\x0ax = 1 +\x0a", Err(("'utf7' codec can't decode bytes in position 19-20: ill-formed sequence", 0, -1, N, N))),
    (b"# coding: utf-7\x0ax = '\xe9'\x0a", Err(("'utf7' codec can't decode byte 0xe9 in position 21: unexpected special character", 0, -1, N, N))),
    (b"# coding: utf-7\x0ax = '+AGEx-'\x0a", Err(("'utf7' codec can't decode bytes in position 21-26: partial character in shift sequence", 0, -1, N, N))),
    (b"# coding: utf-7\x0ax = '+2D3-'\x0a", Err(("'utf7' codec can't decode bytes in position 21-25: non-zero padding bits in shift sequence", 0, -1, N, N))),
    (b"# coding: utf-7\x0ax = '+2D0-'\x0a", Err(("'utf-8' codec can't encode character '\\ud83d' in position 21: surrogates not allowed", 0, -1, N, N))),
    (b"# coding: unicode-1-1-utf-7\x0ax = '+3AA-+2D0-'\x0a", Err(("'utf-8' codec can't encode characters in position 33-34: surrogates not allowed", 0, -1, N, N))),
    (b"# coding: utf-7\x0ax = 1 # +AAA-\x0ay = 2\x0a", Ok("Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=1)], value=Constant(value=1, lineno=2, col_offset=4, end_lineno=2, end_col_offset=5), lineno=2, col_offset=0, end_lineno=2, end_col_offset=5)])")),
    (b"# coding: utf-7\x0ax = 1 # +AA0 y\x0a", Err(("unexpected indent", 3, 1, 3, -1))),
    (b"# coding: utf-7\x0ax = 1+AA0-y = 2\x0a", Ok("Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=1)], value=Constant(value=1, lineno=2, col_offset=4, end_lineno=2, end_col_offset=5), lineno=2, col_offset=0, end_lineno=2, end_col_offset=5), Assign(targets=[Name(id='y', ctx=Store(), lineno=3, col_offset=0, end_lineno=3, end_col_offset=1)], value=Constant(value=2, lineno=3, col_offset=4, end_lineno=3, end_col_offset=5), lineno=3, col_offset=0, end_lineno=3, end_col_offset=5)])")),
    (b"# coding: unicode_escape\x0ax = 1\x0a", Ok("Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=1)], value=Constant(value=1, lineno=2, col_offset=4, end_lineno=2, end_col_offset=5), lineno=2, col_offset=0, end_lineno=2, end_col_offset=5)])")),
    (b"# coding: unicode-escape\x0a\xe9t\xe9 = '\x5cu65e5\x5cU0001F600\x5cN{BULLET}\x5cx41\x5c101\x5cn'\x0a", Err(("unterminated string literal (detected at line 2)", 2, 7, 2, 7))),
    (b"# coding: unicode_escape\x0ax = 1\x5cny = '\x5cN{latin small letter a}'\x5cr\x5cnz = \x5c\x0a3\x0a", Ok("Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=1)], value=Constant(value=1, lineno=2, col_offset=4, end_lineno=2, end_col_offset=5), lineno=2, col_offset=0, end_lineno=2, end_col_offset=5), Assign(targets=[Name(id='y', ctx=Store(), lineno=3, col_offset=0, end_lineno=3, end_col_offset=1)], value=Constant(value='a', lineno=3, col_offset=4, end_lineno=3, end_col_offset=7), lineno=3, col_offset=0, end_lineno=3, end_col_offset=7), Assign(targets=[Name(id='z', ctx=Store(), lineno=4, col_offset=0, end_lineno=4, end_col_offset=1)], value=Constant(value=3, lineno=4, col_offset=4, end_lineno=4, end_col_offset=5), lineno=4, col_offset=0, end_lineno=4, end_col_offset=5)])")),
    (b"# coding: unicode_escape\x0ax = '''a\x5cr\x5crb'''\x0a", Ok("Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=1)], value=Constant(value='a\\n\\nb', lineno=2, col_offset=4, end_lineno=4, end_col_offset=4), lineno=2, col_offset=0, end_lineno=4, end_col_offset=4)])")),
    (b"# coding: unicode_escape\x0ax = 1 # a\x5cr b\x0a", Err(("unexpected indent", 3, 1, 3, -1))),
    (b"# coding: unicode_escape\x0ax = 1 # \x5cx0\x0a", Err(("'unicodeescape' codec can't decode bytes in position 33-35: truncated \\xXX escape", 0, -1, N, N))),
    (b"# coding: unicode_escape\x0ax = '\x5cu12'\x0a", Err(("'unicodeescape' codec can't decode bytes in position 30-33: truncated \\uXXXX escape", 0, -1, N, N))),
    (b"# coding: unicode_escape\x0ax = '\x5cU00110000'\x0a", Err(("'unicodeescape' codec can't decode bytes in position 30-39: illegal Unicode character", 0, -1, N, N))),
    (b"# coding: unicode_escape\x0ax = '\x5cN{NO SUCH NAME}'\x0a", Err(("'unicodeescape' codec can't decode bytes in position 30-45: unknown Unicode character name", 0, -1, N, N))),
    (b"# coding: unicode_escape\x0ax = '\x5cN{}'\x0a", Err(("'unicodeescape' codec can't decode bytes in position 30-32: malformed \\N character escape", 0, -1, N, N))),
    (b"# coding: unicode_escape\x0ax = '\x5cNx'\x0a", Err(("'unicodeescape' codec can't decode bytes in position 30-31: malformed \\N character escape", 0, -1, N, N))),
    (b"# coding: unicode_escape\x0ax = '\x5cN{BULLET'", Err(("'unicodeescape' codec can't decode bytes in position 30-40: malformed \\N character escape", 0, -1, N, N))),
    (b"# coding: unicode_escape\x0ax = '\x5cud800'\x0a", Err(("'utf-8' codec can't encode character '\\ud800' in position 30: surrogates not allowed", 0, -1, N, N))),
    (b"# coding: unicode_escape\x0ax = 1 # \x5c0 y\x0a", Ok("Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=1)], value=Constant(value=1, lineno=2, col_offset=4, end_lineno=2, end_col_offset=5), lineno=2, col_offset=0, end_lineno=2, end_col_offset=5)])")),
    (b"# coding: unicode_escape\x0ax = 1 # \x5cq\x5c777\x0a", Ok("Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=1)], value=Constant(value=1, lineno=2, col_offset=4, end_lineno=2, end_col_offset=5), lineno=2, col_offset=0, end_lineno=2, end_col_offset=5)])")),
    (b"# coding: unicode_escape\x0ax = 1 # \x5c", Ok("Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=1)], value=Constant(value=1, lineno=2, col_offset=4, end_lineno=2, end_col_offset=5), lineno=2, col_offset=0, end_lineno=2, end_col_offset=5)])")),
    (b"# coding: punycode\x0ax = 1\x0a", Err(("'punycode' codec can't decode byte 0x23 in position 0: Invalid extended code point '35'", 0, -1, N, N))),
    (b"# coding: punycode\x0ax = 1 #-abc\x0a", Err(("'punycode' codec can't decode byte 0x0a in position 30: Invalid extended code point '10'", 0, -1, N, N))),
    (b"# coding: punycode\x0ax = 1 \xe9#-a\x0a", Err(("'ascii' codec can't decode byte 0xe9 in position 25: ordinal not in range(128)", 0, -1, N, N))),
    (b"# coding: punycode\x0ax = 1 #-\xe9\x0a", Err(("'punycode' codec can't decode byte 0xe9 in position 27: Invalid extended code point '233'", 0, -1, N, N))),
    (b"#\x0a# coding: punycode\x0a-9999a\x0a", Err(("'punycode' codec can't decode byte 0x0a in position 27: Invalid extended code point '10'", 0, -1, N, N))),
    (b"#\x0a# coding: punycode\x0aabc-99999zZa0\x0a", Err(("'punycode' codec can't decode bytes in position 35385409-35385409: Invalid character U+159977", 0, -1, N, N))),
    (b"# coding: hz\x0ax = 1\x0a", Ok("Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=1)], value=Constant(value=1, lineno=2, col_offset=4, end_lineno=2, end_col_offset=5), lineno=2, col_offset=0, end_lineno=2, end_col_offset=5)])")),
    (b"# coding: hz-gb-2312\x0ax = '~{<:Ky!~}' # ~~\x0a", Err(("'hz' codec can't decode byte 0x7d in position 34: illegal multibyte sequence", 0, -1, N, N))),
    (b"# coding: hzgb\x0ax = '~{<:~\x0a}'\x0a", Err(("'hz' codec can't decode byte 0x7e in position 24: illegal multibyte sequence", 0, -1, N, N))),
    (b"# coding: hz\x0ax = 1 ~\x0a+ 2\x0a", Ok("Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=1)], value=BinOp(left=Constant(value=1, lineno=2, col_offset=4, end_lineno=2, end_col_offset=5), op=Add(), right=Constant(value=2, lineno=2, col_offset=8, end_lineno=2, end_col_offset=9), lineno=2, col_offset=4, end_lineno=2, end_col_offset=9), lineno=2, col_offset=0, end_lineno=2, end_col_offset=9)])")),
    (b"# coding: hz\x0ax = '~x'\x0a", Err(("'hz' codec can't decode byte 0x7e in position 18: illegal multibyte sequence", 0, -1, N, N))),
    (b"# coding: hz\x0ax = '~{!!'\x0a", Err(("'hz' codec can't decode byte 0x27 in position 22: illegal multibyte sequence", 0, -1, N, N))),
    (b"# coding: hz\x0ax = '\x80'\x0a", Err(("'hz' codec can't decode byte 0x80 in position 18: illegal multibyte sequence", 0, -1, N, N))),
    (b"# coding: hz-gb\x0ax = '~{\xa1\xa1~}'\x0a", Err(("'hz' codec can't decode byte 0xa1 in position 23: illegal multibyte sequence", 0, -1, N, N))),
    (b"# coding: hz\x0ax = 1 # ~", Ok("Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=1)], value=Constant(value=1, lineno=2, col_offset=4, end_lineno=2, end_col_offset=5), lineno=2, col_offset=0, end_lineno=2, end_col_offset=5)])")),
    (b"# coding: hz\x0ax = 1 # ~{!", Err(("'hz' codec can't decode byte 0x21 in position 23: illegal multibyte sequence", 0, -1, N, N))),
    (b"# coding: euc_jis_2004\x0ax = 1\x0a", Ok("Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=1)], value=Constant(value=1, lineno=2, col_offset=4, end_lineno=2, end_col_offset=5), lineno=2, col_offset=0, end_lineno=2, end_col_offset=5)])")),
    (b"# coding: euc_jis_2004\x0a\xa4\xf7 = '\xae\xa1\x8f\xa1\xa1\xaa\xa2\xa2\xb2\xa1\xc0'\x0a", Ok("Module(body=[Assign(targets=[Name(id='か゚', ctx=Store(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=6)], value=Constant(value='俱𠂉˘～＼', lineno=2, col_offset=9, end_lineno=2, end_col_offset=26), lineno=2, col_offset=0, end_lineno=2, end_col_offset=26)])")),
    (b"# coding: eucjisx0213\x0ax = '\xa4\xf7\x8f\xa1\xa1'\x0a", Ok("Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=1)], value=Constant(value='か゚𠂉', lineno=2, col_offset=4, end_lineno=2, end_col_offset=16), lineno=2, col_offset=0, end_lineno=2, end_col_offset=16)])")),
    (b"# coding: euc_jisx0213\x0ax = '\xae\xa1'\x0a", Err(("'euc_jisx0213' codec can't decode bytes in position 28-29: illegal multibyte sequence", 0, -1, N, N))),
    (b"# coding: jisx0213\x0ax = '\xae\xa1\x8f\xfd\xbb'\x0a", Ok("Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=1)], value=Constant(value='俱鬜', lineno=2, col_offset=4, end_lineno=2, end_col_offset=12), lineno=2, col_offset=0, end_lineno=2, end_col_offset=12)])")),
    (b"# coding: euc_jisx0213\x0ax = '\x8f\xfd\xbb'\x0a", Ok("Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=1)], value=Constant(value='鬝', lineno=2, col_offset=4, end_lineno=2, end_col_offset=9), lineno=2, col_offset=0, end_lineno=2, end_col_offset=9)])")),
    (b"# coding: euc_jis_2004\x0ax = '\x8e\xe0'\x0a", Err(("'euc_jis_2004' codec can't decode byte 0x8e in position 28: illegal multibyte sequence", 0, -1, N, N))),
    (b"# coding: euc_jis_2004\x0ax = 1 # \x8f\xa1", Err(("'euc_jis_2004' codec can't decode byte 0x8f in position 31: illegal multibyte sequence", 0, -1, N, N))),
    (b"# coding: shift_jis_2004\x0a\x82\xf5 = '\x87\x9f\xf0@\x93\xfa\x96{'\x0a", Ok("Module(body=[Assign(targets=[Name(id='か゚', ctx=Store(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=6)], value=Constant(value='俱𠂉日本', lineno=2, col_offset=9, end_lineno=2, end_col_offset=24), lineno=2, col_offset=0, end_lineno=2, end_col_offset=24)])")),
    (b"# coding: sjis_2004\x0ax = '\x81_\x82\xf5'\x0a", Ok("Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=1)], value=Constant(value='\\\\か゚', lineno=2, col_offset=4, end_lineno=2, end_col_offset=13), lineno=2, col_offset=0, end_lineno=2, end_col_offset=13)])")),
    (b"# coding: shift_jis_2004\x0ax = 1 # \x5c\x0a", Ok("Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=1)], value=Constant(value=1, lineno=2, col_offset=4, end_lineno=2, end_col_offset=5), lineno=2, col_offset=0, end_lineno=2, end_col_offset=5)])")),
    (b"# coding: shift_jisx0213\x0ax = '\x87\x9f'\x0a", Err(("'shift_jisx0213' codec can't decode bytes in position 30-31: illegal multibyte sequence", 0, -1, N, N))),
    (b"# coding: s_jisx0213\x0ax = '\x81`\xa1'\x0a", Ok("Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=1)], value=Constant(value='〜｡', lineno=2, col_offset=4, end_lineno=2, end_col_offset=12), lineno=2, col_offset=0, end_lineno=2, end_col_offset=12)])")),
    (b"# coding: shift_jis_2004\x0ax = '\xfc\xfc'\x0a", Err(("'shift_jis_2004' codec can't decode byte 0xfc in position 30: illegal multibyte sequence", 0, -1, N, N))),
    (b"# coding: shift_jis_2004\x0ax = '\x81 '\x0a", Err(("'shift_jis_2004' codec can't decode byte 0x81 in position 30: illegal multibyte sequence", 0, -1, N, N))),
    (b"# coding: shiftjis2004\x0ax = 1 # \x81", Err(("'shift_jis_2004' codec can't decode byte 0x81 in position 31: illegal multibyte sequence", 0, -1, N, N))),
    (b"# coding: euc_jis_2004\x0ax = 1 # \x8f", Err(("'euc_jis_2004' codec can't decode bytes in position 31-32: incomplete multibyte sequence", 0, -1, N, N))),
    (b"# coding: iso2022_jp\x0ax = 1\x0a", Ok("Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=1)], value=Constant(value=1, lineno=2, col_offset=4, end_lineno=2, end_col_offset=5), lineno=2, col_offset=0, end_lineno=2, end_col_offset=5)])")),
    (b"# coding: iso2022_jp\x0a\x1b$BF|K\x5c\x1b(B = '\x1b$B%+%J\x1b(B'\x0ay = '\x1b(J\x5c~\x1b(B' # \x1b$BI=\x1b(B\x0a", Ok("Module(body=[Assign(targets=[Name(id='日本', ctx=Store(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=6)], value=Constant(value='カナ', lineno=2, col_offset=9, end_lineno=2, end_col_offset=17), lineno=2, col_offset=0, end_lineno=2, end_col_offset=17), Assign(targets=[Name(id='y', ctx=Store(), lineno=3, col_offset=0, end_lineno=3, end_col_offset=1)], value=Constant(value='¥‾', lineno=3, col_offset=4, end_lineno=3, end_col_offset=11), lineno=3, col_offset=0, end_lineno=3, end_col_offset=11)])")),
    (b"# coding: csiso2022jp\x0ax = '\x1b$B;z\x0az = 1'\x0a", Err(("'iso2022_jp' codec can't decode bytes in position 33-34: illegal multibyte sequence", 0, -1, N, N))),
    (b"# coding: iso2022_jp\x0ax = '\x1b$B;z\x1b(B'\x0a", Ok("Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=1)], value=Constant(value='字', lineno=2, col_offset=4, end_lineno=2, end_col_offset=9), lineno=2, col_offset=0, end_lineno=2, end_col_offset=9)])")),
    (b"# coding: iso2022_jp\x0ax = '\x1b$B;'\x0a", Err(("unterminated string literal (detected at line 2)", 2, 5, 2, 5))),
    (b"# coding: iso2022_jp\x0ax = '\x1b$(D'\x0a", Err(("'iso2022_jp' codec can't decode bytes in position 26-29: illegal multibyte sequence", 0, -1, N, N))),
    (b"# coding: iso2022_jp\x0ax = '\x1bx\xe9Z'\x0a", Ok("Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=1)], value=Constant(value='\\x1bxéZ', lineno=2, col_offset=4, end_lineno=2, end_col_offset=11), lineno=2, col_offset=0, end_lineno=2, end_col_offset=11)])")),
    (b"# coding: iso2022_jp\x0ax = 1 # \x1b$", Err(("'iso2022_jp' codec can't decode bytes in position 29-31: incomplete multibyte sequence", 0, -1, N, N))),
    (b"# coding: iso2022_jp\x0ax = '\x1b&@\x1b$B;z\x1b(B'\x0a", Ok("Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=1)], value=Constant(value='字', lineno=2, col_offset=4, end_lineno=2, end_col_offset=9), lineno=2, col_offset=0, end_lineno=2, end_col_offset=9)])")),
    (b"# coding: iso2022_jp\x0ax = '\x1b(\x1b(\x1b(\x1b(\x1b(\x1b(\x1b(\x1b(B'\x0a", Err(("'iso2022_jp' codec can't decode byte 0x1b in position 26: illegal multibyte sequence", 0, -1, N, N))),
    (b"# coding: iso2022_jp_1\x0ax = '\x1b$(D0!\x1b$BF|\x1b(B'\x0a", Ok("Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=1)], value=Constant(value='丂日', lineno=2, col_offset=4, end_lineno=2, end_col_offset=12), lineno=2, col_offset=0, end_lineno=2, end_col_offset=12)])")),
    (b"# coding: iso2022_jp_2\x0ax = '\x1b$(D+1\x1b$B&A\x1b$(CGQ\x1b$(A::\x1b$BF|\x1b(B'\x0a", Ok("Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=1)], value=Constant(value='éα한汉日', lineno=2, col_offset=4, end_lineno=2, end_col_offset=19), lineno=2, col_offset=0, end_lineno=2, end_col_offset=19)])")),
    (b"# coding: iso2022_jp_2\x0ax = '\x1b.A\x1bNi\x1bN\xe9'\x0a", Err(("'iso2022_jp_2' codec can't decode bytes in position 34-36: illegal multibyte sequence", 0, -1, N, N))),
    // ESC N under G2 = ISO 8859-7 decodes 0x80 to U+0000 and 0x8D to U+000D:
    // the text ends at the NUL, and the CR ends a line.
    (b"# coding: iso2022_jp_2\x0ax = 1 #\x1b.F\x1bN\x80\x0ay = 2\x0a", Ok("Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=1)], value=Constant(value=1, lineno=2, col_offset=4, end_lineno=2, end_col_offset=5), lineno=2, col_offset=0, end_lineno=2, end_col_offset=5)])")),
    (b"# coding: iso2022_jp_2\x0ax = 1\x1b.F\x1bN\x8dy = 2\x0a", Ok("Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=1)], value=Constant(value=1, lineno=2, col_offset=4, end_lineno=2, end_col_offset=5), lineno=2, col_offset=0, end_lineno=2, end_col_offset=5), Assign(targets=[Name(id='y', ctx=Store(), lineno=3, col_offset=0, end_lineno=3, end_col_offset=1)], value=Constant(value=2, lineno=3, col_offset=4, end_lineno=3, end_col_offset=5), lineno=3, col_offset=0, end_lineno=3, end_col_offset=5)])")),
    (b"# coding: iso2022_jp_2004\x0a\x1b$(Q$w\x1b(B = '\x1b$(P!!\x1b$(Q.!\x1b(B'\x0a", Ok("Module(body=[Assign(targets=[Name(id='か゚', ctx=Store(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=6)], value=Constant(value='𠂉俱', lineno=2, col_offset=9, end_lineno=2, end_col_offset=18), lineno=2, col_offset=0, end_lineno=2, end_col_offset=18)])")),
    (b"# coding: iso2022_jp_3\x0ax = '\x1b$(O.!\x1b(B'\x0a", Err(("'iso2022_jp_3' codec can't decode bytes in position 32-33: illegal multibyte sequence", 0, -1, N, N))),
    (b"# coding: iso2022_jp_3\x0ax = '\x1b$(Q.!\x1b(B'\x0a", Err(("'iso2022_jp_3' codec can't decode bytes in position 28-31: illegal multibyte sequence", 0, -1, N, N))),
    (b"# coding: iso2022_jp_ext\x0ax = '\x1b(I1\x1b$BF|\x1b(B'\x0a", Ok("Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=1)], value=Constant(value='ｱ日', lineno=2, col_offset=4, end_lineno=2, end_col_offset=12), lineno=2, col_offset=0, end_lineno=2, end_col_offset=12)])")),
    (b"# coding: iso2022_kr\x0a\x1b$)C\x0eGQ\x0f = '\x0eGQ19>n\x0f'\x0a", Ok("Module(body=[Assign(targets=[Name(id='한', ctx=Store(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=3)], value=Constant(value='한국어', lineno=2, col_offset=6, end_lineno=2, end_col_offset=17), lineno=2, col_offset=0, end_lineno=2, end_col_offset=17)])")),
    (b"# coding: iso2022_kr\x0ax = '\x1b$)C\x0eGQ\x0ax'\x0a", Err(("unterminated string literal (detected at line 2)", 2, 5, 2, 5))),
    (b"# coding: iso_2022_kr\x0ax = '\x0e'\x0a", Ok("Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=1)], value=Constant(value='', lineno=2, col_offset=4, end_lineno=2, end_col_offset=6), lineno=2, col_offset=0, end_lineno=2, end_col_offset=6)])")),
    (b"# coding: csiso2022kr\x0ax = '\x1b$)C\x0e$T\x0f'\x0a", Ok("Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=1)], value=Constant(value='ㅤ', lineno=2, col_offset=4, end_lineno=2, end_col_offset=9), lineno=2, col_offset=0, end_lineno=2, end_col_offset=9)])")),
    (b"# coding: idna\x0ax = 1\x0a", Ok("Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=1)], value=Constant(value=1, lineno=2, col_offset=4, end_lineno=2, end_col_offset=5), lineno=2, col_offset=0, end_lineno=2, end_col_offset=5)])")),
    (b"# coding: idna\x0ax = a.xn--caf-dma.b\x0a", Ok("Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=1)], value=Attribute(value=Attribute(value=Name(id='a', ctx=Load(), lineno=2, col_offset=4, end_lineno=2, end_col_offset=5), attr='café', ctx=Load(), lineno=2, col_offset=4, end_lineno=2, end_col_offset=11), attr='b', ctx=Load(), lineno=2, col_offset=4, end_lineno=2, end_col_offset=13), lineno=2, col_offset=0, end_lineno=2, end_col_offset=13)])")),
    (b"# coding: idna\x0aimport os.XN--CAF-DMA.b\x0a", Ok("Module(body=[Import(names=[alias(name='os.CAFé.b', lineno=2, col_offset=7, end_lineno=2, end_col_offset=17)], lineno=2, col_offset=0, end_lineno=2, end_col_offset=17)])")),
    (b"# coding: idna\x0ax = a.xn--abc-.b\x0a", Err(("'idna' codec can't decode bytes in position 21-28: IDNA does not round-trip, 'b'xn--abc-'' != 'b'abc''", 0, -1, N, N))),
    (b"# coding: idna\x0ax = a.xn--4gb.b\x0a", Ok("Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=1)], value=Attribute(value=Attribute(value=Name(id='a', ctx=Load(), lineno=2, col_offset=4, end_lineno=2, end_col_offset=5), attr='ع', ctx=Load(), lineno=2, col_offset=4, end_lineno=2, end_col_offset=8), attr='b', ctx=Load(), lineno=2, col_offset=4, end_lineno=2, end_col_offset=10), lineno=2, col_offset=0, end_lineno=2, end_col_offset=10)])")),
    (b"# coding: idna\x0ax = a.xn--mgb.b\x0a", Ok("Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=1)], value=Attribute(value=Attribute(value=Name(id='a', ctx=Load(), lineno=2, col_offset=4, end_lineno=2, end_col_offset=5), attr='ا', ctx=Load(), lineno=2, col_offset=4, end_lineno=2, end_col_offset=8), attr='b', ctx=Load(), lineno=2, col_offset=4, end_lineno=2, end_col_offset=10), lineno=2, col_offset=0, end_lineno=2, end_col_offset=10)])")),
    (b"# coding: idna\x0ax = 1 # \xe9\x0a", Err(("'idna' codec can't decode byte 0xe9 in position 23: ordinal not in range(128)", 0, -1, N, N))),
    (b"# coding: idna\x0ax = 1 # xn--\x0a", Ok("Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=1)], value=Constant(value=1, lineno=2, col_offset=4, end_lineno=2, end_col_offset=5), lineno=2, col_offset=0, end_lineno=2, end_col_offset=5)])")),
    (b"# coding: idna\x0ax = a.xn--ss-fia.b\x0a", Err(("'idna' codec can't decode bytes in position 21-30: IDNA does not round-trip, 'b'xn--ss-fia'' != 'b'ssss''", 0, -1, N, N))),
    (b"# coding: idna\x0ax = a..xn--zca.b\x0a", Err(("'idna' codec can't decode bytes in position 22-28: IDNA does not round-trip, 'b'xn--zca'' != 'b'ss''", 0, -1, N, N))),
    (b"# coding: idna\x0ax = a.xn--a-zmc.b\x0a", Err(("'idna' codec can't decode byte 0x78 in position 21: Violation of BIDI requirement 2", 0, -1, N, N))),
    (b"# coding: idna\x0ax = a.xn--a-ymce.b\x0a", Err(("'idna' codec can't decode byte 0x6e in position 22: Violation of BIDI requirement 2", 0, -1, N, N))),
    (b"# coding: idna\x0ax = a.xn--ab-8xd693x.b\x0a", Err(("'idna' codec can't decode bytes in position 21-34: IDNA does not round-trip, 'b'xn--ab-8xd693x'' != 'b'xn--ab-8xd''", 0, -1, N, N))),
    (b"# coding: idna\x0ax = a.xn--9caaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.b\x0a", Err(("'idna' codec can't decode bytes in position 21-90: label too long", 0, -1, N, N))),
    (b"# coding: utf.7\x0ax = 1\x0a", Err(("unknown encoding: utf.7", 0, -1, N, N))),
    (b"# coding: euc.kr\x0ax = 1\x0a", Err(("unknown encoding: euc.kr", 0, -1, N, N))),
    (b"# coding: utf.16\x0ax = 1\x0a", Err(("unknown encoding: utf.16", 0, -1, N, N))),
    (b"# coding: iso.2022.jp\x0ax = 1\x0a", Ok("Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=1)], value=Constant(value=1, lineno=2, col_offset=4, end_lineno=2, end_col_offset=5), lineno=2, col_offset=0, end_lineno=2, end_col_offset=5)])")),
    (b"# coding: gb18030.2000\x0ax = 1\x0a", Ok("Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=1)], value=Constant(value=1, lineno=2, col_offset=4, end_lineno=2, end_col_offset=5), lineno=2, col_offset=0, end_lineno=2, end_col_offset=5)])")),
    (b"# coding: koi8.r\x0ax = 1\x0a", Err(("unknown encoding: koi8.r", 0, -1, N, N))),
    (b"# coding: iso.8859.15\x0ax = '\xa4'\x0a", Ok("Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=1)], value=Constant(value='€', lineno=2, col_offset=4, end_lineno=2, end_col_offset=9), lineno=2, col_offset=0, end_lineno=2, end_col_offset=9)])")),
];

#[test]
fn cookie_codecs_match_cpython() {
    let mut failures = Vec::new();
    for (src, want) in CASES {
        let got = match parse_module(src, "<unknown>") {
            Ok(m) => Ok(dump(&m, true).map_err(|e| format!("{e:?}"))),
            Err(e) => Err((
                e.msg,
                e.lineno.unwrap_or(N),
                e.offset.unwrap_or(N),
                e.end_lineno.unwrap_or(N),
                e.end_offset.unwrap_or(N),
            )),
        };
        let same = match (&got, want) {
            (Ok(Ok(d)), Ok(w)) => d == w,
            (Err((m, l, o, el, eo)), Err((wm, wl, wo, wel, weo))) => {
                m == wm && l == wl && o == wo && el == wel && eo == weo
            }
            _ => false,
        };
        if !same {
            failures.push(format!(
                "{:?}\n   got  {got:?}\n   want {want:?}",
                String::from_utf8_lossy(src)
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Every codec name CPython 3.14 knows (encodings.aliases keys and values,
/// the modules of the encodings package), with what its `ast.parse` did for
/// `# coding: NAME`: the codec is found (`text`), is not a text encoding
/// (`nottext`) or is unknown (`unknown`). Recorded by
/// gen/gen_codec_names.py in data/tokenizer/codec_names.txt.
#[test]
fn every_cpython_codec_name_is_looked_up_as_cpython_does() {
    let data = include_str!("../../data/tokenizer/codec_names.txt");
    let mut failures = Vec::new();
    let mut count = 0;
    for line in data.lines().filter(|l| !l.starts_with('#')) {
        let Some((name, want)) = line.split_once(' ') else {
            continue;
        };
        count += 1;
        let src = format!("# coding: {name}\npass\n");
        let got = match parse_module(src.as_bytes(), "<unknown>") {
            Ok(_) => "text",
            Err(e) if e.msg.starts_with("unknown encoding:") => "unknown",
            Err(e) if e.msg.contains("is not a text encoding") => "nottext",
            Err(_) => "text",
        };
        if got != want {
            failures.push(format!("{name}: got {got}, want {want}"));
        }
    }
    assert!(count > 400, "codec_names.txt holds {count} names");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// A parity checker, not a CI test: `OXPY_CODEC_CASES=FILE cargo test -p
/// syntax --release --test front_end -- --ignored codec_parity_from_file`
/// compares the parser with the lines of FILE, written by
/// scripts/check_codecs.py under CPython 3.14: the source in hex,
/// a tab, then CPython's `ast.dump` (without attributes) or
/// `ERR msg|lineno|offset`.
#[test]
#[ignore]
fn codec_parity_from_file() {
    let Ok(path) = std::env::var("OXPY_CODEC_CASES") else {
        panic!("set OXPY_CODEC_CASES to a file written by check_codecs.py");
    };
    let data = std::fs::read_to_string(path).expect("readable cases file");
    let mut failures = 0usize;
    let mut total = 0usize;
    for line in data.lines() {
        let Some((hex, want)) = line.split_once('\t') else {
            continue;
        };
        let src: Vec<u8> = (0..hex.len() / 2)
            .map(|i| u8::from_str_radix(&hex[2 * i..2 * i + 2], 16).unwrap_or(0))
            .collect();
        total += 1;
        let got = match parse_module(&src, "<unknown>") {
            Ok(m) => dump(&m, false).unwrap_or_else(|e| format!("{e:?}")),
            Err(e) => format!(
                "ERR {}|{}|{}",
                e.msg,
                SyntaxError::field_repr(e.lineno),
                SyntaxError::field_repr(e.offset)
            ),
        };
        if got != want {
            failures += 1;
            if failures <= 30 {
                eprintln!("{hex}\n   got  {got}\n   want {want}");
            }
        }
    }
    eprintln!("{total} cases, {failures} differ");
    assert_eq!(failures, 0);
}

/// Random bytes after each stateful or multi-byte cookie: the decoders
/// return a result (decoded text or CPython's error), never panic, in
/// debug builds (overflow checks) too.
#[test]
fn codec_decoders_never_panic_on_random_bytes() {
    const CODECS: &[&str] = &[
        "gb18030",
        "hz",
        "iso2022_jp",
        "iso2022_jp_1",
        "iso2022_jp_2",
        "iso2022_jp_2004",
        "iso2022_jp_3",
        "iso2022_jp_ext",
        "iso2022_kr",
        "euc_jis_2004",
        "euc_jisx0213",
        "shift_jis_2004",
        "shift_jisx0213",
        "utf_7",
        "unicode_escape",
        "idna",
        "punycode",
    ];
    // Bytes that matter to some codec, then anything.
    const SPECIAL: &[u8] = b"\x1b$()BJ@&.ANFIQ\x0e\x0f~{}+-/\\xuUN\n'xn-";
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let mut results = 0usize;
    for codec in CODECS {
        for _ in 0..1500 {
            let mut src = format!("# coding: {codec}\n").into_bytes();
            let len = (next() % 40) as usize;
            for _ in 0..len {
                let r = next();
                let b = if r % 3 == 0 {
                    SPECIAL[(r >> 8) as usize % SPECIAL.len()]
                } else {
                    (r >> 16) as u8
                };
                src.push(if b == 0 { b'0' } else { b });
            }
            let _ = parse_module(&src, "<unknown>");
            results += 1;
        }
    }
    assert_eq!(results, CODECS.len() * 1500);
}

/// 'eval' mode adds no final newline, so a whole-body codec can succeed
/// where 'exec' always fails (punycode). Recorded from CPython 3.14's
/// `compile(src, 'f', 'eval', ast.PyCF_ONLY_AST)`.
#[test]
fn eval_mode_codecs_match_cpython() {
    use syntax::parser::{Mode, parse};
    let cases: &[(&[u8], Expected)] = &[
        (
            b"#\n# coding: punycode\n-abc",
            Err(("invalid non-printable character U+0080", 1, 1, 1, 1)),
        ),
        (
            b"#\n# coding: punycode\nx-",
            Ok(
                "Expression(body=Name(id='x', ctx=Load(), lineno=3, col_offset=0, end_lineno=3, end_col_offset=1))",
            ),
        ),
        (
            b"#\n# coding: punycode\nx-ca",
            Err(("invalid non-printable character U+0080", 2, 1, 2, 1)),
        ),
        (
            b"# coding: unicode_escape\nx\\\n",
            Ok(
                "Expression(body=Name(id='x', ctx=Load(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=1))",
            ),
        ),
    ];
    let mut failures = Vec::new();
    for (src, want) in cases {
        let got = match parse(src, "<unknown>", Mode::Eval) {
            Ok(m) => Ok(dump(&m, true).map_err(|e| format!("{e:?}"))),
            Err(e) => Err((
                e.msg,
                e.lineno.unwrap_or(N),
                e.offset.unwrap_or(N),
                e.end_lineno.unwrap_or(N),
                e.end_offset.unwrap_or(N),
            )),
        };
        let same = match (&got, want) {
            (Ok(Ok(d)), Ok(w)) => d == w,
            (Err((m, l, o, el, eo)), Err((wm, wl, wo, wel, weo))) => {
                m == wm && l == wl && o == wo && el == wel && eo == weo
            }
            _ => false,
        };
        if !same {
            failures.push(format!(
                "{:?}\n   got  {got:?}\n   want {want:?}",
                String::from_utf8_lossy(src)
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
