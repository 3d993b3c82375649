//! `dict` storage: a compact, insertion-ordered hash table with CPython's
//! probing, and the Rust API the VM uses. The Python-visible type is in
//! `dict_type.rs`.
//!
//! CPython: Objects/dictobject.c.
//!
//! # Calls into Python during a lookup
//! Comparing keys may run `__eq__`, which may mutate this very dict. No
//! borrow of the table is held across such a call: the lookup copies out the
//! candidate key, releases the table, compares, and restarts if the table
//! changed meanwhile (CPython's `dk` identity check in `_Py_dict_lookup`).
//! Exact str and int keys compare without calling Python.

use std::cell::{Cell, RefCell};

use super::str::Str;
use super::value::{LayoutId, Payload, PyRef, Value, alloc};
use crate::vm::{PyResult, Vm};

const EMPTY: u32 = u32::MAX;
const DUMMY: u32 = u32::MAX - 1;
const PERTURB_SHIFT: u32 = 5;
const MIN_SIZE: usize = 8;

struct Entry {
    hash: i64,
    key: Value,
    value: Value,
}

#[derive(Default)]
struct Table {
    /// Open-addressing index into `entries` (or EMPTY / DUMMY); a power of two long.
    indices: Vec<u32>,
    /// Insertion-ordered entries; deleted ones are `None` until a resize.
    entries: Vec<Option<Entry>>,
    used: usize,
    /// Some key is not an exact str (CPython's keys kind is then not
    /// DICT_KEYS_UNICODE): name lookups must use the generic comparison.
    non_str_keys: bool,
}

/// The payload of a `dict`.
pub struct Dict {
    table: RefCell<Table>,
    /// Bumped on every change of the table's shape (insert of a new key,
    /// delete, resize, clear); lookups that called Python restart when it moved.
    version: Cell<u64>,
}

// SAFETY: Dict is the only payload with LayoutId::Dict.
unsafe impl Payload for Dict {
    const LAYOUT: LayoutId = LayoutId::Dict;
}

thread_local! {
    /// This thread's next dict version: its own range of the 64-bit space
    /// (the high 20 bits name the thread), so no two states of any two dicts
    /// share a version and caches keyed on one can compare versions alone.
    static NEXT_VERSION: Cell<u64> = Cell::new(thread_version_base());
}

fn thread_version_base() -> u64 {
    static THREADS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
    // Relaxed: only uniqueness matters; once per thread.
    THREADS.fetch_add(1, std::sync::atomic::Ordering::Relaxed) << 44
}

/// A version no dict state has had yet.
#[inline]
fn next_version() -> u64 {
    NEXT_VERSION.with(|c| {
        let v = c.get() + 1;
        c.set(v);
        v
    })
}

/// Where a lookup ended.
enum Found {
    /// Index into `entries`.
    At(usize),
    /// Not present; `slot` is the first free index slot on the probe path.
    Missing,
}

/// Whether two keys can be compared without running Python code, and the result.
#[inline]
fn fast_key_eq(a: &Value, b: &Value) -> Option<bool> {
    if a.is(b) {
        return Some(true);
    }
    if a.is_small_int() && b.is_small_int() {
        return Some(false);
    }
    let str_ty = super::str::STR_TYPE.get();
    if a.is_type(str_ty) && b.is_type(str_ty) {
        // SAFETY: both are exact strs.
        let (x, y) = unsafe { (a.downcast_unchecked::<Str>(), b.downcast_unchecked::<Str>()) };
        return Some(x.eq_str(y));
    }
    None
}

impl Table {
    fn with_capacity(n: usize) -> Table {
        let size = index_size_for(n);
        Table {
            indices: vec![EMPTY; size],
            entries: Vec::with_capacity(n),
            used: 0,
            non_str_keys: false,
        }
    }

    #[inline]
    fn mask(&self) -> usize {
        self.indices.len().wrapping_sub(1)
    }

