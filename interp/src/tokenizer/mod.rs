//! CPython 3.14's tokenizer (Parser/lexer/lexer.c, Parser/tokenizer/*.c).
//!
//! (in progress: the API below is stable, the implementation is a stub)

pub mod token;

pub use token::{Keyword, Token, TokenKind};

use crate::syntax_error::{SyntaxError, SyntaxErrorKind};
use std::borrow::Cow;

/// Pulls tokens one at a time from Python source, as CPython's parser does.
pub struct Tokenizer<'src> {
    /// The decoded source (UTF-8, newlines translated to `\n`).
    src: Cow<'src, str>,
    pos: usize,
}

impl<'src> Tokenizer<'src> {
    /// A tokenizer over the raw bytes of a file: handles the BOM, the PEP 263
    /// coding cookie, UTF-8 validation and null bytes, with CPython's errors.
    pub fn new(source: &'src [u8]) -> Result<Self, SyntaxError> {
        match std::str::from_utf8(source) {
            Ok(s) => Ok(Tokenizer { src: Cow::Borrowed(s), pos: 0 }),
            Err(_) => Err(SyntaxError {
                kind: SyntaxErrorKind::SyntaxError,
                msg: "not implemented".into(),
                lineno: 0,
                offset: 0,
                end_lineno: 0,
                end_offset: 0,
            }),
        }
    }

    /// The next token, or the SyntaxError CPython's tokenizer raises there.
    pub fn next_token(&mut self) -> Result<Token, SyntaxError> {
        let _ = self.pos;
        Err(SyntaxError {
            kind: SyntaxErrorKind::SyntaxError,
            msg: "not implemented".into(),
            lineno: 0,
            offset: 0,
            end_lineno: 0,
            end_offset: 0,
        })
    }

    /// The decoded source.
    pub fn source(&self) -> &str {
        &self.src
    }

    /// The text of a token.
    pub fn text(&self, tok: &Token) -> &str {
        self.src.get(tok.start as usize..tok.end as usize).unwrap_or("")
    }

    /// The text of line `lineno` (1-based), without its newline.
    pub fn line_text(&self, lineno: u32) -> &str {
        self.src
            .split('\n')
            .nth((lineno as usize).wrapping_sub(1))
            .unwrap_or("")
    }
}
