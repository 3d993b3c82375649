//! Generators, coroutines and async generators: suspended frames.
//!
//! CPython: Objects/genobject.c.
//!
//! A generator owns its frame ([`OwnedFrame`]). Resuming it links that frame
//! into the thread's chain and runs it, inline from the eval loop (`SEND`,
//! `FOR_ITER`) or from native code (`send()`, `next()`), until it yields,
//! returns or raises.

use std::cell::{Cell, RefCell};

use super::str::new_string;
use super::type_::{GetSetDef, MethodDef, MethodFn, Slots, TypeDef, TypeObject, tpflags};
use super::value::{LayoutId, ObjectLayout, Payload, PyRef, Value, alloc};
use crate::builtin_type;
use crate::errors::PyErr;
use crate::objects::baseobject::{OBJECT_SLOTS, OBJECT_TYPE};
use crate::objects::{bool_, exceptions, none};
use crate::vm::frame::OwnedFrame;
use crate::vm::{FuncArgs, PyResult, Vm};

/// `gi_frame_state` (CPython's frame states, simplified).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GenState {
    Created,
    Suspended,
    /// Suspended at a `yield from` / `await` (delegating to a subiterator).
    SuspendedYieldFrom,
    Running,
    Completed,
}

/// Which kind of suspended function this is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GenKind {
    Generator,
    Coroutine,
    AsyncGenerator,
}

/// The payload of generators, coroutines and async generators.
pub struct Generator {
    pub kind: GenKind,
    pub frame: RefCell<Option<OwnedFrame>>,
    pub state: Cell<GenState>,
    pub name: RefCell<Value>,
    pub qualname: RefCell<Value>,
    /// The exception being handled inside the generator (`gi_exc_state`).
    pub exc_state: RefCell<Option<Value>>,
    /// Coroutines: whether they were awaited (for the "never awaited" warning).
    pub awaited: Cell<bool>,
    /// Async generators: `ag_hooks_inited`, `ag_closed`, running asend/athrow.
    pub ag_running_async: Cell<bool>,
    pub ag_closed: Cell<bool>,
    /// The `types.coroutine`-decorated generator flag (CO_ITERABLE_COROUTINE).
    pub iterable_coroutine: bool,
}

// SAFETY: Generator is the only payload with LayoutId::Generator.
unsafe impl Payload for Generator {
    const LAYOUT: LayoutId = LayoutId::Generator;
}

/// What resuming a generator produced.
pub enum GenResult {
    Yield(Value),
    Return(Value),
}

/// Makes the generator object for a frame that executed `RETURN_GENERATOR`.
pub fn new_generator(vm: &Vm, frame: OwnedFrame) -> PyResult {
    let flags = frame.frame.code.core.flags;
    use compile::code::flags as cf;
    let kind = if flags & cf::CO_COROUTINE != 0 {
        GenKind::Coroutine
    } else if flags & cf::CO_ASYNC_GENERATOR != 0 {
        GenKind::AsyncGenerator
    } else {
        GenKind::Generator
    };
    let (name, qualname) = match &frame.frame.func {
        Some(f) => match f.downcast_ref::<super::function::Function>() {
            Some(func) => (func.name.borrow().clone().into_value(), func.qualname.borrow().clone().into_value()),
            None => (frame.frame.code.name.as_value().clone(), frame.frame.code.qualname.as_value().clone()),
        },
        None => (frame.frame.code.name.as_value().clone(), frame.frame.code.qualname.as_value().clone()),
    };
    let ty = match kind {
        GenKind::Generator => GENERATOR_TYPE.get(),
        GenKind::Coroutine => COROUTINE_TYPE.get(),
        GenKind::AsyncGenerator => ASYNC_GENERATOR_TYPE.get(),
    };
    let g = Generator {
        kind,
        frame: RefCell::new(Some(frame)),
        state: Cell::new(GenState::Created),
        name: RefCell::new(name),
        qualname: RefCell::new(qualname),
        exc_state: RefCell::new(None),
        awaited: Cell::new(false),
        ag_running_async: Cell::new(false),
        ag_closed: Cell::new(false),
        iterable_coroutine: flags & cf::CO_ITERABLE_COROUTINE != 0,
    };
    let r = alloc(ty, g).ok_or_else(|| vm.memory_error())?;
    let v = r.into_value();
    crate::gc::track(vm, &v);
    // The frame knows its generator (for yield and for gi_frame).
    if let Some(g) = v.downcast_ref::<Generator>() {
        if let Some(of) = g.frame.borrow_mut().as_mut() {
            of.frame.generator = Some(v.clone());
        }
    }
    Ok(v)
}

