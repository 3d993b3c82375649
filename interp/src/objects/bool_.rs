//! `bool`: the two singletons and their type, a subclass of `int`.
//!
//! CPython: Objects/boolobject.c.

use std::cell::Cell;

use super::int::{INT_SLOTS, INT_TYPE, Int, as_int};
use super::str::new_str;
use super::type_::{Slots, TypeDef, TypeObject, tpflags};
use super::value::{ObjectLayout, PyObject, Static, Value};
use crate::builtin_type;
use crate::objects::baseobject::OBJECT_TYPE;
use crate::objects::none;
use crate::vm::{FuncArgs, PyResult, Vm};

pub static TRUE: Static<Int> = Static(PyObject::new_static(&BOOL_TYPE.0, Int::small(1)));
pub static FALSE: Static<Int> = Static(PyObject::new_static(&BOOL_TYPE.0, Int::small(0)));

/// `True` or `False`.
#[inline(always)]
pub fn new_bool(b: bool) -> Value {
    if b { TRUE.value() } else { FALSE.value() }
}

/// Whether `v` is a bool (bool cannot be subclassed).
#[inline(always)]
pub fn is_bool(v: &Value) -> bool {
    v.is_static(&TRUE) || v.is_static(&FALSE)
}

fn bool_repr(_vm: &Vm, v: &Value) -> PyResult {
    Ok(new_str(if v.is_static(&TRUE) { "True" } else { "False" }).into_value())
}

/// `bool(x)` (CPython `bool_new`, `bool_vectorcall`).
fn bool_new(vm: &Vm, _ty: &TypeObject, args: FuncArgs<'_>) -> PyResult {
    if args.has_kwargs() {
        return Err(vm.type_error("bool() takes no keyword arguments"));
    }
    match args.args {
        [] => Ok(new_bool(false)),
        [x] => Ok(new_bool(vm.is_true(x)?)),
        a => Err(vm.type_error(format!("bool expected at most 1 argument, got {}", a.len()))),
    }
}

fn bool_logic(vm: &Vm, v: &Value, w: &Value, op: fn(bool, bool) -> bool, int_op: super::type_::BinaryFn) -> PyResult {
    if is_bool(v) && is_bool(w) {
        return Ok(new_bool(op(v.is_static(&TRUE), w.is_static(&TRUE))));
    }
    int_op(vm, v, w)
}

fn bool_and(vm: &Vm, v: &Value, w: &Value) -> PyResult {
    bool_logic(vm, v, w, |a, b| a & b, |vm, a, b| (INT_SLOTS.nb_and.get().unwrap_or(unsupported))(vm, a, b))
}

fn bool_or(vm: &Vm, v: &Value, w: &Value) -> PyResult {
    bool_logic(vm, v, w, |a, b| a | b, |vm, a, b| (INT_SLOTS.nb_or.get().unwrap_or(unsupported))(vm, a, b))
}

fn bool_xor(vm: &Vm, v: &Value, w: &Value) -> PyResult {
    bool_logic(vm, v, w, |a, b| a ^ b, |vm, a, b| (INT_SLOTS.nb_xor.get().unwrap_or(unsupported))(vm, a, b))
}

fn unsupported(_vm: &Vm, _a: &Value, _b: &Value) -> PyResult {
    Ok(none::not_implemented())
}

/// `~True` works but is deprecated (3.12+).
fn bool_invert(vm: &Vm, v: &Value) -> PyResult {
    vm.warn(
        crate::objects::exceptions::DEPRECATION_WARNING.get(),
        "Bitwise inversion '~' on bool is deprecated and will be removed in Python 3.16. This returns the bitwise inversion of the underlying int object and is usually not what you expect from negating a bool. Use the 'not' operator for boolean negation or ~int(x) if you really want the bitwise inversion of the underlying int.",
        1,
    )?;
    let i = as_int(v).and_then(|i| i.to_i64()).unwrap_or(0);
    Ok(super::int::new_int(!i))
}

static BOOL_DEF: TypeDef = TypeDef {
    doc: Some("Returns True when the argument is true, False otherwise.\nThe builtins True and False are the only two instances of the class bool.\nThe class bool is a subclass of the class int, and cannot be subclassed."),
    ..TypeDef::new("bool")
};

const BOOL_SLOTS: Slots = Slots {
    repr: Cell::new(Some(bool_repr)),
    str: Cell::new(Some(bool_repr)),
    new: Cell::new(Some(bool_new)),
    nb_and: Cell::new(Some(bool_and)),
    nb_or: Cell::new(Some(bool_or)),
    nb_xor: Cell::new(Some(bool_xor)),
    nb_invert: Cell::new(Some(bool_invert)),
    ..INT_SLOTS
};

builtin_type!(pub BOOL_TYPE: Int, def &BOOL_DEF, base &INT_TYPE.0, mro [&INT_TYPE.0, &OBJECT_TYPE.0],
    slots BOOL_SLOTS, flags tpflags::LONG_SUBCLASS | tpflags::MATCH_SELF, layout ObjectLayout::plain());
