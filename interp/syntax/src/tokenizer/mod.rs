//! CPython 3.14's tokenizer, in parser mode (no COMMENT/NL tokens).
//!
//! A port of Parser/lexer/lexer.c (`tok_get_normal_mode`,
//! `tok_get_fstring_mode`) over an in-memory, already decoded source, with
//! CPython's string-input behaviour (Parser/tokenizer/string_tokenizer.c):
//! newlines translated to `\n`, a final newline added in 'exec' mode.
//!
//! The cursor state mirrors CPython's `tok_state` (`cur`, `inp`,
//! `line_start`, `lineno`), with byte offsets instead of pointers, so that
//! token positions and error locations come out exactly as CPython's.

mod source;
pub mod token;

pub use token::{Keyword, Token, TokenKind};

use crate::syntax_error::{SyntaxError, SyntaxErrorKind, byte_offset_to_character_offset};
use std::borrow::Cow;

const EOF: i32 = -1;
/// CPython: Parser/lexer/state.h MAXINDENT.
const MAXINDENT: usize = 100;
/// CPython: Parser/lexer/state.h MAXLEVEL.
const MAXLEVEL: usize = 200;
/// CPython: Parser/lexer/state.h MAXFSTRINGLEVEL.
const MAXFSTRINGLEVEL: usize = 150;
/// CPython: Parser/lexer/state.h MAX_EXPR_NESTING.
const MAX_EXPR_NESTING: i32 = 3;
const TABSIZE: i32 = 8;

/// A SyntaxWarning the tokenizer emits (CPython: `_PyTokenizer_parser_warn`,
/// `_PyTokenizer_warn_invalid_escape_sequence`); CPython reports only the line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TokenizerWarning {
    pub msg: String,
    pub lineno: u32,
}

/// Why the tokenizer stopped without raising (CPython's `tok->done` codes
/// that the parser turns into an exception, Parser/pegen_errors.c
/// `_Pypegen_tokenizer_error`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Done {
    Ok,
    Eof,
    /// An exception was raised (E_ERROR).
    Error,
    Dedent,
    TabSpace,
    TooDeep,
    LineCont,
}

/// Internal results carry the final SyntaxError (so the hot path returns
/// the public type without re-wrapping); `Tokenizer::err_raised` tells
/// whether the tokenizer raised it or the parser converted an ERRORTOKEN.
type TResult<T> = Result<T, SyntaxError>;

#[derive(Clone, Copy, Debug)]
struct FMode {
    /// CPython's `kind == TOK_REGULAR_MODE` (inside a replacement field).
    regular: bool,
    quote: u8,
    quote_size: u8,
    raw: bool,
    tstring: bool,
    /// Where the f-string's prefix starts.
    start: usize,
    multi_line_start: usize,
    first_line: u32,
    curly_bracket_depth: i32,
    curly_bracket_expr_start_depth: i32,
    in_format_spec: bool,
    in_debug: bool,
}

impl FMode {
    const BASE: FMode = FMode {
        regular: true,
        quote: 0,
        quote_size: 0,
        raw: false,
        tstring: false,
        start: 0,
        multi_line_start: 0,
        first_line: 0,
        curly_bracket_depth: 0,
        curly_bracket_expr_start_depth: 0,
        in_format_spec: false,
        in_debug: false,
    };

    fn prefix(&self) -> char {
        if self.tstring { 't' } else { 'f' }
    }

    fn middle_kind(&self) -> TokenKind {
        if self.tstring {
            TokenKind::TstringMiddle
        } else {
            TokenKind::FstringMiddle
        }
    }

    fn end_kind(&self) -> TokenKind {
        if self.tstring {
            TokenKind::TstringEnd
        } else {
            TokenKind::FstringEnd
        }
    }

    /// CPython: INSIDE_FSTRING_EXPR.
    fn inside_expr(&self) -> bool {
        self.curly_bracket_expr_start_depth >= 0
    }
}

#[inline]
fn is_potential_identifier_start(c: i32) -> bool {
    (c >= b'a' as i32 && c <= b'z' as i32)
        || (c >= b'A' as i32 && c <= b'Z' as i32)
        || c == b'_' as i32
        || c >= 128
}

#[inline]
fn is_potential_identifier_char(c: i32) -> bool {
    is_potential_identifier_start(c) || (c >= b'0' as i32 && c <= b'9' as i32)
}

#[inline]
fn is_ident_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b >= 128
}

#[inline]
fn is_digit(c: i32) -> bool {
    (b'0' as i32..=b'9' as i32).contains(&c)
}

#[inline]
fn is_xdigit(c: i32) -> bool {
    is_digit(c)
        || (b'a' as i32..=b'f' as i32).contains(&c)
        || (b'A' as i32..=b'F' as i32).contains(&c)
}

/// CPython: `_PyUnicode_IsXidStart`.
#[inline]
pub fn is_xid_start(ch: char) -> bool {
    codecs::unicode::is_xid_start(ch)
}

/// CPython: `_PyUnicode_IsXidContinue`.
#[inline]
pub fn is_xid_continue(ch: char) -> bool {
    codecs::unicode::is_xid_continue(ch)
}

/// CPython: `Py_UNICODE_ISPRINTABLE`.
#[inline]
pub fn is_printable(ch: char) -> bool {
    codecs::unicode::is_printable(ch as u32)
}

/// The expression text CPython records for an f-string `=` debug field,
/// given the source between the `{` and the `!`, `:` or `}` that ends the
/// expression: comments (a `#` outside string literals, up to the end of
/// the line) are dropped, their newline kept.
///
/// CPython: Parser/lexer/lexer.c `set_ftstring_expr`.
pub fn fstring_debug_text(expr: &str) -> Cow<'_, str> {
    let b = expr.as_bytes();
    let mut in_string = false;
    let mut quote_char = 0u8;
    let mut hash = false;
    let mut i = 0;
    while i < b.len() {
        let ch = b[i];
        if ch == b'\\' {
            i += 2;
            continue;
        }
        if ch == b'"' || ch == b'\'' {
            if !in_string {
                in_string = true;
                quote_char = ch;
            } else if ch == quote_char {
                in_string = false;
            }
            i += 1;
            continue;
        }
        if ch == b'#' && !in_string {
            hash = true;
            break;
        }
        i += 1;
    }
    if !hash {
        return Cow::Borrowed(expr);
    }
    let mut out: Vec<u8> = Vec::with_capacity(b.len());
    let mut in_string = false;
    let mut quote_char = 0u8;
    let mut i = 0;
    while i < b.len() {
        let ch = b[i];
        if ch == b'"' || ch == b'\'' {
            if !in_string {
                in_string = true;
                quote_char = ch;
            } else if ch == quote_char {
                in_string = false;
            }
            out.push(ch);
        } else if ch == b'#' && !in_string {
            while i < b.len() && b[i] != b'\n' {
                i += 1;
            }
            if i < b.len() {
                out.push(b'\n');
            }
        } else {
            out.push(ch);
        }
        i += 1;
    }
    Cow::Owned(String::from_utf8_lossy(&out).into_owned())
}

/// Pulls tokens one at a time from Python source, as CPython's parser does.
pub struct Tokenizer<'src> {
    /// The decoded source (UTF-8, newlines translated to `\n`).
    src: Cow<'src, str>,
    // CPython's `tok_state` pointers, as byte offsets into `src`.
    cur: usize,
    inp: usize,
    line_start: usize,
    start: usize,
    /// CPython's `tok->start != NULL`: a token is being read.
    token_started: bool,
    /// CPython's `tok->buf`: the start of the line read last while no token
    /// was being read. Behind `line_start` after a multi-line string or a
    /// backslash continuation; only the "unexpected character after line
    /// continuation character" error's column counts from it.
    buf: usize,
    starting_col: i32,
    multi_line_start: usize,
    lineno: u32,
    first_lineno: u32,
    done: Done,
    atbol: bool,
    pendin: i32,
    indent: usize,
    indstack: [i32; MAXINDENT],
    altindstack: [i32; MAXINDENT],
    level: usize,
    parenstack: [u8; MAXLEVEL],
    parenlinenostack: [u32; MAXLEVEL],
    parencolstack: [u32; MAXLEVEL],
    mode0: FMode,
    modes: Vec<FMode>,
    type_comments: bool,
    report_warnings: bool,
    warnings: Vec<TokenizerWarning>,
    /// Once an error has been returned, it is returned again.
    error: Option<(SyntaxError, bool)>,
    /// Whether the last error was raised by the tokenizer itself.
    err_raised: bool,
}

