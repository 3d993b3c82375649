//! The error the front end raises: CPython's `SyntaxError` and its subclasses.

/// Which exception class CPython would raise.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SyntaxErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
}

impl SyntaxErrorKind {
    /// The Python-visible class name.
    pub fn name(self) -> &'static str {
        match self {
            SyntaxErrorKind::SyntaxError => "SyntaxError",
            SyntaxErrorKind::IndentationError => "IndentationError",
            SyntaxErrorKind::TabError => "TabError",
        }
    }
}

/// A syntax error with the attributes CPython's `SyntaxError` carries.
///
/// `lineno`/`end_lineno` are 1-based; `offset`/`end_offset` are what Python code
/// sees in `e.offset`/`e.end_offset`: 1-based *character* offsets into the line
/// (CPython converts the parser's byte offsets with
/// `_PyPegen_byte_offset_to_character_offset`), 0 or -1 where CPython reports those.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    pub kind: SyntaxErrorKind,
    pub msg: String,
    pub lineno: i64,
    pub offset: i64,
    pub end_lineno: i64,
    pub end_offset: i64,
}