    /// Probes for `hash`; calls `eq` on each entry with an equal hash. `eq`
    /// must not call Python (see `Dict::lookup` for the general case).
    fn find_fast(&self, hash: i64, mut eq: impl FnMut(&Value) -> Option<bool>) -> Result<Found, usize> {
        if self.indices.is_empty() {
            return Ok(Found::Missing);
        }
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let ix = self.indices[i];
            if ix == EMPTY {
                return Ok(Found::Missing);
            }
            if ix != DUMMY {
                if let Some(e) = &self.entries[ix as usize] {
                    if e.hash == hash {
                        match eq(&e.key) {
                            Some(true) => return Ok(Found::At(ix as usize)),
                            Some(false) => {}
                            // Needs Python: report which entry.
                            None => return Err(ix as usize),
                        }
                    }
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(perturb as usize).wrapping_add(1)) & mask;
        }
    }

    /// The index slot where a new entry for `hash` goes.
    fn free_slot(&self, hash: i64) -> usize {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let ix = self.indices[i];
            if ix == EMPTY || ix == DUMMY {
                return i;
            }
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(perturb as usize).wrapping_add(1)) & mask;
        }
    }

    /// The index slot that refers to entry `ix`.
    fn slot_of(&self, hash: i64, ix: usize) -> Option<usize> {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let cur = self.indices[i];
            if cur == EMPTY {
                return None;
            }
            if cur as usize == ix {
                return Some(i);
            }
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(perturb as usize).wrapping_add(1)) & mask;
        }
    }

    fn needs_resize(&self) -> bool {
        // CPython: usable = 2/3 of the index size.
        self.indices.is_empty() || self.entries.len() + 1 > (self.indices.len() * 2) / 3
    }

    fn resize(&mut self) {
        let size = index_size_for(self.used * 3 / 2 + 1);
        let mut entries: Vec<Option<Entry>> = Vec::with_capacity(size * 2 / 3);
        for e in self.entries.drain(..).flatten() {
            entries.push(Some(e));
        }
        self.entries = entries;
        self.indices = vec![EMPTY; size];
        for (n, e) in self.entries.iter().enumerate() {
            if let Some(e) = e {
                let slot = self.free_slot(e.hash);
                self.indices[slot] = n as u32;
            }
        }
    }

    fn insert_new(&mut self, hash: i64, key: Value, value: Value) {
        if !key.is_type(super::str::STR_TYPE.get()) {
            self.non_str_keys = true;
        }
        if self.needs_resize() {
            self.resize();
        }
        let slot = self.free_slot(hash);
        self.indices[slot] = self.entries.len() as u32;
        self.entries.push(Some(Entry { hash, key, value }));
        self.used += 1;
    }
}

fn index_size_for(n: usize) -> usize {
    let want = (n * 3).div_ceil(2).max(MIN_SIZE);
    want.next_power_of_two()
}

impl Dict {
    pub fn new() -> Dict {
        Dict {
            table: RefCell::new(Table::default()),
            version: Cell::new(next_version()),
        }
    }

    pub fn with_capacity(n: usize) -> Dict {
        Dict {
            table: RefCell::new(Table::with_capacity(n)),
            version: Cell::new(next_version()),
        }
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.table.borrow().used
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn bump(&self) {
        self.version.set(next_version());
    }

    /// A counter that changes whenever keys are added or removed.
    pub fn version(&self) -> u64 {
        self.version.get()
    }

    /// Finds `key` (hash known), calling `__eq__` where needed. The probe
    /// state lives outside the table borrow, so Python code can run between
    /// steps; if it changed the table, the probe starts over.
    /// CPython: Objects/dictobject.c `_Py_dict_lookup` (generic path).
    fn lookup(&self, vm: &Vm, key: &Value, hash: i64) -> PyResult<Found> {
        'restart: loop {
            let start_version = self.version.get();
            let mut perturb = hash as u64;
            let mut i = hash as u64 as usize;
            loop {
                let candidate = {
                    let t = self.table.borrow();
                    if t.indices.is_empty() {
                        return Ok(Found::Missing);
                    }
                    let ix = t.indices[i & t.mask()];
                    if ix == EMPTY {
                        return Ok(Found::Missing);
                    }
                    match t.entries.get(ix as usize).and_then(|e| e.as_ref()) {
                        Some(e) if ix != DUMMY && e.hash == hash => match fast_key_eq(&e.key, key) {
                            Some(true) => return Ok(Found::At(ix as usize)),
                            Some(false) => None,
                            None => Some((ix as usize, e.key.clone())),
                        },
                        _ => None,
                    }
                };
                if let Some((ix, ekey)) = candidate {
                    let equal = vm.eq(&ekey, key)?;
                    if self.version.get() != start_version {
                        continue 'restart;
                    }
                    if equal {
                        return Ok(Found::At(ix));
                    }
                }
                perturb >>= PERTURB_SHIFT;
                i = i.wrapping_mul(5).wrapping_add(perturb as usize).wrapping_add(1);
            }
        }
    }

