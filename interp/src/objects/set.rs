//! `set` and `frozenset`, with CPython's hash table: open addressing with
//! runs of linear probes, so that iteration order (what `print({...})`
//! shows) is CPython's.
//!
//! CPython: Objects/setobject.c.

use std::cell::{Cell, RefCell};

use super::int::new_int;
use super::str::{STR_TYPE, Str, new_string};
use super::type_::{CompareOp, MethodDef, MethodFn, Slots, TypeDef, TypeObject, tpflags};
use super::value::{LayoutId, ObjectLayout, Payload, PyRef, Value, alloc};
use crate::builtin_type;
use crate::objects::baseobject::{OBJECT_SLOTS, OBJECT_TYPE};
use crate::objects::{bool_, none};
use crate::vm::{FuncArgs, PyResult, Vm};

const MIN_SIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

#[derive(Clone)]
enum Slot {
    Unused,
    Dummy,
    Active(i64, Value),
}

struct Table {
    slots: Vec<Slot>,
    fill: usize,
    used: usize,
}

impl Table {
    fn new() -> Table {
        Table { slots: vec![Slot::Unused; MIN_SIZE], fill: 0, used: 0 }
    }

    fn mask(&self) -> usize {
        self.slots.len() - 1
    }

    /// CPython `set_insert_clean`: a key known absent, into a table without dummies.
    fn insert_clean(slots: &mut [Slot], hash: i64, key: Value) {
        let mask = slots.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            if matches!(slots[i], Slot::Unused) {
                slots[i] = Slot::Active(hash, key);
                return;
            }
            if i + LINEAR_PROBES <= mask {
                for j in 1..=LINEAR_PROBES {
                    if matches!(slots[i + j], Slot::Unused) {
                        slots[i + j] = Slot::Active(hash, key);
                        return;
                    }
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
    }

    /// CPython `set_table_resize`.
    fn resize(&mut self, minused: usize) {
        let mut newsize = MIN_SIZE;
        while newsize <= minused {
            newsize <<= 1;
        }
        let old = std::mem::replace(&mut self.slots, vec![Slot::Unused; newsize]);
        for s in old {
            if let Slot::Active(h, k) = s {
                Self::insert_clean(&mut self.slots, h, k);
            }
        }
        self.fill = self.used;
    }
}

/// The payload of `set` and `frozenset`.
pub struct Set {
    table: RefCell<Table>,
    /// Bumped when the table is rebuilt or a slot changes, so lookups that
    /// ran `__eq__` can tell the table moved under them.
    version: Cell<u64>,
    /// frozenset's cached hash (-1: not computed).
    hash: Cell<i64>,
}

// SAFETY: Set is the only payload with LayoutId::Set (frozenset shares it, with its own type).
unsafe impl Payload for Set {
    const LAYOUT: LayoutId = LayoutId::Set;
}

enum Probe {
    Found(usize),
    /// Not present: where to insert (first dummy on the path or the unused slot).
    Missing(usize, bool),
}

fn fast_eq(a: &Value, b: &Value) -> Option<bool> {
    if a.is(b) {
        return Some(true);
    }
    if a.is_small_int() && b.is_small_int() {
        return Some(false);
    }
    let st = STR_TYPE.get();
    if a.is_type(st) && b.is_type(st) {
        // SAFETY: both exact strs.
        let (x, y) = unsafe { (a.downcast_unchecked::<Str>(), b.downcast_unchecked::<Str>()) };
        return Some(x.eq_str(y));
    }
    None
}

impl Set {
    pub fn new() -> Set {
        Set { table: RefCell::new(Table::new()), version: Cell::new(0), hash: Cell::new(-1) }
    }

    pub fn len(&self) -> usize {
        self.table.borrow().used
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn bump(&self) {
        self.version.set(self.version.get().wrapping_add(1));
    }

    /// CPython `set_lookkey` / the probe of `set_add_entry`.
    fn probe(&self, vm: &Vm, key: &Value, hash: i64) -> PyResult<Probe> {
        'restart: loop {
            let start = self.version.get();
            let mut freeslot: Option<usize> = None;
            let mut perturb = hash as u64;
            let mut i = {
                let t = self.table.borrow();
                (hash as u64 as usize) & t.mask()
            };
            loop {
                let (mask, probes) = {
                    let t = self.table.borrow();
                    let mask = t.mask();
                    (mask, if i + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 })
                };
                let mut j = i;
                for _ in 0..=probes {
                    let candidate = {
                        let t = self.table.borrow();
                        match &t.slots[j & mask] {
                            Slot::Unused => {
                                return Ok(match freeslot {
                                    Some(f) => Probe::Missing(f, true),
                                    None => Probe::Missing(j & mask, false),
                                });
                            }
                            Slot::Dummy => {
                                if freeslot.is_none() {
                                    freeslot = Some(j & mask);
                                }
                                None
                            }
                            Slot::Active(h, k) if *h == hash => match fast_eq(k, key) {
                                Some(true) => return Ok(Probe::Found(j & mask)),
                                Some(false) => None,
                                None => Some(k.clone()),
                            },
                            Slot::Active(..) => None,
                        }
                    };
                    if let Some(k) = candidate {
                        let eq = vm.eq(&k, key)?;
                        if self.version.get() != start {
                            continue 'restart;
                        }
                        if eq {
                            return Ok(Probe::Found(j & mask));
                        }
                    }
                    j += 1;
                }
                perturb >>= PERTURB_SHIFT;
                i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
            }
        }
    }

    /// `set_add_entry`; true when the key was new.
    pub fn add_hashed(&self, vm: &Vm, key: Value, hash: i64) -> PyResult<bool> {
        match self.probe(vm, &key, hash)? {
            Probe::Found(_) => Ok(false),
            Probe::Missing(i, was_dummy) => {
                let mut t = self.table.borrow_mut();
                t.slots[i] = Slot::Active(hash, key);
                t.used += 1;
                if !was_dummy {
                    t.fill += 1;
                    let mask = t.mask();
                    if t.fill * 5 >= mask * 3 {
                        let used = t.used;
                        t.resize(if used > 50000 { used * 2 } else { used * 4 });
                    }
                }
                drop(t);
                self.bump();
                Ok(true)
            }
        }
    }

    pub fn add(&self, vm: &Vm, key: Value) -> PyResult<bool> {
        let h = vm.hash(&key)?;
        self.add_hashed(vm, key, h)
    }

    pub fn contains(&self, vm: &Vm, key: &Value) -> PyResult<bool> {
        let h = vm.hash(key)?;
        Ok(matches!(self.probe(vm, key, h)?, Probe::Found(_)))
    }

    /// Removes `key`; true when it was present.
    pub fn discard(&self, vm: &Vm, key: &Value) -> PyResult<bool> {
        let h = vm.hash(key)?;
        match self.probe(vm, key, h)? {
            Probe::Found(i) => {
                let old = {
                    let mut t = self.table.borrow_mut();
                    t.used -= 1;
                    std::mem::replace(&mut t.slots[i], Slot::Dummy)
                };
                self.bump();
                drop(old);
                Ok(true)
            }
            Probe::Missing(..) => Ok(false),
        }
    }

    /// The active (hash, key) pairs in table order.
    pub fn entries(&self) -> Vec<(i64, Value)> {
        self.table
            .borrow()
            .slots
            .iter()
            .filter_map(|s| match s {
                Slot::Active(h, k) => Some((*h, k.clone())),
                _ => None,
            })
            .collect()
    }

    pub fn keys(&self) -> Vec<Value> {
        self.entries().into_iter().map(|(_, k)| k).collect()
    }

    pub fn clear(&self) {
        let old = std::mem::replace(&mut *self.table.borrow_mut(), Table::new());
        self.bump();
        drop(old);
    }

    /// CPython `set_merge`: adds all of another set's entries, with its
    /// one-resize and clean-copy fast paths (they decide iteration order).
    pub fn merge(&self, vm: &Vm, other: &Set) -> PyResult<()> {
        let other_used = other.len();
        if other_used == 0 {
            return Ok(());
        }
        {
            let mut t = self.table.borrow_mut();
            if (t.fill + other_used) * 5 >= t.mask() * 3 {
                let u = t.used;
                t.resize((u + other_used) * 2);
            }
        }
        let (same_size, other_clean) = {
            let t = self.table.borrow();
            let o = other.table.borrow();
            (t.fill == 0 && t.mask() == o.mask(), o.fill == o.used)
        };
        if same_size && other_clean && !std::ptr::eq(self, other) {
            let copy = other.table.borrow().slots.clone();
            let mut t = self.table.borrow_mut();
            t.slots = copy;
            t.fill = other_used;
            t.used = other_used;
            drop(t);
            self.bump();
            return Ok(());
        }
        if self.table.borrow().fill == 0 {
            let entries = other.entries();
            let mut t = self.table.borrow_mut();
            for (h, k) in entries {
                Table::insert_clean(&mut t.slots, h, k);
            }
            t.fill = other_used;
            t.used = other_used;
            drop(t);
            self.bump();
            return Ok(());
        }
        for (h, k) in other.entries() {
            self.add_hashed(vm, k, h)?;
        }
        Ok(())
    }

    /// Pre-sizes for `n` more keys (CPython's dict fast path of `set_update_internal`).
    fn reserve_for(&self, n: usize) {
        let mut t = self.table.borrow_mut();
        if (t.fill + n) * 5 >= t.mask() * 3 {
            let u = t.used;
            t.resize((u + n) * 2);
        }
        drop(t);
        self.bump();
    }

    /// `set.update(iterable)` (CPython `set_update_internal`).
    pub fn update(&self, vm: &Vm, iterable: &Value) -> PyResult<()> {
        if let Some(o) = iterable.downcast_ref::<Set>() {
            return self.merge(vm, o);
        }
        if let Some(d) = iterable.downcast_ref::<super::dict::Dict>() {
            if iterable.is_type(super::dict_type::DICT_TYPE.get()) {
                let n = d.len();
                self.reserve_for(n);
                let mut pos = 0;
                while let Some((next, k, _, h)) = d.next_entry(pos) {
                    self.add_hashed(vm, k, h)?;
                    pos = next;
                }
                return Ok(());
            }
        }
        let it = vm.iter(iterable)?;
        while let Some(x) = vm.next(&it)? {
            self.add(vm, x)?;
        }
        Ok(())
    }

    /// The active entry at table position `pos` or later (for iterators).
    pub fn next_from(&self, pos: usize) -> Option<(usize, Value)> {
        let t = self.table.borrow();
        let mut p = pos;
        while p < t.slots.len() {
            if let Slot::Active(_, k) = &t.slots[p] {
                return Some((p + 1, k.clone()));
            }
            p += 1;
        }
        None
    }

    /// `set.pop()`: CPython scans from a finger; the first active slot.
    pub fn pop(&self) -> Option<Value> {
        let mut t = self.table.borrow_mut();
        let pos = t.slots.iter().position(|s| matches!(s, Slot::Active(..)))?;
        let old = std::mem::replace(&mut t.slots[pos], Slot::Dummy);
        t.used -= 1;
        drop(t);
        self.bump();
        match old {
            Slot::Active(_, k) => Some(k),
            _ => None,
        }
    }

    /// CPython `frozenset_hash`.
    pub fn frozen_hash(&self) -> i64 {
        let h = self.hash.get();
        if h != -1 {
            return h;
        }
        fn shuffle(h: u64) -> u64 {
            ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167)
        }
        let t = self.table.borrow();
        let mut hash: u64 = 0;
        for s in &t.slots {
            let eh = match s {
                Slot::Active(h, _) => *h as u64,
                Slot::Dummy => u64::MAX,
                Slot::Unused => 0,
            };
            hash ^= shuffle(eh);
        }
        if (t.slots.len() - t.fill) & 1 != 0 {
            hash ^= shuffle(0);
        }
        if (t.fill - t.used) & 1 != 0 {
            hash ^= shuffle(u64::MAX);
        }
        hash ^= (t.used as u64 + 1).wrapping_mul(1927868237);
        hash ^= (hash >> 11) ^ (hash >> 25);
        hash = hash.wrapping_mul(69069).wrapping_add(907133923);
        let r = if hash == u64::MAX { 590923713 } else { hash as i64 };
        drop(t);
        self.hash.set(r);
        r
    }

