//! The `object` type: the root of every class, and the generic attribute
//! lookup that most types use.
//!
//! CPython: Objects/typeobject.c (`object_*`), Objects/object.c
//! (`_PyObject_GenericGetAttrWithDict`, `_PyObject_GenericSetAttrWithDict`).

use std::cell::Cell;

use super::str::Str;
use super::type_::{
    CompareOp, GetSetDef, MethodDef, MethodFn, Slots, StaticType, TypeData, TypeDef, TypeObject,
    TYPE_TYPE, tpflags,
};
use super::value::{LayoutId, ObjectLayout, Payload, PayloadVTable, PyObject, PyRef, Static, Value};
use crate::objects::{bool_, dict::Dict, none};
use crate::vm::{FuncArgs, PyResult, Vm};

/// The payload of plain `object()` instances and of heap types whose solid
/// base is `object`: nothing (their state is in the instance dict and slots).
pub struct ObjectData;

// SAFETY: ObjectData is the only payload with LayoutId::Object.
unsafe impl Payload for ObjectData {
    const LAYOUT: LayoutId = LayoutId::Object;
}

/// `repr()` of an object whose type has no `__repr__` of its own:
/// `<module.Qualname object at 0x...>`.
pub fn default_repr(vm: &Vm, v: &Value) -> PyRef<Str> {
    let ty = v.ty();
    let module = type_module_name(vm, ty);
    let s = match module {
        Some(m) if m != "builtins" => {
            format!("<{}.{} object at {:#x}>", m, ty.qualname(), v.id_word())
        }
        _ => format!("<{} object at {:#x}>", ty.tp_name(), v.id_word()),
    };
    super::str::new_string(s)
}

/// `type.__module__` as a Rust string, when it is a str.
pub fn type_module_name(vm: &Vm, ty: &TypeObject) -> Option<String> {
    match ty.heap() {
        Some(h) => {
            let m = h.dict.get_str_item_rs("__module__")?;
            m.downcast_ref::<Str>().map(|s| s.to_string_lossy())
        }
        None => {
            let _ = vm;
            let n = ty.payload.def.name;
            Some(match n.rsplit_once('.') {
                Some((m, _)) => m.to_string(),
                None => "builtins".to_string(),
            })
        }
    }
}

fn object_repr(vm: &Vm, v: &Value) -> PyResult {
    Ok(default_repr(vm, v).into_value())
}

fn object_str(vm: &Vm, v: &Value) -> PyResult {
    Ok(vm.repr(v)?.into_value())
}

fn object_hash(_vm: &Vm, v: &Value) -> PyResult<i64> {
    Ok(super::hash::hash_pointer(v.id_word()))
}

/// `object.__eq__` and friends (CPython `object_richcompare`): identity for
/// `==`; `!=` inverts `__eq__` unless it returned NotImplemented.
fn object_richcompare(vm: &Vm, v: &Value, w: &Value, op: CompareOp) -> PyResult {
    match op {
        CompareOp::Eq => Ok(if v.is(w) { bool_::new_bool(true) } else { none::not_implemented() }),
        CompareOp::Ne => {
            // Only when __eq__ is overridden does != consult it.
            let eq = v.ty().slots.richcompare.get();
            match eq {
                Some(f) if !std::ptr::fn_addr_eq(f, object_richcompare as super::type_::RichCmpFn) => {
                    let r = f(vm, v, w, CompareOp::Eq)?;
                    if r.is_static(&none::NOT_IMPLEMENTED) {
                        return Ok(r);
                    }
                    Ok(bool_::new_bool(!vm.is_true(&r)?))
                }
                _ => Ok(if v.is(w) { bool_::new_bool(false) } else { none::not_implemented() }),
            }
        }
        _ => Ok(none::not_implemented()),
    }
}

/// The instance dict of `v`, if its type gives instances one.
pub fn instance_dict(v: &Value) -> Option<Value> {
    let h = v.as_object()?;
    if !h.ty().object_layout().extras {
        return None;
    }
    // SAFETY: the layout has extras.
    let extras = unsafe { super::value::instance_extras(h) };
    let d = extras.dict.take();
    let r = d.clone();
    extras.dict.set(d);
    r
}

