//! Module objects.
//!
//! CPython: Objects/moduleobject.c.

use std::cell::Cell as StdCell;

use super::dict::Dict;
use super::str::{Str, new_string};
use super::type_::{GetSetDef, MethodDef, MethodFn, Slots, TypeDef, TypeObject, tpflags};
use super::value::{LayoutId, ObjectLayout, Payload, PyRef, Value, alloc};
use crate::builtin_type;
use crate::objects::baseobject::{OBJECT_SLOTS, OBJECT_TYPE};
use crate::objects::none;
use crate::vm::{FuncArgs, PyResult, Vm};

/// The payload of a module: its namespace.
pub struct Module {
    pub dict: PyRef<Dict>,
}

// SAFETY: Module is the only payload with LayoutId::Module.
unsafe impl Payload for Module {
    const LAYOUT: LayoutId = LayoutId::Module;
}

impl Module {
    /// The module's `__name__` for messages, or None when it has no str name.
    pub fn name(&self) -> Option<String> {
        self.dict
            .get_str_item_rs("__name__")
            .and_then(|n| n.downcast_ref::<Str>().map(|s| s.to_string_lossy()))
    }

    pub fn name_for_errors(&self) -> String {
        self.name().unwrap_or_else(|| "?".into())
    }
}

/// A new module named `name`, with CPython's initial attributes.
pub fn new_module(vm: &Vm, name: &str) -> PyResult<PyRef<Module>> {
    new_module_of_type(vm, MODULE_TYPE.get(), new_string(name.to_string()).into_value(), none::none())
}

/// A module whose namespace is an existing dict (the `builtins` module).
pub fn new_module_with_dict(vm: &Vm, name: &str, dict: PyRef<Dict>) -> PyResult<PyRef<Module>> {
    dict.set_str_item(vm.intern("__name__"), new_string(name.to_string()).into_value());
    for k in ["__doc__", "__package__", "__loader__", "__spec__"] {
        if dict.get_str_item_rs(k).is_none() {
            dict.set_str_item(vm.intern(k), none::none());
        }
    }
    let r = alloc(MODULE_TYPE.get(), Module { dict }).ok_or_else(|| vm.memory_error())?;
    crate::gc::track(vm, r.as_value());
    Ok(r)
}

fn new_module_of_type(vm: &Vm, ty: &TypeObject, name: Value, doc: Value) -> PyResult<PyRef<Module>> {
    let dict = crate::objects::dict::new_dict(vm);
    dict.set_str_item(vm.intern("__name__"), name);
    dict.set_str_item(vm.intern("__doc__"), doc);
    dict.set_str_item(vm.intern("__package__"), none::none());
    dict.set_str_item(vm.intern("__loader__"), none::none());
    dict.set_str_item(vm.intern("__spec__"), none::none());
    let r = alloc(ty, Module { dict }).ok_or_else(|| vm.memory_error())?;
    crate::gc::track(vm, r.as_value());
    Ok(r)
}

fn module_of<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a Module> {
    v.downcast_ref::<Module>().map(|m| &m.payload).ok_or_else(|| vm.type_error("descriptor requires a 'module' object"))
}

fn module_new(vm: &Vm, ty: &TypeObject, _args: FuncArgs<'_>) -> PyResult {
    let dict = crate::objects::dict::new_dict(vm);
    let r = alloc(ty, Module { dict }).ok_or_else(|| vm.memory_error())?;
    let v = r.into_value();
    crate::gc::track(vm, &v);
    Ok(v)
}

/// `module(name, doc=None)`.
fn module_init(vm: &Vm, v: &Value, args: FuncArgs<'_>) -> PyResult<()> {
    let p = crate::vm::call::parse_args(vm, "module", args, &["name", "doc"], 1, 2)?;
    let m = module_of(vm, v)?;
    let name = p[0].clone().unwrap_or_else(none::none);
    if name.downcast_ref::<Str>().is_none() {
        return Err(vm.type_error(format!(
            "module.__init__() argument 'name' must be str, not {}",
            name.ty().tp_name()
        )));
    }
    m.dict.set_str_item(vm.intern("__name__"), name);
    m.dict.set_str_item(vm.intern("__doc__"), p[1].clone().unwrap_or_else(none::none));
    for k in ["__package__", "__loader__", "__spec__"] {
        if m.dict.get_str_item_rs(k).is_none() {
            m.dict.set_str_item(vm.intern(k), none::none());
        }
    }
    Ok(())
}

