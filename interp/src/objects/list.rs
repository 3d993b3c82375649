//! `list`.
//!
//! CPython: Objects/listobject.c.
//!
//! Items live in a `RefCell<Vec<Value>>`. No borrow is held while Python code
//! runs (comparisons, `__index__`, finalizers of removed items): each method
//! copies out what it needs, releases the borrow, then calls out.

use std::cell::{Cell, RefCell};

use super::int::new_int;
use super::slice::SliceIndices;
use super::str::new_string;
use super::type_::{CompareOp, MethodDef, MethodFn, Slots, TypeDef, TypeObject, tpflags};
use super::value::{LayoutId, ObjectLayout, Payload, PyObject, PyRef, Value, alloc};
use crate::builtin_type;
use crate::objects::baseobject::{OBJECT_SLOTS, OBJECT_TYPE};
use crate::objects::{bool_, none};
use crate::vm::{FuncArgs, PyResult, Vm};

/// The payload of a `list`.
pub struct List {
    items: RefCell<Vec<Value>>,
}

// SAFETY: List is the only payload with LayoutId::List.
unsafe impl Payload for List {
    const LAYOUT: LayoutId = LayoutId::List;
}

impl List {
    pub fn new(items: Vec<Value>) -> List {
        List {
            items: RefCell::new(items),
        }
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.items.borrow().len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    #[inline]
    pub fn get(&self, i: usize) -> Option<Value> {
        self.items.borrow().get(i).cloned()
    }

    /// Replaces item `i`; the old item is dropped after the borrow ends.
    pub fn set(&self, i: usize, v: Value) -> bool {
        let old = {
            let mut items = self.items.borrow_mut();
            match items.get_mut(i) {
                Some(slot) => Some(std::mem::replace(slot, v)),
                None => None,
            }
        };
        old.is_some()
    }

    #[inline]
    pub fn push(&self, v: Value) {
        self.items.borrow_mut().push(v);
    }

    pub fn pop(&self) -> Option<Value> {
        self.items.borrow_mut().pop()
    }

    /// A snapshot of the items.
    pub fn to_vec(&self) -> Vec<Value> {
        self.items.borrow().clone()
    }

    /// Replaces all items, returning the old ones for the caller to drop.
    pub fn replace_all(&self, items: Vec<Value>) -> Vec<Value> {
        std::mem::replace(&mut *self.items.borrow_mut(), items)
    }

    pub fn extend_from_slice(&self, v: &[Value]) {
        self.items.borrow_mut().extend_from_slice(v);
    }

    /// Visits the items (the cycle collector's traverse).
    pub fn for_each(&self, mut f: impl FnMut(&Value)) {
        if let Ok(items) = self.items.try_borrow() {
            items.iter().for_each(&mut f);
        }
    }

    /// Borrows the items for a computation that runs no Python code.
    pub fn with_items<R>(&self, f: impl FnOnce(&[Value]) -> R) -> R {
        f(&self.items.borrow())
    }
}

/// A new list (tracked by the collector when a Vm is current).
pub fn new_list(items: Vec<Value>) -> PyRef<List> {
    let r = alloc(LIST_TYPE.get(), List::new(items))
        .unwrap_or_else(|| std::alloc::handle_alloc_error(std::alloc::Layout::new::<List>()));
    crate::gc::track_new(r.as_value());
    r
}

fn list_of<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a PyObject<List>> {
    v.downcast_ref::<List>().ok_or_else(|| {
        vm.type_error(format!(
            "descriptor requires a 'list' object but received a '{}'",
            v.ty().tp_name()
        ))
    })
}

fn list_len(vm: &Vm, v: &Value) -> PyResult<usize> {
    Ok(list_of(vm, v)?.len())
}

/// `repr(list)` with the recursion guard `[...]` (CPython `list_repr`).
fn list_repr(vm: &Vm, v: &Value) -> PyResult {
    let l = list_of(vm, v)?;
    if l.is_empty() {
        return Ok(new_string("[]".into()).into_value());
    }
    let Some(_guard) = vm.repr_enter(v) else {
        return Ok(new_string("[...]".into()).into_value());
    };
    let mut s = String::from("[");
    let mut i = 0;
    while let Some(item) = l.get(i) {
        if i > 0 {
            s.push_str(", ");
        }
        s.push_str(&vm.repr(&item)?.to_string_lossy());
        i += 1;
    }
    s.push(']');
    Ok(new_string(s).into_value())
}

/// Normalises an index, raising IndexError with `what`'s message.
fn index_of(vm: &Vm, l: &List, idx: &Value, what: &str) -> PyResult<usize> {
    let i = vm.index_isize(idx)?;
    let n = l.len() as isize;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.index_error(what.to_string()));
    }
    Ok(j as usize)
}

