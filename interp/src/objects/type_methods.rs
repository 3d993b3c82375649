//! The Python-visible behaviour of `type`: calling a class, attribute access
//! on classes, `__name__`, `__bases__`, `mro()`, `__subclasses__()`, ...
//!
//! CPython: Objects/typeobject.c.

use super::dict::Dict;
use super::str::{Str, new_string};
use super::tuple::{Tuple, new_tuple};
use super::type_::{GetSetDef, MethodDef, MethodFn, TypeData, TypeObject, tpflags};
use super::value::{PyRef, Value};
use crate::objects::{bool_, none};
use crate::vm::{FuncArgs, PyResult, Vm};

pub(crate) fn type_of<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a TypeObject> {
    v.downcast_ref::<TypeData>().ok_or_else(|| {
        vm.type_error(format!(
            "descriptor requires a 'type' object but received a '{}'",
            v.ty().tp_name()
        ))
    })
}

/// `type.__call__`: `cls(*args)` (CPython `type_call`).
pub fn type_call(vm: &Vm, v: &Value, args: FuncArgs<'_>) -> PyResult {
    let ty = type_of(vm, v)?;
    // type(x) returns x's type.
    if std::ptr::eq(ty, super::type_::TYPE_TYPE.get()) && args.args.len() == 1 && !args.has_kwargs() {
        return Ok(args.args[0].ty().to_value());
    }
    let Some(new) = ty.slots.new.get() else {
        return Err(vm.type_error(format!("cannot create '{}' instances", ty.tp_name())));
    };
    if ty.has_flag(tpflags::DISALLOW_INSTANTIATION) {
        return Err(vm.type_error(format!("cannot create '{}' instances", ty.tp_name())));
    }
    let obj = new(vm, ty, args)?;
    let oty = obj.ty();
    if !oty.is_subtype(ty) {
        return Ok(obj);
    }
    if let Some(init) = oty.slots.init.get() {
        init(vm, &obj, args)?;
    }
    Ok(obj)
}

/// `type.__init__`: checks the argument count only.
pub fn type_init(vm: &Vm, _v: &Value, args: FuncArgs<'_>) -> PyResult<()> {
    let n = args.positional().len();
    if n != 1 && n != 3 {
        return Err(vm.type_error("type.__init__() takes 1 or 3 arguments"));
    }
    Ok(())
}

/// Attribute access on a class (CPython `_Py_type_getattro_impl`): data
/// descriptors of the metaclass, then the class's MRO (binding descriptors
/// with `obj=None`), then the metaclass's other attributes.
pub fn type_getattro(vm: &Vm, v: &Value, name: &PyRef<Str>) -> PyResult<Option<Value>> {
    let ty = type_of(vm, v)?;
    let meta = v.ty();
    let meta_attr = meta.lookup(name);
    let mut meta_get = None;
    if let Some(ma) = &meta_attr {
        meta_get = ma.ty().slots.descr_get.get();
        if let Some(g) = meta_get {
            if ma.ty().slots.descr_set.get().is_some() {
                return g(vm, ma, Some(v), Some(&meta.to_value())).map(Some);
            }
        }
    }
    if let Some(attr) = ty.lookup(name) {
        if let Some(local_get) = attr.ty().slots.descr_get.get() {
            return local_get(vm, &attr, None, Some(v)).map(Some);
        }
        return Ok(Some(attr));
    }
    if let (Some(g), Some(ma)) = (meta_get, &meta_attr) {
        return g(vm, ma, Some(v), Some(&meta.to_value())).map(Some);
    }
    Ok(meta_attr)
}

