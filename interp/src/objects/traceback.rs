//! Traceback objects.
//!
//! CPython: Python/traceback.c (`PyTraceBack_Here`, `tb_*`).

use std::cell::{Cell, RefCell};

use super::frame::FrameObject;
use super::type_::{GetSetDef, Slots, TypeDef, TypeObject, tpflags};
use super::value::{LayoutId, ObjectLayout, Payload, PyRef, Value, alloc};
use crate::builtin_type;
use crate::objects::baseobject::{OBJECT_SLOTS, OBJECT_TYPE};
use crate::objects::{int::new_int, none};
use crate::vm::{FuncArgs, PyResult, Vm};

/// The payload of a traceback entry.
pub struct Traceback {
    pub next: RefCell<Option<Value>>,
    pub frame: PyRef<FrameObject>,
    /// Index (code units) of the instruction that raised.
    pub lasti: Cell<usize>,
    pub lineno: Cell<Option<i32>>,
}

// SAFETY: Traceback is the only payload with LayoutId::Traceback.
unsafe impl Payload for Traceback {
    const LAYOUT: LayoutId = LayoutId::Traceback;
}

/// `PyTraceBack_Here`: a new entry for `frame` in front of `next`.
pub fn new_traceback(vm: &Vm, next: Option<Value>, frame: PyRef<FrameObject>, lasti: usize) -> Value {
    let lineno = super::locations::line_of(&frame.code().core, lasti);
    let r = alloc(TRACEBACK_TYPE.get(), Traceback { next: RefCell::new(next), frame, lasti: Cell::new(lasti), lineno: Cell::new(lineno) })
        .unwrap_or_else(|| std::alloc::handle_alloc_error(std::alloc::Layout::new::<Traceback>()));
    let v = r.into_value();
    crate::gc::track(vm, &v);
    v
}

fn tb<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a Traceback> {
    v.downcast_ref::<Traceback>().map(|t| &t.payload).ok_or_else(|| vm.type_error("descriptor requires a 'traceback' object"))
}

fn tb_next(vm: &Vm, v: &Value) -> PyResult {
    Ok(tb(vm, v)?.next.borrow().clone().unwrap_or_else(none::none))
}

fn set_tb_next(vm: &Vm, v: &Value, value: Option<Value>) -> PyResult<()> {
    let t = tb(vm, v)?;
    let value = value.ok_or_else(|| vm.type_error("can't delete tb_next attribute"))?;
    if none::is_none(&value) {
        t.next.replace(None);
        return Ok(());
    }
    if value.downcast_ref::<Traceback>().is_none() {
        return Err(vm.type_error(format!("expected traceback object or None, got '{}'", value.ty().tp_name())));
    }
    // Refuse loops.
    let mut cur = Some(value.clone());
    while let Some(c) = cur {
        if c.is(v) {
            return Err(vm.value_error("traceback loop detected"));
        }
        cur = c.downcast_ref::<Traceback>().and_then(|t| t.next.borrow().clone());
    }
    t.next.replace(Some(value));
    Ok(())
}

fn tb_frame(vm: &Vm, v: &Value) -> PyResult {
    Ok(tb(vm, v)?.frame.as_value().clone())
}

fn tb_lasti(vm: &Vm, v: &Value) -> PyResult {
    Ok(new_int(tb(vm, v)?.lasti.get() as i64 * 2))
}

fn tb_lineno(vm: &Vm, v: &Value) -> PyResult {
    Ok(tb(vm, v)?.lineno.get().map_or_else(none::none, |l| new_int(l as i64)))
}

/// `types.TracebackType(tb_next, tb_frame, tb_lasti, tb_lineno)`.
fn tb_new(vm: &Vm, _ty: &TypeObject, args: FuncArgs<'_>) -> PyResult {
    let p = crate::vm::call::parse_args(vm, "traceback", args, &["tb_next", "tb_frame", "tb_lasti", "tb_lineno"], 4, 4)?;
    let next = p[0].clone().filter(|n| !none::is_none(n));
    let frame = p[1].clone().and_then(|f| f.downcast::<FrameObject>().ok()).ok_or_else(|| vm.type_error("TracebackType() argument 'tb_frame' must be frame"))?;
    let lasti = p[2].as_ref().and_then(|l| l.as_small_int()).unwrap_or(0).max(0) as usize / 2;
    let v = new_traceback(vm, next, frame, lasti);
    if let Some(l) = p[3].as_ref().and_then(|l| l.as_small_int()) {
        tb(vm, &v)?.lineno.set(Some(l as i32));
    }
    Ok(v)
}

static TB_GETSETS: &[GetSetDef] = &[
    GetSetDef { name: "tb_next", get: Some(tb_next), set: Some(set_tb_next), doc: None },
    GetSetDef { name: "tb_frame", get: Some(tb_frame), set: None, doc: None },
    GetSetDef { name: "tb_lasti", get: Some(tb_lasti), set: None, doc: None },
    GetSetDef { name: "tb_lineno", get: Some(tb_lineno), set: None, doc: None },
];

static TRACEBACK_DEF: TypeDef = TypeDef { getsets: TB_GETSETS, ..TypeDef::new("traceback") };

const TB_SLOTS: Slots = Slots {
    new: std::cell::Cell::new(Some(tb_new)),
    ..OBJECT_SLOTS
};

builtin_type!(pub TRACEBACK_TYPE: Traceback, def &TRACEBACK_DEF, base &OBJECT_TYPE.0, mro [&OBJECT_TYPE.0],
    slots TB_SLOTS, flags tpflags::HAVE_GC, layout ObjectLayout::gc());
