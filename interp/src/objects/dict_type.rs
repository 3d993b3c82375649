//! The `dict` type, its views and iterators.
//!
//! CPython: Objects/dictobject.c.

use std::cell::{Cell, RefCell};

use super::dict::{Dict, new_dict, new_dict_of_type};
use super::int::new_int;
use super::str::new_string;
use super::tuple::{new_tuple, pair};
use super::type_::{CompareOp, MethodDef, MethodFn, Slots, TypeDef, TypeObject, tpflags};
use super::value::{LayoutId, ObjectLayout, Payload, PyObject, PyRef, Value, alloc};
use crate::builtin_type;
use crate::objects::baseobject::{OBJECT_SLOTS, OBJECT_TYPE};
use crate::objects::{bool_, none};
use crate::vm::{FuncArgs, PyResult, Vm};

fn dict_of<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a PyObject<Dict>> {
    v.downcast_ref::<Dict>().ok_or_else(|| {
        vm.type_error(format!(
            "descriptor requires a 'dict' object but received a '{}'",
            v.ty().tp_name()
        ))
    })
}

fn dict_len(vm: &Vm, v: &Value) -> PyResult<usize> {
    Ok(dict_of(vm, v)?.len())
}

/// `repr(dict)` with the recursion guard `{...}`.
fn dict_repr(vm: &Vm, v: &Value) -> PyResult {
    let d = dict_of(vm, v)?;
    if d.is_empty() {
        return Ok(new_string("{}".into()).into_value());
    }
    let Some(_guard) = vm.repr_enter(v) else {
        return Ok(new_string("{...}".into()).into_value());
    };
    let mut s = String::from("{");
    let mut pos = 0;
    let mut first = true;
    while let Some((next, k, val, _)) = d.next_entry(pos) {
        if !first {
            s.push_str(", ");
        }
        first = false;
        s.push_str(&vm.repr(&k)?.to_string_lossy());
        s.push_str(": ");
        s.push_str(&vm.repr(&val)?.to_string_lossy());
        pos = next;
    }
    s.push('}');
    Ok(new_string(s).into_value())
}

/// `d[key]`, with `__missing__` for subclasses (CPython `dict_subscript`).
fn dict_subscript(vm: &Vm, v: &Value, key: &Value) -> PyResult {
    let d = dict_of(vm, v)?;
    if let Some(x) = d.get_item(vm, key)? {
        return Ok(x);
    }
    if !v.is_type(DICT_TYPE.get()) {
        if let Some(r) = vm.call_special(v, "__missing__", std::slice::from_ref(key))? {
            return Ok(r);
        }
    }
    Err(vm.key_error(key.clone()))
}

fn dict_ass_subscript(vm: &Vm, v: &Value, key: &Value, value: Option<Value>) -> PyResult<()> {
    let d = dict_of(vm, v)?;
    match value {
        Some(x) => d.set_item(vm, key.clone(), x),
        None => match d.del_item(vm, key)? {
            Some(_) => Ok(()),
            None => Err(vm.key_error(key.clone())),
        },
    }
}

fn dict_contains(vm: &Vm, v: &Value, key: &Value) -> PyResult<bool> {
    dict_of(vm, v)?.contains(vm, key)
}

fn dict_iter(vm: &Vm, v: &Value) -> PyResult {
    let _ = dict_of(vm, v)?;
    Ok(new_dict_iter(vm, v.clone(), IterKind::Keys, false))
}

fn dict_richcompare(vm: &Vm, v: &Value, w: &Value, op: CompareOp) -> PyResult {
    let (Some(a), Some(b)) = (v.downcast_ref::<Dict>(), w.downcast_ref::<Dict>()) else {
        return Ok(none::not_implemented());
    };
    if !matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(none::not_implemented());
    }
    let eq = dict_equal(vm, a, b)?;
    Ok(bool_::new_bool(if op == CompareOp::Eq { eq } else { !eq }))
}

fn dict_equal(vm: &Vm, a: &Dict, b: &Dict) -> PyResult<bool> {
    if a.len() != b.len() {
        return Ok(false);
    }
    for (k, va) in a.items() {
        match b.get_item(vm, &k)? {
            Some(vb) => {
                if !vm.eq(&va, &vb)? {
                    return Ok(false);
                }
            }
            None => return Ok(false),
        }
    }
    Ok(true)
}