    /// `d[key]` without `__missing__`; `Ok(None)` when absent.
    pub fn get_item(&self, vm: &Vm, key: &Value) -> PyResult<Option<Value>> {
        let hash = vm.hash(key)?;
        self.get_item_hashed(vm, key, hash)
    }

    pub fn get_item_hashed(&self, vm: &Vm, key: &Value, hash: i64) -> PyResult<Option<Value>> {
        match self.lookup(vm, key, hash)? {
            Found::At(ix) => Ok(self.table.borrow().entries[ix].as_ref().map(|e| e.value.clone())),
            Found::Missing => Ok(None),
        }
    }

    /// Lookup by a str key, comparing only with str keys (no Python code
    /// runs, so no Vm is needed). For namespaces: module and class dicts,
    /// instance dicts.
    #[inline]
    pub fn get_str_item(&self, name: &Str) -> Option<Value> {
        let hash = name.hash();
        let t = self.table.borrow();
        let r = t.find_fast(hash, |k| match k.downcast_ref::<Str>() {
            Some(s) => Some(std::ptr::eq(s.as_bytes(), name.as_bytes()) || s.eq_str(name)),
            None => Some(false),
        });
        match r {
            Ok(Found::At(ix)) => t.entries[ix].as_ref().map(|e| e.value.clone()),
            _ => None,
        }
    }

    /// `d[name]` for an attribute name: the str-only probe when every key is
    /// an exact str (no Python code can run), else the generic lookup.
    #[inline]
    pub fn get_name(&self, vm: &Vm, name: &PyRef<Str>) -> PyResult<Option<Value>> {
        if !self.table.borrow().non_str_keys && std::ptr::eq(name.ty(), super::str::STR_TYPE.get()) {
            return Ok(self.get_str_item(name));
        }
        self.get_item(vm, name.as_value())
    }

    /// `d[name] = value` for an attribute name (see [`Self::get_name`]).
    #[inline]
    pub fn set_name(&self, vm: &Vm, name: &PyRef<Str>, value: Value) -> PyResult<()> {
        if !self.table.borrow().non_str_keys && std::ptr::eq(name.ty(), super::str::STR_TYPE.get()) {
            self.set_str_item(name.clone(), value);
            return Ok(());
        }
        self.set_item(vm, name.as_value().clone(), value)
    }

    /// The entry index of a str key, for caches that remember where a
    /// name is (valid while [`Self::version`] is unchanged).
    pub fn str_index(&self, name: &Str) -> Option<usize> {
        let hash = name.hash();
        let t = self.table.borrow();
        match t.find_fast(hash, |k| match k.downcast_ref::<Str>() {
            Some(s) => Some(std::ptr::eq(s.as_bytes(), name.as_bytes()) || s.eq_str(name)),
            None => Some(false),
        }) {
            Ok(Found::At(ix)) => Some(ix),
            _ => None,
        }
    }

    /// The value of entry `index` (see [`Self::str_index`]).
    #[inline]
    pub fn value_at(&self, index: usize) -> Option<Value> {
        self.table.borrow().entries.get(index).and_then(|e| e.as_ref()).map(|e| e.value.clone())
    }

