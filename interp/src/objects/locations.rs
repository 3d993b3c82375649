//! Source positions and exception handlers of instructions, for the VM.
//!
//! The table formats are decoded by the compile crate (`CodeCore::co_positions`,
//! `addr2line`, tested against CPython's decoders); this file adapts them to
//! code-unit indices and adds the one lookup that runs on every raise,
//! [`handler_for`], which reads the exception table in place.
//!
//! CPython: Objects/locations.md, Python/ceval.c `get_exception_handler`.

pub use compile::code::Position;
use compile::code::CodeCore;

/// The position of the code unit at index `unit`.
pub fn position_of(core: &CodeCore, unit: usize) -> Position {
    core.co_positions().get(unit).copied().unwrap_or_default()
}

/// The line of the code unit at index `unit` (`PyCode_Addr2Line`).
pub fn line_of(core: &CodeCore, unit: usize) -> Option<i32> {
    let l = core.addr2line((unit * 2) as i32);
    (l >= 0).then_some(l)
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

/// The handler covering the code unit at index `unit`, if any (units, not
/// bytes). Entries are sorted by start and do not overlap, so the scan stops
/// at the first entry past `unit`.
pub fn handler_for(core: &CodeCore, unit: usize) -> Option<Handler> {
    let t = &core.exceptiontable;
    let mut pos = 0;
    while pos < t.len() {
        let start = read_exc_varint(t, &mut pos)?;
        let length = read_exc_varint(t, &mut pos)?;
        let target = read_exc_varint(t, &mut pos)?;
        let dl = read_exc_varint(t, &mut pos)?;
        if unit >= start && unit < start + length {
            return Some(Handler { target, depth: dl >> 1, lasti: dl & 1 != 0 });
        }
        if start > unit {
            return None;
        }
    }
    None
}