impl<'src> Tokenizer<'src> {
    /// A tokenizer over the raw bytes of a file in 'exec' mode: handles the
    /// BOM, the PEP 263 coding cookie, UTF-8 validation and null bytes, with
    /// CPython's errors.
    pub fn new(source: &'src [u8]) -> Result<Self, SyntaxError> {
        Self::from_bytes(source, true)
    }

    /// Like [`Tokenizer::new`]; `exec_input` is false for 'eval' and
    /// 'func_type' modes, where CPython does not add a missing final newline.
    pub fn from_bytes(source: &'src [u8], exec_input: bool) -> Result<Self, SyntaxError> {
        Self::with_text(source::decode_bytes(source, exec_input)?)
    }

    /// A tokenizer over text that is already a `str` (CPython ignores any
    /// coding cookie then: `PyCF_IGNORE_COOKIE`).
    pub fn from_str(source: &'src str, exec_input: bool) -> Result<Self, SyntaxError> {
        Self::with_text(source::decode_str(source, exec_input)?)
    }

    fn with_text(src: Cow<'src, str>) -> Result<Self, SyntaxError> {
        if src.len() >= i32::MAX as usize {
            // CPython: E_COLUMNOVERFLOW / the size limits of its buffers.
            return Err(SyntaxError::without_location(
                SyntaxErrorKind::SyntaxError,
                "source code is too large",
            ));
        }
        Ok(Tokenizer {
            src,
            cur: 0,
            inp: 0,
            line_start: 0,
            start: 0,
            token_started: false,
            buf: 0,
            starting_col: -1,
            multi_line_start: 0,
            lineno: 0,
            first_lineno: 0,
            done: Done::Ok,
            atbol: true,
            pendin: 0,
            indent: 0,
            indstack: [0; MAXINDENT],
            altindstack: [0; MAXINDENT],
            level: 0,
            parenstack: [0; MAXLEVEL],
            parenlinenostack: [0; MAXLEVEL],
            parencolstack: [0; MAXLEVEL],
            mode0: FMode::BASE,
            modes: Vec::new(),
            type_comments: false,
            report_warnings: true,
            warnings: Vec::new(),
            error: None,
            err_raised: false,
        })
    }

    /// Emit TYPE_COMMENT / TYPE_IGNORE tokens (`ast.parse(type_comments=True)`).
    pub fn set_type_comments(&mut self, on: bool) {
        self.type_comments = on;
    }

    /// CPython turns warnings off for the parser's second (error) pass.
    pub fn set_report_warnings(&mut self, on: bool) {
        self.report_warnings = on;
    }

    /// The SyntaxWarnings emitted so far, in order; drains them.
    pub fn take_warnings(&mut self) -> Vec<TokenizerWarning> {
        std::mem::take(&mut self.warnings)
    }

    /// The decoded source.
    pub fn source(&self) -> &str {
        &self.src
    }

    /// The text of a token.
    pub fn text(&self, tok: &Token) -> &str {
        self.src
            .get(tok.start as usize..tok.end as usize)
            .unwrap_or("")
    }

    /// The text of line `lineno` (1-based), without its newline; "" past the end.
    pub fn line_text(&self, lineno: u32) -> &str {
        line_of(&self.src, lineno)
    }

    /// CPython's `tok->lineno`: the line the tokenizer has read last.
    pub fn lineno(&self) -> u32 {
        self.lineno
    }

    /// CPython's `tok->cur - tok->line_start` (bytes), used by the parser for
    /// errors on tokens without a column (INDENT, DEDENT, ERRORTOKEN).
    pub fn cursor_col(&self) -> i64 {
        self.cur as i64 - self.line_start as i64
    }

    /// CPython's `tok->level`: the number of open brackets.
    pub fn paren_level(&self) -> usize {
        self.level
    }

    /// The innermost open bracket: (its character, line, 0-based byte column).
    pub fn innermost_paren(&self) -> Option<(char, u32, u32)> {
        let i = self.level.checked_sub(1)?;
        Some((
            self.parenstack[i] as char,
            self.parenlinenostack[i],
            self.parencolstack[i],
        ))
    }

    /// True while inside an f-string or t-string (CPython:
    /// `tok_mode_stack_index > 0`).
    pub fn in_fstring(&self) -> bool {
        !self.modes.is_empty()
    }

    /// The next token, or the SyntaxError the parser raises when CPython's
    /// tokenizer fails there (tokenizer exceptions as they are; ERRORTOKENs
    /// converted as Parser/pegen_errors.c `_Pypegen_tokenizer_error` does).
    pub fn next_token(&mut self) -> Result<Token, SyntaxError> {
        if let Some((e, _)) = &self.error {
            return Err(e.clone());
        }
        let r = self.tok_get();
        if let Err(e) = &r {
            self.error = Some((e.clone(), self.err_raised));
        }
        r
    }

    /// After the parser failed with a SyntaxError reported on line
    /// `current_err_line`, tokenizes the rest of the input: returns the error
    /// that replaces the parser's, if any.
    ///
    /// CPython: Parser/pegen_errors.c
    /// `_PyPegen_tokenize_full_source_to_check_for_errors`.
    pub fn check_rest_for_errors(&mut self, current_err_line: i64) -> Option<SyntaxError> {
        if self.error.is_some() {
            // CPython only looks further when the tokenizer has not failed.
            return None;
        }
        loop {
            match self.tok_get() {
                Ok(t) if t.kind == TokenKind::EndMarker => return None,
                Ok(_) => continue,
                Err(e) if self.err_raised => {
                    self.error = Some((e.clone(), true));
                    return if self.modes.is_empty() { Some(e) } else { None };
                }
                Err(e) => {
                    self.error = Some((e, false));
                    if self.level != 0 {
                        let (_, line, _) = self.innermost_paren()?;
                        if current_err_line > line as i64 && self.modes.is_empty() {
                            return Some(self.unclosed_paren_error());
                        }
                    }
                    return None;
                }
            }
        }
    }

    /// "'(' was never closed" for the innermost open bracket.
    ///
    /// CPython: Parser/pegen_errors.c `raise_unclosed_parentheses_error`.
    pub fn unclosed_paren_error(&self) -> SyntaxError {
        let Some((c, line, col)) = self.innermost_paren() else {
            return SyntaxError::new(
                SyntaxErrorKind::SyntaxError,
                "unexpected EOF while parsing",
                0,
                0,
                0,
                0,
            );
        };
        SyntaxError::from_byte_location(
            SyntaxErrorKind::SyntaxError,
            format!("'{c}' was never closed"),
            line as i64,
            col as i64 + 1,
            line as i64,
            0,
            self.line_text(line),
        )
    }

    fn done_error(&self, d: Done) -> SyntaxError {
        let lineno = self.lineno as i64;
        let line = self.line_text(self.lineno);
        use SyntaxErrorKind as K;
        match d {
            Done::Eof if self.level > 0 => self.unclosed_paren_error(),
            Done::Eof => SyntaxError::from_byte_location(
                K::SyntaxError,
                "unexpected EOF while parsing",
                lineno,
                self.cursor_col(),
                lineno,
                -1,
                line,
            ),
            Done::Dedent => SyntaxError::from_byte_location(
                K::IndentationError,
                "unindent does not match any outer indentation level",
                lineno,
                self.cursor_col(),
                lineno,
                -1,
                line,
            ),
            Done::TabSpace => SyntaxError::from_byte_location(
                K::TabError,
                "inconsistent use of tabs and spaces in indentation",
                lineno,
                1,
                lineno,
                0,
                line,
            ),
            Done::TooDeep => SyntaxError::from_byte_location(
                K::IndentationError,
                "too many levels of indentation",
                lineno,
                1,
                lineno,
                0,
                line,
            ),
            // CPython: Parser/pegen_errors.c `_Pypegen_tokenizer_error`
            // counts this column from `tok->buf`, then clamps it to the
            // line, its newline included.
            Done::LineCont => SyntaxError::from_byte_location(
                K::SyntaxError,
                "unexpected character after line continuation character",
                lineno,
                (self.cur - self.buf.min(self.cur)) as i64,
                lineno,
                0,
                self.src.get(self.line_start..self.inp).unwrap_or(line),
            ),
            Done::Ok | Done::Error => SyntaxError::from_byte_location(
                K::SyntaxError,
                "unknown parsing error",
                lineno,
                1,
                lineno,
                0,
                line,
            ),
        }
    }