pub fn gen_of<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a Generator> {
    v.downcast_ref::<Generator>().map(|g| &g.payload).ok_or_else(|| vm.type_error("descriptor requires a generator object"))
}

impl Generator {
    fn kind_name(&self) -> &'static str {
        match self.kind {
            GenKind::Generator => "generator",
            GenKind::Coroutine => "coroutine",
            GenKind::AsyncGenerator => "async generator",
        }
    }
}

/// `gen.send(value)` (CPython `gen_send_ex`): raises StopIteration on return.
pub fn gen_send(vm: &Vm, g: &Value, value: Value) -> PyResult {
    match vm.resume_generator(g, Ok(value))? {
        GenResult::Yield(v) => Ok(v),
        GenResult::Return(v) => Err(stop_iteration_for(vm, g, v)),
    }
}

/// The exception a finished generator's return becomes for a native caller.
fn stop_iteration_for(vm: &Vm, g: &Value, v: Value) -> PyErr {
    let is_async_gen = g.downcast_ref::<Generator>().is_some_and(|x| x.kind == GenKind::AsyncGenerator);
    if is_async_gen {
        return vm.new_exception(exceptions::STOP_ASYNC_ITERATION.get(), vec![]);
    }
    if none::is_none(&v) {
        vm.stop_iteration(None)
    } else {
        vm.stop_iteration(Some(v))
    }
}

fn gen_iternext(vm: &Vm, g: &Value) -> PyResult<Option<Value>> {
    match vm.resume_generator(g, Ok(none::none()))? {
        GenResult::Yield(v) => Ok(Some(v)),
        GenResult::Return(v) => {
            if !none::is_none(&v) {
                // Keep the return value for `next()` callers that need it.
                let e = vm.stop_iteration(Some(v));
                vm.set_stop_iteration_value(&e);
            }
            Ok(None)
        }
    }
}

fn gen_send_method(vm: &Vm, g: &Value, value: &Value) -> PyResult {
    let gen_ = gen_of(vm, g)?;
    if gen_.state.get() == GenState::Created && !none::is_none(value) {
        return Err(vm.type_error(format!(
            "can't send non-None value to a just-started {}",
            gen_.kind_name()
        )));
    }
    gen_send(vm, g, value.clone())
}

/// `gen.throw(exc)` / the deprecated `throw(type, value, tb)`.
fn gen_throw_method(vm: &Vm, g: &Value, args: &[Value]) -> PyResult {
    crate::vm::call::check_arity(vm, "throw", args.len(), 1, 3)?;
    if args.len() > 1 {
        vm.warn(
            exceptions::DEPRECATION_WARNING.get(),
            "the (type, exc, tb) signature of throw() is deprecated, use the single-arg signature instead.",
            1,
        )?;
    }
    let exc = make_thrown_exception(vm, args)?;
    match vm.throw_into_generator(g, exc)? {
        GenResult::Yield(v) => Ok(v),
        GenResult::Return(v) => Err(stop_iteration_for(vm, g, v)),
    }
}

