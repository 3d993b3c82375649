//! Python `repr()` of the values a `Constant` can hold, byte for byte as
//! CPython 3.14 prints them.

use super::unicode_printable::is_printable;
use super::{ConstantValue, PyInt, PyStr};
use std::fmt::Write;

/// CPython's default `sys.get_int_max_str_digits()`.
pub const DEFAULT_MAX_STR_DIGITS: usize = 4300;

/// An exception `repr()` raised.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReprError {
    /// `ValueError(msg)`.
    ValueError(String),
}

const HEX: &[u8; 16] = b"0123456789abcdef";

fn push_hex(out: &mut String, v: u32, digits: u32) {
    for i in (0..digits).rev() {
        out.push(HEX[((v >> (4 * i)) & 0xF) as usize] as char);
    }
}

/// `repr(str)`. CPython: Objects/unicodeobject.c unicode_repr.
pub fn str_repr(out: &mut String, s: &PyStr) {
    match s.as_str() {
        Some(text) => str_repr_utf8(out, text),
        None => {
            let quote = str_quote(s.as_bytes());
            out.push(quote);
            for cp in s.code_points() {
                let plain = (0x20..0x7f).contains(&cp) && cp != quote as u32 && cp != '\\' as u32;
                if plain {
                    out.push(cp as u8 as char);
                } else {
                    push_escaped(out, cp, quote);
                }
            }
            out.push(quote);
        }
    }
}

fn str_quote(bytes: &[u8]) -> char {
    // Double quotes only when the text has a single quote and no double quote.
    if bytes.contains(&b'\'') && !bytes.contains(&b'"') {
        '"'
    } else {
        '\''
    }
}

/// `repr(str)` of a surrogate-free string.
pub fn str_repr_utf8(out: &mut String, text: &str) {
    let bytes = text.as_bytes();
    let quote = str_quote(bytes);
    out.reserve(bytes.len() + 2);
    out.push(quote);
    // Copy runs of plain printable ASCII at once.
    let mut start = 0;
    for (i, c) in text.char_indices() {
        let plain = (' '..'\x7f').contains(&c) && c != quote && c != '\\';
        if !plain {
            out.push_str(text.get(start..i).unwrap_or(""));
            push_escaped(out, c as u32, quote);
            start = i + c.len_utf8();
        }
    }
    out.push_str(text.get(start..).unwrap_or(""));
    out.push(quote);
}

fn push_escaped(out: &mut String, cp: u32, quote: char) {
    match cp {
        _ if cp == quote as u32 || cp == '\\' as u32 => {
            out.push('\\');
            out.push(cp as u8 as char);
        }
        0x09 => out.push_str("\\t"),
        0x0A => out.push_str("\\n"),
        0x0D => out.push_str("\\r"),
        0x00..=0x1F | 0x7F => {
            out.push_str("\\x");
            push_hex(out, cp, 2);
        }
        0x20..=0x7E => out.push(cp as u8 as char),
        _ if is_printable(cp) => match char::from_u32(cp) {
            Some(c) => out.push(c),
            None => push_u_escape(out, cp),
        },
        _ => push_u_escape(out, cp),
    }
}

fn push_u_escape(out: &mut String, cp: u32) {
    if cp <= 0xFF {
        out.push_str("\\x");
        push_hex(out, cp, 2);
    } else if cp <= 0xFFFF {
        out.push_str("\\u");
        push_hex(out, cp, 4);
    } else {
        out.push_str("\\U");
        push_hex(out, cp, 8);
    }
}

/// `repr(bytes)`. CPython: Objects/bytesobject.c PyBytes_Repr (smartquotes).
pub fn bytes_repr(out: &mut String, b: &[u8]) {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    out.reserve(b.len() + 3);
    out.push('b');
    out.push(quote as char);
    for &c in b {
        match c {
            _ if c == quote || c == b'\\' => {
                out.push('\\');
                out.push(c as char);
            }
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            0x20..=0x7E => out.push(c as char),
            _ => {
                out.push_str("\\x");
                push_hex(out, c as u32, 2);
            }
        }
    }
    out.push(quote as char);
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
