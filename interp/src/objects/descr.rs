//! Descriptors of builtin types and builtin functions: `method_descriptor`,
//! `classmethod_descriptor`, `wrapper_descriptor` and `method-wrapper`,
//! `getset_descriptor`, `member_descriptor`, `builtin_function_or_method`.
//!
//! CPython: Objects/descrobject.c, Objects/methodobject.c.
//!
//! Descriptors of builtin types are made once per process and are immortal
//! (DESIGN 8): their `id()` is the same in every interpreter.

use std::cell::Cell;

use super::str::new_string;
use super::tuple::Tuple;
use super::type_::{
    CompareOp, GetSetDef, MemberDef, MethodDef, MethodFn, Slots, TypeDef, TypeObject, tpflags,
};
use super::value::{LayoutId, ObjectLayout, Payload, PyObject, Value, alloc};
use crate::builtin_type;
use crate::objects::baseobject::{OBJECT_SLOTS, OBJECT_TYPE};
use crate::objects::{bool_, none};
use crate::vm::{FuncArgs, PyResult, Vm};

/// How a slot wrapper calls its slot (CPython's `wrap_*` functions).
#[derive(Clone, Copy)]
pub enum WrapperKind {
    Unary(fn(&Slots) -> Option<super::type_::UnaryFn>),
    /// The slot getter, and whether this is the reflected (`__radd__`) name.
    Binary(fn(&Slots) -> Option<super::type_::BinaryFn>, bool),
    Ternary(bool),
    InplaceTernary,
    RichCompare(CompareOp),
    Hash,
    Len,
    Bool,
    Contains,
    GetAttr,
    SetAttr,
    DelAttr,
    Call,
    Next,
    DescrGet,
    DescrSet,
    DescrDelete,
    Init,
    SetItem,
    DelItem,
}

