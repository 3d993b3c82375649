//! Type objects: their data, slots, attribute lookup, and the `type` type.
//!
//! CPython: Objects/typeobject.c, Include/cpython/object.h (`PyTypeObject`).
//!
//! # Two kinds of type
//! - **Builtin types** are immortal statics shared by every interpreter
//!   (DESIGN 3): `int`, `list`, `type`, the exception classes, ... Their data
//!   never changes after the process starts: slots, MRO and attribute table are
//!   fixed (the attribute table of immortal descriptors is built once, on first
//!   use, under a `OnceLock`). What CPython keeps per interpreter for them
//!   (subclass lists, `__dict__` copies) lives in the interpreter's side tables.
//! - **Heap types** (`class` statements, `type(name, bases, dict)`) belong to one
//!   interpreter. Their mutable state (name, dict, bases, MRO, subclass list) is
//!   in [`HeapTypeData`]; slots are `Cell`s updated when a dunder is assigned.
//!
//! Only `Cell`s of `Copy` data are read on builtin types, so reading a static
//! type from several threads at once never writes memory (see
//! [`super::value::Static`]).

use std::cell::{Cell, RefCell};
use std::ptr;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicU32, Ordering};

use super::value::{LayoutId, ObjectLayout, Payload, PayloadVTable, PyObject, PyRef, Static, Value};
use crate::objects::dict::Dict;
use crate::objects::str::Str;
use crate::objects::tuple::Tuple;
use crate::vm::{FuncArgs, PyResult, Vm};

/// A type object: a heap object whose payload is [`TypeData`].
pub type TypeObject = PyObject<TypeData>;
/// A builtin type, declared as a static.
pub type StaticType = Static<TypeData>;

/// `tp_flags` bits, with CPython's values where they are visible (`__flags__`).
pub mod tpflags {
    pub const STATIC_BUILTIN: u64 = 1 << 1;
    pub const MANAGED_WEAKREF: u64 = 1 << 3;
    pub const MANAGED_DICT: u64 = 1 << 4;
    pub const SEQUENCE: u64 = 1 << 5;
    pub const MAPPING: u64 = 1 << 6;
    pub const DISALLOW_INSTANTIATION: u64 = 1 << 7;
    pub const IMMUTABLETYPE: u64 = 1 << 8;
    pub const HEAPTYPE: u64 = 1 << 9;
    pub const BASETYPE: u64 = 1 << 10;
    pub const HAVE_VECTORCALL: u64 = 1 << 11;
    pub const READY: u64 = 1 << 12;
    pub const READYING: u64 = 1 << 13;
    pub const HAVE_GC: u64 = 1 << 14;
    pub const METHOD_DESCRIPTOR: u64 = 1 << 17;
    pub const VALID_VERSION_TAG: u64 = 1 << 19;
    pub const IS_ABSTRACT: u64 = 1 << 20;
    pub const MATCH_SELF: u64 = 1 << 22;
    pub const ITEMS_AT_END: u64 = 1 << 23;
    pub const LONG_SUBCLASS: u64 = 1 << 24;
    pub const LIST_SUBCLASS: u64 = 1 << 25;
    pub const TUPLE_SUBCLASS: u64 = 1 << 26;
    pub const BYTES_SUBCLASS: u64 = 1 << 27;
    pub const UNICODE_SUBCLASS: u64 = 1 << 28;
    pub const DICT_SUBCLASS: u64 = 1 << 29;
    pub const BASE_EXC_SUBCLASS: u64 = 1 << 30;
    pub const TYPE_SUBCLASS: u64 = 1 << 31;
    pub const DEFAULT: u64 = 0;
    /// oxpy: the type (or a base) defines `__del__` (`tp_finalize`).
    pub const HAS_FINALIZER: u64 = 1 << 40;
}

/// Rich comparison operators, numbered as CPython's `Py_LT` .. `Py_GE`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum CompareOp {
    Lt = 0,
    Le = 1,
    Eq = 2,
    Ne = 3,
    Gt = 4,
    Ge = 5,
}

impl CompareOp {
    pub fn from_u8(v: u8) -> Option<CompareOp> {
        Some(match v {
            0 => CompareOp::Lt,
            1 => CompareOp::Le,
            2 => CompareOp::Eq,
            3 => CompareOp::Ne,
            4 => CompareOp::Gt,
            5 => CompareOp::Ge,
            _ => return None,
        })
    }

