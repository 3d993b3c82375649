//! `slice` objects and the index arithmetic of slicing.
//!
//! CPython: Objects/sliceobject.c (`PySlice_Unpack`, `PySlice_AdjustIndices`).

use std::cell::Cell;

use super::int::new_int;
use super::str::new_string;
use super::tuple::new_tuple;
use super::type_::{CompareOp, MethodDef, MethodFn, MemberDef, Slots, TypeDef, TypeObject, tpflags};
use super::value::{LayoutId, ObjectLayout, Payload, Value, alloc};
use crate::builtin_type;
use crate::objects::baseobject::{OBJECT_SLOTS, OBJECT_TYPE};
use crate::objects::none;
use crate::vm::{FuncArgs, PyResult, Vm};

/// The payload of a `slice`.
pub struct Slice {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

// SAFETY: Slice is the only payload with LayoutId::Slice.
unsafe impl Payload for Slice {
    const LAYOUT: LayoutId = LayoutId::Slice;
}

/// A slice resolved against a length: the positions it selects.
#[derive(Clone, Copy, Debug)]
pub struct SliceIndices {
    pub start: isize,
    pub stop: isize,
    pub step: isize,
    pub len: usize,
}

impl SliceIndices {
    /// The positions, in order.
    pub fn positions(&self) -> impl Iterator<Item = usize> + '_ {
        (0..self.len).map(move |k| (self.start + k as isize * self.step) as usize)
    }

    /// The selected items of `items`.
    pub fn collect<T: Clone>(&self, items: &[T]) -> Vec<T> {
        if self.step == 1 {
            let s = self.start.max(0) as usize;
            let e = (s + self.len).min(items.len());
            return items.get(s..e).map(|x| x.to_vec()).unwrap_or_default();
        }
        self.positions().filter_map(|p| items.get(p).cloned()).collect()
    }

    /// Deletes the selected items, returning them.
    pub fn delete_from<T>(&self, items: &mut Vec<T>) -> Vec<T> {
        if self.len == 0 {
            return Vec::new();
        }
        if self.step == 1 {
            let s = (self.start.max(0) as usize).min(items.len());
            let e = (s + self.len).min(items.len());
            return items.drain(s..e).collect();
        }
        let mut positions: Vec<usize> = self.positions().collect();
        positions.sort_unstable();
        let mut removed = Vec::with_capacity(positions.len());
        for &p in positions.iter().rev() {
            if p < items.len() {
                removed.push(items.remove(p));
            }
        }
        removed
    }
}

impl Slice {
    /// `PySlice_GetIndicesEx`: start, stop, step and length for a sequence of `len`.
    pub fn indices(&self, vm: &Vm, len: usize) -> PyResult<SliceIndices> {
        let (start, stop, step) = self.unpack(vm)?;
        Ok(adjust_indices(len as isize, start, stop, step))
    }

    /// `PySlice_Unpack`: the raw values clamped to isize, with None filled in.
    pub fn unpack(&self, vm: &Vm) -> PyResult<(isize, isize, isize)> {
        let step = if none::is_none(&self.step) {
            1
        } else {
            let s = vm.slice_index(&self.step)?;
            if s == 0 {
                return Err(vm.value_error("slice step cannot be zero"));
            }
            // Avoid -isize::MIN overflow later (CPython clamps likewise).
            s.max(-isize::MAX)
        };
        let start = if none::is_none(&self.start) {
            if step < 0 { isize::MAX } else { 0 }
        } else {
            vm.slice_index(&self.start)?
        };
        let stop = if none::is_none(&self.stop) {
            if step < 0 { isize::MIN } else { isize::MAX }
        } else {
            vm.slice_index(&self.stop)?
        };
        Ok((start, stop, step))
    }
}

/// `PySlice_AdjustIndices`.
pub fn adjust_indices(len: isize, mut start: isize, mut stop: isize, step: isize) -> SliceIndices {
    if start < 0 {
        start = start.saturating_add(len);
        if start < 0 {
            start = if step < 0 { -1 } else { 0 };
        }
    } else if start >= len {
        start = if step < 0 { len - 1 } else { len };
    }
    if stop < 0 {
        stop = stop.saturating_add(len);
        if stop < 0 {
            stop = if step < 0 { -1 } else { 0 };
        }
    } else if stop >= len {
        stop = if step < 0 { len - 1 } else { len };
    }
    let n = if step < 0 {
        if stop < start { (start - stop - 1) / (-step) + 1 } else { 0 }
    } else if start < stop {
        (stop - start - 1) / step + 1
    } else {
        0
    };
    SliceIndices {
        start,
        stop,
        step,
        len: n as usize,
    }
}

/// A new slice object.
pub fn new_slice(vm: &Vm, start: Value, stop: Value, step: Value) -> PyResult {
    let r = alloc(SLICE_TYPE.get(), Slice { start, stop, step }).ok_or_else(|| vm.memory_error())?;
    let v = r.into_value();
    crate::gc::track(vm, &v);
    Ok(v)
}

