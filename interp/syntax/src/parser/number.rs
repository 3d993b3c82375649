//! Number literal values: the text of a NUMBER token to its `int`, `float` or
//! imaginary `complex` value, with CPython 3.14's limits.
//!
//! CPython: Parser/pegen.c `_PyPegen_number_token`, `parsenumber`,
//! `parsenumber_raw`; Objects/longobject.c `PyLong_FromString` (the decimal
//! digit limit); Python/pystrtod.c `PyOS_string_to_double`.
//!
//! The tokenizer has already checked the literal's syntax (underscores, leading
//! zeros, exponents); text it would not produce gets an error, never a panic.

use super::string_parser::{ErrorLocation, LiteralError, LiteralExceptionKind};
use crate::ast::{ConstantValue, PyInt};
use num_bigint::BigInt;

/// CPython's default `sys.get_int_max_str_digits()`.
pub const DEFAULT_MAX_STR_DIGITS: usize = 4300;

/// The value of a NUMBER token, with the default decimal digit limit.
/// `lineno`/`end_lineno` are the token's, for the limit error.
pub fn parse_number(
    text: &str,
    lineno: u32,
    end_lineno: u32,
) -> Result<ConstantValue, LiteralError> {
    parse_number_with_limit(text, lineno, end_lineno, DEFAULT_MAX_STR_DIGITS)
}

/// [`parse_number`] with an explicit `int_max_str_digits` (0: no limit), as
/// `-X int_max_str_digits` / `sys.set_int_max_str_digits` set it.
pub fn parse_number_with_limit(
    text: &str,
    lineno: u32,
    end_lineno: u32,
    max_str_digits: usize,
) -> Result<ConstantValue, LiteralError> {
    // Copy without underscores only when there are some.
    let owned;
    let s: &[u8] = if text.as_bytes().contains(&b'_') {
        owned = text.bytes().filter(|&c| c != b'_').collect::<Vec<u8>>();
        &owned
    } else {
        text.as_bytes()
    };
    let bad = || LiteralError {
        exception: LiteralExceptionKind::SyntaxError,
        msg: format!("invalid number literal {text:?}"),
        location: ErrorLocation::Token,
    };
    let (&last, _) = s.split_last().ok_or_else(bad)?;
    if last == b'j' || last == b'J' {
        let imag = parse_float(&s[..s.len() - 1]).ok_or_else(bad)?;
        return Ok(ConstantValue::Complex { real: 0.0, imag });
    }
    let (radix, digits) = match s {
        [b'0', b'x' | b'X', rest @ ..] => (16, rest),
        [b'0', b'o' | b'O', rest @ ..] => (8, rest),
        [b'0', b'b' | b'B', rest @ ..] => (2, rest),
        _ if s.iter().all(u8::is_ascii_digit) => (10, s),
        _ => return Ok(ConstantValue::Float(parse_float(s).ok_or_else(bad)?)),
    };
    if digits.is_empty() || !digits.iter().all(|&c| (c as char).is_digit(radix)) {
        return Err(bad());
    }
    // Fast path: the value fits a machine word.
    let mut v: u64 = 0;
    let mut fits = true;
    for &c in digits {
        let d = (c as char).to_digit(radix).unwrap_or(0) as u64;
        match v.checked_mul(radix as u64).and_then(|x| x.checked_add(d)) {
            Some(x) => v = x,
            None => {
                fits = false;
                break;
            }
        }
    }
    if fits && let Ok(small) = i64::try_from(v) {
        return Ok(ConstantValue::Int(PyInt::Small(small)));
    }
    if radix == 10 {
        // CPython: Objects/longobject.c long_from_string_base. Only decimal
        // (non power-of-two) bases are limited; leading zeros count.
        if max_str_digits > 0 && digits.len() > max_str_digits {
            return Err(LiteralError {
                exception: LiteralExceptionKind::SyntaxError,
                msg: format!(
                    "Exceeds the limit ({max_str_digits} digits) for integer string conversion: \
                     value has {} digits; use sys.set_int_max_str_digits() to increase the \
                     limit - Consider hexadecimal for huge integer literals to avoid decimal \
                     conversion limits.",
                    digits.len()
                ),
                // Columns left out on purpose, as CPython does.
                location: ErrorLocation::Range {
                    lineno,
                    col_offset: -1,
                    end_lineno,
                    end_col_offset: -1,
                },
            });
        }
    }
    let big = BigInt::parse_bytes(digits, radix).ok_or_else(bad)?;
    Ok(ConstantValue::Int(PyInt::from_bigint(big)))
}

/// A float literal (no underscores, no `j`): correctly rounded, overflowing to
/// infinity and underflowing to zero without error, as CPython's dtoa does.
fn parse_float(s: &[u8]) -> Option<f64> {
    // Rust's parser also takes "inf", "nan" and a sign, which are no literals.
    let first = *s.first()?;
    if !(first.is_ascii_digit() || first == b'.') {
        return None;
    }
    std::str::from_utf8(s).ok()?.parse::<f64>().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn int(s: &str) -> i64 {
        match parse_number(s, 1, 1) {
            Ok(ConstantValue::Int(PyInt::Small(v))) => v,
            other => panic!("{s}: {other:?}"),
        }
    }

    #[test]
    fn small_ints() {
        assert_eq!(int("0"), 0);
        assert_eq!(int("00"), 0);
        assert_eq!(int("0_0"), 0);
        assert_eq!(int("0b1_0"), 2);
        assert_eq!(int("0o17"), 15);
        assert_eq!(int("0XFF"), 255);
        assert_eq!(int("0x7fffffffffffffff"), i64::MAX);
    }

    #[test]
    fn malformed_text_is_an_error_not_a_panic() {
        for s in [
            "", "_", "0x", "0b2", "0o8", "1.2.3", "j", "inf", "nan", "-1", "+1", "0xj", "1e",
        ] {
            assert!(parse_number(s, 1, 1).is_err(), "{s}");
        }
    }
}
