//! Python functions: a code object with its globals, defaults and closure.
//! Also `classmethod` and `staticmethod` live in `method.rs`, as in CPython's
//! funcobject.c they sit beside functions.
//!
//! CPython: Objects/funcobject.c.

use std::cell::{Cell, RefCell};

use super::code::Code;
use super::dict::Dict;
use super::str::{Str, new_string};
use super::tuple::Tuple;
use super::type_::{GetSetDef, MethodDef, MethodFn, Slots, TypeDef, TypeObject, tpflags};
use super::value::{LayoutId, ObjectLayout, Payload, PyRef, Value, alloc};
use crate::builtin_type;
use crate::objects::baseobject::{OBJECT_SLOTS, OBJECT_TYPE};
use crate::objects::none;
use crate::vm::{FuncArgs, PyResult, Vm};

/// The payload of a function.
pub struct Function {
    pub code: RefCell<PyRef<Code>>,
    pub globals: PyRef<Dict>,
    pub builtins: PyRef<Dict>,
    pub name: RefCell<PyRef<Str>>,
    pub qualname: RefCell<PyRef<Str>>,
    pub defaults: RefCell<Option<PyRef<Tuple>>>,
    pub kwdefaults: RefCell<Option<PyRef<Dict>>>,
    /// The cells of the free variables (`__closure__`).
    pub closure: RefCell<Option<PyRef<Tuple>>>,
    pub doc: RefCell<Value>,
    pub module: RefCell<Value>,
    pub annotations: RefCell<Option<Value>>,
    pub annotate: RefCell<Option<Value>>,
    pub type_params: RefCell<Option<Value>>,
    /// Bumped when `__code__` or `__defaults__` change (specialisation keys on it).
    pub version: Cell<u32>,
}

// SAFETY: Function is the only payload with LayoutId::Function.
unsafe impl Payload for Function {
    const LAYOUT: LayoutId = LayoutId::Function;
}

impl Function {
    pub fn code(&self) -> PyRef<Code> {
        self.code.borrow().clone()
    }
}

/// `MAKE_FUNCTION`: a function for `code` in `globals`.
pub fn new_function(vm: &Vm, code: PyRef<Code>, globals: PyRef<Dict>) -> PyResult<Value> {
    let builtins = vm.builtins_for_globals(&globals);
    let name = code.name.clone();
    let qualname = code.qualname.clone();
    let doc = if code.core.flags & compile::code::flags::CO_HAS_DOCSTRING != 0 {
        code.consts.first().cloned().unwrap_or_else(none::none)
    } else {
        none::none()
    };
    let module = globals.get_str_item_rs("__name__").unwrap_or_else(none::none);
    let f = Function {
        code: RefCell::new(code),
        globals,
        builtins,
        name: RefCell::new(name),
        qualname: RefCell::new(qualname),
        defaults: RefCell::new(None),
        kwdefaults: RefCell::new(None),
        closure: RefCell::new(None),
        doc: RefCell::new(doc),
        module: RefCell::new(module),
        annotations: RefCell::new(None),
        annotate: RefCell::new(None),
        type_params: RefCell::new(None),
        version: Cell::new(vm.state().next_func_version()),
    };
    let r = alloc(FUNCTION_TYPE.get(), f).ok_or_else(|| vm.memory_error())?;
    let v = r.into_value();
    crate::gc::track(vm, &v);
    Ok(v)
}

fn func_of<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a Function> {
    v.downcast_ref::<Function>()
        .map(|f| &f.payload)
        .ok_or_else(|| vm.type_error("descriptor requires a 'function' object"))
}

fn func_call(vm: &Vm, v: &Value, args: FuncArgs<'_>) -> PyResult {
    vm.call_function(v, args)
}

/// Functions bind to instances as methods.
fn func_descr_get(vm: &Vm, v: &Value, obj: Option<&Value>, _ty: Option<&Value>) -> PyResult {
    match obj.filter(|o| !none::is_none(o)) {
        Some(o) => super::method::new_method(vm, v.clone(), o.clone()),
        None => Ok(v.clone()),
    }
}

fn func_repr(vm: &Vm, v: &Value) -> PyResult {
    let f = func_of(vm, v)?;
    Ok(new_string(format!(
        "<function {} at {:#x}>",
        f.qualname.borrow().as_str_lossy(),
        v.id_word()
    ))
    .into_value())
}

