//! `str.format` and `str.format_map`.
//!
//! CPython: Objects/stringlib/unicode_format.h.

use crate::objects::value::Value;
use crate::vm::{FuncArgs, PyResult, Vm};

pub fn format(vm: &Vm, _v: &Value, _args: FuncArgs<'_>) -> PyResult {
    Err(vm.not_implemented_error("oxpy: str.format is not implemented yet"))
}

pub fn format_map(vm: &Vm, _v: &Value, _mapping: &Value) -> PyResult {
    Err(vm.not_implemented_error("oxpy: str.format_map is not implemented yet"))
}