/// What a method or wrapper descriptor describes.
pub enum DescrKind {
    Method(&'static MethodDef),
    Wrapper { kind: WrapperKind, name: &'static str },
    GetSet(&'static GetSetDef),
    Member(&'static MemberDef),
    /// A `__slots__` entry of a heap type: the index of its value slot.
    Slot { name: Value, index: usize },
}

/// The payload of descriptors.
pub struct Descr {
    /// The type that defines the attribute (`__objclass__`).
    pub owner: Value,
    pub kind: DescrKind,
}

// SAFETY: Descr is the only payload with LayoutId::MethodDescriptor.
unsafe impl Payload for Descr {
    const LAYOUT: LayoutId = LayoutId::MethodDescriptor;
}

fn make_immortal_descr(ty: &TypeObject, owner: &TypeObject, kind: DescrKind) -> Value {
    let r = alloc(ty, Descr { owner: owner.to_value(), kind })
        .unwrap_or_else(|| std::alloc::handle_alloc_error(std::alloc::Layout::new::<Descr>()));
    r.header().make_immortal();
    r.into_value()
}

pub fn new_method_descriptor(owner: &TypeObject, def: &'static MethodDef) -> Value {
    let ty = match def.func {
        MethodFn::Class(_) => CLASSMETHOD_DESCRIPTOR_TYPE.get(),
        MethodFn::Static(_) => STATICMETHOD_BUILTIN_TYPE.get(),
        _ => METHOD_DESCRIPTOR_TYPE.get(),
    };
    make_immortal_descr(ty, owner, DescrKind::Method(def))
}

pub fn new_wrapper_descriptor(owner: &TypeObject, kind: WrapperKind, name: &'static str) -> Value {
    make_immortal_descr(WRAPPER_DESCRIPTOR_TYPE.get(), owner, DescrKind::Wrapper { kind, name })
}

pub fn new_getset_descriptor(owner: &TypeObject, def: &'static GetSetDef) -> Value {
    make_immortal_descr(GETSET_DESCRIPTOR_TYPE.get(), owner, DescrKind::GetSet(def))
}

pub fn new_member_descriptor(owner: &TypeObject, def: &'static MemberDef) -> Value {
    make_immortal_descr(MEMBER_DESCRIPTOR_TYPE.get(), owner, DescrKind::Member(def))
}

/// A `member_descriptor` for a `__slots__` name of a heap type (mortal, owned by the type).
pub fn new_slot_member(vm: &Vm, owner: &TypeObject, name: Value, index: usize) -> PyResult {
    let r = alloc(MEMBER_DESCRIPTOR_TYPE.get(), Descr { owner: owner.to_value(), kind: DescrKind::Slot { name, index } })
        .ok_or_else(|| vm.memory_error())?;
    let v = r.into_value();
    crate::gc::track(vm, &v);
    Ok(v)
}

/// A getset descriptor of a heap type (`__dict__`, `__weakref__`).
pub fn new_heap_getset(vm: &Vm, owner: &TypeObject, def: &'static GetSetDef) -> PyResult {
    let r = alloc(GETSET_DESCRIPTOR_TYPE.get(), Descr { owner: owner.to_value(), kind: DescrKind::GetSet(def) })
        .ok_or_else(|| vm.memory_error())?;
    let v = r.into_value();
    crate::gc::track(vm, &v);
    Ok(v)
}

/// The owner and kind of a slot wrapper (`int.__add__`), for slot inheritance.
pub fn wrapper_descriptor_info(v: &Value) -> Option<(&TypeObject, WrapperKind)> {
    if !v.is_type(WRAPPER_DESCRIPTOR_TYPE.get()) {
        return None;
    }
    let d = v.downcast_ref::<Descr>()?;
    match &d.kind {
        DescrKind::Wrapper { kind, .. } => Some((d.owner.downcast_ref::<super::type_::TypeData>()?, *kind)),
        _ => None,
    }
}

fn descr_of<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a Descr> {
    v.downcast_ref::<Descr>()
        .map(|d| &d.payload)
        .ok_or_else(|| vm.type_error("descriptor expected"))
}

impl Descr {
    pub fn owner_type(&self) -> &TypeObject {
        // Owners are always types.
        self.owner
            .downcast_ref::<super::type_::TypeData>()
            .unwrap_or(OBJECT_TYPE.get())
    }

    pub fn name(&self) -> String {
        match &self.kind {
            DescrKind::Method(m) => m.name.to_string(),
            DescrKind::Wrapper { name, .. } => name.to_string(),
            DescrKind::GetSet(g) => g.name.to_string(),
            DescrKind::Member(m) => m.name.to_string(),
            DescrKind::Slot { name, .. } => crate::objects::str_type::display_str(name),
        }
    }
}

/// `descriptor 'x' for 'T' objects doesn't apply to a 'U' object`.
fn check_self(vm: &Vm, d: &Descr, obj: &Value, wrapper: bool) -> PyResult<()> {
    let owner = d.owner_type();
    if obj.ty().is_subtype(owner) {
        return Ok(());
    }
    Err(if wrapper {
        vm.type_error(format!(
            "descriptor '{}' requires a '{}' object but received a '{}'",
            d.name(),
            owner.tp_name(),
            obj.ty().tp_name()
        ))
    } else {
        vm.type_error(format!(
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            d.name(),
            owner.tp_name(),
            obj.ty().tp_name()
        ))
    })
}

/// Calls a builtin method definition with its receiver.
pub fn call_method_def(vm: &Vm, def: &MethodDef, qualname: &dyn Fn() -> String, zelf: &Value, args: FuncArgs<'_>) -> PyResult {
    match def.func {
        MethodFn::NoArgs(f) => {
            if !args.args.is_empty() {
                if args.has_kwargs() && args.positional().is_empty() {
                    return Err(vm.type_error(format!("{}() takes no keyword arguments", qualname())));
                }
                return Err(vm.type_error(format!(
                    "{}() takes no arguments ({} given)",
                    qualname(),
                    args.args.len()
                )));
            }
            f(vm, zelf)
        }
        MethodFn::O(f) => {
            if args.has_kwargs() {
                return Err(vm.type_error(format!("{}() takes no keyword arguments", qualname())));
            }
            if args.args.len() != 1 {
                return Err(vm.type_error(format!(
                    "{}() takes exactly one argument ({} given)",
                    qualname(),
                    args.args.len()
                )));
            }
            f(vm, zelf, &args.args[0])
        }
        MethodFn::Fast(f) => {
            if args.has_kwargs() {
                return Err(vm.type_error(format!("{}() takes no keyword arguments", qualname())));
            }
            f(vm, zelf, args.args)
        }
        MethodFn::FastKw(f) => f(vm, zelf, args),
        MethodFn::Class(f) => {
            let cls = zelf.downcast_ref::<super::type_::TypeData>().ok_or_else(|| {
                vm.type_error(format!(
                    "descriptor '{}' requires a type but received a '{}'",
                    def.name,
                    zelf.ty().tp_name()
                ))
            })?;
            f(vm, cls, args)
        }
        MethodFn::Static(f) => f(vm, zelf, args),
    }
}

/// `method_descriptor.__call__`: `int.bit_length(5)`.
fn method_descriptor_call(vm: &Vm, v: &Value, args: FuncArgs<'_>) -> PyResult {
    let d = descr_of(vm, v)?;
    let DescrKind::Method(def) = &d.kind else {
        return Err(vm.type_error("not a method descriptor"));
    };
    let Some((zelf, rest)) = args.positional().split_first() else {
        return Err(vm.type_error(format!(
            "unbound method {}.{}() needs an argument",
            d.owner_type().tp_name(),
            def.name
        )));
    };
    check_self(vm, d, zelf, false)?;
    let rest_args = FuncArgs {
        args: &args.args[1..],
        kwnames: args.kwnames,
    };
    let _ = rest;
    let owner = d.owner_type().tp_name().to_string();
    call_method_def(vm, def, &|| format!("{}.{}", owner, def.name), zelf, rest_args)
}

/// `method_descriptor.__get__`: binds to an instance as a builtin method.
fn method_descriptor_get(vm: &Vm, v: &Value, obj: Option<&Value>, _ty: Option<&Value>) -> PyResult {
    let d = descr_of(vm, v)?;
    let Some(obj) = obj.filter(|o| !none::is_none(o)) else {
        return Ok(v.clone());
    };
    check_self(vm, d, obj, false)?;
    let DescrKind::Method(def) = &d.kind else {
        return Ok(v.clone());
    };
    Ok(new_builtin_method(vm, def, Some(obj.clone()), Some(d.owner.clone())))
}

fn classmethod_descriptor_get(vm: &Vm, v: &Value, obj: Option<&Value>, ty: Option<&Value>) -> PyResult {
    let d = descr_of(vm, v)?;
    let DescrKind::Method(def) = &d.kind else {
        return Ok(v.clone());
    };
    let cls = match ty.filter(|t| !none::is_none(t)) {
        Some(t) => t.clone(),
        None => match obj {
            Some(o) => o.ty().to_value(),
            None => return Err(vm.type_error(format!(
                "descriptor '{}' for type '{}' needs either an object or a type",
                def.name,
                d.owner_type().tp_name()
            ))),
        },
    };
    let Some(cls_t) = cls.downcast_ref::<super::type_::TypeData>() else {
        return Err(vm.type_error(format!(
            "descriptor '{}' for type '{}' needs a type, not a '{}' as arg 2",
            def.name,
            d.owner_type().tp_name(),
            cls.ty().tp_name()
        )));
    };
    if !cls_t.is_subtype(d.owner_type()) {
        return Err(vm.type_error(format!(
            "descriptor '{}' requires a subtype of '{}' but received '{}'",
            def.name,
            d.owner_type().tp_name(),
            cls_t.tp_name()
        )));
    }
    Ok(new_builtin_method(vm, def, Some(cls), Some(d.owner.clone())))
}

fn classmethod_descriptor_call(vm: &Vm, v: &Value, args: FuncArgs<'_>) -> PyResult {
    let d = descr_of(vm, v)?;
    let DescrKind::Method(def) = &d.kind else {
        return Err(vm.type_error("not a method descriptor"));
    };
    let Some(cls) = args.positional().first() else {
        return Err(vm.type_error(format!(
            "descriptor '{}' of '{}' object needs an argument",
            def.name,
            d.owner_type().tp_name()
        )));
    };
    let bound = classmethod_descriptor_get(vm, v, None, Some(cls))?;
    vm.call_args(&bound, FuncArgs { args: &args.args[1..], kwnames: args.kwnames })
}

fn staticmethod_builtin_get(_vm: &Vm, v: &Value, _obj: Option<&Value>, _ty: Option<&Value>) -> PyResult {
    Ok(v.clone())
}

fn staticmethod_builtin_call(vm: &Vm, v: &Value, args: FuncArgs<'_>) -> PyResult {
    let d = descr_of(vm, v)?;
    let DescrKind::Method(def) = &d.kind else {
        return Err(vm.type_error("not a method descriptor"));
    };
    call_method_def(vm, def, &|| def.name.to_string(), &none::none(), args)
}

fn descr_repr(vm: &Vm, v: &Value) -> PyResult {
    let d = descr_of(vm, v)?;
    let owner = d.owner_type().tp_name().to_string();
    let s = match &d.kind {
        DescrKind::Method(_) if v.is_type(CLASSMETHOD_DESCRIPTOR_TYPE.get()) => {
            format!("<method '{}' of '{}' objects>", d.name(), owner)
        }
        DescrKind::Method(_) => format!("<method '{}' of '{}' objects>", d.name(), owner),
        DescrKind::Wrapper { .. } => format!("<slot wrapper '{}' of '{}' objects>", d.name(), owner),
        DescrKind::GetSet(_) | DescrKind::Member(_) | DescrKind::Slot { .. } => {
            if v.is_type(MEMBER_DESCRIPTOR_TYPE.get()) {
                format!("<member '{}' of '{}' objects>", d.name(), owner)
            } else {
                format!("<attribute '{}' of '{}' objects>", d.name(), owner)
            }
        }
    };
    Ok(new_string(s).into_value())
}

/// Calls a slot wrapper on `zelf` with `args` (CPython `wrapperdescr_raw_call`).
fn call_wrapper(vm: &Vm, d: &Descr, kind: WrapperKind, name: &str, zelf: &Value, args: FuncArgs<'_>) -> PyResult {
    let slots = &d.owner_type().payload.slots;
    let a = args.positional();
    if args.has_kwargs() && !matches!(kind, WrapperKind::Call | WrapperKind::Init) {
        return Err(vm.type_error(format!("wrapper {name}() takes no keyword arguments")));
    }
    let expect = |n: usize| -> PyResult<()> {
        if a.len() != n {
            return Err(vm.type_error(format!(
                "expected {} argument{}, got {}",
                n,
                if n == 1 { "" } else { "s" },
                a.len()
            )));
        }
        Ok(())
    };
    let missing = || vm.internal_error("slot wrapper of a missing slot");
    match kind {
        WrapperKind::Unary(get) => {
            expect(0)?;
            (get(slots).ok_or_else(missing)?)(vm, zelf)
        }
        WrapperKind::Binary(get, reflected) => {
            expect(1)?;
            let f = get(slots).ok_or_else(missing)?;
            if reflected { f(vm, &a[0], zelf) } else { f(vm, zelf, &a[0]) }
        }
        WrapperKind::Ternary(reflected) => {
            if a.is_empty() || a.len() > 2 {
                return Err(vm.type_error(format!("expected 1 or 2 arguments, got {}", a.len())));
            }
            let f = slots.nb_power.get().ok_or_else(missing)?;
            let third = a.get(1).cloned().unwrap_or_else(none::none);
            if reflected { f(vm, &a[0], zelf, &third) } else { f(vm, zelf, &a[0], &third) }
        }
        WrapperKind::InplaceTernary => {
            if a.is_empty() || a.len() > 2 {
                return Err(vm.type_error(format!("expected 1 or 2 arguments, got {}", a.len())));
            }
            let f = slots.nb_inplace_power.get().ok_or_else(missing)?;
            f(vm, zelf, &a[0], &a.get(1).cloned().unwrap_or_else(none::none))
        }
        WrapperKind::RichCompare(op) => {
            expect(1)?;
            (slots.richcompare.get().ok_or_else(missing)?)(vm, zelf, &a[0], op)
        }
        WrapperKind::Hash => {
            expect(0)?;
            Ok(super::int::new_int((slots.hash.get().ok_or_else(missing)?)(vm, zelf)?))
        }
        WrapperKind::Len => {
            expect(0)?;
            let f = slots.mp_length.get().or(slots.sq_length.get()).ok_or_else(missing)?;
            Ok(super::int::new_int(f(vm, zelf)? as i64))
        }
        WrapperKind::Bool => {
            expect(0)?;
            Ok(bool_::new_bool((slots.nb_bool.get().ok_or_else(missing)?)(vm, zelf)?))
        }
        WrapperKind::Contains => {
            expect(1)?;
            Ok(bool_::new_bool((slots.sq_contains.get().ok_or_else(missing)?)(vm, zelf, &a[0])?))
        }
        WrapperKind::GetAttr => {
            expect(1)?;
            let name = attr_name(vm, &a[0])?;
            match (slots.getattro.get().ok_or_else(missing)?)(vm, zelf, &name)? {
                Some(r) => Ok(r),
                None => Err(vm.no_attribute_for(zelf, &name)),
            }
        }
        WrapperKind::SetAttr => {
            expect(2)?;
            let name = attr_name(vm, &a[0])?;
            check_setattr_carlo(vm, d, zelf)?;
            (slots.setattro.get().ok_or_else(missing)?)(vm, zelf, &name, Some(a[1].clone()))?;
            Ok(none::none())
        }
        WrapperKind::DelAttr => {
            expect(1)?;
            let name = attr_name(vm, &a[0])?;
            check_setattr_carlo(vm, d, zelf)?;
            (slots.setattro.get().ok_or_else(missing)?)(vm, zelf, &name, None)?;
            Ok(none::none())
        }
        WrapperKind::Call => (slots.call.get().ok_or_else(missing)?)(vm, zelf, args),
        WrapperKind::Next => {
            expect(0)?;
            match (slots.iternext.get().ok_or_else(missing)?)(vm, zelf)? {
                Some(r) => Ok(r),
                None => Err(vm.stop_iteration_from_state()),
            }
        }
        WrapperKind::DescrGet => {
            if a.is_empty() || a.len() > 2 {
                return Err(vm.type_error(format!("expected 1 or 2 arguments, got {}", a.len())));
            }
            let obj = Some(&a[0]).filter(|o| !none::is_none(o));
            let ty = a.get(1).filter(|t| !none::is_none(t));
            if obj.is_none() && ty.is_none() {
                return Err(vm.type_error("__get__(None, None) is invalid"));
            }
            (slots.descr_get.get().ok_or_else(missing)?)(vm, zelf, obj, ty)
        }
        WrapperKind::DescrSet => {
            expect(2)?;
            (slots.descr_set.get().ok_or_else(missing)?)(vm, zelf, &a[0], Some(a[1].clone()))?;
            Ok(none::none())
        }
        WrapperKind::DescrDelete => {
            expect(1)?;
            (slots.descr_set.get().ok_or_else(missing)?)(vm, zelf, &a[0], None)?;
            Ok(none::none())
        }
        WrapperKind::Init => {
            (slots.init.get().ok_or_else(missing)?)(vm, zelf, args)?;
            Ok(none::none())
        }
        WrapperKind::SetItem => {
            expect(2)?;
            (slots.mp_ass_subscript.get().ok_or_else(missing)?)(vm, zelf, &a[0], Some(a[1].clone()))?;
            Ok(none::none())
        }
        WrapperKind::DelItem => {
            expect(1)?;
            (slots.mp_ass_subscript.get().ok_or_else(missing)?)(vm, zelf, &a[0], None)?;
            Ok(none::none())
        }
    }
}

/// CPython's `hackcheck`: `object.__setattr__(int, 'x', 1)` must not bypass
/// `type.__setattr__`'s immutability check.
fn check_setattr_carlo(vm: &Vm, d: &Descr, zelf: &Value) -> PyResult<()> {
    if let Some(t) = zelf.downcast_ref::<super::type_::TypeData>() {
        if !t.is_heap_type() && std::ptr::eq(d.owner_type(), OBJECT_TYPE.get()) {
            return Err(vm.type_error(format!(
                "can't apply this __setattr__ to {} object",
                t.tp_name()
            )));
        }
    }
    Ok(())
}

fn attr_name(vm: &Vm, v: &Value) -> PyResult<super::value::PyRef<super::str::Str>> {
    match v.clone().downcast::<super::str::Str>() {
        Ok(s) => Ok(s),
        Err(v) => Err(vm.type_error(format!(
            "attribute name must be string, not '{}'",
            v.ty().tp_name()
        ))),
    }
}

fn wrapper_descriptor_call(vm: &Vm, v: &Value, args: FuncArgs<'_>) -> PyResult {
    let d = descr_of(vm, v)?;
    let DescrKind::Wrapper { kind, name } = &d.kind else {
        return Err(vm.type_error("not a slot wrapper"));
    };
    let Some(zelf) = args.positional().first() else {
        return Err(vm.type_error(format!(
            "descriptor '{}' of '{}' object needs an argument",
            name,
            d.owner_type().tp_name()
        )));
    };
    check_self(vm, d, zelf, true)?;
    call_wrapper(vm, d, *kind, name, zelf, FuncArgs { args: &args.args[1..], kwnames: args.kwnames })
}

fn wrapper_descriptor_get(vm: &Vm, v: &Value, obj: Option<&Value>, _ty: Option<&Value>) -> PyResult {
    let d = descr_of(vm, v)?;
    let Some(obj) = obj.filter(|o| !none::is_none(o)) else {
        return Ok(v.clone());
    };
    check_self(vm, d, obj, true)?;
    let r = alloc(METHOD_WRAPPER_TYPE.get(), MethodWrapper { descr: v.clone(), zelf: obj.clone() })
        .ok_or_else(|| vm.memory_error())?;
    let r = r.into_value();
    crate::gc::track(vm, &r);
    Ok(r)
}

/// The payload of `method-wrapper` objects: a slot wrapper bound to an object.
pub struct MethodWrapper {
    pub descr: Value,
    pub zelf: Value,
}

// SAFETY: MethodWrapper is the only payload with LayoutId::MethodWrapper.
unsafe impl Payload for MethodWrapper {
    const LAYOUT: LayoutId = LayoutId::MethodWrapper;
}

fn method_wrapper_call(vm: &Vm, v: &Value, args: FuncArgs<'_>) -> PyResult {
    let w = v.downcast_ref::<MethodWrapper>().ok_or_else(|| vm.type_error("not a method-wrapper"))?;
    let d = descr_of(vm, &w.descr)?;
    let DescrKind::Wrapper { kind, name } = &d.kind else {
        return Err(vm.type_error("not a slot wrapper"));
    };
    call_wrapper(vm, d, *kind, name, &w.zelf, args)
}

fn method_wrapper_repr(vm: &Vm, v: &Value) -> PyResult {
    let w = v.downcast_ref::<MethodWrapper>().ok_or_else(|| vm.type_error("not a method-wrapper"))?;
    let d = descr_of(vm, &w.descr)?;
    Ok(new_string(format!(
        "<method-wrapper '{}' of {} object at {:#x}>",
        d.name(),
        w.zelf.ty().tp_name(),
        w.zelf.id_word()
    ))
    .into_value())
}

fn getset_get(vm: &Vm, v: &Value, obj: Option<&Value>, _ty: Option<&Value>) -> PyResult {
    let d = descr_of(vm, v)?;
    let Some(obj) = obj.filter(|o| !none::is_none(o) || d.owner_type().is_subtype(super::none::NONE_TYPE.get())) else {
        return Ok(v.clone());
    };
    check_self(vm, d, obj, false)?;
    match &d.kind {
        DescrKind::GetSet(g) => match g.get {
            Some(f) => f(vm, obj),
            None => Err(vm.attribute_error(obj, &new_string(g.name.to_string()).into_value(), format!(
                "attribute '{}' of '{}' objects is not readable",
                g.name,
                d.owner_type().tp_name()
            ))),
        },
        DescrKind::Member(m) => (m.get)(vm, obj),
        DescrKind::Slot { name, index } => {
            let h = obj.as_object().ok_or_else(|| vm.internal_error("slot of a small int"))?;
            // SAFETY: `obj` is an instance of the owner, whose layout has the slots.
            let slots = unsafe { super::value::instance_slots(h) };
            let cell = slots.get(*index).ok_or_else(|| vm.internal_error("slot index out of range"))?;
            let cur = cell.take();
            let r = cur.clone();
            cell.set(cur);
            r.ok_or_else(|| {
                vm.attribute_error(obj, name, format!(
                    "'{}' object has no attribute '{}'",
                    obj.ty().tp_name(),
                    crate::objects::str_type::display_str(name)
                ))
            })
        }
        _ => Ok(v.clone()),
    }
}

fn getset_set(vm: &Vm, v: &Value, obj: &Value, value: Option<Value>) -> PyResult<()> {
    let d = descr_of(vm, v)?;
    check_self(vm, d, obj, false)?;
    let not_writable = |name: &str| {
        vm.attribute_error(obj, &new_string(name.to_string()).into_value(), format!(
            "attribute '{}' of '{}' objects is not writable",
            name,
            d.owner_type().tp_name()
        ))
    };
    match &d.kind {
        DescrKind::GetSet(g) => match g.set {
            Some(f) => f(vm, obj, value),
            None => Err(not_writable(g.name)),
        },
        DescrKind::Member(m) => match m.set {
            Some(f) => f(vm, obj, value),
            None => Err(not_writable(m.name)),
        },
        DescrKind::Slot { name, index } => {
            let h = obj.as_object().ok_or_else(|| vm.internal_error("slot of a small int"))?;
            // SAFETY: `obj` is an instance of the owner, whose layout has the slots.
            let slots = unsafe { super::value::instance_slots(h) };
            let cell = slots.get(*index).ok_or_else(|| vm.internal_error("slot index out of range"))?;
            match value {
                Some(x) => {
                    let old = cell.replace(Some(x));
                    drop(old);
                    Ok(())
                }
                None => {
                    let old = cell.take();
                    if old.is_none() {
                        return Err(vm.attribute_error(obj, name, crate::objects::str_type::display_str(name)));
                    }
                    drop(old);
                    Ok(())
                }
            }
        }
        _ => Err(vm.type_error("not a data descriptor")),
    }
}

fn descr_get_name(vm: &Vm, v: &Value) -> PyResult {
    Ok(new_string(descr_of(vm, v)?.name()).into_value())
}

fn descr_get_qualname(vm: &Vm, v: &Value) -> PyResult {
    let d = descr_of(vm, v)?;
    Ok(new_string(format!("{}.{}", d.owner_type().qualname(), d.name())).into_value())
}

fn descr_get_objclass(vm: &Vm, v: &Value) -> PyResult {
    Ok(descr_of(vm, v)?.owner.clone())
}

fn descr_get_doc(vm: &Vm, v: &Value) -> PyResult {
    let d = descr_of(vm, v)?;
    let doc = match &d.kind {
        DescrKind::Method(m) => m.doc,
        DescrKind::GetSet(g) => g.doc,
        DescrKind::Member(m) => m.doc,
        DescrKind::Wrapper { .. } => None,
        DescrKind::Slot { .. } => None,
    };
    Ok(match doc {
        Some(s) => new_string(doc_without_signature(s).to_string()).into_value(),
        None => none::none(),
    })
}

/// The docstring without a leading `name(sig)\n--\n\n` text signature.
pub fn doc_without_signature(doc: &str) -> &str {
    match doc.find("\n--\n\n") {
        Some(i) => &doc[i + 5..],
        None => doc,
    }
}

static DESCR_GETSETS: &[GetSetDef] = &[
    GetSetDef { name: "__name__", get: Some(descr_get_name), set: None, doc: None },
    GetSetDef { name: "__qualname__", get: Some(descr_get_qualname), set: None, doc: None },
    GetSetDef { name: "__objclass__", get: Some(descr_get_objclass), set: None, doc: None },
    GetSetDef { name: "__doc__", get: Some(descr_get_doc), set: None, doc: None },
];

const METHOD_DESCRIPTOR_SLOTS: Slots = Slots {
    repr: Cell::new(Some(descr_repr)),
    call: Cell::new(Some(method_descriptor_call)),
    descr_get: Cell::new(Some(method_descriptor_get)),
    new: Cell::new(None),
    ..OBJECT_SLOTS
};

static METHOD_DESCRIPTOR_DEF: TypeDef = TypeDef { getsets: DESCR_GETSETS, ..TypeDef::new("method_descriptor") };
builtin_type!(pub METHOD_DESCRIPTOR_TYPE: Descr, def &METHOD_DESCRIPTOR_DEF, base &OBJECT_TYPE.0, mro [&OBJECT_TYPE.0],
    slots METHOD_DESCRIPTOR_SLOTS, flags tpflags::METHOD_DESCRIPTOR | tpflags::HAVE_VECTORCALL, layout ObjectLayout::plain());

const CLASSMETHOD_DESCRIPTOR_SLOTS: Slots = Slots {
    call: Cell::new(Some(classmethod_descriptor_call)),
    descr_get: Cell::new(Some(classmethod_descriptor_get)),
    ..METHOD_DESCRIPTOR_SLOTS
};
static CLASSMETHOD_DESCRIPTOR_DEF: TypeDef = TypeDef { getsets: DESCR_GETSETS, ..TypeDef::new("classmethod_descriptor") };
builtin_type!(pub CLASSMETHOD_DESCRIPTOR_TYPE: Descr, def &CLASSMETHOD_DESCRIPTOR_DEF, base &OBJECT_TYPE.0, mro [&OBJECT_TYPE.0],
    slots CLASSMETHOD_DESCRIPTOR_SLOTS, flags tpflags::DEFAULT, layout ObjectLayout::plain());

const STATICMETHOD_BUILTIN_SLOTS: Slots = Slots {
    call: Cell::new(Some(staticmethod_builtin_call)),
    descr_get: Cell::new(Some(staticmethod_builtin_get)),
    ..METHOD_DESCRIPTOR_SLOTS
};
static STATICMETHOD_BUILTIN_DEF: TypeDef = TypeDef { getsets: DESCR_GETSETS, ..TypeDef::new("staticmethod") };
builtin_type!(pub STATICMETHOD_BUILTIN_TYPE: Descr, def &STATICMETHOD_BUILTIN_DEF, base &OBJECT_TYPE.0, mro [&OBJECT_TYPE.0],
    slots STATICMETHOD_BUILTIN_SLOTS, flags tpflags::DEFAULT, layout ObjectLayout::plain());

const WRAPPER_DESCRIPTOR_SLOTS: Slots = Slots {
    call: Cell::new(Some(wrapper_descriptor_call)),
    descr_get: Cell::new(Some(wrapper_descriptor_get)),
    ..METHOD_DESCRIPTOR_SLOTS
};
static WRAPPER_DESCRIPTOR_DEF: TypeDef = TypeDef { getsets: DESCR_GETSETS, ..TypeDef::new("wrapper_descriptor") };
builtin_type!(pub WRAPPER_DESCRIPTOR_TYPE: Descr, def &WRAPPER_DESCRIPTOR_DEF, base &OBJECT_TYPE.0, mro [&OBJECT_TYPE.0],
    slots WRAPPER_DESCRIPTOR_SLOTS, flags tpflags::METHOD_DESCRIPTOR, layout ObjectLayout::plain());

const GETSET_DESCRIPTOR_SLOTS: Slots = Slots {
    repr: Cell::new(Some(descr_repr)),
    descr_get: Cell::new(Some(getset_get)),
    descr_set: Cell::new(Some(getset_set)),
    new: Cell::new(None),
    ..OBJECT_SLOTS
};
static GETSET_DESCRIPTOR_DEF: TypeDef = TypeDef { getsets: DESCR_GETSETS, ..TypeDef::new("getset_descriptor") };
builtin_type!(pub GETSET_DESCRIPTOR_TYPE: Descr, def &GETSET_DESCRIPTOR_DEF, base &OBJECT_TYPE.0, mro [&OBJECT_TYPE.0],
    slots GETSET_DESCRIPTOR_SLOTS, flags tpflags::DEFAULT, layout ObjectLayout::plain());
static MEMBER_DESCRIPTOR_DEF: TypeDef = TypeDef { getsets: DESCR_GETSETS, ..TypeDef::new("member_descriptor") };
builtin_type!(pub MEMBER_DESCRIPTOR_TYPE: Descr, def &MEMBER_DESCRIPTOR_DEF, base &OBJECT_TYPE.0, mro [&OBJECT_TYPE.0],
    slots GETSET_DESCRIPTOR_SLOTS, flags tpflags::DEFAULT, layout ObjectLayout::plain());

const METHOD_WRAPPER_SLOTS: Slots = Slots {
    repr: Cell::new(Some(method_wrapper_repr)),
    call: Cell::new(Some(method_wrapper_call)),
    new: Cell::new(None),
    ..OBJECT_SLOTS
};
static METHOD_WRAPPER_DEF: TypeDef = TypeDef::new("method-wrapper");
builtin_type!(pub METHOD_WRAPPER_TYPE: MethodWrapper, def &METHOD_WRAPPER_DEF, base &OBJECT_TYPE.0, mro [&OBJECT_TYPE.0],
    slots METHOD_WRAPPER_SLOTS, flags tpflags::HAVE_GC, layout ObjectLayout::gc());

// ---------------------------------------------------------------------------
// builtin_function_or_method.

/// The payload of builtin functions and builtin methods bound to an object.
pub struct BuiltinFunction {
    pub def: &'static MethodDef,
    /// The receiver (`__self__`): a bound object, a module, or a class.
    pub zelf: Option<Value>,
    /// The type the method came from, for `__qualname__` and errors.
    pub owner: Option<Value>,
    /// `__module__` for module-level functions.
    pub module: Option<Value>,
}

// SAFETY: BuiltinFunction is the only payload with LayoutId::BuiltinFunction.
unsafe impl Payload for BuiltinFunction {
    const LAYOUT: LayoutId = LayoutId::BuiltinFunction;
}

/// A bound builtin method (`[].append`).
pub fn new_builtin_method(vm: &Vm, def: &'static MethodDef, zelf: Option<Value>, owner: Option<Value>) -> Value {
    let r = alloc(BUILTIN_FUNCTION_TYPE.get(), BuiltinFunction { def, zelf, owner, module: None })
        .unwrap_or_else(|| std::alloc::handle_alloc_error(std::alloc::Layout::new::<BuiltinFunction>()));
    let v = r.into_value();
    crate::gc::track(vm, &v);
    v
}

/// A module-level builtin function (`len`), bound to its module. Builtin
/// functions of the shared `builtins` template are immortal.
pub fn new_module_function(def: &'static MethodDef, module: Option<Value>, module_name: Option<Value>) -> Value {
    let r = alloc(BUILTIN_FUNCTION_TYPE.get(), BuiltinFunction { def, zelf: module, owner: None, module: module_name })
        .unwrap_or_else(|| std::alloc::handle_alloc_error(std::alloc::Layout::new::<BuiltinFunction>()));
    r.into_value()
}

/// `T.__new__`, bound to the type (CPython `tp_new_wrapper`).
pub fn new_tp_new_wrapper(ty: &TypeObject) -> Value {
    let r = alloc(
        BUILTIN_FUNCTION_TYPE.get(),
        BuiltinFunction { def: &TP_NEW_DEF, zelf: Some(ty.to_value()), owner: None, module: None },
    )
    .unwrap_or_else(|| std::alloc::handle_alloc_error(std::alloc::Layout::new::<BuiltinFunction>()));
    r.header().make_immortal();
    r.into_value()
}

static TP_NEW_DEF: MethodDef = MethodDef {
    name: "__new__",
    func: MethodFn::FastKw(tp_new_wrapper),
    doc: Some("Create and return a new object.  See help(type) for accurate signature."),
};

/// `int.__new__(cls, *args)` (CPython `tp_new_wrapper`).
fn tp_new_wrapper(vm: &Vm, zelf: &Value, args: FuncArgs<'_>) -> PyResult {
    let ty = zelf.downcast_ref::<super::type_::TypeData>().ok_or_else(|| vm.internal_error("__new__ of a non-type"))?;
    let name = ty.tp_name().to_string();
    let Some(sub) = args.positional().first() else {
        return Err(vm.type_error(format!("{name}.__new__(): not enough arguments")));
    };
    let Some(subtype) = sub.downcast_ref::<super::type_::TypeData>() else {
        return Err(vm.type_error(format!(
            "{name}.__new__(X): X is not a type object ({})",
            sub.ty().tp_name()
        )));
    };
    if !subtype.is_subtype(ty) {
        return Err(vm.type_error(format!(
            "{name}.__new__({}): {} is not a subtype of {name}",
            subtype.tp_name(),
            subtype.tp_name()
        )));
    }
    // The most derived builtin base of `subtype` must use this very tp_new
    // (CPython's "is not safe, use X.__new__()" check).
    let mut staticbase = subtype;
    while staticbase.is_heap_type() {
        match staticbase.base() {
            Some(b) => staticbase = b,
            None => break,
        }
    }
    let new = ty.slots.new.get().ok_or_else(|| vm.type_error(format!("cannot create '{name}' instances")))?;
    if let Some(sn) = staticbase.slots.new.get() {
        if !std::ptr::fn_addr_eq(sn, new) {
            return Err(vm.type_error(format!(
                "{name}.__new__({}) is not safe, use {}.__new__()",
                subtype.tp_name(),
                staticbase.tp_name()
            )));
        }
    }
    new(vm, subtype, FuncArgs { args: &args.args[1..], kwnames: args.kwnames })
}

fn builtin_function_call(vm: &Vm, v: &Value, args: FuncArgs<'_>) -> PyResult {
    let f = v.downcast_ref::<BuiltinFunction>().ok_or_else(|| vm.type_error("not a builtin function"))?;
    let zelf = f.zelf.clone().unwrap_or_else(none::none);
    let qual = || builtin_qualname(f);
    let r = call_method_def(vm, f.def, &qual, &zelf, args);
    vm.check_signals_after_native_call(r)
}

fn builtin_qualname(f: &BuiltinFunction) -> String {
    match (&f.owner, &f.zelf) {
        (Some(o), _) => match o.downcast_ref::<super::type_::TypeData>() {
            Some(t) => format!("{}.{}", t.tp_name(), f.def.name),
            None => f.def.name.to_string(),
        },
        (None, Some(z)) if z.downcast_ref::<super::type_::TypeData>().is_some() && f.def.name == "__new__" => {
            let t = z.downcast_ref::<super::type_::TypeData>().map(|t| t.tp_name().to_string()).unwrap_or_default();
            format!("{t}.__new__")
        }
        _ => f.def.name.to_string(),
    }
}

fn builtin_function_repr(vm: &Vm, v: &Value) -> PyResult {
    let f = v.downcast_ref::<BuiltinFunction>().ok_or_else(|| vm.type_error("not a builtin function"))?;
    let s = match &f.zelf {
        Some(z) if z.downcast_ref::<super::module::Module>().is_none() => {
            if let Some(t) = z.downcast_ref::<super::type_::TypeData>() {
                format!("<built-in method {} of type object at {:#x}>", f.def.name, t.addr())
            } else {
                format!(
                    "<built-in method {} of {} object at {:#x}>",
                    f.def.name,
                    z.ty().tp_name(),
                    z.id_word()
                )
            }
        }
        _ => format!("<built-in function {}>", f.def.name),
    };
    Ok(new_string(s).into_value())
}

fn builtin_get_name(vm: &Vm, v: &Value) -> PyResult {
    let f = v.downcast_ref::<BuiltinFunction>().ok_or_else(|| vm.type_error("not a builtin function"))?;
    Ok(new_string(f.def.name.to_string()).into_value())
}

fn builtin_get_qualname(vm: &Vm, v: &Value) -> PyResult {
    let f = v.downcast_ref::<BuiltinFunction>().ok_or_else(|| vm.type_error("not a builtin function"))?;
    Ok(new_string(builtin_qualname(f)).into_value())
}

fn builtin_get_self(vm: &Vm, v: &Value) -> PyResult {
    let f = v.downcast_ref::<BuiltinFunction>().ok_or_else(|| vm.type_error("not a builtin function"))?;
    Ok(f.zelf.clone().unwrap_or_else(none::none))
}

fn builtin_get_module(vm: &Vm, v: &Value) -> PyResult {
    let f = v.downcast_ref::<BuiltinFunction>().ok_or_else(|| vm.type_error("not a builtin function"))?;
    Ok(f.module.clone().unwrap_or_else(none::none))
}

fn builtin_get_doc(vm: &Vm, v: &Value) -> PyResult {
    let f = v.downcast_ref::<BuiltinFunction>().ok_or_else(|| vm.type_error("not a builtin function"))?;
    Ok(match f.def.doc {
        Some(d) => new_string(doc_without_signature(d).to_string()).into_value(),
        None => none::none(),
    })
}

fn builtin_hash(vm: &Vm, v: &Value) -> PyResult<i64> {
    let f = v.downcast_ref::<BuiltinFunction>().ok_or_else(|| vm.type_error("not a builtin function"))?;
    let a = match &f.zelf {
        Some(z) => vm.hash(z).unwrap_or(0),
        None => 0,
    };
    Ok(super::hash::fix(a ^ super::hash::hash_pointer(f.def as *const MethodDef as usize)))
}

fn builtin_richcompare(_vm: &Vm, v: &Value, w: &Value, op: CompareOp) -> PyResult {
    let (Some(a), Some(b)) = (v.downcast_ref::<BuiltinFunction>(), w.downcast_ref::<BuiltinFunction>()) else {
        return Ok(none::not_implemented());
    };
    if !matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(none::not_implemented());
    }
    let same_self = match (&a.zelf, &b.zelf) {
        (Some(x), Some(y)) => x.is(y),
        (None, None) => true,
        _ => false,
    };
    let eq = std::ptr::eq(a.def, b.def) && same_self;
    Ok(bool_::new_bool(if op == CompareOp::Eq { eq } else { !eq }))
}

fn builtin_reduce(vm: &Vm, v: &Value) -> PyResult {
    let f = v.downcast_ref::<BuiltinFunction>().ok_or_else(|| vm.type_error("not a builtin function"))?;
    match &f.zelf {
        Some(z) if z.downcast_ref::<super::module::Module>().is_none() => {
            let getattr = vm.builtin("getattr")?;
            let args = super::tuple::pair(z.clone(), new_string(f.def.name.to_string()).into_value());
            Ok(super::tuple::pair(getattr, args.into_value()).into_value())
        }
        _ => Ok(new_string(f.def.name.to_string()).into_value()),
    }
}

static BUILTIN_FUNCTION_METHODS: &[MethodDef] = &[MethodDef {
    name: "__reduce__",
    func: MethodFn::NoArgs(builtin_reduce),
    doc: None,
}];

static BUILTIN_FUNCTION_GETSETS: &[GetSetDef] = &[
    GetSetDef { name: "__name__", get: Some(builtin_get_name), set: None, doc: None },
    GetSetDef { name: "__qualname__", get: Some(builtin_get_qualname), set: None, doc: None },
    GetSetDef { name: "__self__", get: Some(builtin_get_self), set: None, doc: None },
    GetSetDef { name: "__module__", get: Some(builtin_get_module), set: None, doc: None },
    GetSetDef { name: "__doc__", get: Some(builtin_get_doc), set: None, doc: None },
];

const BUILTIN_FUNCTION_SLOTS: Slots = Slots {
    repr: Cell::new(Some(builtin_function_repr)),
    call: Cell::new(Some(builtin_function_call)),
    hash: Cell::new(Some(builtin_hash)),
    richcompare: Cell::new(Some(builtin_richcompare)),
    new: Cell::new(None),
    ..OBJECT_SLOTS
};

static BUILTIN_FUNCTION_DEF: TypeDef = TypeDef {
    methods: BUILTIN_FUNCTION_METHODS,
    getsets: BUILTIN_FUNCTION_GETSETS,
    ..TypeDef::new("builtin_function_or_method")
};
builtin_type!(pub BUILTIN_FUNCTION_TYPE: BuiltinFunction, def &BUILTIN_FUNCTION_DEF, base &OBJECT_TYPE.0, mro [&OBJECT_TYPE.0],
    slots BUILTIN_FUNCTION_SLOTS, flags tpflags::HAVE_GC | tpflags::HAVE_VECTORCALL, layout ObjectLayout::gc());

/// Unused marker keeping the tuple import meaningful for future getsets.
pub type _TupleAlias = Tuple;

impl PyObject<Descr> {
    pub fn descr_name(&self) -> String {
        self.payload.name()
    }
}