    /// [`Self::get_str_item`] by Rust text.
    pub fn get_str_item_rs(&self, name: &str) -> Option<Value> {
        if let Some(st) = super::names::static_name(name) {
            return self.get_str_item(st);
        }
        let tmp = Str::from_string(name.to_string());
        self.get_str_item(&tmp)
    }

    /// `d[key] = value`.
    pub fn set_item(&self, vm: &Vm, key: Value, value: Value) -> PyResult<()> {
        let hash = vm.hash(&key)?;
        self.set_item_hashed(vm, key, hash, value)
    }

    pub fn set_item_hashed(&self, vm: &Vm, key: Value, hash: i64, value: Value) -> PyResult<()> {
        let old = match self.lookup(vm, &key, hash)? {
            Found::At(ix) => {
                let mut t = self.table.borrow_mut();
                match t.entries[ix].as_mut() {
                    Some(e) => Some(std::mem::replace(&mut e.value, value)),
                    None => None,
                }
            }
            Found::Missing => {
                self.table.borrow_mut().insert_new(hash, key, value);
                self.bump();
                None
            }
        };
        // The old value is dropped after the table is released: its
        // finalizer may use this dict.
        drop(old);
        Ok(())
    }

    /// Stores under a str key without Python comparisons (keys must be strs
    /// or hash differently; namespaces use this).
    pub fn set_str_item(&self, name: PyRef<Str>, value: Value) {
        let hash = name.hash();
        let old = {
            let mut t = self.table.borrow_mut();
            let r = t.find_fast(hash, |k| match k.downcast_ref::<Str>() {
                Some(s) => Some(s.eq_str(&name)),
                None => Some(false),
            });
            match r {
                Ok(Found::At(ix)) => t.entries[ix].as_mut().map(|e| std::mem::replace(&mut e.value, value)),
                _ => {
                    t.insert_new(hash, name.into_value(), value);
                    self.version.set(next_version());
                    None
                }
            }
        };
        drop(old);
    }

    /// `del d[key]`; returns the removed value, `None` when absent.
    pub fn del_item(&self, vm: &Vm, key: &Value) -> PyResult<Option<Value>> {
        let hash = vm.hash(key)?;
        self.del_item_hashed(vm, key, hash)
    }

    pub fn del_item_hashed(&self, vm: &Vm, key: &Value, hash: i64) -> PyResult<Option<Value>> {
        match self.lookup(vm, key, hash)? {
            Found::At(ix) => {
                let removed = {
                    let mut t = self.table.borrow_mut();
                    let slot = t.slot_of(hash, ix);
                    if let Some(s) = slot {
                        t.indices[s] = DUMMY;
                    }
                    let e = t.entries[ix].take();
                    if e.is_some() {
                        t.used -= 1;
                    }
                    e
                };
                self.bump();
                Ok(removed.map(|e| {
                    drop(e.key);
                    e.value
                }))
            }
            Found::Missing => Ok(None),
        }
    }

    /// Removes a str key without Python comparisons.
    pub fn del_str_item(&self, name: &Str) -> Option<Value> {
        let hash = name.hash();
        let removed = {
            let mut t = self.table.borrow_mut();
            let r = t.find_fast(hash, |k| match k.downcast_ref::<Str>() {
                Some(s) => Some(s.eq_str(name)),
                None => Some(false),
            });
            match r {
                Ok(Found::At(ix)) => {
                    if let Some(s) = t.slot_of(hash, ix) {
                        t.indices[s] = DUMMY;
                    }
                    let e = t.entries[ix].take();
                    if e.is_some() {
                        t.used -= 1;
                    }
                    e
                }
                _ => None,
            }
        };
        if removed.is_some() {
            self.bump();
        }
        removed.map(|e| e.value)
    }

    /// `key in d`.
    pub fn contains(&self, vm: &Vm, key: &Value) -> PyResult<bool> {
        let hash = vm.hash(key)?;
        Ok(matches!(self.lookup(vm, key, hash)?, Found::At(_)))
    }

    /// Removes everything.
    pub fn clear(&self) {
        let old = std::mem::take(&mut *self.table.borrow_mut());
        self.bump();
        drop(old);
    }

