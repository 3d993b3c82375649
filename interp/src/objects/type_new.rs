//! Making classes: `type(name, bases, dict)` and the `class` statement's
//! `__build_class__`, the MRO, `__slots__`, layouts and slot inheritance.
//!
//! CPython: Objects/typeobject.c (`type_new` and its helpers, `mro_internal`,
//! `best_base`, `solid_base`, `_PyType_CalculateMetaclass`), Python/bltinmodule.c
//! (`builtin___build_class__`).

use std::cell::RefCell;

use super::dict::{Dict, new_dict};
use super::str::{Str, new_string};
use super::tuple::{Tuple, new_tuple};
use super::type_::{
    GetSetDef, HeapTypeData, Slots, TYPE_TYPE, TypeData, TypeDef, TypeObject, tpflags,
};
use super::value::{LayoutId, ObjectLayout, PyRef, Value, alloc};
use crate::objects::baseobject::OBJECT_TYPE;
use crate::objects::none;
use crate::vm::{FuncArgs, PyResult, Vm};

/// The `TypeDef` every heap type shares (its own data is in `HeapTypeData`).
static HEAP_TYPE_DEF: TypeDef = TypeDef::new("heaptype");

/// `_PyType_CalculateMetaclass`: the most derived metaclass among `meta` and
/// the bases' types.
pub fn calculate_metaclass<'a>(vm: &Vm, meta: &'a TypeObject, bases: &'a [Value]) -> PyResult<&'a TypeObject> {
    let mut winner = meta;
    for b in bases {
        let bt = b.ty();
        if winner.is_subtype(bt) {
            continue;
        }
        if bt.is_subtype(winner) {
            winner = bt;
            continue;
        }
        return Err(vm.type_error(
            "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
        ));
    }
    Ok(winner)
}

/// The layout-defining base (CPython `solid_base`).
fn solid_base(t: &TypeObject) -> &TypeObject {
    let base = match t.base() {
        Some(b) => solid_base(b),
        None => return t,
    };
    if extra_ivars(t, base) { t } else { base }
}

/// Whether `t` adds instance state beyond `base`'s (a different payload or slots).
fn extra_ivars(t: &TypeObject, base: &TypeObject) -> bool {
    let (a, b) = (t.object_layout(), base.object_layout());
    t.layout_id() != base.layout_id() || a.nslots != b.nslots
}

/// `best_base`: the base whose solid base is the most derived; error on a
/// layout conflict.
fn best_base<'a>(vm: &Vm, bases: &'a [Value]) -> PyResult<&'a TypeObject> {
    let mut winner: Option<&TypeObject> = None;
    let mut base: Option<&TypeObject> = None;
    for b in bases {
        let Some(bt) = b.downcast_ref::<TypeData>() else {
            return Err(vm.type_error("bases must be types"));
        };
        if !bt.has_flag(tpflags::BASETYPE) {
            return Err(vm.type_error(format!("type '{}' is not an acceptable base type", bt.tp_name())));
        }
        let candidate = solid_base(bt);
        match winner {
            None => {
                winner = Some(candidate);
                base = Some(bt);
            }
            Some(w) if w.is_subtype(candidate) => {}
            Some(w) if candidate.is_subtype(w) => {
                winner = Some(candidate);
                base = Some(bt);
            }
            Some(_) => return Err(vm.type_error("multiple bases have instance lay-out conflict")),
        }
    }
    base.ok_or_else(|| vm.internal_error("no bases"))
}

/// `type.__new__(metatype, name, bases, dict, **kwds)`.
pub fn type_new(vm: &Vm, metatype: &TypeObject, args: FuncArgs<'_>) -> PyResult {
    let pos = args.positional();
    // type(x) is handled by type_call; type.__new__(type, x) too.
    if pos.len() == 1 && std::ptr::eq(metatype, TYPE_TYPE.get()) && !args.has_kwargs() {
        return Ok(pos[0].ty().to_value());
    }
    if pos.len() != 3 {
        if std::ptr::eq(metatype, TYPE_TYPE.get()) || pos.len() != 1 {
            return Err(vm.type_error("type() takes 1 or 3 arguments"));
        }
    }
    let name = pos[0].clone().downcast::<Str>().map_err(|v| {
        vm.type_error(format!("type.__new__() argument 1 must be str, not {}", v.ty().tp_name()))
    })?;
    let bases = pos[1].clone().downcast::<Tuple>().map_err(|v| {
        vm.type_error(format!("type.__new__() argument 2 must be tuple, not {}", v.ty().tp_name()))
    })?;
    let ns = pos[2].clone().downcast::<Dict>().map_err(|v| {
        vm.type_error(format!("type.__new__() argument 3 must be dict, not {}", v.ty().tp_name()))
    })?;
    let kwargs: Vec<(Value, Value)> = args.kwargs().map(|(k, v)| (k.clone(), v.clone())).collect();
    new_heap_type(vm, metatype, name, bases, ns, kwargs)
}

