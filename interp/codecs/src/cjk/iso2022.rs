//! The stateful ISO-2022 codecs: escape sequences designate charsets into
//! G0..G2, SO/SI shift, `ESC N` single-shifts to G2.
//!
//! CPython: Modules/cjkcodecs/_codecs_iso2022.c.

use super::dbcs::dbcs_pair;
use super::jisx0213::{JisLookup, jis_index, jisx0213_plane1, jisx0213_plane2, push_jis};
use super::tables;
use crate::CodecError;

/// Which codec of Modules/cjkcodecs/_codecs_iso2022.c.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Iso2022Codec {
    Kr,
    Jp,
    Jp1,
    Jp2,
    Jp2004,
    Jp3,
    JpExt,
}

/// Charset marks: the final byte of the designation, with 0x80 for the
/// double-byte sets (CHARSET_DBCS).
const CS_ASCII: u8 = b'B';
const CS_ISO8859_1: u8 = b'A';
const CS_ISO8859_7: u8 = b'F';
const CS_JISX0201_K: u8 = b'I';
const CS_JISX0201_R: u8 = b'J';
const CS_GB2312: u8 = b'A' | 0x80;
const CS_JISX0208: u8 = b'B' | 0x80;
const CS_KSX1001: u8 = b'C' | 0x80;
const CS_JISX0212: u8 = b'D' | 0x80;
const CS_JISX0213_2000_1: u8 = b'O' | 0x80;
const CS_JISX0213_2: u8 = b'P' | 0x80;
const CS_JISX0213_2004_1: u8 = b'Q' | 0x80;
const CS_JISX0208_O: u8 = b'@' | 0x80;

impl Iso2022Codec {
    fn name(self) -> &'static str {
        match self {
            Iso2022Codec::Kr => "iso2022_kr",
            Iso2022Codec::Jp => "iso2022_jp",
            Iso2022Codec::Jp1 => "iso2022_jp_1",
            Iso2022Codec::Jp2 => "iso2022_jp_2",
            Iso2022Codec::Jp2004 => "iso2022_jp_2004",
            Iso2022Codec::Jp3 => "iso2022_jp_3",
            Iso2022Codec::JpExt => "iso2022_jp_ext",
        }
    }

    /// The designations (`iso2022_*_designations`).
    fn charsets(self) -> &'static [u8] {
        match self {
            Iso2022Codec::Kr => &[CS_KSX1001],
            Iso2022Codec::Jp => &[CS_JISX0208, CS_JISX0201_R, CS_JISX0208_O],
            Iso2022Codec::Jp1 => &[CS_JISX0208, CS_JISX0212, CS_JISX0201_R, CS_JISX0208_O],
            Iso2022Codec::Jp2 => &[
                CS_JISX0208,
                CS_JISX0212,
                CS_KSX1001,
                CS_GB2312,
                CS_JISX0201_R,
                CS_JISX0208_O,
                CS_ISO8859_1,
                CS_ISO8859_7,
            ],
            Iso2022Codec::Jp2004 => &[CS_JISX0213_2004_1, CS_JISX0208, CS_JISX0213_2],
            Iso2022Codec::Jp3 => &[CS_JISX0213_2000_1, CS_JISX0208, CS_JISX0213_2],
            Iso2022Codec::JpExt => &[
                CS_JISX0208,
                CS_JISX0212,
                CS_JISX0201_R,
                CS_JISX0201_K,
                CS_JISX0208_O,
            ],
        }
    }

    /// NO_SHIFT: SI and SO are plain control characters.
    fn no_shift(self) -> bool {
        self != Iso2022Codec::Kr
    }

    /// USE_G2: `ESC .` designations and `ESC N` single shifts.
    fn use_g2(self) -> bool {
        self == Iso2022Codec::Jp2
    }

    /// USE_JISX0208_EXT: `ESC & @ ESC $ B`.
    fn jisx0208_ext(self) -> bool {
        self != Iso2022Codec::Kr
    }
}