fn slice_new(vm: &Vm, _ty: &TypeObject, args: FuncArgs<'_>) -> PyResult {
    if args.has_kwargs() {
        return Err(vm.type_error("slice() takes no keyword arguments"));
    }
    let a = args.args;
    match a.len() {
        1 => new_slice(vm, none::none(), a[0].clone(), none::none()),
        2 => new_slice(vm, a[0].clone(), a[1].clone(), none::none()),
        3 => new_slice(vm, a[0].clone(), a[1].clone(), a[2].clone()),
        0 => Err(vm.type_error("slice expected at least 1 argument, got 0")),
        n => Err(vm.type_error(format!("slice expected at most 3 arguments, got {n}"))),
    }
}

fn slice_of<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a Slice> {
    v.downcast_ref::<Slice>()
        .map(|s| &s.payload)
        .ok_or_else(|| vm.type_error("descriptor requires a 'slice' object"))
}

fn slice_repr(vm: &Vm, v: &Value) -> PyResult {
    let s = slice_of(vm, v)?;
    let r = format!(
        "slice({}, {}, {})",
        vm.repr(&s.start)?.to_string_lossy(),
        vm.repr(&s.stop)?.to_string_lossy(),
        vm.repr(&s.step)?.to_string_lossy()
    );
    Ok(new_string(r).into_value())
}

fn slice_hash(vm: &Vm, v: &Value) -> PyResult<i64> {
    // 3.12+: slices are hashable, as the tuple of their fields.
    let s = slice_of(vm, v)?;
    let t = new_tuple(vec![s.start.clone(), s.stop.clone(), s.step.clone()]);
    vm.hash(t.as_value())
}

fn slice_richcompare(vm: &Vm, v: &Value, w: &Value, op: CompareOp) -> PyResult {
    let (Some(a), Some(b)) = (v.downcast_ref::<Slice>(), w.downcast_ref::<Slice>()) else {
        return Ok(none::not_implemented());
    };
    let ta = new_tuple(vec![a.start.clone(), a.stop.clone(), a.step.clone()]);
    let tb = new_tuple(vec![b.start.clone(), b.stop.clone(), b.step.clone()]);
    vm.rich_compare(ta.as_value(), tb.as_value(), op)
}

fn slice_indices(vm: &Vm, v: &Value, len: &Value) -> PyResult {
    let s = slice_of(vm, v)?;
    let n = vm.index_isize(len)?;
    if n < 0 {
        return Err(vm.value_error("length should not be negative"));
    }
    let i = s.indices(vm, n as usize)?;
    Ok(new_tuple(vec![new_int(i.start as i64), new_int(i.stop as i64), new_int(i.step as i64)]).into_value())
}

fn slice_reduce(vm: &Vm, v: &Value) -> PyResult {
    let s = slice_of(vm, v)?;
    let args = new_tuple(vec![s.start.clone(), s.stop.clone(), s.step.clone()]);
    Ok(new_tuple(vec![SLICE_TYPE.value(), args.into_value()]).into_value())
}

static SLICE_METHODS: &[MethodDef] = &[
    MethodDef { name: "indices", func: MethodFn::O(slice_indices), doc: Some("S.indices(len) -> (start, stop, stride)\n\nAssuming a sequence of length len, calculate the start and stop\nindices, and the stride length of the extended slice described by\nS. Out of bounds indices are clipped in a manner consistent with the\nhandling of normal slices.") },
    MethodDef { name: "__reduce__", func: MethodFn::NoArgs(slice_reduce), doc: Some("Return state information for pickling.") },
];

static SLICE_MEMBERS: &[MemberDef] = &[
    MemberDef { name: "start", get: |vm, v| Ok(slice_of(vm, v)?.start.clone()), set: None, doc: None },
    MemberDef { name: "stop", get: |vm, v| Ok(slice_of(vm, v)?.stop.clone()), set: None, doc: None },
    MemberDef { name: "step", get: |vm, v| Ok(slice_of(vm, v)?.step.clone()), set: None, doc: None },
];

static SLICE_DEF: TypeDef = TypeDef {
    name: "slice",
    doc: Some("slice(stop)\nslice(start, stop[, step])\n\nCreate a slice object.  This is used for extended slicing (e.g. a[0:10:2])."),
    methods: SLICE_METHODS,
    getsets: &[],
    members: SLICE_MEMBERS,
    attrs: Vec::new,
};

const SLICE_SLOTS: Slots = Slots {
    new: Cell::new(Some(slice_new)),
    repr: Cell::new(Some(slice_repr)),
    hash: Cell::new(Some(slice_hash)),
    richcompare: Cell::new(Some(slice_richcompare)),
    ..OBJECT_SLOTS
};

builtin_type!(pub SLICE_TYPE: Slice, def &SLICE_DEF, base &OBJECT_TYPE.0, mro [&OBJECT_TYPE.0],
    slots SLICE_SLOTS, flags tpflags::HAVE_GC, layout ObjectLayout::gc());
