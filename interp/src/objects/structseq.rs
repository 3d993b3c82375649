//! Struct sequences: the named tuples of the C API (`sys.version_info`,
//! `sys.flags`, `time.struct_time`, `os.stat_result`, ...).
//!
//! CPython: Objects/structseq.c. Each struct sequence type is made per
//! interpreter as a heap subclass of tuple (CPython makes the sys ones
//! static, but they hold nothing but their descriptors); its fields are
//! read through index descriptors, and fields past `n_in_sequence` live in
//! the instance's `__dict__` as CPython keeps them past the visible size.

use super::dict::new_dict;
use super::none;
use super::str::{new_str, new_string};
use super::tuple::{Tuple, new_tuple, new_tuple_of_type};
use super::tuple_type::TUPLE_TYPE;
use super::type_::{CompareOp, MethodDef, MethodFn, Slots, TypeDef, TypeObject, tpflags};
use super::value::{LayoutId, ObjectLayout, Payload, Value, alloc};
use crate::builtin_type;
use crate::objects::baseobject::{OBJECT_SLOTS, OBJECT_TYPE};
use crate::vm::{FuncArgs, PyResult, Vm};

/// How to build one struct sequence type.
pub struct StructSeqDesc {
    /// Dotted name (`"sys.version_info"`): module, then `__name__`.
    pub name: &'static str,
    pub doc: Option<&'static str>,
    pub fields: &'static [&'static str],
    /// The fields that are also tuple items; the rest are attributes only.
    pub n_in_sequence: usize,
    /// False for the `sys` types, which refuse `type(sys.flags)(...)`.
    pub constructible: bool,
}

/// The descriptor of one field: `obj.NAME` is `obj[index]`.
pub struct FieldDescr {
    index: usize,
    name: &'static str,
}

// SAFETY: a native layout id is the TypeId of FieldDescr, which no other type has.
unsafe impl Payload for FieldDescr {
    const LAYOUT: LayoutId = LayoutId::native::<Self>();
}

fn field_get(vm: &Vm, descr: &Value, obj: Option<&Value>, _ty: Option<&Value>) -> PyResult {
    let Some(d) = descr.downcast_ref::<FieldDescr>() else {
        return Err(vm.internal_error("structseq field descriptor"));
    };
    let Some(obj) = obj.filter(|o| !none::is_none(o)) else {
        return Ok(descr.clone());
    };
    let Some(t) = obj.downcast_ref::<Tuple>() else {
        return Err(vm.type_error(format!(
            "descriptor '{}' for 'tuple' objects doesn't apply to a '{}' object",
            d.payload.name,
            obj.ty().tp_name()
        )));
    };
    if let Some(v) = t.payload.get(d.payload.index) {
        return Ok(v.clone());
    }
    // A field past the visible size: kept in the instance dict.
    let hidden = crate::objects::baseobject::instance_dict(obj)
        .and_then(|dict| dict.downcast_ref::<crate::objects::dict::Dict>().and_then(|dict| dict.get_str_item_rs(d.payload.name)));
    match hidden {
        Some(v) => Ok(v),
        None => Ok(none::none()),
    }
}

fn field_set(vm: &Vm, descr: &Value, _obj: &Value, _value: Option<Value>) -> PyResult<()> {
    let name = descr.downcast_ref::<FieldDescr>().map_or("?", |d| d.payload.name);
    Err(vm.attribute_error_msg(format!("readonly attribute '{name}'")))
}

fn field_repr(_vm: &Vm, v: &Value) -> PyResult {
    let name = v.downcast_ref::<FieldDescr>().map_or("?", |d| d.payload.name);
    Ok(new_string(format!("<member '{name}' of 'structseq' objects>")).into_value())
}

static FIELD_DEF: TypeDef = TypeDef::new("member_descriptor");

const FIELD_SLOTS: Slots = Slots {
    repr: std::cell::Cell::new(Some(field_repr)),
    descr_get: std::cell::Cell::new(Some(field_get)),
    descr_set: std::cell::Cell::new(Some(field_set)),
    new: std::cell::Cell::new(None),
    ..OBJECT_SLOTS
};

builtin_type!(pub FIELD_DESCR_TYPE: FieldDescr, def &FIELD_DEF, base &OBJECT_TYPE.0, mro [&OBJECT_TYPE.0],
    slots FIELD_SLOTS, flags tpflags::DEFAULT, layout ObjectLayout::plain());

