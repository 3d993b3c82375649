//! `format()` and the format-spec mini-language for int, float, complex and
//! str, and `%`-formatting.
//!
//! CPython: Python/formatter_unicode.c, Objects/unicodeobject.c
//! (`PyUnicode_Format`), Objects/bytesobject.c (`_PyBytes_FormatEx`).
//!
//! This file holds the entry points the types call; the mini-language
//! itself is in `format_spec.rs`.

use super::str::{Str, new_string};
use super::value::Value;
use crate::vm::{PyResult, Vm};

fn spec_text(vm: &Vm, spec: &Value) -> PyResult<String> {
    spec.downcast_ref::<Str>().map(|s| s.to_string_lossy()).ok_or_else(|| {
        vm.type_error(format!(
            "__format__() argument must be str, not {}",
            spec.ty().tp_name()
        ))
    })
}

pub fn format_int(vm: &Vm, v: &Value, spec: &Value) -> PyResult {
    let s = spec_text(vm, spec)?;
    if s.is_empty() {
        return Ok(vm.str(v)?.into_value());
    }
    Ok(new_string(super::format_spec::format_int_spec(vm, v, &s)?).into_value())
}

pub fn format_float(vm: &Vm, v: &Value, spec: &Value) -> PyResult {
    let s = spec_text(vm, spec)?;
    if s.is_empty() {
        return Ok(vm.str(v)?.into_value());
    }
    Ok(new_string(super::format_spec::format_float_spec(vm, v, &s)?).into_value())
}

pub fn format_complex(vm: &Vm, v: &Value, spec: &Value) -> PyResult {
    let s = spec_text(vm, spec)?;
    if s.is_empty() {
        return Ok(vm.str(v)?.into_value());
    }
    Ok(new_string(super::format_spec::format_complex_spec(vm, v, &s)?).into_value())
}

pub fn format_str(vm: &Vm, v: &Value, spec: &Value) -> PyResult {
    let s = spec_text(vm, spec)?;
    if s.is_empty() {
        return Ok(vm.str(v)?.into_value());
    }
    Ok(new_string(super::format_spec::format_str_spec(vm, v, &s)?).into_value())
}

/// `str % args`.
pub fn percent_format_str(vm: &Vm, v: &Value, args: &Value) -> PyResult {
    super::percent::format_str(vm, v, args)
}

/// `bytes % args`.
pub fn percent_format_bytes(vm: &Vm, v: &Value, args: &Value) -> PyResult {
    super::percent::format_bytes(vm, v, args)
}