    // ---- character reading (CPython: tok_nextc, tok_backup, underflow) ----

    #[inline(always)]
    fn nextc(&mut self) -> i32 {
        let b = self.src.as_bytes();
        if self.cur < self.inp
            && let Some(&c) = b.get(self.cur)
        {
            self.cur += 1;
            return c as i32;
        }
        self.nextc_slow()
    }

    /// CPython: tok_nextc's refill through `tok_underflow_string`.
    #[cold]
    fn nextc_slow(&mut self) -> i32 {
        if self.done != Done::Ok {
            return EOF;
        }
        let b = self.src.as_bytes();
        let len = b.len();
        if self.inp >= len {
            self.done = Done::Eof;
            self.cur = self.inp;
            return EOF;
        }
        let end = match memchr_nl(&b[self.inp..]) {
            Some(p) => self.inp + p + 1,
            None => len,
        };
        self.lineno += 1;
        self.cur = self.inp;
        self.line_start = self.cur;
        if !self.token_started {
            self.buf = self.cur;
        }
        self.inp = end;
        let c = b[self.cur];
        self.cur += 1;
        c as i32
    }

    #[inline(always)]
    fn backup(&mut self, c: i32) {
        if c != EOF {
            self.cur = self.cur.saturating_sub(1);
        }
    }

    #[inline(always)]
    fn byte_at(&self, i: usize) -> u8 {
        self.src.as_bytes().get(i).copied().unwrap_or(0)
    }

    #[inline(always)]
    fn col(&self) -> i32 {
        (self.cur as i64 - self.line_start as i64) as i32
    }

    fn top_mode(&self) -> &FMode {
        self.modes.last().unwrap_or(&self.mode0)
    }

    fn top_mode_mut(&mut self) -> &mut FMode {
        match self.modes.last_mut() {
            Some(m) => m,
            None => &mut self.mode0,
        }
    }

    // ---- token construction (CPython: _PyLexer_token_setup) ----

    #[inline(always)]
    fn make(&self, kind: TokenKind, p_start: usize, p_end: usize) -> Token {
        let lineno = match kind {
            TokenKind::String | TokenKind::FstringMiddle | TokenKind::TstringMiddle => {
                self.first_lineno
            }
            _ => self.lineno,
        };
        Token {
            kind,
            keyword: None,
            start: p_start as u32,
            end: p_end as u32,
            lineno,
            col_offset: self.starting_col,
            end_lineno: self.lineno,
            end_col_offset: self.col(),
        }
    }

    /// A token CPython makes with NULL start/end: no columns.
    fn make_nopos(&self, kind: TokenKind) -> Token {
        Token {
            kind,
            keyword: None,
            start: self.cur as u32,
            end: self.cur as u32,
            lineno: self.lineno,
            col_offset: -1,
            end_lineno: self.lineno,
            end_col_offset: -1,
        }
    }

    // ---- errors (CPython: Parser/tokenizer/helpers.c) ----

    /// CPython: `_syntaxerror_range`: columns default to the number of
    /// characters from the line start to the cursor.
    #[cold]
    fn raise_range(&mut self, msg: String, col_offset: i64, end_col_offset: i64) -> SyntaxError {
        let ls = self.line_start.min(self.src.len());
        let cur = self.cur.clamp(ls, self.src.len());
        // Explicit columns are byte offsets from the line start; CPython
        // reports them as the number of characters in that many bytes.
        let chars_in = |n: usize| {
            let b = self.src.as_bytes();
            let e = (ls + n).min(b.len());
            b[ls..e].iter().filter(|&&x| (x & 0xC0) != 0x80).count() as i64
        };
        let col = if col_offset == -1 {
            chars_in(cur - ls)
        } else {
            chars_in(col_offset.max(0) as usize)
        };
        let end = if end_col_offset == -1 {
            col
        } else {
            chars_in(end_col_offset.max(0) as usize)
        };
        self.done = Done::Error;
        self.err_raised = true;
        SyntaxError::new(
            SyntaxErrorKind::SyntaxError,
            msg,
            self.lineno as i64,
            col,
            self.lineno as i64,
            end,
        )
    }

    #[cold]
    fn raise(&mut self, msg: String) -> SyntaxError {
        self.raise_range(msg, -1, -1)
    }

    fn warn(&mut self, msg: String) {
        if self.report_warnings {
            self.warnings.push(TokenizerWarning {
                msg,
                lineno: self.lineno,
            });
        }
    }

    /// CPython: `_PyTokenizer_indenterror`.
    #[cold]
    fn indenterror(&mut self) -> SyntaxError {
        self.done = Done::TabSpace;
        self.cur = self.inp;
        self.done_err(Done::TabSpace)
    }

    /// An ERRORTOKEN with only `tok->done` set, as the parser converts it.
    #[cold]
    fn done_err(&mut self, d: Done) -> SyntaxError {
        self.err_raised = false;
        self.done_error(d)
    }

    // ---- the lexer ----

    #[inline(always)]
    fn tok_get(&mut self) -> TResult<Token> {
        if self.top_mode().regular {
            self.tok_get_normal_mode()
        } else {
            self.tok_get_fstring_mode()
        }
    }

    /// CPython: `lookahead`.
    fn lookahead(&mut self, test: &[u8]) -> bool {
        let mut n = 0;
        loop {
            let c = self.nextc();
            if n == test.len() {
                let res = !is_potential_identifier_char(c);
                self.backup(c);
                for _ in 0..n {
                    self.backup(0);
                }
                return res;
            } else if c == test[n] as i32 {
                n += 1;
                continue;
            }
            self.backup(c);
            for _ in 0..n {
                self.backup(0);
            }
            return false;
        }
    }

    /// CPython: `verify_end_of_number`.
    fn verify_end_of_number(&mut self, c: i32, kind: &str) -> TResult<()> {
        let r = match u8::try_from(c).unwrap_or(0) {
            b'a' => self.lookahead(b"nd"),
            b'e' => self.lookahead(b"lse"),
            b'f' => self.lookahead(b"or"),
            b'i' => {
                let c2 = self.nextc();
                let r = c2 == b'f' as i32 || c2 == b'n' as i32 || c2 == b's' as i32;
                self.backup(c2);
                r
            }
            b'o' => self.lookahead(b"r"),
            b'n' => self.lookahead(b"ot"),
            _ => false,
        };
        if r {
            self.backup(c);
            self.warn(format!("invalid {kind} literal"));
            self.nextc();
        } else if c < 128 && is_potential_identifier_char(c) {
            self.backup(c);
            return Err(self.raise(format!("invalid {kind} literal")));
        }
        Ok(())
    }

    /// CPython: `verify_identifier`.
    fn verify_identifier(&mut self) -> TResult<()> {
        let s = self.src.get(self.start..self.cur).unwrap_or("");
        let mut bad: Option<(usize, char)> = None;
        for (i, (off, ch)) in s.char_indices().enumerate() {
            let ok = if i == 0 {
                is_xid_start(ch) || ch == '_'
            } else {
                is_xid_continue(ch)
            };
            if !ok {
                bad = Some((off + ch.len_utf8(), ch));
                break;
            }
        }
        let Some((end, ch)) = bad else {
            return Ok(());
        };
        self.cur = self.start + end;
        let msg = if is_printable(ch) {
            format!("invalid character '{}' (U+{:04X})", ch, ch as u32)
        } else {
            format!("invalid non-printable character U+{:04X}", ch as u32)
        };
        Err(self.raise(msg))
    }

    /// CPython: `tok_decimal_tail`.
    fn decimal_tail(&mut self) -> TResult<i32> {
        loop {
            let mut c;
            loop {
                c = self.nextc();
                if !is_digit(c) {
                    break;
                }
            }
            if c != b'_' as i32 {
                return Ok(c);
            }
            c = self.nextc();
            if !is_digit(c) {
                self.backup(c);
                return Err(self.raise("invalid decimal literal".into()));
            }
        }
    }