fn desc_of(vm: &Vm, ty: &TypeObject) -> PyResult<(Vec<String>, usize)> {
    let fields = ty
        .lookup_str("_fields_all")
        .ok_or_else(|| vm.type_error("not a struct sequence type"))?;
    let names = vm.to_vec(&fields)?.iter().map(crate::objects::str_type::display_str).collect();
    let n = ty
        .lookup_str("n_sequence_fields")
        .and_then(|v| v.as_small_int())
        .ok_or_else(|| vm.type_error("not a struct sequence type"))?;
    Ok((names, n as usize))
}

/// `repr(sys.version_info)`: `sys.version_info(major=3, minor=14, ...)`.
fn structseq_repr(vm: &Vm, v: &Value) -> PyResult {
    let ty = v.ty();
    let (names, n) = desc_of(vm, ty)?;
    let Some(t) = v.downcast_ref::<Tuple>() else {
        return Err(vm.type_error("not a struct sequence"));
    };
    let mut out = format!("{}(", ty.tp_name());
    for (i, name) in names.iter().take(n).enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        let item = t.payload.get(i).cloned().unwrap_or_else(none::none);
        out.push_str(name);
        out.push('=');
        out.push_str(&vm.repr(&item)?.to_string_lossy());
    }
    out.push(')');
    Ok(new_string(out).into_value())
}

/// `__reduce__`: `(type, (tuple(self), {hidden fields}))`.
fn structseq_reduce(vm: &Vm, v: &Value) -> PyResult {
    let ty = v.ty();
    let (names, n) = desc_of(vm, ty)?;
    let Some(t) = v.downcast_ref::<Tuple>() else {
        return Err(vm.type_error("not a struct sequence"));
    };
    let d = new_dict(vm);
    for name in names.iter().skip(n) {
        let val = vm.get_attr_str(v, name)?;
        d.set_item(vm, new_str(name).into_value(), val)?;
    }
    let seq = new_tuple(t.payload.as_slice().to_vec()).into_value();
    Ok(new_tuple(vec![ty.to_value(), new_tuple(vec![seq, d.into_value()]).into_value()]).into_value())
}

/// `__replace__` (copy.replace): a copy with some fields changed.
fn structseq_replace(vm: &Vm, v: &Value, args: FuncArgs<'_>) -> PyResult {
    if !args.positional().is_empty() {
        return Err(vm.type_error("__replace__() takes no positional arguments"));
    }
    let ty = v.ty();
    let (names, n) = desc_of(vm, ty)?;
    let mut vals = Vec::with_capacity(names.len());
    for name in &names {
        vals.push(vm.get_attr_str(v, name)?);
    }
    for (k, val) in args.kwargs() {
        let k = crate::objects::str_type::display_str(k);
        match names.iter().position(|x| *x == k) {
            Some(i) => vals[i] = val.clone(),
            None => return Err(vm.type_error(format!("__replace__() got an unexpected keyword argument '{k}'"))),
        }
    }
    make_instance(vm, ty, vals, n)
}

static STRUCTSEQ_METHODS: [MethodDef; 3] = [
    MethodDef { name: "__repr__", func: MethodFn::NoArgs(structseq_repr), doc: None },
    MethodDef { name: "__reduce__", func: MethodFn::NoArgs(structseq_reduce), doc: None },
    MethodDef { name: "__replace__", func: MethodFn::FastKw(structseq_replace), doc: None },
];

fn make_instance(vm: &Vm, ty: &TypeObject, mut vals: Vec<Value>, n: usize) -> PyResult {
    let hidden = vals.split_off(n.min(vals.len()));
    let obj = new_tuple_of_type(ty, vals).into_value();
    if !hidden.is_empty() {
        let (names, _) = desc_of(vm, ty)?;
        if let Some(d) = crate::objects::baseobject::instance_dict_or_create(vm, &obj) {
            for (name, v) in names.iter().skip(n).zip(hidden) {
                d.set_str_item(vm.intern(name), v);
            }
        }
    }
    Ok(obj)
}

