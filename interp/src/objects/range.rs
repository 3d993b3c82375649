//! `range` and its iterator.
//!
//! CPython: Objects/rangeobject.c.

use std::cell::Cell;

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

use super::int::{as_int, new_bigint, new_int};
use super::str::new_string;
use super::type_::{CompareOp, GetSetDef, MemberDef, MethodDef, MethodFn, Slots, TypeDef, TypeObject, tpflags};
use super::value::{LayoutId, ObjectLayout, Payload, Value, alloc};
use crate::builtin_type;
use crate::objects::baseobject::{OBJECT_SLOTS, OBJECT_TYPE};
use crate::objects::{bool_, none};
use crate::vm::{FuncArgs, PyResult, Vm};

/// The payload of a `range`.
pub struct Range {
    pub start: BigInt,
    pub stop: BigInt,
    pub step: BigInt,
    pub len: BigInt,
    /// The fast form when everything fits in an i64.
    pub small: Option<(i64, i64, i64, i64)>,
}

// SAFETY: Range is the only payload with LayoutId::Range.
unsafe impl Payload for Range {
    const LAYOUT: LayoutId = LayoutId::Range;
}

fn compute_len(start: &BigInt, stop: &BigInt, step: &BigInt) -> BigInt {
    if step.is_positive() {
        if start < stop { (stop - start - 1) / step + 1 } else { BigInt::zero() }
    } else if start > stop {
        (start - stop - 1) / (-step) + 1
    } else {
        BigInt::zero()
    }
}

pub fn new_range(vm: &Vm, start: BigInt, stop: BigInt, step: BigInt) -> PyResult {
    let len = compute_len(&start, &stop, &step);
    let small = match (start.to_i64(), stop.to_i64(), step.to_i64(), len.to_i64()) {
        (Some(a), Some(b), Some(c), Some(d)) => Some((a, b, c, d)),
        _ => None,
    };
    let r = alloc(RANGE_TYPE.get(), Range { start, stop, step, len, small }).ok_or_else(|| vm.memory_error())?;
    Ok(r.into_value())
}

fn index_arg(vm: &Vm, v: &Value) -> PyResult<BigInt> {
    if let Some(i) = as_int(v) {
        return Ok(i.to_bigint());
    }
    let i = vm.index(v).map_err(|e| {
        if e.matches(crate::objects::exceptions::TYPE_ERROR.get()) {
            vm.type_error(format!("'{}' object cannot be interpreted as an integer", v.ty().tp_name()))
        } else {
            e
        }
    })?;
    Ok(as_int(&i).map(|i| i.to_bigint()).unwrap_or_default())
}

/// `range(stop)` / `range(start, stop[, step])`.
fn range_new(vm: &Vm, _ty: &TypeObject, args: FuncArgs<'_>) -> PyResult {
    if args.has_kwargs() {
        return Err(vm.type_error("range() takes no keyword arguments"));
    }
    let a = args.args;
    let (start, stop, step) = match a.len() {
        1 => (BigInt::zero(), index_arg(vm, &a[0])?, BigInt::from(1)),
        2 => (index_arg(vm, &a[0])?, index_arg(vm, &a[1])?, BigInt::from(1)),
        3 => (index_arg(vm, &a[0])?, index_arg(vm, &a[1])?, index_arg(vm, &a[2])?),
        0 => return Err(vm.type_error("range expected at least 1 argument, got 0")),
        n => return Err(vm.type_error(format!("range expected at most 3 arguments, got {n}"))),
    };
    if step.is_zero() {
        return Err(vm.value_error("range() arg 3 must not be zero"));
    }
    new_range(vm, start, stop, step)
}

fn range_of<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a Range> {
    v.downcast_ref::<Range>().map(|r| &r.payload).ok_or_else(|| vm.type_error("descriptor requires a 'range' object"))
}

