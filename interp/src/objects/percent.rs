//! `%`-formatting of str and bytes.
//!
//! CPython: Objects/unicodeobject.c `PyUnicode_Format`, Objects/bytesobject.c.

use crate::objects::value::Value;
use crate::vm::{PyResult, Vm};

pub fn format_str(vm: &Vm, _v: &Value, _args: &Value) -> PyResult {
    Err(vm.not_implemented_error("oxpy: str % args is not implemented yet"))
}

pub fn format_bytes(vm: &Vm, _v: &Value, _args: &Value) -> PyResult {
    Err(vm.not_implemented_error("oxpy: bytes % args is not implemented yet"))
}