/// The exception `throw()` raises inside the generator (CPython `_gen_throw`'s
/// normalisation of type/value/traceback).
pub fn make_thrown_exception(vm: &Vm, args: &[Value]) -> PyResult<PyErr> {
    let typ = &args[0];
    let val = args.get(1).filter(|v| !none::is_none(v));
    let tb = args.get(2).filter(|v| !none::is_none(v));
    if let Some(tb) = tb {
        if tb.downcast_ref::<super::traceback::Traceback>().is_none() {
            return Err(vm.type_error("throw() third argument must be a traceback object"));
        }
    }
    let exc = if let Some(t) = typ.downcast_ref::<super::type_::TypeData>() {
        if !t.is_subtype(exceptions::BASE_EXCEPTION.get()) {
            return Err(vm.type_error(format!(
                "exceptions must be classes or instances deriving from BaseException, not {}",
                typ.ty().tp_name()
            )));
        }
        match val {
            Some(v) if v.ty().is_subtype(t) => v.clone(),
            Some(v) => vm.call(typ, std::slice::from_ref(v))?,
            None => vm.call(typ, &[])?,
        }
    } else if typ.downcast_ref::<exceptions::BaseExceptionData>().is_some() {
        if val.is_some() {
            return Err(vm.type_error("instance exception may not have a separate value"));
        }
        typ.clone()
    } else {
        return Err(vm.type_error(format!(
            "exceptions must be classes or instances deriving from BaseException, not {}",
            typ.ty().tp_name()
        )));
    };
    let e = exc.downcast::<exceptions::BaseExceptionData>().map_err(|v| {
        vm.type_error(format!(
            "exceptions must derive from BaseException, not {}",
            v.ty().tp_name()
        ))
    })?;
    if let Some(tb) = tb {
        e.set_traceback(Some(tb.clone()));
    }
    Ok(PyErr::from_exception(e))
}

/// `gen.close()` (CPython `gen_close`): GeneratorExit at the yield; a value
/// returned is the result (3.13+); a yield is a RuntimeError.
pub fn gen_close(vm: &Vm, g: &Value) -> PyResult {
    let gen_ = gen_of(vm, g)?;
    match gen_.state.get() {
        GenState::Created => {
            gen_.state.set(GenState::Completed);
            drop(gen_.frame.borrow_mut().take());
            return Ok(none::none());
        }
        GenState::Completed => return Ok(none::none()),
        _ => {}
    }
    let exit = vm.new_exception(exceptions::GENERATOR_EXIT.get(), vec![]);
    match vm.throw_into_generator(g, exit) {
        Ok(GenResult::Yield(_)) => {
            let msg = match gen_.kind {
                GenKind::Coroutine => "coroutine ignored GeneratorExit",
                GenKind::AsyncGenerator => "async generator ignored GeneratorExit",
                GenKind::Generator => "generator ignored GeneratorExit",
            };
            Err(vm.runtime_error(msg))
        }
        Ok(GenResult::Return(v)) => Ok(v),
        Err(e) if e.matches(exceptions::GENERATOR_EXIT.get()) || e.matches(exceptions::STOP_ITERATION.get()) => {
            Ok(none::none())
        }
        Err(e) => Err(e),
    }
}

fn gen_close_method(vm: &Vm, g: &Value) -> PyResult {
    gen_close(vm, g)
}

fn gen_repr(vm: &Vm, g: &Value) -> PyResult {
    let gen_ = gen_of(vm, g)?;
    let q = vm.str(&gen_.qualname.borrow())?;
    Ok(new_string(format!("<{} object {} at {:#x}>", gen_.kind_name(), q.to_string_lossy(), g.id_word())).into_value())
}

fn gi_frame(vm: &Vm, g: &Value) -> PyResult {
    let gen_ = gen_of(vm, g)?;
    if gen_.state.get() == GenState::Completed {
        return Ok(none::none());
    }
    let mut fr = gen_.frame.borrow_mut();
    match fr.as_mut() {
        Some(of) => Ok(super::frame::frame_object_of(&mut of.frame).into_value()),
        None => Ok(none::none()),
    }
}

fn gi_running(vm: &Vm, g: &Value) -> PyResult {
    Ok(bool_::new_bool(gen_of(vm, g)?.state.get() == GenState::Running))
}

fn gi_suspended(vm: &Vm, g: &Value) -> PyResult {
    let s = gen_of(vm, g)?.state.get();
    Ok(bool_::new_bool(matches!(s, GenState::Suspended | GenState::SuspendedYieldFrom)))
}

