//! The two-way bridge between slots and dunder methods (CPython's `slotdefs`):
//! - builtin types expose their slots as `wrapper_descriptor`s in their
//!   attribute table (`int.__add__`), built here once per process;
//! - heap types that define a dunder get a dispatcher in the slot, which looks
//!   the dunder up on the type and calls it, with the reflected-operand rules
//!   of binary operators.
//!
//! CPython: Objects/typeobject.c (`slotdefs`, `add_operators`,
//! `fixup_slot_dispatchers`, `update_one_slot`, `SLOT1BINFULL`, `slot_tp_*`).

use super::descr::{self, WrapperKind};
use super::str::{Str, new_str};
use super::type_::{AttrTable, CompareOp, Slots, TypeObject};
use super::value::{PyRef, Value};
use crate::objects::{bool_, int, none};
use crate::vm::{FuncArgs, PyResult, Vm};

/// Builds a builtin type's attribute table: methods, getsets, members, the
/// wrappers of the slots it defines itself, `__new__`, `__doc__`, `__hash__ =
/// None` for unhashable types, and its constants.
pub fn build_attr_table(ty: &TypeObject) -> AttrTable {
    let def = ty.payload.def;
    let mut entries: Vec<(PyRef<Str>, Value)> = Vec::new();
    let mut push = |entries: &mut Vec<(PyRef<Str>, Value)>, name: &'static str, v: Value| {
        if !entries.iter().any(|(k, _)| k.as_str() == Some(name)) {
            entries.push((new_str(name), v));
        }
    };
    for m in def.methods {
        push(&mut entries, m.name, descr::new_method_descriptor(ty, m));
    }
    for g in def.getsets {
        push(&mut entries, g.name, descr::new_getset_descriptor(ty, g));
    }
    for m in def.members {
        push(&mut entries, m.name, descr::new_member_descriptor(ty, m));
    }
    let base = ty.base();
    let own = |get: &dyn Fn(&Slots) -> usize| -> bool {
        let mine = get(&ty.payload.slots);
        if mine == 0 {
            return false;
        }
        match base {
            Some(b) => get(&b.payload.slots) != mine,
            None => true,
        }
    };
    for sd in SLOTDEFS {
        if own(&|s: &Slots| (sd.get)(s)) {
            push(&mut entries, sd.name, descr::new_wrapper_descriptor(ty, sd.kind, sd.name));
        }
    }
    // Unhashable builtins say so in their dict.
    if ty.payload.slots.hash.get().is_none() && base.is_some_and(|b| b.payload.slots.hash.get().is_some()) {
        push(&mut entries, "__hash__", none::none());
    }
    if let Some(new) = ty.payload.slots.new.get() {
        let inherited = base.is_some_and(|b| b.payload.slots.new.get().is_some_and(|bn| std::ptr::fn_addr_eq(bn, new)));
        if !inherited {
            push(&mut entries, "__new__", descr::new_tp_new_wrapper(ty));
        }
    }
    let doc = match def.doc {
        Some(d) => {
            let s = new_str(d);
            s.into_value()
        }
        None => none::none(),
    };
    push(&mut entries, "__doc__", doc);
    for (k, v) in (def.attrs)() {
        push(&mut entries, k, v);
    }
    AttrTable::new(entries)
}

/// One entry of the slot table: a dunder name, how to read the slot (as an
/// address, for "is it set / does it differ"), the wrapper kind, and how to
/// install the dispatcher in a heap type.
pub struct SlotDef {
    pub name: &'static str,
    /// The slot's field name: names that share a slot share it.
    pub field: &'static str,
    pub get: fn(&Slots) -> usize,
    pub kind: WrapperKind,
    pub set_dispatcher: fn(&Slots),
    pub clear: fn(&Slots),
    /// Sets the slot to the builtin function a wrapper wraps, when a heap type
    /// inherits a builtin's dunder unchanged.
    pub from_wrapper: fn(&Slots, &Slots),
}

macro_rules! slotdef {
    ($name:literal, $field:ident, $kind:expr, $disp:expr) => {
        SlotDef {
            name: $name,
            field: stringify!($field),
            get: |s| s.$field.get().map_or(0, |f| f as usize),
            kind: $kind,
            set_dispatcher: |s| s.$field.set(Some($disp)),
            clear: |s| s.$field.set(None),
            from_wrapper: |s, from| s.$field.set(from.$field.get()),
        }
    };
}

use WrapperKind as W;

