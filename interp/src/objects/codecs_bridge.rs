//! str <-> bytes conversions through the `codecs` crate, with CPython's
//! error handlers and exceptions.
//!
//! CPython: Objects/unicodeobject.c (`PyUnicode_Decode`, `PyUnicode_AsEncodedString`), Python/codecs.c.

use crate::objects::str::{Str, new_str_from_gen_utf8};
use crate::objects::value::Value;
use crate::vm::{PyResult, Vm};

fn norm(enc: &str) -> String {
    enc.to_ascii_lowercase().replace(['-', ' '], "_")
}

/// Decodes `data` with `encoding`/`errors`.
pub fn decode(vm: &Vm, data: &[u8], encoding: &str, errors: &str, _obj: &Value) -> PyResult {
    match norm(encoding).as_str() {
        "utf_8" | "utf8" => match std::str::from_utf8(data) {
            Ok(s) => Ok(crate::objects::str::new_str(s).into_value()),
            Err(e) => {
                if errors == "replace" {
                    return Ok(crate::objects::str::new_string(String::from_utf8_lossy(data).into_owned()).into_value());
                }
                if errors == "surrogateescape" {
                    let mut out = Vec::with_capacity(data.len());
                    let mut rest = data;
                    loop {
                        match std::str::from_utf8(rest) {
                            Ok(s) => {
                                out.extend_from_slice(s.as_bytes());
                                break;
                            }
                            Err(err) => {
                                let good = err.valid_up_to();
                                out.extend_from_slice(&rest[..good]);
                                let bad = err.error_len().unwrap_or(rest.len() - good);
                                for &b in &rest[good..good + bad] {
                                    crate::objects::str::push_code_point(&mut out, 0xDC00 + b as u32);
                                }
                                rest = &rest[good + bad..];
                            }
                        }
                    }
                    return Ok(new_str_from_gen_utf8(out).into_value());
                }
                let start = e.valid_up_to();
                let end = start + e.error_len().unwrap_or(1);
                let reason = if e.error_len().is_none() { "unexpected end of data" } else { "invalid start byte" };
                Err(vm.unicode_decode_error("utf-8", data, start, end, reason))
            }
        },
        "latin_1" | "latin1" | "iso_8859_1" | "iso8859_1" | "l1" => {
            Ok(crate::objects::str::new_str_from_code_points(data.iter().map(|&b| b as u32)).into_value())
        }
        "ascii" | "us_ascii" => {
            if let Some(pos) = data.iter().position(|&b| b >= 0x80) {
                if errors == "replace" {
                    return Ok(crate::objects::str::new_str_from_code_points(data.iter().map(|&b| if b < 0x80 { b as u32 } else { 0xFFFD })).into_value());
                }
                if errors == "ignore" {
                    return Ok(crate::objects::str::new_str_from_code_points(data.iter().filter(|&&b| b < 0x80).map(|&b| b as u32)).into_value());
                }
                return Err(vm.unicode_decode_error("ascii", data, pos, pos + 1, "ordinal not in range(128)"));
            }
            Ok(crate::objects::str::new_str_from_code_points(data.iter().map(|&b| b as u32)).into_value())
        }
        _ => Err(vm.lookup_error(format!("unknown encoding: {encoding}"))),
    }
}

/// Encodes `s` with `encoding`/`errors`.
pub fn encode(vm: &Vm, s: &Str, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    match norm(encoding).as_str() {
        "utf_8" | "utf8" => match s.as_str() {
            Some(t) => Ok(t.as_bytes().to_vec()),
            None => {
                let mut out = Vec::new();
                for (i, cp) in s.code_points().enumerate() {
                    if (0xD800..0xE000).contains(&cp) {
                        match errors {
                            "surrogateescape" if cp >= 0xDC80 && cp < 0xDD00 => out.push((cp - 0xDC00) as u8),
                            "surrogatepass" => crate::objects::str::push_code_point(&mut out, cp),
                            "replace" => out.push(b'?'),
                            "ignore" => {}
                            _ => return Err(vm.unicode_encode_error("utf-8", s, i, i + 1, "surrogates not allowed")),
                        }
                    } else {
                        crate::objects::str::push_code_point(&mut out, cp);
                    }
                }
                Ok(out)
            }
        },
        "latin_1" | "latin1" | "iso_8859_1" | "iso8859_1" | "l1" => {
            let mut out = Vec::new();
            for (i, cp) in s.code_points().enumerate() {
                if cp < 256 {
                    out.push(cp as u8);
                } else if errors == "replace" {
                    out.push(b'?');
                } else if errors != "ignore" {
                    return Err(vm.unicode_encode_error("latin-1", s, i, i + 1, "ordinal not in range(256)"));
                }
            }
            Ok(out)
        }
        "ascii" | "us_ascii" => {
            let mut out = Vec::new();
            for (i, cp) in s.code_points().enumerate() {
                if cp < 128 {
                    out.push(cp as u8);
                } else if errors == "replace" {
                    out.push(b'?');
                } else if errors != "ignore" {
                    return Err(vm.unicode_encode_error("ascii", s, i, i + 1, "ordinal not in range(128)"));
                }
            }
            Ok(out)
        }
        _ => Err(vm.lookup_error(format!("unknown encoding: {encoding}"))),
    }
}
