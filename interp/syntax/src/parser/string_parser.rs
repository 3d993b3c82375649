//! String and bytes literal values: the token text of a STRING (or of an
//! f-/t-string FSTRING_MIDDLE part) to its `str`/`bytes` value, with CPython
//! 3.14's escape rules, errors and SyntaxWarnings.
//!
//! CPython: Parser/string_parser.c (`_PyPegen_parse_string`,
//! `decode_unicode_with_escapes`, `decode_bytes_with_escapes`,
//! `warn_invalid_escape_sequence`), Objects/unicodeobject.c
//! (`_PyUnicode_DecodeUnicodeEscapeInternal2`), Objects/bytesobject.c
//! (`_PyBytes_DecodeEscape2`), Parser/action_helpers.c
//! (`_PyPegen_constant_from_string`, `_PyPegen_decode_fstring_part`).
//!
//! # How the parser calls this (what CPython 3.14 does, recorded)
//!
//! - `string: STRING`: [`parse_string`] on the token text as soon as the token
//!   is consumed; on `Ok`, a `Constant(value, kind='u' if kind_u)` at the
//!   token's location; on `Err`, the SyntaxError at [`LiteralError::location`].
//!   Each STRING token warns about its first invalid escape only, so
//!   `'\z' '\q'` gives two warnings and `'\z\q'` one.
//! - f-/t-string literal parts (FSTRING_MIDDLE outside a format spec):
//!   [`decode_fstring_middle`] with [`FStringPart::Literal`], `raw` = the
//!   FSTRING_START text contains `r`/`R`, and as [`WarnToken`] the string's
//!   FSTRING_END token. CPython decodes them in `_PyPegen_joined_str`, i.e.
//!   after the whole f-string is parsed, so warnings from the replacement
//!   fields (nested strings, format specs) come first: `f'\d{"\q"}'` warns
//!   `\q` then `\d`. A part that decodes to `''` is dropped from the values.
//! - format-spec parts (`f'{x:SPEC}'`): [`decode_fstring_middle`] with
//!   [`FStringPart::FormatSpec`], as [`WarnToken`] the FSTRING_MIDDLE token
//!   itself, when the spec is parsed. `raw` as above: `rf'{x:\n}'` keeps
//!   the backslash. A bad escape there is *not* a SyntaxError in CPython 3.14:
//!   `ast.parse` lets a `UnicodeDecodeError` escape ([`LiteralExceptionKind`]).
//! - an f-/t-string as a whole: its `JoinedStr`/`TemplateStr` values are
//!   [`fstring_values`] of the items the rule collected (literal parts still
//!   undecoded, `{x=}` pairs, fields); it decodes the literal parts as above
//!   and returns the warnings of all of them (`f'\d{x}\q'` warns twice).
//! - `strings: (fstring|string)+` → [`concatenate_strings`], also for a single
//!   f-string (CPython merges `f'a{x=}'` into `Constant('ax=')`);
//!   `strings: tstring+` → [`concatenate_tstrings`]. These and
//!   [`fstring_values`] live in `concat` (Parser/action_helpers.c).
//! - `NUMBER`: [`super::number::parse_number`].
//! - Warnings: CPython does not report them in the second (invalid_*) pass
//!   (`p->call_invalid_rules`); the caller must not push them twice.
//! - [`Warning`] fields filled here: `category` "SyntaxWarning", `msg`,
//!   `lineno` (what `warnings.warn_explicit` gets), and `offset`/`end_offset`
//!   (with `end_lineno` = `lineno`) as *0-based UTF-8 byte columns* of the
//!   SyntaxError CPython raises instead when the warnings filter says
//!   "error" (`RAISE_ERROR_KNOWN_LOCATION(p, SyntaxError, lineno,
//!   col_offset - 1, lineno, col_offset + 1, ...)`); that error's message is
//!   [`warning_as_error_message`].

mod concat;
mod unicode_names;

pub(crate) use concat::{build_concatenated_str, str_constant};
pub use concat::{concatenate_strings, concatenate_tstrings, fstring_values};

use super::Warning;
use crate::ast::{ConstantValue, PyStr, PyStrBuf};

