//! The single-byte codecs of Lib/encodings (cp1252, iso8859_*, koi8_r, the
//! EBCDIC code pages, ...), from tables recorded with the reference: a
//! byte maps to one character or to <undefined>.
//!
//! CPython: Objects/unicodeobject.c `PyUnicode_DecodeCharmap` with the
//! module's `decoding_table`.

use crate::CodecError;

/// Marks a byte that maps to <undefined> in the tables.
const UNDEFINED: u16 = 0xFFFF;

fn undefined(pos: usize) -> CodecError {
    CodecError::decode("charmap", pos, pos + 1, "character maps to <undefined>")
}

/// A code page whose bytes below 0x80 are ASCII; `high` gives bytes
/// 0x80..=0xFF.
pub fn decode_charmap(input: &[u8], high: &[u16; 128]) -> Result<String, CodecError> {
    let mut out = String::with_capacity(input.len() + input.len() / 2);
    for (pos, &b) in input.iter().enumerate() {
        let ch = if b < 0x80 {
            Some(b as char)
        } else {
            high.get((b - 0x80) as usize)
                .and_then(|&v| char::from_u32(v as u32))
        };
        match ch {
            Some(c) if c as u32 != UNDEFINED as u32 => out.push(c),
            _ => return Err(undefined(pos)),
        }
    }
    Ok(out)
}

/// A code page that maps every byte (EBCDIC, cp864, ...).
pub fn decode_full_charmap(input: &[u8], table: &[u16; 256]) -> Result<String, CodecError> {
    let mut out = String::with_capacity(input.len() + input.len() / 2);
    for (pos, &b) in input.iter().enumerate() {
        match table
            .get(b as usize)
            .and_then(|&v| char::from_u32(v as u32))
        {
            Some(c) if c as u32 != UNDEFINED as u32 => out.push(c),
            _ => return Err(undefined(pos)),
        }
    }
    Ok(out)
}
