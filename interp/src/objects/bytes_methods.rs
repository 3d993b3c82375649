//! The methods of `bytes` and `bytearray`.
//!
//! CPython: Objects/bytesobject.c, Objects/bytearrayobject.c, Objects/bytes_methods.c.

use super::bytes::{ByteArray, Bytes, bytes_like, new_bytes};
use super::int::new_int;
use super::type_::{MethodDef, MethodFn};
use super::value::Value;
use crate::objects::{bool_, none};
use crate::vm::{FuncArgs, PyResult, Vm};

fn data(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    bytes_like(v).ok_or_else(|| vm.type_error(format!("descriptor requires a bytes-like object, not '{}'", v.ty().tp_name())))
}

fn same_kind(vm: &Vm, like: &Value, d: Vec<u8>) -> Value {
    if like.downcast_ref::<ByteArray>().is_some() {
        super::bytes::new_bytearray(vm, d)
    } else {
        new_bytes(d).into_value()
    }
}

fn b_decode(vm: &Vm, v: &Value, args: FuncArgs<'_>) -> PyResult {
    let p = crate::vm::call::parse_args(vm, "decode", args, &["encoding", "errors"], 0, 2)?;
    super::bytes::decode_object(vm, v, p[0].as_ref(), p[1].as_ref())
}

fn b_hex(vm: &Vm, v: &Value, args: FuncArgs<'_>) -> PyResult {
    let _ = crate::vm::call::parse_args(vm, "hex", args, &["sep", "bytes_per_sep"], 0, 2)?;
    let d = data(vm, v)?;
    let s: String = d.iter().map(|b| format!("{b:02x}")).collect();
    Ok(super::str::new_string(s).into_value())
}

fn b_join(vm: &Vm, v: &Value, it: &Value) -> PyResult {
    let sep = data(vm, v)?;
    let items = vm.to_vec(it)?;
    let mut out = Vec::new();
    for (i, x) in items.iter().enumerate() {
        let Some(b) = bytes_like(x) else {
            return Err(vm.type_error(format!("sequence item {i}: expected a bytes-like object, {} found", x.ty().tp_name())));
        };
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        out.extend_from_slice(&b);
    }
    Ok(same_kind(vm, v, out))
}

fn b_startswith(vm: &Vm, v: &Value, args: &[Value]) -> PyResult {
    crate::vm::call::check_arity(vm, "startswith", args.len(), 1, 3)?;
    let d = data(vm, v)?;
    let p = data(vm, &args[0])?;
    Ok(bool_::new_bool(d.starts_with(&p)))
}

fn b_endswith(vm: &Vm, v: &Value, args: &[Value]) -> PyResult {
    crate::vm::call::check_arity(vm, "endswith", args.len(), 1, 3)?;
    let d = data(vm, v)?;
    let p = data(vm, &args[0])?;
    Ok(bool_::new_bool(d.ends_with(&p)))
}

fn b_find(vm: &Vm, v: &Value, args: &[Value]) -> PyResult {
    crate::vm::call::check_arity(vm, "find", args.len(), 1, 3)?;
    let d = data(vm, v)?;
    let p = match super::int::as_int(&args[0]) {
        Some(i) => vec![i.to_i64().unwrap_or(0) as u8],
        None => data(vm, &args[0])?,
    };
    Ok(new_int(super::str_type::find_bytes(&d, &p, 0).map_or(-1, |i| i as i64)))
}

fn b_count(vm: &Vm, v: &Value, args: &[Value]) -> PyResult {
    crate::vm::call::check_arity(vm, "count", args.len(), 1, 3)?;
    let d = data(vm, v)?;
    let p = match super::int::as_int(&args[0]) {
        Some(i) => vec![i.to_i64().unwrap_or(0) as u8],
        None => data(vm, &args[0])?,
    };
    if p.is_empty() {
        return Ok(new_int(d.len() as i64 + 1));
    }
    let mut n = 0;
    let mut pos = 0;
    while let Some(f) = super::str_type::find_bytes(&d, &p, pos) {
        n += 1;
        pos = f + p.len();
    }
    Ok(new_int(n))
}

fn b_replace(vm: &Vm, v: &Value, args: &[Value]) -> PyResult {
    crate::vm::call::check_arity(vm, "replace", args.len(), 2, 3)?;
    let d = data(vm, v)?;
    let old = data(vm, &args[0])?;
    let new = data(vm, &args[1])?;
    let mut out = Vec::new();
    let mut pos = 0;
    if old.is_empty() {
        for &b in &d {
            out.extend_from_slice(&new);
            out.push(b);
        }
        out.extend_from_slice(&new);
        return Ok(same_kind(vm, v, out));
    }
    while let Some(f) = super::str_type::find_bytes(&d, &old, pos) {
        out.extend_from_slice(&d[pos..f]);
        out.extend_from_slice(&new);
        pos = f + old.len();
    }
    out.extend_from_slice(&d[pos..]);
    Ok(same_kind(vm, v, out))
}