fn dict_new(vm: &Vm, ty: &TypeObject, _args: FuncArgs<'_>) -> PyResult {
    Ok(new_dict_of_type(vm, ty, Dict::new()).into_value())
}

/// `dict(mapping_or_iterable=(), **kwargs)`.
fn dict_init(vm: &Vm, v: &Value, args: FuncArgs<'_>) -> PyResult<()> {
    let pos = args.positional();
    if pos.len() > 1 {
        return Err(vm.type_error(format!("dict expected at most 1 argument, got {}", pos.len())));
    }
    let d = dict_of(vm, v)?;
    if let Some(arg) = pos.first() {
        update_from(vm, d, arg, true)?;
    }
    for (k, x) in args.kwargs() {
        d.set_item(vm, k.clone(), x.clone())?;
    }
    Ok(())
}

/// `dict.update(other)` semantics: a mapping (has `keys`) or an iterable of pairs.
pub fn update_from(vm: &Vm, d: &Dict, arg: &Value, from_init: bool) -> PyResult<()> {
    if let Some(o) = arg.downcast_ref::<Dict>() {
        if arg.is_type(DICT_TYPE.get()) || vm.lookup_special(arg, "keys")?.is_none() {
            for (k, x) in o.items() {
                d.set_item(vm, k, x)?;
            }
            return Ok(());
        }
    }
    if let Some(keys) = vm.get_attr_str_opt(arg, "keys")? {
        let ks = vm.call(&keys, &[])?;
        for k in vm.to_vec(&ks)? {
            let x = vm.get_item(arg, &k)?;
            d.set_item(vm, k, x)?;
        }
        return Ok(());
    }
    let _ = from_init;
    let it = vm.iter(arg)?;
    let mut n = 0usize;
    while let Some(item) = vm.next(&it)? {
        let kv = vm.to_vec(&item).map_err(|e| {
            if e.matches(crate::objects::exceptions::TYPE_ERROR.get()) {
                vm.type_error(format!(
                    "cannot convert dictionary update sequence element #{n} to a sequence"
                ))
            } else {
                e
            }
        })?;
        if kv.len() != 2 {
            return Err(vm.value_error(format!(
                "dictionary update sequence element #{n} has length {}; 2 is required",
                kv.len()
            )));
        }
        let mut kv = kv.into_iter();
        if let (Some(k), Some(x)) = (kv.next(), kv.next()) {
            d.set_item(vm, k, x)?;
        }
        n += 1;
    }
    Ok(())
}

fn dict_or(vm: &Vm, v: &Value, w: &Value) -> PyResult {
    let (Some(a), Some(_)) = (v.downcast_ref::<Dict>(), w.downcast_ref::<Dict>()) else {
        return Ok(none::not_implemented());
    };
    let r = new_dict(vm);
    r.copy_from(a);
    update_from(vm, &r, w, false)?;
    Ok(r.into_value())
}

fn dict_ior(vm: &Vm, v: &Value, w: &Value) -> PyResult {
    let d = dict_of(vm, v)?;
    update_from(vm, d, w, false)?;
    Ok(v.clone())
}

// ---------------------------------------------------------------------------
// Methods.

fn dict_get(vm: &Vm, v: &Value, args: &[Value]) -> PyResult {
    crate::vm::call::check_arity(vm, "get", args.len(), 1, 2)?;
    let d = dict_of(vm, v)?;
    Ok(d.get_item(vm, &args[0])?
        .unwrap_or_else(|| args.get(1).cloned().unwrap_or_else(none::none)))
}

fn dict_setdefault(vm: &Vm, v: &Value, args: &[Value]) -> PyResult {
    crate::vm::call::check_arity(vm, "setdefault", args.len(), 1, 2)?;
    let d = dict_of(vm, v)?;
    if let Some(x) = d.get_item(vm, &args[0])? {
        return Ok(x);
    }
    let default = args.get(1).cloned().unwrap_or_else(none::none);
    d.set_item(vm, args[0].clone(), default.clone())?;
    Ok(default)
}

