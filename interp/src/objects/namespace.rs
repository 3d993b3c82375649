//! `types.SimpleNamespace`: an object whose attributes are its keyword
//! arguments.
//!
//! CPython: Objects/namespaceobject.c.

use super::dict::Dict;
use super::none;
use super::str::{Str, new_string};
use super::type_::{CompareOp, MethodDef, MethodFn, Slots, TypeDef, TypeObject, tpflags};
use super::value::{ObjectLayout, PyRef, Value, alloc};
use crate::builtin_type;
use crate::objects::baseobject::{OBJECT_SLOTS, OBJECT_TYPE, instance_dict_or_create};
use crate::vm::{FuncArgs, PyResult, Vm};

/// SimpleNamespace instances have no payload: everything is in `__dict__`.
pub struct Namespace;

// SAFETY: a native layout id is the TypeId of Namespace, which no other type has.
unsafe impl super::value::Payload for Namespace {
    const LAYOUT: super::value::LayoutId = super::value::LayoutId::native::<Self>();
}

fn ns_dict(vm: &Vm, v: &Value) -> PyResult<PyRef<Dict>> {
    instance_dict_or_create(vm, v).ok_or_else(|| vm.type_error("namespace object without a __dict__"))
}

/// A SimpleNamespace whose `__dict__` holds the items of `d`.
pub fn new_namespace(vm: &Vm, d: PyRef<Dict>) -> PyResult<Value> {
    let r = alloc(NAMESPACE_TYPE.get(), Namespace).ok_or_else(|| vm.memory_error())?.into_value();
    crate::gc::track(vm, &r);
    ns_dict(vm, &r)?.copy_from(&d);
    Ok(r)
}

fn namespace_new(vm: &Vm, ty: &TypeObject, _args: FuncArgs<'_>) -> PyResult {
    let r = alloc(ty, Namespace).ok_or_else(|| vm.memory_error())?.into_value();
    crate::gc::track(vm, &r);
    Ok(r)
}

/// `SimpleNamespace(mapping_or_iterable=(), /, **kwargs)`.
fn namespace_init(vm: &Vm, v: &Value, args: FuncArgs<'_>) -> PyResult<()> {
    let pos = args.positional();
    if pos.len() > 1 {
        return Err(vm.type_error(format!("SimpleNamespace expected at most 1 argument, got {}", pos.len())));
    }
    let d = ns_dict(vm, v)?;
    if let Some(arg) = pos.first() {
        let tmp = crate::objects::dict::new_dict(vm);
        crate::objects::dict_type::update_from(vm, &tmp, arg, true)?;
        for (k, val) in tmp.items() {
            if k.downcast_ref::<Str>().is_none() {
                return Err(vm.type_error(format!("keywords must be strings, not '{}'", k.ty().tp_name())));
            }
            d.set_item(vm, k, val)?;
        }
    }
    for (k, val) in args.kwargs() {
        d.set_item(vm, k.clone(), val.clone())?;
    }
    Ok(())
}

fn namespace_repr(vm: &Vm, v: &Value) -> PyResult {
    let name = if std::ptr::eq(v.ty(), NAMESPACE_TYPE.get()) { "namespace".to_string() } else { v.ty().name().to_string() };
    let Some(_guard) = vm.repr_enter(v) else {
        return Ok(new_string(format!("{name}(...)")).into_value());
    };
    let d = ns_dict(vm, v)?;
    let mut out = format!("{name}(");
    let mut first = true;
    for (k, val) in d.items() {
        let Some(ks) = k.downcast_ref::<Str>() else { continue };
        if !first {
            out.push_str(", ");
        }
        first = false;
        out.push_str(&ks.to_string_lossy());
        out.push('=');
        out.push_str(&vm.repr(&val)?.to_string_lossy());
    }
    out.push(')');
    Ok(new_string(out).into_value())
}

fn namespace_richcompare(vm: &Vm, v: &Value, w: &Value, op: CompareOp) -> PyResult {
    let is_ns = |x: &Value| x.ty().is_subtype(NAMESPACE_TYPE.get());
    if !(is_ns(v) && is_ns(w)) || !matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(none::not_implemented());
    }
    let a = ns_dict(vm, v)?;
    let b = ns_dict(vm, w)?;
    vm.rich_compare(a.as_value(), b.as_value(), op)
}

fn namespace_reduce(vm: &Vm, v: &Value) -> PyResult {
    let d = ns_dict(vm, v)?;
    let empty = crate::objects::tuple::new_tuple(vec![]).into_value();
    Ok(crate::objects::tuple::new_tuple(vec![v.ty().to_value(), empty, d.into_value()]).into_value())
}

fn namespace_replace(vm: &Vm, v: &Value, args: FuncArgs<'_>) -> PyResult {
    if !args.positional().is_empty() {
        return Err(vm.type_error("__replace__() takes no positional arguments"));
    }
    let r = vm.call(&v.ty().to_value(), &[])?;
    let nd = ns_dict(vm, &r)?;
    let src = ns_dict(vm, v)?;
    nd.copy_from(&src);
    for (k, val) in args.kwargs() {
        nd.set_item(vm, k.clone(), val.clone())?;
    }
    Ok(r)
}

static NAMESPACE_METHODS: &[MethodDef] = &[
    MethodDef { name: "__reduce__", func: MethodFn::NoArgs(namespace_reduce), doc: None },
    MethodDef { name: "__replace__", func: MethodFn::FastKw(namespace_replace), doc: None },
];

static NAMESPACE_DEF: TypeDef = TypeDef {
    doc: Some("SimpleNamespace(mapping_or_iterable=(), /, **kwargs)\n--\n\nA simple attribute-based namespace."),
    methods: NAMESPACE_METHODS,
    ..TypeDef::new("types.SimpleNamespace")
};

const NAMESPACE_SLOTS: Slots = Slots {
    repr: std::cell::Cell::new(Some(namespace_repr)),
    new: std::cell::Cell::new(Some(namespace_new)),
    init: std::cell::Cell::new(Some(namespace_init)),
    richcompare: std::cell::Cell::new(Some(namespace_richcompare)),
    hash: std::cell::Cell::new(None),
    ..OBJECT_SLOTS
};

builtin_type!(pub NAMESPACE_TYPE: Namespace, def &NAMESPACE_DEF, base &OBJECT_TYPE.0, mro [&OBJECT_TYPE.0],
    slots NAMESPACE_SLOTS, flags tpflags::HAVE_GC | tpflags::BASETYPE | tpflags::MANAGED_DICT,
    layout ObjectLayout::with(true, true, 0));
