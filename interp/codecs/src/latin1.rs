//! latin-1 (byte i is U+00i) and ascii.
//!
//! CPython: Objects/unicodeobject.c `_PyUnicode_DecodeLatin1`,
//! `PyUnicode_DecodeASCII`.

use crate::CodecError;

/// latin-1 never fails.
pub fn decode_latin1(input: &[u8]) -> String {
    input.iter().map(|&b| b as char).collect()
}

/// ascii: the first byte above 0x7F is an error.
pub fn decode_ascii(input: &[u8]) -> Result<String, CodecError> {
    if let Some(pos) = input.iter().position(|&b| b >= 0x80) {
        return Err(CodecError::decode(
            "ascii",
            pos,
            pos + 1,
            "ordinal not in range(128)",
        ));
    }
    // All ASCII, so valid UTF-8.
    Ok(String::from_utf8_lossy(input).into_owned())
}