fn gi_code(vm: &Vm, g: &Value) -> PyResult {
    let gen_ = gen_of(vm, g)?;
    let fr = gen_.frame.borrow();
    match fr.as_ref() {
        Some(of) => Ok(of.frame.code.as_value().clone()),
        None => Ok(none::none()),
    }
}

fn gi_yieldfrom(vm: &Vm, g: &Value) -> PyResult {
    Ok(vm.generator_yield_from(g)?.unwrap_or_else(none::none))
}

fn get_name(vm: &Vm, g: &Value) -> PyResult {
    Ok(gen_of(vm, g)?.name.borrow().clone())
}

fn set_name(vm: &Vm, g: &Value, v: Option<Value>) -> PyResult<()> {
    let v = v.filter(|v| v.downcast_ref::<super::str::Str>().is_some()).ok_or_else(|| vm.type_error("__name__ must be set to a string object"))?;
    gen_of(vm, g)?.name.replace(v);
    Ok(())
}

fn get_qualname(vm: &Vm, g: &Value) -> PyResult {
    Ok(gen_of(vm, g)?.qualname.borrow().clone())
}

fn set_qualname(vm: &Vm, g: &Value, v: Option<Value>) -> PyResult<()> {
    let v = v.filter(|v| v.downcast_ref::<super::str::Str>().is_some()).ok_or_else(|| vm.type_error("__qualname__ must be set to a string object"))?;
    gen_of(vm, g)?.qualname.replace(v);
    Ok(())
}

fn gen_iter_self(_vm: &Vm, g: &Value) -> PyResult {
    Ok(g.clone())
}

static GEN_METHODS: &[MethodDef] = &[
    MethodDef { name: "send", func: MethodFn::O(gen_send_method), doc: Some("send(arg) -> send 'arg' into generator,\nreturn next yielded value or raise StopIteration.") },
    MethodDef { name: "throw", func: MethodFn::Fast(gen_throw_method), doc: Some("throw(value)\nthrow(type[,value[,tb]])\n\nRaise exception in generator, return next yielded value or raise\nStopIteration.\nthe (type, val, tb) signature is deprecated, \nand may be removed in a future version of Python.") },
    MethodDef { name: "close", func: MethodFn::NoArgs(gen_close_method), doc: Some("close() -> raise GeneratorExit inside generator.") },
];

static GEN_GETSETS: &[GetSetDef] = &[
    GetSetDef { name: "__name__", get: Some(get_name), set: Some(set_name), doc: None },
    GetSetDef { name: "__qualname__", get: Some(get_qualname), set: Some(set_qualname), doc: None },
    GetSetDef { name: "gi_frame", get: Some(gi_frame), set: None, doc: None },
    GetSetDef { name: "gi_running", get: Some(gi_running), set: None, doc: None },
    GetSetDef { name: "gi_suspended", get: Some(gi_suspended), set: None, doc: None },
    GetSetDef { name: "gi_code", get: Some(gi_code), set: None, doc: None },
    GetSetDef { name: "gi_yieldfrom", get: Some(gi_yieldfrom), set: None, doc: None },
];

static GENERATOR_DEF: TypeDef = TypeDef { methods: GEN_METHODS, getsets: GEN_GETSETS, ..TypeDef::new("generator") };

const GEN_SLOTS: Slots = Slots {
    repr: Cell::new(Some(gen_repr)),
    iter: Cell::new(Some(gen_iter_self)),
    iternext: Cell::new(Some(gen_iternext)),
    new: Cell::new(None),
    ..OBJECT_SLOTS
};

builtin_type!(pub GENERATOR_TYPE: Generator, def &GENERATOR_DEF, base &OBJECT_TYPE.0, mro [&OBJECT_TYPE.0],
    slots GEN_SLOTS, flags tpflags::HAVE_GC, layout ObjectLayout::gc());

// ---------------------------------------------------------------------------
// Coroutines.

fn cr_await(vm: &Vm, g: &Value) -> PyResult {
    gen_of(vm, g)?.awaited.set(true);
    Ok(new_coro_wrapper(vm, g.clone()))
}

