//! `bytes` and `bytearray`: storage and the core slots. The full method set
//! (and the buffer protocol) is filled in by `bytes_methods.rs`.
//!
//! CPython: Objects/bytesobject.c, Objects/bytearrayobject.c.

use std::cell::{Cell, RefCell};

use super::int::new_int;
use super::str::{Str, new_string};
use super::type_::{CompareOp, Slots, TypeDef, TypeObject, tpflags};
use super::value::{LayoutId, ObjectLayout, Payload, PyRef, Value, alloc};
use crate::builtin_type;
use crate::objects::baseobject::{OBJECT_SLOTS, OBJECT_TYPE};
use crate::objects::{bool_, none};
use crate::vm::{FuncArgs, PyResult, Vm};

/// The payload of `bytes`.
pub struct Bytes {
    data: Box<[u8]>,
    hash: Cell<i64>,
}

// SAFETY: Bytes is the only payload with LayoutId::Bytes.
unsafe impl Payload for Bytes {
    const LAYOUT: LayoutId = LayoutId::Bytes;
}

impl Bytes {
    pub fn as_bytes(&self) -> &[u8] {
        &self.data
    }
}

/// The payload of `bytearray`.
pub struct ByteArray {
    data: RefCell<Vec<u8>>,
    /// Buffer exports (memoryviews) that forbid resizing.
    pub exports: Cell<usize>,
}

// SAFETY: ByteArray is the only payload with LayoutId::ByteArray.
unsafe impl Payload for ByteArray {
    const LAYOUT: LayoutId = LayoutId::ByteArray;
}

impl ByteArray {
    pub fn to_vec(&self) -> Vec<u8> {
        self.data.borrow().clone()
    }

    pub fn with<R>(&self, f: impl FnOnce(&mut Vec<u8>) -> R) -> R {
        f(&mut self.data.borrow_mut())
    }

