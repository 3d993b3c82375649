//! Reading a code core's location table and exception table: source
//! positions of instructions (tracebacks, `co_positions`, `co_lines`) and the
//! handler that covers an instruction.
//!
//! CPython: Objects/locations.md, Objects/codeobject.c (`_PyCode_InitAddressRange`,
//! `PyCode_Addr2Location`), Objects/exception_handling_notes.txt,
//! Python/ceval.c `get_exception_handler`.

use compile::code::CodeCore;

/// A source range: line, end line, column, end column (0-based UTF-8 byte
/// columns); `None` parts are unknown.
pub type Position = (Option<i32>, Option<i32>, Option<i32>, Option<i32>);

fn read_varint(t: &[u8], pos: &mut usize) -> u32 {
    let mut read = t.get(*pos).copied().unwrap_or(0) as u32;
    *pos += 1;
    let mut val = read & 63;
    let mut shift = 0;
    while read & 64 != 0 {
        read = t.get(*pos).copied().unwrap_or(0) as u32;
        *pos += 1;
        shift += 6;
        val |= (read & 63).checked_shl(shift).unwrap_or(0);
    }
    val
}

fn read_signed_varint(t: &[u8], pos: &mut usize) -> i32 {
    let u = read_varint(t, pos);
    if u & 1 != 0 { -((u >> 1) as i32) } else { (u >> 1) as i32 }
}

/// The position of every code unit, in order (`co_positions`).
pub fn positions(core: &CodeCore) -> Vec<Position> {
    let t = &core.linetable;
    let mut out = Vec::with_capacity(core.code.len());
    let mut pos = 0;
    let mut line = core.firstlineno;
    while pos < t.len() {
        let first = t[pos];
        pos += 1;
        let code = (first >> 3) & 15;
        let len = (first & 7) as usize + 1;
        let p: Position = match code {
            15 => (None, None, None, None),
            14 => {
                line += read_signed_varint(t, &mut pos);
                let end_line = line + read_varint(t, &mut pos) as i32;
                let col = read_varint(t, &mut pos) as i32 - 1;
                let end_col = read_varint(t, &mut pos) as i32 - 1;
                (Some(line), Some(end_line), (col >= 0).then_some(col), (end_col >= 0).then_some(end_col))
            }
            13 => {
                line += read_signed_varint(t, &mut pos);
                (Some(line), Some(line), None, None)
            }
            10..=12 => {
                line += code as i32 - 10;
                let col = t.get(pos).copied().unwrap_or(0) as i32;
                let end_col = t.get(pos + 1).copied().unwrap_or(0) as i32;
                pos += 2;
                (Some(line), Some(line), Some(col), Some(end_col))
            }
            _ => {
                let second = t.get(pos).copied().unwrap_or(0) as i32;
                pos += 1;
                let col = code as i32 * 8 + ((second >> 4) & 7);
                let end_col = col + (second & 15);
                (Some(line), Some(line), Some(col), Some(end_col))
            }
        };
        for _ in 0..len {
            out.push(p);
        }
    }
    out
}

/// The position of the code unit at index `unit`.
pub fn position_of(core: &CodeCore, unit: usize) -> Position {
    positions(core).get(unit).copied().unwrap_or((None, None, None, None))
}

/// `co_lines()`: (start byte offset, end byte offset, line) ranges, merging
/// runs of the same line as CPython does.
pub fn lines(core: &CodeCore) -> Vec<(usize, usize, Option<i32>)> {
    let mut out: Vec<(usize, usize, Option<i32>)> = Vec::new();
    for (i, p) in positions(core).into_iter().enumerate() {
        let start = i * 2;
        match out.last_mut() {
            Some(last) if last.2 == p.0 && last.1 == start => last.1 = start + 2,
            _ => out.push((start, start + 2, p.0)),
        }
    }
    out
}

/// The line of the code unit at index `unit` (`PyCode_Addr2Line`).
pub fn line_of(core: &CodeCore, unit: usize) -> Option<i32> {
    position_of(core, unit).0
}

/// An exception handler: where to jump, the stack depth to unwind to, and
/// whether to push the offset of the raising instruction.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Handler {
    pub target: usize,
    pub depth: usize,
    pub lasti: bool,
}

fn read_exc_varint(t: &[u8], pos: &mut usize) -> Option<usize> {
    let mut b = *t.get(*pos)?;
    *pos += 1;
    let mut val = (b & 63) as usize;
    while b & 64 != 0 {
        b = *t.get(*pos)?;
        *pos += 1;
        val = (val << 6) | (b & 63) as usize;
    }
    Some(val)
}

/// The handler covering the code unit at index `unit`, if any
/// (CPython `get_exception_handler`; units, not bytes).
pub fn handler_for(core: &CodeCore, unit: usize) -> Option<Handler> {
    let t = &core.exceptiontable;
    let mut pos = 0;
    while pos < t.len() {
        let start = read_exc_varint(t, &mut pos)?;
        let length = read_exc_varint(t, &mut pos)?;
        let target = read_exc_varint(t, &mut pos)?;
        let dl = read_exc_varint(t, &mut pos)?;
        if unit >= start && unit < start + length {
            return Some(Handler {
                target,
                depth: dl >> 1,
                lasti: dl & 1 != 0,
            });
        }
        if start > unit {
            return None;
        }
    }
    None
}

/// Decoders as methods of the code core, for the code object.
pub trait CodeTables {
    fn addr2line(&self, byte_offset: usize) -> Option<i32>;
    fn co_lines(&self) -> Vec<(usize, usize, Option<i32>)>;
    fn co_positions(&self) -> Vec<Position>;
}

impl CodeTables for CodeCore {
    fn addr2line(&self, byte_offset: usize) -> Option<i32> {
        line_of(self, byte_offset / 2)
    }

    fn co_lines(&self) -> Vec<(usize, usize, Option<i32>)> {
        lines(self)
    }

    fn co_positions(&self) -> Vec<Position> {
        positions(self)
    }
}
