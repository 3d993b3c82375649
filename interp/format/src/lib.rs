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
//! Text is generalised UTF-8 throughout (see [`text`]; the bytes of `codecs::PyStr`), so lone
//! surrogates pass through unchanged. The engines that need Python behaviour (calling `__format__`, `__index__`,
//! `__str__`, item lookups) ask the caller for it through traits, one request at a time, in
//! CPython's order, so side effects and the first error raised are the same as in CPython.
//!
//! How the interpreter uses it:
//! - `format(x, spec)` / `x.__format__(spec)` for exact int, float, complex, str:
//!   [`spec::int_format`], [`spec::float_format`], [`spec::complex_format`],
//!   [`spec::str_format`], with `type(x).__name__` for the messages. For a subclass, an empty
//!   spec means `str(x)` (which may be overridden), and `int.__format__` with a float type
//!   converts with `PyNumber_Float` (which a subclass may override): the caller does those.
//! - `str.format` / `format_map`: implement [`template::FormatArgs`], call
//!   [`template::format`]. `_string.formatter_parser` is [`template::MarkupIterator`];
//!   `_string.formatter_field_name_split` is [`template::field_name_split`] with `None`.
//! - `str % args` / `bytes % args`: implement [`percent::PercentArgs`], call
//!   [`percent::format_str`] / [`percent::format_bytes`].
//! - `repr(float)`: [`float::repr`]; `repr(complex)`: [`spec::complex_repr`]; `round(x)` and
//!   `round(x, n)`: [`float::round_to_int`], [`float::round`]; `float(int)`:
//!   [`float::int_to_f64`]; `int(float)`: [`float::f64_to_int`]; `float.hex`,
//!   `float.fromhex`: [`float::float_hex`], [`float::fromhex`].
//!
//! The locale is always "C" (what CPython has unless a program calls `locale.setlocale` for
//! LC_NUMERIC): type 'n' groups nothing and uses '.'.

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

#[cfg(test)]
mod robustness {
    //! Arbitrary input never panics (a panic reachable from Python source is a bug).

    use super::*;
    use crate::percent::{CharArg, PercentArgs};
    use crate::template::FormatArgs;