/// The body of `type.__new__` once its arguments are checked.
pub fn new_heap_type(
    vm: &Vm,
    metatype: &TypeObject,
    name: PyRef<Str>,
    bases: PyRef<Tuple>,
    ns: PyRef<Dict>,
    kwargs: Vec<(Value, Value)>,
) -> PyResult {
    // The winner borrows from the bases; keep them alive for the whole call.
    let bases_held = bases.clone();
    let winner = calculate_metaclass(vm, metatype, bases_held.as_slice())?;
    if !std::ptr::eq(winner, metatype) {
        if let Some(wn) = winner.slots.new.get() {
            if !std::ptr::fn_addr_eq(wn, type_new as super::type_::NewFn) {
                // A more derived metaclass with its own __new__ takes over.
                let args = vec![name.into_value(), bases.into_value(), ns.into_value()];
                return vm.call(&winner.to_value(), &args);
            }
        }
    }
    let metatype = winner;
    let bases: PyRef<Tuple> = if bases.is_empty() {
        new_tuple(vec![OBJECT_TYPE.value()])
    } else {
        bases
    };
    for b in bases.as_slice() {
        if b.downcast_ref::<TypeData>().is_none() {
            return Err(vm.type_error(format!(
                "bases must be types"
            )));
        }
    }
    let base = best_base(vm, bases.as_slice())?;
    // The namespace becomes the class dict (a copy, so the caller's is untouched).
    let dict = new_dict(vm);
    dict.copy_from(&ns);

    // __slots__.
    let slots_spec = dict.get_str_item_rs("__slots__");
    let base_layout = base.object_layout();
    let base_has_dict = base.has_instance_dict() || base_layout.extras && base.has_flag(tpflags::MANAGED_DICT);
    let (slot_names, add_dict, add_weak) = match &slots_spec {
        None => (Vec::new(), !base_has_dict, true),
        Some(spec) => {
            let names: Vec<Value> = if spec.downcast_ref::<Str>().is_some() {
                vec![spec.clone()]
            } else {
                vm.to_vec(spec)?
            };
            let mut out = Vec::new();
            let mut want_dict = false;
            let mut want_weak = false;
            for n in names {
                let s = n.clone().downcast::<Str>().map_err(|v| {
                    vm.type_error(format!("__slots__ items must be strings, not '{}'", v.ty().tp_name()))
                })?;
                let text = s.to_string_lossy();
                if !is_identifier(&text) {
                    return Err(vm.type_error("__slots__ must be identifiers"));
                }
                if text == "__dict__" {
                    if want_dict || base_has_dict {
                        return Err(vm.type_error("__dict__ slot disallowed: we already got one"));
                    }
                    want_dict = true;
                    continue;
                }
                if text == "__weakref__" {
                    if want_weak {
                        return Err(vm.type_error("__weakref__ slot disallowed: we already got one"));
                    }
                    want_weak = true;
                    continue;
                }
                let mangled = mangle(&name.to_string_lossy(), &text);
                if out.iter().any(|m: &String| *m == mangled) {
                    return Err(vm.type_error(format!("duplicate slot name '{mangled}'")));
                }
                if dict.get_str_item_rs(&mangled).is_some() {
                    return Err(vm.value_error(format!(
                        "'{text}' in __slots__ conflicts with class variable"
                    )));
                }
                out.push(mangled);
            }
            if !out.is_empty() && matches!(base.layout_id(), LayoutId::Int | LayoutId::Tuple | LayoutId::Bytes) {
                return Err(vm.type_error(format!(
                    "nonempty __slots__ not supported for subtype of '{}'",
                    base.tp_name()
                )));
            }
            (out, want_dict && !base_has_dict, want_weak)
        }
    };
    let nslots = base_layout.nslots + slot_names.len() as u32;
    let extras = base_layout.extras || add_dict || add_weak || base.layout_id() == LayoutId::Object;
    let layout = ObjectLayout::with(true, extras, nslots);

    // Flags: heap, base, GC, and the subclass bits inherited from the base.
    let inherit_mask = tpflags::LONG_SUBCLASS
        | tpflags::LIST_SUBCLASS
        | tpflags::TUPLE_SUBCLASS
        | tpflags::BYTES_SUBCLASS
        | tpflags::UNICODE_SUBCLASS
        | tpflags::DICT_SUBCLASS
        | tpflags::BASE_EXC_SUBCLASS
        | tpflags::TYPE_SUBCLASS
        | tpflags::SEQUENCE
        | tpflags::MAPPING
        | tpflags::MANAGED_DICT;
    let mut flags = tpflags::HEAPTYPE | tpflags::BASETYPE | tpflags::HAVE_GC | tpflags::READY;
    for b in bases.as_slice() {
        if let Some(bt) = b.downcast_ref::<TypeData>() {
            flags |= bt.flags() & inherit_mask;
        }
    }
    if add_dict || (slots_spec.is_none() && !base_has_dict) || base_has_dict {
        flags |= tpflags::MANAGED_DICT;
    }
    if slots_spec.is_some() && !add_dict && !base_has_dict {
        flags &= !tpflags::MANAGED_DICT;
    }

    // __qualname__ comes out of the dict.
    let qualname = match dict.get_str_item_rs("__qualname__") {
        Some(q) => {
            let q = q.downcast::<Str>().map_err(|v| {
                vm.type_error(format!("type __qualname__ must be a str, not {}", v.ty().tp_name()))
            })?;
            dict.del_str_item(&q.clone());
            dict.del_str_item(&Str::from_string("__qualname__".into()));
            q
        }
        None => name.clone(),
    };
    // __module__ defaults to the caller's __name__.
    if dict.get_str_item_rs("__module__").is_none() {
        if let Some(m) = vm.caller_global("__name__") {
            dict.set_str_item(vm.intern("__module__"), m);
        }
    }
    if dict.get_str_item_rs("__doc__").is_none() {
        dict.set_str_item(vm.intern("__doc__"), none::none());
    }
    // __new__ is a static method; __init_subclass__ and __class_getitem__ class methods.
    for (n, wrap) in [("__new__", "staticmethod"), ("__init_subclass__", "classmethod"), ("__class_getitem__", "classmethod")] {
        if let Some(f) = dict.get_str_item_rs(n) {
            if f.downcast_ref::<super::function::Function>().is_some() {
                let w = if wrap == "staticmethod" {
                    super::method::new_staticmethod(vm, f)?
                } else {
                    super::method::new_classmethod(vm, f)?
                };
                dict.set_str_item(vm.intern(n), w);
            }
        }
    }
    let classcell = dict.get_str_item_rs("__classcell__");
    if classcell.is_some() {
        dict.del_str_item(&Str::from_string("__classcell__".into()));
    }

    let base_ptr: *const TypeObject = base;
    let mro_placeholder = new_tuple(Vec::new());
    let heap = HeapTypeData {
        name: RefCell::new(name.clone()),
        qualname: RefCell::new(qualname),
        dict: dict.clone(),
        bases: RefCell::new(bases.clone()),
        mro: RefCell::new(mro_placeholder),
        mro_ptrs: RefCell::new(Box::new([])),
        slot_names: None,
        subclasses: RefCell::new(Vec::new()),
        interp_id: vm.interp.gil_state().id(),
    };
    let data = TypeData {
        def: &HEAP_TYPE_DEF,
        flags: std::cell::Cell::new(flags),
        base: std::cell::Cell::new(base_ptr),
        mro: std::cell::Cell::new(&[] as &[*const TypeObject]),
        static_bases: &[],
        slots: Slots::EMPTY,
        layout: std::cell::Cell::new(layout),
        layout_id: base.layout_id(),
        vtable: base.payload.vtable,
        attrs: std::sync::OnceLock::new(),
        heap: Some(Box::new(heap)),
        version: std::sync::atomic::AtomicU32::new(0),
    };
    let r: PyRef<TypeData> = alloc(metatype, data).ok_or_else(|| vm.memory_error())?;
    let ty_value = r.clone().into_value();
    crate::gc::track(vm, &ty_value);
    let ty: &TypeObject = &r;

    // The MRO (a metaclass may override mro()).
    let mro = if std::ptr::eq(metatype, TYPE_TYPE.get()) {
        compute_mro(vm, ty)?
    } else {
        let m = vm.get_attr_str(&ty_value, "mro")?;
        let l = vm.call(&m, &[])?;
        vm.to_vec(&l)?
    };
    set_mro(ty, mro)?;

    // Slots: start from the solid base, then dunders.
    ty.payload.slots.copy_from(&base.payload.slots);
    inherit_special_slots(ty, bases.as_slice());
    super::slots::fixup_slot_dispatchers(ty);
    fixup_new(vm, ty);

    // Member descriptors for __slots__, and __dict__/__weakref__ getsets.
    let first_slot = base_layout.nslots as usize;
    for (i, n) in slot_names.iter().enumerate() {
        let key = vm.intern(n);
        let d = super::descr::new_slot_member(vm, ty, key.as_value().clone(), first_slot + i)?;
        dict.set_str_item(key, d);
    }
    if ty.has_instance_dict() && !base.has_instance_dict() {
        let d = super::descr::new_heap_getset(vm, ty, &DICT_GETSET)?;
        dict.set_str_item(vm.intern("__dict__"), d);
    }
    if add_weak && slots_spec.is_none() && base.layout_id() == LayoutId::Object && !base.is_heap_type() {
        let d = super::descr::new_heap_getset(vm, ty, &WEAKREF_GETSET)?;
        dict.set_str_item(vm.intern("__weakref__"), d);
    } else if add_weak && slots_spec.is_some() {
        let d = super::descr::new_heap_getset(vm, ty, &WEAKREF_GETSET)?;
        dict.set_str_item(vm.intern("__weakref__"), d);
    }

    for b in bases.as_slice() {
        if let Some(bt) = b.downcast_ref::<TypeData>() {
            vm.state().add_subclass(bt, ty);
        }
    }
    if let Some(cell) = classcell {
        match cell.downcast_ref::<super::cell::Cell>() {
            Some(c) => c.set(Some(ty_value.clone())),
            None => {
                return Err(vm.type_error(format!(
                    "__classcell__ must be a nonlocal cell, not {}",
                    cell.ty().tp_name()
                )));
            }
        }
    }

    // __set_name__, then the parent's __init_subclass__.
    for (k, v) in dict.items() {
        if let Some(set_name) = vm.lookup_special(&v, "__set_name__")? {
            if let Err(e) = vm.call(&set_name, &[ty_value.clone(), k.clone()]) {
                let note = format!(
                    "Error calling __set_name__ on '{}' instance '{}' in '{}'",
                    v.ty().name(),
                    crate::objects::str_type::display_str(&k),
                    name.as_str_lossy()
                );
                vm.add_note(&e, &note);
                return Err(e);
            }
        }
    }
    init_subclass(vm, &ty_value, kwargs)?;
    Ok(ty_value)
}