    pub fn for_each(&self, mut f: impl FnMut(&Value)) {
        if let Ok(t) = self.table.try_borrow() {
            for s in &t.slots {
                if let Slot::Active(_, k) = s {
                    f(k);
                }
            }
        }
    }
}

impl Default for Set {
    fn default() -> Self {
        Self::new()
    }
}

/// Whether `v` is a set or frozenset (or subclass).
pub fn is_anyset(v: &Value) -> bool {
    v.downcast_ref::<Set>().is_some()
}

fn is_frozen(v: &Value) -> bool {
    v.ty().is_subtype(FROZENSET_TYPE.get())
}

fn make(vm: &Vm, ty: &TypeObject) -> PyResult<PyRef<Set>> {
    let r = alloc(ty, Set::new()).ok_or_else(|| vm.memory_error())?;
    crate::gc::track(vm, r.as_value());
    Ok(r)
}

pub fn new_set(vm: &Vm) -> PyResult<PyRef<Set>> {
    make(vm, SET_TYPE.get())
}

/// `set(iterable)` as a value.
pub fn new_set_from(vm: &Vm, it: &Value) -> PyResult<Value> {
    let s = new_set(vm)?;
    s.update(vm, it)?;
    Ok(s.into_value())
}

/// A frozenset of `items`, added in order.
pub fn new_frozenset_from_vec(vm: &Vm, items: Vec<Value>) -> PyResult<Value> {
    let s = make(vm, FROZENSET_TYPE.get())?;
    for x in items {
        s.add(vm, x)?;
    }
    Ok(s.into_value())
}