    pub fn len(&self) -> usize {
        self.data.borrow().len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

pub fn new_bytes(data: Vec<u8>) -> PyRef<Bytes> {
    alloc(BYTES_TYPE.get(), Bytes { data: data.into_boxed_slice(), hash: Cell::new(-1) })
        .unwrap_or_else(|| std::alloc::handle_alloc_error(std::alloc::Layout::new::<Bytes>()))
}

pub fn new_bytes_of_type(vm: &Vm, ty: &TypeObject, data: Vec<u8>) -> PyResult {
    if std::ptr::eq(ty, BYTES_TYPE.get()) {
        return Ok(new_bytes(data).into_value());
    }
    let r = alloc(ty, Bytes { data: data.into_boxed_slice(), hash: Cell::new(-1) }).ok_or_else(|| vm.memory_error())?;
    let v = r.into_value();
    if ty.object_layout().gc {
        crate::gc::track(vm, &v);
    }
    Ok(v)
}

pub fn new_bytearray(vm: &Vm, data: Vec<u8>) -> Value {
    let r = alloc(BYTEARRAY_TYPE.get(), ByteArray { data: RefCell::new(data), exports: Cell::new(0) })
        .unwrap_or_else(|| std::alloc::handle_alloc_error(std::alloc::Layout::new::<ByteArray>()));
    let v = r.into_value();
    crate::gc::track(vm, &v);
    v
}

/// The bytes of a bytes-like object (bytes, bytearray, memoryview).
pub fn bytes_like(v: &Value) -> Option<Vec<u8>> {
    if let Some(b) = v.downcast_ref::<Bytes>() {
        return Some(b.as_bytes().to_vec());
    }
    if let Some(b) = v.downcast_ref::<ByteArray>() {
        return Some(b.to_vec());
    }
    crate::objects::memoryview::buffer_bytes(v)
}

/// `str(b, encoding, errors)` / `b.decode(...)`.
pub fn decode_object(vm: &Vm, o: &Value, encoding: Option<&Value>, errors: Option<&Value>) -> PyResult {
    let data = bytes_like(o).ok_or_else(|| {
        vm.type_error(format!(
            "decoding to str: need a bytes-like object, {} found",
            o.ty().tp_name()
        ))
    })?;
    let enc = match encoding {
        Some(e) => e.downcast_ref::<Str>().map(|s| s.to_string_lossy()).ok_or_else(|| {
            vm.type_error(format!("str() argument 'encoding' must be str, not {}", e.ty().tp_name()))
        })?,
        None => "utf-8".into(),
    };
    let errs = match errors {
        Some(e) => e.downcast_ref::<Str>().map(|s| s.to_string_lossy()).ok_or_else(|| {
            vm.type_error(format!("str() argument 'errors' must be str, not {}", e.ty().tp_name()))
        })?,
        None => "strict".into(),
    };
    crate::objects::codecs_bridge::decode(vm, &data, &enc, &errs, o)
}

fn bytes_of<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a Bytes> {
    v.downcast_ref::<Bytes>().map(|b| &b.payload).ok_or_else(|| vm.type_error("descriptor requires a 'bytes' object"))
}

/// `repr(bytes)`.
pub fn bytes_repr_string(b: &[u8], prefix: &str) -> String {
    let mut s = String::new();
    syntax::ast::repr::bytes_repr(&mut s, b);
    if prefix.is_empty() { s } else { format!("{prefix}({s})") }
}

fn bytes_repr(vm: &Vm, v: &Value) -> PyResult {
    Ok(new_string(bytes_repr_string(bytes_of(vm, v)?.as_bytes(), "")).into_value())
}

fn bytes_str(vm: &Vm, v: &Value) -> PyResult {
    if vm.state().bytes_warning.get() > 0 {
        vm.warn(crate::objects::exceptions::BYTES_WARNING.get(), "str() on a bytes instance", 1)?;
    }
    bytes_repr(vm, v)
}

fn bytes_hash(vm: &Vm, v: &Value) -> PyResult<i64> {
    let b = bytes_of(vm, v)?;
    let h = b.hash.get();
    if h != -1 {
        return Ok(h);
    }
    let h = super::hash::hash_bytes(b.as_bytes());
    b.hash.set(h);
    Ok(h)
}

fn bytes_len(vm: &Vm, v: &Value) -> PyResult<usize> {
    Ok(bytes_of(vm, v)?.as_bytes().len())
}

fn bytes_richcompare(_vm: &Vm, v: &Value, w: &Value, op: CompareOp) -> PyResult {
    let (Some(a), Some(b)) = (v.downcast_ref::<Bytes>(), w.downcast_ref::<Bytes>()) else {
        return Ok(none::not_implemented());
    };
    Ok(bool_::new_bool(op.test(a.as_bytes().cmp(b.as_bytes()))))
}

fn bytes_concat(vm: &Vm, v: &Value, w: &Value) -> PyResult {
    let a = bytes_of(vm, v)?;
    let Some(b) = bytes_like(w) else {
        return Err(vm.type_error(format!("can't concat {} to bytes", w.ty().tp_name())));
    };
    let mut out = a.as_bytes().to_vec();
    out.extend_from_slice(&b);
    Ok(new_bytes(out).into_value())
}

fn bytes_repeat(vm: &Vm, v: &Value, n: &Value) -> PyResult {
    let a = bytes_of(vm, v)?;
    if !vm.has_index(n) {
        return Err(vm.type_error(format!("can't multiply sequence by non-int of type '{}'", n.ty().tp_name())));
    }
    let n = vm.index_isize(n)?.max(0) as usize;
    let total = a.as_bytes().len().checked_mul(n).ok_or_else(|| vm.overflow_error("repeated bytes are too long"))?;
    vm.check_big_alloc(total as u64)?;
    Ok(new_bytes(a.as_bytes().repeat(n)).into_value())
}

fn bytes_contains(vm: &Vm, v: &Value, x: &Value) -> PyResult<bool> {
    let a = bytes_of(vm, v)?.as_bytes();
    if let Some(i) = super::int::as_int(x) {
        let b = i.to_i64().filter(|b| (0..256).contains(b)).ok_or_else(|| vm.value_error("byte must be in range(0, 256)"))?;
        return Ok(a.contains(&(b as u8)));
    }
    let Some(sub) = bytes_like(x) else {
        return Err(vm.type_error(format!("a bytes-like object is required, not '{}'", x.ty().tp_name())));
    };
    Ok(sub.is_empty() || a.windows(sub.len()).any(|w| w == &sub[..]))
}

fn bytes_subscript(vm: &Vm, v: &Value, idx: &Value) -> PyResult {
    let a = bytes_of(vm, v)?.as_bytes();
    if let Some(s) = idx.downcast_ref::<super::slice::Slice>() {
        let ind = s.indices(vm, a.len())?;
        return Ok(new_bytes(ind.collect(a)).into_value());
    }
    if !vm.has_index(idx) {
        return Err(vm.type_error(format!("byte indices must be integers or slices, not {}", idx.ty().tp_name())));
    }
    let i = vm.index_isize(idx)?;
    let n = a.len() as isize;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.index_error("index out of range"));
    }
    Ok(new_int(a[j as usize] as i64))
}