    /// The operator with its operands swapped (`_Py_SwappedOp`).
    pub fn swapped(self) -> CompareOp {
        match self {
            CompareOp::Lt => CompareOp::Gt,
            CompareOp::Le => CompareOp::Ge,
            CompareOp::Eq => CompareOp::Eq,
            CompareOp::Ne => CompareOp::Ne,
            CompareOp::Gt => CompareOp::Lt,
            CompareOp::Ge => CompareOp::Le,
        }
    }

    pub fn symbol(self) -> &'static str {
        match self {
            CompareOp::Lt => "<",
            CompareOp::Le => "<=",
            CompareOp::Eq => "==",
            CompareOp::Ne => "!=",
            CompareOp::Gt => ">",
            CompareOp::Ge => ">=",
        }
    }

    pub fn dunder(self) -> &'static str {
        match self {
            CompareOp::Lt => "__lt__",
            CompareOp::Le => "__le__",
            CompareOp::Eq => "__eq__",
            CompareOp::Ne => "__ne__",
            CompareOp::Gt => "__gt__",
            CompareOp::Ge => "__ge__",
        }
    }

    /// Whether `ordering` satisfies this operator.
    pub fn test(self, ordering: std::cmp::Ordering) -> bool {
        use std::cmp::Ordering::*;
        match self {
            CompareOp::Lt => ordering == Less,
            CompareOp::Le => ordering != Greater,
            CompareOp::Eq => ordering == Equal,
            CompareOp::Ne => ordering != Equal,
            CompareOp::Gt => ordering == Greater,
            CompareOp::Ge => ordering != Less,
        }
    }
}

