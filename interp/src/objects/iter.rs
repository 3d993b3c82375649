//! Iterators over sequences (list, tuple, str, and any `__getitem__`
//! sequence), their reversed forms, and `iter(callable, sentinel)`.
//!
//! CPython: Objects/iterobject.c, Objects/listobject.c (`listiter`,
//! `listreviter`), Objects/tupleobject.c (`tupleiter`),
//! Objects/unicodeobject.c (`unicodeiter`).

use std::cell::{Cell, RefCell};

use super::int::new_int;
use super::list::List;
use super::str::{Str, new_str_from_code_points};
use super::tuple::Tuple;
use super::type_::{MethodDef, MethodFn, Slots, TypeDef, TypeObject, tpflags};
use super::value::{LayoutId, ObjectLayout, Payload, Value, alloc};
use crate::builtin_type;
use crate::objects::baseobject::{OBJECT_SLOTS, OBJECT_TYPE};
use crate::vm::{PyResult, Vm};

/// Which sequence an iterator walks (picks the fast path and the type name).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SeqKind {
    List,
    Tuple,
    Str,
    /// Any object with `__getitem__`, indexed until IndexError/StopIteration.
    Generic,
}

/// The payload of sequence iterators. `seq` is cleared at exhaustion, as
/// CPython's are.
pub struct SeqIter {
    kind: SeqKind,
    seq: RefCell<Option<Value>>,
    /// Next index; for a str, the byte offset of the next code point.
    index: Cell<usize>,
    /// For reversed iterators, the remaining count (counting down).
    reversed: bool,
    /// `iter(callable, sentinel)`: the sentinel.
    sentinel: RefCell<Option<Value>>,
}

// SAFETY: SeqIter is the only payload with LayoutId::Iterator.
unsafe impl Payload for SeqIter {
    const LAYOUT: LayoutId = LayoutId::Iterator;
}

fn make(vm: &Vm, ty: &TypeObject, it: SeqIter) -> Value {
    let r = alloc(ty, it).unwrap_or_else(|| std::alloc::handle_alloc_error(std::alloc::Layout::new::<SeqIter>()));
    let v = r.into_value();
    crate::gc::track(vm, &v);
    v
}

/// `iter(seq)` for a list, tuple, str or other sequence.
pub fn new_seq_iter(vm: &Vm, kind: SeqKind, seq: Value) -> Value {
    let ty = match kind {
        SeqKind::List => LIST_ITERATOR_TYPE.get(),
        SeqKind::Tuple => TUPLE_ITERATOR_TYPE.get(),
        SeqKind::Str => {
            if seq.downcast_ref::<Str>().is_some_and(|s| s.is_ascii()) {
                STR_ASCII_ITERATOR_TYPE.get()
            } else {
                STR_ITERATOR_TYPE.get()
            }
        }
        SeqKind::Generic => SEQ_ITERATOR_TYPE.get(),
    };
    make(
        vm,
        ty,
        SeqIter {
            kind,
            seq: RefCell::new(Some(seq)),
            index: Cell::new(0),
            reversed: false,
            sentinel: RefCell::new(None),
        },
    )
}

/// `reversed(list)` and friends: starts at the last item.
pub fn new_reversed_seq_iter(vm: &Vm, kind: SeqKind, seq: Value) -> Value {
    let n = match kind {
        SeqKind::List => seq.downcast_ref::<List>().map_or(0, |l| l.len()),
        SeqKind::Tuple => seq.downcast_ref::<Tuple>().map_or(0, |t| t.len()),
        _ => 0,
    };
    let ty = match kind {
        SeqKind::List => LIST_REVERSE_ITERATOR_TYPE.get(),
        _ => REVERSED_TYPE.get(),
    };
    make(
        vm,
        ty,
        SeqIter {
            kind,
            seq: RefCell::new(Some(seq)),
            index: Cell::new(n),
            reversed: true,
            sentinel: RefCell::new(None),
        },
    )
}