fn bytes_iter(vm: &Vm, v: &Value) -> PyResult {
    let items: Vec<Value> = bytes_of(vm, v)?.as_bytes().iter().map(|&b| new_int(b as i64)).collect();
    let t = super::tuple::new_tuple(items).into_value();
    vm.iter(&t)
}

/// `bytes(source=b'', encoding=..., errors=...)`.
fn bytes_new(vm: &Vm, ty: &TypeObject, args: FuncArgs<'_>) -> PyResult {
    let p = crate::vm::call::parse_args(vm, "bytes", args, &["source", "encoding", "errors"], 0, 3)?;
    let data = match (&p[0], &p[1]) {
        (None, None) => Vec::new(),
        (Some(s), Some(enc)) => {
            let st = s.downcast_ref::<Str>().ok_or_else(|| vm.type_error("encoding without a string argument"))?;
            crate::objects::codecs_bridge::encode(vm, st, &crate::objects::str_type::display_str(enc), p[2].as_ref().map(crate::objects::str_type::display_str).as_deref().unwrap_or("strict"))?
        }
        (None, Some(_)) => return Err(vm.type_error("encoding without a string argument")),
        (Some(s), None) => bytes_from_source(vm, s, "bytes")?,
    };
    new_bytes_of_type(vm, ty, data)
}

/// The bytes `bytes(x)` / `bytearray(x)` build from a non-str source.
pub fn bytes_from_source(vm: &Vm, s: &Value, who: &str) -> PyResult<Vec<u8>> {
    if s.downcast_ref::<Str>().is_some() {
        return Err(vm.type_error("string argument without an encoding"));
    }
    if let Some(b) = bytes_like(s) {
        return Ok(b);
    }
    if let Some(r) = vm.call_special(s, "__bytes__", &[])? {
        return bytes_like(&r).ok_or_else(|| {
            vm.type_error(format!("__bytes__ returned non-bytes (type {})", r.ty().tp_name()))
        });
    }
    if vm.has_index(s) {
        let n = vm.index_isize(s)?;
        if n < 0 {
            return Err(vm.value_error("negative count"));
        }
        vm.check_big_alloc(n as u64)?;
        return Ok(vec![0; n as usize]);
    }
    let items = vm.to_vec(s).map_err(|e| {
        if e.matches(crate::objects::exceptions::TYPE_ERROR.get()) {
            vm.type_error(format!("cannot convert '{}' object to {}", s.ty().tp_name(), who))
        } else {
            e
        }
    })?;
    let mut out = Vec::with_capacity(items.len());
    for it in items {
        let i = vm.index(&it).map_err(|e| {
            if e.matches(crate::objects::exceptions::TYPE_ERROR.get()) {
                vm.type_error(format!("'{}' object cannot be interpreted as an integer", it.ty().tp_name()))
            } else {
                e
            }
        })?;
        let b = super::int::as_int(&i).and_then(|i| i.to_i64()).filter(|b| (0..256).contains(b));
        out.push(b.ok_or_else(|| vm.value_error("bytes must be in range(0, 256)"))? as u8);
    }
    Ok(out)
}

fn bytes_mod(vm: &Vm, v: &Value, args: &Value) -> PyResult {
    if v.downcast_ref::<Bytes>().is_none() {
        return Ok(none::not_implemented());
    }
    crate::objects::format::percent_format_bytes(vm, v, args)
}

static BYTES_DEF: TypeDef = TypeDef {
    name: "bytes",
    doc: Some("bytes(iterable_of_ints) -> bytes\nbytes(string, encoding[, errors]) -> bytes\nbytes(bytes_or_buffer) -> immutable copy of bytes_or_buffer\nbytes(int) -> bytes object of size given by the parameter initialized with null bytes\nbytes() -> empty bytes object\n\nConstruct an immutable array of bytes from:\n  - an iterable yielding integers in range(256)\n  - a text string encoded using the specified encoding\n  - any object implementing the buffer API.\n  - an integer"),
    methods: crate::objects::bytes_methods::BYTES_METHODS,
    getsets: &[],
    members: &[],
    attrs: Vec::new,
};

