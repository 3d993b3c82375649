//! PEP 695 type parameters: `TypeVar`, `ParamSpec`, `TypeVarTuple`,
//! `TypeAliasType` and `Generic` subscription.
//!
//! CPython: Objects/typevarobject.c. Not implemented yet: the intrinsics
//! raise NotImplementedError with a clear message.

use crate::objects::value::Value;
use crate::vm::{PyResult, Vm};

fn todo(vm: &Vm, what: &str) -> crate::errors::PyErr {
    vm.not_implemented_error(format!("oxpy: {what} (PEP 695) is not implemented yet"))
}

pub fn make_typevar(vm: &Vm, _name: Value, _bound: Option<Value>, _constraints: Option<Value>) -> PyResult {
    Err(todo(vm, "TypeVar"))
}

pub fn make_paramspec(vm: &Vm, _name: Value) -> PyResult {
    Err(todo(vm, "ParamSpec"))
}

pub fn make_typevartuple(vm: &Vm, _name: Value) -> PyResult {
    Err(todo(vm, "TypeVarTuple"))
}

pub fn subscript_generic(vm: &Vm, _params: Value) -> PyResult {
    Err(todo(vm, "Generic[...]"))
}

pub fn make_typealias(vm: &Vm, _args: Value) -> PyResult {
    Err(todo(vm, "the type statement"))
}

pub fn set_default(vm: &Vm, _tp: Value, _default: Value) -> PyResult {
    Err(todo(vm, "type parameter defaults"))
}