fn range_repr(vm: &Vm, v: &Value) -> PyResult {
    let r = range_of(vm, v)?;
    let s = if r.step == BigInt::from(1) {
        format!("range({}, {})", r.start, r.stop)
    } else {
        format!("range({}, {}, {})", r.start, r.stop, r.step)
    };
    Ok(new_string(s).into_value())
}

fn range_len(vm: &Vm, v: &Value) -> PyResult<usize> {
    let r = range_of(vm, v)?;
    r.len.to_usize().filter(|&n| n <= isize::MAX as usize).ok_or_else(|| vm.overflow_error("Python int too large to convert to C ssize_t"))
}

fn range_bool(vm: &Vm, v: &Value) -> PyResult<bool> {
    Ok(!range_of(vm, v)?.len.is_zero())
}

fn item_at(r: &Range, i: &BigInt) -> BigInt {
    &r.start + i * &r.step
}

fn range_subscript(vm: &Vm, v: &Value, idx: &Value) -> PyResult {
    let r = range_of(vm, v)?;
    if let Some(s) = idx.downcast_ref::<super::slice::Slice>() {
        // Slicing a range gives a range (CPython `compute_slice`).
        let len = r.len.to_isize().unwrap_or(isize::MAX);
        let ind = s.indices(vm, len.max(0) as usize)?;
        let start = item_at(r, &BigInt::from(ind.start));
        let step = &r.step * BigInt::from(ind.step);
        let stop = &start + &step * BigInt::from(ind.len as i64);
        return new_range(vm, start, stop, step);
    }
    let i = index_arg(vm, idx).map_err(|_| {
        vm.type_error(format!("range indices must be integers or slices, not {}", idx.ty().tp_name()))
    })?;
    let j = if i.is_negative() { &i + &r.len } else { i };
    if j.is_negative() || j >= r.len {
        return Err(vm.index_error("range object index out of range"));
    }
    Ok(new_bigint(item_at(r, &j)))
}

fn range_contains_int(r: &Range, x: &BigInt) -> bool {
    if r.step.is_positive() {
        if !(x >= &r.start && x < &r.stop) {
            return false;
        }
    } else if !(x <= &r.start && x > &r.stop) {
        return false;
    }
    ((x - &r.start) % &r.step).is_zero()
}

fn range_contains(vm: &Vm, v: &Value, x: &Value) -> PyResult<bool> {
    let r = range_of(vm, v)?;
    if let Some(i) = as_int(x) {
        if super::int::is_exact_int(x) || crate::objects::bool_::is_bool(x) {
            return Ok(range_contains_int(r, &i.to_bigint()));
        }
    }
    vm.contains_by_iteration(v, x)
}

fn range_hash(vm: &Vm, v: &Value) -> PyResult<i64> {
    let r = range_of(vm, v)?;
    let t = if r.len.is_zero() {
        super::tuple::new_tuple(vec![new_int(0), none::none(), none::none()])
    } else if r.len == BigInt::from(1) {
        super::tuple::new_tuple(vec![new_int(1), new_bigint(r.start.clone()), none::none()])
    } else {
        super::tuple::new_tuple(vec![new_bigint(r.len.clone()), new_bigint(r.start.clone()), new_bigint(r.step.clone())])
    };
    vm.hash(t.as_value())
}

fn range_richcompare(_vm: &Vm, v: &Value, w: &Value, op: CompareOp) -> PyResult {
    let (Some(a), Some(b)) = (v.downcast_ref::<Range>(), w.downcast_ref::<Range>()) else {
        return Ok(none::not_implemented());
    };
    if !matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(none::not_implemented());
    }
    let eq = if a.len != b.len {
        false
    } else if a.len.is_zero() {
        true
    } else if a.start != b.start {
        false
    } else if a.len == BigInt::from(1) {
        true
    } else {
        a.step == b.step
    };
    Ok(bool_::new_bool(if op == CompareOp::Eq { eq } else { !eq }))
}

