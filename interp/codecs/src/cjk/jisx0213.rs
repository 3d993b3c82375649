//! The JIS X 0213 codecs: euc_jis_2004, euc_jisx0213, shift_jis_2004,
//! shift_jisx0213, and the plane lookups the iso2022 codecs share.
//!
//! CPython: Modules/cjkcodecs/_codecs_jp.c, Modules/cjkcodecs/_codecs_iso2022.c.

use super::tables;
use crate::CodecError;

/// Which JIS X 0213 codec of Modules/cjkcodecs/_codecs_jp.c.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Jisx0213Codec {
    EucJis2004,
    EucJisx0213,
    ShiftJis2004,
    ShiftJisx0213,
}

impl Jisx0213Codec {
    fn name(self) -> &'static str {
        match self {
            Jisx0213Codec::EucJis2004 => "euc_jis_2004",
            Jisx0213Codec::EucJisx0213 => "euc_jisx0213",
            Jisx0213Codec::ShiftJis2004 => "shift_jis_2004",
            Jisx0213Codec::ShiftJisx0213 => "shift_jisx0213",
        }
    }

    /// The JIS X 0213:2000 flavour (`config == (void *)2000`).
    fn is_2000(self) -> bool {
        matches!(
            self,
            Jisx0213Codec::EucJisx0213 | Jisx0213Codec::ShiftJisx0213
        )
    }
}

/// A JIS row/cell pair's index in the 94x94 tables, if both are in range.
pub(crate) fn jis_index(r: u8, c: u8) -> Option<u16> {
    if (0x21..=0x7E).contains(&r) && (0x21..=0x7E).contains(&c) {
        Some((r as u16 - 0x21) * 94 + (c as u16 - 0x21))
    } else {
        None
    }
}

fn sparse_lookup(table: &[(u16, u32)], i: u16) -> Option<u32> {
    table
        .binary_search_by_key(&i, |&(k, _)| k)
        .ok()
        .and_then(|at| table.get(at))
        .map(|&(_, v)| v)
}

/// A JIS X 0213 plane lookup: the value, or why it failed.
pub(crate) enum JisLookup {
    Found(u32),
    Unmapped,
    /// A 2004 addition under a 2000 codec: an error covering both bytes.
    Not2000,
}

/// CPython: Modules/cjkcodecs/_codecs_iso2022.c `jisx0213_2004_1_decoder`
/// (and the 2000 one with EMULATE_JISX0213_2000_DECODE_PLANE1): JIS X 0208
/// (0x2140 as U+FF3C) then the JIS X 0213 additions.
pub(crate) fn jisx0213_plane1(r: u8, c: u8, v2000: bool) -> JisLookup {
    let Some(i) = jis_index(r, c) else {
        return JisLookup::Unmapped;
    };
    if v2000 && tables::extra::JISX0213_2004_ONLY.contains(&i) {
        return JisLookup::Not2000;
    }
    match tables::euc_jp::JISX0208.get(i as usize) {
        Some(&v) if v != 0 => JisLookup::Found(v as u32),
        _ => match sparse_lookup(tables::extra::JISX0213_P1, i) {
            Some(v) => JisLookup::Found(v),
            None => JisLookup::Unmapped,
        },
    }
}

pub(crate) fn jisx0213_plane2(r: u8, c: u8) -> Option<u32> {
    sparse_lookup(tables::extra::JISX0213_P2, jis_index(r, c)?)
}

/// Appends a JIS X 0213 value: a character or 0x110000 + a pair index.
pub(crate) fn push_jis(out: &mut String, v: u32) -> bool {
    let (a, b) = match v.checked_sub(0x11_0000) {
        Some(i) => match tables::extra::JISX0213_PAIRS.get(i as usize) {
            Some(&[a, b]) => (a, Some(b)),
            None => return false,
        },
        None => (v, None),
    };
    let Some(a) = char::from_u32(a) else {
        return false;
    };
    out.push(a);
    if let Some(b) = b.and_then(char::from_u32) {
        out.push(b);
    }
    true
}

