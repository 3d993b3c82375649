//! `enumerate`, `reversed`, `map`, `filter` and `zip`.
//!
//! CPython: Objects/enumobject.c, Python/bltinmodule.c (map, filter, zip).

use std::cell::{Cell, RefCell};

use super::int::{as_int, new_bigint, new_int};
use super::tuple::{Tuple, new_tuple};
use super::type_::{MethodDef, MethodFn, Slots, TypeDef, TypeObject, tpflags};
use super::value::{LayoutId, ObjectLayout, Payload, Value, alloc};
use crate::builtin_type;
use crate::objects::baseobject::{OBJECT_SLOTS, OBJECT_TYPE};
use crate::objects::{bool_, none};
use crate::vm::{FuncArgs, PyResult, Vm};

/// The payload of enumerate, reversed, map, filter and zip objects.
pub struct IterOp {
    /// The underlying iterators (one for most; several for zip and map).
    pub iters: RefCell<Vec<Value>>,
    /// enumerate: the next index; reversed: the next position.
    pub index: Cell<i64>,
    /// enumerate's index beyond i64.
    pub big_index: RefCell<Option<num_bigint::BigInt>>,
    /// map/filter: the function.
    pub func: Option<Value>,
    /// zip(strict=True).
    pub strict: bool,
    /// reversed over a sequence: the sequence (iters is empty).
    pub seq: RefCell<Option<Value>>,
}

// SAFETY: a native layout id is the TypeId of IterOp, which no other type has.
unsafe impl Payload for IterOp {
    const LAYOUT: LayoutId = LayoutId::native::<Self>();
}

fn make(vm: &Vm, ty: &TypeObject, op: IterOp) -> PyResult {
    let r = alloc(ty, op).ok_or_else(|| vm.memory_error())?.into_value();
    crate::gc::track(vm, &r);
    Ok(r)
}

fn of<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a IterOp> {
    v.downcast_ref::<IterOp>().map(|x| &x.payload).ok_or_else(|| vm.internal_error("iterator object"))
}

fn base_op(iters: Vec<Value>) -> IterOp {
    IterOp {
        iters: RefCell::new(iters),
        index: Cell::new(0),
        big_index: RefCell::new(None),
        func: None,
        strict: false,
        seq: RefCell::new(None),
    }
}

fn self_iter(_vm: &Vm, v: &Value) -> PyResult {
    Ok(v.clone())
}

// --- enumerate --------------------------------------------------------------

/// `enumerate(iterable, start=0)`.
fn enumerate_new(vm: &Vm, ty: &TypeObject, args: FuncArgs<'_>) -> PyResult {
    let p = crate::vm::call::parse_args(vm, "enumerate", args, &["iterable", "start"], 1, 2)?;
    let it = vm.iter(p[0].as_ref().ok_or_else(|| vm.type_error("enumerate() missing required argument 'iterable'"))?)?;
    let mut op = base_op(vec![it]);
    if let Some(s) = &p[1] {
        let s = vm.index(s).map_err(|_| {
            vm.type_error(format!("'{}' object cannot be interpreted as an integer", s.ty().tp_name()))
        })?;
        match as_int(&s) {
            Some(i) => match i.to_i64() {
                Some(x) => op.index.set(x),
                None => op.big_index = RefCell::new(Some(i.to_bigint())),
            },
            None => {}
        }
    }
    make(vm, ty, op)
}

fn enumerate_next(vm: &Vm, v: &Value) -> PyResult<Option<Value>> {
    let e = of(vm, v)?;
    let it = e.iters.borrow().first().cloned();
    let Some(it) = it else { return Ok(None) };
    let Some(x) = vm.next(&it)? else { return Ok(None) };
    let idx = match e.big_index.borrow_mut().as_mut() {
        Some(b) => {
            let cur = b.clone();
            *b += 1;
            new_bigint(cur)
        }
        None => {
            let i = e.index.get();
            match i.checked_add(1) {
                Some(n) => e.index.set(n),
                None => {
                    *e.big_index.borrow_mut() = Some(num_bigint::BigInt::from(i) + 1);
                }
            }
            new_int(i)
        }
    };
    Ok(Some(new_tuple(vec![idx, x]).into_value()))
}

fn enumerate_class_getitem(vm: &Vm, cls: &TypeObject, args: FuncArgs<'_>) -> PyResult {
    crate::objects::genericalias::class_getitem(vm, cls, args)
}

