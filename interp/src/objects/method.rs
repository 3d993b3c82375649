//! Bound methods, `classmethod`, `staticmethod` and `property`.
//!
//! CPython: Objects/classobject.c (bound methods), Objects/funcobject.c
//! (classmethod, staticmethod), Objects/descrobject.c (property).

use std::cell::{Cell, RefCell};

use super::str::new_string;
use super::type_::{CompareOp, GetSetDef, MemberDef, MethodDef, MethodFn, Slots, TypeDef, TypeObject, tpflags};
use super::value::{LayoutId, ObjectLayout, Payload, Value, alloc};
use crate::builtin_type;
use crate::objects::baseobject::{OBJECT_SLOTS, OBJECT_TYPE};
use crate::objects::{bool_, none};
use crate::vm::{FuncArgs, PyResult, Vm};

/// The payload of a bound method.
pub struct Method {
    pub func: Value,
    pub zelf: Value,
}

// SAFETY: Method is the only payload with LayoutId::Method.
unsafe impl Payload for Method {
    const LAYOUT: LayoutId = LayoutId::Method;
}

pub fn new_method(vm: &Vm, func: Value, zelf: Value) -> PyResult {
    let r = alloc(METHOD_TYPE.get(), Method { func, zelf }).ok_or_else(|| vm.memory_error())?;
    let v = r.into_value();
    crate::gc::track(vm, &v);
    Ok(v)
}

fn method_of<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a Method> {
    v.downcast_ref::<Method>().map(|m| &m.payload).ok_or_else(|| vm.type_error("descriptor requires a 'method' object"))
}

fn method_call(vm: &Vm, v: &Value, args: FuncArgs<'_>) -> PyResult {
    let m = method_of(vm, v)?;
    let mut all = Vec::with_capacity(args.args.len() + 1);
    all.push(m.zelf.clone());
    all.extend_from_slice(args.args);
    vm.call_args(&m.func, FuncArgs { args: &all, kwnames: args.kwnames })
}

fn method_repr(vm: &Vm, v: &Value) -> PyResult {
    let m = method_of(vm, v)?;
    let name = match vm.get_attr_str_opt(&m.func, "__qualname__")? {
        Some(n) => vm.str(&n)?.to_string_lossy(),
        None => match vm.get_attr_str_opt(&m.func, "__name__")? {
            Some(n) => vm.str(&n)?.to_string_lossy(),
            None => "?".into(),
        },
    };
    let zr = vm.repr(&m.zelf)?;
    Ok(new_string(format!("<bound method {} of {}>", name, zr.to_string_lossy())).into_value())
}

fn method_getattro(vm: &Vm, v: &Value, name: &super::value::PyRef<super::str::Str>) -> PyResult<Option<Value>> {
    // The method's own attributes, then the function's.
    if let Some(r) = super::baseobject::generic_getattr(vm, v, name)? {
        return Ok(Some(r));
    }
    let m = method_of(vm, v)?;
    vm.get_attr_opt(&m.func, name)
}

fn method_richcompare(vm: &Vm, v: &Value, w: &Value, op: CompareOp) -> PyResult {
    let (Some(a), Some(b)) = (v.downcast_ref::<Method>(), w.downcast_ref::<Method>()) else {
        return Ok(none::not_implemented());
    };
    if !matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(none::not_implemented());
    }
    let eq = vm.eq(&a.func, &b.func)? && a.zelf.is(&b.zelf);
    Ok(bool_::new_bool(if op == CompareOp::Eq { eq } else { !eq }))
}

fn method_hash(vm: &Vm, v: &Value) -> PyResult<i64> {
    let m = method_of(vm, v)?;
    let a = super::hash::hash_pointer(m.zelf.id_word());
    let b = vm.hash(&m.func)?;
    Ok(super::hash::fix(a ^ b))
}

fn method_get_func(vm: &Vm, v: &Value) -> PyResult {
    Ok(method_of(vm, v)?.func.clone())
}

fn method_get_self(vm: &Vm, v: &Value) -> PyResult {
    Ok(method_of(vm, v)?.zelf.clone())
}

fn method_get_doc(vm: &Vm, v: &Value) -> PyResult {
    let m = method_of(vm, v)?;
    Ok(vm.get_attr_str_opt(&m.func, "__doc__")?.unwrap_or_else(none::none))
}