/// The SyntaxError message CPython raises instead of an invalid-escape
/// warning when the warnings filter turns it into an error: the same text
/// without "Such sequences will not work in the future. ".
///
/// CPython: Parser/string_parser.c `warn_invalid_escape_sequence`.
pub fn warning_as_error_message(w: &Warning) -> String {
    w.msg
        .replacen("Such sequences will not work in the future. ", "", 1)
}

/// Where CPython reports a literal's SyntaxError.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorLocation {
    /// `RAISE_SYNTAX_ERROR` where the literal's own token is not the last one
    /// fetched: the parser's last token (`p->tokens[p->fill - 1]`), as for
    /// "cannot mix bytes and nonbytes literals" (reported at the token after
    /// the strings).
    LastToken,
    /// The span of the token whose text was decoded (the STRING, or the
    /// FSTRING_MIDDLE of an f-string part). CPython raises decode errors with
    /// `RAISE_SYNTAX_ERROR` (the last token fetched) right after consuming that
    /// token, so they land there, even when more tokens follow (recorded:
    /// `'a' '\x4' f'{1}'` is reported at `'\x4'`), and the non-ASCII bytes
    /// error uses `RAISE_SYNTAX_ERROR_KNOWN_LOCATION(t)`.
    Token,
    /// `RAISE_ERROR_KNOWN_LOCATION` with explicit 0-based byte columns, where
    /// `-1` means "no column" (CPython then reports offset 0).
    Range {
        lineno: u32,
        col_offset: i32,
        end_lineno: u32,
        end_col_offset: i32,
    },
}

/// Which exception CPython raises for a literal.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LiteralExceptionKind {
    SyntaxError,
    /// A decode error that escapes the parser unconverted: CPython 3.14 does not
    /// turn a bad escape in an f-string format spec (`f'{x:\x4}'`) into a
    /// SyntaxError, so `ast.parse` raises `UnicodeDecodeError`.
    UnicodeDecodeError,
}

/// A literal CPython rejects.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LiteralError {
    pub exception: LiteralExceptionKind,
    /// The exception's message (`SyntaxError.msg`, or `str(exc)` for a
    /// `UnicodeDecodeError`).
    pub msg: String,
    pub location: ErrorLocation,
}

/// A failed escape decode, before the parser wraps it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DecodeError {
    /// `UnicodeDecodeError` (str literals) or `ValueError` (bytes literals).
    pub is_unicode_error: bool,
    /// `str()` of the exception.
    pub text: String,
}

impl DecodeError {
    /// The SyntaxError message `_Pypegen_raise_decode_error` builds.
    pub fn syntax_message(&self) -> String {
        let kind = if self.is_unicode_error {
            "unicode error"
        } else {
            "value error"
        };
        format!("({kind}) {}", self.text)
    }

    fn into_syntax_error(self, location: ErrorLocation) -> LiteralError {
        LiteralError {
            exception: LiteralExceptionKind::SyntaxError,
            msg: self.syntax_message(),
            location,
        }
    }
}

/// The token a decoded literal came from, for the warning location.
///
/// CPython: `warn_invalid_escape_sequence` uses the token's line, column and
/// leading quote characters. For a STRING that is the STRING token; for an
/// f-/t-string literal part it is the FSTRING_END/TSTRING_END token (CPython's
/// `_PyPegen_joined_str` passes the end token); for a format-spec part, the
/// FSTRING_MIDDLE token itself.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WarnToken<'a> {
    /// The token's full text (only its leading quotes matter).
    pub text: &'a str,
    pub lineno: u32,
    pub col_offset: u32,
    /// True for FSTRING_MIDDLE/FSTRING_END (and the T variants): the tokenizer
    /// has already warned about `\{` and `\}` there, so the decoder does not.
    pub is_fstring_token: bool,
}

/// A decoded STRING token.
#[derive(Clone, Debug, PartialEq)]
pub struct StringValue {
    /// `ConstantValue::Str` or `ConstantValue::Bytes`.
    pub value: ConstantValue,
    /// The literal starts with a lowercase `u`: the Constant's `kind` is `'u'`.
    pub kind_u: bool,
}

