//! Compiled code: the immutable, `Send + Sync` core of a code object (DESIGN 4).
//!
//! A [`CodeCore`] is what CPython's `PyCodeObject` holds minus everything that
//! belongs to one interpreter: the unspecialised bytecode, the constants as plain
//! Rust data, the names and the tables. The compiler makes one per code unit;
//! nothing writes to it afterwards. Each interpreter wraps a core in its own
//! `code` object (its `co_consts` materialised once, its own adaptive copy of
//! the bytecode for quickening), so one core serves every interpreter that runs
//! the module.
//!
//! CPython: Include/cpython/code.h, Objects/codeobject.c.

use std::sync::Arc;
use syntax::ast::{PyInt, PyStr};

/// `co_flags` bits (`dis.COMPILER_FLAG_NAMES`, Include/cpython/code.h).
pub mod flags {
    pub const CO_OPTIMIZED: u32 = 0x0001;
    pub const CO_NEWLOCALS: u32 = 0x0002;
    pub const CO_VARARGS: u32 = 0x0004;
    pub const CO_VARKEYWORDS: u32 = 0x0008;
    pub const CO_NESTED: u32 = 0x0010;
    pub const CO_GENERATOR: u32 = 0x0020;
    pub const CO_NOFREE: u32 = 0x0040;
    pub const CO_COROUTINE: u32 = 0x0080;
    pub const CO_ITERABLE_COROUTINE: u32 = 0x0100;
    pub const CO_ASYNC_GENERATOR: u32 = 0x0200;
    pub const CO_HAS_DOCSTRING: u32 = 0x0400_0000;
    pub const CO_METHOD: u32 = 0x0800_0000;
    /// `from __future__ import ...` flags (`__future__.*.compiler_flag`).
    pub const CO_FUTURE_DIVISION: u32 = 0x2_0000;
    pub const CO_FUTURE_ABSOLUTE_IMPORT: u32 = 0x4_0000;
    pub const CO_FUTURE_WITH_STATEMENT: u32 = 0x8_0000;
    pub const CO_FUTURE_PRINT_FUNCTION: u32 = 0x10_0000;
    pub const CO_FUTURE_UNICODE_LITERALS: u32 = 0x20_0000;
    pub const CO_FUTURE_BARRY_AS_BDFL: u32 = 0x40_0000;
    pub const CO_FUTURE_GENERATOR_STOP: u32 = 0x80_0000;
    pub const CO_FUTURE_ANNOTATIONS: u32 = 0x100_0000;
}

/// `co_localspluskinds` bits (Include/internal/pycore_code.h `CO_FAST_*`).
pub mod kinds {
    pub const CO_FAST_ARG_POS: u8 = 0x02;
    pub const CO_FAST_ARG_KW: u8 = 0x04;
    pub const CO_FAST_ARG_VAR: u8 = 0x08;
    pub const CO_FAST_HIDDEN: u8 = 0x10;
    pub const CO_FAST_LOCAL: u8 = 0x20;
    pub const CO_FAST_CELL: u8 = 0x40;
    pub const CO_FAST_FREE: u8 = 0x80;
}

/// A constant of `co_consts`, as plain data (CPython: the objects
/// `_PyCode_ConstantKey` accepts). Interpreters turn each into an object once
/// per code object.
#[derive(Clone, Debug)]
pub enum Constant {
    None,
    Ellipsis,
    Bool(bool),
    Int(PyInt),
    Float(f64),
    Complex {
        real: f64,
        imag: f64,
    },
    Str(PyStr),
    Bytes(Box<[u8]>),
    Tuple(Box<[Constant]>),
    FrozenSet(Box<[Constant]>),
    /// `slice(start, stop, step)`, made by constant folding of `x[1:2]`.
    Slice(Box<[Constant; 3]>),
    Code(Arc<CodeCore>),
}

/// The immutable part of a code object. Field names are CPython's `co_*`
/// attribute names without the prefix.
#[derive(Debug)]
pub struct CodeCore {
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub stacksize: u32,
    /// `co_flags` ([`flags`]).
    pub flags: u32,
    pub firstlineno: i32,
    /// The code units, unspecialised: opcode in the low byte, oparg in the
    /// high byte, CACHE entries zeroed, as `co_code` shows them (little-endian).
    pub code: Box<[u16]>,
    pub consts: Box<[Constant]>,
    pub names: Box<[Box<str>]>,
    /// Locals, then cells, then free variables, as CPython lays out
    /// `localsplus`; [`CodeCore::localspluskinds`] says which is which.
    pub localsplusnames: Box<[Box<str>]>,
    /// `co_localspluskinds` ([`kinds`]), one per name.
    pub localspluskinds: Box<[u8]>,
    pub filename: Arc<str>,
    pub name: Box<str>,
    pub qualname: Box<str>,
    /// `co_linetable`, CPython 3.14's location table format
    /// (Objects/locations.md).
    pub linetable: Box<[u8]>,
    /// `co_exceptiontable`, CPython 3.14's format (Objects/exception_handling_notes.txt).
    pub exceptiontable: Box<[u8]>,
}

// Compiled code crosses threads and interpreters by design (DESIGN 4).
const _: () = {
    const fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<CodeCore>();
};

impl CodeCore {
    /// `co_nlocalsplus`: locals, cells and free variables.
    pub fn nlocalsplus(&self) -> usize {
        self.localsplusnames.len()
    }

    /// `co_framesize` less the frame header: slots for localsplus and the stack.
    pub fn framesize(&self) -> usize {
        self.nlocalsplus() + self.stacksize as usize
    }

    /// `co_code` as the bytes CPython shows.
    pub fn co_code_bytes(&self) -> Vec<u8> {
        self.code.iter().flat_map(|u| u.to_le_bytes()).collect()
    }
}