pub type UnaryFn = fn(&Vm, &Value) -> PyResult;
pub type BinaryFn = fn(&Vm, &Value, &Value) -> PyResult;
pub type TernaryFn = fn(&Vm, &Value, &Value, &Value) -> PyResult;
pub type InquiryFn = fn(&Vm, &Value) -> PyResult<bool>;
pub type LenFn = fn(&Vm, &Value) -> PyResult<usize>;
pub type HashFn = fn(&Vm, &Value) -> PyResult<i64>;
pub type RichCmpFn = fn(&Vm, &Value, &Value, CompareOp) -> PyResult;
/// `tp_getattro`; `Ok(None)` means "no such attribute" without building the
/// AttributeError yet (the caller raises it, or `getattr(x, n, default)` and
/// `hasattr` use the default without one).
pub type GetAttrFn = fn(&Vm, &Value, &PyRef<Str>) -> PyResult<Option<Value>>;
/// `tp_setattro`; `None` deletes.
pub type SetAttrFn = fn(&Vm, &Value, &PyRef<Str>, Option<Value>) -> PyResult<()>;
/// `tp_descr_get(descr, obj, type)`.
pub type DescrGetFn = fn(&Vm, &Value, Option<&Value>, Option<&Value>) -> PyResult;
/// `tp_descr_set(descr, obj, value)`; `None` deletes.
pub type DescrSetFn = fn(&Vm, &Value, &Value, Option<Value>) -> PyResult<()>;
/// `tp_iternext`; `Ok(None)` is exhaustion without a StopIteration object.
pub type IterNextFn = fn(&Vm, &Value) -> PyResult<Option<Value>>;
/// `tp_call` in vectorcall form.
pub type CallFn = fn(&Vm, &Value, FuncArgs<'_>) -> PyResult;
/// `tp_new(type, args)`.
pub type NewFn = fn(&Vm, &TypeObject, FuncArgs<'_>) -> PyResult;
/// `tp_init(self, args)`.
pub type InitFn = fn(&Vm, &Value, FuncArgs<'_>) -> PyResult<()>;
/// `mp_ass_subscript(obj, key, value)`; `None` deletes.
pub type SetItemFn = fn(&Vm, &Value, &Value, Option<Value>) -> PyResult<()>;
/// `sq_contains`.
pub type ContainsFn = fn(&Vm, &Value, &Value) -> PyResult<bool>;

/// A type's slots (CPython's `tp_*`, `nb_*`, `sq_*`, `mp_*`, `am_*`), as one
/// flat table. Heap types fill theirs from their base and their dunders
/// (see `slots.rs`); builtin types declare theirs, inheriting by struct update
/// from their base's `const` slots.
pub struct Slots {
    pub repr: Cell<Option<UnaryFn>>,
    pub str: Cell<Option<UnaryFn>>,
    pub hash: Cell<Option<HashFn>>,
    pub call: Cell<Option<CallFn>>,
    pub getattro: Cell<Option<GetAttrFn>>,
    pub setattro: Cell<Option<SetAttrFn>>,
    pub richcompare: Cell<Option<RichCmpFn>>,
    pub iter: Cell<Option<UnaryFn>>,
    pub iternext: Cell<Option<IterNextFn>>,
    pub descr_get: Cell<Option<DescrGetFn>>,
    pub descr_set: Cell<Option<DescrSetFn>>,
    pub init: Cell<Option<InitFn>>,
    pub new: Cell<Option<NewFn>>,

    pub nb_add: Cell<Option<BinaryFn>>,
    pub nb_subtract: Cell<Option<BinaryFn>>,
    pub nb_multiply: Cell<Option<BinaryFn>>,
    pub nb_remainder: Cell<Option<BinaryFn>>,
    pub nb_divmod: Cell<Option<BinaryFn>>,
    pub nb_power: Cell<Option<TernaryFn>>,
    pub nb_negative: Cell<Option<UnaryFn>>,
    pub nb_positive: Cell<Option<UnaryFn>>,
    pub nb_absolute: Cell<Option<UnaryFn>>,
    pub nb_bool: Cell<Option<InquiryFn>>,
    pub nb_invert: Cell<Option<UnaryFn>>,
    pub nb_lshift: Cell<Option<BinaryFn>>,
    pub nb_rshift: Cell<Option<BinaryFn>>,
    pub nb_and: Cell<Option<BinaryFn>>,
    pub nb_xor: Cell<Option<BinaryFn>>,
    pub nb_or: Cell<Option<BinaryFn>>,
    pub nb_int: Cell<Option<UnaryFn>>,
    pub nb_float: Cell<Option<UnaryFn>>,
    pub nb_inplace_add: Cell<Option<BinaryFn>>,
    pub nb_inplace_subtract: Cell<Option<BinaryFn>>,
    pub nb_inplace_multiply: Cell<Option<BinaryFn>>,
    pub nb_inplace_remainder: Cell<Option<BinaryFn>>,
    pub nb_inplace_power: Cell<Option<TernaryFn>>,
    pub nb_inplace_lshift: Cell<Option<BinaryFn>>,
    pub nb_inplace_rshift: Cell<Option<BinaryFn>>,
    pub nb_inplace_and: Cell<Option<BinaryFn>>,
    pub nb_inplace_xor: Cell<Option<BinaryFn>>,
    pub nb_inplace_or: Cell<Option<BinaryFn>>,
    pub nb_floor_divide: Cell<Option<BinaryFn>>,
    pub nb_true_divide: Cell<Option<BinaryFn>>,
    pub nb_inplace_floor_divide: Cell<Option<BinaryFn>>,
    pub nb_inplace_true_divide: Cell<Option<BinaryFn>>,
    pub nb_index: Cell<Option<UnaryFn>>,
    pub nb_matrix_multiply: Cell<Option<BinaryFn>>,
    pub nb_inplace_matrix_multiply: Cell<Option<BinaryFn>>,

    pub mp_length: Cell<Option<LenFn>>,
    pub mp_subscript: Cell<Option<BinaryFn>>,
    pub mp_ass_subscript: Cell<Option<SetItemFn>>,
    pub sq_length: Cell<Option<LenFn>>,
    pub sq_concat: Cell<Option<BinaryFn>>,
    pub sq_repeat: Cell<Option<BinaryFn>>,
    pub sq_inplace_concat: Cell<Option<BinaryFn>>,
    pub sq_inplace_repeat: Cell<Option<BinaryFn>>,
    pub sq_item: Cell<Option<BinaryFn>>,
    pub sq_contains: Cell<Option<ContainsFn>>,

    pub am_await: Cell<Option<UnaryFn>>,
    pub am_aiter: Cell<Option<UnaryFn>>,
    pub am_anext: Cell<Option<UnaryFn>>,
}

impl Slots {
    /// No slots at all (a base for `object`'s).
    pub const EMPTY: Slots = Slots {
        repr: Cell::new(None),
        str: Cell::new(None),
        hash: Cell::new(None),
        call: Cell::new(None),
        getattro: Cell::new(None),
        setattro: Cell::new(None),
        richcompare: Cell::new(None),
        iter: Cell::new(None),
        iternext: Cell::new(None),
        descr_get: Cell::new(None),
        descr_set: Cell::new(None),
        init: Cell::new(None),
        new: Cell::new(None),
        nb_add: Cell::new(None),
        nb_subtract: Cell::new(None),
        nb_multiply: Cell::new(None),
        nb_remainder: Cell::new(None),
        nb_divmod: Cell::new(None),
        nb_power: Cell::new(None),
        nb_negative: Cell::new(None),
        nb_positive: Cell::new(None),
        nb_absolute: Cell::new(None),
        nb_bool: Cell::new(None),
        nb_invert: Cell::new(None),
        nb_lshift: Cell::new(None),
        nb_rshift: Cell::new(None),
        nb_and: Cell::new(None),
        nb_xor: Cell::new(None),
        nb_or: Cell::new(None),
        nb_int: Cell::new(None),
        nb_float: Cell::new(None),
        nb_inplace_add: Cell::new(None),
        nb_inplace_subtract: Cell::new(None),
        nb_inplace_multiply: Cell::new(None),
        nb_inplace_remainder: Cell::new(None),
        nb_inplace_power: Cell::new(None),
        nb_inplace_lshift: Cell::new(None),
        nb_inplace_rshift: Cell::new(None),
        nb_inplace_and: Cell::new(None),
        nb_inplace_xor: Cell::new(None),
        nb_inplace_or: Cell::new(None),
        nb_floor_divide: Cell::new(None),
        nb_true_divide: Cell::new(None),
        nb_inplace_floor_divide: Cell::new(None),
        nb_inplace_true_divide: Cell::new(None),
        nb_index: Cell::new(None),
        nb_matrix_multiply: Cell::new(None),
        nb_inplace_matrix_multiply: Cell::new(None),
        mp_length: Cell::new(None),
        mp_subscript: Cell::new(None),
        mp_ass_subscript: Cell::new(None),
        sq_length: Cell::new(None),
        sq_concat: Cell::new(None),
        sq_repeat: Cell::new(None),
        sq_inplace_concat: Cell::new(None),
        sq_inplace_repeat: Cell::new(None),
        sq_item: Cell::new(None),
        sq_contains: Cell::new(None),
        am_await: Cell::new(None),
        am_aiter: Cell::new(None),
        am_anext: Cell::new(None),
    };

    /// A copy (for heap types, which start from their base's slots).
    pub fn copy_from(&self, other: &Slots) {
        macro_rules! copy {
            ($($f:ident),*) => { $( self.$f.set(other.$f.get()); )* };
        }
        copy!(
            repr, str, hash, call, getattro, setattro, richcompare, iter, iternext, descr_get,
            descr_set, init, new, nb_add, nb_subtract, nb_multiply, nb_remainder, nb_divmod,
            nb_power, nb_negative, nb_positive, nb_absolute, nb_bool, nb_invert, nb_lshift,
            nb_rshift, nb_and, nb_xor, nb_or, nb_int, nb_float, nb_inplace_add,
            nb_inplace_subtract, nb_inplace_multiply, nb_inplace_remainder, nb_inplace_power,
            nb_inplace_lshift, nb_inplace_rshift, nb_inplace_and, nb_inplace_xor, nb_inplace_or,
            nb_floor_divide, nb_true_divide, nb_inplace_floor_divide, nb_inplace_true_divide,
            nb_index, nb_matrix_multiply, nb_inplace_matrix_multiply, mp_length, mp_subscript,
            mp_ass_subscript, sq_length, sq_concat, sq_repeat, sq_inplace_concat,
            sq_inplace_repeat, sq_item, sq_contains, am_await, am_aiter, am_anext
        );
    }
}

/// A builtin method of a builtin type or module (CPython `PyMethodDef`).
pub struct MethodDef {
    pub name: &'static str,
    pub func: MethodFn,
    /// `__doc__` (with the `__text_signature__` line CPython's clinic puts first).
    pub doc: Option<&'static str>,
}

/// The calling conventions of builtin methods (CPython's `METH_*` flags). The
/// receiver comes first for methods; module functions receive the module.
#[derive(Clone, Copy)]
pub enum MethodFn {
    /// `METH_NOARGS`: "X() takes no arguments (N given)" otherwise.
    NoArgs(fn(&Vm, &Value) -> PyResult),
    /// `METH_O`: "X() takes exactly one argument (N given)" otherwise.
    O(fn(&Vm, &Value, &Value) -> PyResult),
    /// `METH_FASTCALL`: positional arguments only; the function checks their number.
    Fast(fn(&Vm, &Value, &[Value]) -> PyResult),
    /// `METH_FASTCALL | METH_KEYWORDS`.
    FastKw(fn(&Vm, &Value, FuncArgs<'_>) -> PyResult),
    /// `METH_CLASS | METH_FASTCALL | METH_KEYWORDS`: receives the class.
    Class(fn(&Vm, &TypeObject, FuncArgs<'_>) -> PyResult),
    /// `METH_STATIC`: no receiver (the first `Value` is unused).
    Static(fn(&Vm, &Value, FuncArgs<'_>) -> PyResult),
}

/// A computed attribute of a builtin type (CPython `PyGetSetDef`).
pub struct GetSetDef {
    pub name: &'static str,
    pub get: Option<fn(&Vm, &Value) -> PyResult>,
    pub set: Option<fn(&Vm, &Value, Option<Value>) -> PyResult<()>>,
    pub doc: Option<&'static str>,
}

/// A plain data attribute of a builtin type's payload (CPython `PyMemberDef`),
/// read through a getter because payloads are Rust structs.
pub struct MemberDef {
    pub name: &'static str,
    pub get: fn(&Vm, &Value) -> PyResult,
    pub set: Option<fn(&Vm, &Value, Option<Value>) -> PyResult<()>>,
    pub doc: Option<&'static str>,
}

/// What a builtin type declares besides its slots.
pub struct TypeDef {
    /// `tp_name`: the qualified name for extension types (`"itertools.count"`), plain for
    /// builtins; `__name__` is the part after the last dot.
    pub name: &'static str,
    pub doc: Option<&'static str>,
    pub methods: &'static [MethodDef],
    pub getsets: &'static [GetSetDef],
    pub members: &'static [MemberDef],
    /// Class attributes that are neither methods nor descriptors (constants).
    pub attrs: fn() -> Vec<(&'static str, Value)>,
}

impl TypeDef {
    pub const fn new(name: &'static str) -> TypeDef {
        TypeDef {
            name,
            doc: None,
            methods: &[],
            getsets: &[],
            members: &[],
            attrs: no_attrs,
        }
    }
}

fn no_attrs() -> Vec<(&'static str, Value)> {
    Vec::new()
}

/// The mutable state of a heap type; builtin types have none.
pub struct HeapTypeData {
    pub(crate) name: RefCell<PyRef<Str>>,
    pub(crate) qualname: RefCell<PyRef<Str>>,
    pub(crate) dict: PyRef<Dict>,
    pub(crate) bases: RefCell<PyRef<Tuple>>,
    pub(crate) mro: RefCell<PyRef<Tuple>>,
    /// The MRO as raw type pointers, kept in step with `mro` (which owns the
    /// references), for allocation-free walks.
    pub(crate) mro_ptrs: RefCell<Box<[*const TypeObject]>>,
    /// `__slots__` names after mangling, for `__slots__`-based layouts.
    pub(crate) slot_names: Option<PyRef<Tuple>>,
    /// Weak references to direct subclasses (`__subclasses__`, slot updates).
    pub(crate) subclasses: RefCell<Vec<Value>>,
    /// The interpreter that made the type.
    pub(crate) interp_id: u64,
}

/// The payload of a type object.
pub struct TypeData {
    pub(crate) def: &'static TypeDef,
    pub(crate) flags: Cell<u64>,
    /// `tp_base`: the solid base for layout purposes (`None` only for `object`).
    pub(crate) base: Cell<*const TypeObject>,
    /// The MRO: a static slice for builtin types, `HeapTypeData::mro_ptrs` for heap types.
    pub(crate) mro: Cell<*const [*const TypeObject]>,
    /// The static bases of a builtin type (`__bases__`).
    pub(crate) static_bases: &'static [*const TypeObject],
    pub slots: Slots,
    pub(crate) layout: Cell<ObjectLayout>,
    pub(crate) layout_id: LayoutId,
    pub(crate) vtable: &'static PayloadVTable,
    /// Builtin types: the attribute table, built on first lookup.
    pub(crate) attrs: OnceLock<AttrTable>,
    pub(crate) heap: Option<Box<HeapTypeData>>,
    /// Version tag for attribute caches (0: none assigned). Atomic because
    /// builtin types assign theirs lazily from any thread; relaxed loads and
    /// stores are plain moves.
    pub(crate) version: AtomicU32,
}

/// Version tags of all types, handed out on first use (and again after a
/// heap type is modified). Relaxed: only uniqueness matters.
static NEXT_TYPE_VERSION: AtomicU32 = AtomicU32::new(1);

// SAFETY: see the safety note on `Static`: builtin types are never written after
// construction (their Cells are only read; `heap` is None; `attrs` is a OnceLock).
unsafe impl Payload for TypeData {
    const LAYOUT: LayoutId = LayoutId::Type;
}

impl TypeData {
    /// A builtin type's data. `mro` starts with the type itself.
    #[allow(clippy::too_many_arguments)]
    pub const fn new_static(
        def: &'static TypeDef,
        base: *const TypeObject,
        bases: &'static [*const TypeObject],
        mro: &'static [*const TypeObject],
        slots: Slots,
        flags: u64,
        layout: ObjectLayout,
        layout_id: LayoutId,
        vtable: &'static PayloadVTable,
    ) -> TypeData {
        TypeData {
            def,
            flags: Cell::new(flags | tpflags::STATIC_BUILTIN | tpflags::IMMUTABLETYPE | tpflags::READY),
            base: Cell::new(base),
            mro: Cell::new(mro),
            static_bases: bases,
            slots,
            layout: Cell::new(layout),
            layout_id,
            vtable,
            attrs: OnceLock::new(),
            heap: None,
            version: AtomicU32::new(0),
        }
    }
}

/// Declares a builtin type as an immortal static.
///
/// ```ignore
/// builtin_type!(pub LIST_TYPE: List, def &LIST_DEF, base &OBJECT_TYPE.0, mro [&OBJECT_TYPE.0],
///               slots LIST_SLOTS, flags tpflags::BASETYPE | tpflags::LIST_SUBCLASS,
///               layout ObjectLayout::gc());
/// ```
#[macro_export]
macro_rules! builtin_type {
    (
        $vis:vis $name:ident : $payload:ty,
        def $def:expr, base $base:expr, mro [$($mro:expr),*],
        slots $slots:expr, flags $flags:expr, layout $layout:expr $(,)?
    ) => {
        $vis static $name: $crate::objects::type_::StaticType = $crate::objects::value::Static(
            $crate::objects::value::PyObject::new_static(
                &$crate::objects::type_::TYPE_TYPE.0,
                $crate::objects::type_::TypeData::new_static(
                    $def,
                    $base,
                    &const { [$base as *const _] },
                    &const { [&$name.0 as *const _, $($mro as *const _),*] },
                    $slots,
                    $flags,
                    $layout,
                    <$payload as $crate::objects::value::Payload>::LAYOUT,
                    &const { $crate::objects::value::PayloadVTable::of::<$payload>() },
                ),
            ),
        );
    };
}

/// A builtin type's attributes: name -> immortal descriptor or constant.
pub struct AttrTable {
    entries: Vec<(PyRef<Str>, Value)>,
    index: std::collections::HashMap<Box<str>, usize>,
}

// SAFETY: the table holds only immortal objects (static strings, descriptors
// made immortal when the table is built), which are never written; see `Static`.
unsafe impl Sync for AttrTable {}
// SAFETY: as above; the table is built by one thread and then only read.
unsafe impl Send for AttrTable {}

impl AttrTable {
    pub(crate) fn new(entries: Vec<(PyRef<Str>, Value)>) -> AttrTable {
        let mut index = std::collections::HashMap::with_capacity(entries.len());
        for (i, (k, v)) in entries.iter().enumerate() {
            k.header().make_immortal();
            if let Some(h) = v.as_object() {
                h.make_immortal();
            }
            index.insert(Box::<str>::from(k.as_str_lossy()), i);
        }
        AttrTable { entries, index }
    }

    pub fn get(&self, name: &str) -> Option<&Value> {
        self.index.get(name).map(|&i| &self.entries[i].1)
    }

    pub fn iter(&self) -> impl Iterator<Item = (&PyRef<Str>, &Value)> {
        self.entries.iter().map(|(k, v)| (k, v))
    }
}

/// The name a type shows, borrowed from a static or held from a heap type.
pub enum TypeName<'a> {
    Static(&'a str),
    Heap(PyRef<Str>),
}

impl std::ops::Deref for TypeName<'_> {
    type Target = str;
    fn deref(&self) -> &str {
        match self {
            TypeName::Static(s) => s,
            TypeName::Heap(s) => s.as_str_lossy(),
        }
    }
}

impl std::fmt::Display for TypeName<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self)
    }
}

impl TypeObject {
    #[inline(always)]
    pub fn flags(&self) -> u64 {
        self.payload.flags.get()
    }

    #[inline(always)]
    pub fn has_flag(&self, f: u64) -> bool {
        self.flags() & f != 0
    }

    #[inline(always)]
    pub fn is_heap_type(&self) -> bool {
        self.payload.heap.is_some()
    }

    pub fn heap(&self) -> Option<&HeapTypeData> {
        self.payload.heap.as_deref()
    }

    #[inline(always)]
    pub fn layout_id(&self) -> LayoutId {
        self.payload.layout_id
    }

    #[inline(always)]
    pub(crate) fn object_layout(&self) -> ObjectLayout {
        self.payload.layout.get()
    }

    #[inline(always)]
    pub(crate) fn payload_vtable(&self) -> &'static PayloadVTable {
        self.payload.vtable
    }

    pub(crate) fn has_finalizer(&self) -> bool {
        self.has_flag(tpflags::HAS_FINALIZER)
    }

    /// `__name__`.
    pub fn name(&self) -> TypeName<'_> {
        match &self.payload.heap {
            Some(h) => TypeName::Heap(h.name.borrow().clone()),
            None => {
                let n = self.payload.def.name;
                TypeName::Static(n.rsplit('.').next().unwrap_or(n))
            }
        }
    }

    /// `tp_name`: what error messages print (`'int' object ...`); for builtin
    /// extension types it includes the module (`itertools.count`).
    pub fn tp_name(&self) -> TypeName<'_> {
        match &self.payload.heap {
            Some(h) => TypeName::Heap(h.name.borrow().clone()),
            None => TypeName::Static(self.payload.def.name),
        }
    }

    /// `__qualname__`.
    pub fn qualname(&self) -> TypeName<'_> {
        match &self.payload.heap {
            Some(h) => TypeName::Heap(h.qualname.borrow().clone()),
            None => self.name(),
        }
    }

    /// `tp_base`.
    pub fn base(&self) -> Option<&TypeObject> {
        let b = self.payload.base.get();
        // SAFETY: a type's base outlives it (static, or held by its bases tuple).
        if b.is_null() { None } else { Some(unsafe { &*b }) }
    }

    /// The MRO, starting with the type itself.
    #[inline]
    pub fn mro(&self) -> &[*const TypeObject] {
        // SAFETY: `mro` points at a static slice or at the heap type's
        // `mro_ptrs`, replaced only together with the tuple that keeps its
        // types alive; callers do not hold the slice across code that could
        // assign `__bases__` (which only heap types allow).
        unsafe { &*self.payload.mro.get() }
    }

    /// Iterates the MRO as type references.
    pub fn mro_types(&self) -> impl Iterator<Item = &TypeObject> + '_ {
        // SAFETY: as in `mro`.
        self.mro().iter().map(|&t| unsafe { &*t })
    }

    /// `PyType_IsSubtype`: whether `self` is `other` or derives from it.
    #[inline]
    pub fn is_subtype(&self, other: &TypeObject) -> bool {
        if ptr::eq(self, other) {
            return true;
        }
        self.mro().iter().any(|&t| ptr::eq(t, other))
    }

    /// `_PyType_Lookup`: the attribute `name` found along the MRO, without
    /// descriptor binding.
    ///
    /// Answers come from the thread's type attribute cache when this type's
    /// version and the name match an entry (CPython's method cache).
    #[inline]
    pub fn lookup(&self, name: &Str) -> Option<Value> {
        let version = self.version();
        if version != 0 {
            if let Some(hit) = super::type_cache::get(version, name) {
                return hit;
            }
        }
        let r = self.lookup_uncached(name);
        if version != 0 {
            super::type_cache::put(version, name, r.as_ref());
        }
        r
    }

    /// The MRO walk of [`Self::lookup`].
    fn lookup_uncached(&self, name: &Str) -> Option<Value> {
        for t in self.mro_types() {
            if let Some(v) = t.own_attr(name) {
                return Some(v);
            }
        }
        None
    }

    /// Like [`Self::lookup`] with a Rust string name.
    pub fn lookup_str(&self, name: &str) -> Option<Value> {
        if let Some(st) = super::names::static_name(name) {
            return self.lookup(st);
        }
        for t in self.mro_types() {
            if let Some(v) = t.own_attr_str(name) {
                return Some(v);
            }
        }
        None
    }

    /// The attribute in this type's own namespace (`__dict__`), not its bases'.
    pub fn own_attr(&self, name: &Str) -> Option<Value> {
        match &self.payload.heap {
            Some(h) => h.dict.get_str_item(name),
            None => self.attr_table().get(name.as_str_lossy()).cloned(),
        }
    }

    pub fn own_attr_str(&self, name: &str) -> Option<Value> {
        match &self.payload.heap {
            Some(h) => h.dict.get_str_item_rs(name),
            None => self.attr_table().get(name).cloned(),
        }
    }

    /// A builtin type's attribute table, built on first use.
    pub fn attr_table(&self) -> &AttrTable {
        self.payload
            .attrs
            .get_or_init(|| crate::objects::slots::build_attr_table(self))
    }

    /// The version tag attribute caches key on; 0 when none can be assigned.
    /// Every type gets one on first use, and a heap type a new one after
    /// each modification.
    #[inline]
    pub fn version(&self) -> u32 {
        let v = self.payload.version.load(Ordering::Relaxed);
        if v != 0 {
            return v;
        }
        self.fresh_version()
    }

    /// Assigns a version from the process-wide counter: versions are never
    /// reused (by any type, in any interpreter), so the per-thread type cache
    /// can key on them alone. Once the counter runs out, types stay
    /// unversioned and lookups are not cached (as CPython's do).
    #[cold]
    fn fresh_version(&self) -> u32 {
        let fresh = NEXT_TYPE_VERSION.fetch_add(1, Ordering::Relaxed);
        if fresh == 0 || fresh == u32::MAX {
            NEXT_TYPE_VERSION.store(u32::MAX, Ordering::Relaxed);
            return 0;
        }
        match self.payload.version.compare_exchange(0, fresh, Ordering::Relaxed, Ordering::Relaxed) {
            Ok(_) => fresh,
            Err(existing) => existing,
        }
    }

    /// `PyType_Modified`: a heap type's namespace or bases changed; forget its
    /// version (and its subclasses'), so caches keyed on it miss.
    pub fn modified(&self) {
        if !self.is_heap_type() || self.payload.version.load(Ordering::Relaxed) == 0 {
            return;
        }
        self.payload.version.store(0, Ordering::Relaxed);
        if let Some(h) = &self.payload.heap {
            for sub in h.subclasses.borrow().iter() {
                if let Some(t) = crate::objects::weakref::upgrade_type(sub) {
                    t.modified();
                }
            }
        }
    }

    /// A fresh typed reference to this type object.
    pub fn to_type_ref(&self) -> PyRef<TypeData> {
        self.to_ref()
    }

    /// Whether instances carry a `__dict__`.
    pub fn has_instance_dict(&self) -> bool {
        self.object_layout().extras && self.has_flag(tpflags::MANAGED_DICT)
    }
}

/// Calls the finalizer (`__del__`) of a dying object whose refcount the caller
/// set to 1 (CPython `PyObject_CallFinalizerFromDealloc`). Errors go to
/// `sys.unraisablehook`.
pub(crate) fn call_finalizer(h: &super::value::ObjectHeader) {
    // SAFETY: the caller set the count to 1 for us: this Value borrows that
    // count and is forgotten, not dropped, so the count stays the caller's.
    let v = std::mem::ManuallyDrop::new(unsafe {
        Value::from_owned_ptr(std::ptr::NonNull::from(h))
    });
    crate::vm::with_current_vm(|vm| {
        if let Some(vm) = vm {
            crate::objects::slots::run_del(vm, &v);
        }
    });
}

// ---------------------------------------------------------------------------
// The `type` type.

pub static TYPE_DEF: TypeDef = TypeDef {
    name: "type",
    doc: Some(
        "type(object) -> the object's type\ntype(name, bases, dict, **kwds) -> a new type",
    ),
    methods: crate::objects::type_methods::TYPE_METHODS,
    getsets: crate::objects::type_methods::TYPE_GETSETS,
    members: &[],
    attrs: no_attrs,
};

pub const TYPE_SLOTS: Slots = Slots {
    call: Cell::new(Some(crate::objects::type_methods::type_call)),
    getattro: Cell::new(Some(crate::objects::type_methods::type_getattro)),
    setattro: Cell::new(Some(crate::objects::type_methods::type_setattro)),
    repr: Cell::new(Some(crate::objects::type_methods::type_repr)),
    new: Cell::new(Some(crate::objects::type_new::type_new)),
    init: Cell::new(Some(crate::objects::type_methods::type_init)),
    nb_or: Cell::new(Some(crate::objects::type_methods::type_or)),
    ..crate::objects::baseobject::OBJECT_SLOTS
};

pub static TYPE_TYPE: StaticType = Static(PyObject::new_static(
    &TYPE_TYPE.0,
    TypeData::new_static(
        &TYPE_DEF,
        &crate::objects::baseobject::OBJECT_TYPE.0,
        &const { [&crate::objects::baseobject::OBJECT_TYPE.0 as *const TypeObject] },
        &const { [&TYPE_TYPE.0 as *const TypeObject, &crate::objects::baseobject::OBJECT_TYPE.0 as *const TypeObject] },
        TYPE_SLOTS,
        tpflags::BASETYPE | tpflags::HAVE_GC | tpflags::TYPE_SUBCLASS,
        ObjectLayout::gc(),
        LayoutId::Type,
        &const { PayloadVTable::of::<TypeData>() },
    ),
));