fn set_of<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a Set> {
    v.downcast_ref::<Set>().map(|s| &s.payload).ok_or_else(|| {
        vm.type_error(format!(
            "descriptor requires a 'set' object but received a '{}'",
            v.ty().tp_name()
        ))
    })
}

/// A new set or frozenset of the same kind as `like` (results of operators).
fn same_kind(vm: &Vm, like: &Value) -> PyResult<PyRef<Set>> {
    if is_frozen(like) { make(vm, FROZENSET_TYPE.get()) } else { make(vm, SET_TYPE.get()) }
}

fn set_copy_of(vm: &Vm, v: &Value) -> PyResult<PyRef<Set>> {
    let r = same_kind(vm, v)?;
    r.merge(vm, set_of(vm, v)?)?;
    Ok(r)
}

fn set_repr(vm: &Vm, v: &Value) -> PyResult {
    let s = set_of(vm, v)?;
    let name = v.ty().name().to_string();
    if s.is_empty() {
        return Ok(new_string(format!("{name}()")).into_value());
    }
    let Some(_guard) = vm.repr_enter(v) else {
        return Ok(new_string(format!("{name}(...)")).into_value());
    };
    let mut parts = Vec::new();
    for k in s.keys() {
        parts.push(vm.repr(&k)?.to_string_lossy());
    }
    let body = format!("{{{}}}", parts.join(", "));
    let r = if v.is_type(SET_TYPE.get()) { body } else { format!("{name}({body})") };
    Ok(new_string(r).into_value())
}