/// `iter(callable, sentinel)`.
pub fn new_callable_iter(vm: &Vm, callable: Value, sentinel: Value) -> Value {
    make(
        vm,
        CALLABLE_ITERATOR_TYPE.get(),
        SeqIter {
            kind: SeqKind::Generic,
            seq: RefCell::new(Some(callable)),
            index: Cell::new(0),
            reversed: false,
            sentinel: RefCell::new(Some(sentinel)),
        },
    )
}

fn iter_of<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a SeqIter> {
    v.downcast_ref::<SeqIter>()
        .map(|i| &i.payload)
        .ok_or_else(|| vm.type_error("descriptor requires an iterator object"))
}

/// The next item of a sequence iterator (CPython `listiter_next` and friends).
pub fn seq_iter_next(vm: &Vm, v: &Value) -> PyResult<Option<Value>> {
    let it = iter_of(vm, v)?;
    let seq = it.seq.borrow().clone();
    let Some(seq) = seq else { return Ok(None) };
    if let Some(sentinel) = it.sentinel.borrow().clone() {
        let r = match vm.call(&seq, &[]) {
            Ok(r) => r,
            Err(e) if e.matches(crate::objects::exceptions::STOP_ITERATION.get()) => {
                it.seq.replace(None);
                return Ok(None);
            }
            Err(e) => return Err(e),
        };
        if vm.eq(&r, &sentinel)? {
            let old = it.seq.replace(None);
            drop(old);
            it.sentinel.replace(None);
            return Ok(None);
        }
        return Ok(Some(r));
    }
    let i = it.index.get();
    if it.reversed {
        if i == 0 {
            it.seq.replace(None);
            return Ok(None);
        }
        let item = match it.kind {
            SeqKind::List => seq.downcast_ref::<List>().and_then(|l| l.get(i - 1)),
            SeqKind::Tuple => seq.downcast_ref::<Tuple>().and_then(|t| t.get(i - 1).cloned()),
            _ => Some(vm.get_item(&seq, &new_int(i as i64 - 1))?),
        };
        it.index.set(i - 1);
        if item.is_none() {
            it.seq.replace(None);
        }
        return Ok(item);
    }
    let item = match it.kind {
        SeqKind::List => seq.downcast_ref::<List>().and_then(|l| l.get(i)),
        SeqKind::Tuple => seq.downcast_ref::<Tuple>().and_then(|t| t.get(i).cloned()),
        SeqKind::Str => {
            let s = seq.downcast_ref::<Str>();
            match s {
                Some(s) => {
                    let b = s.as_bytes();
                    if i >= b.len() {
                        None
                    } else {
                        let len = match b[i] {
                            0x00..=0x7F => 1,
                            0xC0..=0xDF => 2,
                            0xE0..=0xEF => 3,
                            _ => 4,
                        };
                        let end = (i + len).min(b.len());
                        it.index.set(end);
                        let cp = s.code_points_from(i).next();
                        return Ok(cp.map(|c| single_char(c)));
                    }
                }
                None => None,
            }
        }
        SeqKind::Generic => match vm.get_item(&seq, &new_int(i as i64)) {
            Ok(x) => Some(x),
            Err(e)
                if e.matches(crate::objects::exceptions::INDEX_ERROR.get())
                    || e.matches(crate::objects::exceptions::STOP_ITERATION.get()) =>
            {
                None
            }
            Err(e) => return Err(e),
        },
    };
    match item {
        Some(x) => {
            it.index.set(i + 1);
            Ok(Some(x))
        }
        None => {
            let old = it.seq.replace(None);
            drop(old);
            Ok(None)
        }
    }
}

/// A one-character string.
pub fn single_char(cp: u32) -> Value {
    crate::objects::str_type::char_str(cp)
}

fn iter_self(_vm: &Vm, v: &Value) -> PyResult {
    Ok(v.clone())
}