fn list_subscript(vm: &Vm, v: &Value, idx: &Value) -> PyResult {
    let l = list_of(vm, v)?;
    if let Some(i) = idx.as_small_int() {
        let n = l.len() as i64;
        let j = if i < 0 { i + n } else { i };
        if j >= 0 && j < n {
            if let Some(x) = l.get(j as usize) {
                return Ok(x);
            }
        }
        return Err(vm.index_error("list index out of range"));
    }
    if let Some(s) = idx.downcast_ref::<super::slice::Slice>() {
        let ind = s.indices(vm, l.len())?;
        let items = l.with_items(|items| ind.collect(items));
        return Ok(new_list(items).into_value());
    }
    if vm.has_index(idx) {
        let j = index_of(vm, l, idx, "list index out of range")?;
        return l.get(j).ok_or_else(|| vm.index_error("list index out of range"));
    }
    Err(vm.type_error(format!(
        "list indices must be integers or slices, not {}",
        idx.ty().tp_name()
    )))
}

fn list_ass_subscript(vm: &Vm, v: &Value, idx: &Value, value: Option<Value>) -> PyResult<()> {
    let l = list_of(vm, v)?;
    if let Some(s) = idx.downcast_ref::<super::slice::Slice>() {
        let ind = s.indices(vm, l.len())?;
        return match value {
            Some(seq) => {
                // `a[i:j] = a` copies first (CPython `list_ass_slice`).
                let new_items = vm.to_vec(&seq)?;
                assign_slice(vm, l, &ind, new_items)
            }
            None => {
                let removed = {
                    let mut items = l.items.borrow_mut();
                    ind.delete_from(&mut items)
                };
                drop(removed);
                Ok(())
            }
        };
    }
    if !vm.has_index(idx) {
        return Err(vm.type_error(format!(
            "list indices must be integers or slices, not {}",
            idx.ty().tp_name()
        )));
    }
    match value {
        Some(x) => {
            let j = index_of(vm, l, idx, "list assignment index out of range")?;
            l.set(j, x);
            Ok(())
        }
        None => {
            let j = index_of(vm, l, idx, "list assignment index out of range")?;
            let old = l.items.borrow_mut().remove(j);
            drop(old);
            Ok(())
        }
    }
}

fn assign_slice(vm: &Vm, l: &List, ind: &SliceIndices, new_items: Vec<Value>) -> PyResult<()> {
    if ind.step == 1 {
        let start = ind.start.max(0) as usize;
        let stop = (ind.stop.max(ind.start)).max(0) as usize;
        let removed: Vec<Value> = {
            let mut items = l.items.borrow_mut();
            let stop = stop.min(items.len());
            let start = start.min(stop);
            items.splice(start..stop, new_items).collect()
        };
        drop(removed);
        return Ok(());
    }
    if new_items.len() != ind.len {
        return Err(vm.value_error(format!(
            "attempt to assign sequence of size {} to extended slice of size {}",
            new_items.len(),
            ind.len
        )));
    }
    let mut old = Vec::with_capacity(ind.len);
    {
        let mut items = l.items.borrow_mut();
        for (k, x) in new_items.into_iter().enumerate() {
            let pos = (ind.start + k as isize * ind.step) as usize;
            if let Some(slot) = items.get_mut(pos) {
                old.push(std::mem::replace(slot, x));
            }
        }
    }
    drop(old);
    Ok(())
}

fn list_contains(vm: &Vm, v: &Value, x: &Value) -> PyResult<bool> {
    let l = list_of(vm, v)?;
    let mut i = 0;
    while let Some(item) = l.get(i) {
        if vm.eq(&item, x)? {
            return Ok(true);
        }
        i += 1;
    }
    Ok(false)
}

fn list_iter(vm: &Vm, v: &Value) -> PyResult {
    let _ = list_of(vm, v)?;
    Ok(super::iter::new_seq_iter(vm, super::iter::SeqKind::List, v.clone()))
}

fn list_concat(vm: &Vm, v: &Value, w: &Value) -> PyResult {
    let l = list_of(vm, v)?;
    let Some(o) = w.downcast_ref::<List>() else {
        return Err(vm.type_error(format!(
            "can only concatenate list (not \"{}\") to list",
            w.ty().tp_name()
        )));
    };
    let mut items = l.to_vec();
    items.extend(o.to_vec());
    Ok(new_list(items).into_value())
}