    /// CPython: `tok_continuation_line`.
    fn continuation_line(&mut self) -> TResult<i32> {
        let mut c = self.nextc();
        if c == b'\r' as i32 {
            c = self.nextc();
        }
        if c != b'\n' as i32 {
            self.done = Done::LineCont;
            return Err(self.done_err(Done::LineCont));
        }
        c = self.nextc();
        if c == EOF {
            self.done = Done::Eof;
            self.cur = self.inp;
            return Err(self.done_err(Done::Eof));
        }
        self.backup(c);
        Ok(c)
    }

    /// CPython: `maybe_raise_syntax_error_for_string_prefixes`.
    fn check_string_prefixes(
        &mut self,
        b: bool,
        r: bool,
        u: bool,
        f: bool,
        t: bool,
    ) -> TResult<()> {
        let pair = if u && b {
            ("u", "b")
        } else if u && r {
            ("u", "r")
        } else if u && f {
            ("u", "f")
        } else if u && t {
            ("u", "t")
        } else if b && f {
            ("b", "f")
        } else if b && t {
            ("b", "t")
        } else if f && t {
            ("f", "t")
        } else {
            return Ok(());
        };
        let col = (self.start + 1) as i64 - self.line_start as i64;
        let end = self.cur as i64 - self.line_start as i64;
        Err(self.raise_range(
            format!("'{}' and '{}' prefixes are incompatible", pair.0, pair.1),
            col,
            end,
        ))
    }