fn dict_pop(vm: &Vm, v: &Value, args: &[Value]) -> PyResult {
    crate::vm::call::check_arity(vm, "pop", args.len(), 1, 2)?;
    let d = dict_of(vm, v)?;
    match d.del_item(vm, &args[0])? {
        Some(x) => Ok(x),
        None => match args.get(1) {
            Some(default) => Ok(default.clone()),
            None => Err(vm.key_error(args[0].clone())),
        },
    }
}

fn dict_popitem(vm: &Vm, v: &Value) -> PyResult {
    let d = dict_of(vm, v)?;
    match d.prev_entry(usize::MAX) {
        Some((_, k, x)) => {
            d.del_item(vm, &k)?;
            Ok(pair(k, x).into_value())
        }
        None => Err(vm.key_error_msg("popitem(): dictionary is empty")),
    }
}

fn dict_keys(vm: &Vm, v: &Value) -> PyResult {
    new_view(vm, v, IterKind::Keys)
}

fn dict_values(vm: &Vm, v: &Value) -> PyResult {
    new_view(vm, v, IterKind::Values)
}

fn dict_items(vm: &Vm, v: &Value) -> PyResult {
    new_view(vm, v, IterKind::Items)
}

fn dict_update(vm: &Vm, v: &Value, args: FuncArgs<'_>) -> PyResult {
    let pos = args.positional();
    if pos.len() > 1 {
        return Err(vm.type_error(format!("update expected at most 1 argument, got {}", pos.len())));
    }
    let d = dict_of(vm, v)?;
    if let Some(a) = pos.first() {
        update_from(vm, d, a, false)?;
    }
    for (k, x) in args.kwargs() {
        d.set_item(vm, k.clone(), x.clone())?;
    }
    Ok(none::none())
}

fn dict_clear(vm: &Vm, v: &Value) -> PyResult {
    dict_of(vm, v)?.clear();
    Ok(none::none())
}

fn dict_copy(vm: &Vm, v: &Value) -> PyResult {
    let d = dict_of(vm, v)?;
    let r = new_dict(vm);
    r.copy_from(d);
    Ok(r.into_value())
}

fn dict_fromkeys(vm: &Vm, cls: &TypeObject, args: FuncArgs<'_>) -> PyResult {
    let a = args.positional();
    crate::vm::call::check_arity(vm, "fromkeys", a.len(), 1, 2)?;
    let value = a.get(1).cloned().unwrap_or_else(none::none);
    let d = vm.call(&cls.to_value(), &[])?;
    let keys = vm.to_vec(&a[0])?;
    match d.downcast_ref::<Dict>() {
        Some(dd) if d.is_type(DICT_TYPE.get()) => {
            for k in keys {
                dd.set_item(vm, k, value.clone())?;
            }
        }
        _ => {
            for k in keys {
                vm.set_item(&d, k, value.clone())?;
            }
        }
    }
    Ok(d)
}

fn dict_sizeof(vm: &Vm, v: &Value) -> PyResult {
    let d = dict_of(vm, v)?;
    Ok(new_int(48 + 24 * d.len() as i64))
}

fn dict_reversed(vm: &Vm, v: &Value) -> PyResult {
    let _ = dict_of(vm, v)?;
    Ok(new_dict_iter(vm, v.clone(), IterKind::Keys, true))
}

fn dict_class_getitem(vm: &Vm, cls: &TypeObject, args: FuncArgs<'_>) -> PyResult {
    crate::objects::genericalias::class_getitem(vm, cls, args)
}

fn dict_getitem_method(vm: &Vm, v: &Value, key: &Value) -> PyResult {
    dict_subscript(vm, v, key)
}

fn dict_contains_method(vm: &Vm, v: &Value, key: &Value) -> PyResult {
    Ok(bool_::new_bool(dict_contains(vm, v, key)?))
}

