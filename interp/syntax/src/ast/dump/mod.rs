//! `ast.dump(node, include_attributes=...)` of CPython 3.14 (Lib/ast.py `dump`
//! with `annotate_fields=True, indent=None, show_empty=False`).
//!
//! Output rules reproduced: fields in asdl order as `name=value`; a field is left
//! out when it is `None` and optional in the asdl, or an empty list; attributes
//! (`lineno`, ...) follow the fields when asked for. `repr()` of constants may
//! raise `ValueError` (ints over 4300 digits), and the recursion of the Python
//! `_format` helper raises `RecursionError` past the interpreter's recursion
//! limit; both are reproduced, at the same depth, as [`DumpError`].

mod fields;

use super::repr::{self, ReprError};
use super::{ConstantValue, Location, Mod};
use fields::dump_mod;
use std::fmt;
use std::fmt::Write;

/// An exception `ast.dump` raised.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DumpError {
    ValueError(String),
    RecursionError(String),
}

impl DumpError {
    /// The Python exception class name.
    pub fn type_name(&self) -> &'static str {
        match self {
            DumpError::ValueError(_) => "ValueError",
            DumpError::RecursionError(_) => "RecursionError",
        }
    }

    pub fn message(&self) -> &str {
        match self {
            DumpError::ValueError(m) | DumpError::RecursionError(m) => m,
        }
    }
}

impl fmt::Display for DumpError {
    /// The last line of the traceback: `ValueError: ...`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.type_name(), self.message())
    }
}

impl From<ReprError> for DumpError {
    fn from(e: ReprError) -> Self {
        match e {
            ReprError::ValueError(m) => DumpError::ValueError(m),
        }
    }
}

/// CPython's default `sys.getrecursionlimit()`.
pub const DEFAULT_RECURSION_LIMIT: usize = 1000;

/// The limits above which native recursion could exhaust a thread's stack;
/// larger requested limits are clamped to it.
const MAX_RECURSION_LIMIT: usize = 10_000;

/// Python frames active when the reference script's `ast.dump` enters its
/// first `_format`: the module frame and `dump` itself.
const REFERENCE_BASE_DEPTH: usize = 2;

/// `ast.dump(m, include_attributes=include_attributes)` with CPython's default
/// limits, as called from a script's top level (the reference script of
/// docs/parity.md).
pub fn dump(m: &Mod, include_attributes: bool) -> Result<String, DumpError> {
    dump_with_limits(
        m,
        include_attributes,
        repr::DEFAULT_MAX_STR_DIGITS,
        DEFAULT_RECURSION_LIMIT,
    )
}

/// [`dump`] with `sys.get_int_max_str_digits()` (0: unlimited) and
/// `sys.getrecursionlimit()` values of your choice (clamped to 10000).
pub fn dump_with_limits(
    m: &Mod,
    include_attributes: bool,
    max_str_digits: usize,
    recursion_limit: usize,
) -> Result<String, DumpError> {
    // The walk recurses once per tree level, up to the recursion limit: give it
    // a stack of its own so that this holds in any thread and any build profile
    // (debug frames are large). If no thread can be started, walk in place.
    std::thread::scope(|scope| {
        std::thread::Builder::new()
            .name("ast-dump".into())
            .stack_size(DUMP_STACK_SIZE)
            .spawn_scoped(scope, || {
                dump_in_place(m, include_attributes, max_str_digits, recursion_limit)
            })
            .ok()
            .and_then(|h| h.join().ok())
    })
    .unwrap_or_else(|| dump_in_place(m, include_attributes, max_str_digits, recursion_limit))
}

/// Enough for `MAX_RECURSION_LIMIT` levels of unoptimised frames.
const DUMP_STACK_SIZE: usize = 64 << 20;

fn dump_in_place(
    m: &Mod,
    include_attributes: bool,
    max_str_digits: usize,
    recursion_limit: usize,
) -> Result<String, DumpError> {
    let mut d = Dumper {
        out: String::with_capacity(4096),
        include_attributes,
        first: true,
        depth: REFERENCE_BASE_DEPTH,
        limit: recursion_limit.min(MAX_RECURSION_LIMIT),
        max_str_digits,
        pending: None,
    };
    dump_mod(&mut d, m)?;
    match d.pending {
        Some(e) => Err(e),
        None => Ok(d.out),
    }
}

