//! `super`.
//!
//! CPython: Objects/typeobject.c (`super_*`, `_super_lookup_descr`).

use std::cell::{Cell, RefCell};

use super::str::{Str, new_string};
use super::type_::{GetSetDef, Slots, TypeData, TypeDef, TypeObject, tpflags};
use super::value::{LayoutId, ObjectLayout, Payload, PyRef, Value, alloc};
use crate::builtin_type;
use crate::objects::baseobject::{OBJECT_SLOTS, OBJECT_TYPE};
use crate::objects::none;
use crate::vm::{FuncArgs, PyResult, Vm};

/// The payload of `super` objects.
pub struct Super {
    /// The class the lookup starts after.
    pub ty: RefCell<Value>,
    /// The bound object (instance or class), or None.
    pub obj: RefCell<Value>,
    /// `type(obj)`, or obj itself when it is a subclass of `ty`.
    pub obj_type: RefCell<Value>,
}

// SAFETY: Super is the only payload with LayoutId::Super.
unsafe impl Payload for Super {
    const LAYOUT: LayoutId = LayoutId::Super;
}

/// `supercheck`: the type to start the MRO walk from, given `super(ty, obj)`.
fn supercheck(vm: &Vm, ty: &TypeObject, obj: &Value) -> PyResult<Value> {
    if let Some(t) = obj.downcast_ref::<TypeData>() {
        if t.is_subtype(ty) {
            return Ok(obj.clone());
        }
    }
    if obj.ty().is_subtype(ty) {
        return Ok(obj.ty().to_value());
    }
    // A proxy whose __class__ is a subclass.
    if let Some(c) = vm.get_attr_str_opt(obj, "__class__")? {
        if let Some(ct) = c.downcast_ref::<TypeData>() {
            if !c.is(&obj.ty().to_value()) && ct.is_subtype(ty) {
                return Ok(c);
            }
        }
    }
    Err(vm.type_error("super(type, obj): obj must be an instance or subtype of type"))
}

/// `super(ty, obj)` as a value (used by class creation for `__init_subclass__`).
pub fn new_super(vm: &Vm, ty: Value, obj: Value) -> PyResult {
    let t = ty.downcast_ref::<TypeData>().ok_or_else(|| vm.type_error("super() argument 1 must be a type"))?;
    let obj_type = supercheck(vm, t, &obj)?;
    let r = alloc(SUPER_TYPE.get(), Super {
        ty: RefCell::new(ty.clone()),
        obj: RefCell::new(obj),
        obj_type: RefCell::new(obj_type),
    })
    .ok_or_else(|| vm.memory_error())?;
    let v = r.into_value();
    crate::gc::track(vm, &v);
    Ok(v)
}

fn super_new(vm: &Vm, ty: &TypeObject, _args: FuncArgs<'_>) -> PyResult {
    let r = alloc(ty, Super {
        ty: RefCell::new(none::none()),
        obj: RefCell::new(none::none()),
        obj_type: RefCell::new(none::none()),
    })
    .ok_or_else(|| vm.memory_error())?;
    let v = r.into_value();
    crate::gc::track(vm, &v);
    Ok(v)
}

/// `super()` / `super(type)` / `super(type, obj)` (CPython `super_init_impl`);
/// the zero-argument form reads `__class__` and the first argument of the
/// calling frame.
fn super_init(vm: &Vm, v: &Value, args: FuncArgs<'_>) -> PyResult<()> {
    if args.has_kwargs() {
        return Err(vm.type_error("super() takes no keyword arguments"));
    }
    let (ty, obj) = match args.args {
        [] => vm.zero_arg_super_args()?,
        [t] => (t.clone(), none::none()),
        [t, o] => (t.clone(), o.clone()),
        a => return Err(vm.type_error(format!("super() takes at most 2 arguments ({} given)", a.len()))),
    };
    let Some(t) = ty.downcast_ref::<TypeData>() else {
        return Err(vm.type_error(format!(
            "super() argument 1 must be a type, not {}",
            ty.ty().tp_name()
        )));
    };
    let obj_type = if none::is_none(&obj) { none::none() } else { supercheck(vm, t, &obj)? };
    let s = v.downcast_ref::<Super>().ok_or_else(|| vm.internal_error("super init"))?;
    s.ty.replace(ty.clone());
    s.obj.replace(obj);
    s.obj_type.replace(obj_type);
    Ok(())
}

/// Finds `name` in the MRO of `obj_type` after `ty` (CPython `_super_lookup_descr`).
pub fn super_lookup(ty: &TypeObject, obj_type: &TypeObject, name: &Str) -> Option<Value> {
    let mut mro = obj_type.mro_types();
    for t in mro.by_ref() {
        if std::ptr::eq(t, ty) {
            break;
        }
    }
    for t in mro {
        if let Some(v) = t.own_attr(name) {
            return Some(v);
        }
    }
    None
}