fn cr_frame(vm: &Vm, g: &Value) -> PyResult {
    gi_frame(vm, g)
}

static COROUTINE_METHODS: &[MethodDef] = &[
    MethodDef { name: "send", func: MethodFn::O(gen_send_method), doc: Some("send(arg) -> send 'arg' into coroutine,\nreturn next iterated value or raise StopIteration.") },
    MethodDef { name: "throw", func: MethodFn::Fast(gen_throw_method), doc: Some("throw(value)\nthrow(type[,value[,traceback]])\n\nRaise exception in coroutine, return next iterated value or raise\nStopIteration.\nthe (type, val, tb) signature is deprecated, \nand may be removed in a future version of Python.") },
    MethodDef { name: "close", func: MethodFn::NoArgs(gen_close_method), doc: Some("close() -> raise GeneratorExit inside coroutine.") },
];

static COROUTINE_GETSETS: &[GetSetDef] = &[
    GetSetDef { name: "__name__", get: Some(get_name), set: Some(set_name), doc: None },
    GetSetDef { name: "__qualname__", get: Some(get_qualname), set: Some(set_qualname), doc: None },
    GetSetDef { name: "cr_frame", get: Some(cr_frame), set: None, doc: None },
    GetSetDef { name: "cr_running", get: Some(gi_running), set: None, doc: None },
    GetSetDef { name: "cr_suspended", get: Some(gi_suspended), set: None, doc: None },
    GetSetDef { name: "cr_code", get: Some(gi_code), set: None, doc: None },
    GetSetDef { name: "cr_await", get: Some(gi_yieldfrom), set: None, doc: None },
];

static COROUTINE_DEF: TypeDef = TypeDef { methods: COROUTINE_METHODS, getsets: COROUTINE_GETSETS, ..TypeDef::new("coroutine") };

const COROUTINE_SLOTS: Slots = Slots {
    repr: Cell::new(Some(gen_repr)),
    am_await: Cell::new(Some(cr_await)),
    new: Cell::new(None),
    ..OBJECT_SLOTS
};

builtin_type!(pub COROUTINE_TYPE: Generator, def &COROUTINE_DEF, base &OBJECT_TYPE.0, mro [&OBJECT_TYPE.0],
    slots COROUTINE_SLOTS, flags tpflags::HAVE_GC, layout ObjectLayout::gc());

/// The iterator `coro.__await__()` returns (CPython `coroutine_wrapper`).
pub struct CoroWrapper {
    pub coro: Value,
}

// SAFETY: a native layout id is the TypeId of CoroWrapper, which no other type has.
unsafe impl Payload for CoroWrapper {
    const LAYOUT: LayoutId = LayoutId::native::<Self>();
}

fn new_coro_wrapper(vm: &Vm, coro: Value) -> Value {
    let r = alloc(CORO_WRAPPER_TYPE.get(), CoroWrapper { coro })
        .unwrap_or_else(|| std::alloc::handle_alloc_error(std::alloc::Layout::new::<CoroWrapper>()));
    let v = r.into_value();
    crate::gc::track(vm, &v);
    v
}

fn cw_coro<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a Value> {
    v.downcast_ref::<CoroWrapper>().map(|w| &w.coro).ok_or_else(|| vm.internal_error("coroutine_wrapper"))
}

fn cw_next(vm: &Vm, v: &Value) -> PyResult<Option<Value>> {
    gen_iternext(vm, cw_coro(vm, v)?)
}

fn cw_send(vm: &Vm, v: &Value, x: &Value) -> PyResult {
    gen_send_method(vm, cw_coro(vm, v)?, x)
}

fn cw_throw(vm: &Vm, v: &Value, args: &[Value]) -> PyResult {
    gen_throw_method(vm, cw_coro(vm, v)?, args)
}

fn cw_close(vm: &Vm, v: &Value) -> PyResult {
    gen_close(vm, cw_coro(vm, v)?)
}

static CW_METHODS: &[MethodDef] = &[
    MethodDef { name: "send", func: MethodFn::O(cw_send), doc: None },
    MethodDef { name: "throw", func: MethodFn::Fast(cw_throw), doc: None },
    MethodDef { name: "close", func: MethodFn::NoArgs(cw_close), doc: None },
];