    /// CPython: `tok_get_normal_mode`.
    #[inline(always)]
    fn tok_get_normal_mode(&mut self) -> TResult<Token> {
        'nextline: loop {
            self.token_started = false;
            self.starting_col = -1;
            let mut blankline = false;

            // Get indentation level.
            if self.atbol {
                let mut col: i32 = 0;
                let mut altcol: i32 = 0;
                self.atbol = false;
                let mut cont_line_col = 0;
                let mut c;
                loop {
                    // Fast path: a run of spaces within the line buffer.
                    {
                        let b = self.src.as_bytes();
                        let end = self.inp.min(b.len());
                        let from = self.cur;
                        let mut p = from;
                        while p < end && b[p] == b' ' {
                            p += 1;
                        }
                        let n = (p - from) as i32;
                        col += n;
                        altcol += n;
                        self.cur = p;
                    }
                    c = self.nextc();
                    if c == b' ' as i32 {
                        col += 1;
                        altcol += 1;
                    } else if c == b'\t' as i32 {
                        col = (col / TABSIZE + 1) * TABSIZE;
                        altcol += 1;
                    } else if c == 0x0C {
                        col = 0;
                        altcol = 0;
                    } else if c == b'\\' as i32 {
                        // The first backslash found decides the indentation of
                        // what follows.
                        cont_line_col = if cont_line_col != 0 {
                            cont_line_col
                        } else {
                            col
                        };
                        c = self.continuation_line()?;
                        let _ = c;
                    } else {
                        break;
                    }
                }
                self.backup(c);
                if c == b'#' as i32 || c == b'\n' as i32 || c == b'\r' as i32 {
                    blankline = true;
                }
                if !blankline && self.level == 0 {
                    if cont_line_col != 0 {
                        col = cont_line_col;
                        altcol = cont_line_col;
                    }
                    let ind = self.indstack[self.indent];
                    if col == ind {
                        if altcol != self.altindstack[self.indent] {
                            return Err(self.indenterror());
                        }
                    } else if col > ind {
                        if self.indent + 1 >= MAXINDENT {
                            self.done = Done::TooDeep;
                            self.cur = self.inp;
                            return Err(self.done_err(Done::TooDeep));
                        }
                        if altcol <= self.altindstack[self.indent] {
                            return Err(self.indenterror());
                        }
                        self.pendin += 1;
                        self.indent += 1;
                        self.indstack[self.indent] = col;
                        self.altindstack[self.indent] = altcol;
                    } else {
                        while self.indent > 0 && col < self.indstack[self.indent] {
                            self.pendin -= 1;
                            self.indent -= 1;
                        }
                        if col != self.indstack[self.indent] {
                            self.done = Done::Dedent;
                            self.cur = self.inp;
                            return Err(self.done_err(Done::Dedent));
                        }
                        if altcol != self.altindstack[self.indent] {
                            return Err(self.indenterror());
                        }
                    }
                }
            }

            self.start = self.cur;
            self.token_started = true;
            self.starting_col = self.col();

            // Return pending indents/dedents.
            if self.pendin != 0 {
                if self.pendin < 0 {
                    self.pendin += 1;
                    return Ok(self.make_nopos(TokenKind::Dedent));
                } else {
                    self.pendin -= 1;
                    return Ok(self.make_nopos(TokenKind::Indent));
                }
            }

            // Peek ahead at the next character.
            let c = self.nextc();
            self.backup(c);

            'again: loop {
                self.token_started = false;
                // Skip spaces (fast path within the line buffer first).
                {
                    let b = self.src.as_bytes();
                    let end = self.inp.min(b.len());
                    let mut p = self.cur;
                    while p < end && matches!(b[p], b' ' | b'\t' | 0x0C) {
                        p += 1;
                    }
                    self.cur = p;
                }
                let mut c;
                loop {
                    c = self.nextc();
                    if !(c == b' ' as i32 || c == b'\t' as i32 || c == 0x0C) {
                        break;
                    }
                }

                // Set start of current token.
                self.start = self.cur.saturating_sub(1);
                self.token_started = true;
                self.starting_col = self.col() - 1;

                // Skip comment, unless it's a type comment.
                if c == b'#' as i32 {
                    // Comments end at the line's newline; the line buffer
                    // ends just after it.
                    let b = self.src.as_bytes();
                    let seg = b.get(self.cur..self.inp).unwrap_or(&[]);
                    match memchr_nl(seg) {
                        Some(p) => {
                            self.cur += p + 1;
                            c = b'\n' as i32;
                        }
                        None => {
                            self.cur = self.inp;
                            c = self.nextc();
                            while c != EOF && c != b'\n' as i32 && c != b'\r' as i32 {
                                c = self.nextc();
                            }
                        }
                    }
                    if self.type_comments
                        && let Some(t) = self.type_comment(c, blankline)
                    {
                        return Ok(t);
                    }
                }

                // Check for EOF and errors now.
                if c == EOF {
                    if self.level > 0 {
                        return Err(self.done_err(Done::Eof));
                    }
                    if self.done == Done::Eof {
                        return Ok(self.make_nopos(TokenKind::EndMarker));
                    }
                    return Err(self.done_err(self.done));
                }

                // Identifier (most frequent token!)
                if is_potential_identifier_start(c) {
                    return self.identifier_or_prefixed_string(c);
                }

                if c == b'\r' as i32 {
                    c = self.nextc();
                }

                // Newline.
                if c == b'\n' as i32 {
                    self.atbol = true;
                    if blankline || self.level > 0 {
                        continue 'nextline;
                    }
                    let t = self.make(TokenKind::Newline, self.start, self.cur - 1);
                    return Ok(t);
                }

                // Period or number starting with period?
                if c == b'.' as i32 {
                    c = self.nextc();
                    if is_digit(c) {
                        return self.number_fraction(c);
                    } else if c == b'.' as i32 {
                        c = self.nextc();
                        if c == b'.' as i32 {
                            return Ok(self.make(TokenKind::Ellipsis, self.start, self.cur));
                        }
                        self.backup(c);
                        self.backup(b'.' as i32);
                    } else {
                        self.backup(c);
                    }
                    return Ok(self.make(TokenKind::Dot, self.start, self.cur));
                }

                // Number.
                if is_digit(c) {
                    return self.number(c);
                }

                // String.
                if c == b'\'' as i32 || c == b'"' as i32 {
                    return self.string(c);
                }

                // Line continuation.
                if c == b'\\' as i32 {
                    self.continuation_line()?;
                    continue 'again;
                }

                return self.operator(c);
            }
        }
    }

    /// Type comments (only with `set_type_comments(true)`); `c` is the
    /// character that ended the comment.
    fn type_comment(&mut self, c: i32, blankline: bool) -> Option<Token> {
        const PREFIX: &[u8] = b"# type: ";
        let mut p = self.start;
        let mut col = self.starting_col;
        let mut k = 0;
        while k < PREFIX.len() && p < self.cur {
            if PREFIX[k] == b' ' {
                while self.byte_at(p) == b' ' || self.byte_at(p) == b'\t' {
                    p += 1;
                    col += 1;
                }
            } else if PREFIX[k] == self.byte_at(p) {
                p += 1;
                col += 1;
            } else {
                break;
            }
            k += 1;
        }
        if k < PREFIX.len() {
            return None;
        }
        let ignore_end = p + 6;
        let ignore_end_col = col + 6;
        self.backup(c);
        let b = self.src.as_bytes();
        let is_type_ignore = self.cur >= ignore_end
            && b.get(p..ignore_end) == Some(b"ignore".as_slice())
            && !(self.cur > ignore_end && {
                let n = self.byte_at(ignore_end);
                n >= 128 || n.is_ascii_alphanumeric()
            });
        let (kind, p_start, start_col) = if is_type_ignore {
            (TokenKind::TypeIgnore, ignore_end, ignore_end_col)
        } else {
            (TokenKind::TypeComment, p, col)
        };
        let p_end = self.cur;
        if is_type_ignore && blankline {
            self.nextc();
            self.atbol = true;
        }
        Some(Token {
            kind,
            keyword: None,
            start: p_start as u32,
            end: p_end as u32,
            lineno: self.lineno,
            col_offset: start_col,
            end_lineno: self.lineno,
            end_col_offset: self.col(),
        })
    }

    fn identifier_or_prefixed_string(&mut self, mut c: i32) -> TResult<Token> {
        // Process the various legal combinations of b"", r"", u"", f"", t"".
        let (mut saw_b, mut saw_r, mut saw_u, mut saw_f, mut saw_t) =
            (false, false, false, false, false);
        loop {
            let ch = u8::try_from(c).unwrap_or(0);
            if !saw_b && (ch == b'b' || ch == b'B') {
                saw_b = true;
            } else if !saw_u && (ch == b'u' || ch == b'U') {
                saw_u = true;
            } else if !saw_r && (ch == b'r' || ch == b'R') {
                saw_r = true;
            } else if !saw_f && (ch == b'f' || ch == b'F') {
                saw_f = true;
            } else if !saw_t && (ch == b't' || ch == b'T') {
                saw_t = true;
            } else {
                break;
            }
            c = self.nextc();
            if c == b'"' as i32 || c == b'\'' as i32 {
                self.check_string_prefixes(saw_b, saw_r, saw_u, saw_f, saw_t)?;
                if saw_f || saw_t {
                    return self.fstring_start(c);
                }
                return self.string(c);
            }
        }
        // ASCII fast path over the current line; identifiers never cross a
        // newline.
        let mut nonascii = false;
        if is_potential_identifier_char(c) {
            nonascii = c >= 128;
            let b = self.src.as_bytes();
            let mut p = self.cur;
            let end = self.inp.min(b.len());
            while p < end {
                let x = b[p];
                if !is_ident_byte(x) {
                    break;
                }
                nonascii |= x >= 128;
                p += 1;
            }
            self.cur = p;
            if p == end {
                // Reading on at the end of the buffer is what marks EOF.
                let c2 = self.nextc();
                self.backup(c2);
            }
        } else {
            self.backup(c);
        }
        if nonascii {
            self.verify_identifier()?;
        }
        let mut t = self.make(TokenKind::Name, self.start, self.cur);
        t.keyword = Keyword::lookup(&self.src.as_bytes()[self.start..self.cur]);
        Ok(t)
    }

    /// Numbers: CPython's "Number" section of `tok_get_normal_mode`.
    fn number(&mut self, first: i32) -> TResult<Token> {
        let mut c;
        if first == b'0' as i32 {
            // Hex, octal or binary -- maybe.
            c = self.nextc();
            if c == b'x' as i32 || c == b'X' as i32 {
                c = self.nextc();
                loop {
                    if c == b'_' as i32 {
                        c = self.nextc();
                    }
                    if !is_xdigit(c) {
                        self.backup(c);
                        return Err(self.raise("invalid hexadecimal literal".into()));
                    }
                    loop {
                        c = self.nextc();
                        if !is_xdigit(c) {
                            break;
                        }
                    }
                    if c != b'_' as i32 {
                        break;
                    }
                }
                self.verify_end_of_number(c, "hexadecimal")?;
            } else if c == b'o' as i32 || c == b'O' as i32 {
                c = self.nextc();
                loop {
                    if c == b'_' as i32 {
                        c = self.nextc();
                    }
                    if c < b'0' as i32 || c >= b'8' as i32 {
                        if is_digit(c) {
                            return Err(self.raise(format!(
                                "invalid digit '{}' in octal literal",
                                c as u8 as char
                            )));
                        }
                        self.backup(c);
                        return Err(self.raise("invalid octal literal".into()));
                    }
                    loop {
                        c = self.nextc();
                        if !(b'0' as i32..b'8' as i32).contains(&c) {
                            break;
                        }
                    }
                    if c != b'_' as i32 {
                        break;
                    }
                }
                if is_digit(c) {
                    return Err(self.raise(format!(
                        "invalid digit '{}' in octal literal",
                        c as u8 as char
                    )));
                }
                self.verify_end_of_number(c, "octal")?;
            } else if c == b'b' as i32 || c == b'B' as i32 {
                c = self.nextc();
                loop {
                    if c == b'_' as i32 {
                        c = self.nextc();
                    }
                    if c != b'0' as i32 && c != b'1' as i32 {
                        if is_digit(c) {
                            return Err(self.raise(format!(
                                "invalid digit '{}' in binary literal",
                                c as u8 as char
                            )));
                        }
                        self.backup(c);
                        return Err(self.raise("invalid binary literal".into()));
                    }
                    loop {
                        c = self.nextc();
                        if c != b'0' as i32 && c != b'1' as i32 {
                            break;
                        }
                    }
                    if c != b'_' as i32 {
                        break;
                    }
                }
                if is_digit(c) {
                    return Err(self.raise(format!(
                        "invalid digit '{}' in binary literal",
                        c as u8 as char
                    )));
                }
                self.verify_end_of_number(c, "binary")?;
            } else {
                let mut nonzero = false;
                // Maybe old-style octal; in any case, allow '0' as a literal.
                loop {
                    if c == b'_' as i32 {
                        c = self.nextc();
                        if !is_digit(c) {
                            self.backup(c);
                            return Err(self.raise("invalid decimal literal".into()));
                        }
                    }
                    if c != b'0' as i32 {
                        break;
                    }
                    c = self.nextc();
                }
                let zeros_end = self.cur;
                if is_digit(c) {
                    nonzero = true;
                    c = self.decimal_tail()?;
                }
                if c == b'.' as i32 {
                    c = self.nextc();
                    return self.number_fraction(c);
                } else if c == b'e' as i32 || c == b'E' as i32 {
                    return self.number_exponent(c);
                } else if c == b'j' as i32 || c == b'J' as i32 {
                    return self.number_imaginary();
                } else if nonzero {
                    // Old-style octal: now disallowed.
                    self.backup(c);
                    let col = (self.start + 1) as i64 - self.line_start as i64;
                    let end = zeros_end as i64 - self.line_start as i64;
                    return Err(self.raise_range(
                        "leading zeros in decimal integer literals are not permitted; \
                         use an 0o prefix for octal integers"
                            .into(),
                        col,
                        end,
                    ));
                }
                self.verify_end_of_number(c, "decimal")?;
            }
        } else {
            // Decimal.
            c = self.decimal_tail()?;
            if c == b'.' as i32 {
                c = self.nextc();
                return self.number_fraction(c);
            }
            return self.number_after_fraction(c);
        }
        self.backup(c);
        Ok(self.make(TokenKind::Number, self.start, self.cur))
    }

    /// `fraction:` — `c` is the character after the '.'.
    fn number_fraction(&mut self, mut c: i32) -> TResult<Token> {
        if is_digit(c) {
            c = self.decimal_tail()?;
        }
        self.number_after_fraction(c)
    }

    fn number_after_fraction(&mut self, c: i32) -> TResult<Token> {
        if c == b'e' as i32 || c == b'E' as i32 {
            return self.number_exponent(c);
        }
        if c == b'j' as i32 || c == b'J' as i32 {
            return self.number_imaginary();
        }
        self.verify_end_of_number(c, "decimal")?;
        self.backup(c);
        Ok(self.make(TokenKind::Number, self.start, self.cur))
    }

    /// `exponent:` — `e` is the 'e' or 'E' just read.
    fn number_exponent(&mut self, e: i32) -> TResult<Token> {
        let mut c = self.nextc();
        if c == b'+' as i32 || c == b'-' as i32 {
            c = self.nextc();
            if !is_digit(c) {
                self.backup(c);
                return Err(self.raise("invalid decimal literal".into()));
            }
        } else if !is_digit(c) {
            self.backup(c);
            self.verify_end_of_number(e, "decimal")?;
            self.backup(e);
            return Ok(self.make(TokenKind::Number, self.start, self.cur));
        }
        c = self.decimal_tail()?;
        if c == b'j' as i32 || c == b'J' as i32 {
            return self.number_imaginary();
        }
        self.verify_end_of_number(c, "decimal")?;
        self.backup(c);
        Ok(self.make(TokenKind::Number, self.start, self.cur))
    }

    /// `imaginary:` — the 'j' has been read.
    fn number_imaginary(&mut self) -> TResult<Token> {
        let c = self.nextc();
        self.verify_end_of_number(c, "imaginary")?;
        self.backup(c);
        Ok(self.make(TokenKind::Number, self.start, self.cur))
    }

    /// `f_string_quote:` — `c` is the opening quote.
    fn fstring_start(&mut self, c: i32) -> TResult<Token> {
        let quote = c as u8;
        let mut quote_size = 1u8;
        self.first_lineno = self.lineno;
        self.multi_line_start = self.line_start;

        let after_quote = self.nextc();
        if after_quote == c {
            let after_after_quote = self.nextc();
            if after_after_quote == c {
                quote_size = 3;
            } else {
                self.backup(after_after_quote);
                self.backup(after_quote);
            }
        }
        if after_quote != c {
            self.backup(after_quote);
        }

        let (p_start, p_end) = (self.start, self.cur);
        if self.modes.len() + 1 >= MAXFSTRINGLEVEL {
            return Err(self.raise("too many nested f-strings or t-strings".into()));
        }
        let p0 = self.byte_at(self.start).to_ascii_lowercase();
        let p1 = self.byte_at(self.start + 1).to_ascii_lowercase();
        let (raw, tstring) = match p0 {
            b't' => (p1 == b'r', true),
            b'f' => (p1 == b'r', false),
            _ => (true, p1 == b't'),
        };
        self.modes.push(FMode {
            regular: false,
            quote,
            quote_size,
            raw,
            tstring,
            start: self.start,
            multi_line_start: self.line_start,
            first_line: self.lineno,
            curly_bracket_depth: 0,
            curly_bracket_expr_start_depth: -1,
            in_format_spec: false,
            in_debug: false,
        });
        let kind = if tstring {
            TokenKind::TstringStart
        } else {
            TokenKind::FstringStart
        };
        Ok(self.make(kind, p_start, p_end))
    }

    /// `letter_quote:` — a string literal; `c` is the opening quote.
    fn string(&mut self, c: i32) -> TResult<Token> {
        let quote = c;
        let mut quote_size = 1;
        let mut end_quote_size = 0;
        let mut has_escaped_quote = false;

        self.first_lineno = self.lineno;
        self.multi_line_start = self.line_start;

        // Find the quote size and start of string.
        let mut c = self.nextc();
        if c == quote {
            c = self.nextc();
            if c == quote {
                quote_size = 3;
            } else {
                end_quote_size = 1; // empty string found
            }
        }
        if c != quote {
            self.backup(c);
        }

        // Get rest of string.
        let q = quote as u8;
        while end_quote_size != quote_size {
            // Fast path: skip plain characters within the current line.
            {
                let b = self.src.as_bytes();
                let end = self.inp.min(b.len());
                let mut p = self.cur;
                while p < end {
                    let x = b[p];
                    if x == q || x == b'\\' || x == b'\n' {
                        break;
                    }
                    p += 1;
                }
                if p != self.cur {
                    end_quote_size = 0;
                    self.cur = p;
                }
            }
            c = self.nextc();
            if c == EOF || (quote_size == 1 && c == b'\n' as i32) {
                // Report the error from the initial quote character.
                self.cur = self.start + 1;
                self.line_start = self.multi_line_start;
                let start = self.lineno;
                self.lineno = self.first_lineno;

                if let Some(m) = self.modes.last() {
                    // In an f-string, an unterminated literal with the
                    // f-string's own quotes is a missing '}'.
                    if m.quote as i32 == quote && m.quote_size as i32 == quote_size {
                        let msg = format!("{}-string: expecting '}}'", m.prefix());
                        return Err(self.raise(msg));
                    }
                }
                let msg = if quote_size == 3 {
                    format!("unterminated triple-quoted string literal (detected at line {start})")
                } else if has_escaped_quote {
                    format!(
                        "unterminated string literal (detected at line {start}); perhaps you escaped the end quote?"
                    )
                } else {
                    format!("unterminated string literal (detected at line {start})")
                };
                return Err(self.raise(msg));
            }
            if c == quote {
                end_quote_size += 1;
            } else {
                end_quote_size = 0;
                if c == b'\\' as i32 {
                    c = self.nextc(); // skip escaped char
                    if c == quote {
                        has_escaped_quote = true;
                    }
                    if c == b'\r' as i32 {
                        self.nextc();
                    }
                }
            }
        }
        Ok(self.make(TokenKind::String, self.start, self.cur))
    }

    /// Punctuation, brackets and the f-string bookkeeping around them.
    fn operator(&mut self, c: i32) -> TResult<Token> {
        let in_fstring = !self.modes.is_empty();
        // Punctuation character.
        let is_punctuation =
            c == b':' as i32 || c == b'}' as i32 || c == b'!' as i32 || c == b'{' as i32;
        if is_punctuation && in_fstring && self.top_mode().inside_expr() {
            let m = *self.top_mode();
            // Before the `{` case bumps curly_bracket_depth.
            let cursor = m.curly_bracket_depth - (c != b'{' as i32) as i32;
            if c == b':' as i32 && cursor == m.curly_bracket_expr_start_depth {
                let m = self.top_mode_mut();
                m.regular = false;
                m.in_format_spec = true;
                return Ok(self.make(TokenKind::Colon, self.start, self.cur));
            }
        }

        // Check for two-character token.
        {
            let c2 = self.nextc();
            if let Some(kind2) = two_chars(c, c2) {
                let c3 = self.nextc();
                let kind = match three_chars(c, c2, c3) {
                    Some(k3) => k3,
                    None => {
                        self.backup(c3);
                        kind2
                    }
                };
                return Ok(self.make(kind, self.start, self.cur));
            }
            self.backup(c2);
        }

        // Keep track of parentheses nesting level.
        let ch = u8::try_from(c).unwrap_or(0);
        match ch {
            b'(' | b'[' | b'{' => {
                if self.level >= MAXLEVEL {
                    return Err(self.raise("too many nested parentheses".into()));
                }
                self.parenstack[self.level] = ch;
                self.parenlinenostack[self.level] = self.lineno;
                self.parencolstack[self.level] = (self.start - self.line_start) as u32;
                self.level += 1;
                if in_fstring {
                    self.top_mode_mut().curly_bracket_depth += 1;
                }
            }
            b')' | b']' | b'}' => {
                if in_fstring && self.top_mode().curly_bracket_depth == 0 && ch == b'}' {
                    let msg = format!(
                        "{}-string: single '}}' is not allowed",
                        self.top_mode().prefix()
                    );
                    return Err(self.raise(msg));
                }
                if self.level == 0 {
                    return Err(self.raise(format!("unmatched '{}'", ch as char)));
                }
                self.level -= 1;
                let opening = self.parenstack[self.level];
                if !((opening == b'(' && ch == b')')
                    || (opening == b'[' && ch == b']')
                    || (opening == b'{' && ch == b'}'))
                {
                    // An f-string's own '{' closed by another bracket.
                    if in_fstring && opening == b'{' {
                        let m = *self.top_mode();
                        let previous_bracket = m.curly_bracket_depth - 1;
                        if previous_bracket == m.curly_bracket_expr_start_depth {
                            let msg = format!("{}-string: unmatched '{}'", m.prefix(), ch as char);
                            return Err(self.raise(msg));
                        }
                    }
                    let open_line = self.parenlinenostack[self.level];
                    let msg = if open_line != self.lineno {
                        format!(
                            "closing parenthesis '{}' does not match opening parenthesis '{}' on line {}",
                            ch as char, opening as char, open_line
                        )
                    } else {
                        format!(
                            "closing parenthesis '{}' does not match opening parenthesis '{}'",
                            ch as char, opening as char
                        )
                    };
                    return Err(self.raise(msg));
                }
                if in_fstring {
                    let m = self.top_mode_mut();
                    m.curly_bracket_depth -= 1;
                    if m.curly_bracket_depth < 0 {
                        let msg = format!("{}-string: unmatched '{}'", m.prefix(), ch as char);
                        return Err(self.raise(msg));
                    }
                    if ch == b'}' && m.curly_bracket_depth == m.curly_bracket_expr_start_depth {
                        m.curly_bracket_expr_start_depth -= 1;
                        m.regular = false;
                        m.in_format_spec = false;
                        m.in_debug = false;
                    }
                }
            }
            _ => {}
        }

        if !(0x20..0x7F).contains(&c) {
            return Err(self.raise(format!("invalid non-printable character U+{c:04X}")));
        }

        if c == b'=' as i32 && in_fstring {
            let m = self.top_mode_mut();
            // CPython: INSIDE_FSTRING_EXPR_AT_TOP.
            if m.curly_bracket_depth - m.curly_bracket_expr_start_depth == 1 {
                m.in_debug = true;
            }
        }

        Ok(self.make(one_char(ch), self.start, self.cur))
    }

    /// CPython: `tok_get_fstring_mode`.
    fn tok_get_fstring_mode(&mut self) -> TResult<Token> {
        let mut end_quote_size = 0;
        let mut unicode_escape = false;

        self.start = self.cur;
        self.token_started = true;
        self.first_lineno = self.lineno;
        self.starting_col = self.col();

        // A bracket first: nothing to tokenize before it here.
        let start_char = self.nextc();
        if start_char == b'{' as i32 {
            let peek1 = self.nextc();
            self.backup(peek1);
            self.backup(start_char);
            if peek1 != b'{' as i32 {
                let m = self.top_mode_mut();
                m.curly_bracket_expr_start_depth += 1;
                if m.curly_bracket_expr_start_depth >= MAX_EXPR_NESTING {
                    let msg = format!("{}-string: expressions nested too deeply", m.prefix());
                    return Err(self.raise(msg));
                }
                m.regular = true;
                return self.tok_get_normal_mode();
            }
        } else {
            self.backup(start_char);
        }

        // Check if we are at the end of the string.
        let m = *self.top_mode();
        let mut at_end = true;
        for _ in 0..m.quote_size {
            let q = self.nextc();
            if q != m.quote as i32 {
                self.backup(q);
                at_end = false;
                break;
            }
        }
        if at_end {
            let t = self.make(m.end_kind(), self.start, self.cur);
            self.modes.pop();
            return Ok(t);
        }

        // f_string_middle:
        self.multi_line_start = self.line_start;
        while end_quote_size != m.quote_size {
            let c = self.nextc();
            let cm = *self.top_mode();
            let in_format_spec = cm.in_format_spec && cm.inside_expr();

            if c == EOF || (m.quote_size == 1 && c == b'\n' as i32) {
                // A newline ends a format spec.
                if in_format_spec && c == b'\n' as i32 {
                    if m.quote_size == 1 {
                        let p = m.prefix();
                        return Err(self.raise(format!(
                            "{p}-string: newlines are not allowed in format specifiers for single quoted {p}-strings"
                        )));
                    }
                    self.backup(c);
                    let mm = self.top_mode_mut();
                    mm.regular = true;
                    mm.in_format_spec = false;
                    return Ok(self.make(m.middle_kind(), self.start, self.cur));
                }

                // Report the error from the initial quote character.
                self.cur = m.start + 1;
                self.line_start = m.multi_line_start;
                let start = self.lineno;
                self.lineno = m.first_line;
                let p = m.prefix();
                let msg = if m.quote_size == 3 {
                    format!(
                        "unterminated triple-quoted {p}-string literal (detected at line {start})"
                    )
                } else {
                    format!("unterminated {p}-string literal (detected at line {start})")
                };
                return Err(self.raise(msg));
            }

            if c == m.quote as i32 {
                end_quote_size += 1;
                continue;
            } else {
                end_quote_size = 0;
            }

            if c == b'{' as i32 {
                let peek = self.nextc();
                let p_end;
                if peek != b'{' as i32 || in_format_spec {
                    self.backup(peek);
                    self.backup(c);
                    let mm = self.top_mode_mut();
                    mm.curly_bracket_expr_start_depth += 1;
                    if mm.curly_bracket_expr_start_depth >= MAX_EXPR_NESTING {
                        let msg = format!("{}-string: expressions nested too deeply", mm.prefix());
                        return Err(self.raise(msg));
                    }
                    mm.regular = true;
                    mm.in_format_spec = false;
                    p_end = self.cur;
                } else {
                    p_end = self.cur - 1;
                }
                return Ok(self.make(m.middle_kind(), self.start, p_end));
            } else if c == b'}' as i32 {
                if unicode_escape {
                    return Ok(self.make(m.middle_kind(), self.start, self.cur));
                }
                let peek = self.nextc();
                // Format specs can't use doubled braces, so only outside
                // them is "}}" an escape.
                let cursor = cm.curly_bracket_depth;
                let p_end;
                if peek == b'}' as i32 && !in_format_spec && cursor == 0 {
                    p_end = self.cur - 1;
                } else {
                    self.backup(peek);
                    self.backup(c);
                    let mm = self.top_mode_mut();
                    mm.regular = true;
                    mm.in_format_spec = false;
                    p_end = self.cur;
                }
                return Ok(self.make(m.middle_kind(), self.start, p_end));
            } else if c == b'\\' as i32 {
                let mut peek = self.nextc();
                if peek == b'\r' as i32 {
                    peek = self.nextc();
                }
                // A backslash right before a brace: the brace is handled by
                // the next iteration.
                if peek == b'{' as i32 || peek == b'}' as i32 {
                    if !m.raw {
                        let ch = peek as u8 as char;
                        self.warn(format!(
                            "\"\\{ch}\" is an invalid escape sequence. Such sequences will not work in the future. \
                             Did you mean \"\\\\{ch}\"? A raw string is also an option."
                        ));
                    }
                    self.backup(peek);
                    continue;
                }
                if !m.raw && peek == b'N' as i32 {
                    // Named unicode escapes (\N{BULLET}).
                    let p2 = self.nextc();
                    if p2 == b'{' as i32 {
                        unicode_escape = true;
                    } else {
                        self.backup(p2);
                    }
                }
            }
        }

        // Back up the closing quotes: they make the FSTRING_END next time.
        for _ in 0..m.quote_size {
            self.backup(m.quote as i32);
        }
        Ok(self.make(m.middle_kind(), self.start, self.cur))
    }
}