fn b_split(vm: &Vm, v: &Value, args: FuncArgs<'_>) -> PyResult {
    let p = crate::vm::call::parse_args(vm, "split", args, &["sep", "maxsplit"], 0, 2)?;
    let d = data(vm, v)?;
    let mut parts = Vec::new();
    match p[0].clone().filter(|x| !none::is_none(x)) {
        None => {
            for w in d.split(|b| b.is_ascii_whitespace()).filter(|w| !w.is_empty()) {
                parts.push(same_kind(vm, v, w.to_vec()));
            }
        }
        Some(sep) => {
            let sep = data(vm, &sep)?;
            if sep.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            let mut pos = 0;
            while let Some(f) = super::str_type::find_bytes(&d, &sep, pos) {
                parts.push(same_kind(vm, v, d[pos..f].to_vec()));
                pos = f + sep.len();
            }
            parts.push(same_kind(vm, v, d[pos..].to_vec()));
        }
    }
    Ok(super::list::new_list(parts).into_value())
}

fn b_strip(vm: &Vm, v: &Value, args: &[Value]) -> PyResult {
    crate::vm::call::check_arity(vm, "strip", args.len(), 0, 1)?;
    let d = data(vm, v)?;
    let chars: Vec<u8> = match args.first().filter(|a| !none::is_none(a)) {
        Some(c) => data(vm, c)?,
        None => b" \t\n\r\x0b\x0c".to_vec(),
    };
    let mut a = 0;
    let mut b = d.len();
    while a < b && chars.contains(&d[a]) {
        a += 1;
    }
    while b > a && chars.contains(&d[b - 1]) {
        b -= 1;
    }
    Ok(same_kind(vm, v, d[a..b].to_vec()))
}

fn b_upper(vm: &Vm, v: &Value) -> PyResult {
    Ok(same_kind(vm, v, data(vm, v)?.to_ascii_uppercase()))
}

fn b_lower(vm: &Vm, v: &Value) -> PyResult {
    Ok(same_kind(vm, v, data(vm, v)?.to_ascii_lowercase()))
}

fn b_fromhex(vm: &Vm, cls: &super::type_::TypeObject, args: FuncArgs<'_>) -> PyResult {
    let a = args.positional();
    crate::vm::call::check_arity(vm, "fromhex", a.len(), 1, 1)?;
    let s = crate::objects::str_type::display_str(&a[0]);
    let mut out = Vec::new();
    let cleaned: Vec<char> = s.chars().filter(|c| !c.is_ascii_whitespace()).collect();
    if cleaned.len() % 2 != 0 {
        return Err(vm.value_error("non-hexadecimal number found in fromhex() arg at position 0"));
    }
    for pair in cleaned.chunks(2) {
        let hi = pair[0].to_digit(16);
        let lo = pair[1].to_digit(16);
        match (hi, lo) {
            (Some(h), Some(l)) => out.push((h * 16 + l) as u8),
            _ => return Err(vm.value_error("non-hexadecimal number found in fromhex() arg")),
        }
    }
    if cls.layout_id() == super::value::LayoutId::ByteArray {
        return Ok(super::bytes::new_bytearray(vm, out));
    }
    Ok(new_bytes(out).into_value())
}

fn ba_append(vm: &Vm, v: &Value, x: &Value) -> PyResult {
    let b = v.downcast_ref::<ByteArray>().ok_or_else(|| vm.type_error("descriptor requires a 'bytearray' object"))?;
    let i = vm.index(x)?;
    let byte = super::int::as_int(&i).and_then(|i| i.to_i64()).filter(|b| (0..256).contains(b)).ok_or_else(|| vm.value_error("byte must be in range(0, 256)"))?;
    b.with(|d| d.push(byte as u8));
    Ok(none::none())
}

fn ba_extend(vm: &Vm, v: &Value, x: &Value) -> PyResult {
    let b = v.downcast_ref::<ByteArray>().ok_or_else(|| vm.type_error("descriptor requires a 'bytearray' object"))?;
    let more = super::bytes::bytes_from_source(vm, x, "bytearray")?;
    b.with(|d| d.extend_from_slice(&more));
    Ok(none::none())
}

fn ba_pop(vm: &Vm, v: &Value, args: &[Value]) -> PyResult {
    crate::vm::call::check_arity(vm, "pop", args.len(), 0, 1)?;
    let b = v.downcast_ref::<ByteArray>().ok_or_else(|| vm.type_error("descriptor requires a 'bytearray' object"))?;
    if b.is_empty() {
        return Err(vm.index_error("pop from empty bytearray"));
    }
    let n = b.len() as isize;
    let i = match args.first() {
        Some(a) => vm.index_isize(a)?,
        None => -1,
    };
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.index_error("pop index out of range"));
    }
    Ok(new_int(b.with(|d| d.remove(j as usize)) as i64))
}