fn method_reduce(vm: &Vm, v: &Value) -> PyResult {
    let m = method_of(vm, v)?;
    let name = vm.get_attr_str(&m.func, "__name__")?;
    let getattr = vm.builtin("getattr")?;
    let args = super::tuple::pair(m.zelf.clone(), name);
    Ok(super::tuple::pair(getattr, args.into_value()).into_value())
}

static METHOD_METHODS: &[MethodDef] = &[MethodDef { name: "__reduce__", func: MethodFn::NoArgs(method_reduce), doc: None }];

static METHOD_GETSETS: &[GetSetDef] = &[
    GetSetDef { name: "__func__", get: Some(method_get_func), set: None, doc: Some("the function (or other callable) implementing a method") },
    GetSetDef { name: "__self__", get: Some(method_get_self), set: None, doc: Some("the instance to which a method is bound") },
    GetSetDef { name: "__doc__", get: Some(method_get_doc), set: None, doc: None },
];

static METHOD_DEF: TypeDef = TypeDef {
    doc: Some("Create a bound instance method object."),
    methods: METHOD_METHODS,
    getsets: METHOD_GETSETS,
    ..TypeDef::new("method")
};

const METHOD_SLOTS: Slots = Slots {
    repr: Cell::new(Some(method_repr)),
    call: Cell::new(Some(method_call)),
    getattro: Cell::new(Some(method_getattro)),
    richcompare: Cell::new(Some(method_richcompare)),
    hash: Cell::new(Some(method_hash)),
    descr_get: Cell::new(None),
    new: Cell::new(Some(method_new)),
    ..OBJECT_SLOTS
};

fn method_new(vm: &Vm, _ty: &TypeObject, args: FuncArgs<'_>) -> PyResult {
    if args.has_kwargs() {
        return Err(vm.type_error("method() takes no keyword arguments"));
    }
    let a = args.args;
    if a.len() != 2 {
        return Err(vm.type_error(format!("method expected 2 arguments, got {}", a.len())));
    }
    if !vm.is_callable(&a[0]) {
        return Err(vm.type_error("first argument must be callable"));
    }
    if none::is_none(&a[1]) {
        return Err(vm.type_error("instance must not be None"));
    }
    new_method(vm, a[0].clone(), a[1].clone())
}

builtin_type!(pub METHOD_TYPE: Method, def &METHOD_DEF, base &OBJECT_TYPE.0, mro [&OBJECT_TYPE.0],
    slots METHOD_SLOTS, flags tpflags::HAVE_GC | tpflags::HAVE_VECTORCALL, layout ObjectLayout::gc());

// ---------------------------------------------------------------------------
// classmethod and staticmethod.

/// The payload of `classmethod` and `staticmethod`: the wrapped callable.
pub struct Wrapped {
    pub callable: RefCell<Value>,
}

// SAFETY: Wrapped is the only payload with LayoutId::ClassMethod.
unsafe impl Payload for Wrapped {
    const LAYOUT: LayoutId = LayoutId::ClassMethod;
}

fn wrapped_of<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a Wrapped> {
    v.downcast_ref::<Wrapped>().map(|w| &w.payload).ok_or_else(|| vm.type_error("descriptor requires a classmethod or staticmethod"))
}

pub fn new_classmethod(vm: &Vm, f: Value) -> PyResult {
    wrap_in(vm, CLASSMETHOD_TYPE.get(), f)
}

pub fn new_staticmethod(vm: &Vm, f: Value) -> PyResult {
    wrap_in(vm, STATICMETHOD_TYPE.get(), f)
}

fn wrap_in(vm: &Vm, ty: &TypeObject, f: Value) -> PyResult {
    let r = alloc(ty, Wrapped { callable: RefCell::new(f.clone()) }).ok_or_else(|| vm.memory_error())?;
    let v = r.into_value();
    crate::gc::track(vm, &v);
    copy_wrapped_attrs(vm, &v, &f)?;
    Ok(v)
}

/// classmethod/staticmethod copy `__name__`, `__doc__` ... of the wrapped
/// function into their own dict (3.10+, `functools_wraps`).
fn copy_wrapped_attrs(vm: &Vm, v: &Value, f: &Value) -> PyResult<()> {
    let Some(d) = super::baseobject::instance_dict_or_create(vm, v) else { return Ok(()) };
    for name in ["__module__", "__name__", "__qualname__", "__doc__"] {
        if let Some(x) = vm.get_attr_str_opt(f, name)? {
            d.set_str_item(vm.intern(name), x);
        }
    }
    d.set_str_item(vm.intern("__wrapped__"), f.clone());
    Ok(())
}

