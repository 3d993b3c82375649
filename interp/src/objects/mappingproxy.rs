//! `mappingproxy`: the read-only view of a class's namespace.
//!
//! CPython: Objects/descrobject.c (`mappingproxy`).

use std::cell::Cell;

use super::str::new_string;
use super::type_::{CompareOp, MethodDef, MethodFn, Slots, TypeDef, TypeObject, tpflags};
use super::value::{LayoutId, ObjectLayout, Payload, Value, alloc};
use crate::builtin_type;
use crate::objects::baseobject::{OBJECT_SLOTS, OBJECT_TYPE};
use crate::vm::{FuncArgs, PyResult, Vm};

pub struct MappingProxy {
    pub mapping: Value,
}

// SAFETY: MappingProxy is the only payload with LayoutId::MappingProxy.
unsafe impl Payload for MappingProxy {
    const LAYOUT: LayoutId = LayoutId::MappingProxy;
}

pub fn new_mappingproxy(vm: &Vm, mapping: Value) -> PyResult {
    let r = alloc(MAPPINGPROXY_TYPE.get(), MappingProxy { mapping }).ok_or_else(|| vm.memory_error())?.into_value();
    crate::gc::track(vm, &r);
    Ok(r)
}

fn mapping(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(v.downcast_ref::<MappingProxy>().ok_or_else(|| vm.internal_error("mappingproxy"))?.mapping.clone())
}

fn mp_new(vm: &Vm, _ty: &TypeObject, args: FuncArgs<'_>) -> PyResult {
    let p = crate::vm::call::parse_args(vm, "mappingproxy", args, &["mapping"], 1, 1)?;
    let m = p[0].clone().unwrap_or_else(crate::objects::none::none);
    if m.downcast_ref::<super::list::List>().is_some() || m.downcast_ref::<super::tuple::Tuple>().is_some() || vm.lookup_special(&m, "__getitem__")?.is_none() {
        return Err(vm.type_error(format!("mappingproxy() argument must be a mapping, not {}", m.ty().tp_name())));
    }
    new_mappingproxy(vm, m)
}

fn mp_getitem(vm: &Vm, v: &Value, k: &Value) -> PyResult {
    vm.get_item(&mapping(vm, v)?, k)
}

fn mp_len(vm: &Vm, v: &Value) -> PyResult<usize> {
    vm.len(&mapping(vm, v)?)
}

fn mp_contains(vm: &Vm, v: &Value, k: &Value) -> PyResult<bool> {
    vm.contains(&mapping(vm, v)?, k)
}

fn mp_iter(vm: &Vm, v: &Value) -> PyResult {
    vm.iter(&mapping(vm, v)?)
}

fn mp_repr(vm: &Vm, v: &Value) -> PyResult {
    let r = vm.repr(&mapping(vm, v)?)?;
    Ok(new_string(format!("mappingproxy({})", r.to_string_lossy())).into_value())
}

fn mp_str(vm: &Vm, v: &Value) -> PyResult {
    Ok(vm.str(&mapping(vm, v)?)?.into_value())
}

fn mp_richcompare(vm: &Vm, v: &Value, w: &Value, op: CompareOp) -> PyResult {
    vm.rich_compare(&mapping(vm, v)?, w, op)
}

fn call_on(vm: &Vm, v: &Value, name: &str, args: &[Value]) -> PyResult {
    let m = mapping(vm, v)?;
    let f = vm.get_attr_str(&m, name)?;
    vm.call(&f, args)
}

fn mp_keys(vm: &Vm, v: &Value) -> PyResult {
    call_on(vm, v, "keys", &[])
}
fn mp_values(vm: &Vm, v: &Value) -> PyResult {
    call_on(vm, v, "values", &[])
}
fn mp_items(vm: &Vm, v: &Value) -> PyResult {
    call_on(vm, v, "items", &[])
}
fn mp_copy(vm: &Vm, v: &Value) -> PyResult {
    call_on(vm, v, "copy", &[])
}
fn mp_get(vm: &Vm, v: &Value, args: &[Value]) -> PyResult {
    crate::vm::call::check_arity(vm, "get", args.len(), 1, 2)?;
    call_on(vm, v, "get", args)
}
fn mp_reversed(vm: &Vm, v: &Value) -> PyResult {
    call_on(vm, v, "__reversed__", &[])
}
fn mp_or(vm: &Vm, v: &Value, w: &Value) -> PyResult {
    let a = match v.downcast_ref::<MappingProxy>() { Some(p) => p.mapping.clone(), None => v.clone() };
    let b = match w.downcast_ref::<MappingProxy>() { Some(p) => p.mapping.clone(), None => w.clone() };
    vm.binary_op(&a, &b, crate::vm::ops::BinOp::Or)
}

static MP_METHODS: &[MethodDef] = &[
    MethodDef { name: "get", func: MethodFn::Fast(mp_get), doc: Some("Return the value for key if key is in the mapping, else default.") },
    MethodDef { name: "keys", func: MethodFn::NoArgs(mp_keys), doc: Some("D.keys() -> a set-like object providing a view on D's keys") },
    MethodDef { name: "values", func: MethodFn::NoArgs(mp_values), doc: Some("D.values() -> an object providing a view on D's values") },
    MethodDef { name: "items", func: MethodFn::NoArgs(mp_items), doc: Some("D.items() -> a set-like object providing a view on D's items") },
    MethodDef { name: "copy", func: MethodFn::NoArgs(mp_copy), doc: Some("D.copy() -> a shallow copy of D") },
    MethodDef { name: "__reversed__", func: MethodFn::NoArgs(mp_reversed), doc: Some("D.__reversed__() -> reverse iterator") },
];

static MAPPINGPROXY_DEF: TypeDef = TypeDef { methods: MP_METHODS, ..TypeDef::new("mappingproxy") };

const MP_SLOTS: Slots = Slots {
    repr: Cell::new(Some(mp_repr)),
    str: Cell::new(Some(mp_str)),
    iter: Cell::new(Some(mp_iter)),
    richcompare: Cell::new(Some(mp_richcompare)),
    hash: Cell::new(None),
    new: Cell::new(Some(mp_new)),
    nb_or: Cell::new(Some(mp_or)),
    mp_length: Cell::new(Some(mp_len)),
    mp_subscript: Cell::new(Some(mp_getitem)),
    sq_contains: Cell::new(Some(mp_contains)),
    ..OBJECT_SLOTS
};

builtin_type!(pub MAPPINGPROXY_TYPE: MappingProxy, def &MAPPINGPROXY_DEF, base &OBJECT_TYPE.0, mro [&OBJECT_TYPE.0],
    slots MP_SLOTS, flags tpflags::HAVE_GC | tpflags::MAPPING, layout ObjectLayout::gc());
