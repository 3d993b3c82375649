//! Text codecs and Unicode tables, as CPython 3.14 has them, with no Python
//! objects: the front end decodes a source's coding cookie with them, and
//! `bytes.decode`, `str.encode` and `_codecs` are to build on them.
//!
//! - [`lookup`] resolves a codec name as `codecs.lookup` does (Python/codecs.c
//!   `_PyCodec_Lookup` through Lib/encodings/__init__.py `search_function`,
//!   see [`registry`]) to a [`Codec`], whose [`Codec::decode`] decodes a whole
//!   input with errors='strict' or fails with a [`CodecError`], what CPython's
//!   codec raises (`UnicodeDecodeError` carries `start`, `end` and `reason`).
//! - One file per codec family, named after CPython's: [`utf`] (utf-8, -16, -32),
//!   [`latin1`] (latin-1, ascii), [`charmap`] (the single-byte code pages),
//!   [`escape`] (unicode_escape, raw_unicode_escape, and the escapes of str and
//!   bytes literals, which CPython decodes with the same functions), [`utf7`],
//!   [`punycode`], [`idna`], [`cjk`] (Modules/cjkcodecs/).
//! - [`unicode`]: the Unicode properties the tokenizer and `repr` consult and
//!   the character names of `\N{...}`; [`repr`]: `repr()` of str and bytes.
//! - [`text`]: [`PyStr`], the decoded value: code points, lone surrogates
//!   included.
//!
//! Generated tables (`*_tables.rs`, `aliases.rs`, `cjk/tables/`,
//! `unicode/{xid,printable}.rs`, `unicode/names.bin`) are recorded from the
//! reference interpreter; each names its generator.

pub mod charmap;
mod charmap_full_tables;
mod charmap_tables;
pub mod cjk;
pub mod escape;
pub mod idna;
mod idna_tables;
pub mod latin1;
pub mod punycode;
pub mod registry;
pub mod repr;
pub mod text;
pub mod unicode;
pub mod utf;
pub mod utf7;

mod aliases;

pub use registry::{Codec, LookupError, lookup};
pub use text::{CodePoints, InvalidCodePoint, PyStr, PyStrBuf};

use std::borrow::Cow;

/// What a decoder raises (errors='strict'): CPython's exception, as data.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CodecError {
    /// `UnicodeDecodeError(encoding, object, start, end, reason)`: the bytes
    /// `start..end` of the input could not be decoded. Positions are
    /// CPython's `Py_ssize_t`; `encoding` is the name the codec reports,
    /// which may be another codec's (punycode reports 'ascii' for its basic
    /// code points).
    Decode {
        encoding: &'static str,
        start: i64,
        end: i64,
        reason: Cow<'static, str>,
    },
    /// `UnicodeError(msg)`: encodings/undefined.py's "undefined encoding".
    Unicode(&'static str),
    /// `ValueError(msg)`: the errors of `codecs.escape_decode` (bytes
    /// literals), "Trailing \\ in string" and "invalid \\x escape at
    /// position N".
    Value(String),
    /// `OverflowError("Python int too large to convert to C ssize_t")`:
    /// punycode.py computed an error position that a `UnicodeDecodeError`
    /// cannot hold.
    Overflow,
    /// `RuntimeError("internal codec error")`: a CJK codec's MBERR_INTERNAL.
    Internal,
}

impl CodecError {
    /// A `UnicodeDecodeError` over `start..end`.
    pub fn decode(
        encoding: &'static str,
        start: usize,
        end: usize,
        reason: impl Into<Cow<'static, str>>,
    ) -> Self {
        CodecError::Decode {
            encoding,
            start: i64::try_from(start).unwrap_or(i64::MAX),
            end: i64::try_from(end).unwrap_or(i64::MAX),
            reason: reason.into(),
        }
    }