const BYTES_SLOTS: Slots = Slots {
    repr: Cell::new(Some(bytes_repr)),
    str: Cell::new(Some(bytes_str)),
    hash: Cell::new(Some(bytes_hash)),
    richcompare: Cell::new(Some(bytes_richcompare)),
    iter: Cell::new(Some(bytes_iter)),
    new: Cell::new(Some(bytes_new)),
    nb_remainder: Cell::new(Some(bytes_mod)),
    mp_length: Cell::new(Some(bytes_len)),
    sq_length: Cell::new(Some(bytes_len)),
    mp_subscript: Cell::new(Some(bytes_subscript)),
    sq_concat: Cell::new(Some(bytes_concat)),
    sq_repeat: Cell::new(Some(bytes_repeat)),
    sq_contains: Cell::new(Some(bytes_contains)),
    ..OBJECT_SLOTS
};

builtin_type!(pub BYTES_TYPE: Bytes, def &BYTES_DEF, base &OBJECT_TYPE.0, mro [&OBJECT_TYPE.0],
    slots BYTES_SLOTS, flags tpflags::BASETYPE | tpflags::BYTES_SUBCLASS | tpflags::MATCH_SELF, layout ObjectLayout::plain());

fn ba_of<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a ByteArray> {
    v.downcast_ref::<ByteArray>().map(|b| &b.payload).ok_or_else(|| vm.type_error("descriptor requires a 'bytearray' object"))
}

fn bytearray_repr(vm: &Vm, v: &Value) -> PyResult {
    let b = ba_of(vm, v)?;
    let name = v.ty().name().to_string();
    Ok(new_string(bytes_repr_string(&b.to_vec(), &name)).into_value())
}

fn bytearray_len(vm: &Vm, v: &Value) -> PyResult<usize> {
    Ok(ba_of(vm, v)?.len())
}

fn bytearray_new(vm: &Vm, ty: &TypeObject, _args: FuncArgs<'_>) -> PyResult {
    let r = alloc(ty, ByteArray { data: RefCell::new(Vec::new()), exports: Cell::new(0) }).ok_or_else(|| vm.memory_error())?;
    let v = r.into_value();
    crate::gc::track(vm, &v);
    Ok(v)
}

fn bytearray_init(vm: &Vm, v: &Value, args: FuncArgs<'_>) -> PyResult<()> {
    let p = crate::vm::call::parse_args(vm, "bytearray", args, &["source", "encoding", "errors"], 0, 3)?;
    let data = match (&p[0], &p[1]) {
        (None, None) => Vec::new(),
        (Some(s), Some(enc)) => {
            let st = s.downcast_ref::<Str>().ok_or_else(|| vm.type_error("encoding without a string argument"))?;
            crate::objects::codecs_bridge::encode(vm, st, &crate::objects::str_type::display_str(enc), p[2].as_ref().map(crate::objects::str_type::display_str).as_deref().unwrap_or("strict"))?
        }
        (None, Some(_)) => return Err(vm.type_error("encoding without a string argument")),
        (Some(s), None) => bytes_from_source(vm, s, "bytearray")?,
    };
    ba_of(vm, v)?.with(|d| *d = data);
    Ok(())
}

fn bytearray_richcompare(_vm: &Vm, v: &Value, w: &Value, op: CompareOp) -> PyResult {
    let (Some(a), Some(b)) = (bytes_like(v), bytes_like(w)) else {
        return Ok(none::not_implemented());
    };
    Ok(bool_::new_bool(op.test(a.cmp(&b))))
}

fn bytearray_subscript(vm: &Vm, v: &Value, idx: &Value) -> PyResult {
    let a = ba_of(vm, v)?.to_vec();
    if let Some(s) = idx.downcast_ref::<super::slice::Slice>() {
        let ind = s.indices(vm, a.len())?;
        return Ok(new_bytearray(vm, ind.collect(&a)));
    }
    let i = vm.index_isize(idx)?;
    let n = a.len() as isize;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.index_error("bytearray index out of range"));
    }
    Ok(new_int(a[j as usize] as i64))
}

