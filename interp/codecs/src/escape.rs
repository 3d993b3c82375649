//! Backslash escapes: the `unicode_escape` and `raw_unicode_escape` codecs,
//! and the escapes of str and bytes literals.
//!
//! CPython decodes a str literal with the `unicode_escape` codec's own
//! function: Parser/string_parser.c `decode_unicode_with_escapes` rewrites
//! the literal's UTF-8 text into a buffer the codec can read (every
//! non-ASCII character as `\UXXXXXXXX`, a backslash before one or at the end
//! as `\u005c`) and calls Objects/unicodeobject.c
//! `_PyUnicode_DecodeUnicodeEscapeInternal2` on it. Here one decoder,
//! [`decode_escapes`], serves both, reading either the literal's text as
//! that buffer would hold it or the codec's bytes as latin-1, and counting
//! positions as CPython does in each (error positions and the warning's
//! column depend on them). Bytes literals use `_PyBytes_DecodeEscape2`
//! (`codecs.escape_decode`), [`escape_decode`]; `raw_unicode_escape` is
//! [`raw_unicode_escape_decode`].
//!
//! The first invalid escape (`\z`, or an octal escape above `\377`) is not an
//! error: each function reports it ([`InvalidEscape`]) for the caller's
//! warning (a SyntaxWarning for a literal, a DeprecationWarning for the
//! codecs).

use crate::unicode::names;
use crate::{CodecError, PyStr, PyStrBuf};

/// The first invalid escape of an input, which CPython warns about.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InvalidEscape {
    /// Offset of the character after the backslash (the first digit of an
    /// octal escape) in the input as CPython's decoder reads it.
    pub pos: usize,
    /// Newlines before it in that input, and the bytes since the last one:
    /// where Parser/string_parser.c `warn_invalid_escape_sequence` puts the
    /// warning.
    pub lines: u32,
    pub col: usize,
    /// The escape after the backslash: one character, or the three octal
    /// digits.
    pub text: String,
    pub octal: bool,
}

/// A position in the input as CPython's decoder sees it.
#[derive(Clone, Copy, Default)]
struct Cursor {
    pos: usize,
    lines: u32,
    col: usize,
}

impl Cursor {
    #[inline]
    fn advance(&mut self, n: usize) {
        self.pos += n;
        self.col += n;
    }

    #[inline]
    fn newline(&mut self) {
        self.pos += 1;
        self.lines += 1;
        self.col = 0;
    }

    /// Advances over bytes read one for one (which may hold newlines).
    fn bytes(&mut self, s: &[u8]) {
        for &c in s {
            if c == b'\n' {
                self.newline();
            } else {
                self.advance(1);
            }
        }
    }

    fn invalid(&self, text: String, octal: bool) -> InvalidEscape {
        InvalidEscape {
            pos: self.pos,
            lines: self.lines,
            col: self.col,
            text,
            octal,
        }
    }
}

/// Up to `count` hex digits at the start of `s`: their value and how many
/// there were.
fn hex_digits(s: &[u8], count: usize) -> (u32, usize) {
    let mut v = 0u32;
    let mut n = 0;
    for &d in s.iter().take(count) {
        match (d as char).to_digit(16) {
            Some(x) => v = (v << 4) | x,
            None => break,
        }
        n += 1;
    }
    (v, n)
}

/// The value and length of the octal escape that starts with the digit
/// `first`: up to two more octal digits follow from `rest`.
fn octal_escape(first: u8, rest: &[u8]) -> (u32, usize) {
    let mut v = u32::from(first - b'0');
    let mut n = 1;
    for &d in rest.iter().take(2) {
        if !(b'0'..=b'7').contains(&d) {
            break;
        }
        v = (v << 3) + u32::from(d - b'0');
        n += 1;
    }
    (v, n)
}

/// The value of `\b`, `\f`, `\t`, `\n`, `\r`, `\v`, `\a`, `\\`, `\'`, `\"`.
fn simple_escape(c: u8) -> Option<u8> {
    Some(match c {
        b'\\' | b'\'' | b'"' => c,
        b'b' => 0x08,
        b'f' => 0x0C,
        b't' => b'\t',
        b'n' => b'\n',
        b'r' => b'\r',
        b'v' => 0x0B,
        b'a' => 0x07,
        _ => return None,
    })
}

/// How [`decode_escapes`] reads its input.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Source {
    /// The UTF-8 text of a str literal, read as `decode_unicode_with_escapes`
    /// rewrites it: a non-ASCII character counts 10 (`\UXXXXXXXX`), and a
    /// backslash before one or at the end is a plain backslash counting 6
    /// (`\u005c`).
    Literal,
    /// The `unicode_escape` codec's bytes: each byte is the code point of
    /// its value (latin-1) and counts 1.
    Latin1,
}

/// The length of `s[from..to]` in CPython's rewritten literal buffer.
fn literal_len(s: &[u8], from: usize, to: usize) -> usize {
    let Some(part) = s.get(from..to) else {
        return 0;
    };
    let mut n = 0;
    for (k, &c) in part.iter().enumerate() {
        n += if c >= 0xC0 {
            // A UTF-8 lead byte: one non-ASCII character.
            10
        } else if c >= 0x80 {
            0
        } else if c == b'\\' && s.get(from + k + 1).is_none_or(|&d| d >= 0x80) {
            6
        } else {
            1
        };
    }
    n
}

