//! gb18030: GBK, its two-byte extension and the four-byte sequences.
//!
//! CPython: Modules/cjkcodecs/_codecs_cn.c `gb18030`.

use super::dbcs::dbcs_pair;
use super::tables;
use crate::CodecError;

/// CPython: Modules/cjkcodecs/_codecs_cn.c `gb18030` decoder (strict,
/// final): GBK then its gb18030 extension for two-byte codes; a second byte
/// 0x30..=0x39 makes a four-byte sequence, a BMP range entry or a linear
/// supplementary-plane code. Any byte >= 0x80 at the end is "incomplete",
/// like a two- or three-byte start of a four-byte sequence.
pub fn decode(input: &[u8]) -> Result<String, CodecError> {
    let fail = |start: usize, end: usize, reason: &'static str| {
        CodecError::decode("gb18030", start, end, reason)
    };
    let incomplete = |pos: usize| fail(pos, input.len(), "incomplete multibyte sequence");
    let illegal = |pos: usize| fail(pos, pos + 1, "illegal multibyte sequence");
    let mut out = String::with_capacity(input.len());
    let mut pos = 0;
    while let Some(&c) = input.get(pos) {
        if c < 0x80 {
            out.push(c as char);
            pos += 1;
            continue;
        }
        let Some(&c2) = input.get(pos + 1) else {
            return Err(incomplete(pos));
        };
        if (0x30..=0x39).contains(&c2) {
            let (Some(&c3), Some(&c4)) = (input.get(pos + 2), input.get(pos + 3)) else {
                return Err(incomplete(pos));
            };
            if !(0x81..=0xFE).contains(&c)
                || !(0x81..=0xFE).contains(&c3)
                || !(0x30..=0x39).contains(&c4)
            {
                return Err(illegal(pos));
            }
            let (c, c2, c3, c4) = (
                (c - 0x81) as u32,
                (c2 - 0x30) as u32,
                (c3 - 0x81) as u32,
                (c4 - 0x30) as u32,
            );
            let cp = if c < 4 {
                let lseq = (c * 10 + c2) * 1260 + c3 * 10 + c4;
                if lseq < 39420 {
                    let ranges = tables::extra::GB18030_BMP;
                    let i = ranges.partition_point(|&(base, _)| base as u32 <= lseq);
                    ranges
                        .get(i.wrapping_sub(1))
                        .map(|&(base, first)| first as u32 + lseq - base as u32)
                } else {
                    None
                }
            } else if c >= 15 {
                let cp = 0x10000 + ((c - 15) * 10 + c2) * 1260 + c3 * 10 + c4;
                (cp <= 0x10FFFF).then_some(cp)
            } else {
                None
            };
            match cp.and_then(char::from_u32) {
                Some(ch) => out.push(ch),
                None => return Err(illegal(pos)),
            }
            pos += 4;
            continue;
        }
        let mut v = dbcs_pair(&tables::dbcs::GBK, c, c2);
        if v == 0 {
            let code = u16::from_be_bytes([c, c2]);
            let ext = tables::extra::GB18030_EXT;
            let i = ext.partition_point(|&(start, _, _)| start <= code);
            if let Some(&(start, count, first)) = ext.get(i.wrapping_sub(1))
                && code - start < count
            {
                v = first + (code - start) as u32;
            }
        }
        match char::from_u32(v) {
            Some(ch) if v != 0 => out.push(ch),
            _ => return Err(illegal(pos)),
        }
        pos += 2;
    }
    Ok(out)
}
