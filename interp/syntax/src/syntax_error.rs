//! The error the front end raises: CPython's `SyntaxError` and its
//! subclasses, and the few other exceptions CPython's front end lets through.

/// Which exception class CPython would raise.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SyntaxErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
    /// The parser's depth limit (CPython: Parser/pegen.c
    /// `_Pypegen_stack_overflow`, "Parser stack overflowed - ...").
    MemoryError,
    /// A codec error CPython does not turn into a SyntaxError
    /// (Parser/pegen_errors.c `_PyPegen_raise_tokenizer_init_error` only
    /// converts LookupError, ValueError and UnicodeDecodeError): a punycode
    /// position beyond a C ssize_t.
    OverflowError,
    /// Likewise: a CJK codec's internal error (MBERR_INTERNAL).
    RuntimeError,
}

impl SyntaxErrorKind {
    /// The Python-visible class name.
    pub fn name(self) -> &'static str {
        match self {
            SyntaxErrorKind::SyntaxError => "SyntaxError",
            SyntaxErrorKind::IndentationError => "IndentationError",
            SyntaxErrorKind::TabError => "TabError",
            SyntaxErrorKind::MemoryError => "MemoryError",
            SyntaxErrorKind::OverflowError => "OverflowError",
            SyntaxErrorKind::RuntimeError => "RuntimeError",
        }
    }

    /// SyntaxError or a subclass: what `except SyntaxError` catches. The
    /// location fields mean nothing for the other kinds.
    pub fn is_syntax_error(self) -> bool {
        matches!(
            self,
            SyntaxErrorKind::SyntaxError
                | SyntaxErrorKind::IndentationError
                | SyntaxErrorKind::TabError
        )
    }
}

/// A syntax error with the attributes CPython's `SyntaxError` carries.
///
/// `lineno`/`end_lineno` are 1-based; `offset`/`end_offset` are what Python code
/// sees in `e.offset`/`e.end_offset`: 1-based *character* offsets into the line
/// (CPython converts the parser's byte offsets with
/// `_PyPegen_byte_offset_to_character_offset`), 0 or -1 where CPython reports those.
/// `None` is Python's `None`: CPython leaves the fields unset for, e.g., null
/// bytes in the source, and `end_lineno`/`end_offset` for decoding errors
/// found before tokenizing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    pub kind: SyntaxErrorKind,
    pub msg: String,
    pub lineno: Option<i64>,
    pub offset: Option<i64>,
    pub end_lineno: Option<i64>,
    pub end_offset: Option<i64>,
    /// The exception's note (`__notes__`), which a traceback prints after
    /// it: CPython adds "decoding with 'NAME' codec failed" to a codec's
    /// exception (Python/codecs.c `wrap_codec_error`).
    pub note: Option<String>,
}

impl SyntaxError {
    /// An error with all four location fields set.
    pub fn new(
        kind: SyntaxErrorKind,
        msg: impl Into<String>,
        lineno: i64,
        offset: i64,
        end_lineno: i64,
        end_offset: i64,
    ) -> Self {
        Self::with_fields(
            kind,
            msg,
            [
                Some(lineno),
                Some(offset),
                Some(end_lineno),
                Some(end_offset),
            ],
        )
    }

    /// An error whose location fields are all `None`.
    pub fn without_location(kind: SyntaxErrorKind, msg: impl Into<String>) -> Self {
        Self::with_fields(kind, msg, [None; 4])
    }

    /// An error with `[lineno, offset, end_lineno, end_offset]` as given.
    pub fn with_fields(
        kind: SyntaxErrorKind,
        msg: impl Into<String>,
        fields: [Option<i64>; 4],
    ) -> Self {
        let [lineno, offset, end_lineno, end_offset] = fields;
        SyntaxError {
            kind,
            msg: msg.into(),
            lineno,
            offset,
            end_lineno,
            end_offset,
            note: None,
        }
    }

    /// A location field as Python prints it (`None` or the number).
    pub fn field_repr(v: Option<i64>) -> String {
        match v {
            Some(v) => v.to_string(),
            None => "None".to_string(),
        }
    }

    /// `"(lineno, offset, end_lineno, end_offset)"` as the corpus reference
    /// script prints it.
    pub fn location_repr(&self) -> String {
        format!(
            "({}, {}, {}, {})",
            Self::field_repr(self.lineno),
            Self::field_repr(self.offset),
            Self::field_repr(self.end_lineno),
            Self::field_repr(self.end_offset)
        )
    }

    /// Builds the error CPython's parser raises for a location given in
    /// 1-based *byte* columns (`col_offset`, `end_col_offset`; pass `-1` for
    /// an unknown end, as CPython does). Both columns are converted to
    /// character offsets against the text of line `lineno` (CPython uses that
    /// one line for both, even when `end_lineno` differs), and the end only
    /// when positive.
    ///
    /// CPython: Parser/pegen_errors.c `_PyPegen_raise_error_known_location`.
    pub fn from_byte_location(
        kind: SyntaxErrorKind,
        msg: impl Into<String>,
        lineno: i64,
        col_offset: i64,
        end_lineno: i64,
        end_col_offset: i64,
        line_text: &str,
    ) -> Self {
        let offset = byte_offset_to_character_offset(line_text, col_offset);
        let end_offset = if end_col_offset > 0 {
            byte_offset_to_character_offset(line_text, end_col_offset)
        } else {
            end_col_offset
        };
        Self::new(kind, msg, lineno, offset, end_lineno, end_offset)
    }
}

/// The number of characters in the first `col_offset` bytes of `line` (a
/// truncated multi-byte character counts as one, as the "replace" error
/// handler makes it one U+FFFD). Past the end of the line the count goes on
/// for one more position, as CPython's reads the terminating NUL.
///
/// CPython: Parser/pegen_errors.c `_PyPegen_byte_offset_to_character_offset_raw`.
pub fn byte_offset_to_character_offset(line: &str, col_offset: i64) -> i64 {
    if col_offset <= 0 {
        return 0;
    }
    let bytes = line.as_bytes();
    let len = bytes.len() as i64;
    let col = col_offset.min(len + 1);
    let in_line = col.min(len) as usize;
    let chars = bytes[..in_line]
        .iter()
        .filter(|&&b| (b & 0xC0) != 0x80)
        .count() as i64;
    chars + (col - col.min(len))
}

impl std::fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}: {} {}",
            self.kind.name(),
            self.msg,
            self.location_repr()
        )
    }
}

impl std::error::Error for SyntaxError {}