/// CPython: Objects/unicodeobject.c `_PyUnicode_DecodeUnicodeEscapeInternal2`
/// (errors='strict', final), over `input` read as `source` says. In
/// `Literal` mode `input` is UTF-8. Error positions are those of the input
/// as CPython's decoder reads it.
fn decode_escapes(
    input: &[u8],
    source: Source,
    out: &mut PyStrBuf,
) -> Result<Option<InvalidEscape>, CodecError> {
    let literal = source == Source::Literal;
    let fail = |start: usize, end: usize, reason: &'static str| {
        CodecError::decode("unicodeescape", start, end, reason)
    };
    let mut first_invalid: Option<InvalidEscape> = None;
    let mut at = Cursor::default();
    let mut i = 0usize;
    while i < input.len() {
        // Copy the run up to the next backslash as is.
        let run_end = input[i..]
            .iter()
            .position(|&c| c == b'\\')
            .map_or(input.len(), |p| i + p);
        if run_end > i {
            let run = &input[i..run_end];
            match source {
                Source::Literal => {
                    // `input` is UTF-8 and the run ends at an ASCII byte or
                    // the end, so it is UTF-8 too.
                    let text = std::str::from_utf8(run).unwrap_or_default();
                    out.push_str(text);
                    for c in text.chars() {
                        if c == '\n' {
                            at.newline();
                        } else if c.is_ascii() {
                            at.advance(1);
                        } else {
                            at.advance(10);
                        }
                    }
                }
                Source::Latin1 => {
                    for &b in run {
                        out.push_char(b as char);
                    }
                    at.bytes(run);
                }
            }
            i = run_end;
            continue;
        }
        // input[i] is a backslash.
        let start = at.pos;
        let next = input.get(i + 1).copied();
        if literal && next.is_none_or(|c| !c.is_ascii()) {
            out.push_char('\\');
            at.advance(6);
            i += 1;
            continue;
        }
        let Some(c) = next else {
            return Err(fail(start, at.pos + 1, "\\ at end of string"));
        };
        at.advance(1);
        i += 2;
        if c == b'\n' {
            at.newline();
            continue;
        }
        if let Some(v) = simple_escape(c) {
            out.push_char(v as char);
            at.advance(1);
            continue;
        }
        match c {
            b'0'..=b'7' => {
                let digits_at = at;
                let (v, n) = octal_escape(c, input.get(i..).unwrap_or_default());
                i += n - 1;
                at.advance(n);
                if v > 0o377 && first_invalid.is_none() {
                    let digits = input.get(i - 3..i).unwrap_or_default();
                    first_invalid =
                        Some(digits_at.invalid(String::from_utf8_lossy(digits).into_owned(), true));
                }
                // At most 0o777: always a valid code point.
                out.push_bounded(v);
            }
            b'x' | b'u' | b'U' => {
                let (count, reason) = match c {
                    b'x' => (2, "truncated \\xXX escape"),
                    b'u' => (4, "truncated \\uXXXX escape"),
                    _ => (8, "truncated \\UXXXXXXXX escape"),
                };
                at.advance(1);
                let (v, n) = hex_digits(input.get(i..).unwrap_or_default(), count);
                i += n;
                at.advance(n);
                if n < count {
                    return Err(fail(start, at.pos, reason));
                }
                if out.push_code_point(v).is_err() {
                    return Err(fail(start, at.pos, "illegal Unicode character"));
                }
            }
            b'N' => {
                at.advance(1);
                let malformed = "malformed \\N character escape";
                if input.get(i) != Some(&b'{') {
                    return Err(fail(start, at.pos, malformed));
                }
                i += 1;
                at.advance(1);
                let name_start = i;
                // CPython scans its buffer for '}', so the name's length
                // there is what the error positions count.
                let len = |from: usize, to: usize| match source {
                    Source::Literal => literal_len(input, from, to),
                    Source::Latin1 => to - from,
                };
                let Some(close) = input[i..].iter().position(|&d| d == b'}').map(|p| i + p) else {
                    at.advance(len(i, input.len()));
                    return Err(fail(start, at.pos, malformed));
                };
                at.advance(len(name_start, close));
                if close == name_start {
                    return Err(fail(start, at.pos, malformed));
                }
                i = close + 1;
                at.advance(1);
                // A non-ASCII name finds nothing, as CPython's rewritten
                // `\UXXXXXXXX` spelling of it does.
                match names::lookup(&input[name_start..close]) {
                    Some(cp) => out.push_bounded(cp),
                    None => return Err(fail(start, at.pos, "unknown Unicode character name")),
                }
            }
            _ => {
                if first_invalid.is_none() {
                    first_invalid = Some(at.invalid((c as char).to_string(), false));
                }
                out.push_char('\\');
                out.push_char(c as char);
                at.advance(1);
            }
        }
    }
    Ok(first_invalid)
}