fn wrapped_new(vm: &Vm, ty: &TypeObject, args: FuncArgs<'_>) -> PyResult {
    let r = alloc(ty, Wrapped { callable: RefCell::new(none::none()) }).ok_or_else(|| vm.memory_error())?;
    let v = r.into_value();
    crate::gc::track(vm, &v);
    let _ = args;
    Ok(v)
}

fn wrapped_init(vm: &Vm, v: &Value, args: FuncArgs<'_>) -> PyResult<()> {
    let name = v.ty().name().to_string();
    if args.has_kwargs() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    if args.args.len() != 1 {
        return Err(vm.type_error(format!("{name} expected 1 argument, got {}", args.args.len())));
    }
    let w = wrapped_of(vm, v)?;
    let old = w.callable.replace(args.args[0].clone());
    drop(old);
    copy_wrapped_attrs(vm, v, &args.args[0])
}

fn classmethod_get(vm: &Vm, v: &Value, obj: Option<&Value>, ty: Option<&Value>) -> PyResult {
    let w = wrapped_of(vm, v)?;
    let cls = match ty.filter(|t| !none::is_none(t)) {
        Some(t) => t.clone(),
        None => obj.map(|o| o.ty().to_value()).unwrap_or_else(none::none),
    };
    new_method(vm, w.callable.borrow().clone(), cls)
}

fn staticmethod_get(vm: &Vm, v: &Value, _obj: Option<&Value>, _ty: Option<&Value>) -> PyResult {
    Ok(wrapped_of(vm, v)?.callable.borrow().clone())
}

fn staticmethod_call(vm: &Vm, v: &Value, args: FuncArgs<'_>) -> PyResult {
    let f = wrapped_of(vm, v)?.callable.borrow().clone();
    vm.call_args(&f, args)
}

fn wrapped_func(vm: &Vm, v: &Value) -> PyResult {
    Ok(wrapped_of(vm, v)?.callable.borrow().clone())
}

fn wrapped_isabstract(vm: &Vm, v: &Value) -> PyResult {
    let f = wrapped_of(vm, v)?.callable.borrow().clone();
    let r = vm.get_attr_str_opt(&f, "__isabstractmethod__")?;
    Ok(bool_::new_bool(match r {
        Some(x) => vm.is_true(&x)?,
        None => false,
    }))
}

fn classmethod_repr(vm: &Vm, v: &Value) -> PyResult {
    let f = wrapped_of(vm, v)?.callable.borrow().clone();
    let r = vm.repr(&f)?;
    Ok(new_string(format!("<{}({})>", v.ty().name(), r.to_string_lossy())).into_value())
}

static WRAPPED_MEMBERS: &[MemberDef] = &[
    MemberDef { name: "__func__", get: wrapped_func, set: None, doc: None },
    MemberDef { name: "__wrapped__", get: wrapped_func, set: None, doc: None },
];

static WRAPPED_GETSETS: &[GetSetDef] = &[
    GetSetDef { name: "__isabstractmethod__", get: Some(wrapped_isabstract), set: None, doc: None },
    GetSetDef { name: "__dict__", get: Some(wrapped_get_dict), set: None, doc: None },
];

fn wrapped_get_dict(vm: &Vm, v: &Value) -> PyResult {
    super::baseobject::instance_dict_or_create(vm, v)
        .map(|d| d.into_value())
        .ok_or_else(|| vm.internal_error("classmethod without dict"))
}

static CLASSMETHOD_DEF: TypeDef = TypeDef {
    doc: Some("Convert a function to be a class method.\n\nA class method receives the class as implicit first argument,\njust like an instance method receives the instance.\nTo declare a class method, use this idiom:\n\n  class C:\n      @classmethod\n      def f(cls, arg1, arg2, argN):\n          ...\n\nIt can be called either on the class (e.g. C.f()) or on an instance\n(e.g. C().f()).  The instance is ignored except for its class.\nIf a class method is called for a derived class, the derived class\nobject is passed as the implied first argument.\n\nClass methods are different than C++ or Java static methods.\nIf you want those, see the staticmethod builtin."),
    members: WRAPPED_MEMBERS,
    getsets: WRAPPED_GETSETS,
    ..TypeDef::new("classmethod")
};

