//! Frame objects: the Python view of an interpreter frame, made only when
//! asked for (tracebacks, `sys._getframe`, `gi_frame`).
//!
//! CPython: Objects/frameobject.c.
//!
//! While the interpreter frame runs, the frame object reads it through a
//! pointer; when the frame ends, the frame object takes over what it needs
//! (code, globals, the locals' values, the last instruction, `f_back`).

use std::cell::{Cell, RefCell};

use super::code::Code;
use super::dict::Dict;
use super::str::new_string;
use super::type_::{GetSetDef, MethodDef, MethodFn, Slots, TypeDef, tpflags};
use super::value::{LayoutId, ObjectLayout, Payload, PyRef, Value, alloc};
use crate::builtin_type;
use crate::objects::baseobject::{OBJECT_SLOTS, OBJECT_TYPE};
use crate::objects::{int::new_int, none};
use crate::vm::frame::{Frame, Slot};
use crate::vm::{PyResult, Vm};

/// The payload of a frame object.
pub struct FrameObject {
    live: Cell<*mut Frame>,
    code: PyRef<Code>,
    globals: PyRef<Dict>,
    builtins: PyRef<Dict>,
    locals: RefCell<Option<Value>>,
    lasti: Cell<usize>,
    back: RefCell<Option<Value>>,
    owned: RefCell<Vec<Slot>>,
    trace: RefCell<Value>,
}

// SAFETY: FrameObject is the only payload with LayoutId::Frame.
unsafe impl Payload for FrameObject {
    const LAYOUT: LayoutId = LayoutId::Frame;
}

impl FrameObject {
    pub(crate) fn set_live(&self, f: *mut Frame) {
        self.live.set(f);
    }

    fn live(&self) -> Option<&Frame> {
        let p = self.live.get();
        // SAFETY: `live` is set while the interpreter frame exists and cleared
        // (take_ownership) before it goes away.
        if p.is_null() { None } else { Some(unsafe { &*p }) }
    }

    pub fn code(&self) -> &PyRef<Code> {
        &self.code
    }

    pub fn globals(&self) -> &PyRef<Dict> {
        &self.globals
    }

    pub fn lasti(&self) -> usize {
        match self.live() {
            Some(f) => f.lasti,
            None => self.lasti.get(),
        }
    }

    pub fn lineno(&self) -> Option<i32> {
        super::locations::line_of(&self.code.core, self.lasti())
    }

    /// The interpreter frame ends: copy what the frame object keeps
    /// (CPython `take_ownership`), including the link to the caller.
    pub(crate) fn take_ownership(&self, f: &mut Frame) {
        let n = f.code.nlocalsplus();
        let values: Vec<Slot> = (0..n)
            // SAFETY: the frame is live; locals slots are initialised.
            .map(|i| unsafe { f.slot(i).clone() })
            .collect();
        *self.owned.borrow_mut() = values;
        self.lasti.set(f.lasti);
        if f.locals.is_some() {
            self.locals.replace(f.locals.clone());
        }
        if self.back.borrow().is_none() && !f.previous.is_null() {
            // SAFETY: `previous` is a live frame of this thread (frame invariant 3).
            let prev = unsafe { &mut *f.previous };
            let back = crate::objects::frame::frame_object_of(prev);
            self.back.replace(Some(back.into_value()));
        }
        self.live.set(std::ptr::null_mut());
    }

    /// A local's value by localsplus index.
    pub fn local(&self, i: usize) -> Option<Value> {
        match self.live() {
            // SAFETY: i < nlocalsplus of a live frame.
            Some(f) if i < f.code.nlocalsplus() => unsafe { f.slot(i).clone() },
            Some(_) => None,
            None => self.owned.borrow().get(i).cloned().flatten(),
        }
    }
}

/// The frame object of a live interpreter frame, made on first request.
pub fn frame_object_of(f: &mut Frame) -> PyRef<FrameObject> {
    if let Some(fo) = &f.frame_obj {
        return fo.clone();
    }
    let fo = FrameObject {
        live: Cell::new(f as *mut Frame),
        code: f.code.clone(),
        globals: f.globals.clone(),
        builtins: f.builtins.clone(),
        locals: RefCell::new(f.locals.clone()),
        lasti: Cell::new(f.lasti),
        back: RefCell::new(None),
        owned: RefCell::new(Vec::new()),
        trace: RefCell::new(none::none()),
    };
    let r = alloc(FRAME_TYPE.get(), fo)
        .unwrap_or_else(|| std::alloc::handle_alloc_error(std::alloc::Layout::new::<FrameObject>()));
    crate::gc::track_new(r.as_value());
    f.frame_obj = Some(r.clone());
    r
}

fn fo<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a FrameObject> {
    v.downcast_ref::<FrameObject>().map(|f| &f.payload).ok_or_else(|| vm.type_error("descriptor requires a 'frame' object"))
}