fn set_len(vm: &Vm, v: &Value) -> PyResult<usize> {
    Ok(set_of(vm, v)?.len())
}

/// `x in s`; an unhashable set key is looked up as a frozenset (CPython `set_contains_key`).
fn set_contains(vm: &Vm, v: &Value, x: &Value) -> PyResult<bool> {
    let s = set_of(vm, v)?;
    match s.contains(vm, x) {
        Err(e) if e.matches(crate::objects::exceptions::TYPE_ERROR.get()) && x.ty().is_subtype(SET_TYPE.get()) => {
            let f = make(vm, FROZENSET_TYPE.get())?;
            f.merge(vm, set_of(vm, x)?)?;
            s.contains(vm, f.as_value())
        }
        r => r,
    }
}

fn set_iter(vm: &Vm, v: &Value) -> PyResult {
    let s = set_of(vm, v)?;
    let it = SetIter { set: RefCell::new(Some(v.clone())), pos: Cell::new(0), used: Cell::new(s.len()), yielded: Cell::new(0) };
    let r = alloc(SET_ITERATOR_TYPE.get(), it).ok_or_else(|| vm.memory_error())?;
    let r = r.into_value();
    crate::gc::track(vm, &r);
    Ok(r)
}

fn set_hash(vm: &Vm, v: &Value) -> PyResult<i64> {
    Ok(set_of(vm, v)?.frozen_hash())
}

fn issubset(vm: &Vm, a: &Set, b: &Set) -> PyResult<bool> {
    if a.len() > b.len() {
        return Ok(false);
    }
    for (h, k) in a.entries() {
        if !matches!(b.probe(vm, &k, h)?, Probe::Found(_)) {
            return Ok(false);
        }
    }
    Ok(true)
}

fn set_richcompare(vm: &Vm, v: &Value, w: &Value, op: CompareOp) -> PyResult {
    let (Some(a), Some(b)) = (v.downcast_ref::<Set>(), w.downcast_ref::<Set>()) else {
        return Ok(none::not_implemented());
    };
    let r = match op {
        CompareOp::Eq => a.len() == b.len() && issubset(vm, a, b)?,
        CompareOp::Ne => !(a.len() == b.len() && issubset(vm, a, b)?),
        CompareOp::Le => issubset(vm, a, b)?,
        CompareOp::Ge => issubset(vm, b, a)?,
        CompareOp::Lt => a.len() < b.len() && issubset(vm, a, b)?,
        CompareOp::Gt => a.len() > b.len() && issubset(vm, b, a)?,
    };
    Ok(bool_::new_bool(r))
}

fn intersection(vm: &Vm, v: &Value, other: &Value) -> PyResult<PyRef<Set>> {
    // CPython `set_intersection`: iterate the smaller set, add to the result.
    let s = set_of(vm, v)?;
    let result = same_kind(vm, v)?;
    if let Some(o) = other.downcast_ref::<Set>() {
        let (small, big) = if o.len() > s.len() { (s, &o.payload) } else { (&o.payload, s) };
        for (h, k) in small.entries() {
            if matches!(big.probe(vm, &k, h)?, Probe::Found(_)) {
                result.add_hashed(vm, k, h)?;
            }
        }
        return Ok(result);
    }
    let it = vm.iter(other)?;
    while let Some(x) = vm.next(&it)? {
        let h = vm.hash(&x)?;
        if matches!(s.probe(vm, &x, h)?, Probe::Found(_)) {
            result.add_hashed(vm, x, h)?;
        }
    }
    Ok(result)
}

fn difference(vm: &Vm, v: &Value, other: &Value) -> PyResult<PyRef<Set>> {
    let s = set_of(vm, v)?;
    let result = same_kind(vm, v)?;
    if let Some(o) = other.downcast_ref::<Set>() {
        for (h, k) in s.entries() {
            if !matches!(o.probe(vm, &k, h)?, Probe::Found(_)) {
                result.add_hashed(vm, k, h)?;
            }
        }
        return Ok(result);
    }
    result.merge(vm, s)?;
    let it = vm.iter(other)?;
    while let Some(x) = vm.next(&it)? {
        result.discard(vm, &x)?;
    }
    Ok(result)
}

fn symmetric_difference(vm: &Vm, v: &Value, other: &Value) -> PyResult<PyRef<Set>> {
    let result = set_copy_of(vm, v)?;
    let o = match other.downcast_ref::<Set>() {
        Some(_) => other.clone(),
        None => new_set_from(vm, other)?,
    };
    let os = set_of(vm, &o)?;
    for (h, k) in os.entries() {
        match result.probe(vm, &k, h)? {
            Probe::Found(_) => {
                result.discard(vm, &k)?;
            }
            Probe::Missing(..) => {
                result.add_hashed(vm, k, h)?;
            }
        }
    }
    Ok(result)
}