/// Module attribute lookup: the namespace, then a module-level `__getattr__`
/// (PEP 562), then CPython's messages, including the circular-import hint.
fn module_getattro(vm: &Vm, v: &Value, name: &PyRef<Str>) -> PyResult<Option<Value>> {
    let m = module_of(vm, v)?;
    if let Some(r) = super::baseobject::generic_getattr_with_dict(vm, v, name, Some(&m.dict))? {
        return Ok(Some(r));
    }
    if let Some(ga) = m.dict.get_str_item_rs("__getattr__") {
        return vm.call(&ga, &[name.as_value().clone()]).map(Some);
    }
    let mname = m.dict.get_str_item_rs("__name__").filter(|n| n.downcast_ref::<Str>().is_some());
    let msg = match mname {
        Some(n) => {
            let n = crate::objects::str_type::display_str(&n);
            let initializing = m
                .dict
                .get_str_item_rs("__spec__")
                .filter(|s| !none::is_none(s))
                .and_then(|s| vm.get_attr_str_opt(&s, "_initializing").ok().flatten())
                .is_some_and(|i| vm.is_true(&i).unwrap_or(false));
            if initializing {
                format!(
                    "partially initialized module '{}' has no attribute '{}' (most likely due to a circular import)",
                    n,
                    name.as_str_lossy()
                )
            } else {
                format!("module '{}' has no attribute '{}'", n, name.as_str_lossy())
            }
        }
        None => format!("module has no attribute '{}'", name.as_str_lossy()),
    };
    Err(vm.attribute_error(v, name.as_value(), msg))
}

fn module_setattro(vm: &Vm, v: &Value, name: &PyRef<Str>, value: Option<Value>) -> PyResult<()> {
    let ty = v.ty();
    if let Some(d) = ty.lookup(name) {
        if let Some(set) = d.ty().slots.descr_set.get() {
            return set(vm, &d, v, value);
        }
    }
    let m = module_of(vm, v)?;
    match value {
        Some(x) => m.dict.set_item(vm, name.as_value().clone(), x),
        None => match m.dict.del_item(vm, name.as_value())? {
            Some(_) => Ok(()),
            None => Err(vm.attribute_error(v, name.as_value(), format!(
                "module '{}' has no attribute '{}'",
                m.name_for_errors(),
                name.as_str_lossy()
            ))),
        },
    }
}

fn module_repr(vm: &Vm, v: &Value) -> PyResult {
    let m = module_of(vm, v)?;
    let name = m.name().unwrap_or_else(|| "?".into());
    let loader_builtin = m
        .dict
        .get_str_item_rs("__loader__")
        .is_some_and(|l| crate::import::is_builtin_importer(vm, &l));
    if loader_builtin {
        return Ok(new_string(format!("<module '{name}' (built-in)>")).into_value());
    }
    if let Some(f) = m.dict.get_str_item_rs("__file__") {
        if let Some(s) = f.downcast_ref::<Str>() {
            return Ok(new_string(format!("<module '{}' from '{}'>", name, s.to_string_lossy())).into_value());
        }
    }
    if let Some(spec) = m.dict.get_str_item_rs("__spec__").filter(|s| !none::is_none(s)) {
        if let Some(origin) = vm.get_attr_str_opt(&spec, "origin")?.filter(|o| !none::is_none(o)) {
            let o = vm.str(&origin)?;
            let has_location = vm.get_attr_str_opt(&spec, "has_location")?.is_some_and(|h| vm.is_true(&h).unwrap_or(false));
            if has_location {
                return Ok(new_string(format!("<module '{}' from '{}'>", name, o.to_string_lossy())).into_value());
            }
            return Ok(new_string(format!("<module '{}' ({})>", name, o.to_string_lossy())).into_value());
        }
    }
    Ok(new_string(format!("<module '{name}'>")).into_value())
}

