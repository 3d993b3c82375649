//! Source bytes to the text the tokenizer reads: null bytes, newline
//! translation, the UTF-8 BOM, the PEP 263 coding cookie, and the cookie's
//! codec (from the `codecs` crate), whose errors become the SyntaxError
//! CPython's tokenizer raises.
//!
//! CPython: Parser/tokenizer/string_tokenizer.c `decode_str`,
//! Parser/tokenizer/helpers.c (`_PyTokenizer_translate_newlines`,
//! `_PyTokenizer_check_bom`, `_PyTokenizer_check_coding_spec`,
//! `_PyTokenizer_ensure_utf8`, `_PyTokenizer_translate_into_utf8`),
//! Parser/pegen_errors.c `_PyPegen_raise_tokenizer_init_error`.

use crate::syntax_error::{SyntaxError, SyntaxErrorKind};
use codecs::{Codec, CodecError, LookupError, PyStr};
use std::borrow::Cow;

fn init_error(msg: String) -> SyntaxError {
    // CPython: Parser/pegen_errors.c `_PyPegen_raise_tokenizer_init_error`
    // re-raises errors found while setting up the tokenizer as
    // SyntaxError(str(exc), (filename, 0, -1, None)).
    SyntaxError::with_fields(
        SyntaxErrorKind::SyntaxError,
        msg,
        [Some(0), Some(-1), None, None],
    )
}

/// The error CPython's tokenizer reports for a codec's exception: the
/// exceptions `_PyPegen_raise_tokenizer_init_error` converts (LookupError,
/// ValueError and its subclass UnicodeError) as a SyntaxError, the others
/// as themselves with the note Python/codecs.c `wrap_codec_error` adds,
/// naming the codec as the cookie spelled it.
fn codec_error(e: CodecError, body: &[u8], cookie: &str) -> SyntaxError {
    let kind = match e {
        CodecError::Decode { .. } | CodecError::Unicode(_) | CodecError::Value(_) => {
            return init_error(e.message(body));
        }
        CodecError::Overflow => SyntaxErrorKind::OverflowError,
        CodecError::Internal => SyntaxErrorKind::RuntimeError,
    };
    let mut err = SyntaxError::without_location(kind, e.message(body));
    err.note = Some(format!("decoding with '{cookie}' codec failed"));
    err
}

/// Decodes file bytes as `compile()` does for bytes (cookie honoured).
/// `exec_input` is true for 'exec' mode, where a missing final newline is
/// added.
pub(crate) fn decode_bytes(source: &[u8], exec_input: bool) -> Result<Cow<'_, str>, SyntaxError> {
    if memchr0(source) {
        // CPython: Python/bltinmodule.c via `_Py_SourceAsString`.
        return Err(SyntaxError::without_location(
            SyntaxErrorKind::SyntaxError,
            "source code string cannot contain null bytes",
        ));
    }
    let translated = translate_newlines(source, exec_input);
    let (body, has_bom) = match translated.strip_prefix(b"\xEF\xBB\xBF".as_slice()) {
        Some(rest) => (rest, true),
        None => (&translated[..], false),
    };
    let (codec, cookie) = match find_coding_spec(body, has_bom)? {
        Some(found) => found,
        None => {
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
    };
    let decoded = codec
        .decode(body)
        .map_err(|e| codec_error(e, body, &cookie))?;
    let mut text = translate_into_utf8(decoded)?;
    // CPython: Parser/tokenizer/string_tokenizer.c `tok_underflow_string`
    // fakes a newline after a last line that lacks one: a codec can drop
    // the final newline (unicode_escape's and hz's line continuations, a
    // decoded U+0000 that ends the text).
    if exec_input && !text.is_empty() && !text.ends_with('\n') {
        text.push('\n');
    }
    Ok(Cow::Owned(text))
}