/// Calls `super(cls, cls).__init_subclass__(**kwargs)`.
fn init_subclass(vm: &Vm, cls: &Value, kwargs: Vec<(Value, Value)>) -> PyResult<()> {
    let sup = crate::objects::super_::new_super(vm, cls.clone(), cls.clone())?;
    let f = vm.get_attr_str(&sup, "__init_subclass__")?;
    let (names, values): (Vec<Value>, Vec<Value>) = kwargs.into_iter().unzip();
    if names.is_empty() {
        vm.call(&f, &[])?;
    } else {
        let kwnames = new_tuple(names);
        vm.call_args(&f, FuncArgs { args: &values, kwnames: Some(&kwnames) })?;
    }
    Ok(())
}

/// Slots a heap type inherits from its other bases that the solid base does
/// not provide (CPython `inherit_slots` over the MRO): e.g. a mixin's
/// builtin iteration slots.
fn inherit_special_slots(ty: &TypeObject, _bases: &[Value]) {
    let s = &ty.payload.slots;
    for t in ty.mro_types().skip(1) {
        if t.is_heap_type() {
            continue;
        }
        let o = &t.payload.slots;
        macro_rules! fill {
            ($($f:ident),*) => { $( if s.$f.get().is_none() { s.$f.set(o.$f.get()); } )* };
        }
        fill!(sq_concat, sq_repeat, sq_inplace_concat, sq_inplace_repeat, sq_item, iternext);
    }
}

