//! Code objects: one interpreter's view of an immutable, shared code core.
//!
//! CPython: Objects/codeobject.c.
//!
//! A [`Code`] wraps an `Arc<CodeCore>` (DESIGN 4) with what belongs to this
//! interpreter: its constants as objects, its names interned here, and the
//! adaptive copy of the bytecode the eval loop reads (which quickening may
//! rewrite). `co_code` always shows the core's unspecialised bytes.

use std::cell::Cell as StdCell;
use std::sync::Arc;

use compile::code::{CodeCore, Constant, kinds};

use super::int::{new_bigint, new_int};
use super::str::{Str, new_str, new_str_from_gen_utf8};
use super::tuple::{Tuple, new_tuple};
use super::type_::{GetSetDef, MethodDef, MethodFn, Slots, TypeDef, tpflags};
use super::value::{LayoutId, ObjectLayout, Payload, PyRef, Value, alloc};
use crate::builtin_type;
use crate::objects::baseobject::{OBJECT_SLOTS, OBJECT_TYPE};
use crate::objects::{bool_, none};
use crate::vm::{PyResult, Vm};

/// The payload of a code object.
pub struct Code {
    pub core: Arc<CodeCore>,
    pub consts: Box<[Value]>,
    pub names: Box<[PyRef<Str>]>,
    pub localsplusnames: Box<[PyRef<Str>]>,
    pub filename: PyRef<Str>,
    pub name: PyRef<Str>,
    pub qualname: PyRef<Str>,
    /// The bytecode the eval loop executes: a copy of the core's, which
    /// specialisation may rewrite in place (never the core).
    pub adaptive: Box<[StdCell<u16>]>,
    /// The inline caches of the adaptive bytecode (vm/specialize.rs).
    pub caches: Box<[StdCell<crate::vm::specialize::InlineCache>]>,
    /// Per-variable: the index of the argument a cell variable starts from
    /// (`MAKE_CELL` of an argument keeps its value).
    pub nlocals: usize,
    pub ncells: usize,
    pub nfrees: usize,
}

// SAFETY: Code is the only payload with LayoutId::Code.
unsafe impl Payload for Code {
    const LAYOUT: LayoutId = LayoutId::Code;
}

impl Code {
    #[inline(always)]
    pub fn flags(&self) -> u32 {
        self.core.flags
    }

    pub fn nlocalsplus(&self) -> usize {
        self.localsplusnames.len()
    }

    /// Slots a frame needs: localsplus and the value stack.
    pub fn framesize(&self) -> usize {
        self.core.framesize()
    }

    /// The source line of the instruction at code-unit index `lasti`.
    pub fn line_for(&self, lasti: usize) -> Option<i32> {
        let l = self.core.addr2line((lasti * 2) as i32);
        (l >= 0).then_some(l)
    }
}

/// The number of free variables (`len(co_freevars)`).
pub fn nfreevars(core: &CodeCore) -> usize {
    core.localspluskinds.iter().filter(|&&k| k & compile::code::kinds::CO_FAST_FREE != 0).count()
}

/// Makes the object form of a constant in this interpreter.
pub fn constant_to_value(vm: &Vm, c: &Constant) -> PyResult<Value> {
    Ok(match c {
        Constant::None => none::none(),
        Constant::Ellipsis => none::ellipsis(),
        Constant::Bool(b) => bool_::new_bool(*b),
        Constant::Int(i) => match i {
            syntax::ast::PyInt::Small(v) => new_int(*v),
            syntax::ast::PyInt::Big(b) => new_bigint((**b).clone()),
        },
        Constant::Float(f) => super::float::new_float(*f),
        Constant::Complex { real, imag } => super::complex::new_complex(*real, *imag),
        Constant::Str(s) => {
            let r = new_str_from_gen_utf8(s.as_bytes().to_vec());
            // String constants that look like identifiers are interned, as
            // CPython's `intern_string_constants` does.
            if s.as_bytes().iter().all(|b| b.is_ascii_alphanumeric() || *b == b'_') {
                vm.intern_ref(r).into_value()
            } else {
                r.into_value()
            }
        }
        Constant::Bytes(b) => super::bytes::new_bytes(b.to_vec()).into_value(),
        Constant::Tuple(items) => {
            let mut v = Vec::with_capacity(items.len());
            for it in items.iter() {
                v.push(constant_to_value(vm, it)?);
            }
            new_tuple(v).into_value()
        }
        Constant::FrozenSet(items) => {
            let mut v = Vec::with_capacity(items.len());
            for it in items.iter() {
                v.push(constant_to_value(vm, it)?);
            }
            super::set::new_frozenset_from_vec(vm, v)?
        }
        Constant::Slice(parts) => {
            let [a, b, c] = &**parts;
            super::slice::new_slice(vm, constant_to_value(vm, a)?, constant_to_value(vm, b)?, constant_to_value(vm, c)?)?
        }
        Constant::Code(core) => new_code(vm, core.clone())?.into_value(),
    })
}