fn memchr_nl(b: &[u8]) -> Option<usize> {
    b.iter().position(|&x| x == b'\n')
}

/// The text of line `lineno` of `src`, without its newline.
fn line_of(src: &str, lineno: u32) -> &str {
    if lineno == 0 {
        return "";
    }
    let b = src.as_bytes();
    let mut start = 0usize;
    let mut n = 1u32;
    while n < lineno {
        match memchr_nl(&b[start..]) {
            Some(p) => start += p + 1,
            None => return "",
        }
        n += 1;
    }
    let end = memchr_nl(&b[start..]).map_or(b.len(), |p| start + p);
    src.get(start..end).unwrap_or("")
}

/// CPython: `_PyToken_OneChar` (Parser/token.c).
fn one_char(c: u8) -> TokenKind {
    use TokenKind::*;
    match c {
        b'!' => Exclamation,
        b'%' => Percent,
        b'&' => Amper,
        b'(' => Lpar,
        b')' => Rpar,
        b'*' => Star,
        b'+' => Plus,
        b',' => Comma,
        b'-' => Minus,
        b'.' => Dot,
        b'/' => Slash,
        b':' => Colon,
        b';' => Semi,
        b'<' => Less,
        b'=' => Equal,
        b'>' => Greater,
        b'@' => At,
        b'[' => Lsqb,
        b']' => Rsqb,
        b'^' => Circumflex,
        b'{' => Lbrace,
        b'|' => Vbar,
        b'}' => Rbrace,
        b'~' => Tilde,
        _ => Op,
    }
}