fn list_inplace_concat(vm: &Vm, v: &Value, w: &Value) -> PyResult {
    let l = list_of(vm, v)?;
    let items = vm.to_vec(w)?;
    l.extend_from_slice(&items);
    Ok(v.clone())
}

fn repeat_count(vm: &Vm, n: &Value) -> PyResult<Option<usize>> {
    if !vm.has_index(n) {
        return Ok(None);
    }
    let n = vm.index_isize(n)?;
    Ok(Some(n.max(0) as usize))
}

fn list_repeat(vm: &Vm, v: &Value, n: &Value) -> PyResult {
    let l = list_of(vm, v)?;
    let Some(n) = repeat_count(vm, n)? else {
        return Err(vm.type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            n.ty().tp_name()
        )));
    };
    let items = l.to_vec();
    let total = items.len().checked_mul(n).ok_or_else(|| vm.memory_error())?;
    vm.check_big_alloc((total * 8) as u64)?;
    let mut out = Vec::with_capacity(total);
    for _ in 0..n {
        out.extend_from_slice(&items);
    }
    Ok(new_list(out).into_value())
}

fn list_inplace_repeat(vm: &Vm, v: &Value, n: &Value) -> PyResult {
    let l = list_of(vm, v)?;
    let Some(n) = repeat_count(vm, n)? else {
        return Err(vm.type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            n.ty().tp_name()
        )));
    };
    let items = l.to_vec();
    let total = items.len().checked_mul(n).ok_or_else(|| vm.memory_error())?;
    vm.check_big_alloc((total * 8) as u64)?;
    let mut out = Vec::with_capacity(total);
    for _ in 0..n {
        out.extend_from_slice(&items);
    }
    drop(l.replace_all(out));
    Ok(v.clone())
}

/// Lexicographic comparison (CPython `list_richcompare`).
fn list_richcompare(vm: &Vm, v: &Value, w: &Value, op: CompareOp) -> PyResult {
    let (Some(a), Some(b)) = (v.downcast_ref::<List>(), w.downcast_ref::<List>()) else {
        return Ok(none::not_implemented());
    };
    if a.len() != b.len() && matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(bool_::new_bool(op == CompareOp::Ne));
    }
    let mut i = 0;
    loop {
        let (x, y) = (a.get(i), b.get(i));
        match (x, y) {
            (Some(x), Some(y)) => {
                if !vm.eq(&x, &y)? {
                    return match op {
                        CompareOp::Eq => Ok(bool_::new_bool(false)),
                        CompareOp::Ne => Ok(bool_::new_bool(true)),
                        _ => vm.rich_compare(&x, &y, op),
                    };
                }
            }
            _ => {
                let (la, lb) = (a.len(), b.len());
                return Ok(bool_::new_bool(op.test(la.cmp(&lb))));
            }
        }
        i += 1;
    }
}

/// `list(iterable=())` initialisation (CPython `list___init___impl`).
fn list_init(vm: &Vm, v: &Value, args: FuncArgs<'_>) -> PyResult<()> {
    let l = list_of(vm, v)?;
    if args.has_kwargs() && v.is_type(LIST_TYPE.get()) {
        return Err(vm.type_error("list() takes no keyword arguments"));
    }
    let pos = args.positional();
    if pos.len() > 1 {
        return Err(vm.type_error(format!("list expected at most 1 argument, got {}", pos.len())));
    }
    let items = match pos.first() {
        Some(it) => vm.to_vec(it)?,
        None => Vec::new(),
    };
    drop(l.replace_all(items));
    Ok(())
}

fn list_new(vm: &Vm, ty: &TypeObject, _args: FuncArgs<'_>) -> PyResult {
    let r = alloc(ty, List::new(Vec::new())).ok_or_else(|| vm.memory_error())?;
    let v = r.into_value();
    crate::gc::track(vm, &v);
    Ok(v)
}

// ---------------------------------------------------------------------------
// Methods.

fn list_append(vm: &Vm, v: &Value, x: &Value) -> PyResult {
    list_of(vm, v)?.push(x.clone());
    Ok(none::none())
}

fn list_extend(vm: &Vm, v: &Value, it: &Value) -> PyResult {
    let l = list_of(vm, v)?;
    let items = vm.to_vec(it)?;
    l.extend_from_slice(&items);
    Ok(none::none())
}