fn recursion_error() -> DumpError {
    DumpError::RecursionError("maximum recursion depth exceeded".to_owned())
}

/// The output buffer plus the state `_format` keeps implicitly: whether a
/// separator is due, and how many Python frames the recursion has used.
pub(super) struct Dumper {
    out: String,
    include_attributes: bool,
    /// No field written yet in the node being printed.
    first: bool,
    /// Python frames active for the `_format` call of the current node.
    depth: usize,
    limit: usize,
    max_str_digits: usize,
    /// The first error met in a leaf; raised at the next node boundary, which
    /// is as good as raising it at once because the output is thrown away.
    pending: Option<DumpError>,
}

impl Dumper {
    fn sep(&mut self) {
        if !self.first {
            self.out.push_str(", ");
        }
        self.first = false;
    }

    /// A `_format(leaf)` call: one more frame, which may overflow.
    fn leaf_frame(&mut self) -> bool {
        if self.depth + 1 > self.limit {
            if self.pending.is_none() {
                self.pending = Some(recursion_error());
            }
            return false;
        }
        true
    }

    pub(super) fn open_node(&mut self, name: &str) -> Result<(), DumpError> {
        if let Some(e) = self.pending.take() {
            return Err(e);
        }
        self.depth += 1;
        if self.depth > self.limit {
            return Err(recursion_error());
        }
        self.out.push_str(name);
        self.out.push('(');
        self.first = true;
        Ok(())
    }

    pub(super) fn close_node(&mut self) {
        self.out.push(')');
        self.depth -= 1;
        self.first = false;
    }

    pub(super) fn key(&mut self, name: &str) {
        self.sep();
        self.out.push_str(name);
        self.out.push('=');
    }

    /// A non-empty list: `_format(list)` and its generator expression are two
    /// more frames under each element.
    pub(super) fn open_list(&mut self, name: &str) {
        self.key(name);
        self.out.push('[');
        self.depth += 2;
    }

    pub(super) fn list_item(&mut self, i: usize) {
        if i > 0 {
            self.out.push_str(", ");
        }
    }

    pub(super) fn close_list(&mut self) {
        self.out.push(']');
        self.depth -= 2;
        self.first = false;
    }

    pub(super) fn raw(&mut self, s: &str) {
        if self.leaf_frame() {
            self.out.push_str(s);
        }
    }

    /// A field-less node such as `Load()` inside a list.
    pub(super) fn simple(&mut self, name: &str) {
        if self.leaf_frame() {
            self.out.push_str(name);
            self.out.push_str("()");
        }
    }

    pub(super) fn simple_field(&mut self, key: &str, name: &str) {
        self.key(key);
        self.simple(name);
    }

    pub(super) fn str_field(&mut self, key: &str, v: &str) {
        self.key(key);
        if self.leaf_frame() {
            repr::str_repr_utf8(&mut self.out, v);
        }
    }

    pub(super) fn str_list(&mut self, key: &str, vs: &[Box<str>]) {
        if vs.is_empty() {
            return;
        }
        self.open_list(key);
        for (i, v) in vs.iter().enumerate() {
            self.list_item(i);
            if self.leaf_frame() {
                repr::str_repr_utf8(&mut self.out, v);
            }
        }
        self.close_list();
    }

    pub(super) fn int_field(&mut self, key: &str, v: i32) {
        self.key(key);
        if self.leaf_frame() {
            let _ = write!(self.out, "{v}");
        }
    }

    pub(super) fn constant_field(&mut self, key: &str, v: &ConstantValue) -> Result<(), DumpError> {
        self.key(key);
        // An earlier error wins over a later ValueError, as in Python.
        if self.leaf_frame() && self.pending.is_none() {
            repr::constant_repr(&mut self.out, v, self.max_str_digits)?;
        }
        Ok(())
    }

    pub(super) fn location(&mut self, loc: &Location) {
        if self.include_attributes {
            self.int_field("lineno", loc.lineno);
            self.int_field("col_offset", loc.col_offset);
            self.int_field("end_lineno", loc.end_lineno);
            self.int_field("end_col_offset", loc.end_col_offset);
        }
    }
}
