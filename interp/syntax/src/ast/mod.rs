//! CPython 3.14's abstract syntax tree: the node types of `Parser/Python.asdl`
//! ([`nodes`]), the values a `Constant` holds, and [`dump()`], which prints a tree
//! exactly as CPython's `ast.dump` does.
//!
//! Building nodes: every node-valued field is `Box<T>` / `Option<Box<T>>` /
//! `Vec<T>` (see [`nodes`]); locations are [`Location`]; identifiers are
//! [`Identifier`] (`Box<str>`); constants are [`ConstantValue`].

mod dump;
mod dump_nodes;
pub mod nodes;
pub mod reference;
pub mod repr;
mod teardown;
mod unicode_printable;

pub use dump::{DumpError, dump, dump_with_limits};
pub use nodes::*;

use num_bigint::BigInt;
use std::fmt;

/// Stack kept free before a recursive walk over the tree (clone) goes one level
/// deeper; below it the walk continues on a heap-allocated stack segment.
pub(crate) const RECURSION_RED_ZONE: usize = 128 * 1024;
pub(crate) const RECURSION_STACK_SEGMENT: usize = 2 * 1024 * 1024;

/// Tears the tree down level by level: the derived drop glue would recurse
/// once per tree level and overflow the stack on deep trees (see
/// [`teardown`]). Only `Mod` has this; a deep subtree dropped on its own still
/// recurses.
impl Drop for Mod {
    fn drop(&mut self) {
        let placeholder = || {
            Expr::new(
                ExprKind::Constant {
                    value: ConstantValue::None,
                    kind: None,
                },
                Location::default(),
            )
        };
        let mut deferred = Vec::new();
        match self {
            Mod::Module { body, .. } | Mod::Interactive { body } => {
                for s in std::mem::take(body) {
                    teardown::td_stmt(s, 0, &mut deferred);
                }
            }
            Mod::Expression { body } => {
                teardown::td_expr(
                    std::mem::replace(&mut **body, placeholder()),
                    0,
                    &mut deferred,
                );
            }
            Mod::FunctionType { argtypes, returns } => {
                for e in std::mem::take(argtypes) {
                    teardown::td_expr(e, 0, &mut deferred);
                }
                teardown::td_expr(
                    std::mem::replace(&mut **returns, placeholder()),
                    0,
                    &mut deferred,
                );
            }
        }
        teardown::run(&mut deferred);
    }
}

/// An identifier (`identifier` in the asdl), already NFKC-normalised by the parser.
pub type Identifier = Box<str>;

/// The location attributes of a node, as CPython's parser sets them: 1-based
/// lines, 0-based columns counted in UTF-8 bytes.
///
/// The asdl declares `end_lineno`/`end_col_offset` as `int?`, but CPython's C
/// structs hold plain ints (the parser always sets them), and so do we. `i32`
/// is C's `int`, which is what CPython stores.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Location {
    pub lineno: i32,
    pub col_offset: i32,
    pub end_lineno: i32,
    pub end_col_offset: i32,
}

impl Location {
    pub const fn new(lineno: i32, col_offset: i32, end_lineno: i32, end_col_offset: i32) -> Self {
        Location {
            lineno,
            col_offset,
            end_lineno,
            end_col_offset,
        }
    }
}

/// The value of a `Constant` node (and of `MatchSingleton`, `Interpolation.str`).
#[derive(Clone, Debug, PartialEq)]
pub enum ConstantValue {
    None,
    Bool(bool),
    Ellipsis,
    Int(PyInt),
    Float(f64),
    /// An imaginary literal is `Complex { real: 0.0, imag }`.
    Complex {
        real: f64,
        imag: f64,
    },
    Str(PyStr),
    Bytes(Box<[u8]>),
}

impl ConstantValue {
    /// `repr(value)` as CPython 3.14 prints it. Fails only where CPython raises:
    /// ints longer than 4300 decimal digits (see [`repr::int_repr`]).
    pub fn repr(&self) -> Result<String, repr::ReprError> {
        let mut s = String::new();
        repr::constant_repr(&mut s, self, repr::DEFAULT_MAX_STR_DIGITS)?;
        Ok(s)
    }
}

/// A Python `int` value: a machine word when it fits, else a bignum.
///
/// Invariant: `Big` holds only values outside `i64`'s range (use
/// [`PyInt::from_bigint`]), so equal values compare equal.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum PyInt {
    Small(i64),
    Big(Box<BigInt>),
}

impl PyInt {
    /// Normalises to `Small` when the value fits in an `i64`.
    pub fn from_bigint(v: BigInt) -> PyInt {
        match i64::try_from(&v) {
            Ok(small) => PyInt::Small(small),
            Err(_) => PyInt::Big(Box::new(v)),
        }
    }

    pub fn to_bigint(&self) -> BigInt {
        match self {
            PyInt::Small(v) => BigInt::from(*v),
            PyInt::Big(b) => (**b).clone(),
        }
    }
}