/// Assigning a class attribute (CPython `type_setattro`): refused on builtin
/// types; on heap types, updates slots when a dunder changes.
pub fn type_setattro(vm: &Vm, v: &Value, name: &PyRef<Str>, value: Option<Value>) -> PyResult<()> {
    let ty = type_of(vm, v)?;
    let Some(heap) = ty.heap() else {
        return Err(vm.type_error(format!(
            "cannot set '{}' attribute of immutable type '{}'",
            name.as_str_lossy(),
            ty.tp_name()
        )));
    };
    // A data descriptor on the metaclass wins (e.g. `__name__`, `__doc__`).
    let meta = v.ty();
    if let Some(d) = meta.lookup(name) {
        if let Some(set) = d.ty().slots.descr_set.get() {
            return set(vm, &d, v, value);
        }
    }
    match value {
        Some(x) => heap.dict.set_str_item(vm.intern_ref(name.clone()), x),
        None => {
            if heap.dict.del_str_item(name).is_none() {
                return Err(vm.attribute_error(v, name.as_value(), format!(
                    "type object '{}' has no attribute '{}'",
                    ty.name(),
                    name.as_str_lossy()
                )));
            }
        }
    }
    ty.modified();
    if let Some(s) = name.as_str() {
        if s.starts_with("__") && s.ends_with("__") {
            super::type_new::update_slots_recursive(vm, ty);
        }
    }
    Ok(())
}

/// `repr(cls)`: `<class 'module.Qualname'>`.
pub fn type_repr(vm: &Vm, v: &Value) -> PyResult {
    let ty = type_of(vm, v)?;
    let module = super::baseobject::type_module_name(vm, ty);
    let s = match module {
        Some(m) if m != "builtins" => format!("<class '{}.{}'>", m, ty.qualname()),
        _ => format!("<class '{}'>", ty.qualname()),
    };
    Ok(new_string(s).into_value())
}

/// `int | str` (PEP 604).
pub fn type_or(vm: &Vm, a: &Value, b: &Value) -> PyResult {
    crate::objects::genericalias::union_of(vm, a, b)
}

// ---------------------------------------------------------------------------
// Methods and getsets.

fn type_mro_method(vm: &Vm, v: &Value) -> PyResult {
    let ty = type_of(vm, v)?;
    let mro = super::type_new::compute_mro(vm, ty)?;
    Ok(super::list::new_list(mro).into_value())
}

fn type_subclasses(vm: &Vm, v: &Value) -> PyResult {
    let ty = type_of(vm, v)?;
    let subs = vm.state().subclasses_of(ty);
    Ok(super::list::new_list(subs).into_value())
}

fn type_instancecheck(vm: &Vm, v: &Value, inst: &Value) -> PyResult {
    let ty = type_of(vm, v)?;
    Ok(bool_::new_bool(vm.recursive_isinstance(inst, ty)?))
}

fn type_subclasscheck(vm: &Vm, v: &Value, sub: &Value) -> PyResult {
    let ty = type_of(vm, v)?;
    Ok(bool_::new_bool(vm.recursive_issubclass(sub, ty)?))
}

fn type_dir(vm: &Vm, v: &Value) -> PyResult {
    let ty = type_of(vm, v)?;
    let mut names: Vec<Value> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for t in ty.mro_types() {
        let keys: Vec<Value> = match t.heap() {
            Some(h) => h.dict.keys(),
            None => t.attr_table().iter().map(|(k, _)| k.as_value().clone()).collect(),
        };
        for k in keys {
            if let Some(s) = k.downcast_ref::<Str>() {
                if seen.insert(s.as_bytes().to_vec()) {
                    names.push(k.clone());
                }
            }
        }
    }
    Ok(super::list::new_list(names).into_value())
}

fn type_sizeof(vm: &Vm, v: &Value) -> PyResult {
    let _ = type_of(vm, v)?;
    Ok(crate::objects::int::new_int(928))
}

fn type_prepare(vm: &Vm, _cls: &TypeObject, _args: FuncArgs<'_>) -> PyResult {
    Ok(crate::objects::dict::new_dict(vm).into_value())
}

pub static TYPE_METHODS: &[MethodDef] = &[
    MethodDef { name: "mro", func: MethodFn::NoArgs(type_mro_method), doc: Some("Return a type's method resolution order.") },
    MethodDef { name: "__subclasses__", func: MethodFn::NoArgs(type_subclasses), doc: Some("Return a list of immediate subclasses.") },
    MethodDef { name: "__prepare__", func: MethodFn::Class(type_prepare), doc: Some("__prepare__($cls, name, bases, /, **kwds)\n--\n\nCreate the namespace for the class statement") },
    MethodDef { name: "__instancecheck__", func: MethodFn::O(type_instancecheck), doc: Some("Check if an object is an instance.") },
    MethodDef { name: "__subclasscheck__", func: MethodFn::O(type_subclasscheck), doc: Some("Check if a class is a subclass.") },
    MethodDef { name: "__dir__", func: MethodFn::NoArgs(type_dir), doc: Some("Specialized __dir__ implementation for types.") },
    MethodDef { name: "__sizeof__", func: MethodFn::NoArgs(type_sizeof), doc: Some("Return memory consumption of the type object.") },
];

