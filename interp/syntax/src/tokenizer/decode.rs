//! Source bytes to the text the tokenizer reads: null bytes, newline
//! translation, the UTF-8 BOM and the PEP 263 coding cookie.
//!
//! CPython: Parser/tokenizer/string_tokenizer.c `decode_str`,
//! Parser/tokenizer/helpers.c (`_PyTokenizer_translate_newlines`,
//! `_PyTokenizer_check_bom`, `_PyTokenizer_check_coding_spec`,
//! `_PyTokenizer_ensure_utf8`).

use super::codec_tables;
#[path = "charmap_full_tables.rs"]
mod charmap_full_tables;
#[path = "cjk_extra_tables.rs"]
mod cjk_extra_tables;
#[path = "cjk_tables.rs"]
mod cjk_tables;
#[path = "codec_names.rs"]
mod codec_names;
#[path = "euc_jp_table.rs"]
mod euc_jp_table;
#[path = "idna_tables.rs"]
mod idna_tables;
use crate::syntax_error::{SyntaxError, SyntaxErrorKind};
use num_bigint::{BigInt, BigUint};
use std::borrow::Cow;

const NONE: i64 = SyntaxError::NONE;

fn init_error(msg: String) -> SyntaxError {
    // CPython: Parser/pegen_errors.c `_PyPegen_raise_tokenizer_init_error`
    // re-raises errors found while setting up the tokenizer as
    // SyntaxError(str(exc), (filename, 0, -1, None)).
    SyntaxError::new(SyntaxErrorKind::SyntaxError, msg, 0, -1, NONE, NONE)
}

/// Decodes file bytes as `compile()` does for bytes (cookie honoured).
/// `exec_input` is true for 'exec' mode, where a missing final newline is
/// added.
pub(crate) fn decode_bytes(source: &[u8], exec_input: bool) -> Result<Cow<'_, str>, SyntaxError> {
    if memchr0(source) {
        // CPython: Python/bltinmodule.c via `_Py_SourceAsString`.
        return Err(SyntaxError::new(
            SyntaxErrorKind::SyntaxError,
            "source code string cannot contain null bytes",
            NONE,
            NONE,
            NONE,
            NONE,
        ));
    }
    let translated = translate_newlines(source, exec_input);
    let (body, has_bom) = match translated.strip_prefix(b"\xEF\xBB\xBF".as_slice()) {
        Some(rest) => (rest, true),
        None => (&translated[..], false),
    };
    let (encoding, cookie) = find_coding_spec(body, has_bom)?;
    // The two codecs whose errors can be other than UnicodeDecodeError.
    let codec_failed = |mut e: SyntaxError| {
        if !e.kind.is_syntax_error() {
            // CPython: Python/codecs.c `wrap_codec_error`, with the name the
            // tokenizer passed (the cookie's spelling).
            e.note = Some(format!("decoding with '{cookie}' codec failed"));
        }
        e
    };
    let text: String = match encoding {
        Encoding::Utf8Native => {
            ensure_utf8(body)?;
            let start = if has_bom { 3 } else { 0 };
            // Validated just above; borrow when nothing was rewritten.
            return match translated {
                Cow::Borrowed(b) => match std::str::from_utf8(&b[start..]) {
                    Ok(s) => Ok(Cow::Borrowed(s)),
                    Err(_) => Err(ensure_utf8_err(&b[start..])),
                },
                Cow::Owned(mut v) => {
                    v.drain(..start);
                    match String::from_utf8(v) {
                        Ok(s) => Ok(Cow::Owned(s)),
                        Err(e) => Err(ensure_utf8_err(e.as_bytes())),
                    }
                }
            };
        }
        Encoding::Utf8Codec => match std::str::from_utf8(body) {
            Ok(s) => s.to_owned(),
            Err(e) => return Err(init_error(utf8_codec_message(body, e))),
        },
        Encoding::Latin1 => body.iter().map(|&b| b as char).collect(),
        Encoding::Charmap(table) => {
            let mut out = String::with_capacity(body.len() + body.len() / 2);
            for (pos, &b) in body.iter().enumerate() {
                let ch = if b < 0x80 {
                    Some(b as char)
                } else {
                    char::from_u32(table[(b - 0x80) as usize] as u32)
                };
                match ch {
                    Some(c) if c != '\u{FFFF}' => out.push(c),
                    _ => {
                        return Err(init_error(format!(
                            "'charmap' codec can't decode byte 0x{b:02x} in position {pos}: character maps to <undefined>"
                        )));
                    }
                }
            }
            out
        }
        Encoding::Ascii => {
            if let Some(pos) = body.iter().position(|&b| b >= 0x80) {
                return Err(init_error(format!(
                    "'ascii' codec can't decode byte 0x{:02x} in position {}: ordinal not in range(128)",
                    body[pos], pos
                )));
            }
            // All ASCII, so valid UTF-8.
            String::from_utf8_lossy(body).into_owned()
        }
        Encoding::Utf16 { big_endian } => decode_utf16(body, big_endian)?,
        Encoding::Utf32 { big_endian } => decode_utf32(body, big_endian)?,
        Encoding::EucJp => decode_euc_jp(body)?,
        Encoding::Dbcs(codec) => decode_dbcs(body, codec)?,
        Encoding::RawUnicodeEscape => decode_raw_unicode_escape(body)?,
        Encoding::Gb18030 => decode_gb18030(body)?,
        Encoding::Utf7 => decode_utf7(body)?,
        Encoding::UnicodeEscape => decode_unicode_escape(body)?,
        Encoding::Punycode => decode_punycode(body).map_err(codec_failed)?,
        Encoding::Hz => decode_hz(body)?,
        Encoding::Jisx0213(codec) => decode_jisx0213_codec(body, codec)?,
        Encoding::Iso2022(codec) => decode_iso2022(body, codec).map_err(codec_failed)?,
        Encoding::Idna => decode_idna(body)?,
        Encoding::FullCharmap(table) => {
            let mut out = String::with_capacity(body.len() + body.len() / 2);
            for (pos, &b) in body.iter().enumerate() {
                match table
                    .get(b as usize)
                    .and_then(|&v| char::from_u32(v as u32))
                {
                    Some(c) if c != '\u{FFFF}' => out.push(c),
                    _ => {
                        return Err(init_error(format!(
                            "'charmap' codec can't decode byte 0x{b:02x} in position {pos}: character maps to <undefined>"
                        )));
                    }
                }
            }
            out
        }
    };
    let mut text = text;
    // CPython: Parser/tokenizer/string_tokenizer.c `tok_underflow_string`
    // fakes a newline after a last line that lacks one: a codec can drop
    // the final newline (unicode_escape's and hz's line continuations, a
    // decoded U+0000 that ends the text).
    if exec_input && !text.is_empty() && !text.ends_with('\n') {
        text.push('\n');
    }
    Ok(Cow::Owned(text))
}

/// Text given as `str` (CPython's `PyCF_IGNORE_COOKIE` path,
/// `_PyTokenizer_FromUTF8`): only null bytes and newlines are handled.
pub(crate) fn decode_str(source: &str, exec_input: bool) -> Result<Cow<'_, str>, SyntaxError> {
    if memchr0(source.as_bytes()) {
        return Err(SyntaxError::new(
            SyntaxErrorKind::SyntaxError,
            "source code string cannot contain null bytes",
            NONE,
            NONE,
            NONE,
            NONE,
        ));
    }
    Ok(match translate_newlines(source.as_bytes(), exec_input) {
        Cow::Borrowed(_) => Cow::Borrowed(source),
        // Only ASCII bytes were replaced or added, so this stays UTF-8.
        Cow::Owned(v) => Cow::Owned(String::from_utf8(v).unwrap_or_default()),
    })
}

fn memchr0(b: &[u8]) -> bool {
    b.contains(&0)
}

