//! Adjacent string literals and f-/t-string values: the helpers of
//! Parser/action_helpers.c (`_get_resized_exprs`, `_PyPegen_concatenate_strings`,
//! `_PyPegen_concatenate_tstrings`), fed the pieces CPython's grammar actions
//! build, against `ast.dump(ast.parse(SRC, mode='eval'), include_attributes=True)`
//! recorded from CPython 3.14 (`python3.14 gen/record_literals.py --concat`
//! prints them).

use syntax::ast::{self, ConstantValue, Expr, ExprContext, ExprKind, Location, Mod, PyStr};
use syntax::parser::string_parser::{
    ErrorLocation, WarnToken, concatenate_strings, concatenate_tstrings, fstring_values,
    parse_string,
};
use syntax::parser::{Mode, parse, parse_with_warnings};

fn loc(l0: i32, c0: i32, l1: i32, c1: i32) -> Location {
    Location::new(l0, c0, l1, c1)
}

/// A STRING token at line 1, columns `c0..c1`.
fn string(tok: &str, c0: i32) -> Expr {
    let v = parse_string(tok, 1, c0 as u32, &mut Vec::new()).expect("valid literal");
    let kind = v.kind_u.then(|| "u".into());
    Expr::new(
        ExprKind::Constant {
            value: v.value,
            kind,
        },
        loc(1, c0, 1, c0 + tok.len() as i32),
    )
}

/// An FSTRING_MIDDLE's undecoded text, as `_PyPegen_constant_from_token` makes it.
fn middle(text: &str, c0: i32, c1: i32) -> Expr {
    Expr::new(
        ExprKind::Constant {
            value: ConstantValue::Str(PyStr::from(text)),
            kind: None,
        },
        loc(1, c0, 1, c1),
    )
}

fn name(id: &str, c0: i32) -> Box<Expr> {
    Box::new(Expr::new(
        ExprKind::Name {
            id: id.into(),
            ctx: ExprContext::Load,
        },
        loc(1, c0, 1, c0 + id.len() as i32),
    ))
}

fn fv(value: Box<Expr>, conversion: i32, c0: i32, c1: i32) -> Expr {
    Expr::new(
        ExprKind::FormattedValue {
            value,
            conversion,
            format_spec: None,
        },
        loc(1, c0, 1, c1),
    )
}

fn interp(value: Box<Expr>, text: &str, conversion: i32, c0: i32, c1: i32) -> Expr {
    let str = ConstantValue::Str(PyStr::from(text));
    Expr::new(
        ExprKind::Interpolation {
            value,
            str,
            conversion,
            format_spec: None,
        },
        loc(1, c0, 1, c1),
    )
}

/// `{x=}`: `_PyPegen_formatted_value`'s [debug text, field] pair.
fn debug_pair(text: &str, field: Expr) -> Expr {
    let l = field.loc;
    let text = Expr::new(
        ExprKind::Constant {
            value: ConstantValue::Str(PyStr::from(text)),
            kind: None,
        },
        loc(
            l.lineno,
            l.col_offset + 1,
            l.end_lineno,
            l.end_col_offset - 1,
        ),
    );
    Expr::new(
        ExprKind::JoinedStr {
            values: vec![text, field],
        },
        l,
    )
}

/// An f-string (`t`: t-string) token run from column `c0` to `c1`, whose
/// FSTRING_END is the quote just before `c1`.
fn fstring(t: bool, raw: bool, items: Vec<Expr>, c0: i32, c1: i32) -> Expr {
    let end = WarnToken {
        text: "'",
        lineno: 1,
        col_offset: (c1 - 1) as u32,
        is_fstring_token: true,
    };
    let values = fstring_values(items, raw, end, &mut Vec::new()).expect("decodes");
    let node = if t {
        ExprKind::TemplateStr { values }
    } else {
        ExprKind::JoinedStr { values }
    };
    Expr::new(node, loc(1, c0, 1, c1))
}

fn dump(e: Expr) -> String {
    ast::dump(&Mod::Expression { body: Box::new(e) }, true).expect("dump")
}