fn f_code(vm: &Vm, v: &Value) -> PyResult {
    Ok(fo(vm, v)?.code.as_value().clone())
}

fn f_globals(vm: &Vm, v: &Value) -> PyResult {
    Ok(fo(vm, v)?.globals.as_value().clone())
}

fn f_builtins(vm: &Vm, v: &Value) -> PyResult {
    Ok(fo(vm, v)?.builtins.as_value().clone())
}

fn f_lineno(vm: &Vm, v: &Value) -> PyResult {
    Ok(fo(vm, v)?.lineno().map_or_else(none::none, |l| new_int(l as i64)))
}

fn f_lasti(vm: &Vm, v: &Value) -> PyResult {
    Ok(new_int(fo(vm, v)?.lasti() as i64 * 2))
}

fn f_back(vm: &Vm, v: &Value) -> PyResult {
    let f = fo(vm, v)?;
    if let Some(b) = f.back.borrow().clone() {
        return Ok(b);
    }
    if let Some(live) = f.live() {
        if !live.previous.is_null() {
            // SAFETY: `previous` is a live frame of this thread.
            let prev = unsafe { &mut *live.previous };
            return Ok(frame_object_of(prev).into_value());
        }
    }
    Ok(none::none())
}

/// `f_locals`: the locals mapping of module/class frames; for function
/// frames a snapshot dict of the locals (CPython 3.13+ returns a write-through
/// proxy; writes to this dict do not reach the frame yet).
fn f_locals(vm: &Vm, v: &Value) -> PyResult {
    let f = fo(vm, v)?;
    if let Some(l) = f.locals.borrow().clone() {
        return Ok(l);
    }
    let d = super::dict::new_dict(vm);
    for (i, name) in f.code.localsplusnames.iter().enumerate() {
        if let Some(val) = f.local(i) {
            let val = match val.downcast_ref::<super::cell::Cell>() {
                Some(c) if f.code.core.localspluskinds[i] & (compile::code::kinds::CO_FAST_CELL | compile::code::kinds::CO_FAST_FREE) != 0 => match c.get() {
                    Some(x) => x,
                    None => continue,
                },
                _ => val,
            };
            d.set_item(vm, name.as_value().clone(), val)?;
        }
    }
    Ok(d.into_value())
}

fn f_trace(vm: &Vm, v: &Value) -> PyResult {
    Ok(fo(vm, v)?.trace.borrow().clone())
}

fn set_f_trace(vm: &Vm, v: &Value, value: Option<Value>) -> PyResult<()> {
    fo(vm, v)?.trace.replace(value.unwrap_or_else(none::none));
    Ok(())
}

fn frame_repr(vm: &Vm, v: &Value) -> PyResult {
    let f = fo(vm, v)?;
    Ok(new_string(format!(
        "<frame at {:#x}, file '{}', line {}, code {}>",
        v.id_word(),
        f.code.filename.as_str_lossy(),
        f.lineno().unwrap_or(0),
        f.code.name.as_str_lossy()
    ))
    .into_value())
}

fn frame_clear(vm: &Vm, v: &Value) -> PyResult {
    let f = fo(vm, v)?;
    if f.live().is_some() {
        return Err(vm.runtime_error("cannot clear an executing frame"));
    }
    f.owned.borrow_mut().clear();
    Ok(none::none())
}

static FRAME_METHODS: &[MethodDef] = &[MethodDef {
    name: "clear",
    func: MethodFn::NoArgs(frame_clear),
    doc: Some("Clear all references held by the frame."),
}];

static FRAME_GETSETS: &[GetSetDef] = &[
    GetSetDef { name: "f_code", get: Some(f_code), set: None, doc: None },
    GetSetDef { name: "f_globals", get: Some(f_globals), set: None, doc: None },
    GetSetDef { name: "f_builtins", get: Some(f_builtins), set: None, doc: None },
    GetSetDef { name: "f_locals", get: Some(f_locals), set: None, doc: None },
    GetSetDef { name: "f_lineno", get: Some(f_lineno), set: None, doc: None },
    GetSetDef { name: "f_lasti", get: Some(f_lasti), set: None, doc: None },
    GetSetDef { name: "f_back", get: Some(f_back), set: None, doc: None },
    GetSetDef { name: "f_trace", get: Some(f_trace), set: Some(set_f_trace), doc: None },
];

static FRAME_DEF: TypeDef = TypeDef { methods: FRAME_METHODS, getsets: FRAME_GETSETS, ..TypeDef::new("frame") };

const FRAME_SLOTS: Slots = Slots {
    repr: std::cell::Cell::new(Some(frame_repr)),
    new: std::cell::Cell::new(None),
    ..OBJECT_SLOTS
};

builtin_type!(pub FRAME_TYPE: FrameObject, def &FRAME_DEF, base &OBJECT_TYPE.0, mro [&OBJECT_TYPE.0],
    slots FRAME_SLOTS, flags tpflags::HAVE_GC, layout ObjectLayout::gc());