/// The value of a non-raw str literal's body (between the quotes), and its
/// first invalid escape. Error and escape positions count CPython's
/// rewritten buffer (see the module doc); an error always covers at least a
/// backslash and the character after it.
///
/// CPython: Parser/string_parser.c `decode_unicode_with_escapes`.
pub fn decode_literal(body: &str) -> Result<(PyStr, Option<InvalidEscape>), CodecError> {
    let mut out = PyStrBuf::with_capacity(body.len());
    let first = decode_escapes(body.as_bytes(), Source::Literal, &mut out)?;
    Ok((out.finish(), first))
}

/// The `unicode_escape` codec: the text and the first invalid escape
/// (positions in `input`), for the DeprecationWarning CPython's codec
/// emits.
///
/// CPython: Objects/unicodeobject.c `_PyUnicode_DecodeUnicodeEscapeStateful`.
pub fn unicode_escape_decode(input: &[u8]) -> Result<(PyStr, Option<InvalidEscape>), CodecError> {
    let mut out = PyStrBuf::with_capacity(input.len());
    let first = decode_escapes(input, Source::Latin1, &mut out)?;
    Ok((out.finish(), first))
}

/// The `raw_unicode_escape` codec: latin-1, except that a backslash that
/// is not itself escaped by one before it starts `\uXXXX` or `\UXXXXXXXX`.
///
/// CPython: Objects/unicodeobject.c `_PyUnicode_DecodeRawUnicodeEscapeStateful`
/// (errors='strict', final).
pub fn raw_unicode_escape_decode(input: &[u8]) -> Result<PyStr, CodecError> {
    let mut out = PyStrBuf::with_capacity(input.len());
    let mut i = 0;
    while let Some(&b) = input.get(i) {
        i += 1;
        // A backslash at the end is itself.
        let escape = input.get(i).filter(|_| b == b'\\');
        let Some(&c) = escape else {
            out.push_char(b as char);
            continue;
        };
        let start = i - 1;
        i += 1;
        let (count, truncated) = match c {
            b'u' => (4, "truncated \\uXXXX escape"),
            b'U' => (8, "truncated \\UXXXXXXXX escape"),
            _ => {
                // Two characters at once: `\\` stays a pair and the second
                // backslash escapes nothing.
                out.push_char('\\');
                out.push_char(c as char);
                continue;
            }
        };
        let (v, n) = hex_digits(input.get(i..).unwrap_or_default(), count);
        i += n;
        let fail = |reason| CodecError::decode("rawunicodeescape", start, i, reason);
        if n < count {
            return Err(fail(truncated));
        }
        if out.push_code_point(v).is_err() {
            return Err(fail("\\Uxxxxxxxx out of range"));
        }
    }
    Ok(out.finish())
}

/// The value of a non-raw bytes literal's body (ASCII), and its first
/// invalid escape: `codecs.escape_decode`. Errors are `ValueError`s.
///
/// CPython: Objects/bytesobject.c `_PyBytes_DecodeEscape2`.
pub fn escape_decode(s: &[u8]) -> Result<(Vec<u8>, Option<InvalidEscape>), CodecError> {
    let mut out = Vec::with_capacity(s.len());
    let mut first_invalid: Option<InvalidEscape> = None;
    let mut i = 0usize;
    while i < s.len() {
        let run_end = s[i..]
            .iter()
            .position(|&c| c == b'\\')
            .map_or(s.len(), |p| i + p);
        if run_end > i {
            out.extend_from_slice(&s[i..run_end]);
            i = run_end;
            continue;
        }
        let backslash = i;
        let Some(&c) = s.get(i + 1) else {
            return Err(CodecError::Value("Trailing \\ in string".into()));
        };
        i += 2;
        if c == b'\n' {
            continue;
        }
        if let Some(v) = simple_escape(c) {
            out.push(v);
            continue;
        }
        match c {
            b'0'..=b'7' => {
                let (v, n) = octal_escape(c, s.get(i..).unwrap_or_default());
                i += n - 1;
                if v > 0o377 && first_invalid.is_none() {
                    let mut at = Cursor::default();
                    at.bytes(&s[..i - 3]);
                    first_invalid =
                        Some(at.invalid(String::from_utf8_lossy(&s[i - 3..i]).into_owned(), true));
                }
                out.push(v as u8);
            }
            b'x' => match hex_digits(s.get(i..).unwrap_or_default(), 2) {
                (v, 2) => {
                    out.push(v as u8);
                    i += 2;
                }
                _ => {
                    return Err(CodecError::Value(format!(
                        "invalid \\x escape at position {backslash}"
                    )));
                }
            },
            _ => {
                if first_invalid.is_none() {
                    let mut at = Cursor::default();
                    at.bytes(&s[..i - 1]);
                    first_invalid = Some(at.invalid((c as char).to_string(), false));
                }
                out.push(b'\\');
                // CPython backs up so the character after the backslash is
                // read again as an ordinary character.
                i -= 1;
            }
        }
    }
    Ok((out, first_invalid))
}