fn set_or(vm: &Vm, v: &Value, w: &Value) -> PyResult {
    if !is_anyset(v) || !is_anyset(w) {
        return Ok(none::not_implemented());
    }
    let r = set_copy_of(vm, v)?;
    r.merge(vm, set_of(vm, w)?)?;
    Ok(r.into_value())
}

fn set_and(vm: &Vm, v: &Value, w: &Value) -> PyResult {
    if !is_anyset(v) || !is_anyset(w) {
        return Ok(none::not_implemented());
    }
    Ok(intersection(vm, v, w)?.into_value())
}

fn set_sub(vm: &Vm, v: &Value, w: &Value) -> PyResult {
    if !is_anyset(v) || !is_anyset(w) {
        return Ok(none::not_implemented());
    }
    Ok(difference(vm, v, w)?.into_value())
}

fn set_xor(vm: &Vm, v: &Value, w: &Value) -> PyResult {
    if !is_anyset(v) || !is_anyset(w) {
        return Ok(none::not_implemented());
    }
    Ok(symmetric_difference(vm, v, w)?.into_value())
}

fn replace_contents(vm: &Vm, v: &Value, new: PyRef<Set>) -> PyResult<()> {
    let s = set_of(vm, v)?;
    let t = std::mem::replace(&mut *new.table.borrow_mut(), Table::new());
    let old = std::mem::replace(&mut *s.table.borrow_mut(), t);
    s.bump();
    drop(old);
    Ok(())
}

fn set_ior(vm: &Vm, v: &Value, w: &Value) -> PyResult {
    if !is_anyset(w) {
        return Ok(none::not_implemented());
    }
    set_of(vm, v)?.merge(vm, set_of(vm, w)?)?;
    Ok(v.clone())
}

fn set_iand(vm: &Vm, v: &Value, w: &Value) -> PyResult {
    if !is_anyset(w) {
        return Ok(none::not_implemented());
    }
    let r = intersection(vm, v, w)?;
    replace_contents(vm, v, r)?;
    Ok(v.clone())
}

fn set_isub(vm: &Vm, v: &Value, w: &Value) -> PyResult {
    if !is_anyset(w) {
        return Ok(none::not_implemented());
    }
    let s = set_of(vm, v)?;
    for k in set_of(vm, w)?.keys() {
        s.discard(vm, &k)?;
    }
    Ok(v.clone())
}

fn set_ixor(vm: &Vm, v: &Value, w: &Value) -> PyResult {
    if !is_anyset(w) {
        return Ok(none::not_implemented());
    }
    let s = set_of(vm, v)?;
    for (h, k) in set_of(vm, w)?.entries() {
        match s.probe(vm, &k, h)? {
            Probe::Found(_) => {
                s.discard(vm, &k)?;
            }
            Probe::Missing(..) => {
                s.add_hashed(vm, k, h)?;
            }
        }
    }
    Ok(v.clone())
}

fn set_new(vm: &Vm, ty: &TypeObject, args: FuncArgs<'_>) -> PyResult {
    let r = make(vm, ty)?;
    if ty.is_subtype(FROZENSET_TYPE.get()) {
        if args.has_kwargs() && std::ptr::eq(ty, FROZENSET_TYPE.get()) {
            return Err(vm.type_error("frozenset() takes no keyword arguments"));
        }
        let a = args.positional();
        if a.len() > 1 {
            return Err(vm.type_error(format!("frozenset expected at most 1 argument, got {}", a.len())));
        }
        if let Some(it) = a.first() {
            if it.is_type(FROZENSET_TYPE.get()) && std::ptr::eq(ty, FROZENSET_TYPE.get()) {
                return Ok(it.clone());
            }
            r.update(vm, it)?;
        }
    }
    Ok(r.into_value())
}

fn set_init(vm: &Vm, v: &Value, args: FuncArgs<'_>) -> PyResult<()> {
    if is_frozen(v) {
        return Ok(());
    }
    if args.has_kwargs() && v.is_type(SET_TYPE.get()) {
        return Err(vm.type_error("set() takes no keyword arguments"));
    }
    let a = args.positional();
    if a.len() > 1 {
        return Err(vm.type_error(format!("set expected at most 1 argument, got {}", a.len())));
    }
    let s = set_of(vm, v)?;
    s.clear();
    if let Some(it) = a.first() {
        s.update(vm, it)?;
    }
    Ok(())
}

// ---------------------------------------------------------------------------
// Methods.

fn m_add(vm: &Vm, v: &Value, x: &Value) -> PyResult {
    set_of(vm, v)?.add(vm, x.clone())?;
    Ok(none::none())
}

fn m_discard(vm: &Vm, v: &Value, x: &Value) -> PyResult {
    let s = set_of(vm, v)?;
    match s.discard(vm, x) {
        Err(e) if e.matches(crate::objects::exceptions::TYPE_ERROR.get()) && x.ty().is_subtype(SET_TYPE.get()) => {
            let f = make(vm, FROZENSET_TYPE.get())?;
            f.merge(vm, set_of(vm, x)?)?;
            s.discard(vm, f.as_value())?;
        }
        r => {
            r?;
        }
    }
    Ok(none::none())
}