    /// A snapshot of the (key, value) pairs in order.
    pub fn items(&self) -> Vec<(Value, Value)> {
        self.table
            .borrow()
            .entries
            .iter()
            .flatten()
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect()
    }

    pub fn keys(&self) -> Vec<Value> {
        self.table.borrow().entries.iter().flatten().map(|e| e.key.clone()).collect()
    }

    pub fn values(&self) -> Vec<Value> {
        self.table.borrow().entries.iter().flatten().map(|e| e.value.clone()).collect()
    }

    /// The entry at position `pos` or later: `(next_pos, key, value)`, for
    /// iterators that walk the dict while Python code runs between steps.
    pub fn next_entry(&self, pos: usize) -> Option<(usize, Value, Value, i64)> {
        let t = self.table.borrow();
        let mut p = pos;
        while p < t.entries.len() {
            if let Some(e) = &t.entries[p] {
                return Some((p + 1, e.key.clone(), e.value.clone(), e.hash));
            }
            p += 1;
        }
        None
    }

    /// The last entry (for `popitem` and `reversed`).
    pub fn prev_entry(&self, end: usize) -> Option<(usize, Value, Value)> {
        let t = self.table.borrow();
        let mut p = end.min(t.entries.len());
        while p > 0 {
            p -= 1;
            if let Some(e) = &t.entries[p] {
                return Some((p, e.key.clone(), e.value.clone()));
            }
        }
        None
    }

    /// Visits every key and value (the cycle collector's traverse).
    pub fn for_each_value(&self, mut f: impl FnMut(&Value)) {
        if let Ok(t) = self.table.try_borrow() {
            for e in t.entries.iter().flatten() {
                f(&e.key);
                f(&e.value);
            }
        }
    }

    /// Takes everything out (the cycle collector's clear).
    pub fn take_all(&self) -> Vec<(Value, Value)> {
        let old = std::mem::take(&mut *self.table.borrow_mut());
        self.bump();
        old.entries.into_iter().flatten().map(|e| (e.key, e.value)).collect()
    }

    /// A shallow copy.
    pub fn copy_from(&self, other: &Dict) {
        let items = other.items_with_hash();
        let mut t = self.table.borrow_mut();
        for (h, k, v) in items {
            t.insert_new(h, k, v);
        }
        drop(t);
        self.bump();
    }

    fn items_with_hash(&self) -> Vec<(i64, Value, Value)> {
        self.table
            .borrow()
            .entries
            .iter()
            .flatten()
            .map(|e| (e.hash, e.key.clone(), e.value.clone()))
            .collect()
    }

    /// Inserts a key known to be absent (building dicts from unique keys).
    pub fn insert_unique_hashed(&self, hash: i64, key: Value, value: Value) {
        self.table.borrow_mut().insert_new(hash, key, value);
        self.bump();
    }
}

impl Default for Dict {
    fn default() -> Self {
        Self::new()
    }
}

/// A new empty dict, tracked by the collector.
pub fn new_dict(vm: &Vm) -> PyRef<Dict> {
    new_dict_of_type(vm, super::dict_type::DICT_TYPE.get(), Dict::new())
}

pub fn new_dict_with_capacity(vm: &Vm, n: usize) -> PyRef<Dict> {
    new_dict_of_type(vm, super::dict_type::DICT_TYPE.get(), Dict::with_capacity(n))
}

pub fn new_dict_of_type(vm: &Vm, ty: &super::type_::TypeObject, d: Dict) -> PyRef<Dict> {
    let r = alloc(ty, d).unwrap_or_else(|| std::alloc::handle_alloc_error(std::alloc::Layout::new::<Dict>()));
    crate::gc::track(vm, r.as_value());
    r
}

/// A dict made without a Vm (process-wide templates); never tracked.
pub fn new_untracked_dict() -> PyRef<Dict> {
    alloc(super::dict_type::DICT_TYPE.get(), Dict::new())
        .unwrap_or_else(|| std::alloc::handle_alloc_error(std::alloc::Layout::new::<Dict>()))
}