static CORO_WRAPPER_DEF: TypeDef = TypeDef { methods: CW_METHODS, ..TypeDef::new("coroutine_wrapper") };

const CW_SLOTS: Slots = Slots {
    iter: Cell::new(Some(gen_iter_self)),
    iternext: Cell::new(Some(cw_next)),
    new: Cell::new(None),
    ..OBJECT_SLOTS
};

builtin_type!(pub CORO_WRAPPER_TYPE: CoroWrapper, def &CORO_WRAPPER_DEF, base &OBJECT_TYPE.0, mro [&OBJECT_TYPE.0],
    slots CW_SLOTS, flags tpflags::HAVE_GC, layout ObjectLayout::gc());

// ---------------------------------------------------------------------------
// Async generators (the essentials: asend/athrow objects are awaitables
// that drive the generator and translate its yields).

/// The payload of `async_generator_asend` / `athrow` awaitables.
pub struct AsyncGenOp {
    pub agen: Value,
    /// asend: the value to send; athrow: the exception to throw (None for aclose).
    pub arg: RefCell<Option<Value>>,
    pub is_throw: bool,
    pub is_close: bool,
    pub state: Cell<u8>,
}

// SAFETY: a native layout id is the TypeId of AsyncGenOp, which no other type has.
unsafe impl Payload for AsyncGenOp {
    const LAYOUT: LayoutId = LayoutId::native::<Self>();
}

/// The value an async generator yields is wrapped by `ASYNC_GEN_WRAP` so
/// that its awaitables can tell a yield from an await's suspension.
pub struct AsyncGenWrapped {
    pub value: Value,
}

// SAFETY: a native layout id is the TypeId of AsyncGenWrapped, which no other type has.
unsafe impl Payload for AsyncGenWrapped {
    const LAYOUT: LayoutId = LayoutId::native::<Self>();
}

pub fn wrap_async_gen_value(vm: &Vm, v: Value) -> PyResult {
    let r = alloc(ASYNC_GEN_WRAPPED_TYPE.get(), AsyncGenWrapped { value: v }).ok_or_else(|| vm.memory_error())?;
    Ok(r.into_value())
}

static ASYNC_GEN_WRAPPED_DEF: TypeDef = TypeDef::new("async_generator_wrapped_value");
builtin_type!(pub ASYNC_GEN_WRAPPED_TYPE: AsyncGenWrapped, def &ASYNC_GEN_WRAPPED_DEF, base &OBJECT_TYPE.0, mro [&OBJECT_TYPE.0],
    slots Slots { new: Cell::new(None), ..OBJECT_SLOTS }, flags tpflags::DEFAULT, layout ObjectLayout::plain());

fn new_agen_op(vm: &Vm, gen_: &Value, arg: Option<Value>, is_throw: bool, is_close: bool) -> PyResult {
    let ty = if is_throw || is_close { ASYNC_GEN_ATHROW_TYPE.get() } else { ASYNC_GEN_ASEND_TYPE.get() };
    let r = alloc(ty, AsyncGenOp { agen: gen_.clone(), arg: RefCell::new(arg), is_throw, is_close, state: Cell::new(0) })
        .ok_or_else(|| vm.memory_error())?;
    let v = r.into_value();
    crate::gc::track(vm, &v);
    Ok(v)
}

fn agen_asend(vm: &Vm, g: &Value, x: &Value) -> PyResult {
    new_agen_op(vm, g, Some(x.clone()), false, false)
}

fn agen_anext(vm: &Vm, g: &Value) -> PyResult {
    new_agen_op(vm, g, Some(none::none()), false, false)
}

fn agen_athrow(vm: &Vm, g: &Value, args: &[Value]) -> PyResult {
    crate::vm::call::check_arity(vm, "athrow", args.len(), 1, 3)?;
    let exc = make_thrown_exception(vm, args)?;
    new_agen_op(vm, g, Some(exc.value()), true, false)
}