/// One character of a designated charset at the start of `data`, which
/// holds at least the charset's width: the value (a character or
/// 0x110000 + a JIS X 0213 pair index), or None when unmappable.
///
/// CPython: Modules/cjkcodecs/_codecs_iso2022.c, the `*_decoder` functions
/// (tables checked by genextra.py for every code).
fn iso2022_charset_decode(charset: u8, data: &[u8]) -> Option<u32> {
    let single = |table: &[u16; 96]| -> Option<u32> {
        let b = *data.first()?;
        let v = *table.get((b as usize).checked_sub(0x20)?)?;
        (v != 0xFFFF).then_some(v as u32)
    };
    let (&r, &c) = match charset {
        CS_JISX0201_R => return single(&tables::extra::ISO2022_JISX0201_R),
        CS_JISX0201_K => return single(&tables::extra::ISO2022_JISX0201_K),
        _ if charset & 0x80 == 0 => return None,
        _ => (data.first()?, data.get(1)?),
    };
    let i = jis_index(r, c)?;
    let nonzero = |v: u32| (v != 0).then_some(v);
    match charset {
        CS_JISX0208 | CS_JISX0208_O => nonzero(*tables::euc_jp::JISX0208.get(i as usize)? as u32),
        CS_JISX0212 => nonzero(*tables::euc_jp::JISX0212.get(i as usize)? as u32),
        // The hangul filler is the start of euc_kr's make-up sequences,
        // absent from its table.
        CS_KSX1001 if (r, c) == (0x24, 0x54) => Some(0x3164),
        CS_KSX1001 => nonzero(dbcs_pair(&tables::dbcs::EUC_KR, r | 0x80, c | 0x80)),
        CS_GB2312 => nonzero(dbcs_pair(&tables::dbcs::GB2312, r | 0x80, c | 0x80)),
        CS_JISX0213_2000_1 | CS_JISX0213_2004_1 => {
            match jisx0213_plane1(r, c, charset == CS_JISX0213_2000_1) {
                JisLookup::Found(v) => Some(v),
                _ => None,
            }
        }
        CS_JISX0213_2 => jisx0213_plane2(r, c),
        _ => None,
    }
}

