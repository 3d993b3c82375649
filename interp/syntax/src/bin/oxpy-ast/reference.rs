//! The reference script of the AST corpus, run in-process:
//!
//! ```python
//! import ast, sys
//! src = open(sys.argv[1], 'rb').read()
//! try:
//!     print(ast.dump(ast.parse(src, sys.argv[1]), include_attributes=True))
//! except SyntaxError as e:
//!     print(f"{type(e).__name__}: {e.msg} ({e.lineno}, {e.offset}, {e.end_lineno}, {e.end_offset})")
//!     sys.exit(1)
//! ```
//!
//! [`run`] gives what that script writes to stdout and stderr and its exit
//! code under CPython 3.14 (the corpus test turns that into the `.out`
//! format).
//!
//! This is what `oxpy-ast` runs, and a harness, not part of the front end's
//! API: the corpus test and the fuzzer include this file as a module of
//! their own.

use std::fmt::Write;
use syntax::ast::dump;
use syntax::parser;
use syntax::tokenizer::Tokenizer;

/// What one run of the reference script produced.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RefRun {
    pub stdout: String,
    pub stderr: String,
    pub exit_code: i32,
}

/// Runs the reference script on `source`, the bytes of the file named
/// `filename` (as given on the command line: warnings show it verbatim).
pub fn run(source: &[u8], filename: &str) -> RefRun {
    let mut r = RefRun::default();
    let (result, warnings) = parser::parse_module_with_warnings(source, filename);
    if !warnings.is_empty() {
        // linecache reads the file again; the tokenizer's decoding (BOM,
        // coding cookie, newline translation) gives the same lines.
        let decoded = Tokenizer::new(source).ok();
        let text = decoded.as_ref().map(|t| t.source()).unwrap_or("");
        for w in &warnings {
            format_warning(&mut r.stderr, filename, w.lineno, w.category, &w.msg, text);
        }
    }
    match result {
        Ok(module) => match dump(&module, true) {
            Ok(s) => {
                r.stdout = s;
                r.stdout.push('\n');
            }
            Err(e) => uncaught(&mut r, e.type_name(), e.message()),
        },
        // Not a SyntaxError: the script's `except SyntaxError` lets it through.
        Err(e) if !e.kind.is_syntax_error() => {
            uncaught(&mut r, e.kind.name(), &e.msg);
            if let Some(note) = &e.note {
                let _ = writeln!(r.stderr, "{note}");
            }
        }
        Err(e) => {
            let _ = writeln!(
                r.stdout,
                "{}: {} {}",
                e.kind.name(),
                e.msg,
                e.location_repr()
            );
            r.exit_code = 1;
        }
    }
    r
}

/// An exception escaping the script: a traceback on stderr, exit code 1.
fn uncaught(r: &mut RefRun, type_name: &str, msg: &str) {
    r.stderr.push_str("Traceback (most recent call last):\n");
    r.stderr
        .push_str("  File \"<reference script>\", line 4, in <module>\n");
    let _ = writeln!(r.stderr, "{type_name}: {msg}");
    r.exit_code = 1;
}

/// `warnings.formatwarning`: `FILE:LINE: Category: message`, then the source
/// line stripped of surrounding whitespace and indented by two spaces, if
/// linecache finds that line. CPython: Lib/_py_warnings.py _formatwarnmsg_impl.
fn format_warning(
    out: &mut String,
    filename: &str,
    lineno: i64,
    category: &str,
    msg: &str,
    text: &str,
) {
    let _ = writeln!(out, "{filename}:{lineno}: {category}: {msg}");
    if let Some(line) = usize::try_from(lineno)
        .ok()
        .and_then(|n| linecache_line(text, n))
    {
        // `if line:` — a line holding only whitespace still prints (as "  ").
        let _ = writeln!(out, "  {}", line.trim_matches(is_py_space));
    }
}

/// `linecache.getline(filename, lineno)`, without its line end: lines as a
/// text file with universal newlines reads them (`\n`, `\r\n`, `\r`).
fn linecache_line(text: &str, lineno: usize) -> Option<&str> {
    if lineno == 0 {
        return None;
    }
    let mut rest = text;
    let mut n = 1;
    while !rest.is_empty() {
        let end = rest.find(['\n', '\r']).unwrap_or(rest.len());
        let line = rest.get(..end).unwrap_or("");
        let next = match rest.as_bytes().get(end) {
            Some(b'\r') if rest.as_bytes().get(end + 1) == Some(&b'\n') => end + 2,
            Some(_) => end + 1,
            None => end,
        };
        if n == lineno {
            return Some(line);
        }
        rest = rest.get(next..).unwrap_or("");
        n += 1;
    }
    None
}

/// `str.isspace()` for one character: Unicode White_Space plus the ASCII
/// separators U+001C..U+001F, which Python also counts.
pub fn is_py_space(c: char) -> bool {
    c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn linecache_lines() {
        let t = "a\r\nb\rc\n\n  d  \x0c";
        assert_eq!(linecache_line(t, 1), Some("a"));
        assert_eq!(linecache_line(t, 2), Some("b"));
        assert_eq!(linecache_line(t, 3), Some("c"));
        assert_eq!(linecache_line(t, 4), Some(""));
        assert_eq!(linecache_line(t, 5), Some("  d  \x0c"));
        assert_eq!(linecache_line(t, 6), None);
        assert_eq!(linecache_line(t, 0), None);
    }

    #[test]
    fn warning_format() {
        // Recorded from CPython 3.14: a tab-indented line with trailing spaces.
        let mut s = String::new();
        format_warning(
            &mut s,
            "w.py",
            2,
            "SyntaxWarning",
            "\"\\d\" is an invalid escape sequence.",
            "if 1:\n\ty = \"\\d\"   \n",
        );
        assert_eq!(
            s,
            "w.py:2: SyntaxWarning: \"\\d\" is an invalid escape sequence.\n  y = \"\\d\"\n"
        );
    }
}