pub static SLOTDEFS: &[SlotDef] = &[
    slotdef!("__getattribute__", getattro, W::GetAttr, slot_tp_getattr_hook),
    slotdef!("__getattr__", getattro, W::GetAttr, slot_tp_getattr_hook),
    slotdef!("__setattr__", setattro, W::SetAttr, slot_tp_setattro),
    slotdef!("__delattr__", setattro, W::DelAttr, slot_tp_setattro),
    slotdef!("__repr__", repr, W::Unary(|s| s.repr.get()), slot_tp_repr),
    slotdef!("__hash__", hash, W::Hash, slot_tp_hash),
    slotdef!("__call__", call, W::Call, slot_tp_call),
    slotdef!("__str__", str, W::Unary(|s| s.str.get()), slot_tp_str),
    slotdef!("__lt__", richcompare, W::RichCompare(CompareOp::Lt), slot_tp_richcompare),
    slotdef!("__le__", richcompare, W::RichCompare(CompareOp::Le), slot_tp_richcompare),
    slotdef!("__eq__", richcompare, W::RichCompare(CompareOp::Eq), slot_tp_richcompare),
    slotdef!("__ne__", richcompare, W::RichCompare(CompareOp::Ne), slot_tp_richcompare),
    slotdef!("__gt__", richcompare, W::RichCompare(CompareOp::Gt), slot_tp_richcompare),
    slotdef!("__ge__", richcompare, W::RichCompare(CompareOp::Ge), slot_tp_richcompare),
    slotdef!("__iter__", iter, W::Unary(|s| s.iter.get()), slot_tp_iter),
    slotdef!("__next__", iternext, W::Next, slot_tp_iternext),
    slotdef!("__get__", descr_get, W::DescrGet, slot_tp_descr_get),
    slotdef!("__set__", descr_set, W::DescrSet, slot_tp_descr_set),
    slotdef!("__delete__", descr_set, W::DescrDelete, slot_tp_descr_set),
    slotdef!("__init__", init, W::Init, slot_tp_init),
    slotdef!("__await__", am_await, W::Unary(|s| s.am_await.get()), slot_am_await),
    slotdef!("__aiter__", am_aiter, W::Unary(|s| s.am_aiter.get()), slot_am_aiter),
    slotdef!("__anext__", am_anext, W::Unary(|s| s.am_anext.get()), slot_am_anext),
    slotdef!("__add__", nb_add, W::Binary(|s| s.nb_add.get(), false), slot_nb_add),
    slotdef!("__radd__", nb_add, W::Binary(|s| s.nb_add.get(), true), slot_nb_add),
    slotdef!("__sub__", nb_subtract, W::Binary(|s| s.nb_subtract.get(), false), slot_nb_subtract),
    slotdef!("__rsub__", nb_subtract, W::Binary(|s| s.nb_subtract.get(), true), slot_nb_subtract),
    slotdef!("__mul__", nb_multiply, W::Binary(|s| s.nb_multiply.get(), false), slot_nb_multiply),
    slotdef!("__rmul__", nb_multiply, W::Binary(|s| s.nb_multiply.get(), true), slot_nb_multiply),
    slotdef!("__mod__", nb_remainder, W::Binary(|s| s.nb_remainder.get(), false), slot_nb_remainder),
    slotdef!("__rmod__", nb_remainder, W::Binary(|s| s.nb_remainder.get(), true), slot_nb_remainder),
    slotdef!("__divmod__", nb_divmod, W::Binary(|s| s.nb_divmod.get(), false), slot_nb_divmod),
    slotdef!("__rdivmod__", nb_divmod, W::Binary(|s| s.nb_divmod.get(), true), slot_nb_divmod),
    slotdef!("__pow__", nb_power, W::Ternary(false), slot_nb_power),
    slotdef!("__rpow__", nb_power, W::Ternary(true), slot_nb_power),
    slotdef!("__neg__", nb_negative, W::Unary(|s| s.nb_negative.get()), slot_nb_negative),
    slotdef!("__pos__", nb_positive, W::Unary(|s| s.nb_positive.get()), slot_nb_positive),
    slotdef!("__abs__", nb_absolute, W::Unary(|s| s.nb_absolute.get()), slot_nb_absolute),
    slotdef!("__bool__", nb_bool, W::Bool, slot_nb_bool),
    slotdef!("__invert__", nb_invert, W::Unary(|s| s.nb_invert.get()), slot_nb_invert),
    slotdef!("__lshift__", nb_lshift, W::Binary(|s| s.nb_lshift.get(), false), slot_nb_lshift),
    slotdef!("__rlshift__", nb_lshift, W::Binary(|s| s.nb_lshift.get(), true), slot_nb_lshift),
    slotdef!("__rshift__", nb_rshift, W::Binary(|s| s.nb_rshift.get(), false), slot_nb_rshift),
    slotdef!("__rrshift__", nb_rshift, W::Binary(|s| s.nb_rshift.get(), true), slot_nb_rshift),
    slotdef!("__and__", nb_and, W::Binary(|s| s.nb_and.get(), false), slot_nb_and),
    slotdef!("__rand__", nb_and, W::Binary(|s| s.nb_and.get(), true), slot_nb_and),
    slotdef!("__xor__", nb_xor, W::Binary(|s| s.nb_xor.get(), false), slot_nb_xor),
    slotdef!("__rxor__", nb_xor, W::Binary(|s| s.nb_xor.get(), true), slot_nb_xor),
    slotdef!("__or__", nb_or, W::Binary(|s| s.nb_or.get(), false), slot_nb_or),
    slotdef!("__ror__", nb_or, W::Binary(|s| s.nb_or.get(), true), slot_nb_or),
    slotdef!("__int__", nb_int, W::Unary(|s| s.nb_int.get()), slot_nb_int),
    slotdef!("__float__", nb_float, W::Unary(|s| s.nb_float.get()), slot_nb_float),
    slotdef!("__iadd__", nb_inplace_add, W::Binary(|s| s.nb_inplace_add.get(), false), slot_nb_inplace_add),
    slotdef!("__isub__", nb_inplace_subtract, W::Binary(|s| s.nb_inplace_subtract.get(), false), slot_nb_inplace_subtract),
    slotdef!("__imul__", nb_inplace_multiply, W::Binary(|s| s.nb_inplace_multiply.get(), false), slot_nb_inplace_multiply),
    slotdef!("__imod__", nb_inplace_remainder, W::Binary(|s| s.nb_inplace_remainder.get(), false), slot_nb_inplace_remainder),
    slotdef!("__ipow__", nb_inplace_power, W::InplaceTernary, slot_nb_inplace_power),
    slotdef!("__ilshift__", nb_inplace_lshift, W::Binary(|s| s.nb_inplace_lshift.get(), false), slot_nb_inplace_lshift),
    slotdef!("__irshift__", nb_inplace_rshift, W::Binary(|s| s.nb_inplace_rshift.get(), false), slot_nb_inplace_rshift),
    slotdef!("__iand__", nb_inplace_and, W::Binary(|s| s.nb_inplace_and.get(), false), slot_nb_inplace_and),
    slotdef!("__ixor__", nb_inplace_xor, W::Binary(|s| s.nb_inplace_xor.get(), false), slot_nb_inplace_xor),
    slotdef!("__ior__", nb_inplace_or, W::Binary(|s| s.nb_inplace_or.get(), false), slot_nb_inplace_or),
    slotdef!("__floordiv__", nb_floor_divide, W::Binary(|s| s.nb_floor_divide.get(), false), slot_nb_floor_divide),
    slotdef!("__rfloordiv__", nb_floor_divide, W::Binary(|s| s.nb_floor_divide.get(), true), slot_nb_floor_divide),
    slotdef!("__truediv__", nb_true_divide, W::Binary(|s| s.nb_true_divide.get(), false), slot_nb_true_divide),
    slotdef!("__rtruediv__", nb_true_divide, W::Binary(|s| s.nb_true_divide.get(), true), slot_nb_true_divide),
    slotdef!("__ifloordiv__", nb_inplace_floor_divide, W::Binary(|s| s.nb_inplace_floor_divide.get(), false), slot_nb_inplace_floor_divide),
    slotdef!("__itruediv__", nb_inplace_true_divide, W::Binary(|s| s.nb_inplace_true_divide.get(), false), slot_nb_inplace_true_divide),
    slotdef!("__index__", nb_index, W::Unary(|s| s.nb_index.get()), slot_nb_index),
    slotdef!("__matmul__", nb_matrix_multiply, W::Binary(|s| s.nb_matrix_multiply.get(), false), slot_nb_matrix_multiply),
    slotdef!("__rmatmul__", nb_matrix_multiply, W::Binary(|s| s.nb_matrix_multiply.get(), true), slot_nb_matrix_multiply),
    slotdef!("__imatmul__", nb_inplace_matrix_multiply, W::Binary(|s| s.nb_inplace_matrix_multiply.get(), false), slot_nb_inplace_matrix_multiply),
    slotdef!("__len__", mp_length, W::Len, slot_mp_length),
    slotdef!("__getitem__", mp_subscript, W::Binary(|s| s.mp_subscript.get(), false), slot_mp_subscript),
    slotdef!("__setitem__", mp_ass_subscript, W::SetItem, slot_mp_ass_subscript),
    slotdef!("__delitem__", mp_ass_subscript, W::DelItem, slot_mp_ass_subscript),
    slotdef!("__contains__", sq_contains, W::Contains, slot_sq_contains),
];

