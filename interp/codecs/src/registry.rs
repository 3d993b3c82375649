//! The codec registry: a codec name to the codec, as `codecs.lookup` finds
//! it with only the `encodings` package's search function registered.
//!
//! CPython: Python/codecs.c `_PyCodec_Lookup` and
//! `_PyCodec_LookupTextEncoding`; Lib/encodings/__init__.py
//! `normalize_encoding` and `search_function`; Lib/encodings/aliases.py
//! (recorded in `aliases.rs`).

use crate::cjk::iso2022::Iso2022Codec;
use crate::cjk::jisx0213::Jisx0213Codec;
use crate::cjk::tables::dbcs::{self as dbcs_tables, Dbcs};
use crate::{CodecError, PyStr, aliases, charmap, charmap_full_tables, charmap_tables, cjk};
use crate::{escape, idna, latin1, punycode, utf, utf7};

/// A text encoding the registry knows, by its codec module.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Codec {
    module: &'static str,
    kind: Kind,
}

/// Why [`lookup`] found no text encoding.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LookupError {
    /// `LookupError("unknown encoding: NAME")`: no codec of that name.
    Unknown,
    /// A bytes-to-bytes or str-to-str codec (`_is_text_encoding` false:
    /// base64, hex, rot13, ...): `_PyCodec_LookupTextEncoding` raises
    /// `LookupError("'NAME' is not a text encoding; use codecs.decode() to
    /// handle arbitrary codecs")`.
    NotText,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Utf8,
    Latin1,
    Ascii,
    /// A single-byte codec whose bytes below 0x80 are ASCII.
    Charmap(&'static [u16; 128]),
    /// A single-byte codec that also remaps ASCII (EBCDIC, cp864, ...).
    FullCharmap(&'static [u16; 256]),
    Utf16 {
        big_endian: bool,
    },
    Utf32 {
        big_endian: bool,
    },
    EucJp,
    Dbcs(&'static Dbcs),
    Gb18030,
    Hz,
    Jisx0213(Jisx0213Codec),
    Iso2022(Iso2022Codec),
    Utf7,
    UnicodeEscape,
    RawUnicodeEscape,
    Punycode,
    Idna,
    /// encodings/undefined.py: every decode raises.
    Undefined,
}

impl Codec {
    /// The codec's module in the `encodings` package (`utf_8`, `cp1252`,
    /// `iso2022_jp_2`, ...).
    pub fn module(&self) -> &'static str {
        self.module
    }

    /// Decodes all of `input` (errors='strict', final): what
    /// `input.decode(name)` returns or raises.
    pub fn decode(&self, input: &[u8]) -> Result<PyStr, CodecError> {
        Ok(match self.kind {
            Kind::Utf8 => utf::decode_utf8(input)?.into(),
            Kind::Latin1 => latin1::decode_latin1(input).into(),
            Kind::Ascii => latin1::decode_ascii(input)?.into(),
            Kind::Charmap(table) => charmap::decode_charmap(input, table)?.into(),
            Kind::FullCharmap(table) => charmap::decode_full_charmap(input, table)?.into(),
            Kind::Utf16 { big_endian } => utf::decode_utf16(input, big_endian)?.into(),
            Kind::Utf32 { big_endian } => utf::decode_utf32(input, big_endian)?.into(),
            Kind::EucJp => cjk::euc_jp::decode(input)?.into(),
            Kind::Dbcs(codec) => cjk::dbcs::decode(input, codec)?.into(),
            Kind::Gb18030 => cjk::gb18030::decode(input)?.into(),
            Kind::Hz => cjk::hz::decode(input)?.into(),
            Kind::Jisx0213(codec) => cjk::jisx0213::decode(input, codec)?.into(),
            Kind::Iso2022(codec) => cjk::iso2022::decode(input, codec)?.into(),
            Kind::Utf7 => utf7::decode(input)?,
            Kind::UnicodeEscape => escape::unicode_escape_decode(input)?.0,
            Kind::RawUnicodeEscape => escape::raw_unicode_escape_decode(input)?,
            Kind::Punycode => punycode::decode(input)?,
            Kind::Idna => idna::decode(input)?,
            Kind::Undefined => return Err(CodecError::Unicode("undefined encoding")),
        })
    }
}

/// `encodings.normalize_encoding(name.lower())` as `search_function`
/// applies it: runs of characters other than ASCII alphanumerics and '.'
/// become one '_', leading and trailing ones are dropped.
fn normalize_encoding(name: &str) -> String {
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
    norm
}

/// The codec named `name`, if it is a text encoding.
///
/// CPython: Lib/encodings/__init__.py `search_function`: an alias of the
/// normalised name (or of it with '.' as '_') gives the codec module;
/// otherwise the name itself is the module, unless it holds a '.'.
pub fn lookup(name: &str) -> Result<Codec, LookupError> {
    let norm = normalize_encoding(name);
    let alt = norm.replace('.', "_");
    let alias = |n: &str| sorted_find(aliases::CODEC_ALIASES, n).map(|&(_, m)| m);
    let module: &str = match alias(&norm).or_else(|| alias(&alt)) {
        Some(m) => m,
        None if norm.is_empty() || norm.contains('.') => return Err(LookupError::Unknown),
        None => norm.as_str(),
    };
    match module_codec(module) {
        Some(Ok((module, kind))) => Ok(Codec { module, kind }),
        Some(Err(e)) => Err(e),
        None => Err(LookupError::Unknown),
    }
}

/// The codec of an `encodings` module, with the module's name as a
/// `'static` string; `Err(NotText)` for the modules that are no text
/// encodings.
fn module_codec(module: &str) -> Option<Result<(&'static str, Kind), LookupError>> {
    const FIXED: &[(&str, Kind)] = &[
        ("utf_16", Kind::Utf16 { big_endian: false }),
        ("utf_16_le", Kind::Utf16 { big_endian: false }),
        ("utf_16_be", Kind::Utf16 { big_endian: true }),
        ("utf_32", Kind::Utf32 { big_endian: false }),
        ("utf_32_le", Kind::Utf32 { big_endian: false }),
        ("utf_32_be", Kind::Utf32 { big_endian: true }),
        ("euc_jp", Kind::EucJp),
        ("gb18030", Kind::Gb18030),
        ("utf_7", Kind::Utf7),
        ("unicode_escape", Kind::UnicodeEscape),
        ("punycode", Kind::Punycode),
        ("hz", Kind::Hz),
        ("euc_jis_2004", Kind::Jisx0213(Jisx0213Codec::EucJis2004)),
        ("euc_jisx0213", Kind::Jisx0213(Jisx0213Codec::EucJisx0213)),
        (
            "shift_jis_2004",
            Kind::Jisx0213(Jisx0213Codec::ShiftJis2004),
        ),
        (
            "shift_jisx0213",
            Kind::Jisx0213(Jisx0213Codec::ShiftJisx0213),
        ),
        ("iso2022_jp", Kind::Iso2022(Iso2022Codec::Jp)),
        ("iso2022_jp_1", Kind::Iso2022(Iso2022Codec::Jp1)),
        ("iso2022_jp_2", Kind::Iso2022(Iso2022Codec::Jp2)),
        ("iso2022_jp_2004", Kind::Iso2022(Iso2022Codec::Jp2004)),
        ("iso2022_jp_3", Kind::Iso2022(Iso2022Codec::Jp3)),
        ("iso2022_jp_ext", Kind::Iso2022(Iso2022Codec::JpExt)),
        ("iso2022_kr", Kind::Iso2022(Iso2022Codec::Kr)),
        ("idna", Kind::Idna),
        ("raw_unicode_escape", Kind::RawUnicodeEscape),
        // encodings/charmap.py decodes with no mapping: byte i is U+00i.
        ("charmap", Kind::Latin1),
        ("undefined", Kind::Undefined),
        ("utf_8", Kind::Utf8),
        ("latin_1", Kind::Latin1),
        ("ascii", Kind::Ascii),
    ];
    const NOT_TEXT: &[&str] = &[
        "base64_codec",
        "bz2_codec",
        "hex_codec",
        "quopri_codec",
        "rot_13",
        "uu_codec",
        "zlib_codec",
    ];
    if NOT_TEXT.contains(&module) {
        return Some(Err(LookupError::NotText));
    }
    if let Some(&(name, kind)) = FIXED.iter().find(|(n, _)| *n == module) {
        return Some(Ok((name, kind)));
    }
    if let Some(&(name, codec)) = sorted_find(dbcs_tables::ALIASES, module) {
        return Some(Ok((name, Kind::Dbcs(codec))));
    }
    if let Some(&(name, table)) = sorted_find(charmap_full_tables::ALIASES, module) {
        return Some(Ok((name, Kind::FullCharmap(table))));
    }
    charmap_tables::CHARMAPS
        .iter()
        .find(|(name, _)| *name == module)
        .map(|(name, table)| Ok((*name, Kind::Charmap(table))))
}

/// The entry for `key` in a table sorted by its names.
fn sorted_find<'t, T>(table: &'t [(&'static str, T)], key: &str) -> Option<&'t (&'static str, T)> {
    table
        .binary_search_by(|(a, _)| (*a).cmp(key))
        .ok()
        .and_then(|i| table.get(i))
}