fn range_iter(vm: &Vm, v: &Value) -> PyResult {
    let r = range_of(vm, v)?;
    match r.small {
        Some((start, _, step, len)) => new_range_iter(vm, start, step, len),
        None => {
            // Big ranges iterate through a generic index iterator.
            Ok(super::iter::new_seq_iter(vm, super::iter::SeqKind::Generic, v.clone()))
        }
    }
}

fn range_reversed(vm: &Vm, v: &Value) -> PyResult {
    let r = range_of(vm, v)?;
    match r.small {
        Some((start, _, step, len)) if len > 0 => {
            let last = start + (len - 1) * step;
            new_range_iter(vm, last, -step, len)
        }
        Some(_) => new_range_iter(vm, 0, 1, 0),
        None => Err(vm.overflow_error("Python int too large to convert to C long")),
    }
}

fn range_count(vm: &Vm, v: &Value, x: &Value) -> PyResult {
    let r = range_of(vm, v)?;
    if let Some(i) = as_int(x) {
        return Ok(new_int(range_contains_int(r, &i.to_bigint()) as i64));
    }
    let mut n = 0;
    for item in vm.to_vec(v)? {
        if vm.eq(&item, x)? {
            n += 1;
        }
    }
    Ok(new_int(n))
}

fn range_index(vm: &Vm, v: &Value, x: &Value) -> PyResult {
    let r = range_of(vm, v)?;
    if let Some(i) = as_int(x) {
        let i = i.to_bigint();
        if range_contains_int(r, &i) {
            return Ok(new_bigint((&i - &r.start) / &r.step));
        }
        return Err(vm.value_error(format!("{i} is not in range")));
    }
    for (k, item) in vm.to_vec(v)?.into_iter().enumerate() {
        if vm.eq(&item, x)? {
            return Ok(new_int(k as i64));
        }
    }
    Err(vm.value_error("sequence.index(x): x not in sequence"))
}

fn range_reduce(vm: &Vm, v: &Value) -> PyResult {
    let r = range_of(vm, v)?;
    let args = super::tuple::new_tuple(vec![new_bigint(r.start.clone()), new_bigint(r.stop.clone()), new_bigint(r.step.clone())]);
    Ok(super::tuple::pair(RANGE_TYPE.value(), args.into_value()).into_value())
}

static RANGE_METHODS: &[MethodDef] = &[
    MethodDef { name: "__reversed__", func: MethodFn::NoArgs(range_reversed), doc: Some("Return a reverse iterator.") },
    MethodDef { name: "__reduce__", func: MethodFn::NoArgs(range_reduce), doc: None },
    MethodDef { name: "count", func: MethodFn::O(range_count), doc: Some("rangeobject.count(value) -> integer -- return number of occurrences of value") },
    MethodDef { name: "index", func: MethodFn::O(range_index), doc: Some("rangeobject.index(value) -> integer -- return index of value.\nRaise ValueError if the value is not present.") },
];

static RANGE_MEMBERS: &[MemberDef] = &[
    MemberDef { name: "start", get: |vm, v| Ok(new_bigint(range_of(vm, v)?.start.clone())), set: None, doc: None },
    MemberDef { name: "stop", get: |vm, v| Ok(new_bigint(range_of(vm, v)?.stop.clone())), set: None, doc: None },
    MemberDef { name: "step", get: |vm, v| Ok(new_bigint(range_of(vm, v)?.step.clone())), set: None, doc: None },
];

static RANGE_DEF: TypeDef = TypeDef {
    name: "range",
    doc: Some("range(stop) -> range object\nrange(start, stop[, step]) -> range object\n\nReturn an object that produces a sequence of integers from start (inclusive)\nto stop (exclusive) by step.  range(i, j) produces i, i+1, i+2, ..., j-1.\nstart defaults to 0, and stop is omitted!  range(4) produces 0, 1, 2, 3.\nThese are exactly the valid indices for a list of 4 elements.\nWhen step is given, it specifies the increment (or decrement)."),
    methods: RANGE_METHODS,
    getsets: &[],
    members: RANGE_MEMBERS,
    attrs: Vec::new,
};