/// The sequence slots a heap type's `__len__`/`__getitem__`/`__add__`/`__mul__`
/// also fill (CPython's slotdefs list them for both protocols).
fn fill_sequence_slots(ty: &TypeObject) {
    let s = &ty.payload.slots;
    s.sq_length.set(s.mp_length.get());
    // For heap types `+` and `*` go through nb_add/nb_multiply; the sequence
    // concat/repeat slots are only the builtin ones, inherited as they were.
}

/// Points each slot of a new heap type at the right function: the builtin
/// one when the dunder found on the type is the builtin wrapper for that very
/// slot, the dispatcher when Python code defines it, nothing when absent
/// (CPython `fixup_slot_dispatchers` / `update_one_slot`).
pub fn fixup_slot_dispatchers(ty: &TypeObject) {
    // Group slotdefs by slot (several names share one: __add__/__radd__).
    let mut i = 0;
    while i < SLOTDEFS.len() {
        let first = &SLOTDEFS[i];
        let mut j = i + 1;
        while j < SLOTDEFS.len() && SLOTDEFS[j].field == first.field {
            j += 1;
        }
        update_slot_group(ty, &SLOTDEFS[i..j]);
        i = j;
    }
    fill_sequence_slots(ty);
    let has_del = ty.lookup_str("__del__").is_some();
    let f = ty.flags();
    let f = if has_del { f | super::type_::tpflags::HAS_FINALIZER } else { f & !super::type_::tpflags::HAS_FINALIZER };
    ty.payload.flags.set(f);
}

