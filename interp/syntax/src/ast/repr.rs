//! Python `repr()` of the values a `Constant` can hold, byte for byte as
//! CPython 3.14 prints them.

use super::{ConstantValue, PyInt};
use std::fmt::Write;

pub use codecs::repr::{bytes_repr, str_repr, str_repr_utf8};

/// CPython's default `sys.get_int_max_str_digits()`.
pub const DEFAULT_MAX_STR_DIGITS: usize = 4300;

/// An exception `repr()` raised.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReprError {
    /// `ValueError(msg)`.
    ValueError(String),
}

/// `repr(float)`.
pub fn float_repr(out: &mut String, v: f64) {
    format_float_r(out, v, true, false);
}

/// `repr(complex)`. CPython: Objects/complexobject.c complex_repr.
pub fn complex_repr(out: &mut String, real: f64, imag: f64) {
    if real == 0.0 && real.is_sign_positive() {
        format_float_r(out, imag, false, false);
        out.push('j');
    } else {
        out.push('(');
        format_float_r(out, real, false, false);
        format_float_r(out, imag, false, true);
        out.push_str("j)");
    }
}

/// `PyOS_double_to_string(v, 'r', 0, flags)`: the shortest digits that round-trip,
/// fixed notation for exponents in -4 < decpt <= 16, else exponent notation.
/// CPython: Python/pystrtod.c format_float_short.
fn format_float_r(out: &mut String, v: f64, add_dot_0: bool, always_sign: bool) {
    if v.is_nan() {
        // CPython never prints a sign on a NaN.
        out.push_str(if always_sign { "+nan" } else { "nan" });
        return;
    }
    if v.is_sign_negative() {
        out.push('-');
    } else if always_sign {
        out.push('+');
    }
    if v.is_infinite() {
        out.push_str("inf");
        return;
    }
    // Rust's `{:e}` gives the shortest round-tripping digits (as David Gay's
    // dtoa mode 0 does), as "d.ddde[-]x".
    let mut sci = String::with_capacity(32);
    let _ = write!(sci, "{:e}", v.abs());
    let (mantissa, exp) = sci.split_once('e').unwrap_or((sci.as_str(), "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let digits: String = mantissa.chars().filter(|c| c.is_ascii_digit()).collect();
    let ndigits = digits.len() as i32;
    let decpt = exp + 1;
    if decpt <= -4 || decpt > 16 {
        let (first, rest) = digits.split_at(1.min(digits.len()));
        out.push_str(first);
        if !rest.is_empty() {
            out.push('.');
            out.push_str(rest);
        }
        let e = decpt - 1;
        out.push('e');
        out.push(if e < 0 { '-' } else { '+' });
        let _ = write!(out, "{:02}", e.unsigned_abs());
    } else if decpt <= 0 {
        out.push_str("0.");
        for _ in 0..-decpt {
            out.push('0');
        }
        out.push_str(&digits);
    } else if decpt < ndigits {
        let (int_part, frac) = digits.split_at(decpt as usize);
        out.push_str(int_part);
        out.push('.');
        out.push_str(frac);
    } else {
        out.push_str(&digits);
        for _ in 0..decpt - ndigits {
            out.push('0');
        }
        if add_dot_0 {
            out.push_str(".0");
        }
    }
}

/// `repr(int)`, with CPython's limit on decimal conversion of huge ints
/// (`sys.get_int_max_str_digits()`, 0 meaning unlimited).
/// CPython: Objects/longobject.c long_to_decimal_string_internal.
pub fn int_repr(out: &mut String, v: &PyInt, max_str_digits: usize) -> Result<(), ReprError> {
    match v {
        PyInt::Small(i) => {
            let _ = write!(out, "{i}");
            Ok(())
        }
        PyInt::Big(b) => {
            let too_long = || {
                ReprError::ValueError(format!(
                    "Exceeds the limit ({max_str_digits} digits) for integer string conversion; \
                     use sys.set_int_max_str_digits() to increase the limit"
                ))
            };
            // Skip the (quadratic) conversion when the size alone shows the
            // result is too long: 2**(bits-1) has more than (bits-1)*0.30103 digits.
            if max_str_digits > 0
                && (b.bits().saturating_sub(1) as f64) * std::f64::consts::LOG10_2
                    > max_str_digits as f64 + 1.0
            {
                return Err(too_long());
            }
            let s = b.to_string();
            let ndigits = s.trim_start_matches('-').len();
            if max_str_digits > 0 && ndigits > max_str_digits {
                return Err(too_long());
            }
            out.push_str(&s);
            Ok(())
        }
    }
}

/// `repr()` of a constant.
pub fn constant_repr(
    out: &mut String,
    v: &ConstantValue,
    max_str_digits: usize,
) -> Result<(), ReprError> {
    match v {
        ConstantValue::None => out.push_str("None"),
        ConstantValue::Bool(true) => out.push_str("True"),
        ConstantValue::Bool(false) => out.push_str("False"),
        ConstantValue::Ellipsis => out.push_str("Ellipsis"),
        ConstantValue::Int(i) => int_repr(out, i, max_str_digits)?,
        ConstantValue::Float(f) => float_repr(out, *f),
        ConstantValue::Complex { real, imag } => complex_repr(out, *real, *imag),
        ConstantValue::Str(s) => str_repr(out, s),
        ConstantValue::Bytes(b) => bytes_repr(out, b),
    }
    Ok(())
}