fn agen_aclose(vm: &Vm, g: &Value) -> PyResult {
    new_agen_op(vm, g, None, false, true)
}

fn agen_aiter(_vm: &Vm, g: &Value) -> PyResult {
    Ok(g.clone())
}

/// Drives the async generator one step for an asend/athrow awaitable:
/// a wrapped yield ends the await with StopIteration(value); an await's
/// suspension is passed through.
fn agen_op_step(vm: &Vm, op_v: &Value, sent: PyResult) -> PyResult<Option<Value>> {
    let op = op_v.downcast_ref::<AsyncGenOp>().ok_or_else(|| vm.internal_error("asend"))?;
    let gen_ = op.agen.clone();
    let g = gen_of(vm, &gen_)?;
    if op.state.get() == 2 {
        return Err(vm.runtime_error("cannot reuse already awaited __anext__()/asend()"));
    }
    let first = op.state.get() == 0;
    op.state.set(1);
    let result = if first {
        if op.is_close {
            if g.ag_closed.get() || g.state.get() == GenState::Completed {
                op.state.set(2);
                return Ok(None);
            }
            let exit = vm.new_exception(exceptions::GENERATOR_EXIT.get(), vec![]);
            vm.throw_into_generator(&gen_, exit)
        } else if op.is_throw {
            let exc = op.arg.borrow().clone().unwrap_or_else(none::none);
            let e = exc.downcast::<exceptions::BaseExceptionData>().map_err(|_| vm.internal_error("athrow"))?;
            vm.throw_into_generator(&gen_, PyErr::from_exception(e))
        } else {
            let arg = op.arg.borrow().clone().unwrap_or_else(none::none);
            match sent {
                Ok(v) if !none::is_none(&v) => vm.resume_generator(&gen_, Ok(v)),
                Ok(_) => vm.resume_generator(&gen_, Ok(arg)),
                Err(e) => vm.throw_into_generator(&gen_, e),
            }
        }
    } else {
        match sent {
            Ok(v) => vm.resume_generator(&gen_, Ok(v)),
            Err(e) => vm.throw_into_generator(&gen_, e),
        }
    };
    match result {
        Ok(GenResult::Yield(y)) => {
            if let Some(w) = y.downcast_ref::<AsyncGenWrapped>() {
                op.state.set(2);
                if op.is_close {
                    return Err(vm.runtime_error("async generator ignored GeneratorExit"));
                }
                return Err(vm.stop_iteration(Some(w.value.clone())));
            }
            Ok(Some(y))
        }
        Ok(GenResult::Return(_)) => {
            op.state.set(2);
            g.ag_closed.set(true);
            if op.is_close {
                return Ok(None);
            }
            Err(vm.new_exception(exceptions::STOP_ASYNC_ITERATION.get(), vec![]))
        }
        Err(e) => {
            op.state.set(2);
            if op.is_close && (e.matches(exceptions::GENERATOR_EXIT.get()) || e.matches(exceptions::STOP_ASYNC_ITERATION.get())) {
                return Ok(None);
            }
            Err(e)
        }
    }
}

fn agen_op_next(vm: &Vm, v: &Value) -> PyResult<Option<Value>> {
    agen_op_step(vm, v, Ok(none::none()))
}

fn agen_op_send(vm: &Vm, v: &Value, x: &Value) -> PyResult {
    match agen_op_step(vm, v, Ok(x.clone()))? {
        Some(r) => Ok(r),
        None => Err(vm.stop_iteration(None)),
    }
}

fn agen_op_throw(vm: &Vm, v: &Value, args: &[Value]) -> PyResult {
    crate::vm::call::check_arity(vm, "throw", args.len(), 1, 3)?;
    let exc = make_thrown_exception(vm, args)?;
    match agen_op_step(vm, v, Err(exc))? {
        Some(r) => Ok(r),
        None => Err(vm.stop_iteration(None)),
    }
}

fn agen_op_close(vm: &Vm, v: &Value) -> PyResult {
    if let Some(op) = v.downcast_ref::<AsyncGenOp>() {
        op.state.set(2);
    }
    Ok(none::none())
}

