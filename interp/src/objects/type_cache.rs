//! The per-thread type attribute cache: what `TypeObject::lookup` found
//! for a (type version, name) pair, so that repeated lookups along the same
//! MRO cost one probe.
//!
//! CPython: Objects/typeobject.c `_PyType_LookupRef` and its method cache
//! (`struct type_cache`, 4096 entries keyed by version tag and name).
//!
//! # Why entries may hold borrowed values
//! An entry is valid only while its type's version equals the entry's.
//! Versions are never reused (objects/type_.rs `fresh_version`), a heap
//! type that is modified gets a new one, and builtin types never change. So
//! a matching entry means the type exists, is unchanged, and still holds the
//! value in its namespace: the value is alive, and reading its word is
//! sound. The name is matched by address *and* hash, so a freed name whose
//! memory holds a different string cannot match by accident in practice.
//! Entries own nothing, so a thread may keep entries from several
//! interpreters: a hit can only be for a type of the interpreter asking
//! (versions are unique across interpreters), and nothing is ever dropped.

use std::cell::Cell;
use std::mem::ManuallyDrop;

use super::str::Str;
use super::value::Value;

const SIZE: usize = 4096;

#[derive(Clone, Copy)]
struct Entry {
    version: u32,
    name: usize,
    hash: i64,
    /// The value's word, or 0 for "not found".
    value: usize,
}

const EMPTY: Entry = Entry { version: 0, name: 0, hash: 0, value: 0 };

thread_local! {
    static CACHE: [Cell<Entry>; SIZE] = const { [const { Cell::new(EMPTY) }; SIZE] };
}

#[inline(always)]
fn index(version: u32, name: usize) -> usize {
    ((version as usize).wrapping_mul(0x9E37_79B9) ^ (name >> 4)) & (SIZE - 1)
}

/// `Some(answer)` on a hit (the answer may be "not found").
#[inline]
pub fn get(version: u32, name: &Str) -> Option<Option<Value>> {
    let key = name as *const Str as usize;
    CACHE.with(|c| {
        let e = c[index(version, key)].get();
        if e.version != version || e.name != key || e.hash != name.hash() {
            return None;
        }
        if e.value == 0 {
            return Some(None);
        }
        // SAFETY: a matching entry's value is alive (module docs); the word
        // is viewed without taking ownership, then cloned.
        let v = unsafe { ManuallyDrop::new(Value::from_word_unchecked(e.value)) };
        Some(Some((*v).clone()))
    })
}

/// Records the answer of a lookup.
#[inline]
pub fn put(version: u32, name: &Str, value: Option<&Value>) {
    let key = name as *const Str as usize;
    let entry = Entry { version, name: key, hash: name.hash(), value: value.map_or(0, |v| v.expose_word()) };
    CACHE.with(|c| c[index(version, key)].set(entry));
}