fn get_name(vm: &Vm, v: &Value) -> PyResult {
    let ty = type_of(vm, v)?;
    Ok(match ty.heap() {
        Some(h) => h.name.borrow().clone().into_value(),
        None => new_string(ty.name().to_string()).into_value(),
    })
}

fn set_name(vm: &Vm, v: &Value, value: Option<Value>) -> PyResult<()> {
    let ty = type_of(vm, v)?;
    let Some(h) = ty.heap() else {
        return Err(vm.type_error(format!(
            "cannot set '__name__' attribute of immutable type '{}'",
            ty.tp_name()
        )));
    };
    let value = value.ok_or_else(|| vm.type_error(format!("cannot delete '__name__' attribute of immutable type '{}'", ty.tp_name())))?;
    let s = value.downcast::<Str>().map_err(|v| {
        vm.type_error(format!(
            "can only assign string to {}.__name__, not '{}'",
            ty.name(),
            v.ty().tp_name()
        ))
    })?;
    if s.as_bytes().contains(&0) {
        return Err(vm.value_error("type name must not contain null characters"));
    }
    let old = h.name.replace(s);
    drop(old);
    Ok(())
}

fn get_qualname(vm: &Vm, v: &Value) -> PyResult {
    let ty = type_of(vm, v)?;
    Ok(match ty.heap() {
        Some(h) => h.qualname.borrow().clone().into_value(),
        None => new_string(ty.name().to_string()).into_value(),
    })
}

fn set_qualname(vm: &Vm, v: &Value, value: Option<Value>) -> PyResult<()> {
    let ty = type_of(vm, v)?;
    let Some(h) = ty.heap() else {
        return Err(vm.type_error(format!(
            "cannot set '__qualname__' attribute of immutable type '{}'",
            ty.tp_name()
        )));
    };
    let value = value.ok_or_else(|| vm.type_error("cannot delete '__qualname__' attribute"))?;
    let s = value.downcast::<Str>().map_err(|v| {
        vm.type_error(format!(
            "can only assign string to {}.__qualname__, not '{}'",
            ty.name(),
            v.ty().tp_name()
        ))
    })?;
    let old = h.qualname.replace(s);
    drop(old);
    Ok(())
}

fn get_bases(vm: &Vm, v: &Value) -> PyResult {
    let ty = type_of(vm, v)?;
    Ok(match ty.heap() {
        Some(h) => h.bases.borrow().clone().into_value(),
        None => {
            let bases: Vec<Value> = ty
                .payload
                .static_bases
                .iter()
                // SAFETY: static bases are static types.
                .map(|&b| unsafe { &*b }.to_value())
                .collect();
            new_tuple(bases).into_value()
        }
    })
}

fn set_bases(vm: &Vm, v: &Value, value: Option<Value>) -> PyResult<()> {
    super::type_new::set_bases(vm, v, value)
}

fn get_base(vm: &Vm, v: &Value) -> PyResult {
    let ty = type_of(vm, v)?;
    Ok(ty.base().map(|b| b.to_value()).unwrap_or_else(none::none))
}

fn get_mro(vm: &Vm, v: &Value) -> PyResult {
    let ty = type_of(vm, v)?;
    Ok(match ty.heap() {
        Some(h) => h.mro.borrow().clone().into_value(),
        None => {
            let items: Vec<Value> = ty.mro_types().map(|t| t.to_value()).collect();
            new_tuple(items).into_value()
        }
    })
}

fn get_module(vm: &Vm, v: &Value) -> PyResult {
    let ty = type_of(vm, v)?;
    match ty.heap() {
        Some(h) => h
            .dict
            .get_str_item_rs("__module__")
            .ok_or_else(|| vm.attribute_error(v, &new_string("__module__".into()).into_value(), "__module__".into())),
        None => Ok(new_string(super::baseobject::type_module_name(vm, ty).unwrap_or_else(|| "builtins".into())).into_value()),
    }
}

