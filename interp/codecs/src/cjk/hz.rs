//! HZ-GB-2312 (RFC 1843).
//!
//! CPython: Modules/cjkcodecs/_codecs_cn.c `hz`.

use super::dbcs::dbcs_pair;
use super::tables;
use crate::CodecError;

/// CPython: Modules/cjkcodecs/_codecs_cn.c `hz` decoder (strict, final):
/// `~{` enters GB2312 mode (7-bit pairs), `~}` leaves it, `~~` is a tilde
/// and `~` newline a line continuation, both in ASCII mode only.
pub fn decode(input: &[u8]) -> Result<String, CodecError> {
    let fail = |start: usize, end: usize, reason: &'static str| {
        CodecError::decode("hz", start, end, reason)
    };
    let incomplete = |pos: usize| fail(pos, input.len(), "incomplete multibyte sequence");
    let illegal = |pos: usize| fail(pos, pos + 1, "illegal multibyte sequence");
    let mut out = String::with_capacity(input.len());
    let mut gb = false;
    let mut pos = 0;
    while let Some(&c) = input.get(pos) {
        if c == b'~' {
            let Some(&c2) = input.get(pos + 1) else {
                return Err(incomplete(pos));
            };
            match (c2, gb) {
                (b'~', false) => out.push('~'),
                (b'{', false) => gb = true,
                (b'\n', false) => {}
                (b'}', true) => gb = false,
                _ => return Err(illegal(pos)),
            }
            pos += 2;
            continue;
        }
        if c >= 0x80 {
            return Err(illegal(pos));
        }
        if !gb {
            out.push(c as char);
            pos += 1;
            continue;
        }
        let Some(&c2) = input.get(pos + 1) else {
            return Err(incomplete(pos));
        };
        let v = if c2 < 0x80 {
            dbcs_pair(&tables::dbcs::GB2312, c | 0x80, c2 | 0x80)
        } else {
            0
        };
        match char::from_u32(v) {
            Some(ch) if v != 0 => out.push(ch),
            _ => return Err(illegal(pos)),
        }
        pos += 2;
    }
    Ok(out)
}
