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

/// The text dump of code objects that the compiler corpus compares with
/// CPython's (scripts/record_code.py writes the same for CPython's code
/// objects; keep the two in step).
pub mod dump {
    use super::{CodeCore, Constant};
    use crate::opcode::OPNAMES;
    use std::fmt::Write;
    use std::sync::Arc;
    use syntax::ast::repr;

    /// `float.hex()` (NaNs by their bits): exact, and free of any choice
    /// between repr's candidate digit strings.
    fn float_repr(out: &mut String, x: f64) {
        let bits = x.to_bits();
        if x.is_nan() {
            let _ = write!(out, "nan:{bits:016x}");
            return;
        }
        if x.is_sign_negative() {
            out.push('-');
        }
        if x.is_infinite() {
            out.push_str("inf");
            return;
        }
        let exp = ((bits >> 52) & 0x7ff) as i64;
        let mant = bits & 0xf_ffff_ffff_ffff;
        if exp == 0 && mant == 0 {
            out.push_str("0x0.0p+0");
        } else if exp == 0 {
            let _ = write!(out, "0x0.{mant:013x}p-1022");
        } else {
            let e = exp - 1023;
            let _ = write!(
                out,
                "0x1.{mant:013x}p{}{}",
                if e >= 0 { "+" } else { "-" },
                e.abs()
            );
        }
    }

    /// The canonical repr of a constant; `code_ref` names a code object.
    pub fn const_repr(out: &mut String, c: &Constant, code_ref: &dyn Fn(&Arc<CodeCore>) -> String) {
        match c {
            Constant::None => out.push_str("None"),
            Constant::Ellipsis => out.push_str("Ellipsis"),
            Constant::Bool(b) => out.push_str(if *b { "True" } else { "False" }),
            Constant::Int(i) => {
                let _ = repr::int_repr(out, i, 0);
            }
            Constant::Float(f) => float_repr(out, *f),
            Constant::Complex { real, imag } => {
                out.push_str("complex(");
                float_repr(out, *real);
                out.push_str(", ");
                float_repr(out, *imag);
                out.push(')');
            }
            Constant::Str(s) => repr::str_repr(out, s),
            Constant::Bytes(b) => repr::bytes_repr(out, b),
            Constant::Tuple(items) => {
                out.push('(');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    const_repr(out, item, code_ref);
                }
                if items.len() == 1 {
                    out.push(',');
                }
                out.push(')');
            }
            Constant::FrozenSet(items) => {
                if items.is_empty() {
                    out.push_str("frozenset()");
                    return;
                }
                let mut reprs: Vec<String> = items
                    .iter()
                    .map(|item| {
                        let mut s = String::new();
                        const_repr(&mut s, item, code_ref);
                        s
                    })
                    .collect();
                reprs.sort();
                out.push_str("frozenset({");
                out.push_str(&reprs.join(", "));
                out.push_str("})");
            }
            Constant::Slice(parts) => {
                out.push_str("slice(");
                for (i, part) in parts.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    const_repr(out, part, code_ref);
                }
                out.push(')');
            }
            Constant::Code(code) => out.push_str(&code_ref(code)),
        }
    }

    /// The lines of one unit's dump.
    pub fn unit_lines(co: &CodeCore, code_ref: &dyn Fn(&Arc<CodeCore>) -> String) -> Vec<String> {
        let mut out = Vec::new();
        out.push(format!("name {}", co.name));
        out.push(format!("qualname {}", co.qualname));
        out.push(format!("firstlineno {}", co.firstlineno));
        out.push(format!(
            "argcount {} posonlyargcount {} kwonlyargcount {}",
            co.argcount, co.posonlyargcount, co.kwonlyargcount
        ));
        out.push(format!("stacksize {}", co.stacksize));
        out.push(format!("flags 0x{:x}", co.flags));
        let mut lp = String::from("localsplus");
        for (n, k) in co.localsplusnames.iter().zip(co.localspluskinds.iter()) {
            let _ = write!(lp, " {n}:0x{k:02x}");
        }
        out.push(lp);
        let mut names = String::from("names");
        for n in co.names.iter() {
            names.push(' ');
            names.push_str(n);
        }
        out.push(names);
        out.push(format!("consts {}", co.consts.len()));
        for (i, c) in co.consts.iter().enumerate() {
            let mut s = format!("  {i} ");
            const_repr(&mut s, c, code_ref);
            out.push(s);
        }
        out.push(format!("code {}", co.code.len()));
        for unit in co.code.iter() {
            let opname = OPNAMES.get((unit & 0xFF) as usize).copied().unwrap_or("");
            out.push(format!("  {} {}", opname, unit >> 8));
        }
        out.push(format!("linetable {}", hex(&co.linetable)));
        out.push(format!("exceptiontable {}", hex(&co.exceptiontable)));
        out
    }

    fn hex(b: &[u8]) -> String {
        let mut s = String::with_capacity(b.len() * 2);
        for x in b {
            let _ = write!(s, "{x:02x}");
        }
        s
    }

    fn collect(co: &Arc<CodeCore>, units: &mut Vec<Arc<CodeCore>>) {
        units.push(co.clone());
        fn walk(c: &Constant, units: &mut Vec<Arc<CodeCore>>) {
            match c {
                Constant::Code(code) => collect(code, units),
                Constant::Tuple(items) | Constant::FrozenSet(items) => {
                    for item in items.iter() {
                        walk(item, units);
                    }
                }
                _ => {}
            }
        }
        for c in co.consts.iter() {
            walk(c, units);
        }
    }

    /// The dump of a code object and everything nested in it, units in
    /// preorder, nested code written `<code #N>`.
    pub fn dump_tree(top: &Arc<CodeCore>) -> String {
        let mut units = Vec::new();
        collect(top, &mut units);
        let index = |c: &Arc<CodeCore>| {
            units
                .iter()
                .position(|u| Arc::ptr_eq(u, c))
                .map_or_else(|| "<code ?>".to_string(), |i| format!("<code #{i}>"))
        };
        let mut out = String::new();
        for (i, co) in units.iter().enumerate() {
            let _ = writeln!(out, "unit {i}");
            for line in unit_lines(co, &index) {
                out.push_str(&line);
                out.push('\n');
            }
        }
        out
    }

    /// Nested code written `<code NAME FIRSTLINENO>`, as the flowgraph corpus does.
    pub fn shallow_ref(c: &Arc<CodeCore>) -> String {
        format!("<code {} {}>", c.name, c.firstlineno)
    }
}