fn list_pop(vm: &Vm, v: &Value, args: &[Value]) -> PyResult {
    crate::vm::call::check_arity(vm, "pop", args.len(), 0, 1)?;
    let l = list_of(vm, v)?;
    if l.is_empty() {
        return Err(vm.index_error("pop from empty list"));
    }
    let i = match args.first() {
        Some(a) => vm.index_isize(a)?,
        None => -1,
    };
    let n = l.len() as isize;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.index_error("pop index out of range"));
    }
    Ok(l.items.borrow_mut().remove(j as usize))
}

fn list_insert(vm: &Vm, v: &Value, args: &[Value]) -> PyResult {
    crate::vm::call::check_arity(vm, "insert", args.len(), 2, 2)?;
    let l = list_of(vm, v)?;
    let i = vm.index_isize(&args[0])?;
    let mut items = l.items.borrow_mut();
    let n = items.len() as isize;
    let j = if i < 0 { (i + n).max(0) } else { i.min(n) };
    items.insert(j as usize, args[1].clone());
    Ok(none::none())
}

fn list_clear(vm: &Vm, v: &Value) -> PyResult {
    let l = list_of(vm, v)?;
    drop(l.replace_all(Vec::new()));
    Ok(none::none())
}

fn list_copy(vm: &Vm, v: &Value) -> PyResult {
    Ok(new_list(list_of(vm, v)?.to_vec()).into_value())
}

fn list_reverse(vm: &Vm, v: &Value) -> PyResult {
    list_of(vm, v)?.items.borrow_mut().reverse();
    Ok(none::none())
}

fn list_count(vm: &Vm, v: &Value, x: &Value) -> PyResult {
    let l = list_of(vm, v)?;
    let mut n = 0;
    let mut i = 0;
    while let Some(item) = l.get(i) {
        if vm.eq(&item, x)? {
            n += 1;
        }
        i += 1;
    }
    Ok(new_int(n))
}

fn list_index(vm: &Vm, v: &Value, args: &[Value]) -> PyResult {
    crate::vm::call::check_arity(vm, "index", args.len(), 1, 3)?;
    let l = list_of(vm, v)?;
    let n = l.len() as isize;
    let norm = |i: isize| if i < 0 { (i + n).max(0) } else { i.min(n) };
    let start = match args.get(1) {
        Some(s) => norm(vm.slice_index(s)?),
        None => 0,
    };
    let stop = match args.get(2) {
        Some(s) => norm(vm.slice_index(s)?),
        None => n,
    };
    let mut i = start;
    while i < stop {
        let Some(item) = l.get(i as usize) else { break };
        if vm.eq(&item, &args[0])? {
            return Ok(new_int(i as i64));
        }
        i += 1;
    }
    Err(vm.value_error("list.index(x): x not in list"))
}

fn list_remove(vm: &Vm, v: &Value, x: &Value) -> PyResult {
    let l = list_of(vm, v)?;
    let mut i = 0;
    while let Some(item) = l.get(i) {
        if vm.eq(&item, x)? {
            let removed = {
                let mut items = l.items.borrow_mut();
                if i < items.len() { Some(items.remove(i)) } else { None }
            };
            drop(removed);
            return Ok(none::none());
        }
        i += 1;
    }
    Err(vm.value_error("list.remove(x): x not in list"))
}

/// `list.sort(*, key=None, reverse=False)`: stable, detects mutation during
/// the sort as CPython does ("list modified during sort").
fn list_sort(vm: &Vm, v: &Value, args: FuncArgs<'_>) -> PyResult {
    let l = list_of(vm, v)?;
    if !args.positional().is_empty() {
        return Err(vm.type_error("sort() takes no positional arguments"));
    }
    let p = crate::vm::call::parse_args(vm, "sort", args, &["$key", "$reverse"], 0, 0)?;
    let key = p[0].clone().filter(|k| !none::is_none(k));
    let reverse = match &p[1] {
        Some(r) => vm.is_true(r)?,
        None => false,
    };
    // Take the items out, so mutation during the sort is visible as a
    // non-empty list afterwards (CPython empties the list while sorting).
    let items = l.replace_all(Vec::new());
    let result = super::listsort::sort_values(vm, items, key.as_ref(), reverse);
    let (sorted, err) = match result {
        Ok(s) => (s, None),
        Err((s, e)) => (s, Some(e)),
    };
    let modified = !l.is_empty();
    drop(l.replace_all(sorted));
    if let Some(e) = err {
        return Err(e);
    }
    if modified {
        return Err(vm.value_error("list modified during sort"));
    }
    Ok(none::none())
}

fn list_sizeof(vm: &Vm, v: &Value) -> PyResult {
    let l = list_of(vm, v)?;
    let cap = l.items.borrow().capacity();
    Ok(new_int(40 + 8 * cap as i64))
}