fn m_remove(vm: &Vm, v: &Value, x: &Value) -> PyResult {
    if !set_of(vm, v)?.discard(vm, x)? {
        return Err(vm.key_error(x.clone()));
    }
    Ok(none::none())
}

fn m_pop(vm: &Vm, v: &Value) -> PyResult {
    set_of(vm, v)?.pop().ok_or_else(|| vm.key_error_msg("pop from an empty set"))
}

fn m_clear(vm: &Vm, v: &Value) -> PyResult {
    set_of(vm, v)?.clear();
    Ok(none::none())
}

fn m_copy(vm: &Vm, v: &Value) -> PyResult {
    if v.is_type(FROZENSET_TYPE.get()) {
        return Ok(v.clone());
    }
    Ok(set_copy_of(vm, v)?.into_value())
}

fn m_update(vm: &Vm, v: &Value, args: &[Value]) -> PyResult {
    let s = set_of(vm, v)?;
    for a in args {
        s.update(vm, a)?;
    }
    Ok(none::none())
}

fn m_union(vm: &Vm, v: &Value, args: &[Value]) -> PyResult {
    let r = set_copy_of(vm, v)?;
    for a in args {
        r.update(vm, a)?;
    }
    Ok(r.into_value())
}

fn m_intersection(vm: &Vm, v: &Value, args: &[Value]) -> PyResult {
    if args.is_empty() {
        return m_copy_plain(vm, v);
    }
    let mut cur = v.clone();
    for a in args {
        cur = intersection(vm, &cur, a)?.into_value();
    }
    Ok(cur)
}

fn m_copy_plain(vm: &Vm, v: &Value) -> PyResult {
    Ok(set_copy_of(vm, v)?.into_value())
}

fn m_intersection_update(vm: &Vm, v: &Value, args: &[Value]) -> PyResult {
    let r = m_intersection(vm, v, args)?;
    let r = r.downcast::<Set>().map_err(|_| vm.internal_error("intersection result"))?;
    let fresh = make(vm, SET_TYPE.get())?;
    fresh.merge(vm, &r)?;
    replace_contents(vm, v, fresh)?;
    Ok(none::none())
}

fn m_difference(vm: &Vm, v: &Value, args: &[Value]) -> PyResult {
    if args.is_empty() {
        return m_copy_plain(vm, v);
    }
    let mut cur = difference(vm, v, &args[0])?.into_value();
    for a in &args[1..] {
        cur = difference(vm, &cur, a)?.into_value();
    }
    Ok(cur)
}

fn m_difference_update(vm: &Vm, v: &Value, args: &[Value]) -> PyResult {
    let s = set_of(vm, v)?;
    for a in args {
        let items = vm.to_vec(a)?;
        for x in items {
            s.discard(vm, &x)?;
        }
    }
    Ok(none::none())
}

fn m_symmetric_difference(vm: &Vm, v: &Value, other: &Value) -> PyResult {
    Ok(symmetric_difference(vm, v, other)?.into_value())
}

fn m_symmetric_difference_update(vm: &Vm, v: &Value, other: &Value) -> PyResult {
    let o = match other.downcast_ref::<Set>() {
        Some(_) => other.clone(),
        None => new_set_from(vm, other)?,
    };
    set_ixor(vm, v, &o)?;
    Ok(none::none())
}

fn as_set(vm: &Vm, other: &Value) -> PyResult<Value> {
    if is_anyset(other) { Ok(other.clone()) } else { new_set_from(vm, other) }
}

fn m_issubset(vm: &Vm, v: &Value, other: &Value) -> PyResult {
    let o = as_set(vm, other)?;
    Ok(bool_::new_bool(issubset(vm, set_of(vm, v)?, set_of(vm, &o)?)?))
}

fn m_issuperset(vm: &Vm, v: &Value, other: &Value) -> PyResult {
    let o = as_set(vm, other)?;
    Ok(bool_::new_bool(issubset(vm, set_of(vm, &o)?, set_of(vm, v)?)?))
}

fn m_isdisjoint(vm: &Vm, v: &Value, other: &Value) -> PyResult {
    let s = set_of(vm, v)?;
    let it = vm.iter(other)?;
    while let Some(x) = vm.next(&it)? {
        if s.contains(vm, &x)? {
            return Ok(bool_::new_bool(false));
        }
    }
    Ok(bool_::new_bool(true))
}

fn m_reduce(vm: &Vm, v: &Value) -> PyResult {
    let keys = super::list::new_list(set_of(vm, v)?.keys()).into_value();
    let args = super::tuple::new_tuple(vec![keys]).into_value();
    let state = super::baseobject::instance_dict(v).unwrap_or_else(none::none);
    Ok(super::tuple::new_tuple(vec![v.ty().to_value(), args, state]).into_value())
}

fn m_sizeof(vm: &Vm, v: &Value) -> PyResult {
    let n = set_of(vm, v)?.table.borrow().slots.len();
    Ok(new_int(200 + if n > MIN_SIZE { 16 * n as i64 } else { 0 }))
}

fn m_contains(vm: &Vm, v: &Value, x: &Value) -> PyResult {
    Ok(bool_::new_bool(set_contains(vm, v, x)?))
}

