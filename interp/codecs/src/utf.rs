//! The UTF codecs: utf-8, utf-16 and utf-32 (little- and big-endian).
//!
//! CPython: Objects/unicodeobject.c `PyUnicode_DecodeUTF8Stateful`,
//! `PyUnicode_DecodeUTF16Stateful`, `PyUnicode_DecodeUTF32Stateful`, with
//! errors='strict' and final=1.

use crate::CodecError;

/// The utf-8 codec: the text, or the first invalid sequence as CPython
/// reports it.
pub fn decode_utf8(input: &[u8]) -> Result<String, CodecError> {
    match std::str::from_utf8(input) {
        Ok(s) => Ok(s.to_owned()),
        Err(e) => Err(utf8_error(input, e)),
    }
}

/// CPython's `UnicodeDecodeError` for the error Rust found: an incomplete
/// sequence at the end is "unexpected end of data" up to the end; a byte
/// that cannot start a sequence is an "invalid start byte"; otherwise the
/// bytes read so far are an "invalid continuation byte".
pub fn utf8_error(input: &[u8], e: std::str::Utf8Error) -> CodecError {
    let start = e.valid_up_to();
    let lead = input.get(start).copied().unwrap_or(0);
    let (end, reason) = match e.error_len() {
        None => (input.len(), "unexpected end of data"),
        Some(n) => {
            if (0x80..0xC2).contains(&lead) || lead >= 0xF5 {
                (start + 1, "invalid start byte")
            } else {
                (start + n, "invalid continuation byte")
            }
        }
    };
    CodecError::decode("utf-8", start, end, reason)
}

/// utf-16-le / utf-16-be. A cookie line starts with a blank, `#` or a
/// newline, so a source body never begins with a UTF-16 BOM: plain "utf-16"
/// decodes in the host's order, little-endian on the machines the reference
/// runs on (its errors say 'utf-16-le').
pub fn decode_utf16(input: &[u8], big_endian: bool) -> Result<String, CodecError> {
    let codec = if big_endian { "utf-16-be" } else { "utf-16-le" };
    let unit = |p: usize| -> Option<u16> {
        let pair = [*input.get(p)?, *input.get(p + 1)?];
        Some(if big_endian {
            u16::from_be_bytes(pair)
        } else {
            u16::from_le_bytes(pair)
        })
    };
    let fail = |start: usize, end: usize, reason: &'static str| {
        CodecError::decode(codec, start, end, reason)
    };
    let mut out = String::with_capacity(input.len() / 2 * 3);
    let mut pos = 0;
    while pos < input.len() {
        let Some(u) = unit(pos) else {
            return Err(fail(pos, input.len(), "truncated data"));
        };
        match u {
            0xD800..=0xDBFF => {
                let Some(u2) = unit(pos + 2) else {
                    return Err(fail(pos, input.len(), "unexpected end of data"));
                };
                if !(0xDC00..=0xDFFF).contains(&u2) {
                    return Err(fail(pos, pos + 2, "illegal UTF-16 surrogate"));
                }
                let cp = 0x10000 + (((u as u32) - 0xD800) << 10) + ((u2 as u32) - 0xDC00);
                match char::from_u32(cp) {
                    Some(c) => out.push(c),
                    None => return Err(fail(pos, pos + 4, "illegal encoding")),
                }
                pos += 4;
            }
            0xDC00..=0xDFFF => return Err(fail(pos, pos + 2, "illegal encoding")),
            _ => {
                // Not a surrogate, so always a scalar value.
                out.push(char::from_u32(u as u32).unwrap_or('\u{FFFD}'));
                pos += 2;
            }
        }
    }
    Ok(out)
}

/// utf-32-le / utf-32-be (same BOM argument as [`decode_utf16`]).
pub fn decode_utf32(input: &[u8], big_endian: bool) -> Result<String, CodecError> {
    let codec = if big_endian { "utf-32-be" } else { "utf-32-le" };
    let fail = |start: usize, end: usize, reason: &'static str| {
        CodecError::decode(codec, start, end, reason)
    };
    let mut out = String::with_capacity(input.len());
    let mut pos = 0;
    while pos < input.len() {
        let Some(&[a, b, c, d]) = input.get(pos..pos + 4) else {
            return Err(fail(pos, input.len(), "truncated data"));
        };
        let cp = if big_endian {
            u32::from_be_bytes([a, b, c, d])
        } else {
            u32::from_le_bytes([a, b, c, d])
        };
        if cp > 0x10FFFF {
            return Err(fail(pos, pos + 4, "code point not in range(0x110000)"));
        }
        match char::from_u32(cp) {
            Some(c) => out.push(c),
            None => {
                return Err(fail(
                    pos,
                    pos + 4,
                    "code point in surrogate code point range(0xd800, 0xe000)",
                ));
            }
        }
        pos += 4;
    }
    Ok(out)
}