/// The decoded text as the tokenizer reads it: CPython encodes it to UTF-8
/// (`_PyTokenizer_translate_into_utf8`), which fails on surrogates (the
/// first run of them is reported, by character position), then
/// string_tokenizer.c `decode_str` reads the result as a C string, so the
/// text ends at the first U+0000, and its `\r\n` and lone `\r` read as one
/// newline.
fn translate_into_utf8(text: PyStr) -> Result<String, SyntaxError> {
    let mut out = match text.into_string() {
        Ok(s) => s,
        Err(wide) => return Err(init_error(surrogates_message(&wide))),
    };
    if let Some(n) = out.find('\0') {
        out.truncate(n);
    }
    if out.contains('\r') {
        out = out.replace("\r\n", "\n").replace('\r', "\n");
    }
    Ok(out)
}

/// The utf-8 codec's UnicodeEncodeError for the first run of surrogates.
fn surrogates_message(text: &PyStr) -> String {
    let is_surrogate = |cp: u32| (0xD800..=0xDFFF).contains(&cp);
    let mut run: Option<(usize, usize, u32)> = None;
    for (i, cp) in text.code_points().enumerate() {
        match run {
            None if is_surrogate(cp) => run = Some((i, i + 1, cp)),
            Some((s, e, v)) if e == i && is_surrogate(cp) => run = Some((s, e + 1, v)),
            Some(_) => break,
            None => {}
        }
    }
    let (s, e, first) = run.unwrap_or((0, 1, 0));
    if e == s + 1 {
        format!(
            "'utf-8' codec can't encode character '\\u{first:04x}' in position {s}: surrogates not allowed"
        )
    } else {
        format!(
            "'utf-8' codec can't encode characters in position {s}-{}: surrogates not allowed",
            e - 1
        )
    }
}

/// Text given as `str` (CPython's `PyCF_IGNORE_COOKIE` path,
/// `_PyTokenizer_FromUTF8`): only null bytes and newlines are handled.
pub(crate) fn decode_str(source: &str, exec_input: bool) -> Result<Cow<'_, str>, SyntaxError> {
    if memchr0(source.as_bytes()) {
        return Err(SyntaxError::without_location(
            SyntaxErrorKind::SyntaxError,
            "source code string cannot contain null bytes",
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

/// Looks for a coding cookie on line 1, then on line 2 when line 1 holds
/// only blanks or a comment. Gives the cookie's codec and its name as
/// `get_normal_name` leaves it, or None when the source is read as UTF-8
/// by the tokenizer itself (no cookie, or one CPython normalises to
/// "utf-8"), with `_PyTokenizer_ensure_utf8`'s "Non-UTF-8 code" error. A
/// name the codec registry maps to utf-8 ("utf8", "u8", ...) is decoded by
/// the codec, with the codec's error.
///
/// CPython: Parser/tokenizer/string_tokenizer.c `decode_str` and
/// helpers.c `_PyTokenizer_check_coding_spec`.
fn find_coding_spec(body: &[u8], has_bom: bool) -> Result<Option<(Codec, String)>, SyntaxError> {
    let Some(nl0) = body.iter().position(|&b| b == b'\n') else {
        return Ok(None);
    };
    // Line 1 is checked without its newline, line 2 with it (CPython passes
    // `newl[1] - newl[0]` as its size).
    let line1 = &body[..nl0];
    let (spec, normal) = get_coding_spec(line1);
    let (spec, lineno, line) = match spec {
        Some(cs) => (cs, 1, line1),
        None => {
            if !normal {
                return Ok(None);
            }
            let rest = &body[nl0 + 1..];
            let Some(nl1) = rest.iter().position(|&b| b == b'\n') else {
                return Ok(None);
            };
            match get_coding_spec(&rest[..=nl1]).0 {
                Some(cs) => (cs, 2, &rest[..=nl1]),
                None => return Ok(None),
            }
        }
    };
    let cs = get_normal_name(&spec);
    if has_bom {
        if cs == "utf-8" {
            return Ok(None);
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
        return Ok(None);
    }
    match codecs::lookup(&cs) {
        Ok(codec) => Ok(Some((codec, cs))),
        // CPython: Python/codecs.c `_PyCodec_LookupTextEncoding`.
        Err(LookupError::NotText) => Err(init_error(format!(
            "'{cs}' is not a text encoding; use codecs.decode() to handle arbitrary codecs"
        ))),
        Err(LookupError::Unknown) => Err(init_error(format!("unknown encoding: {cs}"))),
    }
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