#[test]
fn concatenations_match_cpython() {
    let cases: Vec<(&str, Expr, &str)> = vec![
        (
            "'a' f'{x}b' 'c'",
            concatenate_strings(
                vec![
                    string("'a'", 0),
                    fstring(
                        false,
                        false,
                        vec![fv(name("x", 7), -1, 6, 9), middle("b", 9, 10)],
                        4,
                        11,
                    ),
                    string("'c'", 12),
                ],
                loc(1, 0, 1, 15),
            )
            .unwrap(),
            "Expression(body=JoinedStr(values=[Constant(value='a', lineno=1, col_offset=0, end_lineno=1, end_col_offset=3), FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), conversion=-1, lineno=1, col_offset=6, end_lineno=1, end_col_offset=9), Constant(value='bc', lineno=1, col_offset=9, end_lineno=1, end_col_offset=15)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=15))",
        ),
        (
            "u'a' f'b'",
            concatenate_strings(
                vec![
                    string("u'a'", 0),
                    fstring(false, false, vec![middle("b", 7, 8)], 5, 9),
                ],
                loc(1, 0, 1, 9),
            )
            .unwrap(),
            "Expression(body=JoinedStr(values=[Constant(value='ab', kind='u', lineno=1, col_offset=0, end_lineno=1, end_col_offset=8)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=9))",
        ),
        (
            "'a' '' f'{x}'",
            concatenate_strings(
                vec![
                    string("'a'", 0),
                    string("''", 4),
                    fstring(false, false, vec![fv(name("x", 10), -1, 9, 12)], 7, 13),
                ],
                loc(1, 0, 1, 13),
            )
            .unwrap(),
            "Expression(body=JoinedStr(values=[Constant(value='a', lineno=1, col_offset=0, end_lineno=1, end_col_offset=6), FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=10, end_lineno=1, end_col_offset=11), conversion=-1, lineno=1, col_offset=9, end_lineno=1, end_col_offset=12)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=13))",
        ),
        (
            "f'a{x=}'",
            concatenate_strings(
                vec![fstring(
                    false,
                    false,
                    vec![
                        middle("a", 2, 3),
                        debug_pair("x=", fv(name("x", 4), 114, 3, 7)),
                    ],
                    0,
                    8,
                )],
                loc(1, 0, 1, 8),
            )
            .unwrap(),
            "Expression(body=JoinedStr(values=[Constant(value='ax=', lineno=1, col_offset=2, end_lineno=1, end_col_offset=6), FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), conversion=114, lineno=1, col_offset=3, end_lineno=1, end_col_offset=7)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=8))",
        ),
        (
            "t'a' t'b{x}c' t'd'",
            concatenate_tstrings(
                vec![
                    fstring(true, false, vec![middle("a", 2, 3)], 0, 4),
                    fstring(
                        true,
                        false,
                        vec![
                            middle("b", 7, 8),
                            interp(name("x", 9), "x", -1, 8, 11),
                            middle("c", 11, 12),
                        ],
                        5,
                        13,
                    ),
                    fstring(true, false, vec![middle("d", 16, 17)], 14, 18),
                ],
                loc(1, 0, 1, 18),
            ),
            "Expression(body=TemplateStr(values=[Constant(value='ab', lineno=1, col_offset=2, end_lineno=1, end_col_offset=8), Interpolation(value=Name(id='x', ctx=Load(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), str='x', conversion=-1, lineno=1, col_offset=8, end_lineno=1, end_col_offset=11), Constant(value='cd', lineno=1, col_offset=11, end_lineno=1, end_col_offset=17)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=18))",
        ),
        (
            "t'a{x=}'",
            concatenate_tstrings(
                vec![fstring(
                    true,
                    false,
                    vec![
                        middle("a", 2, 3),
                        debug_pair("x=", interp(name("x", 4), "x", 114, 3, 7)),
                    ],
                    0,
                    8,
                )],
                loc(1, 0, 1, 8),
            ),
            "Expression(body=TemplateStr(values=[Constant(value='ax=', lineno=1, col_offset=2, end_lineno=1, end_col_offset=6), Interpolation(value=Name(id='x', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), str='x', conversion=114, lineno=1, col_offset=3, end_lineno=1, end_col_offset=7)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=8))",
        ),
        (
            "'' ''",
            concatenate_strings(vec![string("''", 0), string("''", 3)], loc(1, 0, 1, 5)).unwrap(),
            "Expression(body=Constant(value='', lineno=1, col_offset=0, end_lineno=1, end_col_offset=5))",
        ),
        (
            "f'' ''",
            concatenate_strings(
                vec![fstring(false, false, vec![], 0, 3), string("''", 4)],
                loc(1, 0, 1, 6),
            )
            .unwrap(),
            "Expression(body=JoinedStr(lineno=1, col_offset=0, end_lineno=1, end_col_offset=6))",
        ),
        (
            "f'{x}' '' 'b'",
            concatenate_strings(
                vec![
                    fstring(false, false, vec![fv(name("x", 3), -1, 2, 5)], 0, 6),
                    string("''", 7),
                    string("'b'", 10),
                ],
                loc(1, 0, 1, 13),
            )
            .unwrap(),
            "Expression(body=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=-1, lineno=1, col_offset=2, end_lineno=1, end_col_offset=5), Constant(value='b', lineno=1, col_offset=7, end_lineno=1, end_col_offset=13)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=13))",
        ),
        (
            "b'a' b'' b'c'",
            concatenate_strings(
                vec![string("b'a'", 0), string("b''", 5), string("b'c'", 9)],
                loc(1, 0, 1, 13),
            )
            .unwrap(),
            "Expression(body=Constant(value=b'ac', lineno=1, col_offset=0, end_lineno=1, end_col_offset=13))",
        ),
        (
            "f'\\x41{x}\\n'",
            concatenate_strings(
                vec![fstring(
                    false,
                    false,
                    vec![
                        middle("\\x41", 2, 6),
                        fv(name("x", 7), -1, 6, 9),
                        middle("\\n", 9, 11),
                    ],
                    0,
                    12,
                )],
                loc(1, 0, 1, 12),
            )
            .unwrap(),
            "Expression(body=JoinedStr(values=[Constant(value='A', lineno=1, col_offset=2, end_lineno=1, end_col_offset=6), FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), conversion=-1, lineno=1, col_offset=6, end_lineno=1, end_col_offset=9), Constant(value='\\n', lineno=1, col_offset=9, end_lineno=1, end_col_offset=11)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=12))",
        ),
    ];
    let mut errors = Vec::new();
    for (src, got, want) in cases {
        let got = dump(got);
        if got != want {
            errors.push(format!("{src}:\n  got  {got}\n  want {want}"));
        }
    }
    assert!(errors.is_empty(), "{}", errors.join("\n"));
}

