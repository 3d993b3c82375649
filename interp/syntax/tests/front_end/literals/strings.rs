//! String, bytes and f-/t-string literal values against CPython 3.14.
//! The cases are recorded by gen/record_literals.py in
//! data/literals/{strings,fstrings}.txt (the format is described there).

use crate::support::recorded::{self, rows};
use std::sync::OnceLock;
use syntax::ast::{ConstantValue, PyStr};
use syntax::parser::Warning;
use syntax::parser::string_parser::{
    ErrorLocation, FStringPart, LiteralExceptionKind, WarnToken, decode_fstring_middle,
    parse_string, warning_as_error_message,
};

enum V {
    Str(&'static [u32]),
    Bytes(&'static [u8]),
}

enum R {
    /// The value and whether the Constant's kind is 'u'.
    Value(V, bool),
    /// msg, lineno, offset, end_lineno, end_offset
    SyntaxError(&'static str, u32, i64, u32, i64),
    /// exception class name, str(exc)
    Other(&'static str, &'static str),
}

struct StrCase {
    tok: &'static str,
    lineno: u32,
    col: u32,
    result: R,
    warnings: &'static [(&'static str, u32)],
    /// With warnings as errors: msg, lineno, offset (ASCII sources only).
    werror: Option<(&'static str, u32, i64)>,
}

struct FCase {
    tok: &'static str,
    body: &'static str,
    raw: bool,
    spec: bool,
    warn_tok: &'static str,
    warn_line: u32,
    warn_col: u32,
    result: R,
    warnings: &'static [(&'static str, u32)],
    werror: Option<(&'static str, u32, i64)>,
}

/// A result column: value:..., syntax:... or other:....
fn result(col: &str) -> R {
    let f: Vec<&str> = col.split(':').collect();
    match f[0] {
        "value" => {
            let v = match f[1] {
                "str" => {
                    let cps: Vec<u32> = f[2]
                        .split(',')
                        .filter(|c| !c.is_empty())
                        .map(|c| u32::from_str_radix(c, 16).expect("code point"))
                        .collect();
                    V::Str(Box::leak(cps.into_boxed_slice()))
                }
                _ => V::Bytes(Box::leak(recorded::bytes(f[2]).into_boxed_slice())),
            };
            R::Value(v, f[3] == "1")
        }
        "syntax" => {
            let (msg, l, o, el, eo) = recorded::syntax_error(&f[1..]);
            R::SyntaxError(msg, l, o, el, eo)
        }
        _ => R::Other(recorded::leak(f[1]), recorded::leak(f[2])),
    }
}

fn warnings(col: &str) -> &'static [(&'static str, u32)] {
    if col == "-" {
        return &[];
    }
    let ws: Vec<(&'static str, u32)> = col
        .split(';')
        .map(|w| {
            let (msg, line) = w.split_once(',').expect("warning");
            (recorded::leak(msg), line.parse().expect("line"))
        })
        .collect();
    Box::leak(ws.into_boxed_slice())
}

fn werror(col: &str) -> Option<(&'static str, u32, i64)> {
    if col == "-" {
        return None;
    }
    let f: Vec<&str> = col.split(',').collect();
    Some((
        recorded::leak(f[0]),
        f[1].parse().expect("line"),
        f[2].parse().expect("offset"),
    ))
}

fn string_cases() -> &'static [StrCase] {
    static CASES: OnceLock<Vec<StrCase>> = OnceLock::new();
    CASES.get_or_init(|| {
        rows(include_str!("../../data/literals/strings.txt"))
            .map(|c| StrCase {
                tok: recorded::leak(c[0]),
                lineno: c[1].parse().expect("lineno"),
                col: c[2].parse().expect("col"),
                result: result(c[3]),
                warnings: warnings(c[4]),
                werror: werror(c[5]),
            })
            .collect()
    })
}

fn fstring_cases() -> &'static [FCase] {
    static CASES: OnceLock<Vec<FCase>> = OnceLock::new();
    CASES.get_or_init(|| {
        rows(include_str!("../../data/literals/fstrings.txt"))
            .map(|c| FCase {
                tok: recorded::leak(c[0]),
                body: recorded::leak(c[1]),
                raw: c[2] == "1",
                spec: c[3] == "1",
                warn_tok: recorded::leak(c[4]),
                warn_line: c[5].parse().expect("line"),
                warn_col: c[6].parse().expect("col"),
                result: result(c[7]),
                warnings: warnings(c[8]),
                werror: werror(c[9]),
            })
            .collect()
    })
}

fn str_matches(s: &PyStr, want: &[u32]) -> bool {
    s.code_points().eq(want.iter().copied())
}

/// The token's span as Python reports it (1-based character offsets).
fn token_span(tok: &str, lineno: u32, col: u32) -> (u32, i64, u32, i64) {
    let lines = tok.matches('\n').count() as u32;
    let end_offset = match tok.rfind('\n') {
        Some(nl) => tok[nl + 1..].chars().count() as i64 + 1,
        None => col as i64 + tok.chars().count() as i64 + 1,
    };
    (lineno, col as i64 + 1, lineno + lines, end_offset)
}

