//! Python's `repr()` of `str` and `bytes`, byte for byte as CPython 3.14
//! prints them. The codecs quote characters and byte strings this way in
//! their messages (idna.py's `f"Invalid character {c!r}"`), and `ast.dump`
//! prints constants with it.

use crate::text::PyStr;
use crate::unicode::is_printable;
use std::fmt;

const HEX: &[u8; 16] = b"0123456789abcdef";

fn push_hex(out: &mut String, v: u32, digits: u32) {
    for i in (0..digits).rev() {
        out.push(HEX[((v >> (4 * i)) & 0xF) as usize] as char);
    }
}

/// `repr(str)`. CPython: Objects/unicodeobject.c unicode_repr.
pub fn str_repr(out: &mut String, s: &PyStr) {
    match s.as_str() {
        Some(text) => str_repr_utf8(out, text),
        None => {
            let quote = str_quote(s.as_bytes());
            out.push(quote);
            for cp in s.code_points() {
                let plain = (0x20..0x7f).contains(&cp) && cp != quote as u32 && cp != '\\' as u32;
                if plain {
                    out.push(cp as u8 as char);
                } else {
                    push_escaped(out, cp, quote);
                }
            }
            out.push(quote);
        }
    }
}

fn str_quote(bytes: &[u8]) -> char {
    // Double quotes only when the text has a single quote and no double quote.
    if bytes.contains(&b'\'') && !bytes.contains(&b'"') {
        '"'
    } else {
        '\''
    }
}

/// `repr(str)` of a surrogate-free string.
pub fn str_repr_utf8(out: &mut String, text: &str) {
    let bytes = text.as_bytes();
    let quote = str_quote(bytes);
    out.reserve(bytes.len() + 2);
    out.push(quote);
    // Copy runs of plain printable ASCII at once.
    let mut start = 0;
    for (i, c) in text.char_indices() {
        let plain = (' '..'\x7f').contains(&c) && c != quote && c != '\\';
        if !plain {
            out.push_str(text.get(start..i).unwrap_or(""));
            push_escaped(out, c as u32, quote);
            start = i + c.len_utf8();
        }
    }
    out.push_str(text.get(start..).unwrap_or(""));
    out.push(quote);
}

fn push_escaped(out: &mut String, cp: u32, quote: char) {
    match cp {
        _ if cp == quote as u32 || cp == '\\' as u32 => {
            out.push('\\');
            out.push(cp as u8 as char);
        }
        0x09 => out.push_str("\\t"),
        0x0A => out.push_str("\\n"),
        0x0D => out.push_str("\\r"),
        0x00..=0x1F | 0x7F => {
            out.push_str("\\x");
            push_hex(out, cp, 2);
        }
        0x20..=0x7E => out.push(cp as u8 as char),
        _ if is_printable(cp) => match char::from_u32(cp) {
            Some(c) => out.push(c),
            None => push_u_escape(out, cp),
        },
        _ => push_u_escape(out, cp),
    }
}

fn push_u_escape(out: &mut String, cp: u32) {
    if cp <= 0xFF {
        out.push_str("\\x");
        push_hex(out, cp, 2);
    } else if cp <= 0xFFFF {
        out.push_str("\\u");
        push_hex(out, cp, 4);
    } else {
        out.push_str("\\U");
        push_hex(out, cp, 8);
    }
}

/// `repr(bytes)`. CPython: Objects/bytesobject.c PyBytes_Repr (smartquotes).
pub fn bytes_repr(out: &mut String, b: &[u8]) {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    out.reserve(b.len() + 3);
    out.push('b');
    out.push(quote as char);
    for &c in b {
        match c {
            _ if c == quote || c == b'\\' => {
                out.push('\\');
                out.push(c as char);
            }
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            0x20..=0x7E => out.push(c as char),
            _ => {
                out.push_str("\\x");
                push_hex(out, c as u32, 2);
            }
        }
    }
    out.push(quote as char);
}

/// A `PyStr` debug-prints as Python's `repr()` of it.
impl fmt::Debug for PyStr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut s = String::new();
        str_repr(&mut s, self);
        f.write_str(&s)
    }
}
