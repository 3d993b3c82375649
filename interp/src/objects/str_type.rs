//! The `str` type: its slots and the core of its Python-visible behaviour.
//! String methods are in `str_methods.rs`.
//!
//! CPython: Objects/unicodeobject.c.

use std::cell::Cell;
use std::sync::OnceLock;

use super::str::{EMPTY_STR, Str, new_str_from_gen_utf8, new_string, push_code_point};
use super::type_::{CompareOp, Slots, TypeDef, TypeObject, tpflags};
use super::value::{ObjectLayout, PyRef, Value, alloc};
use crate::builtin_type;
use crate::objects::baseobject::{OBJECT_SLOTS, OBJECT_TYPE};
use crate::objects::{bool_, none};
use crate::vm::{FuncArgs, PyResult, Vm};

/// A name or other text for an error message: the str's text, or its repr
/// for non-str objects (CPython's `%U` with a str, `%R` otherwise).
pub fn display_str(v: &Value) -> String {
    match v.downcast_ref::<Str>() {
        Some(s) => s.to_string_lossy(),
        None => format!("{v:?}"),
    }
}

/// The decimal value of a Unicode decimal digit (category Nd), for `int()`
/// and `float()` of non-ASCII digits.
pub fn unicode_decimal(cp: u32) -> Option<u32> {
    let c = char::from_u32(cp)?;
    if c.is_ascii_digit() {
        return Some(cp - '0' as u32);
    }
    // Nd digits come in runs of ten starting at a zero; find the run.
    const ZEROS: &[u32] = &[
        0x0660, 0x06F0, 0x07C0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66, 0x0CE6,
        0x0D66, 0x0DE6, 0x0E50, 0x0ED0, 0x0F20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0,
        0x1A80, 0x1A90, 0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0,
        0xAA50, 0xABF0, 0xFF10, 0x104A0, 0x10D30, 0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0,
        0x11450, 0x114D0, 0x11650, 0x116C0, 0x11730, 0x118E0, 0x11950, 0x11C50, 0x11D50,
        0x11DA0, 0x11F50, 0x16A60, 0x16AC0, 0x16B50, 0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC,
        0x1D7F6, 0x1E140, 0x1E2F0, 0x1E4F0, 0x1E950, 0x1FBF0,
    ];
    for &z in ZEROS {
        if cp >= z && cp < z + 10 {
            return Some(cp - z);
        }
    }
    None
}

/// The one-character strings U+0000..U+00FF, shared process-wide (DESIGN 2).
static LATIN1: OnceLock<SyncStrs> = OnceLock::new();

/// Immortal strings, shared by every interpreter.
struct SyncStrs(Box<[PyRef<Str>]>);

// SAFETY: the strings are immortal (their refcounts are never written) and
// immutable, so sharing references to them between threads is sound; see
// `Static` in value.rs.
unsafe impl Sync for SyncStrs {}
// SAFETY: as above.
unsafe impl Send for SyncStrs {}

/// A one-character str for code point `cp` (cached for Latin-1).
pub fn char_str(cp: u32) -> Value {
    if cp < 256 {
        let table = LATIN1.get_or_init(|| {
            let v: Vec<PyRef<Str>> = (0..256u32)
                .map(|c| {
                    let mut b = Vec::with_capacity(2);
                    push_code_point(&mut b, c);
                    let s = alloc(STR_TYPE.get(), Str::from_gen_utf8(b.into_boxed_slice()))
                        .unwrap_or_else(|| std::alloc::handle_alloc_error(std::alloc::Layout::new::<Str>()));
                    s.header().make_immortal();
                    s
                })
                .collect();
            SyncStrs(v.into_boxed_slice())
        });
        return table.0[cp as usize].as_value().clone();
    }
    let mut b = Vec::with_capacity(4);
    push_code_point(&mut b, cp);
    new_str_from_gen_utf8(b).into_value()
}

fn str_of<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a Str> {
    v.downcast_ref::<Str>().map(|s| &s.payload).ok_or_else(|| {
        vm.type_error(format!(
            "descriptor requires a 'str' object but received a '{}'",
            v.ty().tp_name()
        ))
    })
}

/// `repr(str)`.
pub fn str_repr_string(s: &Str) -> String {
    let mut out = String::with_capacity(s.as_bytes().len() + 2);
    match s.as_str() {
        Some(t) => syntax::ast::repr::str_repr_utf8(&mut out, t),
        None => {
            let mut buf = syntax::ast::PyStrBuf::new();
            for cp in s.code_points() {
                let _ = buf.push_code_point(cp);
            }
            syntax::ast::repr::str_repr(&mut out, &buf.finish());
        }
    }
    out
}