const RANGE_SLOTS: Slots = Slots {
    repr: Cell::new(Some(range_repr)),
    hash: Cell::new(Some(range_hash)),
    richcompare: Cell::new(Some(range_richcompare)),
    iter: Cell::new(Some(range_iter)),
    new: Cell::new(Some(range_new)),
    nb_bool: Cell::new(Some(range_bool)),
    mp_length: Cell::new(Some(range_len)),
    sq_length: Cell::new(Some(range_len)),
    mp_subscript: Cell::new(Some(range_subscript)),
    sq_contains: Cell::new(Some(range_contains)),
    ..OBJECT_SLOTS
};

builtin_type!(pub RANGE_TYPE: Range, def &RANGE_DEF, base &OBJECT_TYPE.0, mro [&OBJECT_TYPE.0],
    slots RANGE_SLOTS, flags tpflags::SEQUENCE, layout ObjectLayout::plain());

/// The payload of `range_iterator`.
pub struct RangeIter {
    pub next: Cell<i64>,
    pub step: i64,
    pub remaining: Cell<i64>,
}

// SAFETY: a native layout id is the TypeId of RangeIter, which no other type has.
unsafe impl Payload for RangeIter {
    const LAYOUT: LayoutId = LayoutId::native::<Self>();
}

fn new_range_iter(vm: &Vm, start: i64, step: i64, len: i64) -> PyResult {
    let r = alloc(RANGE_ITERATOR_TYPE.get(), RangeIter { next: Cell::new(start), step, remaining: Cell::new(len) })
        .ok_or_else(|| vm.memory_error())?;
    Ok(r.into_value())
}

/// `next()` of a range iterator (also the VM's FOR_ITER fast path).
#[inline]
pub fn range_iter_next_value(it: &RangeIter) -> Option<i64> {
    let n = it.remaining.get();
    if n <= 0 {
        return None;
    }
    let v = it.next.get();
    it.remaining.set(n - 1);
    it.next.set(v.wrapping_add(it.step));
    Some(v)
}

fn range_iter_next(vm: &Vm, v: &Value) -> PyResult<Option<Value>> {
    let it = v.downcast_ref::<RangeIter>().ok_or_else(|| vm.internal_error("range iterator"))?;
    Ok(range_iter_next_value(it).map(new_int))
}

fn range_iter_length_hint(vm: &Vm, v: &Value) -> PyResult {
    let it = v.downcast_ref::<RangeIter>().ok_or_else(|| vm.internal_error("range iterator"))?;
    Ok(new_int(it.remaining.get().max(0)))
}

static RANGE_ITER_METHODS: &[MethodDef] = &[MethodDef {
    name: "__length_hint__",
    func: MethodFn::NoArgs(range_iter_length_hint),
    doc: Some("Private method returning an estimate of len(list(it))."),
}];

static RANGE_ITERATOR_DEF: TypeDef = TypeDef { methods: RANGE_ITER_METHODS, ..TypeDef::new("range_iterator") };

const RANGE_ITER_SLOTS: Slots = Slots {
    iter: Cell::new(Some(|_, v| Ok(v.clone()))),
    iternext: Cell::new(Some(range_iter_next)),
    new: Cell::new(None),
    ..OBJECT_SLOTS
};

builtin_type!(pub RANGE_ITERATOR_TYPE: RangeIter, def &RANGE_ITERATOR_DEF, base &OBJECT_TYPE.0, mro [&OBJECT_TYPE.0],
    slots RANGE_ITER_SLOTS, flags tpflags::DEFAULT, layout ObjectLayout::plain());

pub fn _unused(_: &GetSetDef) {}