/// This interpreter's code object for `core` (constants made once).
pub fn new_code(vm: &Vm, core: Arc<CodeCore>) -> PyResult<PyRef<Code>> {
    let mut consts = Vec::with_capacity(core.consts.len());
    for c in core.consts.iter() {
        consts.push(constant_to_value(vm, c)?);
    }
    let names: Vec<PyRef<Str>> = core.names.iter().map(|n| vm.intern(n)).collect();
    let lp: Vec<PyRef<Str>> = core.localsplusnames.iter().map(|n| vm.intern(n)).collect();
    let mut nlocals = 0;
    let mut ncells = 0;
    let mut nfrees = 0;
    for &k in core.localspluskinds.iter() {
        if k & kinds::CO_FAST_FREE != 0 {
            nfrees += 1;
        } else if k & kinds::CO_FAST_CELL != 0 {
            if k & kinds::CO_FAST_LOCAL != 0 {
                nlocals += 1;
            }
            ncells += 1;
        } else {
            nlocals += 1;
        }
    }
    let adaptive: Box<[StdCell<u16>]> = core.code.iter().map(|&u| StdCell::new(u)).collect();
    let caches = crate::vm::specialize::assign(&adaptive);
    let code = Code {
        adaptive,
        caches,
        filename: vm.intern(&core.filename),
        name: vm.intern(&core.name),
        qualname: vm.intern(&core.qualname),
        consts: consts.into_boxed_slice(),
        names: names.into_boxed_slice(),
        localsplusnames: lp.into_boxed_slice(),
        core,
        nlocals,
        ncells,
        nfrees,
    };
    let r = alloc(CODE_TYPE.get(), code).ok_or_else(|| vm.memory_error())?;
    Ok(r)
}

fn code_of<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a Code> {
    v.downcast_ref::<Code>()
        .map(|c| &c.payload)
        .ok_or_else(|| vm.type_error("descriptor requires a 'code' object"))
}

fn names_tuple(names: &[PyRef<Str>]) -> Value {
    new_tuple(names.iter().map(|n| n.as_value().clone()).collect()).into_value()
}

fn select_names(c: &Code, pred: impl Fn(u8) -> bool) -> Value {
    let v: Vec<Value> = c
        .localsplusnames
        .iter()
        .zip(c.core.localspluskinds.iter())
        .filter(|(_, k)| pred(**k))
        .map(|(n, _)| n.as_value().clone())
        .collect();
    new_tuple(v).into_value()
}

macro_rules! int_getter {
    ($fn:ident, $field:ident) => {
        fn $fn(vm: &Vm, v: &Value) -> PyResult {
            Ok(new_int(code_of(vm, v)?.core.$field as i64))
        }
    };
}

int_getter!(co_argcount, argcount);
int_getter!(co_posonlyargcount, posonlyargcount);
int_getter!(co_kwonlyargcount, kwonlyargcount);
int_getter!(co_stacksize, stacksize);
int_getter!(co_flags, flags);
int_getter!(co_firstlineno, firstlineno);

fn co_nlocals(vm: &Vm, v: &Value) -> PyResult {
    Ok(new_int(code_of(vm, v)?.nlocals as i64))
}

