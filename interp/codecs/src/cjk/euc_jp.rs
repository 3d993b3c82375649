//! euc_jp: JIS X 0208, half-width katakana after 0x8E, JIS X 0212 after
//! 0x8F.
//!
//! CPython: Modules/cjkcodecs/_codecs_jp.c `euc_jp`.

use super::tables;
use crate::CodecError;

/// CPython: Modules/cjkcodecs/_codecs_jp.c `euc_jp` decoder under
/// Modules/cjkcodecs/multibytecodec.c (strict, final): a sequence cut
/// short by the end of input is "incomplete" up to the end; any other bad
/// sequence is "illegal" for its first byte only (checked exhaustively over
/// all 2- and 3-byte sequences against the reference).
pub fn decode(input: &[u8]) -> Result<String, CodecError> {
    let fail = |start: usize, end: usize, reason: &'static str| {
        CodecError::decode("euc_jp", start, end, reason)
    };
    let incomplete = |pos: usize| fail(pos, input.len(), "incomplete multibyte sequence");
    let illegal = |pos: usize| fail(pos, pos + 1, "illegal multibyte sequence");
    let index = |a: u8, b: u8| -> Option<usize> {
        if (0xA1..=0xFE).contains(&a) && (0xA1..=0xFE).contains(&b) {
            Some((a as usize - 0xA1) * 94 + (b as usize - 0xA1))
        } else {
            None
        }
    };
    let lookup = |table: &[u16; 8836], a: u8, b: u8| -> Option<char> {
        let v = *table.get(index(a, b)?)?;
        if v == 0 {
            None
        } else {
            char::from_u32(v as u32)
        }
    };
    let mut out = String::with_capacity(input.len());
    let mut pos = 0;
    while let Some(&b) = input.get(pos) {
        if b < 0x80 {
            out.push(b as char);
            pos += 1;
            continue;
        }
        match b {
            0x8E => {
                let Some(&c2) = input.get(pos + 1) else {
                    return Err(incomplete(pos));
                };
                if !(0xA1..=0xDF).contains(&c2) {
                    return Err(illegal(pos));
                }
                // Half-width katakana.
                out.push(char::from_u32(0xFEC0 + c2 as u32).unwrap_or('\u{FFFD}'));
                pos += 2;
            }
            0x8F => {
                let (Some(&c2), Some(&c3)) = (input.get(pos + 1), input.get(pos + 2)) else {
                    return Err(incomplete(pos));
                };
                match lookup(&tables::euc_jp::JISX0212, c2, c3) {
                    Some(c) => out.push(c),
                    None => return Err(illegal(pos)),
                }
                pos += 3;
            }
            _ => {
                let Some(&c2) = input.get(pos + 1) else {
                    return Err(incomplete(pos));
                };
                match lookup(&tables::euc_jp::JISX0208, b, c2) {
                    Some(c) => out.push(c),
                    None => return Err(illegal(pos)),
                }
                pos += 2;
            }
        }
    }
    Ok(out)
}