fn b_copy(vm: &Vm, v: &Value) -> PyResult {
    Ok(super::bytes::new_bytearray(vm, data(vm, v)?))
}

fn b_clear(vm: &Vm, v: &Value) -> PyResult {
    let b = v.downcast_ref::<ByteArray>().ok_or_else(|| vm.type_error("descriptor requires a 'bytearray' object"))?;
    b.with(|d| d.clear());
    Ok(none::none())
}

fn b_isdigit(vm: &Vm, v: &Value) -> PyResult {
    let d = data(vm, v)?;
    Ok(bool_::new_bool(!d.is_empty() && d.iter().all(|b| b.is_ascii_digit())))
}

fn b_isalpha(vm: &Vm, v: &Value) -> PyResult {
    let d = data(vm, v)?;
    Ok(bool_::new_bool(!d.is_empty() && d.iter().all(|b| b.is_ascii_alphabetic())))
}

fn b_isspace(vm: &Vm, v: &Value) -> PyResult {
    let d = data(vm, v)?;
    Ok(bool_::new_bool(!d.is_empty() && d.iter().all(|b| b" \t\n\r\x0b\x0c".contains(b))))
}

pub static BYTES_METHODS: &[MethodDef] = &[
    MethodDef { name: "decode", func: MethodFn::FastKw(b_decode), doc: None },
    MethodDef { name: "hex", func: MethodFn::FastKw(b_hex), doc: None },
    MethodDef { name: "join", func: MethodFn::O(b_join), doc: None },
    MethodDef { name: "startswith", func: MethodFn::Fast(b_startswith), doc: None },
    MethodDef { name: "endswith", func: MethodFn::Fast(b_endswith), doc: None },
    MethodDef { name: "find", func: MethodFn::Fast(b_find), doc: None },
    MethodDef { name: "count", func: MethodFn::Fast(b_count), doc: None },
    MethodDef { name: "replace", func: MethodFn::Fast(b_replace), doc: None },
    MethodDef { name: "split", func: MethodFn::FastKw(b_split), doc: None },
    MethodDef { name: "strip", func: MethodFn::Fast(b_strip), doc: None },
    MethodDef { name: "upper", func: MethodFn::NoArgs(b_upper), doc: None },
    MethodDef { name: "lower", func: MethodFn::NoArgs(b_lower), doc: None },
    MethodDef { name: "isdigit", func: MethodFn::NoArgs(b_isdigit), doc: None },
    MethodDef { name: "isalpha", func: MethodFn::NoArgs(b_isalpha), doc: None },
    MethodDef { name: "isspace", func: MethodFn::NoArgs(b_isspace), doc: None },
    MethodDef { name: "fromhex", func: MethodFn::Class(b_fromhex), doc: None },
];

pub static BYTEARRAY_METHODS: &[MethodDef] = &[
    MethodDef { name: "decode", func: MethodFn::FastKw(b_decode), doc: None },
    MethodDef { name: "hex", func: MethodFn::FastKw(b_hex), doc: None },
    MethodDef { name: "join", func: MethodFn::O(b_join), doc: None },
    MethodDef { name: "startswith", func: MethodFn::Fast(b_startswith), doc: None },
    MethodDef { name: "endswith", func: MethodFn::Fast(b_endswith), doc: None },
    MethodDef { name: "find", func: MethodFn::Fast(b_find), doc: None },
    MethodDef { name: "count", func: MethodFn::Fast(b_count), doc: None },
    MethodDef { name: "replace", func: MethodFn::Fast(b_replace), doc: None },
    MethodDef { name: "split", func: MethodFn::FastKw(b_split), doc: None },
    MethodDef { name: "strip", func: MethodFn::Fast(b_strip), doc: None },
    MethodDef { name: "upper", func: MethodFn::NoArgs(b_upper), doc: None },
    MethodDef { name: "lower", func: MethodFn::NoArgs(b_lower), doc: None },
    MethodDef { name: "append", func: MethodFn::O(ba_append), doc: None },
    MethodDef { name: "extend", func: MethodFn::O(ba_extend), doc: None },
    MethodDef { name: "pop", func: MethodFn::Fast(ba_pop), doc: None },
    MethodDef { name: "copy", func: MethodFn::NoArgs(b_copy), doc: None },
    MethodDef { name: "clear", func: MethodFn::NoArgs(b_clear), doc: None },
    MethodDef { name: "fromhex", func: MethodFn::Class(b_fromhex), doc: None },
];

pub fn _unused(_: &Bytes) {}