/// `T(sequence, dict=None)` for constructible struct sequences (CPython `structseq_new_impl`).
fn structseq_new(vm: &Vm, ty: &TypeObject, args: FuncArgs<'_>) -> PyResult {
    let p = crate::vm::call::parse_args(vm, ty.name().as_ref(), args, &["sequence", "dict"], 1, 2)?;
    let (names, n) = desc_of(vm, ty)?;
    if !ty.lookup_str("_constructible").is_some_and(|c| c.as_small_int() == Some(1)) {
        return Err(vm.type_error(format!("cannot create '{}' instances", ty.tp_name())));
    }
    let seq = vm.to_vec(p[0].as_ref().ok_or_else(|| vm.type_error("missing sequence"))?)?;
    let total = names.len();
    let len = seq.len();
    let tp = ty.tp_name();
    if len < n {
        let which = if n == total { "" } else { "at least " };
        return Err(vm.type_error(format!("{tp}() takes {which}a {n}-sequence ({len}-sequence given)")));
    }
    if len > total {
        let which = if n == total { "" } else { "at most " };
        return Err(vm.type_error(format!("{tp}() takes {which}a {total}-sequence ({len}-sequence given)")));
    }
    let dict = p[1].clone().filter(|d| !none::is_none(d));
    let mut vals = seq;
    for name in names.iter().skip(len) {
        let v = match &dict {
            Some(d) => vm.get_item(d, &new_str(name).into_value()).ok().unwrap_or_else(none::none),
            None => none::none(),
        };
        vals.push(v);
    }
    make_instance(vm, ty, vals, n)
}

fn structseq_richcompare(vm: &Vm, v: &Value, w: &Value, op: CompareOp) -> PyResult {
    let (Some(a), Some(b)) = (v.downcast_ref::<Tuple>(), w.downcast_ref::<Tuple>()) else {
        return Ok(none::not_implemented());
    };
    let a = new_tuple(a.payload.as_slice().to_vec()).into_value();
    let b = new_tuple(b.payload.as_slice().to_vec()).into_value();
    vm.rich_compare(&a, &b, op)
}

/// A new struct sequence type for this interpreter.
pub fn new_type(vm: &Vm, desc: &'static StructSeqDesc) -> PyResult<Value> {
    let (module, name) = desc.name.rsplit_once('.').unwrap_or(("builtins", desc.name));
    let ns = new_dict(vm);
    ns.set_str_item(vm.intern("__module__"), new_str(module).into_value());
    if let Some(doc) = desc.doc {
        ns.set_str_item(vm.intern("__doc__"), new_str(doc).into_value());
    }
    if desc.n_in_sequence == desc.fields.len() {
        ns.set_str_item(vm.intern("__slots__"), new_tuple(vec![]).into_value());
    }
    for (i, f) in desc.fields.iter().enumerate() {
        let d = alloc(FIELD_DESCR_TYPE.get(), FieldDescr { index: i, name: f }).ok_or_else(|| vm.memory_error())?;
        ns.set_str_item(vm.intern(f), d.into_value());
    }
    let all: Vec<Value> = desc.fields.iter().map(|f| new_str(f).into_value()).collect();
    let seq: Vec<Value> = all[..desc.n_in_sequence].to_vec();
    ns.set_str_item(vm.intern("_fields_all"), new_tuple(all).into_value());
    ns.set_str_item(vm.intern("__match_args__"), new_tuple(seq).into_value());
    let small = |n: usize| crate::objects::int::new_int(n as i64);
    ns.set_str_item(vm.intern("n_sequence_fields"), small(desc.n_in_sequence));
    ns.set_str_item(vm.intern("n_fields"), small(desc.fields.len()));
    ns.set_str_item(vm.intern("n_unnamed_fields"), small(0));
    ns.set_str_item(vm.intern("_constructible"), small(desc.constructible as usize));
    for def in &STRUCTSEQ_METHODS {
        ns.set_str_item(vm.intern(def.name), crate::objects::descr::new_method_descriptor(TUPLE_TYPE.get(), def));
    }
    let bases = new_tuple(vec![TUPLE_TYPE.value()]);
    let ty = crate::objects::type_new::new_heap_type(
        vm,
        crate::objects::type_::TYPE_TYPE.get(),
        new_str(name),
        bases,
        ns,
        vec![],
    )?;
    if let Some(t) = ty.downcast_ref::<crate::objects::type_::TypeData>() {
        let t: &TypeObject = t;
        // Instances with hidden fields keep them in a dict; the visible ones
        // are plain tuples. The sys types refuse construction by `__new__`.
        t.slots.new.set(Some(structseq_new));
        t.slots.richcompare.set(Some(structseq_richcompare));
    }
    Ok(ty)
}

/// An instance of a struct sequence type from all its field values.
pub fn new_instance(vm: &Vm, ty: &Value, vals: Vec<Value>) -> PyResult {
    let Some(t) = ty.downcast_ref::<crate::objects::type_::TypeData>() else {
        return Err(vm.internal_error("structseq type"));
    };
    let t: &TypeObject = t;
    let (_, n) = desc_of(vm, t)?;
    make_instance(vm, t, vals, n)
}
