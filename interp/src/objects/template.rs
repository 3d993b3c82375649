//! PEP 750 template strings: `string.templatelib.Template` and `Interpolation`.
//!
//! CPython: Objects/templateobject.c, Objects/interpolationobject.c. Not
//! implemented yet.

use crate::objects::value::Value;
use crate::vm::{PyResult, Vm};

pub fn new_interpolation(vm: &Vm, _value: Value, _expr: Value, _conv: u32, _spec: Value) -> PyResult {
    Err(vm.not_implemented_error("oxpy: t-strings are not implemented yet"))
}

pub fn new_template(vm: &Vm, _strings: Value, _interps: Value) -> PyResult {
    Err(vm.not_implemented_error("oxpy: t-strings are not implemented yet"))
}