const CLASSMETHOD_SLOTS: Slots = Slots {
    repr: Cell::new(Some(classmethod_repr)),
    descr_get: Cell::new(Some(classmethod_get)),
    new: Cell::new(Some(wrapped_new)),
    init: Cell::new(Some(wrapped_init)),
    ..OBJECT_SLOTS
};

builtin_type!(pub CLASSMETHOD_TYPE: Wrapped, def &CLASSMETHOD_DEF, base &OBJECT_TYPE.0, mro [&OBJECT_TYPE.0],
    slots CLASSMETHOD_SLOTS, flags tpflags::BASETYPE | tpflags::HAVE_GC | tpflags::MANAGED_DICT, layout ObjectLayout::with(true, true, 0));

static STATICMETHOD_DEF: TypeDef = TypeDef {
    doc: Some("Convert a function to be a static method.\n\nA static method does not receive an implicit first argument.\nTo declare a static method, use this idiom:\n\n     class C:\n         @staticmethod\n         def f(arg1, arg2, argN):\n             ...\n\nIt can be called either on the class (e.g. C.f()) or on an instance\n(e.g. C().f()). Both the class and the instance are ignored, and\nneither is passed implicitly as the first argument to the method.\n\nStatic methods in Python are similar to those found in Java or C++.\nFor a more advanced concept, see the classmethod builtin."),
    members: WRAPPED_MEMBERS,
    getsets: WRAPPED_GETSETS,
    ..TypeDef::new("staticmethod")
};

const STATICMETHOD_SLOTS: Slots = Slots {
    repr: Cell::new(Some(classmethod_repr)),
    descr_get: Cell::new(Some(staticmethod_get)),
    call: Cell::new(Some(staticmethod_call)),
    new: Cell::new(Some(wrapped_new)),
    init: Cell::new(Some(wrapped_init)),
    ..OBJECT_SLOTS
};

builtin_type!(pub STATICMETHOD_TYPE: Wrapped, def &STATICMETHOD_DEF, base &OBJECT_TYPE.0, mro [&OBJECT_TYPE.0],
    slots STATICMETHOD_SLOTS, flags tpflags::BASETYPE | tpflags::HAVE_GC | tpflags::MANAGED_DICT, layout ObjectLayout::with(true, true, 0));

// ---------------------------------------------------------------------------
// property.

/// The payload of `property`.
pub struct Property {
    pub fget: RefCell<Value>,
    pub fset: RefCell<Value>,
    pub fdel: RefCell<Value>,
    pub doc: RefCell<Value>,
    pub name: RefCell<Value>,
    /// The docstring was taken from fget (so `getter()` copies refresh it).
    pub getter_doc: Cell<bool>,
}

// SAFETY: Property is the only payload with LayoutId::Property.
unsafe impl Payload for Property {
    const LAYOUT: LayoutId = LayoutId::Property;
}

fn prop_of<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a Property> {
    v.downcast_ref::<Property>().map(|p| &p.payload).ok_or_else(|| vm.type_error("descriptor requires a 'property' object"))
}

fn property_new(vm: &Vm, ty: &TypeObject, _args: FuncArgs<'_>) -> PyResult {
    let p = Property {
        fget: RefCell::new(none::none()),
        fset: RefCell::new(none::none()),
        fdel: RefCell::new(none::none()),
        doc: RefCell::new(none::none()),
        name: RefCell::new(none::none()),
        getter_doc: Cell::new(false),
    };
    let r = alloc(ty, p).ok_or_else(|| vm.memory_error())?;
    let v = r.into_value();
    crate::gc::track(vm, &v);
    Ok(v)
}

/// `property(fget=None, fset=None, fdel=None, doc=None)`.
fn property_init(vm: &Vm, v: &Value, args: FuncArgs<'_>) -> PyResult<()> {
    let a = crate::vm::call::parse_args(vm, "property", args, &["fget", "fset", "fdel", "doc"], 0, 4)?;
    let p = prop_of(vm, v)?;
    let get = |i: usize| a[i].clone().unwrap_or_else(none::none);
    p.fget.replace(get(0));
    p.fset.replace(get(1));
    p.fdel.replace(get(2));
    let mut doc = get(3);
    p.getter_doc.set(false);
    if none::is_none(&doc) && !none::is_none(&get(0)) {
        if let Some(d) = vm.get_attr_str_opt(&get(0), "__doc__")? {
            doc = d;
            p.getter_doc.set(true);
        }
    }
    // A subclass stores the doc in its instance dict (CPython does likewise).
    if !v.is_type(PROPERTY_TYPE.get()) && !none::is_none(&doc) {
        if let Some(d) = super::baseobject::instance_dict_or_create(vm, v) {
            d.set_str_item(vm.intern("__doc__"), doc.clone());
        }
    }
    p.doc.replace(doc);
    Ok(())
}