fn get_code(vm: &Vm, v: &Value) -> PyResult {
    Ok(func_of(vm, v)?.code().into_value())
}

fn set_code(vm: &Vm, v: &Value, value: Option<Value>) -> PyResult<()> {
    let f = func_of(vm, v)?;
    let value = value.ok_or_else(|| vm.type_error("__code__ must be set to a code object"))?;
    let code = value.downcast::<Code>().map_err(|_| vm.type_error("__code__ must be set to a code object"))?;
    let nfree = code.nfrees;
    let nclosure = f.closure.borrow().as_ref().map_or(0, |c| c.len());
    if nfree != nclosure {
        return Err(vm.value_error(format!(
            "{}() requires a code object with {} free vars, not {}",
            f.name.borrow().as_str_lossy(),
            nclosure,
            nfree
        )));
    }
    let old = f.code.replace(code);
    drop(old);
    f.version.set(vm.state().next_func_version());
    Ok(())
}

fn get_name(vm: &Vm, v: &Value) -> PyResult {
    Ok(func_of(vm, v)?.name.borrow().clone().into_value())
}

fn set_name(vm: &Vm, v: &Value, value: Option<Value>) -> PyResult<()> {
    let f = func_of(vm, v)?;
    let s = value
        .and_then(|x| x.downcast::<Str>().ok())
        .ok_or_else(|| vm.type_error("__name__ must be set to a string object"))?;
    let old = f.name.replace(s);
    drop(old);
    Ok(())
}

fn get_qualname(vm: &Vm, v: &Value) -> PyResult {
    Ok(func_of(vm, v)?.qualname.borrow().clone().into_value())
}

fn set_qualname(vm: &Vm, v: &Value, value: Option<Value>) -> PyResult<()> {
    let f = func_of(vm, v)?;
    let s = value
        .and_then(|x| x.downcast::<Str>().ok())
        .ok_or_else(|| vm.type_error("__qualname__ must be set to a string object"))?;
    let old = f.qualname.replace(s);
    drop(old);
    Ok(())
}

fn get_defaults(vm: &Vm, v: &Value) -> PyResult {
    Ok(func_of(vm, v)?.defaults.borrow().clone().map_or_else(none::none, |t| t.into_value()))
}

fn set_defaults(vm: &Vm, v: &Value, value: Option<Value>) -> PyResult<()> {
    let f = func_of(vm, v)?;
    let t = match value {
        None => None,
        Some(x) if none::is_none(&x) => None,
        Some(x) => Some(x.downcast::<Tuple>().map_err(|_| vm.type_error("__defaults__ must be set to a tuple object"))?),
    };
    let old = f.defaults.replace(t);
    drop(old);
    f.version.set(vm.state().next_func_version());
    Ok(())
}

fn get_kwdefaults(vm: &Vm, v: &Value) -> PyResult {
    Ok(func_of(vm, v)?.kwdefaults.borrow().clone().map_or_else(none::none, |d| d.into_value()))
}

fn set_kwdefaults(vm: &Vm, v: &Value, value: Option<Value>) -> PyResult<()> {
    let f = func_of(vm, v)?;
    let d = match value {
        None => None,
        Some(x) if none::is_none(&x) => None,
        Some(x) => Some(x.downcast::<Dict>().map_err(|_| vm.type_error("__kwdefaults__ must be set to a dict object"))?),
    };
    let old = f.kwdefaults.replace(d);
    drop(old);
    Ok(())
}

fn get_closure(vm: &Vm, v: &Value) -> PyResult {
    Ok(func_of(vm, v)?.closure.borrow().clone().map_or_else(none::none, |t| t.into_value()))
}

fn get_globals(vm: &Vm, v: &Value) -> PyResult {
    Ok(func_of(vm, v)?.globals.as_value().clone())
}

fn get_builtins(vm: &Vm, v: &Value) -> PyResult {
    Ok(func_of(vm, v)?.builtins.as_value().clone())
}

fn get_doc(vm: &Vm, v: &Value) -> PyResult {
    Ok(func_of(vm, v)?.doc.borrow().clone())
}