static DICT_METHODS: &[MethodDef] = &[
    MethodDef { name: "__contains__", func: MethodFn::O(dict_contains_method), doc: Some("True if the dictionary has the specified key, else False.") },
    MethodDef { name: "__getitem__", func: MethodFn::O(dict_getitem_method), doc: Some("Return self[key].") },
    MethodDef { name: "__sizeof__", func: MethodFn::NoArgs(dict_sizeof), doc: Some("Return the size of the dict in memory, in bytes.") },
    MethodDef { name: "get", func: MethodFn::Fast(dict_get), doc: Some("Return the value for key if key is in the dictionary, else default.") },
    MethodDef { name: "setdefault", func: MethodFn::Fast(dict_setdefault), doc: Some("Insert key with a value of default if key is not in the dictionary.\n\nReturn the value for key if key is in the dictionary, else default.") },
    MethodDef { name: "pop", func: MethodFn::Fast(dict_pop), doc: Some("D.pop(k[,d]) -> v, remove specified key and return the corresponding value.\n\nIf the key is not found, return the default if given; otherwise,\nraise a KeyError.") },
    MethodDef { name: "popitem", func: MethodFn::NoArgs(dict_popitem), doc: Some("Remove and return a (key, value) pair as a 2-tuple.\n\nPairs are returned in LIFO (last-in, first-out) order.\nRaises KeyError if the dict is empty.") },
    MethodDef { name: "keys", func: MethodFn::NoArgs(dict_keys), doc: Some("Return a set-like object providing a view on the dict's keys.") },
    MethodDef { name: "items", func: MethodFn::NoArgs(dict_items), doc: Some("Return a set-like object providing a view on the dict's items.") },
    MethodDef { name: "values", func: MethodFn::NoArgs(dict_values), doc: Some("Return an object providing a view on the dict's values.") },
    MethodDef { name: "update", func: MethodFn::FastKw(dict_update), doc: Some("D.update([E, ]**F) -> None.  Update D from mapping/iterable E and F.\nIf E is present and has a .keys() method, then does:  for k in E.keys(): D[k] = E[k]\nIf E is present and lacks a .keys() method, then does:  for k, v in E: D[k] = v\nIn either case, this is followed by: for k in F:  D[k] = F[k]") },
    MethodDef { name: "fromkeys", func: MethodFn::Class(dict_fromkeys), doc: Some("Create a new dictionary with keys from iterable and values set to value.") },
    MethodDef { name: "clear", func: MethodFn::NoArgs(dict_clear), doc: Some("Remove all items from the dict.") },
    MethodDef { name: "copy", func: MethodFn::NoArgs(dict_copy), doc: Some("Return a shallow copy of the dict.") },
    MethodDef { name: "__reversed__", func: MethodFn::NoArgs(dict_reversed), doc: Some("Return a reverse iterator over the dict keys.") },
    MethodDef { name: "__class_getitem__", func: MethodFn::Class(dict_class_getitem), doc: Some("See PEP 585") },
];

static DICT_DEF: TypeDef = TypeDef {
    name: "dict",
    doc: Some("dict() -> new empty dictionary\ndict(mapping) -> new dictionary initialized from a mapping object's\n    (key, value) pairs\ndict(iterable) -> new dictionary initialized as if via:\n    d = {}\n    for k, v in iterable:\n        d[k] = v\ndict(**kwargs) -> new dictionary initialized with the name=value pairs\n    in the keyword argument list.  For example:  dict(one=1, two=2)"),
    methods: DICT_METHODS,
    getsets: &[],
    members: &[],
    attrs: Vec::new,
};

const DICT_SLOTS: Slots = Slots {
    repr: Cell::new(Some(dict_repr)),
    hash: Cell::new(None),
    richcompare: Cell::new(Some(dict_richcompare)),
    iter: Cell::new(Some(dict_iter)),
    init: Cell::new(Some(dict_init)),
    new: Cell::new(Some(dict_new)),
    nb_or: Cell::new(Some(dict_or)),
    nb_inplace_or: Cell::new(Some(dict_ior)),
    mp_length: Cell::new(Some(dict_len)),
    sq_length: Cell::new(Some(dict_len)),
    mp_subscript: Cell::new(Some(dict_subscript)),
    mp_ass_subscript: Cell::new(Some(dict_ass_subscript)),
    sq_contains: Cell::new(Some(dict_contains)),
    ..OBJECT_SLOTS
};