fn co_code(vm: &Vm, v: &Value) -> PyResult {
    Ok(super::bytes::new_bytes(code_of(vm, v)?.core.co_code_bytes()).into_value())
}

fn co_adaptive(vm: &Vm, v: &Value) -> PyResult {
    let c = code_of(vm, v)?;
    let b: Vec<u8> = c.adaptive.iter().flat_map(|u| u.get().to_le_bytes()).collect();
    Ok(super::bytes::new_bytes(b).into_value())
}

fn co_consts(vm: &Vm, v: &Value) -> PyResult {
    Ok(new_tuple(code_of(vm, v)?.consts.to_vec()).into_value())
}

fn co_names(vm: &Vm, v: &Value) -> PyResult {
    Ok(names_tuple(&code_of(vm, v)?.names))
}

fn co_varnames(vm: &Vm, v: &Value) -> PyResult {
    Ok(select_names(code_of(vm, v)?, |k| k & kinds::CO_FAST_LOCAL != 0))
}

fn co_cellvars(vm: &Vm, v: &Value) -> PyResult {
    Ok(select_names(code_of(vm, v)?, |k| k & kinds::CO_FAST_CELL != 0))
}

fn co_freevars(vm: &Vm, v: &Value) -> PyResult {
    Ok(select_names(code_of(vm, v)?, |k| k & kinds::CO_FAST_FREE != 0))
}

fn co_localsplusnames(vm: &Vm, v: &Value) -> PyResult {
    Ok(names_tuple(&code_of(vm, v)?.localsplusnames))
}

fn co_localspluskinds(vm: &Vm, v: &Value) -> PyResult {
    Ok(super::bytes::new_bytes(code_of(vm, v)?.core.localspluskinds.to_vec()).into_value())
}

fn co_filename(vm: &Vm, v: &Value) -> PyResult {
    Ok(code_of(vm, v)?.filename.as_value().clone())
}

fn co_name(vm: &Vm, v: &Value) -> PyResult {
    Ok(code_of(vm, v)?.name.as_value().clone())
}

fn co_qualname(vm: &Vm, v: &Value) -> PyResult {
    Ok(code_of(vm, v)?.qualname.as_value().clone())
}

fn co_linetable(vm: &Vm, v: &Value) -> PyResult {
    Ok(super::bytes::new_bytes(code_of(vm, v)?.core.linetable.to_vec()).into_value())
}

fn co_exceptiontable(vm: &Vm, v: &Value) -> PyResult {
    Ok(super::bytes::new_bytes(code_of(vm, v)?.core.exceptiontable.to_vec()).into_value())
}

/// `co_lines()`: (start, end, line) ranges.
fn co_lines(vm: &Vm, v: &Value) -> PyResult {
    let c = code_of(vm, v)?;
    let items: Vec<Value> = c
        .core
        .co_lines()
        .into_iter()
        .map(|r| {
            new_tuple(vec![
                new_int(r.start as i64),
                new_int(r.end as i64),
                r.line.map_or_else(none::none, |l| new_int(l as i64)),
            ])
            .into_value()
        })
        .collect();
    let l = super::list::new_list(items).into_value();
    vm.iter(&l)
}

/// `co_positions()`: (line, end_line, col, end_col) per code unit.
fn co_positions(vm: &Vm, v: &Value) -> PyResult {
    let c = code_of(vm, v)?;
    let opt = |x: Option<i32>| x.map_or_else(none::none, |x| new_int(x as i64));
    let items: Vec<Value> = c
        .core
        .co_positions()
        .into_iter()
        .map(|p| new_tuple(vec![opt(p.lineno), opt(p.end_lineno), opt(p.col_offset), opt(p.end_col_offset)]).into_value())
        .collect();
    let l = super::list::new_list(items).into_value();
    vm.iter(&l)
}

fn code_repr(vm: &Vm, v: &Value) -> PyResult {
    let c = code_of(vm, v)?;
    let s = format!(
        "<code object {} at {:#x}, file \"{}\", line {}>",
        c.name.as_str_lossy(),
        v.id_word(),
        c.filename.as_str_lossy(),
        c.core.firstlineno
    );
    Ok(super::str::new_string(s).into_value())
}