fn property_get(vm: &Vm, v: &Value, obj: Option<&Value>, _ty: Option<&Value>) -> PyResult {
    let Some(obj) = obj.filter(|o| !none::is_none(o)) else {
        return Ok(v.clone());
    };
    let p = prop_of(vm, v)?;
    let fget = p.fget.borrow().clone();
    if none::is_none(&fget) {
        return Err(property_error(vm, v, obj, "getter"));
    }
    vm.call(&fget, std::slice::from_ref(obj))
}

/// "property 'x' of 'A' object has no setter".
fn property_error(vm: &Vm, v: &Value, obj: &Value, what: &str) -> crate::errors::PyErr {
    let p = match prop_of(vm, v) {
        Ok(p) => p,
        Err(e) => return e,
    };
    let name = p.name.borrow().clone();
    let msg = if none::is_none(&name) {
        format!("property of '{}' object has no {}", obj.ty().qualname(), what)
    } else {
        let n = vm.repr(&name).map(|r| r.to_string_lossy()).unwrap_or_default();
        format!("property {} of '{}' object has no {}", n, obj.ty().qualname(), what)
    };
    vm.attribute_error_msg(msg)
}

fn property_set(vm: &Vm, v: &Value, obj: &Value, value: Option<Value>) -> PyResult<()> {
    let p = prop_of(vm, v)?;
    match value {
        Some(x) => {
            let fset = p.fset.borrow().clone();
            if none::is_none(&fset) {
                return Err(property_error(vm, v, obj, "setter"));
            }
            vm.call(&fset, &[obj.clone(), x])?;
        }
        None => {
            let fdel = p.fdel.borrow().clone();
            if none::is_none(&fdel) {
                return Err(property_error(vm, v, obj, "deleter"));
            }
            vm.call(&fdel, std::slice::from_ref(obj))?;
        }
    }
    Ok(())
}

/// `property.getter/setter/deleter`: a copy with one function replaced.
fn property_copy(vm: &Vm, v: &Value, which: usize, f: &Value) -> PyResult {
    let p = prop_of(vm, v)?;
    let mut parts = [p.fget.borrow().clone(), p.fset.borrow().clone(), p.fdel.borrow().clone()];
    parts[which] = f.clone();
    let doc = if p.getter_doc.get() && which == 0 { none::none() } else { p.doc.borrow().clone() };
    let ty = v.ty().to_value();
    let r = vm.call(&ty, &[parts[0].clone(), parts[1].clone(), parts[2].clone(), doc])?;
    if let Some(np) = r.downcast_ref::<Property>() {
        np.name.replace(p.name.borrow().clone());
    }
    Ok(r)
}

fn property_getter(vm: &Vm, v: &Value, f: &Value) -> PyResult {
    property_copy(vm, v, 0, f)
}
fn property_setter(vm: &Vm, v: &Value, f: &Value) -> PyResult {
    property_copy(vm, v, 1, f)
}
fn property_deleter(vm: &Vm, v: &Value, f: &Value) -> PyResult {
    property_copy(vm, v, 2, f)
}

fn property_set_name(vm: &Vm, v: &Value, args: &[Value]) -> PyResult {
    if args.len() != 2 {
        return Err(vm.type_error(format!("__set_name__() takes 2 positional arguments but {} were given", args.len())));
    }
    prop_of(vm, v)?.name.replace(args[1].clone());
    Ok(none::none())
}