    struct Rng(u64);

    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0
        }

        /// Up to 6 units from an alphabet rich in format syntax; short, so widths stay small.
        fn text(&mut self) -> Vec<u8> {
            const ALPHABET: &[&[u8]] = &[
                b"{",
                b"}",
                b"%",
                b"(",
                b")",
                b"[",
                b"]",
                b".",
                b"!",
                b":",
                b"*",
                b",",
                b"_",
                b"<",
                b">",
                b"=",
                b"^",
                b"+",
                b"-",
                b" ",
                b"#",
                b"z",
                b"0",
                b"1",
                b"9",
                b"s",
                b"r",
                b"a",
                b"d",
                b"x",
                b"X",
                b"c",
                b"e",
                b"f",
                b"g",
                b"n",
                b"%",
                b"b",
                b"l",
                b"\xc3\xa9",
                b"\xed\xa0\x80",
                b"\xd9\xa3",
                b"\xff",
                b"\x80",
                b"p",
                b"i",
            ];
            let n = (self.next() % 7) as usize;
            let mut out = Vec::new();
            for _ in 0..n {
                out.extend_from_slice(ALPHABET[(self.next() % ALPHABET.len() as u64) as usize]);
            }
            out
        }
    }

    struct Args(u64);

    impl FormatArgs for Args {
        type Value = i64;
        type Error = FormatError;
        fn positional(&mut self, index: usize) -> Result<i64, FormatError> {
            Ok(index as i64)
        }
        fn keyword(&mut self, name: &[u8]) -> Result<i64, FormatError> {
            Ok(name.len() as i64)
        }
        fn getattr(&mut self, obj: i64, _: &[u8]) -> Result<i64, FormatError> {
            Ok(obj + 1)
        }
        fn getitem_index(&mut self, obj: i64, i: usize) -> Result<i64, FormatError> {
            Ok(obj.wrapping_add(i as i64))
        }
        fn getitem_str(&mut self, obj: i64, _: &[u8]) -> Result<i64, FormatError> {
            Ok(obj)
        }
        fn convert(&mut self, obj: i64, _: u8) -> Result<i64, FormatError> {
            Ok(-obj)
        }
        fn format(&mut self, obj: i64, spec: &[u8], out: &mut Vec<u8>) -> Result<(), FormatError> {
            out.extend(spec::int_format(&IntValue::Small(obj), spec, "int", 4300)?);
            Ok(())
        }
    }

    impl PercentArgs for Args {
        type Value = i64;
        type Error = FormatError;
        fn tuple_len(&self) -> Option<usize> {
            (!self.0.is_multiple_of(3)).then_some((self.0 % 4) as usize)
        }
        fn is_mapping(&self) -> bool {
            self.0.is_multiple_of(3)
        }
        fn args(&mut self) -> i64 {
            7
        }
        fn item(&mut self, index: usize) -> i64 {
            index as i64 * 3 - 2
        }
        fn get_key(&mut self, key: &[u8]) -> Result<i64, FormatError> {
            Ok(key.len() as i64)
        }
        fn type_name(&self, _: &i64) -> String {
            "int".into()
        }
        fn qualified_type_name(&self, _: &i64) -> String {
            "int".into()
        }
        fn star_arg(&mut self, v: &i64) -> Result<Option<IntValue>, FormatError> {
            Ok(Some(IntValue::Small(*v)))
        }
        fn text(&mut self, v: &i64, _: u8) -> Result<Vec<u8>, FormatError> {
            Ok(v.to_string().into_bytes())
        }
        fn bytes(&mut self, v: &i64) -> Result<Option<Vec<u8>>, FormatError> {
            Ok((*v > 0).then(|| b"by".to_vec()))
        }
        fn integer(&mut self, v: &i64, _: bool) -> Result<Option<IntValue>, FormatError> {
            Ok(Some(IntValue::Small(*v)))
        }
        fn float(&mut self, v: &i64) -> Result<f64, FormatError> {
            Ok(*v as f64 / 3.0)
        }
        fn char_arg(&mut self, v: &i64, _: bool) -> Result<CharArg, FormatError> {
            Ok(CharArg::Int(Some(*v)))
        }
    }

    #[test]
    fn random_inputs_do_not_panic() {
        let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
        let floats = [
            0.0,
            -0.0,
            1.5,
            -2.5e-300,
            1e300,
            f64::NAN,
            f64::INFINITY,
            5e-324,
        ];
        for i in 0..40_000u64 {
            let t = rng.text();
            let x = floats[(i % floats.len() as u64) as usize];
            let _ = spec::parse_spec(&t, spec::Kind::Int, "int");
            let _ = spec::int_format(&IntValue::Small(i as i64 - 20_000), &t, "int", 4300);
            let _ = spec::int_format(&IntValue::Big(BigInt::from(u128::MAX)), &t, "int", 10);
            let _ = spec::float_format(x, &t, "float");
            let _ = spec::complex_format(x, -x, &t, "complex");
            let _ = spec::str_format(&t, &t, "str");
            let _ = template::format(&t, &mut Args(i));
            for m in template::MarkupIterator::new(&t).take(10) {
                if let Ok(template::Markup { field: Some(f), .. }) = m
                    && let Ok((_, rest)) = template::field_name_split(f.name, None)
                {
                    rest.take(10).for_each(drop);
                }
            }
            let _ = percent::format_str(&t, &mut Args(i));
            let _ = percent::format_bytes(&t, &mut Args(i));
            let _ = float::fromhex(&t);
            let _ = float::round(x, (i as i64 % 700) - 350);
        }
    }
}