/// The instance dict of `v`, created empty on first use; `None` when its
/// type has no instance dicts.
pub fn instance_dict_or_create(vm: &Vm, v: &Value) -> Option<PyRef<Dict>> {
    let h = v.as_object()?;
    let ty = h.ty();
    if !ty.object_layout().extras || !ty.has_flag(tpflags::MANAGED_DICT) {
        return None;
    }
    // SAFETY: the layout has extras.
    let extras = unsafe { super::value::instance_extras(h) };
    let d = extras.dict.take();
    let d = match d {
        Some(d) => d,
        None => crate::objects::dict::new_dict(vm).into_value(),
    };
    let r = d.clone();
    extras.dict.set(Some(d));
    r.downcast::<Dict>().ok()
}

/// Replaces the instance dict (`obj.__dict__ = d`).
pub fn set_instance_dict(v: &Value, d: Option<Value>) -> bool {
    let Some(h) = v.as_object() else { return false };
    if !h.ty().object_layout().extras {
        return false;
    }
    // SAFETY: the layout has extras.
    let extras = unsafe { super::value::instance_extras(h) };
    let old = extras.dict.replace(d);
    drop(old);
    true
}

/// `PyObject_GenericGetAttr`: data descriptors on the type, then the
/// instance dict, then other descriptors and class attributes.
pub fn generic_getattr(vm: &Vm, obj: &Value, name: &PyRef<Str>) -> PyResult<Option<Value>> {
    generic_getattr_with_dict(vm, obj, name, None)
}

/// [`generic_getattr`] with the namespace given instead of the instance dict
/// (modules keep theirs in their payload). CPython `_PyObject_GenericGetAttrWithDict`.
pub fn generic_getattr_with_dict(vm: &Vm, obj: &Value, name: &PyRef<Str>, dict: Option<&Dict>) -> PyResult<Option<Value>> {
    let ty = obj.ty();
    let descr = ty.lookup(name);
    let mut getter = None;
    if let Some(d) = &descr {
        let dt = d.ty();
        getter = dt.slots.descr_get.get();
        if let Some(g) = getter {
            if dt.slots.descr_set.get().is_some() {
                return g(vm, d, Some(obj), Some(&ty.to_value())).map(Some);
            }
        }
    }
    match dict {
        Some(dict) => {
            if let Some(v) = dict.get_name(vm, name)? {
                return Ok(Some(v));
            }
        }
        None => {
            if let Some(d) = instance_dict(obj) {
                if let Some(dict) = d.downcast_ref::<Dict>() {
                    if let Some(v) = dict.get_name(vm, name)? {
                        return Ok(Some(v));
                    }
                }
            }
        }
    }
    if let (Some(g), Some(d)) = (getter, &descr) {
        return g(vm, d, Some(obj), Some(&ty.to_value())).map(Some);
    }
    Ok(descr)
}

/// `PyObject_GenericSetAttr`: data descriptors on the type, else the instance
/// dict. `value == None` deletes.
pub fn generic_setattr(vm: &Vm, obj: &Value, name: &PyRef<Str>, value: Option<Value>) -> PyResult<()> {
    let ty = obj.ty();
    let descr = ty.lookup(name);
    if let Some(d) = &descr {
        if let Some(set) = d.ty().slots.descr_set.get() {
            return set(vm, d, obj, value);
        }
    }
    match instance_dict_or_create(vm, obj) {
        Some(dict) => match value {
            Some(v) => dict.set_name(vm, name, v),
            None => {
                if dict.del_item(vm, name.as_value())?.is_none() {
                    return Err(vm.no_attribute(obj, name.as_value()));
                }
                Ok(())
            }
        },
        None => {
            if descr.is_some() {
                let msg = format!(
                    "'{}' object attribute '{}' is read-only",
                    ty.tp_name(),
                    name.as_str_lossy()
                );
                Err(vm.attribute_error(obj, name.as_value(), msg))
            } else if value.is_some() {
                let msg = format!(
                    "'{}' object has no attribute '{}' and no __dict__ for setting new attributes",
                    ty.tp_name(),
                    name.as_str_lossy()
                );
                Err(vm.attribute_error(obj, name.as_value(), msg))
            } else {
                Err(vm.no_attribute(obj, name.as_value()))
            }
        }
    }
}