fn update_slot_group(ty: &TypeObject, group: &[SlotDef]) {
    let slots = &ty.payload.slots;
    let mut use_dispatcher = false;
    // The owner of the builtin wrappers found; a type in `ty`'s MRO, so it
    // outlives this function.
    let mut builtin_from: Option<*const TypeObject> = None;
    let mut any_found = false;
    for sd in group {
        let Some(attr) = ty.lookup_str(sd.name) else { continue };
        any_found = true;
        match descr::wrapper_descriptor_info(&attr) {
            Some((owner, kind)) if kind_matches(kind, sd.kind) => {
                // The builtin wrapper for this slot: use the owner's function,
                // if all names of the group agree.
                match builtin_from {
                    None => builtin_from = Some(owner as *const TypeObject),
                    Some(prev) if std::ptr::eq(prev, owner) => {}
                    Some(_) => use_dispatcher = true,
                }
            }
            _ => {
                if none::is_none(&attr) && sd.name == "__hash__" {
                    // `__hash__ = None`: unhashable.
                    (sd.clear)(slots);
                    return;
                }
                use_dispatcher = true;
            }
        }
    }
    let first = &group[0];
    if !any_found {
        // Keep an inherited builtin slot only if some base still provides it
        // through the MRO (inheritance copied the solid base's slots).
        (first.clear)(slots);
        // getattro/setattro/init/new and friends always have object's.
        restore_object_default(ty, first);
        return;
    }
    if use_dispatcher {
        (first.set_dispatcher)(slots);
    } else if let Some(owner) = builtin_from {
        // SAFETY: `owner` is in `ty`'s MRO (see above), alive while `ty` is.
        let owner = unsafe { &*owner };
        (first.from_wrapper)(slots, &owner.payload.slots);
    }
}

fn kind_matches(a: WrapperKind, b: WrapperKind) -> bool {
    std::mem::discriminant(&a) == std::mem::discriminant(&b)
}

fn restore_object_default(ty: &TypeObject, sd: &SlotDef) {
    let obj = &super::baseobject::OBJECT_SLOTS;
    (sd.from_wrapper)(&ty.payload.slots, obj);
}

// ---------------------------------------------------------------------------
// Dispatchers: the slot functions of heap types.

