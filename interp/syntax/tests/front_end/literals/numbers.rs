//! Number literal values against CPython 3.14 (recorded by literals_data/record.py).

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

pub(crate) struct NumCase {
    tok: &'static str,
    lineno: u32,
    result: N,
}

include!("../../data/literals/numbers.rs");

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
    for case in NUMBER_CASES {
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
        NUMBER_CASES.len(),
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