#[test]
fn mixing_bytes_and_str_is_an_error() {
    // Recorded: "b'a' 'b'" and "f'{x}' b'a'" give "cannot mix bytes and
    // nonbytes literals" at the token after the strings.
    for parts in [
        vec![string("b'a'", 0), string("'b'", 5)],
        vec![string("'a'", 0), string("b'b'", 4)],
        vec![
            fstring(false, false, vec![fv(name("x", 3), -1, 2, 5)], 0, 6),
            string("b'a'", 7),
        ],
    ] {
        let e = concatenate_strings(parts, loc(1, 0, 1, 11)).unwrap_err();
        assert_eq!(e.msg, "cannot mix bytes and nonbytes literals");
        assert_eq!(e.location, ErrorLocation::LastToken);
    }
}

/// The SyntaxWarning CPython 3.14 gives for the invalid escape `\c`.
fn invalid_escape(c: char) -> String {
    format!(
        "\"\\{c}\" is an invalid escape sequence. Such sequences will not work in the future. Did you mean \"\\\\{c}\"? A raw string is also an option."
    )
}

#[test]
fn every_literal_part_warns() {
    // Recorded (gen/record_literals.py --concat): (message, lineno) of each warning, in order.
    let cases: [(&str, &[(char, i64)]); 5] = [
        (r"f'\d{x}\q'", &[('d', 1), ('q', 1)]),
        (r"t'\d{x}\q'", &[('d', 1), ('q', 1)]),
        ("f'''\\d\n{x}\\q'''", &[('d', 2), ('q', 2)]),
        (r"f'\d{x}\q' f'\w'", &[('d', 1), ('q', 1), ('w', 1)]),
        (r"f'\d' '\q' f'{x}\w'", &[('d', 1), ('q', 1), ('w', 1)]),
    ];
    for (src, want) in cases {
        let (r, ws) = parse_with_warnings(src.as_bytes(), "<unknown>", Mode::Eval);
        assert!(r.is_ok(), "{src}: {r:?}");
        let got: Vec<(String, i64)> = ws.into_iter().map(|w| (w.msg, w.lineno)).collect();
        let want: Vec<(String, i64)> = want.iter().map(|&(c, l)| (invalid_escape(c), l)).collect();
        assert_eq!(got, want, "{src}");
    }
}

#[test]
fn a_bad_literal_part_is_reported_at_the_part() {
    // fstring_values names the part's span itself: the parser no longer
    // knows which part failed. `f'a{x}b\x4'`: the FSTRING_MIDDLE `b\x4` is at
    // columns 6..10.
    let end = WarnToken {
        text: "'",
        lineno: 1,
        col_offset: 10,
        is_fstring_token: true,
    };
    let items = vec![
        middle("a", 2, 3),
        fv(name("x", 4), -1, 3, 6),
        middle("b\\x4", 6, 10),
    ];
    let e = fstring_values(items, false, end, &mut Vec::new()).unwrap_err();
    assert_eq!(
        e.location,
        ErrorLocation::Range {
            lineno: 1,
            col_offset: 6,
            end_lineno: 1,
            end_col_offset: 10
        }
    );
    // Recorded (gen/record_literals.py --concat): msg, lineno, offset, end_lineno, end_offset.
    let truncated = |pos: &str| {
        format!(
            "(unicode error) 'unicodeescape' codec can't decode bytes in position {pos}: truncated \\xXX escape"
        )
    };
    let cases = [
        (r"f'a{x}b\x4'", truncated("1-3"), (1, 7, 1, 11)),
        ("f'''a\n{x}b\\x4'''", truncated("1-3"), (2, 4, 2, 8)),
        (r"t'a{x}\x4'", truncated("0-2"), (1, 7, 1, 10)),
        (
            r"'a' f'{x}\N{foo}'",
            "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-6: unknown Unicode character name".to_string(),
            (1, 10, 1, 17),
        ),
    ];
    for (src, msg, (l0, c0, l1, c1)) in cases {
        let e = parse(src.as_bytes(), "<unknown>", Mode::Eval).unwrap_err();
        assert_eq!(
            (
                e.msg.as_str(),
                e.lineno,
                e.offset,
                e.end_lineno,
                e.end_offset
            ),
            (msg.as_str(), Some(l0), Some(c0), Some(l1), Some(c1)),
            "{src}"
        );
    }
}