/// The value of a STRING token (`text` is the whole token: prefix and quotes).
///
/// CPython: Parser/action_helpers.c `_PyPegen_constant_from_string` and
/// Parser/string_parser.c `_PyPegen_parse_string`.
pub fn parse_string(
    text: &str,
    lineno: u32,
    col_offset: u32,
    warnings: &mut Vec<Warning>,
) -> Result<StringValue, LiteralError> {
    let bytes = text.as_bytes();
    let mut bytesmode = false;
    let mut rawmode = false;
    let mut i = 0usize;
    while let Some(&c) = bytes.get(i) {
        match c {
            b'b' | b'B' if !bytesmode => bytesmode = true,
            b'r' | b'R' if !rawmode => rawmode = true,
            b'u' | b'U' => {}
            _ => break,
        }
        i += 1;
    }
    let Some(&quote) = bytes.get(i).filter(|&&q| q == b'\'' || q == b'"') else {
        return Err(bad_internal_call());
    };
    let body = &text[i..];
    let b = body.as_bytes();
    let inner = if b.len() >= 6 && b[1] == quote && b[2] == quote {
        let n = b.len();
        if b[n - 1] != quote || b[n - 2] != quote || b[n - 3] != quote {
            return Err(bad_internal_call());
        }
        &body[3..n - 3]
    } else if b.len() >= 2 && b[b.len() - 1] == quote {
        &body[1..b.len() - 1]
    } else {
        return Err(bad_internal_call());
    };
    let kind_u = bytes.first() == Some(&b'u');
    let token = WarnToken {
        text,
        lineno,
        col_offset,
        is_fstring_token: false,
    };
    let has_backslash = inner.as_bytes().contains(&b'\\');
    let value = if bytesmode {
        if !inner.is_ascii() {
            return Err(LiteralError {
                exception: LiteralExceptionKind::SyntaxError,
                msg: "bytes can only contain ASCII literal characters".into(),
                location: ErrorLocation::Token,
            });
        }
        if rawmode || !has_backslash {
            ConstantValue::Bytes(inner.as_bytes().into())
        } else {
            let v = decode_bytes_escapes(inner.as_bytes(), token, warnings)
                .map_err(|e| e.into_syntax_error(ErrorLocation::Token))?;
            ConstantValue::Bytes(v.into_boxed_slice())
        }
    } else if rawmode || !has_backslash {
        ConstantValue::Str(PyStr::from(inner))
    } else {
        let v = decode_unicode_escapes(inner, token, warnings)
            .map_err(|e| e.into_syntax_error(ErrorLocation::Token))?;
        ConstantValue::Str(v)
    };
    Ok(StringValue { value, kind_u })
}

fn bad_internal_call() -> LiteralError {
    // CPython: PyErr_BadInternalCall; the tokenizer never produces such a token.
    LiteralError {
        exception: LiteralExceptionKind::SyntaxError,
        msg: "bad argument to internal function".into(),
        location: ErrorLocation::Token,
    }
}

/// Where an f-/t-string literal part sits, which decides how its errors surface.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FStringPart {
    /// A literal part of the string itself (`f'abc{x}def'`): a bad escape is a
    /// SyntaxError reported at the FSTRING_MIDDLE token.
    Literal,
    /// A literal part of a format spec (`f'{x:abc}'`): a bad escape escapes as
    /// a `UnicodeDecodeError`, as in CPython 3.14.
    FormatSpec,
}

/// The value of an FSTRING_MIDDLE/TSTRING_MIDDLE token's text.
///
/// `raw` is whether the f-string prefix has an `r`. `warn_token` is the token
/// CPython attaches warnings to (see [`WarnToken`]).
///
/// CPython: Parser/action_helpers.c `_PyPegen_decode_fstring_part` and
/// `_PyPegen_decoded_constant_from_token`, Parser/string_parser.c
/// `_PyPegen_decode_string`.
pub fn decode_fstring_middle(
    text: &str,
    raw: bool,
    part: FStringPart,
    warn_token: WarnToken<'_>,
    warnings: &mut Vec<Warning>,
) -> Result<PyStr, LiteralError> {
    Ok(decode_fstring_part(text, raw, part, warn_token, warnings)?
        .unwrap_or_else(|| PyStr::from(text)))
}

