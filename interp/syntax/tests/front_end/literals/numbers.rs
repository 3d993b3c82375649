//! Number literal values against CPython 3.14 (recorded by
//! gen/record_literals.py in data/literals/numbers.txt).

use crate::support::recorded::{self, rows};
use std::sync::OnceLock;
use syntax::ast::{ConstantValue, PyInt};
use syntax::parser::number::parse_number;
use syntax::parser::string_parser::{ErrorLocation, LiteralExceptionKind};

enum N {
    /// The decimal digits of the value.
    Int(&'static str),
    /// IEEE-754 bits.
    Float(u64),
    /// Bits of the imaginary part (the real part is 0.0).
    Imag(u64),
    /// msg, lineno, offset, end_lineno, end_offset
    Error(&'static str, u32, i64, u32, i64),
}

struct NumCase {
    tok: &'static str,
    lineno: u32,
    result: N,
}

fn number_cases() -> &'static [NumCase] {
    static CASES: OnceLock<Vec<NumCase>> = OnceLock::new();
    CASES.get_or_init(|| {
        rows(include_str!("../../data/literals/numbers.txt"))
            .map(|c| {
                let (kind, rest) = c[2].split_once(':').expect("result");
                let bits = || u64::from_str_radix(rest, 16).expect("bits");
                let result = match kind {
                    "int" => N::Int(Box::leak(rest.to_string().into_boxed_str())),
                    "float" => N::Float(bits()),
                    "imag" => N::Imag(bits()),
                    _ => {
                        let f: Vec<&str> = rest.split(':').collect();
                        let (msg, l, o, el, eo) = recorded::syntax_error(&f);
                        N::Error(msg, l, o, el, eo)
                    }
                };
                NumCase {
                    tok: recorded::leak(c[0]),
                    lineno: c[1].parse().expect("lineno"),
                    result,
                }
            })
            .collect()
    })
}

fn short(s: &str) -> String {
    if s.len() > 40 {
        format!("{}...({} chars)", &s[..40], s.len())
    } else {
        s.to_string()
    }
}

#[test]
fn number_literals_match_cpython() {
    let mut errors = Vec::new();
    let cases = number_cases();
    assert!(cases.len() > 1000, "{} number cases", cases.len());
    for case in cases {
        let got = parse_number(case.tok, case.lineno, case.lineno);
        let ok = match (&case.result, &got) {
            (N::Int(digits), Ok(ConstantValue::Int(v))) => {
                let s = match v {
                    PyInt::Small(i) => i.to_string(),
                    PyInt::Big(b) => b.to_string(),
                };
                s == *digits
            }
            (N::Float(bits), Ok(ConstantValue::Float(f))) => f.to_bits() == *bits,
            (N::Imag(bits), Ok(ConstantValue::Complex { real, imag })) => {
                real.to_bits() == 0 && imag.to_bits() == *bits
            }
            (N::Error(msg, l, o, el, eo), Err(e)) => {
                // Offsets 0: CPython leaves the columns out (col -1).
                e.exception == LiteralExceptionKind::SyntaxError
                    && e.msg == *msg
                    && *o == 0
                    && *eo == 0
                    && e.location
                        == ErrorLocation::Range {
                            lineno: *l,
                            col_offset: -1,
                            end_lineno: *el,
                            end_col_offset: -1,
                        }
            }
            _ => false,
        };
        if !ok {
            let got = match &got {
                Ok(v) => short(&format!("{v:?}")),
                Err(e) => short(&format!("{e:?}")),
            };
            errors.push(format!(
                "{} (line {}): got {got}",
                short(case.tok),
                case.lineno
            ));
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
fn small_ints_are_machine_words() {
    // Values that fit i64 must use the fast representation (PyInt's invariant).
    for (tok, v) in [
        ("9223372036854775807", i64::MAX),
        ("0x7fffffffffffffff", i64::MAX),
        ("0", 0),
    ] {
        assert_eq!(
            parse_number(tok, 1, 1),
            Ok(ConstantValue::Int(PyInt::Small(v)))
        );
    }
    assert!(matches!(
        parse_number("9223372036854775808", 1, 1),
        Ok(ConstantValue::Int(PyInt::Big(_)))
    ));
}