/// Looks up `name` on the type of `v` and calls it bound to `v`
/// (CPython `vectorcall_method`); `None` when the type has no such attribute.
fn call_method(vm: &Vm, v: &Value, name: &str, args: &[Value]) -> PyResult<Option<Value>> {
    vm.call_special(v, name, args)
}

/// `call_method` that treats "no such method" as NotImplemented
/// (CPython `vectorcall_maybe`).
fn call_maybe(vm: &Vm, v: &Value, name: &str, args: &[Value]) -> PyResult {
    Ok(call_method(vm, v, name, args)?.unwrap_or_else(none::not_implemented))
}

macro_rules! binary_dispatcher {
    ($fn:ident, $field:ident, $op:literal, $rop:literal) => {
        pub fn $fn(vm: &Vm, a: &Value, b: &Value) -> PyResult {
            // CPython SLOT1BINFULL.
            let ta = a.ty();
            let tb = b.ty();
            let this = $fn as super::type_::BinaryFn;
            let is_disp = |t: &TypeObject| t.payload.slots.$field.get().is_some_and(|f| std::ptr::fn_addr_eq(f, this));
            let mut do_other = !std::ptr::eq(ta, tb) && is_disp(tb);
            if is_disp(ta) {
                if do_other && tb.is_subtype(ta) {
                    let r = call_maybe(vm, b, $rop, std::slice::from_ref(a))?;
                    if !r.is_static(&none::NOT_IMPLEMENTED) {
                        return Ok(r);
                    }
                    do_other = false;
                }
                let r = call_maybe(vm, a, $op, std::slice::from_ref(b))?;
                if !r.is_static(&none::NOT_IMPLEMENTED) || std::ptr::eq(ta, tb) {
                    return Ok(r);
                }
            }
            if do_other {
                return call_maybe(vm, b, $rop, std::slice::from_ref(a));
            }
            Ok(none::not_implemented())
        }
    };
}

binary_dispatcher!(slot_nb_add, nb_add, "__add__", "__radd__");
binary_dispatcher!(slot_nb_subtract, nb_subtract, "__sub__", "__rsub__");
binary_dispatcher!(slot_nb_multiply, nb_multiply, "__mul__", "__rmul__");
binary_dispatcher!(slot_nb_remainder, nb_remainder, "__mod__", "__rmod__");
binary_dispatcher!(slot_nb_divmod, nb_divmod, "__divmod__", "__rdivmod__");
binary_dispatcher!(slot_nb_lshift, nb_lshift, "__lshift__", "__rlshift__");
binary_dispatcher!(slot_nb_rshift, nb_rshift, "__rshift__", "__rrshift__");
binary_dispatcher!(slot_nb_and, nb_and, "__and__", "__rand__");
binary_dispatcher!(slot_nb_xor, nb_xor, "__xor__", "__rxor__");
binary_dispatcher!(slot_nb_or, nb_or, "__or__", "__ror__");
binary_dispatcher!(slot_nb_floor_divide, nb_floor_divide, "__floordiv__", "__rfloordiv__");
binary_dispatcher!(slot_nb_true_divide, nb_true_divide, "__truediv__", "__rtruediv__");
binary_dispatcher!(slot_nb_matrix_multiply, nb_matrix_multiply, "__matmul__", "__rmatmul__");

/// `__pow__`/`__rpow__` (CPython `slot_nb_power`): the binary form only, as
/// ternary pow never tries the reflected method.
pub fn slot_nb_power(vm: &Vm, a: &Value, b: &Value, c: &Value) -> PyResult {
    if none::is_none(c) {
        let ta = a.ty();
        let tb = b.ty();
        let this = slot_nb_power as super::type_::TernaryFn;
        let is_disp = |t: &TypeObject| t.payload.slots.nb_power.get().is_some_and(|f| std::ptr::fn_addr_eq(f, this));
        let mut do_other = !std::ptr::eq(ta, tb) && is_disp(tb);
        if is_disp(ta) {
            if do_other && tb.is_subtype(ta) {
                let r = call_maybe(vm, b, "__rpow__", std::slice::from_ref(a))?;
                if !r.is_static(&none::NOT_IMPLEMENTED) {
                    return Ok(r);
                }
                do_other = false;
            }
            let r = call_maybe(vm, a, "__pow__", std::slice::from_ref(b))?;
            if !r.is_static(&none::NOT_IMPLEMENTED) || std::ptr::eq(ta, tb) {
                return Ok(r);
            }
        }
        if do_other {
            return call_maybe(vm, b, "__rpow__", std::slice::from_ref(a));
        }
        return Ok(none::not_implemented());
    }
    // Three-argument pow: only the first operand's __pow__.
    if a.ty().payload.slots.nb_power.get().is_some_and(|f| std::ptr::fn_addr_eq(f, slot_nb_power as super::type_::TernaryFn)) {
        return call_maybe(vm, a, "__pow__", &[b.clone(), c.clone()]);
    }
    Ok(none::not_implemented())
}

