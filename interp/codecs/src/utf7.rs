//! utf-7 (RFC 2152).
//!
//! CPython: Objects/unicodeobject.c `PyUnicode_DecodeUTF7Stateful`.

use crate::{CodecError, PyStr, PyStrBuf};

/// CPython: Objects/unicodeobject.c `PyUnicode_DecodeUTF7Stateful` (strict,
/// final). Error ranges start at the `+` that opened the
/// shift sequence.
pub fn decode(input: &[u8]) -> Result<PyStr, CodecError> {
    let fail = |start: usize, end: usize, reason: &'static str| {
        CodecError::decode("utf7", start, end, reason)
    };
    let is_base64 = |c: u8| c.is_ascii_alphanumeric() || c == b'+' || c == b'/';
    let from_base64 = |c: u8| -> u32 {
        match c {
            b'A'..=b'Z' => (c - b'A') as u32,
            b'a'..=b'z' => (c - b'a') as u32 + 26,
            b'0'..=b'9' => (c - b'0') as u32 + 52,
            b'+' => 62,
            _ => 63,
        }
    };
    let direct = |c: u8| c <= 127 && c != b'+';
    let mut out = PyStrBuf::with_capacity(input.len());
    let mut in_shift = false;
    let mut shift_start = 0usize;
    let mut bits = 0u32;
    let mut buffer = 0u32;
    let mut surrogate = 0u32;
    let mut s = 0usize;
    while let Some(&ch) = input.get(s) {
        if in_shift {
            if is_base64(ch) {
                buffer = (buffer << 6) | from_base64(ch);
                bits += 6;
                s += 1;
                if bits >= 16 {
                    let unit = (buffer >> (bits - 16)) & 0xFFFF;
                    bits -= 16;
                    buffer &= (1 << bits) - 1;
                    if surrogate != 0 {
                        if (0xDC00..=0xDFFF).contains(&unit) {
                            out.push_bounded(
                                0x10000 + ((surrogate - 0xD800) << 10) + (unit - 0xDC00),
                            );
                            surrogate = 0;
                            continue;
                        }
                        out.push_bounded(surrogate);
                        surrogate = 0;
                    }
                    if (0xD800..=0xDBFF).contains(&unit) {
                        surrogate = unit;
                    } else {
                        out.push_bounded(unit);
                    }
                }
            } else {
                in_shift = false;
                if bits >= 6 {
                    return Err(fail(
                        shift_start,
                        s + 1,
                        "partial character in shift sequence",
                    ));
                }
                if bits > 0 && buffer != 0 {
                    return Err(fail(
                        shift_start,
                        s + 1,
                        "non-zero padding bits in shift sequence",
                    ));
                }
                if surrogate != 0 && direct(ch) {
                    out.push_bounded(surrogate);
                }
                surrogate = 0;
                if ch == b'-' {
                    // '-' is absorbed; other terminators are kept.
                    s += 1;
                }
            }
        } else if ch == b'+' {
            shift_start = s;
            s += 1;
            match input.get(s) {
                Some(b'-') => {
                    s += 1;
                    out.push_bounded(b'+' as u32);
                }
                Some(&c) if !is_base64(c) => {
                    return Err(fail(shift_start, s + 1, "ill-formed sequence"));
                }
                _ => {
                    in_shift = true;
                    surrogate = 0;
                    bits = 0;
                    buffer = 0;
                }
            }
        } else if direct(ch) {
            out.push_bounded(ch as u32);
            s += 1;
        } else {
            return Err(fail(s, s + 1, "unexpected special character"));
        }
    }
    if in_shift && (surrogate != 0 || bits >= 6 || (bits > 0 && buffer != 0)) {
        return Err(fail(
            shift_start,
            input.len(),
            "unterminated shift sequence",
        ));
    }
    Ok(out.finish())
}