/// CPython: Modules/cjkcodecs/_codecs_jp.c `euc_jis_2004` and
/// `shift_jis_2004` decoders (strict, final), with `config == 2000` for
/// euc_jisx0213 and shift_jisx0213. Checked against the reference for every
/// one- and two-byte sequence and every three-byte euc one (genextra.py).
pub fn decode(input: &[u8], codec: Jisx0213Codec) -> Result<String, CodecError> {
    let fail = |start: usize, end: usize, reason: &'static str| {
        CodecError::decode(codec.name(), start, end, reason)
    };
    let incomplete = |pos: usize| fail(pos, input.len(), "incomplete multibyte sequence");
    let illegal = |pos: usize, n: usize| fail(pos, pos + n, "illegal multibyte sequence");
    let v2000 = codec.is_2000();
    // EMULATE_JISX0213_2000_DECODE_PLANE2: the 2000 mapping of 0x7D3B.
    let plane2 = |r: u8, c: u8| -> Option<u32> {
        if v2000 && (r, c) == (0x7D, 0x3B) {
            Some(0x9B1D)
        } else {
            jisx0213_plane2(r, c)
        }
    };
    let euc = matches!(
        codec,
        Jisx0213Codec::EucJis2004 | Jisx0213Codec::EucJisx0213
    );
    let mut out = String::with_capacity(input.len());
    let mut pos = 0;
    while let Some(&c) = input.get(pos) {
        let (found, len) = if euc {
            if c < 0x80 {
                out.push(c as char);
                pos += 1;
                continue;
            }
            if c == 0x8E {
                let Some(&c2) = input.get(pos + 1) else {
                    return Err(incomplete(pos));
                };
                if !(0xA1..=0xDF).contains(&c2) {
                    return Err(illegal(pos, 1));
                }
                out.push(char::from_u32(0xFEC0 + c2 as u32).unwrap_or('\u{FFFD}'));
                pos += 2;
                continue;
            }
            if c == 0x8F {
                let (Some(&c2), Some(&c3)) = (input.get(pos + 1), input.get(pos + 2)) else {
                    return Err(incomplete(pos));
                };
                let (r, cc) = (c2 ^ 0x80, c3 ^ 0x80);
                // Plane 2, else JIS X 0212 (as euc_jp decodes it).
                let v = plane2(r, cc).or_else(|| {
                    let i = jis_index(r, cc)?;
                    let v = *tables::euc_jp::JISX0212.get(i as usize)?;
                    (v != 0).then_some(v as u32)
                });
                (v.map_or(JisLookup::Unmapped, JisLookup::Found), 3)
            } else {
                let Some(&c2) = input.get(pos + 1) else {
                    return Err(incomplete(pos));
                };
                let (r, cc) = (c ^ 0x80, c2 ^ 0x80);
                if (r, cc) == (0x22, 0x32) {
                    (JisLookup::Found(0xFF5E), 2)
                } else {
                    (jisx0213_plane1(r, cc, v2000), 2)
                }
            }
        } else {
            match tables::extra::SJIS2004_SINGLE
                .get(c as usize)
                .copied()
                .unwrap_or(0xFFFF)
            {
                0xFFFF => return Err(illegal(pos, 1)),
                0xFFFE => {}
                v => {
                    out.push(char::from_u32(v as u32).unwrap_or('\u{FFFD}'));
                    pos += 1;
                    continue;
                }
            }
            let Some(&c2) = input.get(pos + 1) else {
                return Err(incomplete(pos));
            };
            if !(0x40..=0xFC).contains(&c2) || c2 == 0x7F {
                return Err(illegal(pos, 1));
            }
            // Shift_JIS byte pairs to JIS row/cell; rows past 94 are plane 2.
            let c1 = if c < 0xE0 { c - 0x81 } else { c - 0xC1 };
            let t = if c2 < 0x80 { c2 - 0x40 } else { c2 - 0x41 };
            let c1 = 2 * c1 + u8::from(t >= 0x5E);
            let t = (if t < 0x5E { t } else { t - 0x5E }) + 0x21;
            if c1 < 0x5E {
                let r = c1 + 0x21;
                if (r, t) == (0x21, 0x40) {
                    // Plain JIS X 0208 here: no full-width reverse solidus.
                    (JisLookup::Found(0x5C), 2)
                } else {
                    (jisx0213_plane1(r, t, v2000), 2)
                }
            } else {
                let r = if c1 >= 0x67 {
                    c1 + 0x07
                } else if c1 >= 0x63 || c1 == 0x5F {
                    c1 - 0x37
                } else {
                    c1 - 0x3D
                };
                (
                    plane2(r, t).map_or(JisLookup::Unmapped, JisLookup::Found),
                    2,
                )
            }
        };
        match found {
            JisLookup::Found(v) if push_jis(&mut out, v) => pos += len,
            JisLookup::Not2000 => return Err(illegal(pos, 2)),
            _ => return Err(illegal(pos, 1)),
        }
    }
    Ok(out)
}
