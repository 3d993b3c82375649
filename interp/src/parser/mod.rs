//! CPython 3.14's PEG parser (`Grammar/python.gram`).
//!
//! Interim state of the committed tree: the literal decoders (`number`, `string_parser`)
//! are in; the grammar itself is being written and is not committed yet, so every parse
//! reports that it is unavailable rather than guessing.

pub mod number;
pub mod string_parser;

use crate::ast::Mod;
use crate::syntax_error::{SyntaxError, SyntaxErrorKind};

/// A warning raised while parsing (CPython emits it with `PyErr_WarnExplicit`).
/// ast.parse shows it as `FILENAME:LINENO: CATEGORY: MESSAGE`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Warning {
    /// `"SyntaxWarning"` or `"DeprecationWarning"`.
    pub category: &'static str,
    pub msg: String,
    pub lineno: i64,
    pub offset: i64,
    pub end_lineno: i64,
    pub end_offset: i64,
}

/// Parses a module (`ast.parse(source, filename)`).
pub fn parse_module(source: &[u8], filename: &str) -> Result<Mod, SyntaxError> {
    parse_module_with_warnings(source, filename).0
}

/// [`parse_module`], also returning the warnings CPython would have emitted.
pub fn parse_module_with_warnings(
    _source: &[u8],
    _filename: &str,
) -> (Result<Mod, SyntaxError>, Vec<Warning>) {
    let err = SyntaxError {
        kind: SyntaxErrorKind::SyntaxError,
        msg: "oxpy: the parser is not available in this build".to_string(),
        lineno: 0,
        offset: 0,
        end_lineno: 0,
        end_offset: 0,
    };
    (Err(err), Vec::new())
}