macro_rules! inplace_dispatcher {
    ($fn:ident, $name:literal) => {
        pub fn $fn(vm: &Vm, a: &Value, b: &Value) -> PyResult {
            call_maybe(vm, a, $name, std::slice::from_ref(b))
        }
    };
}

inplace_dispatcher!(slot_nb_inplace_add, "__iadd__");
inplace_dispatcher!(slot_nb_inplace_subtract, "__isub__");
inplace_dispatcher!(slot_nb_inplace_multiply, "__imul__");
inplace_dispatcher!(slot_nb_inplace_remainder, "__imod__");
inplace_dispatcher!(slot_nb_inplace_lshift, "__ilshift__");
inplace_dispatcher!(slot_nb_inplace_rshift, "__irshift__");
inplace_dispatcher!(slot_nb_inplace_and, "__iand__");
inplace_dispatcher!(slot_nb_inplace_xor, "__ixor__");
inplace_dispatcher!(slot_nb_inplace_or, "__ior__");
inplace_dispatcher!(slot_nb_inplace_floor_divide, "__ifloordiv__");
inplace_dispatcher!(slot_nb_inplace_true_divide, "__itruediv__");
inplace_dispatcher!(slot_nb_inplace_matrix_multiply, "__imatmul__");

pub fn slot_nb_inplace_power(vm: &Vm, a: &Value, b: &Value, _c: &Value) -> PyResult {
    call_maybe(vm, a, "__ipow__", std::slice::from_ref(b))
}

macro_rules! unary_dispatcher {
    ($fn:ident, $name:literal) => {
        pub fn $fn(vm: &Vm, a: &Value) -> PyResult {
            match call_method(vm, a, $name, &[])? {
                Some(r) => Ok(r),
                None => Err(vm.internal_error(concat!($name, " vanished from the type"))),
            }
        }
    };
}

unary_dispatcher!(slot_nb_negative, "__neg__");
unary_dispatcher!(slot_nb_positive, "__pos__");
unary_dispatcher!(slot_nb_absolute, "__abs__");
unary_dispatcher!(slot_nb_invert, "__invert__");
unary_dispatcher!(slot_nb_int, "__int__");
unary_dispatcher!(slot_nb_float, "__float__");
unary_dispatcher!(slot_nb_index, "__index__");
unary_dispatcher!(slot_am_await, "__await__");
unary_dispatcher!(slot_am_aiter, "__aiter__");
unary_dispatcher!(slot_am_anext, "__anext__");
unary_dispatcher!(slot_tp_iter_inner, "__iter__");

fn slot_tp_iter(vm: &Vm, a: &Value) -> PyResult {
    // `__iter__ = None` makes a type explicitly non-iterable.
    match a.ty().lookup_str("__iter__") {
        Some(f) if none::is_none(&f) => Err(vm.type_error(format!(
            "'{}' object is not iterable",
            a.ty().tp_name()
        ))),
        _ => slot_tp_iter_inner(vm, a),
    }
}

fn slot_tp_repr(vm: &Vm, a: &Value) -> PyResult {
    match call_method(vm, a, "__repr__", &[])? {
        Some(r) => Ok(r),
        None => Ok(super::baseobject::default_repr(vm, a).into_value()),
    }
}

fn slot_tp_str(vm: &Vm, a: &Value) -> PyResult {
    match call_method(vm, a, "__str__", &[])? {
        Some(r) => Ok(r),
        None => Ok(vm.repr(a)?.into_value()),
    }
}

/// `__hash__` of a Python class (CPython `slot_tp_hash`): the result must be
/// an int; big ints are reduced as `hash(int)` does.
fn slot_tp_hash(vm: &Vm, a: &Value) -> PyResult<i64> {
    let f = a.ty().lookup_str("__hash__");
    match f {
        Some(f) if none::is_none(&f) => return Err(vm.unhashable(a)),
        None => return Err(vm.unhashable(a)),
        _ => {}
    }
    let r = call_method(vm, a, "__hash__", &[])?.unwrap_or_else(none::none);
    match int::as_int(&r) {
        Some(i) => Ok(match i.to_i64() {
            Some(v) => super::hash::fix(v),
            None => i.hash(),
        }),
        None => Err(vm.type_error("__hash__ method should return an integer")),
    }
}

