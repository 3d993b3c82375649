//! The singletons `None`, `NotImplemented` and `Ellipsis` and their types.
//!
//! CPython: Objects/object.c (`_Py_NoneStruct`, `_Py_NotImplementedStruct`),
//! Objects/sliceobject.c (`_Py_EllipsisObject`).

use std::cell::Cell;

use super::str::new_str;
use super::type_::{MethodDef, MethodFn, Slots, TypeDef, TypeObject, tpflags};
use super::value::{ObjectLayout, PyObject, Static, Value};
use crate::builtin_type;
use crate::objects::baseobject::{OBJECT_SLOTS, OBJECT_TYPE};
use crate::vm::{FuncArgs, PyResult, Vm};

/// The payload of the singletons: nothing.
pub struct Singleton;

// SAFETY: a native layout id is the TypeId of Singleton, which no other type has.
unsafe impl super::value::Payload for Singleton {
    const LAYOUT: super::value::LayoutId = super::value::LayoutId::native::<Self>();
}

pub static NONE: Static<Singleton> = Static(PyObject::new_static(&NONE_TYPE.0, Singleton));
pub static NOT_IMPLEMENTED: Static<Singleton> =
    Static(PyObject::new_static(&NOT_IMPLEMENTED_TYPE.0, Singleton));
pub static ELLIPSIS: Static<Singleton> = Static(PyObject::new_static(&ELLIPSIS_TYPE.0, Singleton));

/// `None`.
#[inline(always)]
pub fn none() -> Value {
    NONE.value()
}

/// `NotImplemented`.
#[inline(always)]
pub fn not_implemented() -> Value {
    NOT_IMPLEMENTED.value()
}

/// `Ellipsis`.
#[inline(always)]
pub fn ellipsis() -> Value {
    ELLIPSIS.value()
}

/// Whether `v` is None.
#[inline(always)]
pub fn is_none(v: &Value) -> bool {
    v.is_static(&NONE)
}

fn singleton_new(vm: &Vm, ty: &TypeObject, args: FuncArgs<'_>, v: Value) -> PyResult {
    if !args.args.is_empty() {
        return Err(vm.type_error(format!("{} takes no arguments", ty.tp_name())));
    }
    Ok(v)
}

fn none_new(vm: &Vm, ty: &TypeObject, args: FuncArgs<'_>) -> PyResult {
    singleton_new(vm, ty, args, none())
}

fn none_repr(_vm: &Vm, _v: &Value) -> PyResult {
    Ok(new_str("None").into_value())
}

fn none_bool(_vm: &Vm, _v: &Value) -> PyResult<bool> {
    Ok(false)
}

fn none_hash(_vm: &Vm, _v: &Value) -> PyResult<i64> {
    // CPython 3.12+: a constant, so None hashes alike in every process.
    Ok(0xFCA86420)
}

static NONE_DEF: TypeDef = TypeDef {
    doc: Some("The type of the None singleton."),
    ..TypeDef::new("NoneType")
};

const NONE_SLOTS: Slots = Slots {
    new: Cell::new(Some(none_new)),
    repr: Cell::new(Some(none_repr)),
    nb_bool: Cell::new(Some(none_bool)),
    hash: Cell::new(Some(none_hash)),
    ..OBJECT_SLOTS
};

builtin_type!(pub NONE_TYPE: Singleton, def &NONE_DEF, base &OBJECT_TYPE.0, mro [&OBJECT_TYPE.0],
    slots NONE_SLOTS, flags tpflags::DEFAULT, layout ObjectLayout::plain());

fn not_implemented_new(vm: &Vm, ty: &TypeObject, args: FuncArgs<'_>) -> PyResult {
    singleton_new(vm, ty, args, not_implemented())
}

fn not_implemented_repr(_vm: &Vm, _v: &Value) -> PyResult {
    Ok(new_str("NotImplemented").into_value())
}

fn not_implemented_bool(vm: &Vm, _v: &Value) -> PyResult<bool> {
    Err(vm.type_error("NotImplemented should not be used in a boolean context"))
}

fn not_implemented_reduce(_vm: &Vm, _v: &Value) -> PyResult {
    Ok(new_str("NotImplemented").into_value())
}

static NOT_IMPLEMENTED_METHODS: &[MethodDef] = &[MethodDef {
    name: "__reduce__",
    func: MethodFn::NoArgs(not_implemented_reduce),
    doc: None,
}];

static NOT_IMPLEMENTED_DEF: TypeDef = TypeDef {
    doc: Some("The type of the NotImplemented singleton."),
    methods: NOT_IMPLEMENTED_METHODS,
    ..TypeDef::new("NotImplementedType")
};

const NOT_IMPLEMENTED_SLOTS: Slots = Slots {
    new: Cell::new(Some(not_implemented_new)),
    repr: Cell::new(Some(not_implemented_repr)),
    nb_bool: Cell::new(Some(not_implemented_bool)),
    ..OBJECT_SLOTS
};

builtin_type!(pub NOT_IMPLEMENTED_TYPE: Singleton, def &NOT_IMPLEMENTED_DEF, base &OBJECT_TYPE.0,
    mro [&OBJECT_TYPE.0], slots NOT_IMPLEMENTED_SLOTS, flags tpflags::DEFAULT, layout ObjectLayout::plain());

fn ellipsis_new(vm: &Vm, ty: &TypeObject, args: FuncArgs<'_>) -> PyResult {
    singleton_new(vm, ty, args, ellipsis())
}

fn ellipsis_repr(_vm: &Vm, _v: &Value) -> PyResult {
    Ok(new_str("Ellipsis").into_value())
}

fn ellipsis_reduce(_vm: &Vm, _v: &Value) -> PyResult {
    Ok(new_str("Ellipsis").into_value())
}

static ELLIPSIS_METHODS: &[MethodDef] = &[MethodDef {
    name: "__reduce__",
    func: MethodFn::NoArgs(ellipsis_reduce),
    doc: None,
}];

static ELLIPSIS_DEF: TypeDef = TypeDef {
    doc: Some("The type of the Ellipsis singleton."),
    methods: ELLIPSIS_METHODS,
    ..TypeDef::new("ellipsis")
};

const ELLIPSIS_SLOTS: Slots = Slots {
    new: Cell::new(Some(ellipsis_new)),
    repr: Cell::new(Some(ellipsis_repr)),
    ..OBJECT_SLOTS
};

builtin_type!(pub ELLIPSIS_TYPE: Singleton, def &ELLIPSIS_DEF, base &OBJECT_TYPE.0, mro [&OBJECT_TYPE.0],
    slots ELLIPSIS_SLOTS, flags tpflags::DEFAULT, layout ObjectLayout::plain());