fn m_class_getitem(vm: &Vm, cls: &TypeObject, args: FuncArgs<'_>) -> PyResult {
    crate::objects::genericalias::class_getitem(vm, cls, args)
}

static SET_METHODS: &[MethodDef] = &[
    MethodDef { name: "add", func: MethodFn::O(m_add), doc: Some("Add an element to a set.\n\nThis has no effect if the element is already present.") },
    MethodDef { name: "clear", func: MethodFn::NoArgs(m_clear), doc: Some("Remove all elements from this set.") },
    MethodDef { name: "__contains__", func: MethodFn::O(m_contains), doc: Some("x.__contains__(y) <==> y in x.") },
    MethodDef { name: "copy", func: MethodFn::NoArgs(m_copy), doc: Some("Return a shallow copy of a set.") },
    MethodDef { name: "discard", func: MethodFn::O(m_discard), doc: Some("Remove an element from a set if it is a member.\n\nUnlike set.remove(), the discard() method does not raise\nan exception when an element is missing from the set.") },
    MethodDef { name: "difference", func: MethodFn::Fast(m_difference), doc: Some("Return a new set with elements in the set that are not in the others.") },
    MethodDef { name: "difference_update", func: MethodFn::Fast(m_difference_update), doc: Some("Update the set, removing elements found in others.") },
    MethodDef { name: "intersection", func: MethodFn::Fast(m_intersection), doc: Some("Return a new set with elements common to the set and all others.") },
    MethodDef { name: "intersection_update", func: MethodFn::Fast(m_intersection_update), doc: Some("Update the set, keeping only elements found in it and all others.") },
    MethodDef { name: "isdisjoint", func: MethodFn::O(m_isdisjoint), doc: Some("Return True if two sets have a null intersection.") },
    MethodDef { name: "issubset", func: MethodFn::O(m_issubset), doc: Some("Report whether another set contains this set.") },
    MethodDef { name: "issuperset", func: MethodFn::O(m_issuperset), doc: Some("Report whether this set contains another set.") },
    MethodDef { name: "pop", func: MethodFn::NoArgs(m_pop), doc: Some("Remove and return an arbitrary set element.\n\nRaises KeyError if the set is empty.") },
    MethodDef { name: "__reduce__", func: MethodFn::NoArgs(m_reduce), doc: Some("Return state information for pickling.") },
    MethodDef { name: "remove", func: MethodFn::O(m_remove), doc: Some("Remove an element from a set; it must be a member.\n\nIf the element is not a member, raise a KeyError.") },
    MethodDef { name: "__sizeof__", func: MethodFn::NoArgs(m_sizeof), doc: Some("S.__sizeof__() -> size of S in memory, in bytes.") },
    MethodDef { name: "symmetric_difference", func: MethodFn::O(m_symmetric_difference), doc: Some("Return a new set with elements in either the set or other but not both.") },
    MethodDef { name: "symmetric_difference_update", func: MethodFn::O(m_symmetric_difference_update), doc: Some("Update the set, keeping only elements found in either set, but not in both.") },
    MethodDef { name: "union", func: MethodFn::Fast(m_union), doc: Some("Return a new set with elements from the set and all others.") },
    MethodDef { name: "update", func: MethodFn::Fast(m_update), doc: Some("Update the set, adding elements from all others.") },
    MethodDef { name: "__class_getitem__", func: MethodFn::Class(m_class_getitem), doc: Some("See PEP 585") },
];

static FROZENSET_METHODS: &[MethodDef] = &[
    MethodDef { name: "__contains__", func: MethodFn::O(m_contains), doc: Some("x.__contains__(y) <==> y in x.") },
    MethodDef { name: "copy", func: MethodFn::NoArgs(m_copy), doc: Some("Return a shallow copy of a set.") },
    MethodDef { name: "difference", func: MethodFn::Fast(m_difference), doc: Some("Return a new set with elements in the set that are not in the others.") },
    MethodDef { name: "intersection", func: MethodFn::Fast(m_intersection), doc: Some("Return a new set with elements common to the set and all others.") },
    MethodDef { name: "isdisjoint", func: MethodFn::O(m_isdisjoint), doc: Some("Return True if two sets have a null intersection.") },
    MethodDef { name: "issubset", func: MethodFn::O(m_issubset), doc: Some("Report whether another set contains this set.") },
    MethodDef { name: "issuperset", func: MethodFn::O(m_issuperset), doc: Some("Report whether this set contains another set.") },
    MethodDef { name: "__reduce__", func: MethodFn::NoArgs(m_reduce), doc: Some("Return state information for pickling.") },
    MethodDef { name: "__sizeof__", func: MethodFn::NoArgs(m_sizeof), doc: Some("S.__sizeof__() -> size of S in memory, in bytes.") },
    MethodDef { name: "symmetric_difference", func: MethodFn::O(m_symmetric_difference), doc: Some("Return a new set with elements in either the set or other but not both.") },
    MethodDef { name: "union", func: MethodFn::Fast(m_union), doc: Some("Return a new set with elements from the set and all others.") },
    MethodDef { name: "__class_getitem__", func: MethodFn::Class(m_class_getitem), doc: Some("See PEP 585") },
];

