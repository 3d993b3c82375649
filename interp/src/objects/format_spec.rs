//! The format-spec mini-language (`format(x, spec)`).
//!
//! CPython: Python/formatter_unicode.c.

use crate::objects::value::Value;
use crate::vm::{PyResult, Vm};

fn unsupported(vm: &Vm, what: &str, spec: &str) -> crate::errors::PyErr {
    vm.not_implemented_error(format!("oxpy: format spec {spec:?} for {what} is not implemented yet"))
}

pub fn format_int_spec(vm: &Vm, _v: &Value, spec: &str) -> PyResult<String> {
    Err(unsupported(vm, "int", spec))
}

pub fn format_float_spec(vm: &Vm, _v: &Value, spec: &str) -> PyResult<String> {
    Err(unsupported(vm, "float", spec))
}

pub fn format_complex_spec(vm: &Vm, _v: &Value, spec: &str) -> PyResult<String> {
    Err(unsupported(vm, "complex", spec))
}

pub fn format_str_spec(vm: &Vm, _v: &Value, spec: &str) -> PyResult<String> {
    Err(unsupported(vm, "str", spec))
}