static AGEN_OP_METHODS: &[MethodDef] = &[
    MethodDef { name: "send", func: MethodFn::O(agen_op_send), doc: None },
    MethodDef { name: "throw", func: MethodFn::Fast(agen_op_throw), doc: None },
    MethodDef { name: "close", func: MethodFn::NoArgs(agen_op_close), doc: None },
];

const AGEN_OP_SLOTS: Slots = Slots {
    iter: Cell::new(Some(gen_iter_self)),
    iternext: Cell::new(Some(agen_op_next)),
    am_await: Cell::new(Some(gen_iter_self)),
    new: Cell::new(None),
    ..OBJECT_SLOTS
};

static ASYNC_GEN_ASEND_DEF: TypeDef = TypeDef { methods: AGEN_OP_METHODS, ..TypeDef::new("async_generator_asend") };
builtin_type!(pub ASYNC_GEN_ASEND_TYPE: AsyncGenOp, def &ASYNC_GEN_ASEND_DEF, base &OBJECT_TYPE.0, mro [&OBJECT_TYPE.0],
    slots AGEN_OP_SLOTS, flags tpflags::HAVE_GC, layout ObjectLayout::gc());
static ASYNC_GEN_ATHROW_DEF: TypeDef = TypeDef { methods: AGEN_OP_METHODS, ..TypeDef::new("async_generator_athrow") };
builtin_type!(pub ASYNC_GEN_ATHROW_TYPE: AsyncGenOp, def &ASYNC_GEN_ATHROW_DEF, base &OBJECT_TYPE.0, mro [&OBJECT_TYPE.0],
    slots AGEN_OP_SLOTS, flags tpflags::HAVE_GC, layout ObjectLayout::gc());

static AGEN_METHODS: &[MethodDef] = &[
    MethodDef { name: "asend", func: MethodFn::O(agen_asend), doc: Some("asend(v) -> send 'v' in generator.") },
    MethodDef { name: "athrow", func: MethodFn::Fast(agen_athrow), doc: Some("athrow(value)\nathrow(type[,value[,tb]])\n\nraise exception in generator.\nthe (type, val, tb) signature is deprecated, \nand may be removed in a future version of Python.") },
    MethodDef { name: "aclose", func: MethodFn::NoArgs(agen_aclose), doc: Some("aclose() -> raise GeneratorExit inside generator.") },
];

static AGEN_GETSETS: &[GetSetDef] = &[
    GetSetDef { name: "__name__", get: Some(get_name), set: Some(set_name), doc: None },
    GetSetDef { name: "__qualname__", get: Some(get_qualname), set: Some(set_qualname), doc: None },
    GetSetDef { name: "ag_frame", get: Some(gi_frame), set: None, doc: None },
    GetSetDef { name: "ag_running", get: Some(gi_running), set: None, doc: None },
    GetSetDef { name: "ag_code", get: Some(gi_code), set: None, doc: None },
    GetSetDef { name: "ag_await", get: Some(gi_yieldfrom), set: None, doc: None },
    GetSetDef { name: "ag_suspended", get: Some(gi_suspended), set: None, doc: None },
];

static ASYNC_GENERATOR_DEF: TypeDef = TypeDef { methods: AGEN_METHODS, getsets: AGEN_GETSETS, ..TypeDef::new("async_generator") };

const AGEN_SLOTS: Slots = Slots {
    repr: Cell::new(Some(gen_repr)),
    am_aiter: Cell::new(Some(agen_aiter)),
    am_anext: Cell::new(Some(agen_anext)),
    new: Cell::new(None),
    ..OBJECT_SLOTS
};

builtin_type!(pub ASYNC_GENERATOR_TYPE: Generator, def &ASYNC_GENERATOR_DEF, base &OBJECT_TYPE.0, mro [&OBJECT_TYPE.0],
    slots AGEN_SLOTS, flags tpflags::HAVE_GC, layout ObjectLayout::gc());

pub fn _unused(_: &TypeObject, _: FuncArgs<'_>, _: PyRef<Generator>) {}
