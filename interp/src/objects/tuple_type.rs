//! The `tuple` type.
//!
//! CPython: Objects/tupleobject.c.

use std::cell::Cell;

use super::int::new_int;
use super::str::new_string;
use super::tuple::{EMPTY_TUPLE, Tuple, new_tuple, new_tuple_of_type};
use super::type_::{CompareOp, MethodDef, MethodFn, Slots, TypeDef, TypeObject, tpflags};
use super::value::{ObjectLayout, PyObject, Value};
use crate::builtin_type;
use crate::objects::baseobject::{OBJECT_SLOTS, OBJECT_TYPE};
use crate::objects::hash::TupleHasher;
use crate::objects::{bool_, none};
use crate::vm::{FuncArgs, PyResult, Vm};

fn tuple_of<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a PyObject<Tuple>> {
    v.downcast_ref::<Tuple>().ok_or_else(|| {
        vm.type_error(format!(
            "descriptor requires a 'tuple' object but received a '{}'",
            v.ty().tp_name()
        ))
    })
}

fn tuple_len(vm: &Vm, v: &Value) -> PyResult<usize> {
    Ok(tuple_of(vm, v)?.len())
}

/// `repr(tuple)`: `(1,)` for one item, with the recursion guard `(...)`.
fn tuple_repr(vm: &Vm, v: &Value) -> PyResult {
    let t = tuple_of(vm, v)?;
    if t.is_empty() {
        return Ok(new_string("()".into()).into_value());
    }
    let Some(_guard) = vm.repr_enter(v) else {
        return Ok(new_string("(...)".into()).into_value());
    };
    let mut s = String::from("(");
    for (i, item) in t.as_slice().iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        s.push_str(&vm.repr(item)?.to_string_lossy());
    }
    if t.len() == 1 {
        s.push(',');
    }
    s.push(')');
    Ok(new_string(s).into_value())
}

fn tuple_hash(vm: &Vm, v: &Value) -> PyResult<i64> {
    let t = tuple_of(vm, v)?;
    let cached = t.hash_cache.get();
    if cached != -1 {
        return Ok(cached);
    }
    let mut h = TupleHasher::new();
    for item in t.as_slice() {
        h.add(vm.hash(item)?);
    }
    let r = h.finish();
    t.hash_cache.set(r);
    Ok(r)
}

fn tuple_subscript(vm: &Vm, v: &Value, idx: &Value) -> PyResult {
    let t = tuple_of(vm, v)?;
    if let Some(i) = idx.as_small_int() {
        let n = t.len() as i64;
        let j = if i < 0 { i + n } else { i };
        if let Some(x) = (j >= 0).then(|| t.get(j as usize)).flatten() {
            return Ok(x.clone());
        }
        return Err(vm.index_error("tuple index out of range"));
    }
    if let Some(s) = idx.downcast_ref::<super::slice::Slice>() {
        let ind = s.indices(vm, t.len())?;
        if ind.step == 1 && ind.len == t.len() && v.is_type(TUPLE_TYPE.get()) {
            return Ok(v.clone());
        }
        return Ok(new_tuple(ind.collect(t.as_slice())).into_value());
    }
    if vm.has_index(idx) {
        let i = vm.index_isize(idx)?;
        let n = t.len() as isize;
        let j = if i < 0 { i + n } else { i };
        return (j >= 0)
            .then(|| t.get(j as usize).cloned())
            .flatten()
            .ok_or_else(|| vm.index_error("tuple index out of range"));
    }
    Err(vm.type_error(format!(
        "tuple indices must be integers or slices, not {}",
        idx.ty().tp_name()
    )))
}

fn tuple_contains(vm: &Vm, v: &Value, x: &Value) -> PyResult<bool> {
    for item in tuple_of(vm, v)?.as_slice() {
        if vm.eq(item, x)? {
            return Ok(true);
        }
    }
    Ok(false)
}

fn tuple_iter(vm: &Vm, v: &Value) -> PyResult {
    let _ = tuple_of(vm, v)?;
    Ok(super::iter::new_seq_iter(vm, super::iter::SeqKind::Tuple, v.clone()))
}

fn tuple_concat(vm: &Vm, v: &Value, w: &Value) -> PyResult {
    let t = tuple_of(vm, v)?;
    let Some(o) = w.downcast_ref::<Tuple>() else {
        return Err(vm.type_error(format!(
            "can only concatenate tuple (not \"{}\") to tuple",
            w.ty().tp_name()
        )));
    };
    if o.is_empty() && v.is_type(TUPLE_TYPE.get()) {
        return Ok(v.clone());
    }
    let mut items = t.as_slice().to_vec();
    items.extend_from_slice(o.as_slice());
    Ok(new_tuple(items).into_value())
}

fn tuple_repeat(vm: &Vm, v: &Value, n: &Value) -> PyResult {
    let t = tuple_of(vm, v)?;
    if !vm.has_index(n) {
        return Err(vm.type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            n.ty().tp_name()
        )));
    }
    let n = vm.index_isize(n)?.max(0) as usize;
    if n == 1 && v.is_type(TUPLE_TYPE.get()) {
        return Ok(v.clone());
    }
    let total = t.len().checked_mul(n).ok_or_else(|| vm.memory_error())?;
    vm.check_big_alloc((total * 8) as u64)?;
    let mut items = Vec::with_capacity(total);
    for _ in 0..n {
        items.extend_from_slice(t.as_slice());
    }
    Ok(new_tuple(items).into_value())
}