fn property_fget(vm: &Vm, v: &Value) -> PyResult {
    Ok(prop_of(vm, v)?.fget.borrow().clone())
}
fn property_fset(vm: &Vm, v: &Value) -> PyResult {
    Ok(prop_of(vm, v)?.fset.borrow().clone())
}
fn property_fdel(vm: &Vm, v: &Value) -> PyResult {
    Ok(prop_of(vm, v)?.fdel.borrow().clone())
}
fn property_doc(vm: &Vm, v: &Value) -> PyResult {
    Ok(prop_of(vm, v)?.doc.borrow().clone())
}
fn property_set_doc(vm: &Vm, v: &Value, value: Option<Value>) -> PyResult<()> {
    prop_of(vm, v)?.doc.replace(value.unwrap_or_else(none::none));
    Ok(())
}
fn property_name(vm: &Vm, v: &Value) -> PyResult {
    let p = prop_of(vm, v)?;
    let n = p.name.borrow().clone();
    if !none::is_none(&n) {
        return Ok(n);
    }
    let fget = p.fget.borrow().clone();
    if !none::is_none(&fget) {
        if let Some(n) = vm.get_attr_str_opt(&fget, "__name__")? {
            return Ok(n);
        }
    }
    Err(vm.attribute_error_msg("'property' object has no attribute '__name__'"))
}
fn property_set_name_attr(vm: &Vm, v: &Value, value: Option<Value>) -> PyResult<()> {
    prop_of(vm, v)?.name.replace(value.unwrap_or_else(none::none));
    Ok(())
}
fn property_isabstract(vm: &Vm, v: &Value) -> PyResult {
    let p = prop_of(vm, v)?;
    for f in [p.fget.borrow().clone(), p.fset.borrow().clone(), p.fdel.borrow().clone()] {
        if let Some(x) = vm.get_attr_str_opt(&f, "__isabstractmethod__")? {
            if vm.is_true(&x)? {
                return Ok(bool_::new_bool(true));
            }
        }
    }
    Ok(bool_::new_bool(false))
}

static PROPERTY_METHODS: &[MethodDef] = &[
    MethodDef { name: "getter", func: MethodFn::O(property_getter), doc: Some("Descriptor to obtain a copy of the property with a different getter.") },
    MethodDef { name: "setter", func: MethodFn::O(property_setter), doc: Some("Descriptor to obtain a copy of the property with a different setter.") },
    MethodDef { name: "deleter", func: MethodFn::O(property_deleter), doc: Some("Descriptor to obtain a copy of the property with a different deleter.") },
    MethodDef { name: "__set_name__", func: MethodFn::Fast(property_set_name), doc: Some("Method to set name of a property.") },
];

static PROPERTY_MEMBERS: &[MemberDef] = &[
    MemberDef { name: "fget", get: property_fget, set: None, doc: None },
    MemberDef { name: "fset", get: property_fset, set: None, doc: None },
    MemberDef { name: "fdel", get: property_fdel, set: None, doc: None },
];

static PROPERTY_GETSETS: &[GetSetDef] = &[
    GetSetDef { name: "__doc__", get: Some(property_doc), set: Some(property_set_doc), doc: None },
    GetSetDef { name: "__name__", get: Some(property_name), set: Some(property_set_name_attr), doc: None },
    GetSetDef { name: "__isabstractmethod__", get: Some(property_isabstract), set: None, doc: None },
];

static PROPERTY_DEF: TypeDef = TypeDef {
    doc: Some("Property attribute.\n\n  fget\n    function to be used for getting an attribute value\n  fset\n    function to be used for setting an attribute value\n  fdel\n    function to be used for del'ing an attribute\n  doc\n    docstring\n\nTypical use is to define a managed attribute x:\n\nclass C(object):\n    def getx(self): return self._x\n    def setx(self, value): self._x = value\n    def delx(self): del self._x\n    x = property(getx, setx, delx, \"I'm the 'x' property.\")\n\nDecorators make defining new properties or modifying existing ones easy:\n\nclass C(object):\n    @property\n    def x(self):\n        \"I am the 'x' property.\"\n        return self._x\n    @x.setter\n    def x(self, value):\n        self._x = value\n    @x.deleter\n    def x(self):\n        del self._x"),
    methods: PROPERTY_METHODS,
    members: PROPERTY_MEMBERS,
    getsets: PROPERTY_GETSETS,
    ..TypeDef::new("property")
};

const PROPERTY_SLOTS: Slots = Slots {
    descr_get: Cell::new(Some(property_get)),
    descr_set: Cell::new(Some(property_set)),
    new: Cell::new(Some(property_new)),
    init: Cell::new(Some(property_init)),
    ..OBJECT_SLOTS
};

builtin_type!(pub PROPERTY_TYPE: Property, def &PROPERTY_DEF, base &OBJECT_TYPE.0, mro [&OBJECT_TYPE.0],
    slots PROPERTY_SLOTS, flags tpflags::BASETYPE | tpflags::HAVE_GC, layout ObjectLayout::gc());