fn str_repr(vm: &Vm, v: &Value) -> PyResult {
    Ok(new_string(str_repr_string(str_of(vm, v)?)).into_value())
}

fn str_str(vm: &Vm, v: &Value) -> PyResult {
    if v.is_type(STR_TYPE.get()) {
        return Ok(v.clone());
    }
    // A subclass: an exact copy.
    let s = str_of(vm, v)?;
    Ok(new_str_from_gen_utf8(s.as_bytes().to_vec()).into_value())
}

fn str_hash(vm: &Vm, v: &Value) -> PyResult<i64> {
    Ok(str_of(vm, v)?.hash())
}

fn str_richcompare(_vm: &Vm, v: &Value, w: &Value, op: CompareOp) -> PyResult {
    let (Some(a), Some(b)) = (v.downcast_ref::<Str>(), w.downcast_ref::<Str>()) else {
        return Ok(none::not_implemented());
    };
    let r = match op {
        CompareOp::Eq => a.eq_str(b),
        CompareOp::Ne => !a.eq_str(b),
        _ => op.test(a.cmp_str(b)),
    };
    Ok(bool_::new_bool(r))
}

fn str_len(vm: &Vm, v: &Value) -> PyResult<usize> {
    Ok(str_of(vm, v)?.char_len())
}

/// `a + b` for strs (CPython `PyUnicode_Concat`).
pub fn str_concat(vm: &Vm, v: &Value, w: &Value) -> PyResult {
    let a = str_of(vm, v)?;
    let Some(b) = w.downcast_ref::<Str>() else {
        return Err(vm.type_error(format!(
            "can only concatenate str (not \"{}\") to str",
            w.ty().tp_name()
        )));
    };
    if b.char_len() == 0 && v.is_type(STR_TYPE.get()) {
        return Ok(v.clone());
    }
    if a.char_len() == 0 && w.is_type(STR_TYPE.get()) {
        return Ok(w.clone());
    }
    let mut out = Vec::with_capacity(a.as_bytes().len() + b.as_bytes().len());
    out.extend_from_slice(a.as_bytes());
    out.extend_from_slice(b.as_bytes());
    Ok(new_str_from_gen_utf8(out).into_value())
}

fn str_repeat(vm: &Vm, v: &Value, n: &Value) -> PyResult {
    let s = str_of(vm, v)?;
    if !vm.has_index(n) {
        return Err(vm.type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            n.ty().tp_name()
        )));
    }
    let n = vm.index_isize(n)?.max(0) as usize;
    if n == 1 && v.is_type(STR_TYPE.get()) {
        return Ok(v.clone());
    }
    let len = s.as_bytes().len();
    let total = len.checked_mul(n).ok_or_else(|| vm.overflow_error("repeated string is too long"))?;
    vm.check_big_alloc(total as u64)?;
    Ok(new_str_from_gen_utf8(s.as_bytes().repeat(n)).into_value())
}

fn str_contains(vm: &Vm, v: &Value, x: &Value) -> PyResult<bool> {
    let s = str_of(vm, v)?;
    let Some(sub) = x.downcast_ref::<Str>() else {
        return Err(vm.type_error(format!(
            "'in <string>' requires string as left operand, not {}",
            x.ty().tp_name()
        )));
    };
    Ok(find_bytes(s.as_bytes(), sub.as_bytes(), 0).is_some())
}

/// Byte-level substring search (generalised UTF-8 is self-synchronising, so
/// byte matches are code-point matches).
pub fn find_bytes(hay: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    if needle.is_empty() {
        return if from <= hay.len() { Some(from) } else { None };
    }
    if needle.len() > hay.len() {
        return None;
    }
    let hay = hay.get(from..)?;
    if needle.len() == 1 {
        return hay.iter().position(|&b| b == needle[0]).map(|p| p + from);
    }
    hay.windows(needle.len()).position(|w| w == needle).map(|p| p + from)
}

