//! `types.GenericAlias` (`list[int]`) and `X | Y` unions.
//!
//! CPython: Objects/genericaliasobject.c, Objects/unionobject.c.

use std::cell::Cell;

use super::str::new_string;
use super::tuple::{Tuple, new_tuple};
use super::type_::{CompareOp, GetSetDef, MemberDef, Slots, TypeData, TypeDef, TypeObject, tpflags};
use super::value::{LayoutId, ObjectLayout, Payload, Value, alloc};
use crate::builtin_type;
use crate::objects::baseobject::{OBJECT_SLOTS, OBJECT_TYPE};
use crate::objects::{bool_, none};
use crate::vm::{FuncArgs, PyResult, Vm};

/// The payload of `GenericAlias` and of unions.
pub struct Alias {
    pub origin: Value,
    pub args: Value,
}

// SAFETY: a native layout id is the TypeId of Alias, which no other type has.
unsafe impl Payload for Alias {
    const LAYOUT: LayoutId = LayoutId::native::<Self>();
}

fn make(vm: &Vm, ty: &TypeObject, origin: Value, args: Value) -> PyResult {
    let args = if args.downcast_ref::<Tuple>().is_some() { args } else { new_tuple(vec![args]).into_value() };
    let r = alloc(ty, Alias { origin, args }).ok_or_else(|| vm.memory_error())?.into_value();
    crate::gc::track(vm, &r);
    Ok(r)
}

/// `cls.__class_getitem__(args)` for builtin generics.
pub fn class_getitem(vm: &Vm, cls: &TypeObject, args: FuncArgs<'_>) -> PyResult {
    let a = args.positional();
    if a.len() != 1 {
        return Err(vm.type_error(format!("__class_getitem__ expected 1 argument, got {}", a.len())));
    }
    make(vm, GENERIC_ALIAS_TYPE.get(), cls.to_value(), a[0].clone())
}

/// The repr of a type argument as `typing` shows it (CPython `ga_repr_item`).
fn repr_item(vm: &Vm, v: &Value) -> PyResult<String> {
    if v.is_static(&none::ELLIPSIS) {
        return Ok("...".into());
    }
    if let Some(t) = v.downcast_ref::<TypeData>() {
        let m = super::baseobject::type_module_name(vm, t).unwrap_or_default();
        if m == "builtins" {
            return Ok(t.qualname().to_string());
        }
        return Ok(format!("{}.{}", m, t.qualname()));
    }
    if let Some(l) = v.downcast_ref::<super::list::List>() {
        let parts: PyResult<Vec<String>> = l.to_vec().iter().map(|x| repr_item(vm, x)).collect();
        return Ok(format!("[{}]", parts?.join(", ")));
    }
    Ok(vm.repr(v)?.to_string_lossy())
}

fn alias_repr(vm: &Vm, v: &Value) -> PyResult {
    let a = v.downcast_ref::<Alias>().ok_or_else(|| vm.internal_error("alias"))?;
    let args: Vec<Value> = a.args.downcast_ref::<Tuple>().map(|t| t.as_slice().to_vec()).unwrap_or_default();
    if v.is_type(UNION_TYPE.get()) {
        let parts: PyResult<Vec<String>> = args.iter().map(|x| repr_item(vm, x)).collect();
        return Ok(new_string(parts?.join(" | ")).into_value());
    }
    let origin = repr_item(vm, &a.origin)?;
    let parts: PyResult<Vec<String>> = args.iter().map(|x| repr_item(vm, x)).collect();
    let parts = parts?;
    let inner = if parts.is_empty() { "()".to_string() } else { parts.join(", ") };
    Ok(new_string(format!("{origin}[{inner}]")).into_value())
}

fn alias_call(vm: &Vm, v: &Value, args: FuncArgs<'_>) -> PyResult {
    let a = v.downcast_ref::<Alias>().ok_or_else(|| vm.internal_error("alias"))?;
    let r = vm.call_args(&a.origin, args)?;
    let _ = vm.set_attr_str(&r, "__orig_class__", v.clone());
    Ok(r)
}

fn alias_getattro(vm: &Vm, v: &Value, name: &super::value::PyRef<super::str::Str>) -> PyResult<Option<Value>> {
    let own = ["__origin__", "__args__", "__parameters__", "__class__", "__mro_entries__", "__reduce__", "__copy__", "__deepcopy__", "__unpacked__", "__typing_unpacked_tuple_args__"];
    let n = name.as_str().unwrap_or("");
    if own.contains(&n) || v.is_type(UNION_TYPE.get()) {
        return super::baseobject::generic_getattr(vm, v, name);
    }
    let a = v.downcast_ref::<Alias>().ok_or_else(|| vm.internal_error("alias"))?;
    vm.get_attr_opt(&a.origin, name)
}

fn alias_richcompare(vm: &Vm, v: &Value, w: &Value, op: CompareOp) -> PyResult {
    let (Some(a), Some(b)) = (v.downcast_ref::<Alias>(), w.downcast_ref::<Alias>()) else {
        return Ok(none::not_implemented());
    };
    if !matches!(op, CompareOp::Eq | CompareOp::Ne) || !std::ptr::eq(v.ty(), w.ty()) {
        return Ok(none::not_implemented());
    }
    let eq = vm.eq(&a.origin, &b.origin)? && vm.eq(&a.args, &b.args)?;
    Ok(bool_::new_bool(if op == CompareOp::Eq { eq } else { !eq }))
}