fn set_doc(vm: &Vm, v: &Value, value: Option<Value>) -> PyResult<()> {
    let f = func_of(vm, v)?;
    let old = f.doc.replace(value.unwrap_or_else(none::none));
    drop(old);
    Ok(())
}

fn get_module(vm: &Vm, v: &Value) -> PyResult {
    Ok(func_of(vm, v)?.module.borrow().clone())
}

fn set_module(vm: &Vm, v: &Value, value: Option<Value>) -> PyResult<()> {
    let f = func_of(vm, v)?;
    let old = f.module.replace(value.unwrap_or_else(none::none));
    drop(old);
    Ok(())
}

/// `__annotations__`: computed from `__annotate__(1)` on first access (PEP 649).
fn get_annotations(vm: &Vm, v: &Value) -> PyResult {
    let f = func_of(vm, v)?;
    if let Some(a) = f.annotations.borrow().clone() {
        return Ok(a);
    }
    let annotate = f.annotate.borrow().clone();
    let ann = match annotate {
        Some(a) if !none::is_none(&a) => {
            let r = vm.call(&a, &[crate::objects::int::new_int(1)])?;
            if r.downcast_ref::<Dict>().is_none() {
                return Err(vm.type_error(format!(
                    "__annotate__ returned non-dict of type '{}'",
                    r.ty().tp_name()
                )));
            }
            r
        }
        _ => crate::objects::dict::new_dict(vm).into_value(),
    };
    f.annotations.replace(Some(ann.clone()));
    Ok(ann)
}

fn set_annotations(vm: &Vm, v: &Value, value: Option<Value>) -> PyResult<()> {
    let f = func_of(vm, v)?;
    let value = match value {
        Some(x) if none::is_none(&x) => None,
        Some(x) => {
            if x.downcast_ref::<Dict>().is_none() {
                return Err(vm.type_error("__annotations__ must be set to a dict object"));
            }
            Some(x)
        }
        None => None,
    };
    f.annotations.replace(value);
    f.annotate.replace(None);
    Ok(())
}

fn get_annotate(vm: &Vm, v: &Value) -> PyResult {
    Ok(func_of(vm, v)?.annotate.borrow().clone().unwrap_or_else(none::none))
}

fn set_annotate(vm: &Vm, v: &Value, value: Option<Value>) -> PyResult<()> {
    let f = func_of(vm, v)?;
    let value = value.ok_or_else(|| vm.type_error("__annotate__ cannot be deleted"))?;
    if none::is_none(&value) {
        f.annotate.replace(None);
        return Ok(());
    }
    if !vm.is_callable(&value) {
        return Err(vm.type_error("__annotate__ must be callable or None"));
    }
    f.annotate.replace(Some(value));
    f.annotations.replace(None);
    Ok(())
}

fn get_type_params(vm: &Vm, v: &Value) -> PyResult {
    Ok(func_of(vm, v)?.type_params.borrow().clone().unwrap_or_else(|| super::tuple::EMPTY_TUPLE.value()))
}

fn set_type_params(vm: &Vm, v: &Value, value: Option<Value>) -> PyResult<()> {
    let f = func_of(vm, v)?;
    let value = value.unwrap_or_else(|| super::tuple::EMPTY_TUPLE.value());
    if value.downcast_ref::<Tuple>().is_none() {
        return Err(vm.type_error(format!(
            "__type_params__ must be set to a tuple, not {}",
            value.ty().tp_name()
        )));
    }
    f.type_params.replace(Some(value));
    Ok(())
}

static FUNCTION_GETSETS: &[GetSetDef] = &[
    GetSetDef { name: "__code__", get: Some(get_code), set: Some(set_code), doc: None },
    GetSetDef { name: "__defaults__", get: Some(get_defaults), set: Some(set_defaults), doc: None },
    GetSetDef { name: "__kwdefaults__", get: Some(get_kwdefaults), set: Some(set_kwdefaults), doc: None },
    GetSetDef { name: "__annotations__", get: Some(get_annotations), set: Some(set_annotations), doc: None },
    GetSetDef { name: "__annotate__", get: Some(get_annotate), set: Some(set_annotate), doc: None },
    GetSetDef { name: "__dict__", get: Some(func_get_dict), set: Some(func_set_dict), doc: None },
    GetSetDef { name: "__name__", get: Some(get_name), set: Some(set_name), doc: None },
    GetSetDef { name: "__qualname__", get: Some(get_qualname), set: Some(set_qualname), doc: None },
    GetSetDef { name: "__type_params__", get: Some(get_type_params), set: Some(set_type_params), doc: None },
    GetSetDef { name: "__closure__", get: Some(get_closure), set: None, doc: None },
    GetSetDef { name: "__doc__", get: Some(get_doc), set: Some(set_doc), doc: None },
    GetSetDef { name: "__globals__", get: Some(get_globals), set: None, doc: None },
    GetSetDef { name: "__module__", get: Some(get_module), set: Some(set_module), doc: None },
    GetSetDef { name: "__builtins__", get: Some(get_builtins), set: None, doc: None },
];