/// `s[i]` and `s[i:j:k]` (CPython `unicode_subscript`).
fn str_subscript(vm: &Vm, v: &Value, idx: &Value) -> PyResult {
    let s = str_of(vm, v)?;
    if let Some(sl) = idx.downcast_ref::<super::slice::Slice>() {
        let ind = sl.indices(vm, s.char_len())?;
        if ind.len == 0 {
            return Ok(EMPTY_STR.value());
        }
        if ind.step == 1 {
            if ind.len == s.char_len() && v.is_type(STR_TYPE.get()) {
                return Ok(v.clone());
            }
            let a = s.byte_offset(ind.start as usize);
            let b = s.byte_offset(ind.start as usize + ind.len);
            return Ok(new_str_from_gen_utf8(s.as_bytes()[a..b].to_vec()).into_value());
        }
        let cps: Vec<u32> = s.code_points().collect();
        let picked: Vec<u32> = ind.positions().filter_map(|p| cps.get(p).copied()).collect();
        return Ok(super::str::new_str_from_code_points(picked).into_value());
    }
    if !vm.has_index(idx) {
        return Err(vm.type_error(format!(
            "string indices must be integers, not '{}'",
            idx.ty().tp_name()
        )));
    }
    let i = vm.index_isize(idx)?;
    let n = s.char_len() as isize;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.index_error("string index out of range"));
    }
    let cp = s.char_at(j as usize).ok_or_else(|| vm.index_error("string index out of range"))?;
    Ok(char_str(cp))
}

fn str_iter(vm: &Vm, v: &Value) -> PyResult {
    let _ = str_of(vm, v)?;
    Ok(super::iter::new_seq_iter(vm, super::iter::SeqKind::Str, v.clone()))
}

fn str_mod(vm: &Vm, v: &Value, args: &Value) -> PyResult {
    if v.downcast_ref::<Str>().is_none() {
        return Ok(none::not_implemented());
    }
    crate::objects::format::percent_format_str(vm, v, args)
}

/// `str(object='')` / `str(object=b'', encoding='utf-8', errors='strict')`.
fn str_new(vm: &Vm, ty: &TypeObject, args: FuncArgs<'_>) -> PyResult {
    let p = crate::vm::call::parse_args(vm, "str", args, &["object", "encoding", "errors"], 0, 3)?;
    let value = match (&p[0], &p[1], &p[2]) {
        (None, None, None) => EMPTY_STR.value(),
        (Some(o), None, None) => vm.str(o)?.into_value(),
        (o, enc, errs) => {
            let o = o.clone().unwrap_or_else(|| super::bytes::new_bytes(Vec::new()).into_value());
            crate::objects::bytes::decode_object(vm, &o, enc.as_ref(), errs.as_ref())?
        }
    };
    if std::ptr::eq(ty, STR_TYPE.get()) {
        return Ok(value);
    }
    let s = str_of(vm, &value)?;
    let r = alloc(ty, Str::from_gen_utf8(s.as_bytes().into())).ok_or_else(|| vm.memory_error())?;
    let r = r.into_value();
    if ty.object_layout().gc {
        crate::gc::track(vm, &r);
    }
    Ok(r)
}

static STR_DEF: TypeDef = TypeDef {
    name: "str",
    doc: Some("str(object='') -> str\nstr(bytes_or_buffer[, encoding[, errors]]) -> str\n\nCreate a new string object from the given object. If encoding or\nerrors is specified, then the object must expose a data buffer\nthat will be decoded using the given encoding and error handler.\nOtherwise, returns the result of object.__str__() (if defined)\nor repr(object).\nencoding defaults to 'utf-8'.\nerrors defaults to 'strict'."),
    methods: crate::objects::str_methods::STR_METHODS,
    getsets: &[],
    members: &[],
    attrs: Vec::new,
};

const STR_SLOTS: Slots = Slots {
    repr: Cell::new(Some(str_repr)),
    str: Cell::new(Some(str_str)),
    hash: Cell::new(Some(str_hash)),
    richcompare: Cell::new(Some(str_richcompare)),
    iter: Cell::new(Some(str_iter)),
    new: Cell::new(Some(str_new)),
    nb_remainder: Cell::new(Some(str_mod)),
    mp_length: Cell::new(Some(str_len)),
    sq_length: Cell::new(Some(str_len)),
    mp_subscript: Cell::new(Some(str_subscript)),
    sq_concat: Cell::new(Some(str_concat)),
    sq_repeat: Cell::new(Some(str_repeat)),
    sq_contains: Cell::new(Some(str_contains)),
    ..OBJECT_SLOTS
};

builtin_type!(pub STR_TYPE: Str, def &STR_DEF, base &OBJECT_TYPE.0, mro [&OBJECT_TYPE.0],
    slots STR_SLOTS, flags tpflags::BASETYPE | tpflags::UNICODE_SUBCLASS | tpflags::MATCH_SELF,
    layout ObjectLayout::plain());

impl PyRef<Str> {
    /// The str as text for Rust code (lossy for surrogates).
    pub fn text(&self) -> String {
        self.to_string_lossy()
    }
}