fn alias_hash(vm: &Vm, v: &Value) -> PyResult<i64> {
    let a = v.downcast_ref::<Alias>().ok_or_else(|| vm.internal_error("alias"))?;
    Ok(vm.hash(&a.origin)? ^ vm.hash(&a.args)?)
}

fn alias_mro_entries(vm: &Vm, v: &Value, _bases: &Value) -> PyResult {
    let a = v.downcast_ref::<Alias>().ok_or_else(|| vm.internal_error("alias"))?;
    Ok(new_tuple(vec![a.origin.clone()]).into_value())
}

fn alias_or(vm: &Vm, a: &Value, b: &Value) -> PyResult {
    union_of(vm, a, b)
}

/// `X | Y` for types, aliases and None (CPython `_Py_union_type_or`).
pub fn union_of(vm: &Vm, a: &Value, b: &Value) -> PyResult {
    let ok = |x: &Value| none::is_none(x) || x.downcast_ref::<TypeData>().is_some() || x.downcast_ref::<Alias>().is_some();
    if !ok(a) || !ok(b) {
        return Ok(none::not_implemented());
    }
    let mut items: Vec<Value> = Vec::new();
    for x in [a, b] {
        if x.is_type(UNION_TYPE.get()) {
            if let Some(al) = x.downcast_ref::<Alias>() {
                if let Some(t) = al.args.downcast_ref::<Tuple>() {
                    for y in t.as_slice() {
                        items.push(y.clone());
                    }
                }
            }
        } else if none::is_none(x) {
            items.push(super::none::NONE_TYPE.value());
        } else {
            items.push(x.clone());
        }
    }
    let mut dedup: Vec<Value> = Vec::new();
    for x in items {
        let mut dup = false;
        for y in &dedup {
            if vm.eq(y, &x)? {
                dup = true;
                break;
            }
        }
        if !dup {
            dedup.push(x);
        }
    }
    if dedup.len() == 1 {
        return Ok(dedup.pop().unwrap_or_else(none::none));
    }
    make(vm, UNION_TYPE.get(), none::none(), new_tuple(dedup).into_value())
}

static ALIAS_MEMBERS: &[MemberDef] = &[
    MemberDef { name: "__origin__", get: |vm, v| Ok(v.downcast_ref::<Alias>().ok_or_else(|| vm.internal_error("alias"))?.origin.clone()), set: None, doc: None },
    MemberDef { name: "__args__", get: |vm, v| Ok(v.downcast_ref::<Alias>().ok_or_else(|| vm.internal_error("alias"))?.args.clone()), set: None, doc: None },
];

static ALIAS_GETSETS: &[GetSetDef] = &[GetSetDef {
    name: "__parameters__",
    get: Some(|_, _| Ok(super::tuple::EMPTY_TUPLE.value())),
    set: None,
    doc: None,
}];

static ALIAS_METHODS: &[super::type_::MethodDef] = &[super::type_::MethodDef {
    name: "__mro_entries__",
    func: super::type_::MethodFn::O(alias_mro_entries),
    doc: None,
}];

static GENERIC_ALIAS_DEF: TypeDef = TypeDef {
    name: "types.GenericAlias",
    doc: Some("Represent a PEP 585 generic type\n\nE.g. for t = list[int], t.__origin__ is list and t.__args__ is (int,)."),
    methods: ALIAS_METHODS,
    getsets: ALIAS_GETSETS,
    members: ALIAS_MEMBERS,
    attrs: Vec::new,
};

const ALIAS_SLOTS: Slots = Slots {
    repr: Cell::new(Some(alias_repr)),
    call: Cell::new(Some(alias_call)),
    getattro: Cell::new(Some(alias_getattro)),
    richcompare: Cell::new(Some(alias_richcompare)),
    hash: Cell::new(Some(alias_hash)),
    nb_or: Cell::new(Some(alias_or)),
    new: Cell::new(None),
    ..OBJECT_SLOTS
};

builtin_type!(pub GENERIC_ALIAS_TYPE: Alias, def &GENERIC_ALIAS_DEF, base &OBJECT_TYPE.0, mro [&OBJECT_TYPE.0],
    slots ALIAS_SLOTS, flags tpflags::HAVE_GC, layout ObjectLayout::gc());

static UNION_DEF: TypeDef = TypeDef {
    name: "typing.Union",
    doc: Some("Represent a union type\n\nE.g. for int | str"),
    methods: &[],
    getsets: ALIAS_GETSETS,
    members: ALIAS_MEMBERS,
    attrs: Vec::new,
};

const UNION_SLOTS: Slots = Slots { call: Cell::new(None), ..ALIAS_SLOTS };

builtin_type!(pub UNION_TYPE: Alias, def &UNION_DEF, base &OBJECT_TYPE.0, mro [&OBJECT_TYPE.0],
    slots UNION_SLOTS, flags tpflags::HAVE_GC, layout ObjectLayout::gc());