fn set_module(vm: &Vm, v: &Value, value: Option<Value>) -> PyResult<()> {
    let ty = type_of(vm, v)?;
    let Some(h) = ty.heap() else {
        return Err(vm.type_error(format!(
            "cannot set '__module__' attribute of immutable type '{}'",
            ty.tp_name()
        )));
    };
    let value = value.ok_or_else(|| vm.type_error("cannot delete '__module__' attribute"))?;
    h.dict.set_str_item(vm.intern("__module__"), value);
    ty.modified();
    Ok(())
}

fn get_doc(vm: &Vm, v: &Value) -> PyResult {
    let ty = type_of(vm, v)?;
    let doc = match ty.heap() {
        Some(h) => h.dict.get_str_item_rs("__doc__").unwrap_or_else(none::none),
        None => ty.own_attr_str("__doc__").unwrap_or_else(none::none),
    };
    // A descriptor in __doc__ is bound (CPython `type_get_doc`).
    if let Some(get) = doc.ty().slots.descr_get.get() {
        return get(vm, &doc, None, Some(v));
    }
    Ok(doc)
}

fn set_doc(vm: &Vm, v: &Value, value: Option<Value>) -> PyResult<()> {
    let ty = type_of(vm, v)?;
    let Some(h) = ty.heap() else {
        return Err(vm.type_error(format!(
            "cannot set '__doc__' attribute of immutable type '{}'",
            ty.tp_name()
        )));
    };
    h.dict.set_str_item(vm.intern("__doc__"), value.unwrap_or_else(none::none));
    ty.modified();
    Ok(())
}

fn get_dict(vm: &Vm, v: &Value) -> PyResult {
    let ty = type_of(vm, v)?;
    let d = match ty.heap() {
        Some(h) => h.dict.as_value().clone(),
        None => vm.state().static_type_dict(vm, ty)?.into_value(),
    };
    crate::objects::mappingproxy::new_mappingproxy(vm, d)
}

fn get_abstractmethods(vm: &Vm, v: &Value) -> PyResult {
    let ty = type_of(vm, v)?;
    let name = new_string("__abstractmethods__".into());
    if !std::ptr::eq(ty, super::type_::TYPE_TYPE.get()) {
        if let Some(h) = ty.heap() {
            if let Some(r) = h.dict.get_str_item(&name) {
                return Ok(r);
            }
        }
    }
    Err(vm.attribute_error(v, name.as_value(), "__abstractmethods__".into()))
}

fn set_abstractmethods(vm: &Vm, v: &Value, value: Option<Value>) -> PyResult<()> {
    let ty = type_of(vm, v)?;
    let Some(h) = ty.heap() else {
        return Err(vm.type_error(format!(
            "cannot set '__abstractmethods__' attribute of immutable type '{}'",
            ty.tp_name()
        )));
    };
    let abstract_ = match &value {
        Some(x) => vm.is_true(x)?,
        None => false,
    };
    match value {
        Some(x) => h.dict.set_str_item(vm.intern("__abstractmethods__"), x),
        None => {
            if h.dict.del_str_item(&new_string("__abstractmethods__".into())).is_none() {
                return Err(vm.attribute_error_msg("__abstractmethods__"));
            }
        }
    }
    let f = ty.flags();
    ty.payload.flags.set(if abstract_ { f | tpflags::IS_ABSTRACT } else { f & !tpflags::IS_ABSTRACT });
    ty.modified();
    Ok(())
}

fn get_flags(vm: &Vm, v: &Value) -> PyResult {
    let ty = type_of(vm, v)?;
    Ok(crate::objects::int::new_int((ty.flags() & 0xFFFF_FFFF) as i64))
}

fn get_text_signature(vm: &Vm, v: &Value) -> PyResult {
    let ty = type_of(vm, v)?;
    let doc = ty.payload.def.doc;
    match doc.and_then(|d| d.split_once("\n--\n\n")) {
        Some((sig, _)) => {
            let sig = sig.find('(').map(|i| &sig[i..]).unwrap_or(sig);
            Ok(new_string(sig.replace("($type, ", "(").replace("($type)", "()")).into_value())
        }
        None => Ok(none::none()),
    }
}

