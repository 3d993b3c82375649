//! CPython 3.14's abstract syntax tree: the node types of `Parser/Python.asdl`
//! ([`nodes`]), the values a `Constant` holds, and [`dump()`], which prints a tree
//! exactly as CPython's `ast.dump` does.
//!
//! Building nodes: every node-valued field is `Box<T>` / `Option<Box<T>>` /
//! `Vec<T>` (see [`nodes`]); locations are [`Location`]; identifiers are
//! [`Identifier`] (`Box<str>`); constants are [`ConstantValue`].

mod dump;
pub mod nodes;
pub mod repr;
mod teardown;

pub use codecs::{CodePoints, InvalidCodePoint, PyStr, PyStrBuf};
pub use dump::{DumpError, dump, dump_with_limits};
pub use nodes::*;

use num_bigint::BigInt;

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