fn bytearray_ass_subscript(vm: &Vm, v: &Value, idx: &Value, value: Option<Value>) -> PyResult<()> {
    let b = ba_of(vm, v)?;
    if let Some(s) = idx.downcast_ref::<super::slice::Slice>() {
        let ind = s.indices(vm, b.len())?;
        match value {
            Some(x) => {
                let data = bytes_from_source(vm, &x, "bytearray")?;
                if ind.step == 1 {
                    b.with(|d| {
                        let start = (ind.start.max(0) as usize).min(d.len());
                        let stop = (start + ind.len).min(d.len());
                        d.splice(start..stop, data);
                    });
                } else {
                    if data.len() != ind.len {
                        return Err(vm.value_error(format!(
                            "attempt to assign bytes of size {} to extended slice of size {}",
                            data.len(),
                            ind.len
                        )));
                    }
                    b.with(|d| {
                        for (k, p) in ind.positions().enumerate() {
                            if let Some(slot) = d.get_mut(p) {
                                *slot = data[k];
                            }
                        }
                    });
                }
            }
            None => {
                b.with(|d| {
                    ind.delete_from(d);
                });
            }
        }
        return Ok(());
    }
    let i = vm.index_isize(idx)?;
    let n = b.len() as isize;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.index_error("bytearray index out of range"));
    }
    match value {
        Some(x) => {
            let iv = vm.index(&x)?;
            let byte = super::int::as_int(&iv).and_then(|i| i.to_i64()).filter(|b| (0..256).contains(b)).ok_or_else(|| vm.value_error("byte must be in range(0, 256)"))?;
            b.with(|d| d[j as usize] = byte as u8);
        }
        None => {
            b.with(|d| {
                d.remove(j as usize);
            });
        }
    }
    Ok(())
}

fn bytearray_iter(vm: &Vm, v: &Value) -> PyResult {
    let items: Vec<Value> = ba_of(vm, v)?.to_vec().iter().map(|&b| new_int(b as i64)).collect();
    let t = super::tuple::new_tuple(items).into_value();
    vm.iter(&t)
}

fn bytearray_concat(vm: &Vm, v: &Value, w: &Value) -> PyResult {
    let mut a = ba_of(vm, v)?.to_vec();
    let Some(b) = bytes_like(w) else {
        return Err(vm.type_error(format!("can't concat {} to bytearray", w.ty().tp_name())));
    };
    a.extend_from_slice(&b);
    Ok(new_bytearray(vm, a))
}

fn bytearray_iconcat(vm: &Vm, v: &Value, w: &Value) -> PyResult {
    let Some(b) = bytes_like(w) else {
        return Err(vm.type_error(format!("can't concat {} to bytearray", w.ty().tp_name())));
    };
    ba_of(vm, v)?.with(|d| d.extend_from_slice(&b));
    Ok(v.clone())
}

fn bytearray_contains(vm: &Vm, v: &Value, x: &Value) -> PyResult<bool> {
    let a = ba_of(vm, v)?.to_vec();
    let tmp = new_bytes(a).into_value();
    bytes_contains(vm, &tmp, x)
}

static BYTEARRAY_DEF: TypeDef = TypeDef {
    name: "bytearray",
    doc: Some("bytearray(iterable_of_ints) -> bytearray\nbytearray(string, encoding[, errors]) -> bytearray\nbytearray(bytes_or_buffer) -> mutable copy of bytes_or_buffer\nbytearray(int) -> bytes array of size given by the parameter initialized with null bytes\nbytearray() -> empty bytes array\n\nConstruct a mutable bytearray object from:\n  - an iterable yielding integers in range(256)\n  - a text string encoded using the specified encoding\n  - a bytes or a buffer object\n  - any object implementing the buffer API.\n  - an integer"),
    methods: crate::objects::bytes_methods::BYTEARRAY_METHODS,
    getsets: &[],
    members: &[],
    attrs: Vec::new,
};

const BYTEARRAY_SLOTS: Slots = Slots {
    repr: Cell::new(Some(bytearray_repr)),
    str: Cell::new(Some(bytearray_repr)),
    hash: Cell::new(None),
    richcompare: Cell::new(Some(bytearray_richcompare)),
    iter: Cell::new(Some(bytearray_iter)),
    new: Cell::new(Some(bytearray_new)),
    init: Cell::new(Some(bytearray_init)),
    mp_length: Cell::new(Some(bytearray_len)),
    sq_length: Cell::new(Some(bytearray_len)),
    mp_subscript: Cell::new(Some(bytearray_subscript)),
    mp_ass_subscript: Cell::new(Some(bytearray_ass_subscript)),
    sq_concat: Cell::new(Some(bytearray_concat)),
    sq_inplace_concat: Cell::new(Some(bytearray_iconcat)),
    sq_contains: Cell::new(Some(bytearray_contains)),
    ..OBJECT_SLOTS
};

builtin_type!(pub BYTEARRAY_TYPE: ByteArray, def &BYTEARRAY_DEF, base &OBJECT_TYPE.0, mro [&OBJECT_TYPE.0],
    slots BYTEARRAY_SLOTS, flags tpflags::BASETYPE | tpflags::HAVE_GC | tpflags::SEQUENCE, layout ObjectLayout::gc());
