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

pub(crate) use concat::{build_concatenated_str, str_constant};
pub use concat::{concatenate_strings, concatenate_tstrings, fstring_values};

use super::Warning;
use crate::ast::{ConstantValue, PyStr};
use codecs::escape::{self, InvalidEscape};

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

/// Pushes the SyntaxWarning for a literal's first invalid escape.
///
/// CPython: Parser/string_parser.c `warn_invalid_escape_sequence`.
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
    let lineno = token.lineno.saturating_add(first.lines);
    let col = if first.lines == 0 {
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
            .saturating_add(first.col)
            .saturating_add(quotes)
    } else {
        first.col
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

/// Decodes the escapes of a non-raw str literal body.
///
/// CPython: `decode_unicode_with_escapes` + `_PyUnicode_DecodeUnicodeEscapeInternal2`.
pub fn decode_unicode_escapes(
    s: &str,
    token: WarnToken<'_>,
    warnings: &mut Vec<Warning>,
) -> Result<PyStr, DecodeError> {
    match escape::decode_literal(s) {
        Ok((value, first_invalid)) => {
            push_warning(first_invalid, token, warnings);
            Ok(value)
        }
        Err(e) => Err(DecodeError {
            is_unicode_error: true,
            // The positions count CPython's rewritten buffer, not `s`; an
            // escape error there covers at least two bytes, so the message
            // never quotes a byte of it.
            text: e.message(&[]),
        }),
    }
}

/// Decodes the escapes of a non-raw bytes literal body (all ASCII).
///
/// CPython: `decode_bytes_with_escapes` + `_PyBytes_DecodeEscape2`.
pub fn decode_bytes_escapes(
    s: &[u8],
    token: WarnToken<'_>,
    warnings: &mut Vec<Warning>,
) -> Result<Vec<u8>, DecodeError> {
    match escape::escape_decode(s) {
        Ok((value, first_invalid)) => {
            push_warning(first_invalid, token, warnings);
            Ok(value)
        }
        Err(e) => Err(DecodeError {
            is_unicode_error: false,
            text: e.message(s),
        }),
    }
}