/// CPython: Modules/cjkcodecs/_codecs_iso2022.c `iso2022` decoder and
/// `iso2022processesc` / `iso2022processg2` (strict, final). Error sizes
/// are what the C code returns: a whole escape sequence, a charset's width,
/// one byte for a byte >= 0x80.
pub fn decode(input: &[u8], codec: Iso2022Codec) -> Result<String, CodecError> {
    const ESC: u8 = 0x1B;
    const SO: u8 = 0x0E;
    const SI: u8 = 0x0F;
    let fail = |start: usize, end: usize, reason: &'static str| {
        CodecError::decode(codec.name(), start, end, reason)
    };
    let incomplete = |pos: usize| fail(pos, input.len(), "incomplete multibyte sequence");
    let illegal = |pos: usize, n: usize| fail(pos, pos + n, "illegal multibyte sequence");
    let is_escend = |c: u8| c.is_ascii_uppercase() || c == b'@';
    // G0..G2 and the shift / ESC-throughout flags.
    let mut g = [CS_ASCII; 3];
    let mut shifted = false;
    let mut esc_throughout = false;
    let mut out = String::with_capacity(input.len());
    let mut pos = 0;
    while let Some(&c) = input.get(pos) {
        if esc_throughout {
            // Bytes of a non-ISO-2022 escape pass through as latin-1.
            out.push(c as char);
            pos += 1;
            if is_escend(c) {
                esc_throughout = false;
            }
            continue;
        }
        match c {
            ESC => {
                let Some(&c2) = input.get(pos + 1) else {
                    return Err(incomplete(pos));
                };
                if matches!(c2, b'(' | b')' | b'$' | b'.' | b'&') {
                    // iso2022processesc
                    let rest = &input[pos..];
                    let mut i = 1;
                    let mut esclen = 0;
                    while i < 16 {
                        let Some(&b) = rest.get(i) else {
                            return Err(incomplete(pos));
                        };
                        if is_escend(b) {
                            esclen = i + 1;
                            break;
                        }
                        if codec.jisx0208_ext() && b == b'&' && rest.get(i + 1) == Some(&b'@') {
                            i += 2;
                        }
                        i += 1;
                    }
                    if esclen == 0 {
                        return Err(illegal(pos, 1));
                    }
                    let at = |k: usize| rest.get(k).copied().unwrap_or(0);
                    let (charset, designation) = match esclen {
                        3 if at(1) == b'$' => (at(2) | 0x80, 0),
                        3 => match at(1) {
                            b'(' => (at(2), 0),
                            b')' => (at(2), 1),
                            b'.' if codec.use_g2() => (at(2), 2),
                            _ => return Err(illegal(pos, 3)),
                        },
                        4 => {
                            if at(1) != b'$' {
                                return Err(illegal(pos, 4));
                            }
                            match at(2) {
                                b'(' => (at(3) | 0x80, 0),
                                b')' => (at(3) | 0x80, 1),
                                _ => return Err(illegal(pos, 4)),
                            }
                        }
                        6 if codec.jisx0208_ext()
                            && at(3) == ESC
                            && at(4) == b'$'
                            && at(5) == b'B' =>
                        {
                            (CS_JISX0208, 0)
                        }
                        n => return Err(illegal(pos, n)),
                    };
                    if charset != CS_ASCII && !codec.charsets().contains(&charset) {
                        return Err(illegal(pos, esclen));
                    }
                    if let Some(slot) = g.get_mut(designation) {
                        *slot = charset;
                    }
                    pos += esclen;
                } else if codec.use_g2() && c2 == b'N' {
                    // iso2022processg2: a single shift to G2.
                    let Some(&c3) = input.get(pos + 2) else {
                        return Err(incomplete(pos));
                    };
                    let base = match g[2] {
                        CS_ISO8859_1 => 0,
                        CS_ISO8859_7 => 256,
                        CS_ASCII => 512,
                        // MBERR_INTERNAL: CPython raises RuntimeError.
                        _ => {
                            return Err(CodecError::Internal);
                        }
                    };
                    match tables::extra::ISO2022_G2.get(base + c3 as usize) {
                        Some(&v) if v != 0xFFFF => {
                            out.push(char::from_u32(v as u32).unwrap_or('\u{FFFD}'))
                        }
                        _ => return Err(illegal(pos, 3)),
                    }
                    pos += 3;
                } else {
                    out.push('\x1b');
                    esc_throughout = true;
                    pos += 1;
                }
            }
            SI if !codec.no_shift() => {
                shifted = false;
                pos += 1;
            }
            SO if !codec.no_shift() => {
                shifted = true;
                pos += 1;
            }
            b'\n' => {
                shifted = false;
                out.push('\n');
                pos += 1;
            }
            _ if c < 0x20 => {
                out.push(c as char);
                pos += 1;
            }
            _ if c >= 0x80 => return Err(illegal(pos, 1)),
            _ => {
                let charset = if shifted { g[1] } else { g[0] };
                if charset == CS_ASCII {
                    out.push(c as char);
                    pos += 1;
                    continue;
                }
                let width = if charset & 0x80 != 0 { 2 } else { 1 };
                let Some(data) = input.get(pos..pos + width) else {
                    return Err(incomplete(pos));
                };
                match iso2022_charset_decode(charset, data) {
                    Some(v) if push_jis(&mut out, v) => pos += width,
                    _ => return Err(illegal(pos, width)),
                }
            }
        }
    }
    Ok(out)
}