/// The dump of what oxpy compiles `source` to (`compile(source, filename,
/// "exec")`), or `error TYPE: MESSAGE (LINENO, OFFSET)`, as
/// scripts/record_code.py writes CPython's.
pub fn compile_dump(source: &[u8], filename: &str) -> String {
    compile_dump_with(source, filename, 0)
}

/// [`compile_dump`] at an optimisation level (`compile(..., optimize=N)`).
pub fn compile_dump_with(source: &[u8], filename: &str, optimize: i32) -> String {
    let module = match syntax::parser::parse_module(source, filename) {
        Ok(m) => m,
        Err(e) => {
            return format!(
                "error {}: {} ({}, {})\n",
                e.kind.name(),
                e.msg,
                syntax::syntax_error::SyntaxError::field_repr(e.lineno),
                syntax::syntax_error::SyntaxError::field_repr(e.offset)
            );
        }
    };
    match crate::compile(
        &module,
        filename,
        syntax::parser::Mode::Exec,
        crate::CompileFlags::default(),
        optimize,
    ) {
        Ok(c) => dump::dump_tree(&c.code),
        Err(e) => format!(
            "error {}: {} ({}, {})\n",
            e.kind.name(),
            e.msg,
            syntax::syntax_error::SyntaxError::field_repr(e.lineno),
            syntax::syntax_error::SyntaxError::field_repr(e.offset)
        ),
    }
}

/// One entry of `co_lines()`: code offsets `start..end` (bytes) on `line`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LineRange {
    pub start: u32,
    pub end: u32,
    /// `None` for instructions without a line (CPython's `None`).
    pub line: Option<i32>,
}

/// One entry of `co_positions()`: the source span of a code unit.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Position {
    pub lineno: Option<i32>,
    pub end_lineno: Option<i32>,
    pub col_offset: Option<i32>,
    pub end_col_offset: Option<i32>,
}

/// An exception table entry (InternalDocs/exception_handling.md), offsets in
/// code units: `start..end` is covered by the handler at `target`, entered
/// with the stack cut to `depth` items (plus the offset of the raising
/// instruction pushed first when `lasti`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExceptionEntry {
    pub start: u32,
    pub end: u32,
    pub target: u32,
    pub depth: u32,
    pub lasti: bool,
}

/// Reads the location table (Objects/locations.md) one entry at a time, as
/// CPython's `PyCodeAddressRange` does. Offsets are in bytes.
struct LineTableReader<'a> {
    table: &'a [u8],
    pos: usize,
    computed_line: i32,
    start: u32,
    end: u32,
}

impl<'a> LineTableReader<'a> {
    fn new(table: &'a [u8], firstlineno: i32) -> Self {
        LineTableReader {
            table,
            pos: 0,
            computed_line: firstlineno,
            start: 0,
            end: 0,
        }
    }

    fn byte(&mut self) -> u32 {
        let b = self.table.get(self.pos).copied().unwrap_or(0);
        self.pos += 1;
        b as u32
    }

    fn varint(&mut self) -> u32 {
        let mut read = self.byte();
        let mut val = read & 63;
        let mut shift = 0;
        while read & 64 != 0 && shift < 30 {
            read = self.byte();
            shift += 6;
            val |= (read & 63) << shift;
        }
        val
    }

    fn signed_varint(&mut self) -> i32 {
        let uval = self.varint();
        if uval & 1 != 0 {
            -((uval >> 1) as i32)
        } else {
            (uval >> 1) as i32
        }
    }