/// `tp_new` of a heap type: the dispatcher when a Python `__new__` is
/// defined along the MRO before any builtin one, else the builtin's.
fn fixup_new(vm: &Vm, ty: &TypeObject) {
    let _ = vm;
    for t in ty.mro_types() {
        if let Some(h) = t.heap() {
            if h.dict.get_str_item_rs("__new__").is_some() {
                ty.payload.slots.new.set(Some(slot_tp_new));
                return;
            }
        } else {
            ty.payload.slots.new.set(t.payload.slots.new.get());
            return;
        }
    }
}

/// `cls(...)` for a class with a Python `__new__` (CPython `slot_tp_new`).
fn slot_tp_new(vm: &Vm, ty: &TypeObject, args: FuncArgs<'_>) -> PyResult {
    let tyv = ty.to_value();
    let f = vm.get_attr_str(&tyv, "__new__")?;
    let mut all = Vec::with_capacity(args.args.len() + 1);
    all.push(tyv);
    all.extend_from_slice(args.args);
    vm.call_args(&f, FuncArgs { args: &all, kwnames: args.kwnames })
}

/// Recomputes a heap type's slots (and its subclasses') after a dunder changed.
pub fn update_slots_recursive(vm: &Vm, ty: &TypeObject) {
    super::slots::fixup_slot_dispatchers(ty);
    fixup_new(vm, ty);
    for sub in vm.state().subclass_ptrs(ty) {
        // SAFETY: subclass pointers are removed when a type dies.
        let sub = unsafe { &*sub };
        sub.modified();
        update_slots_recursive(vm, sub);
    }
}