static ENUMERATE_METHODS: &[MethodDef] = &[MethodDef {
    name: "__class_getitem__",
    func: MethodFn::Class(enumerate_class_getitem),
    doc: Some("See PEP 585"),
}];

static ENUMERATE_DEF: TypeDef = TypeDef {
    doc: Some("Return an enumerate object.\n\n  iterable\n    an object supporting iteration\n\nThe enumerate object yields pairs containing a count (from start, which\ndefaults to zero) and a value yielded by the iterable argument.\n\nenumerate is useful for obtaining an indexed list:\n    (0, seq[0]), (1, seq[1]), (2, seq[2]), ..."),
    methods: ENUMERATE_METHODS,
    ..TypeDef::new("enumerate")
};

const ENUMERATE_SLOTS: Slots = Slots {
    new: Cell::new(Some(enumerate_new)),
    iter: Cell::new(Some(self_iter)),
    iternext: Cell::new(Some(enumerate_next)),
    ..OBJECT_SLOTS
};

builtin_type!(pub ENUMERATE_TYPE: IterOp, def &ENUMERATE_DEF, base &OBJECT_TYPE.0, mro [&OBJECT_TYPE.0],
    slots ENUMERATE_SLOTS, flags tpflags::BASETYPE | tpflags::HAVE_GC, layout ObjectLayout::gc());

// --- reversed ---------------------------------------------------------------

/// `reversed(seq)`: `__reversed__`, else the sequence protocol.
fn reversed_new(vm: &Vm, ty: &TypeObject, args: FuncArgs<'_>) -> PyResult {
    if args.has_kwargs() && std::ptr::eq(ty, REVERSED_TYPE.get()) {
        return Err(vm.type_error("reversed() takes no keyword arguments"));
    }
    crate::vm::call::check_arity(vm, "reversed", args.args.len(), 1, 1)?;
    let seq = &args.args[0];
    if let Some(r) = seq.ty().lookup_str("__reversed__") {
        if none::is_none(&r) {
            return Err(vm.type_error(format!("'{}' object is not reversible", seq.ty().tp_name())));
        }
        let m = vm.bind(&r, seq)?;
        return vm.call(&m, &[]);
    }
    let has_getitem = seq.ty().slots.mp_subscript.get().is_some() || seq.ty().slots.sq_item.get().is_some();
    let has_len = seq.ty().slots.sq_length.get().is_some() || seq.ty().slots.mp_length.get().is_some();
    if !has_getitem || !has_len || seq.downcast_ref::<crate::objects::dict::Dict>().is_some() {
        return Err(vm.type_error(format!("'{}' object is not reversible", seq.ty().tp_name())));
    }
    let n = vm.len(seq)?;
    let op = base_op(Vec::new());
    op.index.set(n as i64 - 1);
    op.seq.replace(Some(seq.clone()));
    make(vm, ty, op)
}

fn reversed_next(vm: &Vm, v: &Value) -> PyResult<Option<Value>> {
    let r = of(vm, v)?;
    let i = r.index.get();
    let seq = r.seq.borrow().clone();
    let Some(seq) = seq else { return Ok(None) };
    if i < 0 {
        r.seq.replace(None);
        return Ok(None);
    }
    r.index.set(i - 1);
    match vm.get_item(&seq, &new_int(i)) {
        Ok(x) => Ok(Some(x)),
        Err(e) if e.matches(crate::objects::exceptions::INDEX_ERROR.get()) || e.matches(crate::objects::exceptions::STOP_ITERATION.get()) => {
            r.seq.replace(None);
            Ok(None)
        }
        Err(e) => Err(e),
    }
}

fn reversed_length_hint(vm: &Vm, v: &Value) -> PyResult {
    let r = of(vm, v)?;
    if r.seq.borrow().is_none() {
        return Ok(new_int(0));
    }
    Ok(new_int(r.index.get() + 1))
}

static REVERSED_METHODS: &[MethodDef] = &[MethodDef {
    name: "__length_hint__",
    func: MethodFn::NoArgs(reversed_length_hint),
    doc: Some("Private method returning an estimate of len(list(it))."),
}];

static REVERSED_DEF: TypeDef = TypeDef {
    doc: Some("Return a reverse iterator over the values of the given sequence."),
    methods: REVERSED_METHODS,
    ..TypeDef::new("reversed")
};