fn get_type_params(vm: &Vm, v: &Value) -> PyResult {
    let ty = type_of(vm, v)?;
    match ty.heap() {
        Some(h) => Ok(h.dict.get_str_item_rs("__type_params__").unwrap_or_else(|| super::tuple::EMPTY_TUPLE.value())),
        None => Ok(super::tuple::EMPTY_TUPLE.value()),
    }
}

fn set_type_params(vm: &Vm, v: &Value, value: Option<Value>) -> PyResult<()> {
    let ty = type_of(vm, v)?;
    let Some(h) = ty.heap() else {
        return Err(vm.type_error(format!(
            "cannot set '__type_params__' attribute of immutable type '{}'",
            ty.tp_name()
        )));
    };
    let value = value.unwrap_or_else(|| super::tuple::EMPTY_TUPLE.value());
    if value.downcast_ref::<Tuple>().is_none() {
        return Err(vm.type_error(format!(
            "__type_params__ must be set to a tuple, not {}",
            value.ty().tp_name()
        )));
    }
    h.dict.set_str_item(vm.intern("__type_params__"), value);
    ty.modified();
    Ok(())
}

fn get_annotations(vm: &Vm, v: &Value) -> PyResult {
    crate::objects::type_new::type_get_annotations(vm, v)
}

fn set_annotations(vm: &Vm, v: &Value, value: Option<Value>) -> PyResult<()> {
    crate::objects::type_new::type_set_annotations(vm, v, value)
}

fn get_annotate(vm: &Vm, v: &Value) -> PyResult {
    crate::objects::type_new::type_get_annotate(vm, v)
}

fn set_annotate(vm: &Vm, v: &Value, value: Option<Value>) -> PyResult<()> {
    crate::objects::type_new::type_set_annotate(vm, v, value)
}

fn get_basicsize(vm: &Vm, v: &Value) -> PyResult {
    let ty = type_of(vm, v)?;
    let l = ty.object_layout();
    Ok(crate::objects::int::new_int(16 + 8 * l.nslots as i64))
}

fn get_zero(_vm: &Vm, _v: &Value) -> PyResult {
    Ok(crate::objects::int::new_int(0))
}

fn get_dictoffset(vm: &Vm, v: &Value) -> PyResult {
    let ty = type_of(vm, v)?;
    Ok(crate::objects::int::new_int(if ty.has_instance_dict() { -1 } else { 0 }))
}

pub static TYPE_GETSETS: &[GetSetDef] = &[
    GetSetDef { name: "__name__", get: Some(get_name), set: Some(set_name), doc: None },
    GetSetDef { name: "__qualname__", get: Some(get_qualname), set: Some(set_qualname), doc: None },
    GetSetDef { name: "__bases__", get: Some(get_bases), set: Some(set_bases), doc: None },
    GetSetDef { name: "__base__", get: Some(get_base), set: None, doc: None },
    GetSetDef { name: "__mro__", get: Some(get_mro), set: None, doc: None },
    GetSetDef { name: "__module__", get: Some(get_module), set: Some(set_module), doc: None },
    GetSetDef { name: "__abstractmethods__", get: Some(get_abstractmethods), set: Some(set_abstractmethods), doc: None },
    GetSetDef { name: "__dict__", get: Some(get_dict), set: None, doc: None },
    GetSetDef { name: "__doc__", get: Some(get_doc), set: Some(set_doc), doc: None },
    GetSetDef { name: "__text_signature__", get: Some(get_text_signature), set: None, doc: None },
    GetSetDef { name: "__annotations__", get: Some(get_annotations), set: Some(set_annotations), doc: None },
    GetSetDef { name: "__annotate__", get: Some(get_annotate), set: Some(set_annotate), doc: None },
    GetSetDef { name: "__type_params__", get: Some(get_type_params), set: Some(set_type_params), doc: None },
    GetSetDef { name: "__flags__", get: Some(get_flags), set: None, doc: None },
    GetSetDef { name: "__basicsize__", get: Some(get_basicsize), set: None, doc: None },
    GetSetDef { name: "__itemsize__", get: Some(get_zero), set: None, doc: None },
    GetSetDef { name: "__dictoffset__", get: Some(get_dictoffset), set: None, doc: None },
    GetSetDef { name: "__weakrefoffset__", get: Some(get_zero), set: None, doc: None },
];