builtin_type!(pub DICT_TYPE: Dict, def &DICT_DEF, base &OBJECT_TYPE.0, mro [&OBJECT_TYPE.0],
    slots DICT_SLOTS, flags tpflags::BASETYPE | tpflags::HAVE_GC | tpflags::DICT_SUBCLASS | tpflags::MAPPING | tpflags::MATCH_SELF,
    layout ObjectLayout::gc());

// ---------------------------------------------------------------------------
// Views and iterators.

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum IterKind {
    Keys,
    Values,
    Items,
}

/// The payload of dict views (`dict_keys`, `dict_values`, `dict_items`).
pub struct DictView {
    pub dict: Value,
    pub kind: IterKind,
}

// SAFETY: DictView is the only payload with LayoutId::DictView.
unsafe impl Payload for DictView {
    const LAYOUT: LayoutId = LayoutId::DictView;
}

fn new_view(vm: &Vm, d: &Value, kind: IterKind) -> PyResult {
    let ty = match kind {
        IterKind::Keys => DICT_KEYS_TYPE.get(),
        IterKind::Values => DICT_VALUES_TYPE.get(),
        IterKind::Items => DICT_ITEMS_TYPE.get(),
    };
    let r = alloc(ty, DictView { dict: d.clone(), kind }).ok_or_else(|| vm.memory_error())?;
    let r = r.into_value();
    crate::gc::track(vm, &r);
    Ok(r)
}

fn view_of<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a DictView> {
    v.downcast_ref::<DictView>()
        .map(|x| &x.payload)
        .ok_or_else(|| vm.type_error("descriptor requires a dict view"))
}

fn view_len(vm: &Vm, v: &Value) -> PyResult<usize> {
    let view = view_of(vm, v)?;
    Ok(view.dict.downcast_ref::<Dict>().map_or(0, |d| d.len()))
}

fn view_iter(vm: &Vm, v: &Value) -> PyResult {
    let view = view_of(vm, v)?;
    Ok(new_dict_iter(vm, view.dict.clone(), view.kind, false))
}

fn view_repr(vm: &Vm, v: &Value) -> PyResult {
    let view = view_of(vm, v)?;
    let Some(_guard) = vm.repr_enter(v) else {
        return Ok(new_string("...".into()).into_value());
    };
    let items = vm.to_vec(v)?;
    let l = super::list::new_list(items).into_value();
    let name = v.ty().name().to_string();
    let _ = view;
    Ok(new_string(format!("{}({})", name, vm.repr(&l)?.to_string_lossy())).into_value())
}