const REVERSED_SLOTS: Slots = Slots {
    new: Cell::new(Some(reversed_new)),
    iter: Cell::new(Some(self_iter)),
    iternext: Cell::new(Some(reversed_next)),
    ..OBJECT_SLOTS
};

builtin_type!(pub REVERSED_TYPE: IterOp, def &REVERSED_DEF, base &OBJECT_TYPE.0, mro [&OBJECT_TYPE.0],
    slots REVERSED_SLOTS, flags tpflags::BASETYPE | tpflags::HAVE_GC, layout ObjectLayout::gc());

// --- map --------------------------------------------------------------------

/// `map(function, iterable, /, *iterables, strict=False)` (3.14).
fn map_new(vm: &Vm, ty: &TypeObject, args: FuncArgs<'_>) -> PyResult {
    let mut strict = false;
    for (k, v) in args.kwargs() {
        if crate::objects::str_type::display_str(k) == "strict" {
            strict = vm.is_true(v)?;
        } else {
            return Err(vm.type_error(format!(
                "map() got an unexpected keyword argument '{}'",
                crate::objects::str_type::display_str(k)
            )));
        }
    }
    let a = args.positional();
    if a.len() < 2 {
        return Err(vm.type_error("map() must have at least two arguments."));
    }
    let mut iters = Vec::with_capacity(a.len() - 1);
    for x in &a[1..] {
        iters.push(vm.iter(x)?);
    }
    let mut op = base_op(iters);
    op.func = Some(a[0].clone());
    op.strict = strict;
    make(vm, ty, op)
}

fn map_next(vm: &Vm, v: &Value) -> PyResult<Option<Value>> {
    let m = of(vm, v)?;
    let iters = m.iters.borrow().clone();
    let mut args = Vec::with_capacity(iters.len());
    for (i, it) in iters.iter().enumerate() {
        match vm.next(it)? {
            Some(x) => args.push(x),
            None => {
                if m.strict {
                    return Err(strict_error(vm, "map", i, &iters));
                }
                return Ok(None);
            }
        }
    }
    let f = m.func.clone().unwrap_or_else(none::none);
    vm.call(&f, &args).map(Some)
}

fn strict_error(vm: &Vm, who: &str, i: usize, iters: &[Value]) -> crate::errors::PyErr {
    if i > 0 {
        let plural = if i == 1 { " " } else { "s 1-" };
        return vm.value_error(format!("{who}() argument {} is shorter than argument{}{}", i + 1, plural, i));
    }
    // The first ran out: any later one still going is longer.
    for (j, it) in iters.iter().enumerate().skip(1) {
        if let Ok(Some(_)) = vm.next(it) {
            let plural = if j == 1 { " " } else { "s 1-" };
            return vm.value_error(format!("{who}() argument {} is longer than argument{}{}", j + 1, plural, j));
        }
    }
    vm.stop_iteration(None)
}

static MAP_DEF: TypeDef = TypeDef {
    doc: Some("Make an iterator that computes the function using arguments from\neach of the iterables.  Stops when the shortest iterable is exhausted.\n\nIf strict is true and one of the arguments is exhausted before the\nothers, raise a ValueError."),
    ..TypeDef::new("map")
};

const MAP_SLOTS: Slots = Slots {
    new: Cell::new(Some(map_new)),
    iter: Cell::new(Some(self_iter)),
    iternext: Cell::new(Some(map_next)),
    ..OBJECT_SLOTS
};

builtin_type!(pub MAP_TYPE: IterOp, def &MAP_DEF, base &OBJECT_TYPE.0, mro [&OBJECT_TYPE.0],
    slots MAP_SLOTS, flags tpflags::BASETYPE | tpflags::HAVE_GC, layout ObjectLayout::gc());

// --- filter -----------------------------------------------------------------

fn filter_new(vm: &Vm, ty: &TypeObject, args: FuncArgs<'_>) -> PyResult {
    if args.has_kwargs() && std::ptr::eq(ty, FILTER_TYPE.get()) {
        return Err(vm.type_error("filter() takes no keyword arguments"));
    }
    crate::vm::call::check_arity(vm, "filter", args.args.len(), 2, 2)?;
    let it = vm.iter(&args.args[1])?;
    let mut op = base_op(vec![it]);
    op.func = Some(args.args[0].clone());
    make(vm, ty, op)
}