    /// `advance_with_locations`: the next entry's (line, end line, column,
    /// end column), -1 where absent; `None` at the end of the table.
    fn next_entry(&mut self) -> Option<(i32, i32, i32, i32)> {
        if self.pos >= self.table.len() {
            return None;
        }
        let first = self.byte();
        let code = (first >> 3) & 15;
        self.start = self.end;
        self.end = self.start + ((first & 7) + 1) * 2;
        let r = match code {
            15 => (-1, -1, -1, -1),
            14 => {
                self.computed_line += self.signed_varint();
                let line = self.computed_line;
                let end_line = line + self.varint() as i32;
                let col = self.varint() as i32 - 1;
                let end_col = self.varint() as i32 - 1;
                (line, end_line, col, end_col)
            }
            13 => {
                self.computed_line += self.signed_varint();
                (self.computed_line, self.computed_line, -1, -1)
            }
            10..=12 => {
                self.computed_line += code as i32 - 10;
                let col = self.byte() as i32;
                let end_col = self.byte() as i32;
                (self.computed_line, self.computed_line, col, end_col)
            }
            _ => {
                let second = self.byte();
                let col = ((code << 3) | (second >> 4)) as i32;
                (
                    self.computed_line,
                    self.computed_line,
                    col,
                    col + (second & 15) as i32,
                )
            }
        };
        // Skip to the next entry start, as CPython does for stray bytes.
        while self.pos < self.table.len() && self.table[self.pos] & 128 == 0 {
            self.pos += 1;
        }
        Some(r)
    }
}

fn opt(v: i32) -> Option<i32> {
    (v >= 0).then_some(v)
}

impl CodeCore {
    /// `co_lines()`: ranges of byte offsets with their line, consecutive
    /// ranges on the same line merged.
    ///
    /// CPython: Objects/codeobject.c `lineiter_next`.
    pub fn co_lines(&self) -> Vec<LineRange> {
        let mut r = LineTableReader::new(&self.linetable, self.firstlineno);
        let mut out: Vec<LineRange> = Vec::new();
        let mut pending: Option<LineRange> = None;
        while let Some((line, ..)) = r.next_entry() {
            let line = opt(line);
            match &mut pending {
                Some(p) if p.line == line => p.end = r.end,
                _ => {
                    if let Some(p) = pending.take() {
                        out.push(p);
                    }
                    pending = Some(LineRange {
                        start: r.start,
                        end: r.end,
                        line,
                    });
                }
            }
        }
        out.extend(pending);
        out
    }

    /// `co_positions()`: one source span per code unit.
    ///
    /// CPython: Objects/codeobject.c `positionsiter_next`.
    pub fn co_positions(&self) -> Vec<Position> {
        let mut r = LineTableReader::new(&self.linetable, self.firstlineno);
        let mut out = Vec::with_capacity(self.code.len());
        while let Some((line, end_line, col, end_col)) = r.next_entry() {
            let p = Position {
                lineno: opt(line),
                end_lineno: opt(end_line),
                col_offset: opt(col),
                end_col_offset: opt(end_col),
            };
            for _ in (r.start..r.end).step_by(2) {
                out.push(p);
            }
        }
        out
    }

    /// `PyCode_Addr2Line`: the line of the instruction at byte offset
    /// `addr`, `-1` when it has none (or lies past the table); a negative
    /// `addr` gives `co_firstlineno`.
    pub fn addr2line(&self, addr: i32) -> i32 {
        if addr < 0 {
            return self.firstlineno;
        }
        let mut r = LineTableReader::new(&self.linetable, self.firstlineno);
        while let Some((line, ..)) = r.next_entry() {
            if (addr as u32) < r.end {
                return line;
            }
        }
        -1
    }

    /// The exception table's entries, in order.
    pub fn exception_entries(&self) -> Vec<ExceptionEntry> {
        parse_exception_table(&self.exceptiontable)
    }

    /// The handler covering the instruction at `index` (in code units), as
    /// CPython's `get_exception_handler` finds it (Python/ceval.c).
    pub fn exception_handler(&self, index: u32) -> Option<ExceptionEntry> {
        let entries = self.exception_entries();
        // Entries are sorted by start and do not overlap.
        let k = entries.partition_point(|e| e.start <= index);
        let e = *entries.get(k.checked_sub(1)?)?;
        (index < e.end).then_some(e)
    }
}

/// Parses an exception table: 6-bit big-endian varints, bit 6 meaning "more
/// follows", bit 7 marking the first byte of an entry.
pub fn parse_exception_table(table: &[u8]) -> Vec<ExceptionEntry> {
    let mut out = Vec::new();
    let mut pos = 0;
    let varint = |pos: &mut usize| -> Option<u32> {
        let mut b = *table.get(*pos)?;
        *pos += 1;
        let mut val = (b & 63) as u32;
        while b & 64 != 0 {
            b = *table.get(*pos)?;
            *pos += 1;
            val = (val << 6) | (b & 63) as u32;
        }
        Some(val)
    };
    while pos < table.len() {
        let (Some(start), Some(size), Some(target), Some(dl)) = (
            varint(&mut pos),
            varint(&mut pos),
            varint(&mut pos),
            varint(&mut pos),
        ) else {
            break;
        };
        out.push(ExceptionEntry {
            start,
            end: start + size,
            target,
            depth: dl >> 1,
            lasti: dl & 1 != 0,
        });
    }
    out
}