fn list_reversed(vm: &Vm, v: &Value) -> PyResult {
    let _ = list_of(vm, v)?;
    Ok(super::iter::new_reversed_seq_iter(vm, super::iter::SeqKind::List, v.clone()))
}

fn list_class_getitem(vm: &Vm, cls: &TypeObject, args: FuncArgs<'_>) -> PyResult {
    crate::objects::genericalias::class_getitem(vm, cls, args)
}

static LIST_METHODS: &[MethodDef] = &[
    MethodDef { name: "__getitem__", func: MethodFn::O(list_subscript), doc: Some("Return self[index].") },
    MethodDef { name: "__reversed__", func: MethodFn::NoArgs(list_reversed), doc: Some("Return a reverse iterator over the list.") },
    MethodDef { name: "__sizeof__", func: MethodFn::NoArgs(list_sizeof), doc: Some("Return the size of the list in memory, in bytes.") },
    MethodDef { name: "clear", func: MethodFn::NoArgs(list_clear), doc: Some("Remove all items from list.") },
    MethodDef { name: "copy", func: MethodFn::NoArgs(list_copy), doc: Some("Return a shallow copy of the list.") },
    MethodDef { name: "append", func: MethodFn::O(list_append), doc: Some("Append object to the end of the list.") },
    MethodDef { name: "insert", func: MethodFn::Fast(list_insert), doc: Some("Insert object before index.") },
    MethodDef { name: "extend", func: MethodFn::O(list_extend), doc: Some("Extend list by appending elements from the iterable.") },
    MethodDef { name: "pop", func: MethodFn::Fast(list_pop), doc: Some("Remove and return item at index (default last).\n\nRaises IndexError if list is empty or index is out of range.") },
    MethodDef { name: "remove", func: MethodFn::O(list_remove), doc: Some("Remove first occurrence of value.\n\nRaises ValueError if the value is not present.") },
    MethodDef { name: "index", func: MethodFn::Fast(list_index), doc: Some("Return first index of value.\n\nRaises ValueError if the value is not present.") },
    MethodDef { name: "count", func: MethodFn::O(list_count), doc: Some("Return number of occurrences of value.") },
    MethodDef { name: "reverse", func: MethodFn::NoArgs(list_reverse), doc: Some("Reverse *IN PLACE*.") },
    MethodDef { name: "sort", func: MethodFn::FastKw(list_sort), doc: Some("Sort the list in ascending order and return None.\n\nThe sort is in-place (i.e. the list itself is modified) and stable (i.e. the\norder of two equal elements is maintained).\n\nIf a key function is given, apply it once to each list item and sort them,\nascending or descending, according to their function values.\n\nThe reverse flag can be set to sort in descending order.") },
    MethodDef { name: "__class_getitem__", func: MethodFn::Class(list_class_getitem), doc: Some("See PEP 585") },
];

static LIST_DEF: TypeDef = TypeDef {
    name: "list",
    doc: Some("Built-in mutable sequence.\n\nIf no argument is given, the constructor creates a new empty list.\nThe argument must be an iterable if specified."),
    methods: LIST_METHODS,
    getsets: &[],
    members: &[],
    attrs: Vec::new,
};

const LIST_SLOTS: Slots = Slots {
    repr: Cell::new(Some(list_repr)),
    hash: Cell::new(None),
    richcompare: Cell::new(Some(list_richcompare)),
    iter: Cell::new(Some(list_iter)),
    init: Cell::new(Some(list_init)),
    new: Cell::new(Some(list_new)),
    mp_length: Cell::new(Some(list_len)),
    sq_length: Cell::new(Some(list_len)),
    mp_subscript: Cell::new(Some(list_subscript)),
    mp_ass_subscript: Cell::new(Some(list_ass_subscript)),
    sq_concat: Cell::new(Some(list_concat)),
    sq_repeat: Cell::new(Some(list_repeat)),
    sq_inplace_concat: Cell::new(Some(list_inplace_concat)),
    sq_inplace_repeat: Cell::new(Some(list_inplace_repeat)),
    sq_contains: Cell::new(Some(list_contains)),
    ..OBJECT_SLOTS
};

builtin_type!(pub LIST_TYPE: List, def &LIST_DEF, base &OBJECT_TYPE.0, mro [&OBJECT_TYPE.0],
    slots LIST_SLOTS, flags tpflags::BASETYPE | tpflags::HAVE_GC | tpflags::LIST_SUBCLASS | tpflags::SEQUENCE | tpflags::MATCH_SELF,
    layout ObjectLayout::gc());
