//! Inline caches: what an instruction remembers between executions.
//!
//! CPython: Python/specialize.c, Include/internal/pycore_code.h (PEP 659).
//! CPython rewrites instructions into specialised forms and keeps their
//! caches in the CACHE units after them. oxpy keeps the instructions and
//! puts each cacheable instruction's state in an entry of its code object's
//! cache table ([`InlineCache`]); the first CACHE unit after the instruction
//! in the adaptive bytecode holds the entry's index (assigned when the code
//! object is made). A handler checks its entry's guard (a dict or type
//! version) and takes the fast path on a hit, or does the generic work and
//! refills the entry on a miss.
//!
//! Guards compare versions that are never reused (dict versions are unique
//! across all dicts and states, see objects/dict.rs; type versions are
//! unique per type state), so a stale entry can only miss.

use std::cell::Cell;

use compile::opcode::op;

/// The cached state of one instruction.
#[derive(Clone, Copy, Debug, Default)]
pub enum InlineCache {
    #[default]
    Empty,
    /// LOAD_GLOBAL found the name in the globals at `index`.
    Global { globals_version: u64, index: u32 },
    /// LOAD_GLOBAL found the name in the builtins at `index` (and not in the globals).
    Builtin { globals_version: u64, builtins_version: u64, index: u32 },
}

/// Opcodes with a cache entry.
fn has_entry(opcode: u16) -> bool {
    opcode == op::LOAD_GLOBAL
}

/// Assigns cache entries to the instructions of `units` (an adaptive copy of
/// a code core's bytecode) and returns the table.
pub fn assign(units: &[Cell<u16>]) -> Box<[Cell<InlineCache>]> {
    let mut n: u16 = 0;
    let mut i = 0;
    while i < units.len() {
        let opcode = units[i].get() & 0xff;
        let ncache = compile::opcode::CACHE_ENTRIES[opcode as usize] as usize;
        if has_entry(opcode) && ncache > 0 && i + 1 < units.len() && n < u16::MAX {
            units[i + 1].set(n);
            n += 1;
        }
        i += 1 + ncache;
    }
    (0..n).map(|_| Cell::new(InlineCache::Empty)).collect()
}

/// The cache entry index of the instruction at `ip` (its first CACHE unit).
#[inline(always)]
pub fn entry_index(units: &[Cell<u16>], ip: usize) -> usize {
    units.get(ip + 1).map_or(usize::MAX, |u| u.get() as usize)
}