fn check_warnings(
    src: &str,
    what: &str,
    got: &[Warning],
    want: &[(&str, u32)],
    werror: Option<(&str, u32, i64)>,
    errors: &mut Vec<String>,
) {
    let got_pairs: Vec<(&str, u32)> = got
        .iter()
        .map(|w| (w.msg.as_str(), w.lineno as u32))
        .collect();
    if got_pairs != want {
        errors.push(format!("{what}: warnings {got_pairs:?}, want {want:?}"));
        return;
    }
    if let Some((msg, lineno, offset)) = werror {
        let Some(w) = got.first() else { return };
        // Byte columns equal character offsets here: only ASCII sources are
        // recorded with warnings-as-errors.
        let err = warning_as_error_message(w);
        // CPython clamps the column to the end of the line.
        let line_len = src
            .split('\n')
            .nth(lineno as usize - 1)
            .map_or(0, |l| l.len()) as i64;
        let got = (
            err.as_str(),
            w.end_lineno as u32,
            (w.offset + 1).min(line_len + 1),
        );
        let offset = offset.min(line_len + 1);
        if w.category != "SyntaxWarning" || w.lineno != w.end_lineno || got != (msg, lineno, offset)
        {
            errors.push(format!(
                "{what}: as error {got:?}, want {:?}",
                (msg, lineno, offset)
            ));
        }
    }
}

#[test]
fn string_literals_match_cpython() {
    let mut errors = Vec::new();
    let cases = string_cases();
    assert!(cases.len() > 5000, "{} string cases", cases.len());
    for case in cases {
        let mut warnings = Vec::new();
        let got = parse_string(case.tok, case.lineno, case.col, &mut warnings);
        let what = format!("{:?}", case.tok);
        match (&case.result, got) {
            (R::Value(want, want_u), Ok(v)) => {
                let ok = match (want, &v.value) {
                    (V::Str(cps), ConstantValue::Str(s)) => str_matches(s, cps),
                    (V::Bytes(b), ConstantValue::Bytes(got)) => &got[..] == *b,
                    _ => false,
                };
                if !ok || v.kind_u != *want_u {
                    errors.push(format!("{what}: got {:?} (u={})", v.value, v.kind_u));
                }
                let src = if case.col == 0 {
                    case.tok.to_string()
                } else {
                    format!("pass\n\nx = {}", case.tok)
                };
                check_warnings(
                    &src,
                    &what,
                    &warnings,
                    case.warnings,
                    case.werror,
                    &mut errors,
                );
            }
            (R::SyntaxError(msg, l, o, el, eo), Err(e)) => {
                if e.exception != LiteralExceptionKind::SyntaxError || e.msg != *msg {
                    errors.push(format!("{what}: error {e:?}, want {msg:?}"));
                }
                // CPython reports these at the string token. (The span is only
                // checked for one-line ASCII tokens: the parser's conversion of
                // byte columns to character offsets has quirks of its own, e.g.
                // a multi-line span's end is clamped to the first line.)
                let simple = case.tok.is_ascii() && !case.tok.contains('\n');
                if e.location != ErrorLocation::Token
                    || (simple && token_span(case.tok, case.lineno, case.col) != (*l, *o, *el, *eo))
                {
                    errors.push(format!(
                        "{what}: location {:?} vs {:?}",
                        e.location,
                        (l, o, el, eo)
                    ));
                }
                if !warnings.is_empty() || !case.warnings.is_empty() {
                    errors.push(format!("{what}: warnings with an error"));
                }
            }
            (R::Other(exc, msg), got) => {
                errors.push(format!(
                    "{what}: CPython raised {exc}: {msg}, we gave {got:?}"
                ));
            }
            (_, got) => errors.push(format!("{what}: got {got:?}")),
        }
    }
    assert!(
        errors.is_empty(),
        "{} of {} failed:\n{}",
        errors.len(),
        cases.len(),
        errors.join("\n")
    );
}

#[test]
fn fstring_parts_match_cpython() {
    let mut errors = Vec::new();
    let cases = fstring_cases();
    assert!(cases.len() > 2000, "{} f-string cases", cases.len());
    for case in cases {
        let mut warnings = Vec::new();
        let token = WarnToken {
            text: case.warn_tok,
            lineno: case.warn_line,
            col_offset: case.warn_col,
            is_fstring_token: true,
        };
        let part = if case.spec {
            FStringPart::FormatSpec
        } else {
            FStringPart::Literal
        };
        let got = decode_fstring_middle(case.body, case.raw, part, token, &mut warnings);
        let what = format!("{:?}", case.tok);
        match (&case.result, got) {
            (R::Value(V::Str(cps), _), Ok(s)) => {
                if !str_matches(&s, cps) {
                    errors.push(format!("{what}: got {s:?}"));
                }
                // With warnings as errors only the message and line are
                // compared: the column CPython shows for an f-string part is
                // clamped against the tokenizer's line buffer, the parser's
                // business.
                let werror = case.werror.map(|(m, l, _)| {
                    let col = warnings.first().map_or(0, |w| w.offset + 1);
                    (m, l, col)
                });
                check_warnings(
                    case.tok,
                    &what,
                    &warnings,
                    case.warnings,
                    werror,
                    &mut errors,
                );
            }
            (R::SyntaxError(msg, ..), Err(e)) => {
                if e.exception != LiteralExceptionKind::SyntaxError || e.msg != *msg {
                    errors.push(format!("{what}: error {e:?}, want {msg:?}"));
                }
            }
            (R::Other(exc, msg), Err(e)) => {
                if *exc != "UnicodeDecodeError"
                    || e.exception != LiteralExceptionKind::UnicodeDecodeError
                    || e.msg != *msg
                {
                    errors.push(format!("{what}: error {e:?}, want {exc}: {msg}"));
                }
            }
            (_, got) => errors.push(format!("{what}: got {got:?}")),
        }
    }
    assert!(
        errors.is_empty(),
        "{} of {} failed:\n{}",
        errors.len(),
        cases.len(),
        errors.join("\n")
    );
}