fn tuple_richcompare(vm: &Vm, v: &Value, w: &Value, op: CompareOp) -> PyResult {
    let (Some(a), Some(b)) = (v.downcast_ref::<Tuple>(), w.downcast_ref::<Tuple>()) else {
        return Ok(none::not_implemented());
    };
    let (xa, xb) = (a.as_slice(), b.as_slice());
    for (x, y) in xa.iter().zip(xb.iter()) {
        if !vm.eq(x, y)? {
            return match op {
                CompareOp::Eq => Ok(bool_::new_bool(false)),
                CompareOp::Ne => Ok(bool_::new_bool(true)),
                _ => vm.rich_compare(x, y, op),
            };
        }
    }
    Ok(bool_::new_bool(op.test(xa.len().cmp(&xb.len()))))
}

/// `tuple(iterable=())`.
fn tuple_new(vm: &Vm, ty: &TypeObject, args: FuncArgs<'_>) -> PyResult {
    if args.has_kwargs() && std::ptr::eq(ty, TUPLE_TYPE.get()) {
        return Err(vm.type_error("tuple() takes no keyword arguments"));
    }
    let pos = args.positional();
    if pos.len() > 1 {
        return Err(vm.type_error(format!("tuple expected at most 1 argument, got {}", pos.len())));
    }
    if std::ptr::eq(ty, TUPLE_TYPE.get()) {
        return match pos.first() {
            None => Ok(EMPTY_TUPLE.value()),
            Some(it) if it.is_type(TUPLE_TYPE.get()) => Ok(it.clone()),
            Some(it) => Ok(new_tuple(vm.to_vec(it)?).into_value()),
        };
    }
    let items = match pos.first() {
        Some(it) => vm.to_vec(it)?,
        None => Vec::new(),
    };
    Ok(new_tuple_of_type(ty, items).into_value())
}

fn tuple_count(vm: &Vm, v: &Value, x: &Value) -> PyResult {
    let mut n = 0;
    for item in tuple_of(vm, v)?.as_slice() {
        if vm.eq(item, x)? {
            n += 1;
        }
    }
    Ok(new_int(n))
}

fn tuple_index(vm: &Vm, v: &Value, args: &[Value]) -> PyResult {
    crate::vm::call::check_arity(vm, "index", args.len(), 1, 3)?;
    let t = tuple_of(vm, v)?;
    let n = t.len() as isize;
    let norm = |i: isize| if i < 0 { (i + n).max(0) } else { i.min(n) };
    let start = match args.get(1) {
        Some(s) => norm(vm.slice_index(s)?),
        None => 0,
    };
    let stop = match args.get(2) {
        Some(s) => norm(vm.slice_index(s)?),
        None => n,
    };
    for i in start..stop {
        if vm.eq(&t.as_slice()[i as usize], &args[0])? {
            return Ok(new_int(i as i64));
        }
    }
    Err(vm.value_error("tuple.index(x): x not in tuple"))
}

fn tuple_getnewargs(vm: &Vm, v: &Value) -> PyResult {
    let t = tuple_of(vm, v)?;
    Ok(new_tuple(vec![new_tuple(t.as_slice().to_vec()).into_value()]).into_value())
}

fn tuple_class_getitem(vm: &Vm, cls: &TypeObject, args: FuncArgs<'_>) -> PyResult {
    crate::objects::genericalias::class_getitem(vm, cls, args)
}

static TUPLE_METHODS: &[MethodDef] = &[
    MethodDef { name: "__getnewargs__", func: MethodFn::NoArgs(tuple_getnewargs), doc: None },
    MethodDef { name: "index", func: MethodFn::Fast(tuple_index), doc: Some("Return first index of value.\n\nRaises ValueError if the value is not present.") },
    MethodDef { name: "count", func: MethodFn::O(tuple_count), doc: Some("Return number of occurrences of value.") },
    MethodDef { name: "__class_getitem__", func: MethodFn::Class(tuple_class_getitem), doc: Some("See PEP 585") },
];

static TUPLE_DEF: TypeDef = TypeDef {
    name: "tuple",
    doc: Some("Built-in immutable sequence.\n\nIf no argument is given, the constructor returns an empty tuple.\nIf iterable is specified the tuple is initialized from iterable's items.\n\nIf the argument is a tuple, the return value is the same object."),
    methods: TUPLE_METHODS,
    getsets: &[],
    members: &[],
    attrs: Vec::new,
};

const TUPLE_SLOTS: Slots = Slots {
    repr: Cell::new(Some(tuple_repr)),
    hash: Cell::new(Some(tuple_hash)),
    richcompare: Cell::new(Some(tuple_richcompare)),
    iter: Cell::new(Some(tuple_iter)),
    new: Cell::new(Some(tuple_new)),
    mp_length: Cell::new(Some(tuple_len)),
    sq_length: Cell::new(Some(tuple_len)),
    mp_subscript: Cell::new(Some(tuple_subscript)),
    sq_concat: Cell::new(Some(tuple_concat)),
    sq_repeat: Cell::new(Some(tuple_repeat)),
    sq_contains: Cell::new(Some(tuple_contains)),
    ..OBJECT_SLOTS
};

builtin_type!(pub TUPLE_TYPE: Tuple, def &TUPLE_DEF, base &OBJECT_TYPE.0, mro [&OBJECT_TYPE.0],
    slots TUPLE_SLOTS, flags tpflags::BASETYPE | tpflags::HAVE_GC | tpflags::TUPLE_SUBCLASS | tpflags::SEQUENCE | tpflags::MATCH_SELF,
    layout ObjectLayout::gc());