fn slot_tp_call(vm: &Vm, a: &Value, args: FuncArgs<'_>) -> PyResult {
    let m = vm.lookup_special(a, "__call__")?.ok_or_else(|| {
        vm.type_error(format!("'{}' object is not callable", a.ty().tp_name()))
    })?;
    vm.call_args(&m, args)
}

fn slot_tp_richcompare(vm: &Vm, a: &Value, b: &Value, op: CompareOp) -> PyResult {
    call_maybe(vm, a, op.dunder(), std::slice::from_ref(b))
}

fn slot_tp_iternext(vm: &Vm, a: &Value) -> PyResult<Option<Value>> {
    match call_method(vm, a, "__next__", &[]) {
        Ok(Some(r)) => Ok(Some(r)),
        Ok(None) => Err(vm.type_error(format!("'{}' object is not an iterator", a.ty().tp_name()))),
        Err(e) if e.matches(crate::objects::exceptions::STOP_ITERATION.get()) => {
            // The caller needs the StopIteration's value only for generators;
            // plain iteration ends here.
            vm.set_stop_iteration_value(&e);
            Ok(None)
        }
        Err(e) => Err(e),
    }
}

fn slot_tp_descr_get(vm: &Vm, d: &Value, obj: Option<&Value>, ty: Option<&Value>) -> PyResult {
    let Some(get) = d.ty().lookup_str("__get__") else {
        return Ok(d.clone());
    };
    let obj = obj.cloned().unwrap_or_else(none::none);
    let ty = ty.cloned().unwrap_or_else(none::none);
    let bound = vm.bind(&get, d)?;
    vm.call(&bound, &[obj, ty])
}

fn slot_tp_descr_set(vm: &Vm, d: &Value, obj: &Value, value: Option<Value>) -> PyResult<()> {
    match value {
        Some(v) => {
            call_method(vm, d, "__set__", &[obj.clone(), v])?
                .ok_or_else(|| vm.attribute_error_msg("__set__"))?;
        }
        None => {
            call_method(vm, d, "__delete__", std::slice::from_ref(obj))?
                .ok_or_else(|| vm.attribute_error_msg("__delete__"))?;
        }
    }
    Ok(())
}

fn slot_tp_init(vm: &Vm, a: &Value, args: FuncArgs<'_>) -> PyResult<()> {
    let r = vm.call_special_args(a, "__init__", args)?.ok_or_else(|| vm.internal_error("__init__ vanished"))?;
    if !none::is_none(&r) {
        return Err(vm.type_error(format!(
            "__init__() should return None, not '{}'",
            r.ty().tp_name()
        )));
    }
    Ok(())
}

fn slot_nb_bool(vm: &Vm, a: &Value) -> PyResult<bool> {
    // __bool__ first; a class with only __len__ gets its truth from it.
    if a.ty().lookup_str("__bool__").is_some() {
        let r = call_method(vm, a, "__bool__", &[])?.unwrap_or_else(none::none);
        if bool_::is_bool(&r) {
            return Ok(r.is_static(&bool_::TRUE));
        }
        return Err(vm.type_error(format!(
            "__bool__ should return bool, returned {}",
            r.ty().tp_name()
        )));
    }
    if a.ty().lookup_str("__len__").is_some() {
        return Ok(slot_mp_length(vm, a)? != 0);
    }
    Ok(true)
}

/// `__len__` (CPython `slot_sq_length`): an int >= 0 that fits an ssize_t.
fn slot_mp_length(vm: &Vm, a: &Value) -> PyResult<usize> {
    let r = call_method(vm, a, "__len__", &[])?.unwrap_or_else(none::none);
    let i = vm.index(&r).map_err(|e| {
        if e.matches(crate::objects::exceptions::TYPE_ERROR.get()) {
            vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                r.ty().tp_name()
            ))
        } else {
            e
        }
    })?;
    let v = int::as_int(&i).ok_or_else(|| vm.internal_error("index returned non-int"))?;
    if v.is_negative() {
        return Err(vm.value_error("__len__() should return >= 0"));
    }
    v.to_i64()
        .map(|n| n as usize)
        .ok_or_else(|| vm.overflow_error("cannot fit 'int' into an index-sized integer"))
}