/// [`decode_fstring_middle`], `None` when the value is `text` itself (nothing
/// to copy then).
fn decode_fstring_part(
    text: &str,
    raw: bool,
    part: FStringPart,
    warn_token: WarnToken<'_>,
    warnings: &mut Vec<Warning>,
) -> Result<Option<PyStr>, LiteralError> {
    // The tokenizer may hand over a doubled brace as the whole part.
    match text {
        "{{" => return Ok(Some(PyStr::from("{"))),
        "}}" => return Ok(Some(PyStr::from("}"))),
        _ => {}
    }
    if raw || !text.as_bytes().contains(&b'\\') {
        return Ok(None);
    }
    decode_unicode_escapes(text, warn_token, warnings)
        .map(Some)
        .map_err(|e| match part {
            FStringPart::Literal => e.into_syntax_error(ErrorLocation::Token),
            FStringPart::FormatSpec => LiteralError {
                exception: LiteralExceptionKind::UnicodeDecodeError,
                msg: e.text,
                location: ErrorLocation::Token,
            },
        })
}

/// Tracks a position in the buffer CPython's `decode_unicode_with_escapes`
/// builds before calling the codec: every non-ASCII character becomes
/// `\UXXXXXXXX` (10 bytes) and a backslash before a non-ASCII character or at
/// the end becomes `\u005c` (6 bytes). Error positions and warning columns
/// are counted in that buffer, so we count the same way.
#[derive(Clone, Copy, Default)]
struct BufPos {
    /// Offset from the start of the buffer.
    pos: usize,
    /// Lines seen so far and bytes since the last newline (the warning's
    /// location, CPython: `warn_invalid_escape_sequence`).
    lines: u32,
    col: usize,
}

impl BufPos {
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

    /// Advances over ASCII source bytes (which may hold newlines).
    fn ascii(&mut self, s: &[u8]) {
        for &c in s {
            if c == b'\n' {
                self.newline();
            } else {
                self.advance(1);
            }
        }
    }
}

/// The first invalid escape of a literal: CPython warns about that one only.
struct InvalidEscape {
    /// The character after the backslash (the first octal digit for octal).
    at: BufPos,
    /// The escape's text after the backslash: one character, or the three
    /// octal digits.
    text: String,
    octal: bool,
}

fn push_warning(first: Option<InvalidEscape>, token: WarnToken<'_>, warnings: &mut Vec<Warning>) {
    let Some(first) = first else { return };
    if token.is_fstring_token && (first.text == "{" || first.text == "}") {
        return;
    }
    let esc = &first.text;
    let kind = if first.octal {
        "invalid octal escape sequence"
    } else {
        "invalid escape sequence"
    };
    let msg = format!(
        "\"\\{esc}\" is an {kind}. Such sequences will not work in the future. Did you mean \"\\\\{esc}\"? A raw string is also an option."
    );
    let lineno = token.lineno.saturating_add(first.at.lines);
    let col = if first.at.lines == 0 {
        // Leading quotes of the token count, its prefix letters do not
        // (CPython counts quotes only from the token's first byte on).
        let t = token.text.as_bytes();
        let first_quote = t.first().copied().unwrap_or(0);
        let quotes = t
            .iter()
            .take_while(|&&c| c == b'\'' || c == b'"')
            .filter(|&&c| c == first_quote)
            .count();
        (token.col_offset as usize)
            .saturating_add(first.at.col)
            .saturating_add(quotes)
    } else {
        first.at.col
    };
    let col = col.min(i64::MAX as usize - 1) as i64;
    let lineno = lineno as i64;
    warnings.push(Warning {
        category: "SyntaxWarning",
        msg,
        lineno,
        offset: col - 1,
        end_lineno: lineno,
        end_offset: col + 1,
    });
}

/// The "bytes in position A-B" part of a UnicodeDecodeError, CPython's
/// `UnicodeDecodeError.__str__`.
fn unicode_escape_error(start: usize, end: usize, reason: &str, first_byte: u8) -> DecodeError {
    let text = if end == start + 1 {
        format!(
            "'unicodeescape' codec can't decode byte 0x{first_byte:02x} in position {start}: {reason}"
        )
    } else {
        format!(
            "'unicodeescape' codec can't decode bytes in position {start}-{}: {reason}",
            end.saturating_sub(1)
        )
    };
    DecodeError {
        is_unicode_error: true,
        text,
    }
}