fn set_mro(ty: &TypeObject, mro: Vec<Value>) -> PyResult<()> {
    let Some(h) = ty.heap() else { return Ok(()) };
    let ptrs: Vec<*const TypeObject> = mro
        .iter()
        .filter_map(|v| v.downcast_ref::<TypeData>().map(|t| t as *const TypeObject))
        .collect();
    let tuple = new_tuple(mro);
    *h.mro_ptrs.borrow_mut() = ptrs.into_boxed_slice();
    let old = h.mro.replace(tuple);
    let p: *const [*const TypeObject] = &**h.mro_ptrs.borrow();
    ty.payload.mro.set(p);
    drop(old);
    Ok(())
}

/// The C3 linearisation (CPython `mro_implementation`), with CPython's error.
pub fn compute_mro(vm: &Vm, ty: &TypeObject) -> PyResult<Vec<Value>> {
    let bases: Vec<Value> = match ty.heap() {
        Some(h) => h.bases.borrow().as_slice().to_vec(),
        None => return Ok(ty.mro_types().map(|t| t.to_value()).collect()),
    };
    let mut seqs: Vec<Vec<Value>> = Vec::new();
    for b in &bases {
        let bt = b.downcast_ref::<TypeData>().ok_or_else(|| vm.type_error("bases must be types"))?;
        seqs.push(bt.mro_types().map(|t| t.to_value()).collect());
    }
    // Duplicate bases are an error of their own.
    for (i, b) in bases.iter().enumerate() {
        if bases[..i].iter().any(|x| x.is(b)) {
            let bt = b.downcast_ref::<TypeData>().map(|t| t.name().to_string()).unwrap_or_default();
            return Err(vm.type_error(format!("duplicate base class {bt}")));
        }
    }
    seqs.push(bases.clone());
    let mut result = vec![ty.to_value()];
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(result);
        }
        let mut candidate = None;
        for s in &seqs {
            let head = &s[0];
            let in_tail = seqs.iter().any(|t| t[1..].iter().any(|x| x.is(head)));
            if !in_tail {
                candidate = Some(head.clone());
                break;
            }
        }
        let Some(c) = candidate else {
            let names: Vec<String> = {
                let mut seen: Vec<Value> = Vec::new();
                for s in &seqs {
                    if !seen.iter().any(|x| x.is(&s[0])) {
                        seen.push(s[0].clone());
                    }
                }
                seen.iter()
                    .map(|t| t.downcast_ref::<TypeData>().map(|t| t.name().to_string()).unwrap_or_default())
                    .collect()
            };
            return Err(vm.type_error(format!(
                "Cannot create a consistent method resolution order (MRO) for bases {}",
                names.join(", ")
            )));
        };
        for s in seqs.iter_mut() {
            if s[0].is(&c) {
                s.remove(0);
            }
        }
        result.push(c);
    }
}