fn excess_args(args: &FuncArgs<'_>) -> bool {
    !args.args.is_empty()
}

/// `object.__new__` (CPython `object_new`).
pub fn object_new(vm: &Vm, ty: &TypeObject, args: FuncArgs<'_>) -> PyResult {
    if excess_args(&args) {
        let new_overridden = ty
            .slots
            .new
            .get()
            .is_some_and(|f| !std::ptr::fn_addr_eq(f, object_new as super::type_::NewFn));
        if new_overridden {
            return Err(vm.type_error(
                "object.__new__() takes exactly one argument (the type to instantiate)",
            ));
        }
        let init_is_object = ty
            .slots
            .init
            .get()
            .is_none_or(|f| std::ptr::fn_addr_eq(f, object_init as super::type_::InitFn));
        if init_is_object {
            return Err(vm.type_error(format!("{}() takes no arguments", ty.tp_name())));
        }
    }
    if ty.has_flag(tpflags::IS_ABSTRACT) {
        return Err(crate::objects::type_methods::abstract_instantiation_error(vm, ty));
    }
    alloc_instance(vm, ty)
}

/// A new instance of a type whose solid base is `object`.
pub fn alloc_instance(vm: &Vm, ty: &TypeObject) -> PyResult {
    if ty.layout_id() != LayoutId::Object {
        return Err(vm.type_error(format!(
            "object.__new__({}) is not safe, use {}.__new__()",
            ty.tp_name(),
            ty.base().map(|b| b.tp_name().to_string()).unwrap_or_default()
        )));
    }
    let r = super::value::alloc(ty, ObjectData).ok_or_else(|| vm.memory_error())?;
    let v = r.into_value();
    if ty.object_layout().gc {
        crate::gc::track(vm, &v);
    }
    Ok(v)
}

/// `object.__init__` (CPython `object_init`).
pub fn object_init(vm: &Vm, obj: &Value, args: FuncArgs<'_>) -> PyResult<()> {
    if excess_args(&args) {
        let ty = obj.ty();
        let init_overridden = ty
            .slots
            .init
            .get()
            .is_some_and(|f| !std::ptr::fn_addr_eq(f, object_init as super::type_::InitFn));
        if init_overridden {
            return Err(vm.type_error(format!(
                "{}.__init__() takes exactly one argument (the instance to initialize)",
                ty.tp_name()
            )));
        }
        let new_is_object = ty
            .slots
            .new
            .get()
            .is_none_or(|f| std::ptr::fn_addr_eq(f, object_new as super::type_::NewFn));
        if new_is_object {
            return Err(vm.type_error(format!("{}() takes no arguments", ty.tp_name())));
        }
    }
    Ok(())
}

fn object_get_class(_vm: &Vm, v: &Value) -> PyResult {
    Ok(v.ty().to_value())
}

fn object_set_class(vm: &Vm, v: &Value, value: Option<Value>) -> PyResult<()> {
    crate::objects::type_methods::set_class(vm, v, value)
}

fn object_init_subclass(_vm: &Vm, _cls: &TypeObject, _args: FuncArgs<'_>) -> PyResult {
    Ok(none::none())
}

fn object_subclasshook(_vm: &Vm, _cls: &TypeObject, _args: FuncArgs<'_>) -> PyResult {
    Ok(none::not_implemented())
}

/// `object.__format__(spec)`: `str(self)` for an empty spec, else TypeError.
fn object_format(vm: &Vm, v: &Value, spec: &Value) -> PyResult {
    let s = spec.downcast_ref::<Str>().ok_or_else(|| {
        vm.type_error(format!(
            "__format__() argument must be str, not {}",
            spec.ty().tp_name()
        ))
    })?;
    if s.char_len() > 0 {
        return Err(vm.type_error(format!(
            "unsupported format string passed to {}.__format__",
            v.ty().tp_name()
        )));
    }
    Ok(vm.str(v)?.into_value())
}

fn object_sizeof(_vm: &Vm, v: &Value) -> PyResult {
    let ty = v.ty();
    let layout = ty.object_layout();
    let n = 16 + layout.nslots as i64 * 8;
    Ok(crate::objects::int::new_int(n))
}