fn code_hash(vm: &Vm, v: &Value) -> PyResult<i64> {
    let c = code_of(vm, v)?;
    Ok(super::hash::fix((c.name.hash() ^ (c.core.code.len() as i64)).wrapping_mul(1000003)))
}

fn code_replace(vm: &Vm, v: &Value, args: crate::vm::FuncArgs<'_>) -> PyResult {
    let _ = (vm, v, args);
    Err(vm.not_implemented_error("code.replace() is not supported yet"))
}

static CODE_METHODS: &[MethodDef] = &[
    MethodDef { name: "co_lines", func: MethodFn::NoArgs(co_lines), doc: None },
    MethodDef { name: "co_positions", func: MethodFn::NoArgs(co_positions), doc: None },
    MethodDef { name: "replace", func: MethodFn::FastKw(code_replace), doc: Some("Return a copy of the code object with new values for the specified fields.") },
];

static CODE_GETSETS: &[GetSetDef] = &[
    GetSetDef { name: "co_argcount", get: Some(co_argcount), set: None, doc: None },
    GetSetDef { name: "co_posonlyargcount", get: Some(co_posonlyargcount), set: None, doc: None },
    GetSetDef { name: "co_kwonlyargcount", get: Some(co_kwonlyargcount), set: None, doc: None },
    GetSetDef { name: "co_stacksize", get: Some(co_stacksize), set: None, doc: None },
    GetSetDef { name: "co_flags", get: Some(co_flags), set: None, doc: None },
    GetSetDef { name: "co_nlocals", get: Some(co_nlocals), set: None, doc: None },
    GetSetDef { name: "co_firstlineno", get: Some(co_firstlineno), set: None, doc: None },
    GetSetDef { name: "co_code", get: Some(co_code), set: None, doc: None },
    GetSetDef { name: "_co_code_adaptive", get: Some(co_adaptive), set: None, doc: None },
    GetSetDef { name: "co_consts", get: Some(co_consts), set: None, doc: None },
    GetSetDef { name: "co_names", get: Some(co_names), set: None, doc: None },
    GetSetDef { name: "co_varnames", get: Some(co_varnames), set: None, doc: None },
    GetSetDef { name: "co_cellvars", get: Some(co_cellvars), set: None, doc: None },
    GetSetDef { name: "co_freevars", get: Some(co_freevars), set: None, doc: None },
    GetSetDef { name: "_varname_from_oparg", get: None, set: None, doc: None },
    GetSetDef { name: "co_localsplusnames", get: Some(co_localsplusnames), set: None, doc: None },
    GetSetDef { name: "co_localspluskinds", get: Some(co_localspluskinds), set: None, doc: None },
    GetSetDef { name: "co_filename", get: Some(co_filename), set: None, doc: None },
    GetSetDef { name: "co_name", get: Some(co_name), set: None, doc: None },
    GetSetDef { name: "co_qualname", get: Some(co_qualname), set: None, doc: None },
    GetSetDef { name: "co_linetable", get: Some(co_linetable), set: None, doc: None },
    GetSetDef { name: "co_exceptiontable", get: Some(co_exceptiontable), set: None, doc: None },
];

static CODE_DEF: TypeDef = TypeDef {
    name: "code",
    doc: Some("Create a code object.  Not for the faint of heart."),
    methods: CODE_METHODS,
    getsets: CODE_GETSETS,
    members: &[],
    attrs: Vec::new,
};

const CODE_SLOTS: Slots = Slots {
    repr: std::cell::Cell::new(Some(code_repr)),
    hash: std::cell::Cell::new(Some(code_hash)),
    new: std::cell::Cell::new(None),
    ..OBJECT_SLOTS
};

builtin_type!(pub CODE_TYPE: Code, def &CODE_DEF, base &OBJECT_TYPE.0, mro [&OBJECT_TYPE.0],
    slots CODE_SLOTS, flags tpflags::DEFAULT, layout ObjectLayout::plain());

/// Unused import guard.
pub fn _unused(_: &Tuple) -> Value {
    new_str("").into_value()
}
