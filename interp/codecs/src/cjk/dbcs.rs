//! The double-byte codecs: shift_jis, cp932, cp949, euc_kr, gbk, gb2312,
//! big5, cp950, johab, big5hkscs, from tables recorded with the reference.
//!
//! CPython: Modules/cjkcodecs/_codecs_{jp,kr,cn,tw,hk}.c under
//! Modules/cjkcodecs/multibytecodec.c.

use super::tables;
use super::tables::dbcs::Dbcs;
use crate::CodecError;

/// CPython: Modules/cjkcodecs/multibytecodec.c decoding with a
/// double-byte codec (strict, final): a lead byte at the end of input is an
/// "incomplete" sequence, any other bad byte or pair an "illegal" one
/// covering its first byte (what the reference reports for every one- and
/// two-byte sequence of these codecs).
pub fn decode(input: &[u8], codec: &Dbcs) -> Result<String, CodecError> {
    let fail = |start: usize, end: usize, reason: &'static str| {
        CodecError::decode(codec.name, start, end, reason)
    };
    let illegal = |pos: usize| fail(pos, pos + 1, "illegal multibyte sequence");
    let mut out = String::with_capacity(input.len());
    let mut pos = 0;
    while let Some(&b) = input.get(pos) {
        if b < 0x80 {
            out.push(b as char);
            pos += 1;
            continue;
        }
        let hi = (b - 0x80) as usize;
        match codec.single.get(hi).copied().unwrap_or(0) {
            0 => return Err(illegal(pos)),
            1 => {
                let Some(&t) = input.get(pos + 1) else {
                    return Err(fail(pos, input.len(), "incomplete multibyte sequence"));
                };
                if std::ptr::eq(codec, &tables::dbcs::EUC_KR) && b == 0xA4 && t == 0xD4 {
                    let Some(seq) = input.get(pos..pos + 8) else {
                        return Err(fail(pos, input.len(), "incomplete multibyte sequence"));
                    };
                    match euc_kr_makeup(seq) {
                        Some(c) => out.push(c),
                        None => return Err(illegal(pos)),
                    }
                    pos += 8;
                    continue;
                }
                let v = dbcs_pair(codec, b, t);
                if v >= 0x11_0000 {
                    // big5hkscs maps a few pairs to a letter and a combining
                    // mark.
                    let pair = codec.pairs.get((v - 0x11_0000) as usize);
                    match pair.map(|p| (char::from_u32(p[0]), char::from_u32(p[1]))) {
                        Some((Some(a), Some(b))) => {
                            out.push(a);
                            out.push(b);
                        }
                        _ => return Err(illegal(pos)),
                    }
                } else {
                    match char::from_u32(v) {
                        Some(c) if v != 0 => out.push(c),
                        _ => return Err(illegal(pos)),
                    }
                }
                pos += 2;
            }
            v => {
                match char::from_u32(v as u32) {
                    Some(c) => out.push(c),
                    None => return Err(illegal(pos)),
                }
                pos += 1;
            }
        }
    }
    Ok(out)
}

/// A double-byte code's value in `codec`'s rows: a character, 0x110000 +
/// a pair index, or 0 when unmapped.
pub(crate) fn dbcs_pair(codec: &Dbcs, lead: u8, trail: u8) -> u32 {
    let Some(hi) = lead.checked_sub(0x80) else {
        return 0;
    };
    let row = codec.lead_row.get(hi as usize).copied().unwrap_or(u8::MAX) as usize;
    let col = (trail as usize).wrapping_sub(codec.trail_min as usize);
    if row == u8::MAX as usize || col >= codec.trail_len {
        return 0;
    }
    codec
        .rows
        .get(row * codec.trail_len + col)
        .copied()
        .unwrap_or(0)
}

/// KS X 1001:1998 Annex 3 make-up sequence: 0xA4 0xD4 then 0xA4 and a
/// choseong, 0xA4 and a jungseong, 0xA4 and a jongseong (0xD4: none),
/// composed into one Hangul syllable. Indices recorded from the reference;
/// -1 marks a byte that is not a valid jamo there.
///
/// CPython: Modules/cjkcodecs/_codecs_kr.c `euc_kr` decoder.
fn euc_kr_makeup(seq: &[u8]) -> Option<char> {
    const CHOSEONG: [i8; 30] = [
        0, 1, -1, 2, -1, -1, 3, 4, 5, -1, -1, -1, -1, -1, -1, -1, 6, 7, 8, -1, 9, 10, 11, 12, 13,
        14, 15, 16, 17, 18,
    ];
    const JONGSEONG: [i8; 30] = [
        1, 2, 3, 4, 5, 6, 7, -1, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, -1, 18, 19, 20, 21, 22, -1,
        23, 24, 25, 26, 27,
    ];
    let &[_, _, a2, c, a4, v, a6, f] = seq else {
        return None;
    };
    if a2 != 0xA4 || a4 != 0xA4 || a6 != 0xA4 {
        return None;
    }
    let jamo = |table: &[i8; 30], b: u8| -> Option<u32> {
        let i = *table.get((b as usize).checked_sub(0xA1)?)?;
        u32::try_from(i).ok()
    };
    let cho = jamo(&CHOSEONG, c)?;
    let jung = if (0xBF..=0xD3).contains(&v) {
        (v - 0xBF) as u32
    } else {
        return None;
    };
    let jong = if f == 0xD4 { 0 } else { jamo(&JONGSEONG, f)? };
    char::from_u32(0xAC00 + cho * 588 + jung * 28 + jong)
}