fn slot_mp_subscript(vm: &Vm, a: &Value, key: &Value) -> PyResult {
    match call_method(vm, a, "__getitem__", std::slice::from_ref(key))? {
        Some(r) => Ok(r),
        None => Err(vm.type_error(format!("'{}' object is not subscriptable", a.ty().tp_name()))),
    }
}

fn slot_mp_ass_subscript(vm: &Vm, a: &Value, key: &Value, value: Option<Value>) -> PyResult<()> {
    let r = match value {
        Some(v) => call_method(vm, a, "__setitem__", &[key.clone(), v])?,
        None => call_method(vm, a, "__delitem__", std::slice::from_ref(key))?,
    };
    match r {
        Some(_) => Ok(()),
        None => Err(vm.type_error(format!(
            "'{}' object does not support item {}",
            a.ty().tp_name(),
            if r.is_none() { "assignment" } else { "deletion" }
        ))),
    }
}

fn slot_sq_contains(vm: &Vm, a: &Value, x: &Value) -> PyResult<bool> {
    match a.ty().lookup_str("__contains__") {
        Some(f) if none::is_none(&f) => Err(vm.type_error(format!(
            "'{}' object is not a container",
            a.ty().tp_name()
        ))),
        Some(_) => {
            let r = call_method(vm, a, "__contains__", std::slice::from_ref(x))?.unwrap_or_else(none::none);
            vm.is_true(&r)
        }
        None => vm.contains_by_iteration(a, x),
    }
}

/// `__getattribute__` / `__getattr__` for heap types (CPython
/// `slot_tp_getattr_hook`): the type's `__getattribute__` (usually the generic
/// lookup), then `__getattr__` when that raised AttributeError.
fn slot_tp_getattr_hook(vm: &Vm, obj: &Value, name: &PyRef<Str>) -> PyResult<Option<Value>> {
    let ty = obj.ty();
    let getattr = ty.lookup_str("__getattr__");
    let getattribute = ty.lookup_str("__getattribute__");
    let res = match &getattribute {
        Some(ga) if descr::wrapper_descriptor_info(ga).is_none_or(|(owner, _)| {
            !std::ptr::eq(owner, super::baseobject::OBJECT_TYPE.get())
        }) && !is_object_getattribute(ga) =>
        {
            let bound = vm.bind(ga, obj)?;
            match vm.call(&bound, &[name.as_value().clone()]) {
                Ok(v) => Ok(Some(v)),
                Err(e) => Err(e),
            }
        }
        _ => super::baseobject::generic_getattr(vm, obj, name),
    };
    match (res, getattr) {
        (Ok(Some(v)), _) => Ok(Some(v)),
        (Ok(None), Some(ga)) => {
            let bound = vm.bind(&ga, obj)?;
            vm.call(&bound, &[name.as_value().clone()]).map(Some)
        }
        (Err(e), Some(ga)) if e.matches(crate::objects::exceptions::ATTRIBUTE_ERROR.get()) => {
            drop(e);
            let bound = vm.bind(&ga, obj)?;
            vm.call(&bound, &[name.as_value().clone()]).map(Some)
        }
        (r, _) => r,
    }
}

fn is_object_getattribute(v: &Value) -> bool {
    descr::wrapper_descriptor_info(v).is_some_and(|(owner, kind)| {
        matches!(kind, WrapperKind::GetAttr) && std::ptr::eq(owner, super::baseobject::OBJECT_TYPE.get())
    })
}

fn slot_tp_setattro(vm: &Vm, obj: &Value, name: &PyRef<Str>, value: Option<Value>) -> PyResult<()> {
    let r = match value {
        Some(v) => call_method(vm, obj, "__setattr__", &[name.as_value().clone(), v])?,
        None => call_method(vm, obj, "__delattr__", std::slice::from_ref(name.as_value()))?,
    };
    r.map(|_| ()).ok_or_else(|| vm.internal_error("__setattr__ vanished"))
}

/// Runs `__del__` of a dying object; errors go to `sys.unraisablehook`
/// (CPython `slot_tp_finalize`).
pub fn run_del(vm: &Vm, v: &Value) {
    let saved = vm.save_exception_state();
    let r = call_method(vm, v, "__del__", &[]);
    if let Err(e) = r {
        let obj = vm.lookup_special(v, "__del__").ok().flatten();
        vm.write_unraisable(e, "Exception ignored while calling deallocator", obj.as_ref());
    }
    vm.restore_exception_state(saved);
}