/// The length of `s[from..to]` in CPython's converted buffer (see [`BufPos`]).
fn converted_len(s: &str, from: usize, to: usize) -> usize {
    let b = s.as_bytes();
    let mut n = 0;
    for (k, c) in s.get(from..to).unwrap_or("").char_indices() {
        n += if !c.is_ascii() {
            10
        } else if c == '\\' && b.get(from + k + 1).is_none_or(|&d| !d.is_ascii()) {
            6
        } else {
            1
        };
    }
    n
}

/// The value and length of the octal escape that starts with the digit
/// `first`: up to two more octal digits follow from `rest`.
fn octal_escape(first: u8, rest: &[u8]) -> (u32, usize) {
    let mut v = u32::from(first - b'0');
    let mut n = 1;
    for &d in rest.iter().take(2) {
        if !d.is_ascii_digit() || d > b'7' {
            break;
        }
        v = (v << 3) + u32::from(d - b'0');
        n += 1;
    }
    (v, n)
}

fn hex_value(c: u8) -> Option<u32> {
    (c as char).to_digit(16)
}

/// Decodes the escapes of a non-raw str literal body.
///
/// CPython: `decode_unicode_with_escapes` + `_PyUnicode_DecodeUnicodeEscapeInternal2`.
pub fn decode_unicode_escapes(
    s: &str,
    token: WarnToken<'_>,
    warnings: &mut Vec<Warning>,
) -> Result<PyStr, DecodeError> {
    let b = s.as_bytes();
    let mut out = PyStrBuf::with_capacity(b.len());
    let mut first_invalid: Option<InvalidEscape> = None;
    let mut pos = BufPos::default();
    let mut i = 0usize;
    while i < b.len() {
        // Copy the run up to the next backslash as is.
        let run_end = b[i..]
            .iter()
            .position(|&c| c == b'\\')
            .map_or(b.len(), |p| i + p);
        if run_end > i {
            let run = &s[i..run_end];
            out.push_str(run);
            for c in run.chars() {
                if c == '\n' {
                    pos.newline();
                } else if c.is_ascii() {
                    pos.advance(1);
                } else {
                    pos.advance(10);
                }
            }
            i = run_end;
            continue;
        }
        // b[i] is a backslash.
        let start = pos.pos;
        let Some(&c) = b.get(i + 1) else {
            // A trailing backslash (an f-string part before `{`) stays itself.
            out.push_char('\\');
            pos.advance(6);
            i += 1;
            continue;
        };
        if !c.is_ascii() {
            out.push_char('\\');
            pos.advance(6);
            i += 1;
            continue;
        }
        pos.advance(1);
        i += 2;
        match c {
            b'\n' => pos.newline(),
            b'\\' | b'\'' | b'"' => {
                out.push_char(c as char);
                pos.advance(1);
            }
            b'b' | b'f' | b't' | b'n' | b'r' | b'v' | b'a' => {
                out.push_char(match c {
                    b'b' => '\x08',
                    b'f' => '\x0c',
                    b't' => '\t',
                    b'n' => '\n',
                    b'r' => '\r',
                    b'v' => '\x0b',
                    _ => '\x07',
                });
                pos.advance(1);
            }
            b'0'..=b'7' => {
                let digits_at = pos;
                let (v, n) = octal_escape(c, b.get(i..).unwrap_or_default());
                i += n - 1;
                pos.advance(n);
                if v > 0o377 && first_invalid.is_none() {
                    first_invalid = Some(InvalidEscape {
                        at: digits_at,
                        text: s[i - 3..i].to_string(),
                        octal: true,
                    });
                }
                // At most 0o777: always a valid code point.
                let _ = out.push_code_point(v);
            }
            b'x' | b'u' | b'U' => {
                let (count, reason) = match c {
                    b'x' => (2, "truncated \\xXX escape"),
                    b'u' => (4, "truncated \\uXXXX escape"),
                    _ => (8, "truncated \\UXXXXXXXX escape"),
                };
                pos.advance(1);
                let mut v = 0u32;
                for _ in 0..count {
                    match b.get(i).and_then(|&d| hex_value(d)) {
                        Some(d) => {
                            v = (v << 4) | d;
                            i += 1;
                            pos.advance(1);
                        }
                        None => return Err(unicode_escape_error(start, pos.pos, reason, b'\\')),
                    }
                }
                if out.push_code_point(v).is_err() {
                    return Err(unicode_escape_error(
                        start,
                        pos.pos,
                        "illegal Unicode character",
                        b'\\',
                    ));
                }
            }
            b'N' => {
                pos.advance(1);
                let malformed = "malformed \\N character escape";
                if b.get(i) != Some(&b'{') {
                    return Err(unicode_escape_error(start, pos.pos, malformed, b'\\'));
                }
                i += 1;
                pos.advance(1);
                let name_start = i;
                // CPython scans its converted buffer for '}', so the name's
                // length there is what the error positions count.
                let close = b[i..].iter().position(|&d| d == b'}').map(|p| i + p);
                let Some(close) = close else {
                    pos.advance(converted_len(s, i, b.len()));
                    return Err(unicode_escape_error(start, pos.pos, malformed, b'\\'));
                };
                let name = &s[name_start..close];
                pos.advance(converted_len(s, name_start, close));
                if name.is_empty() {
                    return Err(unicode_escape_error(start, pos.pos, malformed, b'\\'));
                }
                i = close + 1;
                pos.advance(1);
                match unicode_names::lookup(name.as_bytes()) {
                    Some(cp) => {
                        let _ = out.push_code_point(cp);
                    }
                    None => {
                        return Err(unicode_escape_error(
                            start,
                            pos.pos,
                            "unknown Unicode character name",
                            b'\\',
                        ));
                    }
                }
            }
            _ => {
                if first_invalid.is_none() {
                    first_invalid = Some(InvalidEscape {
                        at: pos,
                        text: (c as char).to_string(),
                        octal: false,
                    });
                }
                out.push_char('\\');
                out.push_char(c as char);
                pos.advance(1);
            }
        }
    }
    push_warning(first_invalid, token, warnings);
    Ok(out.finish())
}