    /// The exception's class name.
    pub fn exception(&self) -> &'static str {
        match self {
            CodecError::Decode { .. } => "UnicodeDecodeError",
            CodecError::Unicode(_) => "UnicodeError",
            CodecError::Value(_) => "ValueError",
            CodecError::Overflow => "OverflowError",
            CodecError::Internal => "RuntimeError",
        }
    }

    /// `str(exc)` for the error raised on `object`, the bytes the codec was
    /// given (a `UnicodeDecodeError` quotes its one bad byte).
    ///
    /// CPython: Objects/exceptions.c `UnicodeDecodeError_str`.
    pub fn message(&self, object: &[u8]) -> String {
        match self {
            CodecError::Decode {
                encoding,
                start,
                end,
                reason,
            } => {
                let start = *start;
                if *end == start.wrapping_add(1)
                    && let Some(&b) = usize::try_from(start).ok().and_then(|s| object.get(s))
                {
                    return format!(
                        "'{encoding}' codec can't decode byte 0x{b:02x} in position {start}: {reason}"
                    );
                }
                format!(
                    "'{encoding}' codec can't decode bytes in position {start}-{}: {reason}",
                    end.wrapping_sub(1)
                )
            }
            CodecError::Unicode(msg) => (*msg).to_string(),
            CodecError::Value(msg) => msg.clone(),
            CodecError::Overflow => "Python int too large to convert to C ssize_t".to_string(),
            CodecError::Internal => "internal codec error".to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The code points `input.decode(name)` gives, or `Type: message`.
    type Decoded = Result<Vec<u32>, String>;

    fn decode(input: &[u8], name: &str) -> Decoded {
        let codec = lookup(name).map_err(|e| format!("{e:?}"))?;
        match codec.decode(input) {
            Ok(s) => Ok(s.code_points().collect()),
            Err(e) => Err(format!("{}: {}", e.exception(), e.message(input))),
        }
    }

    /// Values and messages recorded from CPython 3.14's `bytes.decode`.
    #[test]
    fn decode_matches_cpython() {
        let err = |s: &str| Decoded::Err(s.to_string());
        let cases: &[(&[u8], &str, Decoded)] = &[
            (
                b"\\u12",
                "raw_unicode_escape",
                err(
                    "UnicodeDecodeError: 'rawunicodeescape' codec can't decode bytes in position 0-3: truncated \\uXXXX escape",
                ),
            ),
            (
                b"a\\U00110000",
                "raw_unicode_escape",
                err(
                    "UnicodeDecodeError: 'rawunicodeescape' codec can't decode bytes in position 1-10: \\Uxxxxxxxx out of range",
                ),
            ),
            (
                b"\\\\u0041\\\\\\u0041\\",
                "raw_unicode_escape",
                Ok(vec![
                    0x5c, 0x5c, 0x75, 0x30, 0x30, 0x34, 0x31, 0x5c, 0x5c, 0x41, 0x5c,
                ]),
            ),
            (
                b"abc\\x4",
                "unicode_escape",
                err(
                    "UnicodeDecodeError: 'unicodeescape' codec can't decode bytes in position 3-5: truncated \\xXX escape",
                ),
            ),
            (
                b"\\N{DIGIT ONE}\\ud800\\z\xe9",
                "unicode_escape",
                Ok(vec![0x31, 0xd800, 0x5c, 0x7a, 0xe9]),
            ),
            (
                b"x\\",
                "unicode_escape",
                err(
                    "UnicodeDecodeError: 'unicodeescape' codec can't decode byte 0x5c in position 1: \\ at end of string",
                ),
            ),
            (
                b"\\N{no such}",
                "unicode_escape",
                err(
                    "UnicodeDecodeError: 'unicodeescape' codec can't decode bytes in position 0-10: unknown Unicode character name",
                ),
            ),
            (
                b"\\N{",
                "unicode_escape",
                err(
                    "UnicodeDecodeError: 'unicodeescape' codec can't decode bytes in position 0-2: malformed \\N character escape",
                ),
            ),
            (b"\\777", "unicode_escape", Ok(vec![0x1ff])),
            (
                b"\xff",
                "utf-8",
                err(
                    "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte",
                ),
            ),
            (
                b"\xe2\x82",
                "utf8",
                err(
                    "UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 0-1: unexpected end of data",
                ),
            ),
            (
                b"a\x80",
                "ascii",
                err(
                    "UnicodeDecodeError: 'ascii' codec can't decode byte 0x80 in position 1: ordinal not in range(128)",
                ),
            ),
            (
                b"\x81",
                "cp1252",
                err(
                    "UnicodeDecodeError: 'charmap' codec can't decode byte 0x81 in position 0: character maps to <undefined>",
                ),
            ),
            (
                b"\xa4",
                "euc_jp",
                err(
                    "UnicodeDecodeError: 'euc_jp' codec can't decode byte 0xa4 in position 0: incomplete multibyte sequence",
                ),
            ),
            (b"\x1b$B", "iso2022_jp", Ok(vec![])),
            (
                b"xn--abc-",
                "punycode",
                Ok(vec![0x78, 0x6e, 0x2d, 0x2d, 0x61, 0x62, 0x63]),
            ),
            (
                b"\x80-a",
                "punycode",
                err(
                    "UnicodeDecodeError: 'ascii' codec can't decode byte 0x80 in position 0: ordinal not in range(128)",
                ),
            ),
        ];
        for (input, name, want) in cases {
            assert_eq!(&decode(input, name), want, "{input:?} as {name}");
        }
    }

    /// `codecs.lookup(name)` as CPython 3.14 resolves it (module names of
    /// the codecs found; `_is_text_encoding`).
    #[test]
    fn lookup_matches_cpython() {
        let module = |n: &str| lookup(n).map(|c| c.module());
        assert_eq!(module("latin1"), Ok("latin_1"));
        assert_eq!(module("SJIS"), Ok("shift_jis"));
        assert_eq!(module("U7"), Ok("utf_7"));
        assert_eq!(module("utf8"), Ok("utf_8"));
        assert_eq!(module("ISO_8859-15"), Ok("iso8859_15"));
        assert_eq!(module("cp-1252"), Err(LookupError::Unknown));
        assert_eq!(module("nonesuch"), Err(LookupError::Unknown));
        assert_eq!(module("x.y"), Err(LookupError::Unknown));
        assert_eq!(module("hex"), Err(LookupError::NotText));
        assert_eq!(module("rot13"), Err(LookupError::NotText));
    }

    /// The first invalid escape, which CPython's codec reports in its
    /// DeprecationWarning (`"\z" is an invalid escape sequence`, then for
    /// `\777` `"\777" is an invalid octal escape sequence`).
    #[test]
    fn first_invalid_escape() {
        let first = |b: &[u8]| {
            escape::unicode_escape_decode(b).map(|(_, f)| f.map(|f| (f.pos, f.text, f.octal)))
        };
        assert_eq!(first(b"ab\\zc\\q"), Ok(Some((3, "z".to_string(), false))));
        assert_eq!(first(b"\\777"), Ok(Some((1, "777".to_string(), true))));
        assert_eq!(first(b"\\377\\n"), Ok(None));
    }
}