fn view_contains(vm: &Vm, v: &Value, x: &Value) -> PyResult<bool> {
    let view = view_of(vm, v)?;
    let Some(d) = view.dict.downcast_ref::<Dict>() else { return Ok(false) };
    match view.kind {
        IterKind::Keys => d.contains(vm, x),
        IterKind::Items => {
            let Some(t) = x.downcast_ref::<super::tuple::Tuple>() else { return Ok(false) };
            if t.len() != 2 {
                return Ok(false);
            }
            match d.get_item(vm, &t.as_slice()[0])? {
                Some(val) => vm.eq(&val, &t.as_slice()[1]),
                None => Ok(false),
            }
        }
        IterKind::Values => {
            for val in d.values() {
                if vm.eq(&val, x)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
    }
}

/// Set-like comparisons of keys/items views (CPython `dictview_richcompare`).
fn view_richcompare(vm: &Vm, v: &Value, w: &Value, op: CompareOp) -> PyResult {
    let view = view_of(vm, v)?;
    if view.kind == IterKind::Values {
        return Ok(none::not_implemented());
    }
    let is_setlike = w.downcast_ref::<DictView>().is_some_and(|o| o.kind != IterKind::Values)
        || crate::objects::set::is_anyset(w);
    if !is_setlike {
        return Ok(none::not_implemented());
    }
    let la = view_len(vm, v)?;
    let lb = vm.len(w)?;
    let all_in = |a: &Value, b: &Value| -> PyResult<bool> {
        for x in vm.to_vec(a)? {
            if !vm.contains(b, &x)? {
                return Ok(false);
            }
        }
        Ok(true)
    };
    let r = match op {
        CompareOp::Eq => la == lb && all_in(v, w)?,
        CompareOp::Ne => !(la == lb && all_in(v, w)?),
        CompareOp::Lt => la < lb && all_in(v, w)?,
        CompareOp::Le => la <= lb && all_in(v, w)?,
        CompareOp::Gt => la > lb && all_in(w, v)?,
        CompareOp::Ge => la >= lb && all_in(w, v)?,
    };
    Ok(bool_::new_bool(r))
}

fn view_set_op(vm: &Vm, v: &Value, w: &Value, op: &str) -> PyResult {
    // Set operations on views produce sets (CPython `dictviews_sub` etc.).
    let (a, b) = if v.downcast_ref::<DictView>().is_some() { (v, w) } else { (w, v) };
    let sa = crate::objects::set::new_set_from(vm, a)?;
    let m = vm.get_attr_str(&sa, op)?;
    let r = vm.call(&m, std::slice::from_ref(b))?;
    if op == "difference" && !std::ptr::eq(a, v) {
        // `other - view`: compute from the other side.
        let so = crate::objects::set::new_set_from(vm, v)?;
        let m = vm.get_attr_str(&so, "difference")?;
        return vm.call(&m, std::slice::from_ref(w));
    }
    Ok(r)
}

fn view_and(vm: &Vm, v: &Value, w: &Value) -> PyResult {
    view_set_op(vm, v, w, "intersection")
}
fn view_or(vm: &Vm, v: &Value, w: &Value) -> PyResult {
    view_set_op(vm, v, w, "union")
}
fn view_xor(vm: &Vm, v: &Value, w: &Value) -> PyResult {
    view_set_op(vm, v, w, "symmetric_difference")
}
fn view_sub(vm: &Vm, v: &Value, w: &Value) -> PyResult {
    if v.downcast_ref::<DictView>().is_some() {
        let sa = crate::objects::set::new_set_from(vm, v)?;
        let m = vm.get_attr_str(&sa, "difference")?;
        return vm.call(&m, std::slice::from_ref(w));
    }
    let so = crate::objects::set::new_set_from(vm, v)?;
    let m = vm.get_attr_str(&so, "difference")?;
    vm.call(&m, std::slice::from_ref(w))
}

fn view_reversed(vm: &Vm, v: &Value) -> PyResult {
    let view = view_of(vm, v)?;
    Ok(new_dict_iter(vm, view.dict.clone(), view.kind, true))
}

fn view_mapping(vm: &Vm, v: &Value) -> PyResult {
    let view = view_of(vm, v)?;
    crate::objects::mappingproxy::new_mappingproxy(vm, view.dict.clone())
}

fn view_isdisjoint(vm: &Vm, v: &Value, other: &Value) -> PyResult {
    for x in vm.to_vec(other)? {
        if view_contains(vm, v, &x)? {
            return Ok(bool_::new_bool(false));
        }
    }
    Ok(bool_::new_bool(true))
}

static VIEW_METHODS: &[MethodDef] = &[
    MethodDef { name: "__reversed__", func: MethodFn::NoArgs(view_reversed), doc: Some("Return a reverse iterator over the dict keys.") },
    MethodDef { name: "isdisjoint", func: MethodFn::O(view_isdisjoint), doc: Some("Return True if the view and the given iterable have a null intersection.") },
];

static VALUES_VIEW_METHODS: &[MethodDef] = &[MethodDef {
    name: "__reversed__",
    func: MethodFn::NoArgs(view_reversed),
    doc: Some("Return a reverse iterator over the dict values."),
}];

static VIEW_GETSETS: &[super::type_::GetSetDef] = &[super::type_::GetSetDef {
    name: "mapping",
    get: Some(view_mapping),
    set: None,
    doc: Some("dictionary that this view refers to"),
}];

const VIEW_SLOTS: Slots = Slots {
    repr: Cell::new(Some(view_repr)),
    iter: Cell::new(Some(view_iter)),
    richcompare: Cell::new(Some(view_richcompare)),
    hash: Cell::new(None),
    mp_length: Cell::new(None),
    sq_length: Cell::new(Some(view_len)),
    sq_contains: Cell::new(Some(view_contains)),
    nb_and: Cell::new(Some(view_and)),
    nb_or: Cell::new(Some(view_or)),
    nb_xor: Cell::new(Some(view_xor)),
    nb_subtract: Cell::new(Some(view_sub)),
    new: Cell::new(None),
    ..OBJECT_SLOTS
};

const VALUES_SLOTS: Slots = Slots {
    richcompare: Cell::new(None),
    nb_and: Cell::new(None),
    nb_or: Cell::new(None),
    nb_xor: Cell::new(None),
    nb_subtract: Cell::new(None),
    ..VIEW_SLOTS
};

static DICT_KEYS_DEF: TypeDef = TypeDef { methods: VIEW_METHODS, getsets: VIEW_GETSETS, ..TypeDef::new("dict_keys") };
static DICT_ITEMS_DEF: TypeDef = TypeDef { methods: VIEW_METHODS, getsets: VIEW_GETSETS, ..TypeDef::new("dict_items") };
static DICT_VALUES_DEF: TypeDef = TypeDef { methods: VALUES_VIEW_METHODS, getsets: VIEW_GETSETS, ..TypeDef::new("dict_values") };

builtin_type!(pub DICT_KEYS_TYPE: DictView, def &DICT_KEYS_DEF, base &OBJECT_TYPE.0, mro [&OBJECT_TYPE.0],
    slots VIEW_SLOTS, flags tpflags::HAVE_GC, layout ObjectLayout::gc());
builtin_type!(pub DICT_ITEMS_TYPE: DictView, def &DICT_ITEMS_DEF, base &OBJECT_TYPE.0, mro [&OBJECT_TYPE.0],
    slots VIEW_SLOTS, flags tpflags::HAVE_GC, layout ObjectLayout::gc());
builtin_type!(pub DICT_VALUES_TYPE: DictView, def &DICT_VALUES_DEF, base &OBJECT_TYPE.0, mro [&OBJECT_TYPE.0],
    slots VALUES_SLOTS, flags tpflags::HAVE_GC, layout ObjectLayout::gc());

/// The payload of dict iterators.
pub struct DictIter {
    dict: RefCell<Option<Value>>,
    pos: Cell<usize>,
    /// `ma_used` when iteration started (CPython `di_used`).
    used: Cell<usize>,
    /// Items yielded so far (for `__length_hint__`).
    yielded: Cell<usize>,
    kind: IterKind,
    reversed: bool,
}

// SAFETY: a native layout id is the TypeId of DictIter, which no other type has.
unsafe impl Payload for DictIter {
    const LAYOUT: LayoutId = LayoutId::native::<Self>();
}

fn new_dict_iter(vm: &Vm, d: Value, kind: IterKind, reversed: bool) -> Value {
    let used = d.downcast_ref::<Dict>().map_or(0, |x| x.len());
    let ty = match (kind, reversed) {
        (IterKind::Keys, false) => DICT_KEYITERATOR_TYPE.get(),
        (IterKind::Values, false) => DICT_VALUEITERATOR_TYPE.get(),
        (IterKind::Items, false) => DICT_ITEMITERATOR_TYPE.get(),
        (IterKind::Keys, true) => DICT_REVERSEKEYITERATOR_TYPE.get(),
        (IterKind::Values, true) => DICT_REVERSEVALUEITERATOR_TYPE.get(),
        (IterKind::Items, true) => DICT_REVERSEITEMITERATOR_TYPE.get(),
    };
    let it = DictIter {
        dict: RefCell::new(Some(d)),
        pos: Cell::new(if reversed { usize::MAX } else { 0 }),
        used: Cell::new(used),
        yielded: Cell::new(0),
        kind,
        reversed,
    };
    let r = alloc(ty, it).unwrap_or_else(|| std::alloc::handle_alloc_error(std::alloc::Layout::new::<DictIter>()));
    let r = r.into_value();
    crate::gc::track(vm, &r);
    r
}

/// CPython `dictiter_iternextkey` and friends.
fn dict_iter_next(vm: &Vm, v: &Value) -> PyResult<Option<Value>> {
    let Some(it) = v.downcast_ref::<DictIter>() else {
        return Err(vm.type_error("descriptor requires a dict iterator"));
    };
    let d = it.dict.borrow().clone();
    let Some(d) = d else { return Ok(None) };
    let Some(dict) = d.downcast_ref::<Dict>() else { return Ok(None) };
    if dict.len() != it.used.get() {
        it.used.set(usize::MAX);
        return Err(vm.runtime_error("dictionary changed size during iteration"));
    }
    let entry = if it.reversed {
        dict.prev_entry(it.pos.get()).map(|(p, k, x)| (p, k, x))
    } else {
        dict.next_entry(it.pos.get()).map(|(p, k, x, _)| (p, k, x))
    };
    match entry {
        Some((p, k, x)) => {
            it.pos.set(p);
            it.yielded.set(it.yielded.get() + 1);
            Ok(Some(match it.kind {
                IterKind::Keys => k,
                IterKind::Values => x,
                IterKind::Items => pair(k, x).into_value(),
            }))
        }
        None => {
            let old = it.dict.replace(None);
            drop(old);
            Ok(None)
        }
    }
}

fn dict_iter_length_hint(vm: &Vm, v: &Value) -> PyResult {
    let Some(it) = v.downcast_ref::<DictIter>() else {
        return Err(vm.type_error("descriptor requires a dict iterator"));
    };
    let n = it
        .dict
        .borrow()
        .as_ref()
        .and_then(|d| d.downcast_ref::<Dict>().map(|d| d.len()))
        .map_or(0, |len| if it.used.get() == len { len.saturating_sub(it.yielded.get()) } else { 0 });
    Ok(new_int(n as i64))
}

static DICT_ITER_METHODS: &[MethodDef] = &[MethodDef {
    name: "__length_hint__",
    func: MethodFn::NoArgs(dict_iter_length_hint),
    doc: Some("Private method returning an estimate of len(list(it))."),
}];

const DICT_ITER_SLOTS: Slots = Slots {
    iter: Cell::new(Some(|_, v| Ok(v.clone()))),
    iternext: Cell::new(Some(dict_iter_next)),
    ..OBJECT_SLOTS
};

macro_rules! dict_iter_type {
    ($name:ident, $def:ident, $pyname:literal) => {
        static $def: TypeDef = TypeDef { methods: DICT_ITER_METHODS, ..TypeDef::new($pyname) };
        builtin_type!(pub $name: DictIter, def &$def, base &OBJECT_TYPE.0, mro [&OBJECT_TYPE.0],
            slots DICT_ITER_SLOTS, flags tpflags::HAVE_GC | tpflags::DISALLOW_INSTANTIATION, layout ObjectLayout::gc());
    };
}

dict_iter_type!(DICT_KEYITERATOR_TYPE, DICT_KEYITERATOR_DEF, "dict_keyiterator");
dict_iter_type!(DICT_VALUEITERATOR_TYPE, DICT_VALUEITERATOR_DEF, "dict_valueiterator");
dict_iter_type!(DICT_ITEMITERATOR_TYPE, DICT_ITEMITERATOR_DEF, "dict_itemiterator");
dict_iter_type!(DICT_REVERSEKEYITERATOR_TYPE, DICT_REVERSEKEYITERATOR_DEF, "dict_reversekeyiterator");
dict_iter_type!(DICT_REVERSEVALUEITERATOR_TYPE, DICT_REVERSEVALUEITERATOR_DEF, "dict_reversevalueiterator");
dict_iter_type!(DICT_REVERSEITEMITERATOR_TYPE, DICT_REVERSEITEMITERATOR_DEF, "dict_reverseitemiterator");

/// A dict from (key, value) pairs, for the VM's `BUILD_MAP` and kwargs.
pub fn dict_from_pairs(vm: &Vm, pairs: Vec<(Value, Value)>) -> PyResult<PyRef<Dict>> {
    let d = super::dict::new_dict_with_capacity(vm, pairs.len());
    for (k, v) in pairs {
        d.set_item(vm, k, v)?;
    }
    Ok(d)
}

pub fn unused() {
    let _ = new_tuple;
}