static SET_DEF: TypeDef = TypeDef {
    name: "set",
    doc: Some("Build an unordered collection of unique elements."),
    methods: SET_METHODS,
    getsets: &[],
    members: &[],
    attrs: Vec::new,
};

static FROZENSET_DEF: TypeDef = TypeDef {
    name: "frozenset",
    doc: Some("Build an immutable unordered collection of unique elements."),
    methods: FROZENSET_METHODS,
    getsets: &[],
    members: &[],
    attrs: Vec::new,
};

const SET_SLOTS: Slots = Slots {
    repr: Cell::new(Some(set_repr)),
    hash: Cell::new(None),
    richcompare: Cell::new(Some(set_richcompare)),
    iter: Cell::new(Some(set_iter)),
    new: Cell::new(Some(set_new)),
    init: Cell::new(Some(set_init)),
    nb_subtract: Cell::new(Some(set_sub)),
    nb_and: Cell::new(Some(set_and)),
    nb_xor: Cell::new(Some(set_xor)),
    nb_or: Cell::new(Some(set_or)),
    nb_inplace_subtract: Cell::new(Some(set_isub)),
    nb_inplace_and: Cell::new(Some(set_iand)),
    nb_inplace_xor: Cell::new(Some(set_ixor)),
    nb_inplace_or: Cell::new(Some(set_ior)),
    sq_length: Cell::new(Some(set_len)),
    sq_contains: Cell::new(Some(set_contains)),
    ..OBJECT_SLOTS
};

const FROZENSET_SLOTS: Slots = Slots {
    hash: Cell::new(Some(set_hash)),
    init: Cell::new(None),
    nb_inplace_subtract: Cell::new(None),
    nb_inplace_and: Cell::new(None),
    nb_inplace_xor: Cell::new(None),
    nb_inplace_or: Cell::new(None),
    ..SET_SLOTS
};

builtin_type!(pub SET_TYPE: Set, def &SET_DEF, base &OBJECT_TYPE.0, mro [&OBJECT_TYPE.0],
    slots SET_SLOTS, flags tpflags::BASETYPE | tpflags::HAVE_GC | tpflags::MATCH_SELF, layout ObjectLayout::gc());
builtin_type!(pub FROZENSET_TYPE: Set, def &FROZENSET_DEF, base &OBJECT_TYPE.0, mro [&OBJECT_TYPE.0],
    slots FROZENSET_SLOTS, flags tpflags::BASETYPE | tpflags::HAVE_GC | tpflags::MATCH_SELF, layout ObjectLayout::gc());

/// The payload of set iterators.
pub struct SetIter {
    set: RefCell<Option<Value>>,
    pos: Cell<usize>,
    used: Cell<usize>,
    yielded: Cell<usize>,
}

// SAFETY: a native layout id is the TypeId of SetIter, which no other type has.
unsafe impl Payload for SetIter {
    const LAYOUT: LayoutId = LayoutId::native::<Self>();
}

fn set_iter_next(vm: &Vm, v: &Value) -> PyResult<Option<Value>> {
    let it = v.downcast_ref::<SetIter>().ok_or_else(|| vm.internal_error("set iterator"))?;
    let s = it.set.borrow().clone();
    let Some(s) = s else { return Ok(None) };
    let set = set_of(vm, &s)?;
    if set.len() != it.used.get() {
        it.used.set(usize::MAX);
        return Err(vm.runtime_error("Set changed size during iteration"));
    }
    match set.next_from(it.pos.get()) {
        Some((p, k)) => {
            it.pos.set(p);
            it.yielded.set(it.yielded.get() + 1);
            Ok(Some(k))
        }
        None => {
            it.set.replace(None);
            Ok(None)
        }
    }
}

fn set_iter_length_hint(vm: &Vm, v: &Value) -> PyResult {
    let it = v.downcast_ref::<SetIter>().ok_or_else(|| vm.internal_error("set iterator"))?;
    let n = match it.set.borrow().as_ref() {
        Some(s) if set_of(vm, s)?.len() == it.used.get() => it.used.get().saturating_sub(it.yielded.get()),
        _ => 0,
    };
    Ok(new_int(n as i64))
}

static SET_ITER_METHODS: &[MethodDef] = &[MethodDef {
    name: "__length_hint__",
    func: MethodFn::NoArgs(set_iter_length_hint),
    doc: Some("Private method returning an estimate of len(list(it))."),
}];

static SET_ITERATOR_DEF: TypeDef = TypeDef { methods: SET_ITER_METHODS, ..TypeDef::new("set_iterator") };

const SET_ITER_SLOTS: Slots = Slots {
    iter: Cell::new(Some(|_, v| Ok(v.clone()))),
    iternext: Cell::new(Some(set_iter_next)),
    new: Cell::new(None),
    ..OBJECT_SLOTS
};

builtin_type!(pub SET_ITERATOR_TYPE: SetIter, def &SET_ITERATOR_DEF, base &OBJECT_TYPE.0, mro [&OBJECT_TYPE.0],
    slots SET_ITER_SLOTS, flags tpflags::HAVE_GC, layout ObjectLayout::gc());