fn filter_next(vm: &Vm, v: &Value) -> PyResult<Option<Value>> {
    let fl = of(vm, v)?;
    let it = fl.iters.borrow().first().cloned();
    let Some(it) = it else { return Ok(None) };
    let f = fl.func.clone().unwrap_or_else(none::none);
    loop {
        let Some(x) = vm.next(&it)? else { return Ok(None) };
        let ok = if none::is_none(&f) || f.is_static(&bool_::BOOL_TYPE) {
            vm.is_true(&x)?
        } else {
            let r = vm.call(&f, std::slice::from_ref(&x))?;
            vm.is_true(&r)?
        };
        if ok {
            return Ok(Some(x));
        }
    }
}

static FILTER_DEF: TypeDef = TypeDef {
    doc: Some("Return an iterator yielding those items of iterable for which function(item)\nis true. If function is None, return the items that are true."),
    ..TypeDef::new("filter")
};

const FILTER_SLOTS: Slots = Slots {
    new: Cell::new(Some(filter_new)),
    iter: Cell::new(Some(self_iter)),
    iternext: Cell::new(Some(filter_next)),
    ..OBJECT_SLOTS
};

builtin_type!(pub FILTER_TYPE: IterOp, def &FILTER_DEF, base &OBJECT_TYPE.0, mro [&OBJECT_TYPE.0],
    slots FILTER_SLOTS, flags tpflags::BASETYPE | tpflags::HAVE_GC, layout ObjectLayout::gc());

// --- zip --------------------------------------------------------------------

/// `zip(*iterables, strict=False)`.
fn zip_new(vm: &Vm, ty: &TypeObject, args: FuncArgs<'_>) -> PyResult {
    let mut strict = false;
    for (k, v) in args.kwargs() {
        if crate::objects::str_type::display_str(k) == "strict" {
            strict = vm.is_true(v)?;
        } else {
            return Err(vm.type_error(format!(
                "zip() got an unexpected keyword argument '{}'",
                crate::objects::str_type::display_str(k)
            )));
        }
    }
    let mut iters = Vec::new();
    for x in args.positional() {
        iters.push(vm.iter(x)?);
    }
    let mut op = base_op(iters);
    op.strict = strict;
    make(vm, ty, op)
}

fn zip_next(vm: &Vm, v: &Value) -> PyResult<Option<Value>> {
    let z = of(vm, v)?;
    let iters = z.iters.borrow().clone();
    if iters.is_empty() {
        return Ok(None);
    }
    let mut items = Vec::with_capacity(iters.len());
    for (i, it) in iters.iter().enumerate() {
        match vm.next(it)? {
            Some(x) => items.push(x),
            None => {
                if z.strict {
                    let e = strict_error(vm, "zip", i, &iters);
                    if e.matches(crate::objects::exceptions::STOP_ITERATION.get()) {
                        return Ok(None);
                    }
                    return Err(e);
                }
                return Ok(None);
            }
        }
    }
    Ok(Some(new_tuple(items).into_value()))
}

static ZIP_DEF: TypeDef = TypeDef {
    doc: Some("The zip object yields n-length tuples, where n is the number of iterables\npassed as positional arguments to zip().  The i-th element in every tuple\ncomes from the i-th iterable argument to zip().  This continues until the\nshortest argument is exhausted.\n\nIf strict is true and one of the arguments is exhausted before the others,\nraise a ValueError.\n\n   >>> list(zip('abcdefg', range(3), range(4)))\n   [('a', 0, 0), ('b', 1, 1), ('c', 2, 2)]"),
    ..TypeDef::new("zip")
};

const ZIP_SLOTS: Slots = Slots {
    new: Cell::new(Some(zip_new)),
    iter: Cell::new(Some(self_iter)),
    iternext: Cell::new(Some(zip_next)),
    ..OBJECT_SLOTS
};

builtin_type!(pub ZIP_TYPE: IterOp, def &ZIP_DEF, base &OBJECT_TYPE.0, mro [&OBJECT_TYPE.0],
    slots ZIP_SLOTS, flags tpflags::BASETYPE | tpflags::HAVE_GC, layout ObjectLayout::gc());

pub fn _unused(_: &Tuple) {}