/// Decodes the escapes of a non-raw bytes literal body (all ASCII).
///
/// CPython: `decode_bytes_with_escapes` + `_PyBytes_DecodeEscape2`.
pub fn decode_bytes_escapes(
    s: &[u8],
    token: WarnToken<'_>,
    warnings: &mut Vec<Warning>,
) -> Result<Vec<u8>, DecodeError> {
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
            return Err(DecodeError {
                is_unicode_error: false,
                text: "Trailing \\ in string".into(),
            });
        };
        i += 2;
        match c {
            b'\n' => {}
            b'\\' | b'\'' | b'"' => out.push(c),
            b'b' => out.push(0x08),
            b'f' => out.push(0x0c),
            b't' => out.push(b'\t'),
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b'v' => out.push(0x0b),
            b'a' => out.push(0x07),
            b'0'..=b'7' => {
                let (v, n) = octal_escape(c, s.get(i..).unwrap_or_default());
                i += n - 1;
                if v > 0o377 && first_invalid.is_none() {
                    let mut at = BufPos::default();
                    at.ascii(&s[..i - 3]);
                    first_invalid = Some(InvalidEscape {
                        at,
                        text: String::from_utf8_lossy(&s[i - 3..i]).into_owned(),
                        octal: true,
                    });
                }
                out.push(v as u8);
            }
            b'x' => {
                let hi = s.get(i).and_then(|&d| hex_value(d));
                let lo = s.get(i + 1).and_then(|&d| hex_value(d));
                match (hi, lo) {
                    (Some(hi), Some(lo)) => {
                        out.push((hi << 4 | lo) as u8);
                        i += 2;
                    }
                    _ => {
                        return Err(DecodeError {
                            is_unicode_error: false,
                            text: format!("invalid \\x escape at position {backslash}"),
                        });
                    }
                }
            }
            _ => {
                if first_invalid.is_none() {
                    let mut at = BufPos::default();
                    at.ascii(&s[..i - 1]);
                    first_invalid = Some(InvalidEscape {
                        at,
                        text: (c as char).to_string(),
                        octal: false,
                    });
                }
                out.push(b'\\');
                // CPython backs up so the character after the backslash is
                // read again as an ordinary character.
                i -= 1;
            }
        }
    }
    push_warning(first_invalid, token, warnings);
    Ok(out)
}