fn iter_length_hint(vm: &Vm, v: &Value) -> PyResult {
    let it = iter_of(vm, v)?;
    let seq = it.seq.borrow().clone();
    let Some(seq) = seq else { return Ok(new_int(0)) };
    let i = it.index.get();
    let n = match it.kind {
        SeqKind::List if it.reversed => i,
        SeqKind::Tuple if it.reversed => i,
        SeqKind::List => seq.downcast_ref::<List>().map_or(0, |l| l.len().saturating_sub(i)),
        SeqKind::Tuple => seq.downcast_ref::<Tuple>().map_or(0, |t| t.len().saturating_sub(i)),
        SeqKind::Str => seq
            .downcast_ref::<Str>()
            .map_or(0, |s| s.code_points_from(i).count()),
        SeqKind::Generic => {
            if it.sentinel.borrow().is_some() {
                return Ok(crate::objects::none::not_implemented());
            }
            match vm.len(&seq) {
                Ok(n) => n.saturating_sub(i),
                Err(_) => return Ok(crate::objects::none::not_implemented()),
            }
        }
    };
    Ok(new_int(n as i64))
}

fn iter_reduce(vm: &Vm, v: &Value) -> PyResult {
    let it = iter_of(vm, v)?;
    let seq = it.seq.borrow().clone();
    let iter_fn = vm.builtin("iter")?;
    match seq {
        Some(s) => {
            let idx = match it.kind {
                SeqKind::Str => {
                    let n = s.downcast_ref::<Str>().map_or(0, |st| st.as_bytes()[..it.index.get().min(st.as_bytes().len())].iter().filter(|&&b| b & 0xC0 != 0x80).count());
                    n
                }
                _ => it.index.get(),
            };
            let args = super::tuple::new_tuple(vec![s]).into_value();
            Ok(super::tuple::new_tuple(vec![iter_fn, args, new_int(idx as i64)]).into_value())
        }
        None => {
            let empty = super::tuple::new_tuple(vec![super::tuple::EMPTY_TUPLE.value()]).into_value();
            Ok(super::tuple::new_tuple(vec![iter_fn, empty]).into_value())
        }
    }
}

static SEQ_ITER_METHODS: &[MethodDef] = &[
    MethodDef { name: "__length_hint__", func: MethodFn::NoArgs(iter_length_hint), doc: Some("Private method returning an estimate of len(list(it)).") },
    MethodDef { name: "__reduce__", func: MethodFn::NoArgs(iter_reduce), doc: Some("Return state information for pickling.") },
];

pub const ITER_SLOTS: Slots = Slots {
    iter: Cell::new(Some(iter_self)),
    iternext: Cell::new(Some(seq_iter_next)),
    ..OBJECT_SLOTS
};

macro_rules! iter_type {
    ($name:ident, $def:ident, $pyname:literal) => {
        static $def: TypeDef = TypeDef {
            methods: SEQ_ITER_METHODS,
            ..TypeDef::new($pyname)
        };
        builtin_type!(pub $name: SeqIter, def &$def, base &OBJECT_TYPE.0, mro [&OBJECT_TYPE.0],
            slots ITER_SLOTS, flags tpflags::HAVE_GC | tpflags::DISALLOW_INSTANTIATION, layout ObjectLayout::gc());
    };
}

iter_type!(LIST_ITERATOR_TYPE, LIST_ITERATOR_DEF, "list_iterator");
iter_type!(LIST_REVERSE_ITERATOR_TYPE, LIST_REVERSE_ITERATOR_DEF, "list_reverseiterator");
iter_type!(TUPLE_ITERATOR_TYPE, TUPLE_ITERATOR_DEF, "tuple_iterator");
iter_type!(STR_ASCII_ITERATOR_TYPE, STR_ASCII_ITERATOR_DEF, "str_ascii_iterator");
iter_type!(STR_ITERATOR_TYPE, STR_ITERATOR_DEF, "str_iterator");
iter_type!(SEQ_ITERATOR_TYPE, SEQ_ITERATOR_DEF, "iterator");
iter_type!(CALLABLE_ITERATOR_TYPE, CALLABLE_ITERATOR_DEF, "callable_iterator");
iter_type!(REVERSED_TYPE, REVERSED_DEF, "reversed");