fn module_get_dict(vm: &Vm, v: &Value) -> PyResult {
    Ok(module_of(vm, v)?.dict.as_value().clone())
}

fn module_dir(vm: &Vm, v: &Value) -> PyResult {
    let m = module_of(vm, v)?;
    if let Some(d) = m.dict.get_str_item_rs("__dir__") {
        return vm.call(&d, &[]);
    }
    Ok(crate::objects::list::new_list(m.dict.keys()).into_value())
}

fn module_get_annotations(vm: &Vm, v: &Value) -> PyResult {
    let m = module_of(vm, v)?;
    if let Some(a) = m.dict.get_str_item_rs("__annotations__") {
        return Ok(a);
    }
    let ann = match m.dict.get_str_item_rs("__annotate__").filter(|a| !none::is_none(a)) {
        Some(f) => vm.call(&f, &[crate::objects::int::new_int(1)])?,
        None => crate::objects::dict::new_dict(vm).into_value(),
    };
    m.dict.set_str_item(vm.intern("__annotations__"), ann.clone());
    Ok(ann)
}

fn module_set_annotations(vm: &Vm, v: &Value, value: Option<Value>) -> PyResult<()> {
    let m = module_of(vm, v)?;
    match value {
        Some(x) => m.dict.set_str_item(vm.intern("__annotations__"), x),
        None => {
            if m.dict.del_str_item(&Str::from_string("__annotations__".into())).is_none() {
                return Err(vm.attribute_error_msg("__annotations__"));
            }
        }
    }
    Ok(())
}

fn module_get_annotate(vm: &Vm, v: &Value) -> PyResult {
    let m = module_of(vm, v)?;
    Ok(m.dict.get_str_item_rs("__annotate__").unwrap_or_else(none::none))
}

fn module_set_annotate(vm: &Vm, v: &Value, value: Option<Value>) -> PyResult<()> {
    let m = module_of(vm, v)?;
    m.dict.set_str_item(vm.intern("__annotate__"), value.unwrap_or_else(none::none));
    Ok(())
}

static MODULE_METHODS: &[MethodDef] = &[MethodDef {
    name: "__dir__",
    func: MethodFn::NoArgs(module_dir),
    doc: Some("__dir__() -> list\nspecialized dir() implementation"),
}];

static MODULE_GETSETS: &[GetSetDef] = &[
    GetSetDef { name: "__dict__", get: Some(module_get_dict), set: None, doc: None },
    GetSetDef { name: "__annotations__", get: Some(module_get_annotations), set: Some(module_set_annotations), doc: None },
    GetSetDef { name: "__annotate__", get: Some(module_get_annotate), set: Some(module_set_annotate), doc: None },
];

static MODULE_DEF: TypeDef = TypeDef {
    name: "module",
    doc: Some("Create a module object.\n\nThe name must be a string; the optional doc argument can have any type."),
    methods: MODULE_METHODS,
    getsets: MODULE_GETSETS,
    members: &[],
    attrs: Vec::new,
};

const MODULE_SLOTS: Slots = Slots {
    repr: StdCell::new(Some(module_repr)),
    getattro: StdCell::new(Some(module_getattro)),
    setattro: StdCell::new(Some(module_setattro)),
    new: StdCell::new(Some(module_new)),
    init: StdCell::new(Some(module_init)),
    ..OBJECT_SLOTS
};

builtin_type!(pub MODULE_TYPE: Module, def &MODULE_DEF, base &OBJECT_TYPE.0, mro [&OBJECT_TYPE.0],
    slots MODULE_SLOTS, flags tpflags::BASETYPE | tpflags::HAVE_GC, layout ObjectLayout::gc());