/// CPython: `_PyToken_TwoChars`.
fn two_chars(c1: i32, c2: i32) -> Option<TokenKind> {
    use TokenKind::*;
    let (a, b) = (u8::try_from(c1).ok()?, u8::try_from(c2).ok()?);
    Some(match (a, b) {
        (b'!', b'=') => NotEqual,
        (b'%', b'=') => PercentEqual,
        (b'&', b'=') => AmperEqual,
        (b'*', b'*') => DoubleStar,
        (b'*', b'=') => StarEqual,
        (b'+', b'=') => PlusEqual,
        (b'-', b'=') => MinEqual,
        (b'-', b'>') => Rarrow,
        (b'/', b'/') => DoubleSlash,
        (b'/', b'=') => SlashEqual,
        (b':', b'=') => ColonEqual,
        (b'<', b'<') => LeftShift,
        (b'<', b'=') => LessEqual,
        (b'<', b'>') => NotEqual,
        (b'=', b'=') => EqEqual,
        (b'>', b'=') => GreaterEqual,
        (b'>', b'>') => RightShift,
        (b'@', b'=') => AtEqual,
        (b'^', b'=') => CircumflexEqual,
        (b'|', b'=') => VbarEqual,
        _ => return None,
    })
}

/// CPython: `_PyToken_ThreeChars`.
fn three_chars(c1: i32, c2: i32, c3: i32) -> Option<TokenKind> {
    use TokenKind::*;
    let (a, b, c) = (
        u8::try_from(c1).ok()?,
        u8::try_from(c2).ok()?,
        u8::try_from(c3).ok()?,
    );
    Some(match (a, b, c) {
        (b'*', b'*', b'=') => DoubleStarEqual,
        (b'.', b'.', b'.') => Ellipsis,
        (b'/', b'/', b'=') => DoubleSlashEqual,
        (b'<', b'<', b'=') => LeftShiftEqual,
        (b'>', b'>', b'=') => RightShiftEqual,
        _ => return None,
    })
}

