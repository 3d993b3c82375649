//! CPython 3.14's text formatting, as a pure engine with no Python objects.
//!
//! - [`spec`]: the format-spec mini-language (`format(x, spec)`, `f"{x:spec}"`) for int,
//!   float, complex and str. CPython: Python/formatter_unicode.c.
//! - [`float`]: `repr(float)`, `PyOS_double_to_string` ('e', 'f', 'g', 'r'), `round(x, n)`,
//!   `float.hex` / `float.fromhex`, int <-> float conversions. CPython: Python/pystrtod.c,
//!   Objects/floatobject.c.
//! - [`template`]: `str.format` / `format_map` templates and `string.Formatter` parsing.
//!   CPython: Objects/stringlib/unicode_format.h.
//! - [`percent`]: `%`-formatting of str and bytes. CPython: Objects/unicodeobject.c
//!   `PyUnicode_Format`, Objects/bytesobject.c `_PyBytes_FormatEx`.
//!
//! Text is generalised UTF-8 throughout (see [`text`]), so lone surrogates pass through
//! unchanged. The engines that need Python behaviour (calling `__format__`, `__index__`,
//! `__str__`, item lookups) ask the caller for it through traits, one request at a time, in
//! CPython's order, so side effects and the first error raised are the same as in CPython.

pub mod float;
pub mod percent;
pub mod spec;
pub mod template;
pub mod text;
mod unicode_decimal;

use std::borrow::Cow;
use std::fmt;

use num_bigint::BigInt;

/// The Python exception a [`FormatError`] stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ErrorKind {
    ValueError,
    TypeError,
    OverflowError,
    MemoryError,
}

impl ErrorKind {
    /// The exception's name, as Python spells it.
    pub fn name(self) -> &'static str {
        match self {
            ErrorKind::ValueError => "ValueError",
            ErrorKind::TypeError => "TypeError",
            ErrorKind::OverflowError => "OverflowError",
            ErrorKind::MemoryError => "MemoryError",
        }
    }
}

/// An exception raised by the formatting engines: its type and message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormatError {
    pub kind: ErrorKind,
    /// The message, in generalised UTF-8: it can quote a format spec, which may hold lone
    /// surrogates (`"Invalid format specifier '...' for object of type 'int'"`).
    pub msg: Vec<u8>,
}

impl FormatError {
    pub fn new(kind: ErrorKind, msg: impl Into<Vec<u8>>) -> FormatError {
        FormatError {
            kind,
            msg: msg.into(),
        }
    }

    pub fn value(msg: impl Into<Vec<u8>>) -> FormatError {
        FormatError::new(ErrorKind::ValueError, msg)
    }

    pub fn type_error(msg: impl Into<Vec<u8>>) -> FormatError {
        FormatError::new(ErrorKind::TypeError, msg)
    }

    pub fn overflow(msg: impl Into<Vec<u8>>) -> FormatError {
        FormatError::new(ErrorKind::OverflowError, msg)
    }

    /// CPython raises MemoryError with no message when an allocation fails.
    pub fn memory() -> FormatError {
        FormatError::new(ErrorKind::MemoryError, Vec::new())
    }

    /// The message for display; lone surrogates become U+FFFD.
    pub fn msg_lossy(&self) -> Cow<'_, str> {
        String::from_utf8_lossy(&self.msg)
    }
}

impl fmt::Display for FormatError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.kind.name(), self.msg_lossy())
    }
}

impl std::error::Error for FormatError {}

/// A Python int handed to an engine: small values avoid bigint arithmetic.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum IntValue {
    Small(i64),
    Big(BigInt),
}

impl From<i64> for IntValue {
    fn from(v: i64) -> Self {
        IntValue::Small(v)
    }
}

impl From<BigInt> for IntValue {
    fn from(v: BigInt) -> Self {
        IntValue::Big(v)
    }
}

/// Reserves room for `extra` more bytes, reporting MemoryError instead of aborting when a
/// huge width or precision asks for more memory than there is.
pub(crate) fn reserve(out: &mut Vec<u8>, extra: usize) -> Result<(), FormatError> {
    out.try_reserve(extra).map_err(|_| FormatError::memory())
}