fn func_get_dict(vm: &Vm, v: &Value) -> PyResult {
    super::baseobject::instance_dict_or_create(vm, v)
        .map(|d| d.into_value())
        .ok_or_else(|| vm.internal_error("function without dict"))
}

fn func_set_dict(vm: &Vm, v: &Value, value: Option<Value>) -> PyResult<()> {
    match value {
        Some(d) if d.downcast_ref::<Dict>().is_some() => {
            super::baseobject::set_instance_dict(v, Some(d));
            Ok(())
        }
        Some(_) => Err(vm.type_error("__dict__ must be set to a dictionary")),
        None => Err(vm.type_error("cannot delete __dict__")),
    }
}

/// `types.FunctionType(code, globals, name=None, argdefs=None, closure=None, kwdefaults=None)`.
fn function_new(vm: &Vm, _ty: &TypeObject, args: FuncArgs<'_>) -> PyResult {
    let p = crate::vm::call::parse_args(vm, "function", args, &["code", "globals", "name", "argdefs", "closure", "kwdefaults"], 2, 6)?;
    let code = p[0].clone().and_then(|c| c.downcast::<Code>().ok()).ok_or_else(|| vm.type_error("function() argument 'code' must be code"))?;
    let globals = p[1].clone().and_then(|g| g.downcast::<Dict>().ok()).ok_or_else(|| vm.type_error("function() argument 'globals' must be dict"))?;
    let f = new_function(vm, code, globals)?;
    let fd = func_of(vm, &f)?;
    if let Some(n) = p[2].clone().filter(|n| !none::is_none(n)) {
        set_name(vm, &f, Some(n))?;
    }
    if let Some(d) = p[3].clone() {
        set_defaults(vm, &f, Some(d))?;
    }
    if let Some(c) = p[4].clone().filter(|c| !none::is_none(c)) {
        let t = c.downcast::<Tuple>().map_err(|_| vm.type_error("arg 5 (closure) must be tuple"))?;
        fd.closure.replace(Some(t));
    }
    if let Some(k) = p[5].clone() {
        set_kwdefaults(vm, &f, Some(k))?;
    }
    Ok(f)
}

static FUNCTION_METHODS: &[MethodDef] = &[];

static FUNCTION_DEF: TypeDef = TypeDef {
    name: "function",
    doc: Some("Create a function object.\n\n  code\n    a code object\n  globals\n    the globals dictionary\n  name\n    a string that overrides the name from the code object\n  argdefs\n    a tuple that specifies the default argument values\n  closure\n    a tuple that supplies the bindings for free variables\n  kwdefaults\n    a dictionary that specifies the default keyword argument values"),
    methods: FUNCTION_METHODS,
    getsets: FUNCTION_GETSETS,
    members: &[],
    attrs: Vec::new,
};

const FUNCTION_SLOTS: Slots = Slots {
    repr: Cell::new(Some(func_repr)),
    call: Cell::new(Some(func_call)),
    descr_get: Cell::new(Some(func_descr_get)),
    new: Cell::new(Some(function_new)),
    ..OBJECT_SLOTS
};

builtin_type!(pub FUNCTION_TYPE: Function, def &FUNCTION_DEF, base &OBJECT_TYPE.0, mro [&OBJECT_TYPE.0],
    slots FUNCTION_SLOTS, flags tpflags::HAVE_GC | tpflags::METHOD_DESCRIPTOR | tpflags::HAVE_VECTORCALL | tpflags::MANAGED_DICT,
    layout ObjectLayout::with(true, true, 0));

pub fn unused(_: MethodFn) {}