/// The 1-based character offset of byte column `col` (0-based) in `line`,
/// as CPython reports token columns in SyntaxErrors.
pub fn char_offset(line: &str, col: i64) -> i64 {
    byte_offset_to_character_offset(line, col + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    // keyword.kwlist and keyword.softkwlist of CPython 3.14.
    const KWLIST: &[&str] = &[
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
        "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
        "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return",
        "try", "while", "with", "yield",
    ];
    const SOFTKWLIST: &[&str] = &["_", "case", "match", "type"];

    fn tokens(src: &str) -> Vec<Token> {
        let mut tk = Tokenizer::new(src.as_bytes()).unwrap();
        let mut v = Vec::new();
        loop {
            let t = tk.next_token().unwrap();
            v.push(t);
            if t.kind == TokenKind::EndMarker {
                return v;
            }
        }
    }

    #[test]
    fn keywords_match_cpython_lists() {
        for kw in KWLIST {
            let k = Keyword::lookup(kw.as_bytes()).unwrap_or_else(|| panic!("{kw}"));
            assert_eq!(k.as_str(), *kw);
            assert!(!k.is_soft());
        }
        for kw in SOFTKWLIST {
            let k = Keyword::lookup(kw.as_bytes()).unwrap();
            assert_eq!(k.as_str(), *kw);
            assert!(k.is_soft());
        }
        for not_kw in [
            "print", "lazy", "exec", "self", "Match", "NONE", "true", "__", "i", "yield_", "",
        ] {
            assert_eq!(Keyword::lookup(not_kw.as_bytes()), None, "{not_kw}");
        }
        let t = tokens("match x: yield")[..4].to_vec();
        assert_eq!(t[0].keyword, Some(Keyword::Match));
        assert!(t[0].is_plain_name());
        assert_eq!(t[1].keyword, None);
        assert_eq!(t[3].keyword, Some(Keyword::Yield));
        assert!(!t[3].is_plain_name());
    }

    #[test]
    fn parser_view_columns() {
        // NEWLINE ends one past its (empty) text, as tok->col_offset does;
        // INDENT/DEDENT have no columns.
        let t = tokens("if x:\n  é = 1\n");
        let nl = t[3];
        assert_eq!(
            (nl.kind, nl.col_offset, nl.end_col_offset, nl.start, nl.end),
            (TokenKind::Newline, 5, 6, 5, 5)
        );
        assert_eq!(
            (t[4].kind, t[4].col_offset, t[4].lineno),
            (TokenKind::Indent, -1, 2)
        );
        // Byte columns: 'é' is two bytes.
        assert_eq!((t[5].col_offset, t[5].end_col_offset), (2, 4));
        assert_eq!((t[6].kind, t[6].col_offset), (TokenKind::Equal, 5));
        // A triple-quoted string starts where its first line says.
        let t = tokens("x = '''a\nbc''' + 1\n");
        assert_eq!(
            (
                t[2].lineno,
                t[2].col_offset,
                t[2].end_lineno,
                t[2].end_col_offset
            ),
            (1, 4, 2, 5)
        );
        // A doubled brace: the text keeps one, the end column passes both.
        let t = tokens("f'a{{b'\n");
        assert_eq!(
            (t[1].kind, t[1].start, t[1].end, t[1].end_col_offset),
            (TokenKind::FstringMiddle, 2, 4, 5)
        );
    }

    #[test]
    fn rest_of_source_errors() {
        // Recorded with CPython 3.14's ast.parse: a later tokenizer error
        // replaces the parser's generic error, an unclosed bracket only when
        // it opened before the error line.
        let mut tk = Tokenizer::new(b"x = = 1\ny = 'abc\n").unwrap();
        for _ in 0..3 {
            tk.next_token().unwrap();
        }
        let e = tk.check_rest_for_errors(1).unwrap();
        assert_eq!(
            format!("{}: {} {}", e.kind.name(), e.msg, e.location_repr()),
            "SyntaxError: unterminated string literal (detected at line 2) (2, 5, 2, 5)"
        );

        let mut tk = Tokenizer::new(b"x = (\ny = = 1\n").unwrap();
        for _ in 0..5 {
            tk.next_token().unwrap();
        }
        let e = tk.check_rest_for_errors(2).unwrap();
        assert_eq!(
            format!("{} {}", e.msg, e.location_repr()),
            "'(' was never closed (1, 5, 1, 0)"
        );

        let mut tk = Tokenizer::new(b"x = = 1\ny = (\n").unwrap();
        tk.next_token().unwrap();
        assert_eq!(tk.check_rest_for_errors(1), None);

        let mut tk = Tokenizer::new(b"x = = 1\nif 1:\n  y\n z\n").unwrap();
        tk.next_token().unwrap();
        assert_eq!(tk.check_rest_for_errors(1), None);
    }

    #[test]
    fn debug_text() {
        assert_eq!(fstring_debug_text("x "), "x ");
        // f"""{x # c\n=}""" shows "x \n=" in CPython 3.14.
        assert_eq!(fstring_debug_text("x # c\n"), "x \n");
        // f"""{"#"=}""" keeps the string's '#'.
        assert_eq!(fstring_debug_text("\"#\""), "\"#\"");
    }

    #[test]
    fn lines_and_text() {
        let mut tk = Tokenizer::new(b"a\r\nbc\rd").unwrap();
        assert_eq!(tk.source(), "a\nbc\nd\n");
        assert_eq!(
            (
                tk.line_text(1),
                tk.line_text(2),
                tk.line_text(3),
                tk.line_text(4)
            ),
            ("a", "bc", "d", "")
        );
        let t = tk.next_token().unwrap();
        assert_eq!(tk.text(&t), "a");
        // Eval-style input gets no newline added.
        let tk = Tokenizer::from_bytes(b"a + b", false).unwrap();
        assert_eq!(tk.source(), "a + b");
        let tk = Tokenizer::from_str("x\0", true);
        assert!(tk.is_err());
    }
}