fn super_getattro(vm: &Vm, v: &Value, name: &PyRef<Str>) -> PyResult<Option<Value>> {
    let s = v.downcast_ref::<Super>().ok_or_else(|| vm.internal_error("super getattr"))?;
    let obj_type = s.obj_type.borrow().clone();
    // __class__ is super's own.
    let skip = none::is_none(&obj_type) || name.as_str() == Some("__class__");
    if !skip {
        let ty = s.ty.borrow().clone();
        if let (Some(t), Some(ot)) = (ty.downcast_ref::<TypeData>(), obj_type.downcast_ref::<TypeData>()) {
            if let Some(res) = super_lookup(t, ot, name) {
                if let Some(get) = res.ty().slots.descr_get.get() {
                    let obj = s.obj.borrow().clone();
                    // A class bound via super(cls, cls) passes obj=None for its own attributes.
                    let inst = if obj.is(&obj_type) { None } else { Some(&obj) };
                    return get(vm, &res, inst, Some(&obj_type)).map(Some);
                }
                return Ok(Some(res));
            }
        }
    }
    super::baseobject::generic_getattr(vm, v, name)
}

fn super_repr(vm: &Vm, v: &Value) -> PyResult {
    let s = v.downcast_ref::<Super>().ok_or_else(|| vm.internal_error("super repr"))?;
    let ty = s.ty.borrow().clone();
    let tn = ty.downcast_ref::<TypeData>().map(|t| t.name().to_string()).unwrap_or_else(|| "NULL".into());
    let ot = s.obj_type.borrow().clone();
    let r = match ot.downcast_ref::<TypeData>() {
        Some(o) => format!("<super: <class '{}'>, <{} object>>", tn, o.name()),
        None => format!("<super: <class '{}'>, NULL>", tn),
    };
    Ok(new_string(r).into_value())
}

fn super_descr_get(vm: &Vm, v: &Value, obj: Option<&Value>, _ty: Option<&Value>) -> PyResult {
    let s = v.downcast_ref::<Super>().ok_or_else(|| vm.internal_error("super get"))?;
    match obj.filter(|o| !none::is_none(o)) {
        Some(o) if none::is_none(&s.obj.borrow()) => new_super(vm, s.ty.borrow().clone(), o.clone()),
        _ => Ok(v.clone()),
    }
}

fn get_thisclass(vm: &Vm, v: &Value) -> PyResult {
    let s = v.downcast_ref::<Super>().ok_or_else(|| vm.internal_error("super"))?;
    Ok(s.ty.borrow().clone())
}
fn get_self(vm: &Vm, v: &Value) -> PyResult {
    let s = v.downcast_ref::<Super>().ok_or_else(|| vm.internal_error("super"))?;
    Ok(s.obj.borrow().clone())
}
fn get_self_class(vm: &Vm, v: &Value) -> PyResult {
    let s = v.downcast_ref::<Super>().ok_or_else(|| vm.internal_error("super"))?;
    Ok(s.obj_type.borrow().clone())
}

static SUPER_GETSETS: &[GetSetDef] = &[
    GetSetDef { name: "__thisclass__", get: Some(get_thisclass), set: None, doc: Some("the class invoking super()") },
    GetSetDef { name: "__self__", get: Some(get_self), set: None, doc: Some("the instance invoking super(); may be None") },
    GetSetDef { name: "__self_class__", get: Some(get_self_class), set: None, doc: Some("the type of the instance invoking super(); may be None") },
];

static SUPER_DEF: TypeDef = TypeDef {
    doc: Some("super() -> same as super(__class__, <first argument>)\nsuper(type) -> unbound super object\nsuper(type, obj) -> bound super object; requires isinstance(obj, type)\nsuper(type, type2) -> bound super object; requires issubclass(type2, type)\nTypical use to call a cooperative superclass method:\nclass C(B):\n    def meth(self, arg):\n        super().meth(arg)\nThis works for class methods too:\nclass C(B):\n    @classmethod\n    def cmeth(cls, arg):\n        super().cmeth(arg)\n"),
    getsets: SUPER_GETSETS,
    ..TypeDef::new("super")
};

const SUPER_SLOTS: Slots = Slots {
    repr: Cell::new(Some(super_repr)),
    getattro: Cell::new(Some(super_getattro)),
    descr_get: Cell::new(Some(super_descr_get)),
    new: Cell::new(Some(super_new)),
    init: Cell::new(Some(super_init)),
    ..OBJECT_SLOTS
};

builtin_type!(pub SUPER_TYPE: Super, def &SUPER_DEF, base &OBJECT_TYPE.0, mro [&OBJECT_TYPE.0],
    slots SUPER_SLOTS, flags tpflags::BASETYPE | tpflags::HAVE_GC, layout ObjectLayout::gc());