impl From<i64> for PyInt {
    fn from(v: i64) -> Self {
        PyInt::Small(v)
    }
}

impl From<BigInt> for PyInt {
    fn from(v: BigInt) -> Self {
        PyInt::from_bigint(v)
    }
}

/// A Python `str` value: a sequence of code points in `0..=0x10FFFF`, lone
/// surrogates included.
///
/// Stored as "generalised UTF-8": every code point is encoded on its own with
/// UTF-8's bit layout, a surrogate as the 3 bytes `ED A0..=BF 80..=BF`. Unlike
/// WTF-8, two surrogates that would form a pair stay two code points, because
/// in Python `"\ud83d\ude00"` is a 2-character string different from `"😀"`.
/// A value without surrogates is plain UTF-8 ([`PyStr::as_str`]).
#[derive(Clone, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PyStr(Box<[u8]>);

impl PyStr {
    pub fn new() -> PyStr {
        PyStr::default()
    }

    /// The generalised-UTF-8 bytes.
    pub fn as_bytes(&self) -> &[u8] {
        &self.0
    }

    /// The text as `&str` when it holds no surrogate code point.
    pub fn as_str(&self) -> Option<&str> {
        std::str::from_utf8(&self.0).ok()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// `len()` in Python terms: the number of code points.
    pub fn char_len(&self) -> usize {
        // Every code point has exactly one non-continuation byte.
        self.0.iter().filter(|&&b| (b & 0xC0) != 0x80).count()
    }

    /// The code points, surrogates included.
    pub fn code_points(&self) -> CodePoints<'_> {
        CodePoints {
            bytes: &self.0,
            pos: 0,
        }
    }
}

impl From<&str> for PyStr {
    fn from(s: &str) -> Self {
        PyStr(s.as_bytes().into())
    }
}

impl From<String> for PyStr {
    fn from(s: String) -> Self {
        PyStr(s.into_bytes().into_boxed_slice())
    }
}

impl From<Box<str>> for PyStr {
    fn from(s: Box<str>) -> Self {
        PyStr(s.into_boxed_bytes())
    }
}

impl From<PyStrBuf> for PyStr {
    fn from(b: PyStrBuf) -> Self {
        PyStr(b.0.into_boxed_slice())
    }
}

impl fmt::Debug for PyStr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut s = String::new();
        repr::str_repr(&mut s, self);
        f.write_str(&s)
    }
}

/// A growable [`PyStr`], for building string literals piece by piece.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PyStrBuf(Vec<u8>);

/// A code point above U+10FFFF was pushed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct InvalidCodePoint(pub u32);

impl PyStrBuf {
    pub fn new() -> PyStrBuf {
        PyStrBuf(Vec::new())
    }

    pub fn with_capacity(bytes: usize) -> PyStrBuf {
        PyStrBuf(Vec::with_capacity(bytes))
    }

    pub fn push_str(&mut self, s: &str) {
        self.0.extend_from_slice(s.as_bytes());
    }

    pub fn push_char(&mut self, c: char) {
        let mut b = [0u8; 4];
        self.0.extend_from_slice(c.encode_utf8(&mut b).as_bytes());
    }

    /// Appends any code point, a surrogate too; never merges surrogate pairs.
    pub fn push_code_point(&mut self, cp: u32) -> Result<(), InvalidCodePoint> {
        if let Some(c) = char::from_u32(cp) {
            self.push_char(c);
            Ok(())
        } else if (0xD800..=0xDFFF).contains(&cp) {
            self.0.extend_from_slice(&[
                0xE0 | (cp >> 12) as u8,
                0x80 | ((cp >> 6) & 0x3F) as u8,
                0x80 | (cp & 0x3F) as u8,
            ]);
            Ok(())
        } else {
            Err(InvalidCodePoint(cp))
        }
    }

    pub fn push_pystr(&mut self, s: &PyStr) {
        self.0.extend_from_slice(s.as_bytes());
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn clear(&mut self) {
        self.0.clear();
    }

    pub fn finish(self) -> PyStr {
        PyStr::from(self)
    }
}

/// Iterator over the code points of a [`PyStr`].
pub struct CodePoints<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl Iterator for CodePoints<'_> {
    type Item = u32;

    fn next(&mut self) -> Option<u32> {
        let rest = self.bytes.get(self.pos..)?;
        let &b0 = rest.first()?;
        let (len, init) = match b0 {
            0x00..=0x7F => (1, b0 as u32),
            0xC0..=0xDF => (2, (b0 & 0x1F) as u32),
            0xE0..=0xEF => (3, (b0 & 0x0F) as u32),
            _ => (4, (b0 & 0x07) as u32),
        };
        // The buffer is well-formed by construction; `get` keeps this total anyway.
        let tail = rest.get(1..len).unwrap_or(&[]);
        self.pos += 1 + tail.len();
        Some(
            tail.iter()
                .fold(init, |acc, &b| (acc << 6) | (b & 0x3F) as u32),
        )
    }
}