/// "Can't instantiate abstract class X without an implementation for
/// abstract method(s) 'a', 'b'".
pub fn abstract_instantiation_error(vm: &Vm, ty: &TypeObject) -> crate::errors::PyErr {
    let methods = ty
        .heap()
        .and_then(|h| h.dict.get_str_item_rs("__abstractmethods__"))
        .and_then(|m| vm.to_vec(&m).ok())
        .unwrap_or_default();
    let mut names: Vec<String> = methods
        .iter()
        .map(|m| crate::objects::str_type::display_str(m))
        .collect();
    names.sort();
    let joined = names.iter().map(|n| format!("'{n}'")).collect::<Vec<_>>().join(", ");
    vm.type_error(format!(
        "Can't instantiate abstract class {} without an implementation for abstract method{} {}",
        ty.name(),
        if names.len() > 1 { "s" } else { "" },
        joined
    ))
}

/// `obj.__class__ = cls` (CPython `object_set_class`): only between heap
/// types with compatible layouts.
pub fn set_class(vm: &Vm, obj: &Value, value: Option<Value>) -> PyResult<()> {
    let value = value.ok_or_else(|| vm.type_error("can't delete __class__ attribute"))?;
    let Some(new_ty) = value.downcast_ref::<TypeData>() else {
        return Err(vm.type_error(format!(
            "__class__ must be set to a class, not '{}' object",
            value.ty().tp_name()
        )));
    };
    let old_ty = obj.ty();
    if !new_ty.is_heap_type() || !old_ty.is_heap_type() {
        return Err(vm.type_error(format!(
            "__class__ assignment only supported for mutable types or ModuleType subclasses"
        )));
    }
    let (a, b) = (old_ty.object_layout(), new_ty.object_layout());
    if old_ty.layout_id() != new_ty.layout_id() || a.prefix != b.prefix || a.nslots != b.nslots {
        return Err(vm.type_error(format!(
            "__class__ assignment: '{}' object layout differs from '{}'",
            new_ty.name(),
            old_ty.name()
        )));
    }
    let h = obj.as_object().ok_or_else(|| vm.internal_error("__class__ of a small int"))?;
    new_ty.header().incref();
    let old = h.ty_ptr();
    h.set_ty(new_ty as *const TypeObject);
    // SAFETY: `old` was the object's heap type, whose reference the object held.
    drop(unsafe { Value::from_owned_ptr(std::ptr::NonNull::from(&(*old).header)) });
    Ok(())
}

/// `object.__dir__`: the instance dict's keys plus the class's attributes.
pub fn object_dir(vm: &Vm, v: &Value) -> PyResult {
    let mut names: Vec<Value> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    if let Some(d) = super::baseobject::instance_dict(v) {
        if let Some(dd) = d.downcast_ref::<Dict>() {
            for k in dd.keys() {
                if let Some(s) = k.downcast_ref::<Str>() {
                    if seen.insert(s.as_bytes().to_vec()) {
                        names.push(k.clone());
                    }
                }
            }
        }
    }
    let cls = vm.get_attr_str_opt(v, "__class__")?.unwrap_or_else(|| v.ty().to_value());
    let class_names = type_dir(vm, &cls)?;
    for k in vm.to_vec(&class_names)? {
        if let Some(s) = k.downcast_ref::<Str>() {
            if seen.insert(s.as_bytes().to_vec()) {
                names.push(k.clone());
            }
        }
    }
    Ok(super::list::new_list(names).into_value())
}

/// `object.__reduce__` / `__reduce_ex__` for protocol 2+ (copyreg semantics).
pub fn object_reduce(vm: &Vm, v: &Value) -> PyResult {
    let copyreg = vm.import_module("copyreg")?;
    let newobj = vm.get_attr_str(&copyreg, "__newobj__")?;
    let cls = v.ty().to_value();
    let args = match vm.call_special(v, "__getnewargs__", &[])? {
        Some(a) => vm.sequence_to_tuple(&a)?.into_value(),
        None => super::tuple::EMPTY_TUPLE.value(),
    };
    let mut items = vec![cls];
    items.extend(vm.to_vec(&args)?);
    let state = match vm.call_special(v, "__getstate__", &[])? {
        Some(s) => s,
        None => none::none(),
    };
    Ok(new_tuple(vec![newobj, new_tuple(items).into_value(), state]).into_value())
}