/// `cls.__bases__ = (...)`.
pub fn set_bases(vm: &Vm, v: &Value, value: Option<Value>) -> PyResult<()> {
    let ty = super::type_methods::type_of(vm, v)?;
    let Some(h) = ty.heap() else {
        return Err(vm.type_error(format!(
            "cannot set '__bases__' attribute of immutable type '{}'",
            ty.tp_name()
        )));
    };
    let value = value.ok_or_else(|| vm.type_error(format!("cannot delete '__bases__' attribute of immutable type '{}'", ty.name())))?;
    let bases = value.downcast::<Tuple>().map_err(|v| {
        vm.type_error(format!(
            "can only assign tuple to {}.__bases__, not {}",
            ty.name(),
            v.ty().tp_name()
        ))
    })?;
    if bases.is_empty() {
        return Err(vm.type_error(format!(
            "can only assign non-empty tuple to {}.__bases__, not ()",
            ty.name()
        )));
    }
    for b in bases.as_slice() {
        let Some(bt) = b.downcast_ref::<TypeData>() else {
            return Err(vm.type_error(format!(
                "{}.__bases__ must be tuple of classes, not '{}'",
                ty.name(),
                b.ty().tp_name()
            )));
        };
        if bt.is_subtype(ty) {
            return Err(vm.type_error("a __bases__ item causes an inheritance cycle"));
        }
    }
    let old = h.bases.replace(bases);
    match compute_mro(vm, ty).and_then(|m| set_mro(ty, m)) {
        Ok(()) => {
            drop(old);
            ty.modified();
            update_slots_recursive(vm, ty);
            Ok(())
        }
        Err(e) => {
            let _ = h.bases.replace(old);
            Err(e)
        }
    }
}

fn subtype_get_dict(vm: &Vm, v: &Value) -> PyResult {
    match super::baseobject::instance_dict_or_create(vm, v) {
        Some(d) => Ok(d.into_value()),
        None => Err(vm.attribute_error_msg("This object has no __dict__")),
    }
}

fn subtype_set_dict(vm: &Vm, v: &Value, value: Option<Value>) -> PyResult<()> {
    let value = match value {
        Some(d) => {
            if d.downcast_ref::<Dict>().is_none() {
                return Err(vm.type_error(format!(
                    "__dict__ must be set to a dictionary, not a '{}'",
                    d.ty().tp_name()
                )));
            }
            Some(d)
        }
        None => None,
    };
    super::baseobject::set_instance_dict(v, value);
    Ok(())
}

fn subtype_get_weakref(vm: &Vm, v: &Value) -> PyResult {
    Ok(crate::objects::weakref::first_weakref(vm, v).unwrap_or_else(none::none))
}

pub static DICT_GETSET: GetSetDef = GetSetDef {
    name: "__dict__",
    get: Some(subtype_get_dict),
    set: Some(subtype_set_dict),
    doc: Some("dictionary for instance variables"),
};

pub static WEAKREF_GETSET: GetSetDef = GetSetDef {
    name: "__weakref__",
    get: Some(subtype_get_weakref),
    set: None,
    doc: Some("list of weak references to the object"),
};

/// Python's private name mangling (CPython `_Py_Mangle`).
pub fn mangle(class_name: &str, name: &str) -> String {
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return name.to_string();
    }
    let stripped = class_name.trim_start_matches('_');
    if stripped.is_empty() {
        return name.to_string();
    }
    format!("_{stripped}{name}")
}

fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) if c == '_' || c.is_alphabetic() => {}
        _ => return false,
    }
    chars.all(|c| c == '_' || c.is_alphanumeric())
}

// ---------------------------------------------------------------------------
// Class annotations (PEP 649/749): `__annotations__` computed from `__annotate__`.

pub fn type_get_annotations(vm: &Vm, v: &Value) -> PyResult {
    let ty = super::type_methods::type_of(vm, v)?;
    let Some(h) = ty.heap() else {
        return Err(vm.attribute_error(v, &new_string("__annotations__".into()).into_value(), format!(
            "type object '{}' has no attribute '__annotations__'",
            ty.name()
        )));
    };
    if let Some(a) = h.dict.get_str_item_rs("__annotations_cache__") {
        return Ok(a);
    }
    if let Some(a) = h.dict.get_str_item_rs("__annotations__") {
        if let Some(get) = a.ty().slots.descr_get.get() {
            return get(vm, &a, None, Some(v));
        }
        return Ok(a);
    }
    let annotate = type_get_annotate(vm, v)?;
    let ann = if none::is_none(&annotate) {
        new_dict(vm).into_value()
    } else {
        let r = vm.call(&annotate, &[crate::objects::int::new_int(1)])?;
        if r.downcast_ref::<Dict>().is_none() {
            return Err(vm.type_error(format!(
                "__annotate__ returned non-dict of type '{}'",
                r.ty().tp_name()
            )));
        }
        r
    };
    h.dict.set_str_item(vm.intern("__annotations_cache__"), ann.clone());
    Ok(ann)
}

pub fn type_set_annotations(vm: &Vm, v: &Value, value: Option<Value>) -> PyResult<()> {
    let ty = super::type_methods::type_of(vm, v)?;
    let Some(h) = ty.heap() else {
        return Err(vm.type_error(format!(
            "cannot set '__annotations__' attribute of immutable type '{}'",
            ty.tp_name()
        )));
    };
    match value {
        Some(x) => {
            let key = if h.dict.get_str_item_rs("__annotations__").is_some() { "__annotations__" } else { "__annotations_cache__" };
            h.dict.set_str_item(vm.intern(key), x);
        }
        None => {
            let a = h.dict.del_str_item(&Str::from_string("__annotations__".into()));
            let b = h.dict.del_str_item(&Str::from_string("__annotations_cache__".into()));
            if a.is_none() && b.is_none() {
                return Err(vm.attribute_error_msg("__annotations__"));
            }
        }
    }
    h.dict.set_str_item(vm.intern("__annotate_func__"), none::none());
    ty.modified();
    Ok(())
}

pub fn type_get_annotate(vm: &Vm, v: &Value) -> PyResult {
    let ty = super::type_methods::type_of(vm, v)?;
    let Some(h) = ty.heap() else {
        return Err(vm.attribute_error(v, &new_string("__annotate__".into()).into_value(), format!(
            "type object '{}' has no attribute '__annotate__'",
            ty.name()
        )));
    };
    for key in ["__annotate__", "__annotate_func__"] {
        if let Some(a) = h.dict.get_str_item_rs(key) {
            if let Some(get) = a.ty().slots.descr_get.get() {
                if a.downcast_ref::<super::function::Function>().is_none() {
                    return get(vm, &a, None, Some(v));
                }
            }
            return Ok(a);
        }
    }
    Ok(none::none())
}

pub fn type_set_annotate(vm: &Vm, v: &Value, value: Option<Value>) -> PyResult<()> {
    let ty = super::type_methods::type_of(vm, v)?;
    let Some(h) = ty.heap() else {
        return Err(vm.type_error(format!(
            "cannot set '__annotate__' attribute of immutable type '{}'",
            ty.tp_name()
        )));
    };
    let value = value.ok_or_else(|| vm.type_error("cannot delete __annotate__ attribute"))?;
    if !none::is_none(&value) && !vm.is_callable(&value) {
        return Err(vm.type_error("__annotate__ must be callable or None"));
    }
    h.dict.set_str_item(vm.intern("__annotate_func__"), value.clone());
    if !none::is_none(&value) {
        h.dict.del_str_item(&Str::from_string("__annotations_cache__".into()));
    }
    ty.modified();
    Ok(())
}