fn object_dir(vm: &Vm, v: &Value) -> PyResult {
    crate::objects::type_methods::object_dir(vm, v)
}

fn object_reduce_ex(vm: &Vm, v: &Value, _protocol: &Value) -> PyResult {
    crate::objects::type_methods::object_reduce(vm, v)
}

fn object_reduce(vm: &Vm, v: &Value) -> PyResult {
    crate::objects::type_methods::object_reduce(vm, v)
}

fn object_getstate(vm: &Vm, v: &Value) -> PyResult {
    match instance_dict(v) {
        Some(d) if d.downcast_ref::<Dict>().is_some_and(|d| d.len() > 0) => Ok(d),
        _ => {
            let _ = vm;
            Ok(none::none())
        }
    }
}

pub static OBJECT_METHODS: &[MethodDef] = &[
    MethodDef {
        name: "__init_subclass__",
        func: MethodFn::Class(object_init_subclass),
        doc: Some("This method is called when a class is subclassed.\n\nThe default implementation does nothing. It may be\noverridden to extend subclasses.\n"),
    },
    MethodDef {
        name: "__subclasshook__",
        func: MethodFn::Class(object_subclasshook),
        doc: Some("Abstract classes can override this to customize issubclass().\n\nThis is invoked early on by abc.ABCMeta.__subclasscheck__().\nIt should return True, False or NotImplemented.  If it returns\nNotImplemented, the normal algorithm is used.  Otherwise, it\noverrides the normal algorithm (and the outcome is cached).\n"),
    },
    MethodDef {
        name: "__format__",
        func: MethodFn::O(object_format),
        doc: Some("Default object formatter.\n\nReturn str(self) if format_spec is empty. Raise TypeError otherwise."),
    },
    MethodDef {
        name: "__sizeof__",
        func: MethodFn::NoArgs(object_sizeof),
        doc: Some("Size of object in memory, in bytes."),
    },
    MethodDef {
        name: "__dir__",
        func: MethodFn::NoArgs(object_dir),
        doc: Some("Default dir() implementation."),
    },
    MethodDef {
        name: "__reduce_ex__",
        func: MethodFn::O(object_reduce_ex),
        doc: Some("Helper for pickle."),
    },
    MethodDef {
        name: "__reduce__",
        func: MethodFn::NoArgs(object_reduce),
        doc: Some("Helper for pickle."),
    },
    MethodDef {
        name: "__getstate__",
        func: MethodFn::NoArgs(object_getstate),
        doc: Some("Helper for pickle."),
    },
];

pub static OBJECT_GETSETS: &[GetSetDef] = &[GetSetDef {
    name: "__class__",
    get: Some(object_get_class),
    set: Some(object_set_class),
    doc: None,
}];

pub static OBJECT_DEF: TypeDef = TypeDef {
    name: "object",
    doc: Some("The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\ninstance that has no instance attributes and cannot be given any.\n"),
    methods: OBJECT_METHODS,
    getsets: OBJECT_GETSETS,
    members: &[],
    attrs: || Vec::new(),
};

/// `object`'s slots: the base every builtin type's slots extend.
pub const OBJECT_SLOTS: Slots = Slots {
    repr: Cell::new(Some(object_repr)),
    str: Cell::new(Some(object_str)),
    hash: Cell::new(Some(object_hash)),
    richcompare: Cell::new(Some(object_richcompare)),
    getattro: Cell::new(Some(generic_getattr)),
    setattro: Cell::new(Some(generic_setattr)),
    init: Cell::new(Some(object_init)),
    new: Cell::new(Some(object_new)),
    ..Slots::EMPTY
};

pub static OBJECT_TYPE: StaticType = Static(PyObject::new_static(
    &TYPE_TYPE.0,
    TypeData::new_static(
        &OBJECT_DEF,
        std::ptr::null(),
        &[],
        &const { [&OBJECT_TYPE.0 as *const TypeObject] },
        OBJECT_SLOTS,
        tpflags::BASETYPE,
        ObjectLayout::plain(),
        LayoutId::Object,
        &const { PayloadVTable::of::<ObjectData>() },
    ),
));