/// `\r\n` and lone `\r` become `\n`; in exec mode a final `\n` is added to
/// non-empty input that lacks one.
///
/// CPython: Parser/tokenizer/helpers.c `_PyTokenizer_translate_newlines`.
fn translate_newlines(s: &[u8], exec_input: bool) -> Cow<'_, [u8]> {
    let needs_nl = exec_input && !s.is_empty() && s.last() != Some(&b'\n');
    let has_cr = s.contains(&b'\r');
    if !has_cr && !needs_nl {
        return Cow::Borrowed(s);
    }
    let mut out = Vec::with_capacity(s.len() + 1);
    let mut i = 0;
    while i < s.len() {
        let c = s[i];
        if c == b'\r' {
            out.push(b'\n');
            if s.get(i + 1) == Some(&b'\n') {
                i += 1;
            }
        } else {
            out.push(c);
        }
        i += 1;
    }
    if exec_input && !out.is_empty() && out.last() != Some(&b'\n') {
        out.push(b'\n');
    }
    Cow::Owned(out)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Encoding {
    /// No cookie, or one CPython normalises to "utf-8": checked by
    /// `_PyTokenizer_ensure_utf8`, with its "Non-UTF-8 code" error.
    Utf8Native,
    /// A name the codec registry maps to utf-8 ("utf8", "u8", ...): decoded
    /// by the codec, with the codec's error.
    Utf8Codec,
    Latin1,
    Ascii,
    /// A single-byte codec of CPython's (codec_tables.rs).
    Charmap(&'static [u16; 128]),
    /// utf-16 and utf-16-le/-be. The cookie line starts with a blank, `#`
    /// or a newline, so the body can never begin with a UTF-16 BOM: plain
    /// "utf-16" decodes in the host's order, little-endian on the machines
    /// the reference runs on (its errors say 'utf-16-le').
    Utf16 {
        big_endian: bool,
    },
    /// utf-32 and utf-32-le/-be, same BOM argument as `Utf16`.
    Utf32 {
        big_endian: bool,
    },
    /// CPython's euc_jp (Modules/cjkcodecs/_codecs_jp.c), from tables
    /// recorded with the reference (euc_jp_table.rs).
    EucJp,
    /// A double-byte CJK codec (cjk_tables.rs).
    Dbcs(&'static cjk_tables::Dbcs),
    /// A single-byte codec that also remaps ASCII (EBCDIC, cp864, ...):
    /// charmap_full_tables.rs.
    FullCharmap(&'static [u16; 256]),
    /// raw_unicode_escape: latin-1 plus `\\uXXXX` / `\\UXXXXXXXX`.
    RawUnicodeEscape,
    /// gb18030: GBK, its two-byte extension and the four-byte sequences.
    Gb18030,
    /// utf-7 (RFC 2152), decoded from the whole body.
    Utf7,
    /// unicode_escape: latin-1 plus Python's backslash escapes.
    UnicodeEscape,
    /// punycode (RFC 3492) over the whole body.
    Punycode,
    /// HZ-GB-2312 (RFC 1843).
    Hz,
    /// euc_jis_2004, euc_jisx0213, shift_jis_2004, shift_jisx0213.
    Jisx0213(Jisx0213Codec),
    /// The stateful ISO-2022 codecs (escape sequences, shifts).
    Iso2022(Iso2022Codec),
    /// idna (RFC 3490 ToUnicode per label) over the whole body.
    Idna,
}

/// Looks for a coding cookie on line 1, then on line 2 when line 1 holds
/// only blanks or a comment. Gives the codec and the cookie's name as
/// `get_normal_name` leaves it (empty for UTF-8).
///
/// CPython: Parser/tokenizer/string_tokenizer.c `decode_str` and
/// helpers.c `_PyTokenizer_check_coding_spec`.
fn find_coding_spec(body: &[u8], has_bom: bool) -> Result<(Encoding, String), SyntaxError> {
    let Some(nl0) = body.iter().position(|&b| b == b'\n') else {
        return Ok((Encoding::Utf8Native, String::new()));
    };
    // Line 1 is checked without its newline, line 2 with it (CPython passes
    // `newl[1] - newl[0]` as its size).
    let line1 = &body[..nl0];
    let (spec, normal) = get_coding_spec(line1);
    let (spec, lineno, line) = match spec {
        Some(cs) => (cs, 1, line1),
        None => {
            if !normal {
                return Ok((Encoding::Utf8Native, String::new()));
            }
            let rest = &body[nl0 + 1..];
            let Some(nl1) = rest.iter().position(|&b| b == b'\n') else {
                return Ok((Encoding::Utf8Native, String::new()));
            };
            match get_coding_spec(&rest[..=nl1]).0 {
                Some(cs) => (cs, 2, &rest[..=nl1]),
                None => return Ok((Encoding::Utf8Native, String::new())),
            }
        }
    };
    let cs = get_normal_name(&spec);
    if has_bom {
        if cs == "utf-8" {
            return Ok((Encoding::Utf8Native, String::new()));
        }
        // The length covers what CPython examined: line 1 without its
        // newline, line 2 with it.
        let text = String::from_utf8_lossy(line);
        let len = text.chars().count() as i64;
        return Err(SyntaxError::new(
            SyntaxErrorKind::SyntaxError,
            format!("encoding problem: {cs} with BOM"),
            lineno,
            0,
            lineno,
            len,
        ));
    }
    if cs == "utf-8" {
        return Ok((Encoding::Utf8Native, String::new()));
    }
    match codec_lookup(&cs) {
        Some(Lookup::Text(enc)) => Ok((enc, cs)),
        // CPython: Python/codecs.c `_PyCodec_LookupTextEncoding`.
        Some(Lookup::NotText) => Err(init_error(format!(
            "'{cs}' is not a text encoding; use codecs.decode() to handle arbitrary codecs"
        ))),
        // encodings/undefined.py raises UnicodeError("undefined encoding")
        // from its decoder.
        Some(Lookup::Undefined) => Err(init_error("undefined encoding".to_string())),
        None => Err(init_error(format!("unknown encoding: {cs}"))),
    }
}

/// What the codec registry says about a cookie's name.
enum Lookup {
    Text(Encoding),
    /// A bytes-to-bytes or str-to-str codec (`_is_text_encoding=False`).
    NotText,
    /// encodings/undefined.py.
    Undefined,
}

/// A UnicodeDecodeError's text: one byte or a byte range (`end` exclusive).
///
/// CPython: Objects/exceptions.c `UnicodeDecodeError_str`.
fn decode_error_message(
    codec: &str,
    body: &[u8],
    start: usize,
    end: usize,
    reason: &str,
) -> String {
    if end == start + 1 {
        let b = body.get(start).copied().unwrap_or(0);
        format!("'{codec}' codec can't decode byte 0x{b:02x} in position {start}: {reason}")
    } else {
        format!(
            "'{codec}' codec can't decode bytes in position {start}-{}: {reason}",
            end.saturating_sub(1)
        )
    }
}

/// CPython: Objects/unicodeobject.c `PyUnicode_DecodeUTF16Stateful` with
/// errors='strict' and final=1.
fn decode_utf16(body: &[u8], big_endian: bool) -> Result<String, SyntaxError> {
    let codec = if big_endian { "utf-16-be" } else { "utf-16-le" };
    let unit = |p: usize| -> Option<u16> {
        let pair = [*body.get(p)?, *body.get(p + 1)?];
        Some(if big_endian {
            u16::from_be_bytes(pair)
        } else {
            u16::from_le_bytes(pair)
        })
    };
    let fail = |start: usize, end: usize, reason: &str| {
        init_error(decode_error_message(codec, body, start, end, reason))
    };
    let mut out = String::with_capacity(body.len() / 2 * 3);
    let mut pos = 0;
    while pos < body.len() {
        let Some(u) = unit(pos) else {
            return Err(fail(pos, body.len(), "truncated data"));
        };
        match u {
            0xD800..=0xDBFF => {
                let Some(u2) = unit(pos + 2) else {
                    return Err(fail(pos, body.len(), "unexpected end of data"));
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

/// CPython: Modules/cjkcodecs/_codecs_jp.c `euc_jp` decoder under
/// Modules/cjkcodecs/multibytecodec.c (strict, final): a sequence cut
/// short by the end of input is "incomplete" up to the end; any other bad
/// sequence is "illegal" for its first byte only (checked exhaustively over
/// all 2- and 3-byte sequences against the reference).
fn decode_euc_jp(body: &[u8]) -> Result<String, SyntaxError> {
    let fail = |start: usize, end: usize, reason: &str| {
        init_error(decode_error_message("euc_jp", body, start, end, reason))
    };
    let incomplete = |pos: usize| fail(pos, body.len(), "incomplete multibyte sequence");
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
    let mut out = String::with_capacity(body.len());
    let mut pos = 0;
    while let Some(&b) = body.get(pos) {
        if b < 0x80 {
            out.push(b as char);
            pos += 1;
            continue;
        }
        match b {
            0x8E => {
                let Some(&c2) = body.get(pos + 1) else {
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
                let (Some(&c2), Some(&c3)) = (body.get(pos + 1), body.get(pos + 2)) else {
                    return Err(incomplete(pos));
                };
                match lookup(&euc_jp_table::JISX0212, c2, c3) {
                    Some(c) => out.push(c),
                    None => return Err(illegal(pos)),
                }
                pos += 3;
            }
            _ => {
                let Some(&c2) = body.get(pos + 1) else {
                    return Err(incomplete(pos));
                };
                match lookup(&euc_jp_table::JISX0208, b, c2) {
                    Some(c) => out.push(c),
                    None => return Err(illegal(pos)),
                }
                pos += 2;
            }
        }
    }
    Ok(out)
}

/// CPython: Modules/cjkcodecs/multibytecodec.c decoding with a
/// double-byte codec (strict, final): a lead byte at the end of input is an
/// "incomplete" sequence, any other bad byte or pair an "illegal" one
/// covering its first byte (what the reference reports for every one- and
/// two-byte sequence of these codecs).
fn decode_dbcs(body: &[u8], codec: &cjk_tables::Dbcs) -> Result<String, SyntaxError> {
    let fail = |start: usize, end: usize, reason: &str| {
        init_error(decode_error_message(codec.name, body, start, end, reason))
    };
    let illegal = |pos: usize| fail(pos, pos + 1, "illegal multibyte sequence");
    let mut out = String::with_capacity(body.len());
    let mut pos = 0;
    while let Some(&b) = body.get(pos) {
        if b < 0x80 {
            out.push(b as char);
            pos += 1;
            continue;
        }
        let hi = (b - 0x80) as usize;
        match codec.single.get(hi).copied().unwrap_or(0) {
            0 => return Err(illegal(pos)),
            1 => {
                let Some(&t) = body.get(pos + 1) else {
                    return Err(fail(pos, body.len(), "incomplete multibyte sequence"));
                };
                if std::ptr::eq(codec, &cjk_tables::EUC_KR) && b == 0xA4 && t == 0xD4 {
                    let Some(seq) = body.get(pos..pos + 8) else {
                        return Err(fail(pos, body.len(), "incomplete multibyte sequence"));
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
fn dbcs_pair(codec: &cjk_tables::Dbcs, lead: u8, trail: u8) -> u32 {
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

/// CPython: Modules/cjkcodecs/_codecs_cn.c `gb18030` decoder (strict,
/// final): GBK then its gb18030 extension for two-byte codes; a second byte
/// 0x30..=0x39 makes a four-byte sequence, a BMP range entry or a linear
/// supplementary-plane code. Any byte >= 0x80 at the end is "incomplete",
/// like a two- or three-byte start of a four-byte sequence.
fn decode_gb18030(body: &[u8]) -> Result<String, SyntaxError> {
    let fail = |start: usize, end: usize, reason: &str| {
        init_error(decode_error_message("gb18030", body, start, end, reason))
    };
    let incomplete = |pos: usize| fail(pos, body.len(), "incomplete multibyte sequence");
    let illegal = |pos: usize| fail(pos, pos + 1, "illegal multibyte sequence");
    let mut out = String::with_capacity(body.len());
    let mut pos = 0;
    while let Some(&c) = body.get(pos) {
        if c < 0x80 {
            out.push(c as char);
            pos += 1;
            continue;
        }
        let Some(&c2) = body.get(pos + 1) else {
            return Err(incomplete(pos));
        };
        if (0x30..=0x39).contains(&c2) {
            let (Some(&c3), Some(&c4)) = (body.get(pos + 2), body.get(pos + 3)) else {
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
                    let ranges = cjk_extra_tables::GB18030_BMP;
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
        let mut v = dbcs_pair(&cjk_tables::GBK, c, c2);
        if v == 0 {
            let code = u16::from_be_bytes([c, c2]);
            let ext = cjk_extra_tables::GB18030_EXT;
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

/// Which JIS X 0213 codec of Modules/cjkcodecs/_codecs_jp.c.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Jisx0213Codec {
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
fn jis_index(r: u8, c: u8) -> Option<u16> {
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
enum JisLookup {
    Found(u32),
    Unmapped,
    /// A 2004 addition under a 2000 codec: an error covering both bytes.
    Not2000,
}

/// CPython: Modules/cjkcodecs/_codecs_iso2022.c `jisx0213_2004_1_decoder`
/// (and the 2000 one with EMULATE_JISX0213_2000_DECODE_PLANE1): JIS X 0208
/// (0x2140 as U+FF3C) then the JIS X 0213 additions.
fn jisx0213_plane1(r: u8, c: u8, v2000: bool) -> JisLookup {
    let Some(i) = jis_index(r, c) else {
        return JisLookup::Unmapped;
    };
    if v2000 && cjk_extra_tables::JISX0213_2004_ONLY.contains(&i) {
        return JisLookup::Not2000;
    }
    match euc_jp_table::JISX0208.get(i as usize) {
        Some(&v) if v != 0 => JisLookup::Found(v as u32),
        _ => match sparse_lookup(cjk_extra_tables::JISX0213_P1, i) {
            Some(v) => JisLookup::Found(v),
            None => JisLookup::Unmapped,
        },
    }
}

fn jisx0213_plane2(r: u8, c: u8) -> Option<u32> {
    sparse_lookup(cjk_extra_tables::JISX0213_P2, jis_index(r, c)?)
}

/// Appends a JIS X 0213 value: a character or 0x110000 + a pair index.
fn push_jis(out: &mut String, v: u32) -> bool {
    let (a, b) = match v.checked_sub(0x11_0000) {
        Some(i) => match cjk_extra_tables::JISX0213_PAIRS.get(i as usize) {
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
fn decode_jisx0213_codec(body: &[u8], codec: Jisx0213Codec) -> Result<String, SyntaxError> {
    let fail = |start: usize, end: usize, reason: &str| {
        init_error(decode_error_message(codec.name(), body, start, end, reason))
    };
    let incomplete = |pos: usize| fail(pos, body.len(), "incomplete multibyte sequence");
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
    let mut out = String::with_capacity(body.len());
    let mut pos = 0;
    while let Some(&c) = body.get(pos) {
        let (found, len) = if euc {
            if c < 0x80 {
                out.push(c as char);
                pos += 1;
                continue;
            }
            if c == 0x8E {
                let Some(&c2) = body.get(pos + 1) else {
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
                let (Some(&c2), Some(&c3)) = (body.get(pos + 1), body.get(pos + 2)) else {
                    return Err(incomplete(pos));
                };
                let (r, cc) = (c2 ^ 0x80, c3 ^ 0x80);
                // Plane 2, else JIS X 0212 (as euc_jp decodes it).
                let v = plane2(r, cc).or_else(|| {
                    let i = jis_index(r, cc)?;
                    let v = *euc_jp_table::JISX0212.get(i as usize)?;
                    (v != 0).then_some(v as u32)
                });
                (v.map_or(JisLookup::Unmapped, JisLookup::Found), 3)
            } else {
                let Some(&c2) = body.get(pos + 1) else {
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
            match cjk_extra_tables::SJIS2004_SINGLE
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
            let Some(&c2) = body.get(pos + 1) else {
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

/// Which codec of Modules/cjkcodecs/_codecs_iso2022.c.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Iso2022Codec {
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
        CS_JISX0201_R => return single(&cjk_extra_tables::ISO2022_JISX0201_R),
        CS_JISX0201_K => return single(&cjk_extra_tables::ISO2022_JISX0201_K),
        _ if charset & 0x80 == 0 => return None,
        _ => (data.first()?, data.get(1)?),
    };
    let i = jis_index(r, c)?;
    let nonzero = |v: u32| (v != 0).then_some(v);
    match charset {
        CS_JISX0208 | CS_JISX0208_O => nonzero(*euc_jp_table::JISX0208.get(i as usize)? as u32),
        CS_JISX0212 => nonzero(*euc_jp_table::JISX0212.get(i as usize)? as u32),
        // The hangul filler is the start of euc_kr's make-up sequences,
        // absent from its table.
        CS_KSX1001 if (r, c) == (0x24, 0x54) => Some(0x3164),
        CS_KSX1001 => nonzero(dbcs_pair(&cjk_tables::EUC_KR, r | 0x80, c | 0x80)),
        CS_GB2312 => nonzero(dbcs_pair(&cjk_tables::GB2312, r | 0x80, c | 0x80)),
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
fn decode_iso2022(body: &[u8], codec: Iso2022Codec) -> Result<String, SyntaxError> {
    const ESC: u8 = 0x1B;
    const SO: u8 = 0x0E;
    const SI: u8 = 0x0F;
    let fail = |start: usize, end: usize, reason: &str| {
        init_error(decode_error_message(codec.name(), body, start, end, reason))
    };
    let incomplete = |pos: usize| fail(pos, body.len(), "incomplete multibyte sequence");
    let illegal = |pos: usize, n: usize| fail(pos, pos + n, "illegal multibyte sequence");
    let is_escend = |c: u8| c.is_ascii_uppercase() || c == b'@';
    // G0..G2 and the shift / ESC-throughout flags.
    let mut g = [CS_ASCII; 3];
    let mut shifted = false;
    let mut esc_throughout = false;
    let mut out = String::with_capacity(body.len());
    let mut pos = 0;
    while let Some(&c) = body.get(pos) {
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
                let Some(&c2) = body.get(pos + 1) else {
                    return Err(incomplete(pos));
                };
                if matches!(c2, b'(' | b')' | b'$' | b'.' | b'&') {
                    // iso2022processesc
                    let rest = &body[pos..];
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
                    let Some(&c3) = body.get(pos + 2) else {
                        return Err(incomplete(pos));
                    };
                    let base = match g[2] {
                        CS_ISO8859_1 => 0,
                        CS_ISO8859_7 => 256,
                        CS_ASCII => 512,
                        // MBERR_INTERNAL: CPython raises RuntimeError, which the
                        // tokenizer does not turn into a SyntaxError.
                        _ => {
                            return Err(SyntaxError::new(
                                SyntaxErrorKind::RuntimeError,
                                "internal codec error",
                                NONE,
                                NONE,
                                NONE,
                                NONE,
                            ));
                        }
                    };
                    match cjk_extra_tables::ISO2022_G2.get(base + c3 as usize) {
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
                let Some(data) = body.get(pos..pos + width) else {
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

/// CPython: Modules/cjkcodecs/_codecs_cn.c `hz` decoder (strict, final):
/// `~{` enters GB2312 mode (7-bit pairs), `~}` leaves it, `~~` is a tilde
/// and `~` newline a line continuation, both in ASCII mode only.
fn decode_hz(body: &[u8]) -> Result<String, SyntaxError> {
    let fail = |start: usize, end: usize, reason: &str| {
        init_error(decode_error_message("hz", body, start, end, reason))
    };
    let incomplete = |pos: usize| fail(pos, body.len(), "incomplete multibyte sequence");
    let illegal = |pos: usize| fail(pos, pos + 1, "illegal multibyte sequence");
    let mut out = String::with_capacity(body.len());
    let mut gb = false;
    let mut pos = 0;
    while let Some(&c) = body.get(pos) {
        if c == b'~' {
            let Some(&c2) = body.get(pos + 1) else {
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
        let Some(&c2) = body.get(pos + 1) else {
            return Err(incomplete(pos));
        };
        let v = if c2 < 0x80 {
            dbcs_pair(&cjk_tables::GB2312, c | 0x80, c2 | 0x80)
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

/// What a codec that can produce any code point decodes to, before
/// Parser/tokenizer/helpers.c `_PyTokenizer_translate_into_utf8` encodes it
/// to UTF-8 and string_tokenizer.c `decode_str` reads it as a C string:
/// encoding fails on surrogates (the first run of them is reported, by
/// character position), and the text ends at the first U+0000. Only codecs
/// that can decode `\0` or `\r` from other bytes need this.
struct WideText {
    out: String,
    nchars: usize,
    /// The first run of surrogates, as character positions [start, end),
    /// and the first one's value.
    surrogates: Option<(usize, usize, u32)>,
    nul_at: Option<usize>,
}

impl WideText {
    fn with_capacity(n: usize) -> Self {
        WideText {
            out: String::with_capacity(n),
            nchars: 0,
            surrogates: None,
            nul_at: None,
        }
    }

    /// `cp` is at most 0x10FFFF.
    fn push(&mut self, cp: u32) {
        match char::from_u32(cp) {
            Some(c) => {
                if c == '\0' && self.nul_at.is_none() {
                    self.nul_at = Some(self.out.len());
                }
                self.out.push(c);
            }
            None => {
                let n = self.nchars;
                self.surrogates = match self.surrogates {
                    None => Some((n, n + 1, cp)),
                    Some((s, e, v)) if e == n => Some((s, e + 1, v)),
                    keep => keep,
                };
            }
        }
        self.nchars += 1;
    }

    fn push_repeated(&mut self, c: char, n: usize) {
        self.out.extend(std::iter::repeat_n(c, n));
        self.nchars += n;
    }

    fn finish(self) -> Result<String, SyntaxError> {
        let mut out = self.out;
        if let Some((s, e, first)) = self.surrogates {
            let msg = if e == s + 1 {
                format!(
                    "'utf-8' codec can't encode character '\\u{first:04x}' in position {s}: surrogates not allowed"
                )
            } else {
                format!(
                    "'utf-8' codec can't encode characters in position {s}-{}: surrogates not allowed",
                    e - 1
                )
            };
            return Err(init_error(msg));
        }
        if let Some(n) = self.nul_at {
            out.truncate(n);
        }
        // A decoded `\r` ends a line as a `\r` byte would (the reference
        // reads `\r\n` and lone `\r` in decoded text as one newline).
        if out.contains('\r') {
            out = out.replace("\r\n", "\n").replace('\r', "\n");
        }
        Ok(out)
    }
}

/// CPython: Objects/unicodeobject.c
/// `_PyUnicode_DecodeRawUnicodeEscapeStateful`, then [`WideText`].
fn decode_raw_unicode_escape(body: &[u8]) -> Result<String, SyntaxError> {
    let fail = |start: usize, end: usize, reason: &str| {
        init_error(decode_error_message(
            "rawunicodeescape",
            body,
            start,
            end,
            reason,
        ))
    };
    let mut out = WideText::with_capacity(body.len());
    let mut i = 0;
    while let Some(&b) = body.get(i) {
        if b != b'\\' {
            out.push(b as u32);
            i += 1;
            continue;
        }
        let run = body[i..].iter().take_while(|&&c| c == b'\\').count();
        let after = i + run;
        let kind = body.get(after).copied();
        // Only an odd run of backslashes makes the last one an escape.
        if run % 2 == 0 || !matches!(kind, Some(b'u' | b'U')) {
            out.push_repeated('\\', run);
            i = after;
            continue;
        }
        out.push_repeated('\\', run - 1);
        let start = after - 1;
        let (count, truncated) = if kind == Some(b'u') {
            (4, "truncated \\uXXXX escape")
        } else {
            (8, "truncated \\UXXXXXXXX escape")
        };
        let mut value: u32 = 0;
        let mut got = 0;
        while got < count {
            match body
                .get(after + 1 + got)
                .and_then(|&c| (c as char).to_digit(16))
            {
                Some(d) => value = value * 16 + d,
                None => break,
            }
            got += 1;
        }
        let end = after + 1 + got;
        if got < count {
            return Err(fail(start, end, truncated));
        }
        if value > 0x10FFFF {
            return Err(fail(start, end, "\\Uxxxxxxxx out of range"));
        }
        out.push(value);
        i = end;
    }
    out.finish()
}

/// The code point `\\N{name}` names, as the parser resolves it.
///
/// CPython: Modules/unicodedata.c `_getcode` (with_named_seq = 0), reached
/// through the parser's own lookup: `\\N{name}` decoded as a literal.
fn unicode_name(name: &[u8]) -> Option<u32> {
    use crate::parser::string_parser::{WarnToken, decode_unicode_escapes};
    // Names are ASCII; without '}' the literal closes where this one does.
    if name.is_empty() || !name.is_ascii() || name.contains(&b'}') {
        return None;
    }
    let name = std::str::from_utf8(name).ok()?;
    let token = WarnToken {
        text: "''",
        lineno: 1,
        col_offset: 0,
        is_fstring_token: false,
    };
    let mut warnings = Vec::new();
    let text = decode_unicode_escapes(&format!("\\N{{{name}}}"), token, &mut warnings).ok()?;
    let mut cps = text.code_points();
    let cp = cps.next()?;
    cps.next().is_none().then_some(cp)
}

/// CPython: Objects/unicodeobject.c `_PyUnicode_DecodeUnicodeEscapeInternal2`
/// (strict, final; invalid escapes only warn), then [`WideText`]. An error
/// covers the escape from its backslash to where decoding stopped.
fn decode_unicode_escape(body: &[u8]) -> Result<String, SyntaxError> {
    let fail = |start: usize, end: usize, reason: &str| {
        init_error(decode_error_message(
            "unicodeescape",
            body,
            start,
            end,
            reason,
        ))
    };
    let mut out = WideText::with_capacity(body.len());
    let mut s = 0usize;
    while let Some(&c) = body.get(s) {
        s += 1;
        if c != b'\\' {
            out.push(c as u32);
            continue;
        }
        let start = s - 1;
        let Some(&c) = body.get(s) else {
            return Err(fail(start, s, "\\ at end of string"));
        };
        s += 1;
        let simple = match c {
            b'\n' => Some(None),
            b'\\' | b'\'' | b'"' => Some(Some(c)),
            b'b' => Some(Some(0x08)),
            b'f' => Some(Some(0x0C)),
            b't' => Some(Some(b'\t')),
            b'n' => Some(Some(b'\n')),
            b'r' => Some(Some(b'\r')),
            b'v' => Some(Some(0x0B)),
            b'a' => Some(Some(0x07)),
            _ => None,
        };
        if let Some(ch) = simple {
            if let Some(ch) = ch {
                out.push(ch as u32);
            }
            continue;
        }
        match c {
            b'0'..=b'7' => {
                let mut ch = (c - b'0') as u32;
                for _ in 0..2 {
                    match body.get(s) {
                        Some(&d @ b'0'..=b'7') => {
                            ch = (ch << 3) + (d - b'0') as u32;
                            s += 1;
                        }
                        _ => break,
                    }
                }
                out.push(ch);
            }
            b'x' | b'u' | b'U' => {
                let (count, msg) = match c {
                    b'x' => (2, "truncated \\xXX escape"),
                    b'u' => (4, "truncated \\uXXXX escape"),
                    _ => (8, "truncated \\UXXXXXXXX escape"),
                };
                let mut ch = 0u32;
                for _ in 0..count {
                    match body.get(s).and_then(|&d| (d as char).to_digit(16)) {
                        Some(d) => ch = (ch << 4) | d,
                        None => return Err(fail(start, s, msg)),
                    }
                    s += 1;
                }
                if ch > 0x10FFFF {
                    return Err(fail(start, s, "illegal Unicode character"));
                }
                out.push(ch);
            }
            b'N' => {
                let malformed = "malformed \\N character escape";
                if body.get(s) != Some(&b'{') {
                    return Err(fail(start, s, malformed));
                }
                s += 1;
                let name_start = s;
                let Some(close) = body[s..].iter().position(|&d| d == b'}') else {
                    return Err(fail(start, body.len(), malformed));
                };
                s += close;
                if close == 0 {
                    return Err(fail(start, s, malformed));
                }
                s += 1;
                match unicode_name(&body[name_start..s - 1]) {
                    Some(ch) => out.push(ch),
                    None => return Err(fail(start, s, "unknown Unicode character name")),
                }
            }
            _ => {
                out.push(b'\\' as u32);
                out.push(c as u32);
            }
        }
    }
    out.finish()
}

/// A UnicodeDecodeError raised by Lib/encodings/punycode.py or idna.py:
/// codec name, start and end (Python ints, in the bytes the codec was
/// given) and reason.
struct PyDecodeError {
    codec: &'static str,
    start: BigInt,
    end: BigInt,
    reason: String,
}

impl PyDecodeError {
    fn new(codec: &'static str, start: usize, end: usize, reason: impl Into<String>) -> Self {
        PyDecodeError {
            codec,
            start: BigInt::from(start),
            end: BigInt::from(end),
            reason: reason.into(),
        }
    }

    /// The error CPython's tokenizer reports: the UnicodeDecodeError as a
    /// SyntaxError, or the OverflowError its constructor raises for
    /// positions beyond a C ssize_t (not converted to a SyntaxError).
    fn error(&self, object: &[u8]) -> SyntaxError {
        match self.message(object) {
            Some(msg) => init_error(msg),
            None => SyntaxError::new(
                SyntaxErrorKind::OverflowError,
                "Python int too large to convert to C ssize_t",
                NONE,
                NONE,
                NONE,
                NONE,
            ),
        }
    }

    /// Objects/exceptions.c `UnicodeDecodeError_str` for the error raised
    /// on `object`; None for positions beyond a C ssize_t.
    fn message(&self, object: &[u8]) -> Option<String> {
        let (Ok(start), Ok(end)) = (i64::try_from(&self.start), i64::try_from(&self.end)) else {
            return None;
        };
        if end == start.wrapping_add(1)
            && let Some(&b) = usize::try_from(start).ok().and_then(|s| object.get(s))
        {
            return Some(format!(
                "'{}' codec can't decode byte 0x{b:02x} in position {start}: {}",
                self.codec, self.reason
            ));
        }
        Some(format!(
            "'{}' codec can't decode bytes in position {start}-{}: {}",
            self.codec,
            end.wrapping_sub(1),
            self.reason
        ))
    }
}

/// Lib/encodings/punycode.py `punycode_decode` (strict): the code points,
/// or the error with positions in `text`.
///
/// With `keep` false the characters are only counted: the codec on a whole
/// source always ends in an error, and inserting into a long text would be
/// quadratic.
fn punycode_decode(text: &[u8], keep: bool) -> Result<Vec<u32>, PyDecodeError> {
    let dash = text.iter().rposition(|&b| b == b'-');
    let (base, extended, offset) = match dash {
        None => (&text[..0], text, 0),
        Some(p) => (&text[..p], &text[p + 1..], p + 1),
    };
    if let Some(bad) = base.iter().position(|&b| b >= 0x80) {
        return Err(PyDecodeError::new(
            "ascii",
            bad,
            bad + 1,
            "ordinal not in range(128)",
        ));
    }
    let mut out: Vec<u32> = if keep {
        base.iter().map(|&b| b as u32).collect()
    } else {
        Vec::new()
    };
    let mut out_len = base.len();
    // punycode.py `insertion_sort`, with Python's unbounded integers where
    // a long run of digits can take them.
    let t = |j: usize, bias: usize| -> u32 {
        let res = 36 * (j as i64 + 1) - bias as i64;
        res.clamp(1, 26) as u32
    };
    let adapt = |delta: usize, first: bool, numchars: usize| -> usize {
        let mut delta = if first { delta / 700 } else { delta / 2 };
        delta += delta / numchars.max(1);
        let mut divisions = 0;
        while delta > 455 {
            delta /= 35;
            divisions += 36;
        }
        divisions + (36 * delta / (delta + 38))
    };
    let mut ch: usize = 0x80;
    let mut pos: usize = 0;
    let mut first = true;
    let mut bias = 72;
    let mut extpos = 0;
    let fail = |start: BigInt, end: BigInt, reason: String| {
        Err(PyDecodeError {
            codec: "punycode",
            start: start + offset,
            end: end + offset,
            reason,
        })
    };
    while extpos < extended.len() {
        // decode_generalized_number
        let mut result = BigUint::default();
        let mut w = BigUint::from(1u8);
        // Once w passes 2**128, so has the number (every earlier digit was
        // at least 1), and any position it leads to is beyond a C ssize_t:
        // only where the number ends still matters, not its value.
        let mut huge = false;
        let mut j = 0;
        let delta = loop {
            let Some(&c) = extended.get(extpos) else {
                return fail(
                    BigInt::from(extpos),
                    BigInt::from(extpos + 1),
                    "incomplete punycode string".to_string(),
                );
            };
            extpos += 1;
            let digit = match c.to_ascii_uppercase() {
                u @ b'A'..=b'Z' => (u - b'A') as u32,
                d @ b'0'..=b'9' => (d - b'0') as u32 + 26,
                _ => {
                    return fail(
                        BigInt::from(extpos - 1),
                        BigInt::from(extpos),
                        format!("Invalid extended code point '{c}'"),
                    );
                }
            };
            let tj = t(j, bias);
            if !huge {
                result += &w * digit;
            }
            if digit < tj {
                break result;
            }
            if !huge {
                w *= 36 - tj;
                huge = w.bits() > 128;
            }
            j += 1;
        };
        if huge {
            return Err(PyDecodeError {
                codec: "punycode",
                start: BigInt::from(u128::MAX),
                end: BigInt::from(u128::MAX),
                reason: String::new(),
            });
        }
        // `pos` starts at -1 in punycode.py: here it is one more.
        let newpos = BigUint::from(pos) + &delta + 1u8;
        let room = out_len + 1;
        let newch = BigUint::from(ch) + (&newpos - 1u8) / room;
        match (usize::try_from(&newch).ok(), usize::try_from(&delta).ok()) {
            (Some(c), Some(d)) if c <= 0x10FFFF => {
                let at = usize::try_from(&(newpos - 1u8)).ok().unwrap_or(0) % room;
                if keep {
                    out.insert(at, c as u32);
                }
                out_len += 1;
                ch = c;
                pos = at + 1;
                bias = adapt(d, first, out_len);
                first = false;
            }
            _ => {
                let p = BigInt::from(newpos - 1u8);
                let start = &p - 1;
                return fail(start, p, format!("Invalid character U+{newch:x}"));
            }
        }
    }
    Ok(out)
}

/// The punycode codec on the whole body. A body that ends with a newline
/// (always, in 'exec' mode) fails at the latest there, a newline being no
/// punycode digit: then only the error matters and the text is not built.
fn decode_punycode(body: &[u8]) -> Result<String, SyntaxError> {
    match punycode_decode(body, !body.ends_with(b"\n")) {
        Ok(cps) => {
            let mut out = WideText::with_capacity(cps.len());
            for cp in cps {
                out.push(cp);
            }
            out.finish()
        }
        Err(e) => Err(e.error(body)),
    }
}

/// A Unicode(En|De)codeError of Lib/encodings/idna.py inside one label:
/// positions (Python ints) in the label and the reason.
struct LabelError {
    start: BigInt,
    end: BigInt,
    reason: String,
}

impl LabelError {
    fn new(start: usize, end: usize, reason: impl Into<String>) -> Self {
        LabelError {
            start: BigInt::from(start),
            end: BigInt::from(end),
            reason: reason.into(),
        }
    }
}

fn in_ranges(ranges: &[(u32, u32)], c: u32) -> bool {
    let i = ranges.partition_point(|&(lo, _)| lo <= c);
    ranges
        .get(i.wrapping_sub(1))
        .is_some_and(|&(lo, hi)| lo <= c && c <= hi)
}

fn pooled<'a>(table: &[(u32, u16, u8)], pool: &'a [u32], c: u32) -> Option<&'a [u32]> {
    let at = table.binary_search_by_key(&c, |&(k, _, _)| k).ok()?;
    let &(_, start, len) = table.get(at)?;
    pool.get(start as usize..start as usize + len as usize)
}

/// `unicodedata.ucd_3_2_0.normalize("NFKC", s)`: Unicode 3.2
/// decompositions (none for code points unassigned then), today's
/// combining classes and compositions, as CPython's `nfd_nfkd` and
/// `nfc_nfkc` (Modules/unicodedata.c) use them.
fn nfkc_3_2(s: &[u32]) -> Vec<u32> {
    use unicode_normalization::char::{canonical_combining_class, compose, decompose_compatible};
    let mut d: Vec<u32> = Vec::with_capacity(s.len());
    for &c in s {
        let ch = match char::from_u32(c) {
            Some(ch) if !in_ranges(idna_tables::UNASSIGNED_3_2, c) => ch,
            _ => {
                d.push(c);
                continue;
            }
        };
        if let Some(old) = pooled(idna_tables::NFKD_3_2, idna_tables::NFKD_3_2_POOL, c) {
            d.extend_from_slice(old);
            continue;
        }
        decompose_compatible(ch, |x| d.push(x as u32));
    }
    let ccc = |c: u32| char::from_u32(c).map_or(0, canonical_combining_class);
    // Canonical ordering: a stable sort of each run of non-starters.
    let mut i = 1;
    while i < d.len() {
        let cur = ccc(d[i]);
        if cur != 0 {
            let mut k = i;
            while k > 0 {
                let prev = ccc(d[k - 1]);
                if prev == 0 || prev <= cur {
                    break;
                }
                d.swap(k - 1, k);
                k -= 1;
            }
        }
        i += 1;
    }
    // Canonical composition (nfc_nfkc).
    let pair = |a: u32, b: u32| -> Option<u32> {
        compose(char::from_u32(a)?, char::from_u32(b)?).map(|c| c as u32)
    };
    let mut skipped = vec![false; d.len()];
    let mut out = Vec::with_capacity(d.len());
    for i in 0..d.len() {
        if skipped[i] {
            continue;
        }
        let mut base = d[i];
        let mut comb = 0;
        let mut i1 = i + 1;
        while let Some(&code1) = d.get(i1) {
            if skipped[i1] {
                i1 += 1;
                continue;
            }
            let comb1 = ccc(code1);
            if comb != 0 {
                if comb1 == 0 {
                    break;
                }
                if comb >= comb1 {
                    i1 += 1;
                    continue;
                }
            }
            match pair(base, code1) {
                Some(c) => {
                    base = c;
                    skipped[i1] = true;
                }
                None => {
                    if comb1 == 0 {
                        break;
                    }
                    comb = comb1;
                }
            }
            i1 += 1;
        }
        out.push(base);
    }
    out
}

/// Python's `repr()` of a one-character string.
fn char_repr(c: u32) -> String {
    let mut buf = crate::ast::PyStrBuf::with_capacity(4);
    let _ = buf.push_code_point(c);
    let mut out = String::new();
    crate::ast::repr::str_repr(&mut out, &buf.finish());
    out
}

/// Lib/encodings/idna.py `nameprep`.
fn nameprep(label: &[u32]) -> Result<Vec<u32>, LabelError> {
    let mut mapped = Vec::with_capacity(label.len());
    for &c in label {
        if idna_tables::B1.binary_search(&c).is_ok() {
            continue;
        }
        match pooled(idna_tables::B2, idna_tables::B2_POOL, c) {
            Some(m) => mapped.extend_from_slice(m),
            None => mapped.push(c),
        }
    }
    let label = nfkc_3_2(&mapped);
    for (i, &c) in label.iter().enumerate() {
        if in_ranges(idna_tables::PROHIBITED, c) {
            return Err(LabelError::new(
                i,
                i + 1,
                format!("Invalid character {}", char_repr(c)),
            ));
        }
    }
    let randal: Vec<bool> = label
        .iter()
        .map(|&c| in_ranges(idna_tables::RANDAL, c))
        .collect();
    if randal.contains(&true) {
        if let Some(i) = label.iter().position(|&c| in_ranges(idna_tables::LCAT, c)) {
            return Err(LabelError::new(i, i + 1, "Violation of BIDI requirement 2"));
        }
        if randal.first() != Some(&true) {
            return Err(LabelError::new(0, 1, "Violation of BIDI requirement 3"));
        }
        if randal.last() != Some(&true) {
            let n = label.len();
            return Err(LabelError::new(n - 1, n, "Violation of BIDI requirement 3"));
        }
    }
    Ok(label)
}

/// Lib/encodings/punycode.py `punycode_encode`.
fn punycode_encode(text: &[u32]) -> Vec<u8> {
    let t = |j: u64, bias: u64| -> u64 { (36 * (j + 1)).saturating_sub(bias).clamp(1, 26) };
    let adapt = |delta: u64, first: bool, numchars: u64| -> u64 {
        let mut delta = if first { delta / 700 } else { delta / 2 };
        delta += delta / numchars.max(1);
        let mut divisions = 0;
        while delta > 455 {
            delta /= 35;
            divisions += 36;
        }
        divisions + (36 * delta / (delta + 38))
    };
    const DIGITS: &[u8; 36] = b"abcdefghijklmnopqrstuvwxyz0123456789";
    let base: Vec<u8> = text
        .iter()
        .filter(|&&c| c < 128)
        .map(|&c| c as u8)
        .collect();
    let mut extended: Vec<u32> = text.iter().copied().filter(|&c| c >= 128).collect();
    extended.sort_unstable();
    extended.dedup();
    // insertion_unsort
    let mut deltas: Vec<u64> = Vec::new();
    let mut oldchar = 0x80u64;
    let mut oldindex: i64 = -1;
    for &c in &extended {
        let curlen = text.iter().filter(|&&x| x < c).count() as u64;
        let mut delta = (curlen + 1) * (c as u64 - oldchar);
        let mut index: i64 = -1;
        for &x in text {
            if x == c {
                index += 1;
                delta = (delta as i64 + index - oldindex) as u64;
                deltas.push(delta - 1);
                oldindex = index;
                delta = 0;
            } else if x < c {
                index += 1;
            }
        }
        oldchar = c as u64;
    }
    // generate_integers
    let mut out = base.clone();
    if !base.is_empty() {
        out.push(b'-');
    }
    let mut bias = 72;
    for (points, &delta) in deltas.iter().enumerate() {
        let mut n = delta;
        let mut j = 0;
        loop {
            let tj = t(j, bias);
            if n < tj {
                out.push(DIGITS[n as usize]);
                break;
            }
            out.push(DIGITS[(tj + (n - tj) % (36 - tj)) as usize]);
            n = (n - tj) / (36 - tj);
            j += 1;
        }
        bias = adapt(delta, points == 0, (base.len() + points + 1) as u64);
    }
    out
}

/// Lib/encodings/idna.py `ToASCII`.
fn idna_to_ascii(label: &[u32]) -> Result<Vec<u8>, LabelError> {
    let check = |label: &[u32]| -> Result<Vec<u8>, LabelError> {
        match label.len() {
            0 => Err(LabelError::new(0, 1, "label empty")),
            n if n < 64 => Ok(label.iter().map(|&c| c as u8).collect()),
            n => Err(LabelError::new(0, n, "label too long")),
        }
    };
    if label.iter().all(|&c| c < 128) {
        return check(label);
    }
    let label = nameprep(label)?;
    if label.iter().all(|&c| c < 128) {
        return check(&label);
    }
    let prefix: Vec<u32> = label.iter().take(4).map(|&c| lower_ascii(c)).collect();
    if prefix == [b'x' as u32, b'n' as u32, b'-' as u32, b'-' as u32] {
        return Err(LabelError::new(0, 4, "Label starts with ACE prefix"));
    }
    let mut out = b"xn--".to_vec();
    out.extend(punycode_encode(&label));
    if out.len() < 64 {
        Ok(out)
    } else {
        Err(LabelError::new(0, label.len(), "label too long"))
    }
}

fn lower_ascii(c: u32) -> u32 {
    if (b'A' as u32..=b'Z' as u32).contains(&c) {
        c + 32
    } else {
        c
    }
}

/// Lib/encodings/idna.py `ToUnicode` for a label of the input bytes.
fn idna_to_unicode(label: &[u8]) -> Result<Vec<u32>, LabelError> {
    if label.len() > 1024 {
        return Err(LabelError::new(0, label.len(), "label way too long"));
    }
    if !label.to_ascii_lowercase().starts_with(b"xn--") {
        if let Some(k) = label.iter().position(|&b| b >= 0x80) {
            return Err(LabelError::new(k, k + 1, "ordinal not in range(128)"));
        }
        return Ok(label.iter().map(|&b| b as u32).collect());
    }
    let result = punycode_decode(&label[4..], true).map_err(|e| LabelError {
        start: e.start + 4,
        end: e.end + 4,
        reason: e.reason,
    })?;
    let label2 = idna_to_ascii(&result)?;
    if label.to_ascii_lowercase() != label2 {
        let mut reason = String::from("IDNA does not round-trip, '");
        crate::ast::repr::bytes_repr(&mut reason, label);
        reason.push_str("' != '");
        crate::ast::repr::bytes_repr(&mut reason, &label2);
        reason.push('\'');
        return Err(LabelError::new(0, label.len(), reason));
    }
    Ok(result)
}

/// Lib/encodings/idna.py `Codec.decode` on the whole body: ASCII without
/// an ACE prefix is itself; otherwise each dot-separated label goes through
/// ToUnicode (punycode, nameprep and a round trip for `xn--` labels).
fn decode_idna(body: &[u8]) -> Result<String, SyntaxError> {
    let has_ace = body.windows(4).any(|w| w.eq_ignore_ascii_case(b"xn--"));
    if !has_ace && body.is_ascii() {
        return Ok(String::from_utf8_lossy(body).into_owned());
    }
    let mut labels: Vec<&[u8]> = body.split(|&b| b == b'.').collect();
    let trailing_dot = labels.last().is_some_and(|l| l.is_empty());
    if trailing_dot {
        labels.pop();
    }
    let mut out = WideText::with_capacity(body.len());
    let mut offset = 0usize;
    for (i, label) in labels.iter().enumerate() {
        match idna_to_unicode(label) {
            Ok(text) => {
                if i > 0 {
                    out.push(b'.' as u32);
                }
                for c in text {
                    out.push(c);
                }
            }
            Err(e) => {
                let err = PyDecodeError {
                    codec: "idna",
                    start: e.start + offset,
                    end: e.end + offset,
                    reason: e.reason,
                };
                return Err(err.error(body));
            }
        }
        offset += label.len() + 1;
    }
    if trailing_dot {
        out.push(b'.' as u32);
    }
    out.finish()
}

/// CPython: Objects/unicodeobject.c `PyUnicode_DecodeUTF7Stateful` (strict,
/// final), then [`WideText`]. Error ranges start at the `+` that opened the
/// shift sequence.
fn decode_utf7(body: &[u8]) -> Result<String, SyntaxError> {
    let fail = |start: usize, end: usize, reason: &str| {
        init_error(decode_error_message("utf7", body, start, end, reason))
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
    let mut out = WideText::with_capacity(body.len());
    let mut in_shift = false;
    let mut shift_start = 0usize;
    let mut bits = 0u32;
    let mut buffer = 0u32;
    let mut surrogate = 0u32;
    let mut s = 0usize;
    while let Some(&ch) = body.get(s) {
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
                            out.push(0x10000 + ((surrogate - 0xD800) << 10) + (unit - 0xDC00));
                            surrogate = 0;
                            continue;
                        }
                        out.push(surrogate);
                        surrogate = 0;
                    }
                    if (0xD800..=0xDBFF).contains(&unit) {
                        surrogate = unit;
                    } else {
                        out.push(unit);
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
                    out.push(surrogate);
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
            match body.get(s) {
                Some(b'-') => {
                    s += 1;
                    out.push(b'+' as u32);
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
            out.push(ch as u32);
            s += 1;
        } else {
            return Err(fail(s, s + 1, "unexpected special character"));
        }
    }
    if in_shift && (surrogate != 0 || bits >= 6 || (bits > 0 && buffer != 0)) {
        return Err(fail(shift_start, body.len(), "unterminated shift sequence"));
    }
    out.finish()
}

/// CPython: Objects/unicodeobject.c `PyUnicode_DecodeUTF32Stateful` with
/// errors='strict' and final=1. Null bytes are rejected before decoding,
/// so in practice every complete unit is above U+10FFFF.
fn decode_utf32(body: &[u8], big_endian: bool) -> Result<String, SyntaxError> {
    let codec = if big_endian { "utf-32-be" } else { "utf-32-le" };
    let fail = |start: usize, end: usize, reason: &str| {
        init_error(decode_error_message(codec, body, start, end, reason))
    };
    let mut out = String::with_capacity(body.len());
    let mut pos = 0;
    while pos < body.len() {
        let Some(quad) = body.get(pos..pos + 4) else {
            return Err(fail(pos, body.len(), "truncated data"));
        };
        let quad = [quad[0], quad[1], quad[2], quad[3]];
        let cp = if big_endian {
            u32::from_be_bytes(quad)
        } else {
            u32::from_le_bytes(quad)
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

/// Returns the cookie's encoding name, if any, and whether the line is blank
/// or a comment (only then is line 2 examined).
///
/// CPython: Parser/tokenizer/helpers.c `get_coding_spec`.
fn get_coding_spec(s: &[u8]) -> (Option<String>, bool) {
    let size = s.len();
    let is_blank_or_comment = || {
        for &c in s {
            if c == b'#' || c == b'\n' || c == b'\r' {
                return true;
            }
            if c != b' ' && c != b'\t' && c != 0x0C {
                return false;
            }
        }
        true
    };
    let mut i = 0usize;
    // The cookie must be in a comment that is the only thing on the line.
    while i + 6 < size {
        let c = s[i];
        if c == b'#' {
            break;
        }
        if c != b' ' && c != b'\t' && c != 0x0C {
            return (None, is_blank_or_comment());
        }
        i += 1;
    }
    while i + 6 < size {
        if &s[i..i + 6] == b"coding" {
            let mut t = i + 6;
            let at = |k: usize| s.get(k).copied().unwrap_or(0);
            if at(t) != b':' && at(t) != b'=' {
                i += 1;
                continue;
            }
            loop {
                t += 1;
                if at(t) != b' ' && at(t) != b'\t' {
                    break;
                }
            }
            let begin = t;
            while at(t).is_ascii_alphanumeric() || at(t) == b'-' || at(t) == b'_' || at(t) == b'.' {
                t += 1;
            }
            if begin < t {
                // ASCII only, by the loop above.
                let name = String::from_utf8_lossy(&s[begin..t]).into_owned();
                return (Some(name), false);
            }
        }
        i += 1;
    }
    (None, is_blank_or_comment())
}

/// CPython: Parser/tokenizer/helpers.c `get_normal_name` (looks at the first
/// 12 characters only).
fn get_normal_name(s: &str) -> String {
    let buf: String = s
        .bytes()
        .take(12)
        .map(|c| {
            if c == b'_' {
                '-'
            } else {
                c.to_ascii_lowercase() as char
            }
        })
        .collect();
    if buf == "utf-8" || buf.starts_with("utf-8-") {
        "utf-8".to_string()
    } else if buf == "latin-1"
        || buf == "iso-8859-1"
        || buf == "iso-latin-1"
        || buf.starts_with("latin-1-")
        || buf.starts_with("iso-8859-1-")
        || buf.starts_with("iso-latin-1-")
    {
        "iso-8859-1".to_string()
    } else {
        s.to_string()
    }
}

/// The codec registry's answer for the encodings handled here: the name is
/// resolved to a codec module first, so only module names are matched.
///
/// CPython: `encodings.normalize_encoding` and `encodings.search_function`.
fn codec_lookup(name: &str) -> Option<Lookup> {
    let lowered = name.to_ascii_lowercase();
    let mut norm = String::with_capacity(lowered.len());
    let mut punct = false;
    for c in lowered.chars() {
        if c.is_ascii_alphanumeric() || c == '.' {
            if punct && !norm.is_empty() {
                norm.push('_');
            }
            norm.push(c);
            punct = false;
        } else {
            punct = true;
        }
    }
    let alt = norm.replace('.', "_");
    // CPython: Lib/encodings/__init__.py `search_function`: an alias of the
    // name (or of it with '.' as '_') gives the codec module; otherwise the
    // name itself is the module, unless it holds a '.'.
    let alias = |n: &str| {
        codec_names::CODEC_ALIASES
            .binary_search_by(|(a, _)| (*a).cmp(n))
            .ok()
            .and_then(|i| codec_names::CODEC_ALIASES.get(i))
            .map(|&(_, m)| m)
    };
    let module: &str = match alias(&norm).or_else(|| alias(&alt)) {
        Some(m) => m,
        None if norm.is_empty() || norm.contains('.') => return None,
        None => norm.as_str(),
    };
    let is = |names: &[&str]| names.contains(&module);
    if is(&["utf_16", "utf_16_le"]) {
        Some(Lookup::Text(Encoding::Utf16 { big_endian: false }))
    } else if is(&["utf_16_be"]) {
        Some(Lookup::Text(Encoding::Utf16 { big_endian: true }))
    } else if is(&["utf_32", "utf_32_le"]) {
        Some(Lookup::Text(Encoding::Utf32 { big_endian: false }))
    } else if is(&["utf_32_be"]) {
        Some(Lookup::Text(Encoding::Utf32 { big_endian: true }))
    } else if is(&[
        "base64_codec",
        "bz2_codec",
        "hex_codec",
        "quopri_codec",
        "rot_13",
        "uu_codec",
        "zlib_codec",
    ]) {
        Some(Lookup::NotText)
    } else if is(&["euc_jp"]) {
        Some(Lookup::Text(Encoding::EucJp))
    } else if let Some(codec) = cjk_tables::ALIASES
        .binary_search_by(|(a, _)| (*a).cmp(module))
        .ok()
        .and_then(|i| cjk_tables::ALIASES.get(i))
    {
        Some(Lookup::Text(Encoding::Dbcs(codec.1)))
    } else if let Some(table) = charmap_full_tables::ALIASES
        .binary_search_by(|(a, _)| (*a).cmp(module))
        .ok()
        .and_then(|i| charmap_full_tables::ALIASES.get(i))
    {
        Some(Lookup::Text(Encoding::FullCharmap(table.1)))
    } else if is(&["gb18030"]) {
        Some(Lookup::Text(Encoding::Gb18030))
    } else if is(&["utf_7"]) {
        Some(Lookup::Text(Encoding::Utf7))
    } else if is(&["unicode_escape"]) {
        Some(Lookup::Text(Encoding::UnicodeEscape))
    } else if is(&["punycode"]) {
        Some(Lookup::Text(Encoding::Punycode))
    } else if is(&["hz"]) {
        Some(Lookup::Text(Encoding::Hz))
    } else if is(&["euc_jis_2004"]) {
        Some(Lookup::Text(Encoding::Jisx0213(Jisx0213Codec::EucJis2004)))
    } else if is(&["euc_jisx0213"]) {
        Some(Lookup::Text(Encoding::Jisx0213(Jisx0213Codec::EucJisx0213)))
    } else if is(&["shift_jis_2004"]) {
        Some(Lookup::Text(Encoding::Jisx0213(
            Jisx0213Codec::ShiftJis2004,
        )))
    } else if is(&["shift_jisx0213"]) {
        Some(Lookup::Text(Encoding::Jisx0213(
            Jisx0213Codec::ShiftJisx0213,
        )))
    } else if let Some(codec) = iso2022_lookup(module) {
        Some(Lookup::Text(Encoding::Iso2022(codec)))
    } else if is(&["idna"]) {
        Some(Lookup::Text(Encoding::Idna))
    } else if is(&["raw_unicode_escape"]) {
        Some(Lookup::Text(Encoding::RawUnicodeEscape))
    } else if is(&["charmap"]) {
        // encodings/charmap.py decodes with no mapping: byte i is U+00i.
        Some(Lookup::Text(Encoding::Latin1))
    } else if is(&["undefined"]) {
        Some(Lookup::Undefined)
    } else if is(&["utf_8"]) {
        Some(Lookup::Text(Encoding::Utf8Codec))
    } else if is(&["latin_1"]) {
        Some(Lookup::Text(Encoding::Latin1))
    } else if is(&["ascii"]) {
        Some(Lookup::Text(Encoding::Ascii))
    } else {
        codec_tables::CHARMAPS
            .iter()
            .find(|(name, _)| *name == module)
            .map(|(_, table)| Lookup::Text(Encoding::Charmap(table)))
    }
}

/// The iso2022 codec modules.
fn iso2022_lookup(module: &str) -> Option<Iso2022Codec> {
    const NAMES: &[(&str, Iso2022Codec)] = &[
        ("iso2022_jp", Iso2022Codec::Jp),
        ("iso2022_jp_1", Iso2022Codec::Jp1),
        ("iso2022_jp_2", Iso2022Codec::Jp2),
        ("iso2022_jp_2004", Iso2022Codec::Jp2004),
        ("iso2022_jp_3", Iso2022Codec::Jp3),
        ("iso2022_jp_ext", Iso2022Codec::JpExt),
        ("iso2022_kr", Iso2022Codec::Kr),
    ];
    NAMES.iter().find(|(n, _)| *n == module).map(|&(_, c)| c)
}

/// The utf-8 codec's UnicodeDecodeError text.
fn utf8_codec_message(body: &[u8], e: std::str::Utf8Error) -> String {
    let start = e.valid_up_to();
    let lead = body.get(start).copied().unwrap_or(0);
    let (end, reason) = match e.error_len() {
        None => (body.len(), "unexpected end of data"),
        Some(n) => {
            if (0x80..0xC2).contains(&lead) || lead >= 0xF5 {
                (start + 1, "invalid start byte")
            } else {
                (start + n, "invalid continuation byte")
            }
        }
    };
    if end == start + 1 {
        format!("'utf-8' codec can't decode byte 0x{lead:02x} in position {start}: {reason}")
    } else {
        format!(
            "'utf-8' codec can't decode bytes in position {}-{}: {reason}",
            start,
            end - 1
        )
    }
}

fn ensure_utf8(body: &[u8]) -> Result<(), SyntaxError> {
    match std::str::from_utf8(body) {
        Ok(_) => Ok(()),
        Err(_) => Err(ensure_utf8_err(body)),
    }
}

/// CPython: Parser/tokenizer/helpers.c `_PyTokenizer_ensure_utf8`: the
/// location is the line and 1-based character column of the bad byte.
fn ensure_utf8_err(body: &[u8]) -> SyntaxError {
    let bad = match std::str::from_utf8(body) {
        Ok(_) => body.len(),
        Err(e) => e.valid_up_to(),
    };
    let before = &body[..bad];
    let line_begin = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |p| p + 1);
    let lineno = 1 + before.iter().filter(|&&b| b == b'\n').count() as i64;
    // The prefix is valid UTF-8, so counting non-continuation bytes counts
    // characters.
    let col = before[line_begin..]
        .iter()
        .filter(|&&b| (b & 0xC0) != 0x80)
        .count() as i64;
    let byte = body.get(bad).copied().unwrap_or(0);
    SyntaxError::new(
        SyntaxErrorKind::SyntaxError,
        format!(
            "Non-UTF-8 code starting with '\\x{byte:02x}' on line {lineno}, but no encoding declared; \
             see https://peps.python.org/pep-0263/ for details"
        ),
        lineno,
        col + 1,
        lineno,
        col + 1,
    )
}
