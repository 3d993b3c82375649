//! The eval loop: CPython 3.14's instruction set over frames on the
//! per-thread data stack.
//!
//! CPython: Python/bytecodes.c, Python/ceval.c.
//!
//! A Python-to-Python call, and resuming a generator from `SEND`/`FOR_ITER`,
//! switch frames inside this loop: no native recursion. Native code that
//! calls Python (a dunder, a sort key) enters the loop again through
//! [`Vm::run_frame`], counted by the native recursion guard.
//!
//! Frames are reached through the raw pointer `f` only, never through a
//! long-lived `&mut`, because code the loop calls (tracebacks,
//! `sys._getframe`) reads and updates the same frame headers.

use std::ptr;

use compile::opcode::{CACHE_ENTRIES, intrinsic1, intrinsic2, op};

use super::frame::{Frame, FrameOwner, OwnedFrame};
use super::ops::BinOp;
use super::{FuncArgs, PyResult, Vm};
use crate::errors::PyErr;
use crate::objects::cell::{Cell as PyCell, new_cell};
use crate::objects::dict::Dict;
use crate::objects::exceptions::{self, BaseExceptionData};
use crate::objects::function::Function;
use crate::objects::generator::{GenKind, GenResult, GenState, Generator};
use crate::objects::int::new_int;
use crate::objects::list::{List, new_list};
use crate::objects::str::{Str, new_str_from_gen_utf8};
use crate::objects::tuple::{Tuple, new_tuple};
use crate::objects::type_::CompareOp;
use crate::objects::value::{PyRef, Value};
use crate::objects::{bool_, none};

/// How a run of the loop ended for its entry frame.
pub enum Outcome {
    Return(Value),
    Yield(Value),
}

const EXTENDED_ARG: u8 = op::EXTENDED_ARG as u8;

/// The opcode byte of a code unit.
#[inline(always)]
fn opcode_of(w: u16) -> u8 {
    (w & 0xff) as u8
}

impl Frame {
    #[inline(always)]
    fn push(&mut self, v: Value) {
        debug_assert!(self.stacktop < self.nslots);
        // SAFETY: the compiler bounds the stack (frame invariant 4); the slot
        // above the top holds nothing that needs dropping (invariant 1).
        unsafe { ptr::write(self.localsplus.add(self.stacktop), Some(v)) };
        self.stacktop += 1;
    }

    #[inline(always)]
    fn push_opt(&mut self, v: Option<Value>) {
        debug_assert!(self.stacktop < self.nslots);
        // SAFETY: as in `push`.
        unsafe { ptr::write(self.localsplus.add(self.stacktop), v) };
        self.stacktop += 1;
    }

    /// Pops a slot that may be NULL.
    #[inline(always)]
    fn pop_opt(&mut self) -> Option<Value> {
        debug_assert!(self.stacktop > self.code.nlocalsplus());
        self.stacktop -= 1;
        // SAFETY: the slot was initialised (invariant 1); reading moves it out
        // and the slot is now above the top.
        unsafe { ptr::read(self.localsplus.add(self.stacktop)) }
    }

    /// Pops a slot that holds a value (the compiler guarantees it).
    #[inline(always)]
    fn pop(&mut self) -> Value {
        self.pop_opt().unwrap_or_else(none::none)
    }

    /// The value `n` below the top (1 = top).
    #[inline(always)]
    fn peek(&self, n: usize) -> &Value {
        // SAFETY: n <= stack depth for valid bytecode.
        match unsafe { &*self.localsplus.add(self.stacktop - n) } {
            Some(v) => v,
            None => none_ref(),
        }
    }

    #[inline(always)]
    fn peek_opt(&self, n: usize) -> &Option<Value> {
        // SAFETY: as in `peek`.
        unsafe { &*self.localsplus.add(self.stacktop - n) }
    }

    /// Replaces the value `n` below the top, returning the old one.
    #[inline(always)]
    fn set_peek(&mut self, n: usize, v: Option<Value>) -> Option<Value> {
        // SAFETY: as in `peek`.
        unsafe { std::mem::replace(&mut *self.localsplus.add(self.stacktop - n), v) }
    }

    /// Pops `n` values into a Vec (bottom first); the caller owns them.
    fn pop_n(&mut self, n: usize) -> Vec<Value> {
        let mut v: Vec<Value> = Vec::with_capacity(n);
        let base = self.stacktop - n;
        for i in 0..n {
            // SAFETY: the n slots below the top are initialised.
            let x = unsafe { ptr::read(self.localsplus.add(base + i)) };
            v.push(x.unwrap_or_else(none::none));
        }
        self.stacktop = base;
        v
    }

    /// The top `n` values, bottom first, still on the stack.
    fn top_slice(&self, n: usize) -> &[Option<Value>] {
        // SAFETY: the n slots below the top are initialised.
        unsafe { std::slice::from_raw_parts(self.localsplus.add(self.stacktop - n), n) }
    }

    /// Drops the top `n` values. The stack top moves first, so finalizers
    /// that run meanwhile see a consistent frame.
    fn drop_n(&mut self, n: usize) {
        let base = self.stacktop - n;
        self.stacktop = base;
        for i in 0..n {
            // SAFETY: the n slots above the new top were initialised and are
            // no longer part of the stack; each is read (moved out) once.
            drop(unsafe { ptr::read(self.localsplus.add(base + i)) });
        }
    }

    #[inline(always)]
    fn local(&self, i: usize) -> &Option<Value> {
        // SAFETY: i < nlocalsplus for valid bytecode.
        unsafe { &*self.localsplus.add(i) }
    }

    #[inline(always)]
    fn set_local(&mut self, i: usize, v: Option<Value>) -> Option<Value> {
        // SAFETY: as in `local`.
        unsafe { std::mem::replace(&mut *self.localsplus.add(i), v) }
    }
}

/// Call arguments on the value stack as values.
///
/// # Safety
/// Every slot is bound: the compiler pushes only values as call arguments
/// (the one NULL of a call layout, `self_or_null`, is never in the slice).
unsafe fn slots_as_values(s: &[Option<Value>]) -> &[Value] {
    debug_assert!(s.iter().all(|v| v.is_some()));
    // SAFETY: `Option<Value>` has `Value`'s layout (a non-null pointer niche),
    // and every element is `Some` (the caller's contract).
    unsafe { std::slice::from_raw_parts(s.as_ptr() as *const Value, s.len()) }
}

fn none_ref() -> &'static Value {
    // A &'static Value to None for the (never taken) NULL-peek path.
    static NONE_HEADER: () = ();
    let _ = &NONE_HEADER;
    thread_local! {
        static N: &'static Value = Box::leak(Box::new(none::none()));
    }
    N.with(|n| *n)
}

impl Vm {
    /// Runs a thread-owned frame pushed by a call (marked `is_entry`) to
    /// completion and pops it.
    pub fn run_frame(&self, f: *mut Frame) -> PyResult {
        match self.eval(f, None) {
            Ok(Outcome::Return(v)) => Ok(v),
            Ok(Outcome::Yield(v)) => {
                drop(v);
                Err(self.internal_error("a function frame yielded"))
            }
            Err(e) => Err(e),
        }
    }

    /// Resumes a generator from native code with a value (or a pending
    /// exception), until it yields, returns or raises.
    pub fn resume_generator(&self, g: &Value, sent: PyResult<Value>) -> PyResult<GenResult> {
        let gen_ = crate::objects::generator::gen_of(self, g)?;
        match gen_.state.get() {
            GenState::Running => {
                let what = match gen_.kind {
                    GenKind::Coroutine => "coroutine already executing",
                    GenKind::AsyncGenerator => "anext(): asynchronous generator is already running",
                    GenKind::Generator => "generator already executing",
                };
                return Err(self.value_error(what));
            }
            GenState::Completed => {
                if gen_.kind == GenKind::Coroutine && sent.is_ok() {
                    return Err(self.runtime_error("cannot reuse already awaited coroutine"));
                }
                return match sent {
                    Ok(_) => Ok(GenResult::Return(none::none())),
                    Err(e) => Err(e),
                };
            }
            _ => {}
        }
        let fptr = {
            let mut fr = gen_.frame.borrow_mut();
            match fr.as_mut() {
                Some(of) => of.as_ptr(),
                None => return Ok(GenResult::Return(none::none())),
            }
        };
        self.check_recursion()?;
        let was_created = gen_.state.get() == GenState::Created;
        gen_.state.set(GenState::Running);
        // SAFETY: the generator's frame is live and not running (checked).
        unsafe {
            (*fptr).previous = self.frames.current.get();
            (*fptr).is_entry = true;
        }
        self.exc_info.borrow_mut().push(gen_.exc_state.take());
        let pending = match sent {
            Ok(v) => {
                // SAFETY: as above; a suspended frame has room for the sent value
                // (the compiler reserves it for YIELD_VALUE's result).
                unsafe { (*fptr).push(v) };
                None
            }
            Err(e) => {
                let _ = was_created;
                Some(e)
            }
        };
        let r = self.eval(fptr, pending);
        self.leave_recursion();
        let exc_state = self.exc_info.borrow_mut().pop().flatten();
        gen_.exc_state.replace(exc_state);
        match r {
            Ok(Outcome::Yield(v)) => {
                // SAFETY: the frame is still owned by the generator.
                unsafe { (*fptr).is_entry = false };
                gen_.state.set(if self.frame_is_yield_from(fptr) { GenState::SuspendedYieldFrom } else { GenState::Suspended });
                Ok(GenResult::Yield(v))
            }
            Ok(Outcome::Return(v)) => {
                gen_.state.set(GenState::Completed);
                drop(gen_.frame.borrow_mut().take());
                Ok(GenResult::Return(v))
            }
            Err(e) => {
                gen_.state.set(GenState::Completed);
                drop(gen_.frame.borrow_mut().take());
                Err(e)
            }
        }
    }

    /// Whether a suspended generator frame is at a `yield from`/`await`
    /// (its last instruction is a `YIELD_VALUE` with oparg 1, CPython 3.12+).
    fn frame_is_yield_from(&self, f: *mut Frame) -> bool {
        // SAFETY: `f` is a live suspended frame.
        let (code, lasti) = unsafe { (&(*f).code, (*f).lasti) };
        lasti >= 1 && {
            let w = code.adaptive.get(lasti - 1).map(|c| c.get()).unwrap_or(0);
            opcode_of(w) as u16 == op::YIELD_VALUE && (w >> 8) == 1
        }
    }

    /// The subiterator a suspended generator delegates to (`gi_yieldfrom`).
    pub fn generator_yield_from(&self, g: &Value) -> PyResult<Option<Value>> {
        let gen_ = crate::objects::generator::gen_of(self, g)?;
        if gen_.state.get() != GenState::SuspendedYieldFrom {
            return Ok(None);
        }
        let fr = gen_.frame.borrow();
        let Some(of) = fr.as_ref() else { return Ok(None) };
        let f = &of.frame;
        if f.stacktop <= f.code.nlocalsplus() {
            return Ok(None);
        }
        // The receiver sits just below the top (the sent-value slot).
        Ok(f.stack().last().cloned().flatten())
    }

    /// `gen.throw(exc)` (CPython `_gen_throw`): delegate to a subiterator
    /// first when suspended at `yield from`; else raise at the yield.
    pub fn throw_into_generator(&self, g: &Value, exc: PyErr) -> PyResult<GenResult> {
        let gen_ = crate::objects::generator::gen_of(self, g)?;
        if gen_.state.get() == GenState::SuspendedYieldFrom {
            if let Some(yf) = self.generator_yield_from(g)? {
                let is_exit = exc.matches(exceptions::GENERATOR_EXIT.get());
                let delegated: PyResult<Value> = if is_exit {
                    // Close the subiterator, then raise GeneratorExit here.
                    let closed = if yf.downcast_ref::<Generator>().is_some() {
                        gen_.state.set(GenState::Running);
                        let r = crate::objects::generator::gen_close(self, &yf);
                        gen_.state.set(GenState::SuspendedYieldFrom);
                        r.map(|_| ())
                    } else {
                        match self.get_attr_str_opt(&yf, "close")? {
                            Some(c) => self.call(&c, &[]).map(|_| ()),
                            None => Ok(()),
                        }
                    };
                    match closed {
                        Ok(()) => Err(exc),
                        Err(e) => Err(e),
                    }
                } else if yf.downcast_ref::<Generator>().is_some() {
                    gen_.state.set(GenState::Running);
                    let r = self.throw_into_generator(&yf, exc);
                    gen_.state.set(GenState::SuspendedYieldFrom);
                    match r {
                        Ok(GenResult::Yield(v)) => return Ok(GenResult::Yield(v)),
                        Ok(GenResult::Return(v)) => {
                            // The subgenerator finished: resume ours with its value.
                            return self.resume_after_yield_from(g, v);
                        }
                        Err(e) => Err(e),
                    }
                } else {
                    match self.get_attr_str_opt(&yf, "throw")? {
                        Some(t) => match self.call(&t, &[exc.value()]) {
                            Ok(v) => return Ok(GenResult::Yield(v)),
                            Err(e) if e.matches(exceptions::STOP_ITERATION.get()) => {
                                let v = self.stop_iteration_value(&e);
                                return self.resume_after_yield_from(g, v);
                            }
                            Err(e) => Err(e),
                        },
                        None => Err(exc),
                    }
                };
                let e = match delegated {
                    Ok(v) => return Ok(GenResult::Yield(v)),
                    Err(e) => e,
                };
                // Raise in our frame at the yield from (CPython pops the receiver
                // and resumes at the SEND's CLEANUP_THROW handler).
                return self.resume_generator(g, Err(e));
            }
        }
        self.resume_generator(g, Err(exc))
    }

    /// Continues a generator whose `yield from` subiterator returned `v`:
    /// its frame resumes as if SEND had seen the subiterator finish.
    fn resume_after_yield_from(&self, g: &Value, v: Value) -> PyResult<GenResult> {
        let gen_ = crate::objects::generator::gen_of(self, g)?;
        {
            let fr = gen_.frame.borrow();
            if let Some(of) = fr.as_ref() {
                let f = of.frame.as_ref() as *const Frame as *mut Frame;
                // SAFETY: the generator's frame is suspended at the YIELD_VALUE
                // after a SEND; its stack holds the receiver. Pretend the SEND
                // returned: drop the receiver, jump to the SEND's target
                // (END_SEND expects [receiver, value], so push a placeholder).
                unsafe {
                    let lasti = (*f).lasti;
                    // Find the SEND before the YIELD_VALUE.
                    let send_at = lasti.saturating_sub(2 + CACHE_ENTRIES[op::SEND as usize] as usize);
                    let w = (&*f).code.adaptive[send_at].get();
                    if opcode_of(w) as u16 == op::SEND {
                        let target = send_at + 1 + CACHE_ENTRIES[op::SEND as usize] as usize + (w >> 8) as usize;
                        (*f).lasti = target;
                        (*f).push(v);
                        // The frame resumes *at* target; mark it so `eval` does not
                        // treat the pushed value as a sent value.
                    }
                }
            }
        }
        gen_.state.set(GenState::Suspended);
        let r = self.resume_generator_at_lasti(g)?;
        Ok(r)
    }

    fn resume_generator_at_lasti(&self, g: &Value) -> PyResult<GenResult> {
        let gen_ = crate::objects::generator::gen_of(self, g)?;
        let fptr = {
            let mut fr = gen_.frame.borrow_mut();
            match fr.as_mut() {
                Some(of) => of.as_ptr(),
                None => return Ok(GenResult::Return(none::none())),
            }
        };
        gen_.state.set(GenState::Running);
        // SAFETY: the generator's frame is live and suspended.
        unsafe {
            (*fptr).previous = self.frames.current.get();
            (*fptr).is_entry = true;
            (*fptr).lasti_is_next = true;
        }
        self.exc_info.borrow_mut().push(gen_.exc_state.take());
        let r = self.eval(fptr, None);
        let exc_state = self.exc_info.borrow_mut().pop().flatten();
        gen_.exc_state.replace(exc_state);
        match r {
            Ok(Outcome::Yield(v)) => {
                // SAFETY: still owned by the generator.
                unsafe { (*fptr).is_entry = false };
                gen_.state.set(if self.frame_is_yield_from(fptr) { GenState::SuspendedYieldFrom } else { GenState::Suspended });
                Ok(GenResult::Yield(v))
            }
            Ok(Outcome::Return(v)) => {
                gen_.state.set(GenState::Completed);
                drop(gen_.frame.borrow_mut().take());
                Ok(GenResult::Return(v))
            }
            Err(e) => {
                gen_.state.set(GenState::Completed);
                drop(gen_.frame.borrow_mut().take());
                Err(e)
            }
        }
    }

    /// Runs module or class body code in `globals`/`locals` (CPython `PyEval_EvalCode`).
    pub fn run_code(&self, code: PyRef<crate::objects::code::Code>, globals: PyRef<Dict>, locals: Option<Value>) -> PyResult {
        let builtins = self.builtins_for_globals(&globals);
        if globals.get_str_item_rs("__builtins__").is_none() {
            if let Some(m) = self.state().builtins_module.borrow().clone() {
                globals.set_str_item(self.intern("__builtins__"), m);
            }
        }
        self.check_recursion()?;
        let locals = locals.or_else(|| Some(globals.as_value().clone()));
        let f = self.frames.push(code, None, globals, builtins, locals);
        // SAFETY: just pushed.
        unsafe { (*f).is_entry = true };
        let r = self.run_frame(f);
        r
    }

    /// The eval loop proper. `entry` is linked as the innermost frame; the
    /// loop runs until `entry` returns, yields or raises.
    pub(crate) fn eval(&self, entry: *mut Frame, pending: Option<PyErr>) -> Result<Outcome, PyErr> {
        let saved_current = self.frames.current.get();
        self.frames.current.set(entry);
        let r = self.eval_inner(entry, pending);
        self.frames.current.set(saved_current);
        r
    }

    #[allow(clippy::cognitive_complexity)]
    fn eval_inner(&self, entry: *mut Frame, pending: Option<PyErr>) -> Result<Outcome, PyErr> {
        let mut f: *mut Frame = entry;
        let mut pending_err: Option<PyErr> = pending;
        let breaker = self.ts.breaker();

        macro_rules! fr {
            () => {
                // SAFETY: `f` is the live current frame of this thread; each
                // use is a short reborrow that ends before any call returns
                // control to code that could touch the same header.
                unsafe { &mut *f }
            };
        }

        'frame: loop {
            // Per-frame state.
            let units: *const std::cell::Cell<u16> = fr!().code.adaptive.as_ptr();
            let nunits = fr!().code.adaptive.len();
            let mut ip: usize = fr!().lasti;
            if fr!().lasti_is_next {
                fr!().lasti_is_next = false;
            } else if pending_err.is_some() {
                // An exception thrown into a suspended generator is raised at
                // its YIELD_VALUE (the instruction before the resume point).
                fr!().lasti = ip.saturating_sub(1);
            }

            let mut err: PyErr = match pending_err.take() {
                Some(e) => e,
                None => 'run: loop {
                    // Fetch (with EXTENDED_ARG).
                    if ip >= nunits {
                        break 'run self.internal_error("instruction pointer past the end of the code");
                    }
                    // SAFETY: ip < nunits.
                    let mut word = unsafe { (*units.add(ip)).get() };
                    let mut opc = opcode_of(word);
                    let mut arg = (word >> 8) as u32;
                    while opc == EXTENDED_ARG {
                        ip += 1;
                        if ip >= nunits {
                            break;
                        }
                        // SAFETY: ip < nunits.
                        word = unsafe { (*units.add(ip)).get() };
                        opc = opcode_of(word);
                        arg = (arg << 8) | (word >> 8) as u32;
                    }
                    fr!().lasti = ip;
                    let next = ip + 1 + CACHE_ENTRIES[opc as usize] as usize;
                    ip = next;

                    macro_rules! tri {
                        ($e:expr) => {
                            match $e {
                                Ok(v) => v,
                                Err(e) => break 'run e,
                            }
                        };
                    }

                    match opc as u16 {
                        op::NOP | op::NOT_TAKEN | op::CACHE => {}
                        op::RESUME => {
                            if (arg & 3) < 2 && breaker.get() != 0 {
                                tri!(self.check_point());
                            }
                        }
                        op::LOAD_FAST | op::LOAD_FAST_BORROW | op::LOAD_FAST_CHECK => {
                            match fr!().local(arg as usize).clone() {
                                Some(v) => fr!().push(v),
                                None => break 'run self.unbound_local(f, arg as usize),
                            }
                        }
                        op::LOAD_FAST_AND_CLEAR => {
                            let v = fr!().set_local(arg as usize, None);
                            fr!().push_opt(v);
                        }
                        op::LOAD_FAST_LOAD_FAST | op::LOAD_FAST_BORROW_LOAD_FAST_BORROW => {
                            let (a, b) = ((arg >> 4) as usize, (arg & 15) as usize);
                            let va = match fr!().local(a).clone() {
                                Some(v) => v,
                                None => break 'run self.unbound_local(f, a),
                            };
                            let vb = match fr!().local(b).clone() {
                                Some(v) => v,
                                None => break 'run self.unbound_local(f, b),
                            };
                            fr!().push(va);
                            fr!().push(vb);
                        }
                        op::LOAD_CONST => {
                            let v = fr!().code.consts[arg as usize].clone();
                            fr!().push(v);
                        }
                        op::LOAD_SMALL_INT => {
                            fr!().push(new_int(arg as i64));
                        }
                        op::STORE_FAST => {
                            let v = fr!().pop_opt();
                            let old = fr!().set_local(arg as usize, v);
                            drop(old);
                        }
                        op::STORE_FAST_LOAD_FAST => {
                            let v = fr!().pop_opt();
                            let old = fr!().set_local((arg >> 4) as usize, v);
                            drop(old);
                            match fr!().local((arg & 15) as usize).clone() {
                                Some(x) => fr!().push(x),
                                None => break 'run self.unbound_local(f, (arg & 15) as usize),
                            }
                        }
                        op::STORE_FAST_STORE_FAST => {
                            let v1 = fr!().pop_opt();
                            let old1 = fr!().set_local((arg >> 4) as usize, v1);
                            let v2 = fr!().pop_opt();
                            let old2 = fr!().set_local((arg & 15) as usize, v2);
                            drop(old1);
                            drop(old2);
                        }
                        op::DELETE_FAST => {
                            let old = fr!().set_local(arg as usize, None);
                            if old.is_none() {
                                break 'run self.unbound_local(f, arg as usize);
                            }
                            drop(old);
                        }
                        op::POP_TOP | op::END_FOR | op::POP_ITER => {
                            let v = fr!().pop_opt();
                            drop(v);
                        }
                        op::PUSH_NULL => fr!().push_opt(None),
                        op::COPY => {
                            let v = fr!().peek_opt(arg as usize).clone();
                            fr!().push_opt(v);
                        }
                        op::SWAP => {
                            let n = arg as usize;
                            let top = fr!().set_peek(1, None);
                            let other = fr!().set_peek(n, top);
                            fr!().set_peek(1, other);
                        }
                        op::END_SEND => {
                            let v = fr!().pop();
                            let recv = fr!().pop_opt();
                            drop(recv);
                            fr!().push(v);
                        }
                        op::UNARY_NEGATIVE => {
                            let v = fr!().pop();
                            let r = tri!(self.negative(&v));
                            fr!().push(r);
                        }
                        op::UNARY_INVERT => {
                            let v = fr!().pop();
                            let r = tri!(self.invert(&v));
                            fr!().push(r);
                        }
                        op::UNARY_NOT => {
                            let v = fr!().pop();
                            let r = if v.is_static(&bool_::TRUE) { bool_::new_bool(false) } else if v.is_static(&bool_::FALSE) {
                                bool_::new_bool(true)
                            } else {
                                bool_::new_bool(!tri!(self.is_true(&v)))
                            };
                            fr!().push(r);
                        }
                        op::TO_BOOL => {
                            let v = fr!().pop();
                            let b = if bool_::is_bool(&v) { v } else { bool_::new_bool(tri!(self.is_true(&v))) };
                            fr!().push(b);
                        }
                        op::BINARY_OP => {
                            let rhs = fr!().pop();
                            let lhs = fr!().pop();
                            let r = match crate::vm::ops::binary_fast(&lhs, &rhs, arg) {
                                Some(r) => r,
                                None => tri!(self.binary_op_oparg(&lhs, &rhs, arg)),
                            };
                            drop(lhs);
                            drop(rhs);
                            fr!().push(r);
                        }
                        op::COMPARE_OP => {
                            let rhs = fr!().pop();
                            let lhs = fr!().pop();
                            let cop = match CompareOp::from_u8((arg >> 5) as u8) {
                                Some(c) => c,
                                None => break 'run self.internal_error("bad COMPARE_OP oparg"),
                            };
                            let ft = crate::objects::float::FLOAT_TYPE.get();
                            let r = if let (Some(a), Some(b)) = (lhs.as_small_int(), rhs.as_small_int()) {
                                bool_::new_bool(cop.test(a.cmp(&b)))
                            } else if lhs.is_type(ft) && rhs.is_type(ft) {
                                // Exact floats: IEEE comparisons, as float_richcompare.
                                let (a, b) = (crate::objects::float::as_float(&lhs).unwrap_or(0.0), crate::objects::float::as_float(&rhs).unwrap_or(0.0));
                                bool_::new_bool(match cop {
                                    CompareOp::Lt => a < b,
                                    CompareOp::Le => a <= b,
                                    CompareOp::Eq => a == b,
                                    CompareOp::Ne => a != b,
                                    CompareOp::Gt => a > b,
                                    CompareOp::Ge => a >= b,
                                })
                            } else {
                                let r = tri!(self.rich_compare(&lhs, &rhs, cop));
                                if arg & 16 != 0 && !bool_::is_bool(&r) {
                                    bool_::new_bool(tri!(self.is_true(&r)))
                                } else {
                                    r
                                }
                            };
                            fr!().push(r);
                        }
                        op::IS_OP => {
                            let rhs = fr!().pop();
                            let lhs = fr!().pop();
                            fr!().push(bool_::new_bool(lhs.is(&rhs) != (arg == 1)));
                        }
                        op::CONTAINS_OP => {
                            let container = fr!().pop();
                            let item = fr!().pop();
                            let r = tri!(self.contains(&container, &item));
                            fr!().push(bool_::new_bool(r != (arg == 1)));
                        }
                        op::STORE_SUBSCR => {
                            let key = fr!().pop();
                            let container = fr!().pop();
                            let value = fr!().pop();
                            tri!(self.set_item(&container, key, value));
                        }
                        op::DELETE_SUBSCR => {
                            let key = fr!().pop();
                            let container = fr!().pop();
                            tri!(self.del_item(&container, &key));
                        }
                        op::BINARY_SLICE => {
                            let stop = fr!().pop();
                            let start = fr!().pop();
                            let container = fr!().pop();
                            let s = tri!(crate::objects::slice::new_slice(self, start, stop, none::none()));
                            let r = tri!(self.get_item(&container, &s));
                            fr!().push(r);
                        }
                        op::STORE_SLICE => {
                            let stop = fr!().pop();
                            let start = fr!().pop();
                            let container = fr!().pop();
                            let value = fr!().pop();
                            let s = tri!(crate::objects::slice::new_slice(self, start, stop, none::none()));
                            tri!(self.set_item(&container, s, value));
                        }
                        op::BUILD_SLICE => {
                            let step = if arg == 3 { fr!().pop() } else { none::none() };
                            let stop = fr!().pop();
                            let start = fr!().pop();
                            let s = tri!(crate::objects::slice::new_slice(self, start, stop, step));
                            fr!().push(s);
                        }
                        op::BUILD_TUPLE => {
                            let items = fr!().pop_n(arg as usize);
                            fr!().push(new_tuple(items).into_value());
                        }
                        op::BUILD_LIST => {
                            let items = fr!().pop_n(arg as usize);
                            fr!().push(new_list(items).into_value());
                        }
                        op::BUILD_SET => {
                            let items = fr!().pop_n(arg as usize);
                            let s = tri!(crate::objects::set::new_set(self));
                            for x in items {
                                tri!(s.add(self, x));
                            }
                            fr!().push(s.into_value());
                        }
                        op::BUILD_MAP => {
                            let items = fr!().pop_n(2 * arg as usize);
                            let d = crate::objects::dict::new_dict_with_capacity(self, arg as usize);
                            let mut it = items.into_iter();
                            while let (Some(k), Some(v)) = (it.next(), it.next()) {
                                tri!(d.set_item(self, k, v));
                            }
                            fr!().push(d.into_value());
                        }
                        op::BUILD_STRING => {
                            let items = fr!().pop_n(arg as usize);
                            let mut out = Vec::new();
                            for s in &items {
                                if let Some(st) = s.downcast_ref::<Str>() {
                                    out.extend_from_slice(st.as_bytes());
                                }
                            }
                            fr!().push(new_str_from_gen_utf8(out).into_value());
                        }
                        op::LIST_APPEND => {
                            let v = fr!().pop();
                            match fr!().peek(arg as usize).downcast_ref::<List>() {
                                Some(l) => l.push(v),
                                None => break 'run self.internal_error("LIST_APPEND target"),
                            }
                        }
                        op::SET_ADD => {
                            let v = fr!().pop();
                            let s = fr!().peek(arg as usize).clone();
                            match s.downcast_ref::<crate::objects::set::Set>() {
                                Some(set) => {
                                    tri!(set.add(self, v));
                                }
                                None => break 'run self.internal_error("SET_ADD target"),
                            }
                        }
                        op::MAP_ADD => {
                            let v = fr!().pop();
                            let k = fr!().pop();
                            let d = fr!().peek(arg as usize).clone();
                            match d.downcast_ref::<Dict>() {
                                Some(dd) => tri!(dd.set_item(self, k, v)),
                                None => break 'run self.internal_error("MAP_ADD target"),
                            }
                        }
                        op::LIST_EXTEND => {
                            let it = fr!().pop();
                            let l = fr!().peek(arg as usize).clone();
                            let items = match self.to_vec(&it) {
                                Ok(v) => v,
                                Err(e) => {
                                    if e.matches(exceptions::TYPE_ERROR.get()) && it.ty().slots.iter.get().is_none() && it.ty().slots.mp_subscript.get().is_none() {
                                        break 'run self.type_error(format!(
                                            "Value after * must be an iterable, not {}",
                                            it.ty().tp_name()
                                        ));
                                    }
                                    break 'run e;
                                }
                            };
                            if let Some(list) = l.downcast_ref::<List>() {
                                list.extend_from_slice(&items);
                            }
                        }
                        op::SET_UPDATE => {
                            let it = fr!().pop();
                            let s = fr!().peek(arg as usize).clone();
                            if let Some(set) = s.downcast_ref::<crate::objects::set::Set>() {
                                tri!(set.update(self, &it));
                            }
                        }
                        op::DICT_UPDATE => {
                            let upd = fr!().pop();
                            let d = fr!().peek(arg as usize).clone();
                            if let Some(dd) = d.downcast_ref::<Dict>() {
                                if let Err(e) = crate::objects::dict_type::update_from(self, dd, &upd, false) {
                                    if e.matches(exceptions::ATTRIBUTE_ERROR.get()) || e.matches(exceptions::TYPE_ERROR.get()) {
                                        if self.get_attr_str_opt(&upd, "keys").ok().flatten().is_none() {
                                            break 'run self.type_error(format!(
                                                "'{}' object is not a mapping",
                                                upd.ty().tp_name()
                                            ));
                                        }
                                    }
                                    break 'run e;
                                }
                            }
                        }
                        op::DICT_MERGE => {
                            let upd = fr!().pop();
                            let d = fr!().peek(arg as usize).clone();
                            let callable = fr!().peek(arg as usize + 3).clone();
                            tri!(self.dict_merge(&d, &upd, &callable));
                        }
                        op::UNPACK_SEQUENCE => {
                            let seq = fr!().pop();
                            let items = tri!(self.unpack_sequence(&seq, arg as usize, None));
                            for x in items.into_iter().rev() {
                                fr!().push(x);
                            }
                        }
                        op::UNPACK_EX => {
                            let seq = fr!().pop();
                            let before = (arg & 0xff) as usize;
                            let after = (arg >> 8) as usize;
                            let items = tri!(self.unpack_sequence(&seq, before, Some(after)));
                            for x in items.into_iter().rev() {
                                fr!().push(x);
                            }
                        }
                        op::LOAD_NAME => {
                            let name = fr!().code.names[arg as usize].clone();
                            let v = tri!(self.load_name(f, &name));
                            fr!().push(v);
                        }
                        op::STORE_NAME => {
                            let name = fr!().code.names[arg as usize].clone();
                            let v = fr!().pop();
                            tri!(self.store_name(f, name, v));
                        }
                        op::DELETE_NAME => {
                            let name = fr!().code.names[arg as usize].clone();
                            tri!(self.delete_name(f, &name));
                        }
                        op::LOAD_GLOBAL => {
                            let v = tri!(self.load_global_cached(f, arg));
                            fr!().push(v);
                            if arg & 1 != 0 {
                                fr!().push_opt(None);
                            }
                        }
                        op::STORE_GLOBAL => {
                            let name = fr!().code.names[arg as usize].clone();
                            let v = fr!().pop();
                            fr!().globals.set_str_item(name, v);
                        }
                        op::DELETE_GLOBAL => {
                            let name = fr!().code.names[arg as usize].clone();
                            if fr!().globals.del_str_item(&name).is_none() {
                                break 'run self.name_error(name.as_value());
                            }
                        }
                        op::LOAD_LOCALS => {
                            match fr!().locals.clone() {
                                Some(l) => fr!().push(l),
                                None => break 'run self.system_error("no locals found"),
                            }
                        }
                        op::LOAD_FROM_DICT_OR_GLOBALS => {
                            let mapping = fr!().pop();
                            let name = fr!().code.names[arg as usize].clone();
                            let v = match tri!(self.mapping_get(&mapping, name.as_value())) {
                                Some(v) => v,
                                None => tri!(self.load_global(f, &name)),
                            };
                            fr!().push(v);
                        }
                        op::LOAD_FROM_DICT_OR_DEREF => {
                            let mapping = fr!().pop();
                            let idx = arg as usize;
                            let name = fr!().code.localsplusnames[idx].clone();
                            let v = match tri!(self.mapping_get(&mapping, name.as_value())) {
                                Some(v) => v,
                                None => {
                                    let cell = fr!().local(idx).clone();
                                    match cell.as_ref().and_then(|c| c.downcast_ref::<PyCell>()).and_then(|c| c.get()) {
                                        Some(v) => v,
                                        None => break 'run self.unbound_deref(f, idx),
                                    }
                                }
                            };
                            fr!().push(v);
                        }
                        op::MAKE_CELL => {
                            let idx = arg as usize;
                            let initial = fr!().set_local(idx, None);
                            let cell = new_cell(self, initial);
                            fr!().set_local(idx, Some(cell.into_value()));
                        }
                        op::COPY_FREE_VARS => {
                            let n = arg as usize;
                            let closure = match &fr!().func {
                                Some(func) => func.downcast_ref::<Function>().and_then(|fu| fu.closure.borrow().clone()),
                                None => None,
                            };
                            let nlp = fr!().code.nlocalsplus();
                            if let Some(c) = closure {
                                for (i, cell) in c.as_slice().iter().enumerate().take(n) {
                                    fr!().set_local(nlp - n + i, Some(cell.clone()));
                                }
                            }
                        }
                        op::LOAD_DEREF => {
                            let idx = arg as usize;
                            let v = fr!().local(idx).as_ref().and_then(|c| c.downcast_ref::<PyCell>()).and_then(|c| c.get());
                            match v {
                                Some(v) => fr!().push(v),
                                None => break 'run self.unbound_deref(f, idx),
                            }
                        }
                        op::STORE_DEREF => {
                            let v = fr!().pop();
                            let idx = arg as usize;
                            match fr!().local(idx).clone().as_ref().and_then(|c| c.downcast_ref::<PyCell>()) {
                                Some(c) => c.set(Some(v)),
                                None => break 'run self.internal_error("STORE_DEREF without a cell"),
                            }
                        }
                        op::DELETE_DEREF => {
                            let idx = arg as usize;
                            let cell = fr!().local(idx).clone();
                            match cell.as_ref().and_then(|c| c.downcast_ref::<PyCell>()) {
                                Some(c) => {
                                    if c.take().is_none() {
                                        break 'run self.unbound_deref(f, idx);
                                    }
                                }
                                None => break 'run self.internal_error("DELETE_DEREF without a cell"),
                            }
                        }
                        op::LOAD_ATTR => {
                            let owner = fr!().pop();
                            let name = fr!().code.names[(arg >> 1) as usize].clone();
                            if arg & 1 != 0 {
                                let (m, zelf) = tri!(self.load_method(&owner, &name));
                                fr!().push(m);
                                fr!().push_opt(zelf);
                            } else {
                                let v = tri!(self.get_attr(&owner, &name));
                                fr!().push(v);
                            }
                        }
                        op::STORE_ATTR => {
                            let owner = fr!().pop();
                            let value = fr!().pop();
                            let name = fr!().code.names[arg as usize].clone();
                            tri!(self.set_attr(&owner, &name, value));
                        }
                        op::DELETE_ATTR => {
                            let owner = fr!().pop();
                            let name = fr!().code.names[arg as usize].clone();
                            tri!(self.del_attr(&owner, &name));
                        }
                        op::LOAD_SUPER_ATTR => {
                            let zelf = fr!().pop();
                            let class = fr!().pop();
                            let global_super = fr!().pop();
                            let name = fr!().code.names[(arg >> 2) as usize].clone();
                            let (attr, bound_self) = tri!(self.load_super_attr(&global_super, &class, &zelf, &name, arg & 1 != 0, arg & 2 != 0));
                            fr!().push(attr);
                            if arg & 1 != 0 {
                                fr!().push_opt(bound_self);
                            }
                        }
                        op::LOAD_SPECIAL => {
                            let owner = fr!().pop();
                            let (m, zelf) = tri!(self.load_special_for_with(&owner, arg));
                            fr!().push(m);
                            fr!().push_opt(zelf);
                        }
                        op::LOAD_COMMON_CONSTANT => {
                            let v = match arg {
                                0 => exceptions::ASSERTION_ERROR.value(),
                                1 => exceptions::NOT_IMPLEMENTED_ERROR.value(),
                                2 => crate::objects::tuple_type::TUPLE_TYPE.value(),
                                3 => tri!(self.builtin("all")),
                                _ => tri!(self.builtin("any")),
                            };
                            fr!().push(v);
                        }
                        op::LOAD_BUILD_CLASS => {
                            let bc = match fr!().builtins.get_str_item_rs("__build_class__") {
                                Some(b) => b,
                                None => break 'run self.name_error_msg("__build_class__ not found"),
                            };
                            fr!().push(bc);
                        }
                        op::MAKE_FUNCTION => {
                            let code = fr!().pop();
                            let code = match code.downcast::<crate::objects::code::Code>() {
                                Ok(c) => c,
                                Err(_) => break 'run self.internal_error("MAKE_FUNCTION of a non-code"),
                            };
                            let globals = fr!().globals.clone();
                            let func = tri!(crate::objects::function::new_function(self, code, globals));
                            fr!().push(func);
                        }
                        op::SET_FUNCTION_ATTRIBUTE => {
                            let func = fr!().pop();
                            let attr = fr!().pop();
                            tri!(self.set_function_attribute(&func, attr, arg));
                            fr!().push(func);
                        }
                        op::RETURN_VALUE => {
                            let retval = fr!().pop();
                            match self.frame_return(&mut f, retval) {
                                Ok(Some(outcome)) => return Ok(outcome),
                                Ok(None) => continue 'frame,
                                Err(e) => break 'run e,
                            }
                        }
                        op::RETURN_GENERATOR => {
                            // The frame moves into a new generator, which is returned.
                            fr!().lasti = ip;
                            // SAFETY: `f` is a live thread-owned frame.
                            let owned = unsafe { OwnedFrame::take_from(f, &self.frames) };
                            let g = tri!(crate::objects::generator::new_generator(self, owned));
                            match self.frame_return(&mut f, g) {
                                Ok(Some(outcome)) => return Ok(outcome),
                                Ok(None) => continue 'frame,
                                Err(e) => break 'run e,
                            }
                        }
                        op::YIELD_VALUE => {
                            let v = fr!().pop();
                            fr!().lasti = ip;
                            let v = if arg == 0 && self.frame_is_async_gen(f) {
                                tri!(crate::objects::generator::wrap_async_gen_value(self, v))
                            } else {
                                v
                            };
                            if fr!().is_entry {
                                return Ok(Outcome::Yield(v));
                            }
                            // Inline resume from SEND/FOR_ITER: back to the caller.
                            self.inline_yield(&mut f, v);
                            continue 'frame;
                        }
                        op::GET_ITER => {
                            let v = fr!().pop();
                            let it = tri!(self.iter(&v));
                            fr!().push(it);
                        }
                        op::GET_YIELD_FROM_ITER => {
                            let v = fr!().peek(1).clone();
                            let is_coro = v.is_type(crate::objects::generator::COROUTINE_TYPE.get());
                            if is_coro {
                                let flags = fr!().code.core.flags;
                                if flags & (compile::code::flags::CO_COROUTINE | compile::code::flags::CO_ITERABLE_COROUTINE) == 0 {
                                    break 'run self.type_error("cannot 'yield from' a coroutine object in a non-coroutine generator");
                                }
                            } else if !v.is_type(crate::objects::generator::GENERATOR_TYPE.get()) {
                                let v = fr!().pop();
                                let it = tri!(self.iter(&v));
                                fr!().push(it);
                            }
                        }
                        op::FOR_ITER => {
                            let target = next + arg as usize;
                            let it = fr!().peek(1).clone();
                            // Fast paths: range, list, tuple.
                            if let Some(r) = it.downcast_ref::<crate::objects::range::RangeIter>() {
                                match crate::objects::range::range_iter_next_value(r) {
                                    Some(x) => {
                                        fr!().push(new_int(x));
                                        continue 'run;
                                    }
                                    None => {
                                        ip = target + 1;
                                        continue 'run;
                                    }
                                }
                            }
                            if it.is_type(crate::objects::generator::GENERATOR_TYPE.get()) {
                                match self.inline_resume(&mut f, &it, none::none(), target) {
                                    Ok(true) => continue 'frame,
                                    Ok(false) => {}
                                    Err(e) => break 'run e,
                                }
                            }
                            match tri!(self.next(&it)) {
                                Some(x) => fr!().push(x),
                                None => ip = target + 1,
                            }
                        }
                        op::SEND => {
                            let target = next + arg as usize;
                            let v = fr!().pop();
                            let recv = fr!().peek(1).clone();
                            let inline_ok = recv.is_type(crate::objects::generator::GENERATOR_TYPE.get())
                                || recv.is_type(crate::objects::generator::COROUTINE_TYPE.get());
                            if inline_ok {
                                match self.inline_resume(&mut f, &recv, v.clone(), target) {
                                    Ok(true) => continue 'frame,
                                    Ok(false) => {}
                                    Err(e) => break 'run e,
                                }
                            }
                            match self.send_to(&recv, v) {
                                Ok(GenResult::Yield(x)) => fr!().push(x),
                                Ok(GenResult::Return(x)) => {
                                    fr!().push(x);
                                    ip = target;
                                }
                                Err(e) => break 'run e,
                            }
                        }
                        op::JUMP_FORWARD => ip = next + arg as usize,
                        op::JUMP_BACKWARD => {
                            ip = next - arg as usize;
                            if breaker.get() != 0 {
                                tri!(self.check_point());
                            }
                        }
                        op::JUMP_BACKWARD_NO_INTERRUPT => ip = next - arg as usize,
                        op::POP_JUMP_IF_FALSE => {
                            let v = fr!().pop();
                            if v.is_static(&bool_::FALSE) {
                                ip = next + arg as usize;
                            } else if !v.is_static(&bool_::TRUE) && !tri!(self.is_true(&v)) {
                                ip = next + arg as usize;
                            }
                        }
                        op::POP_JUMP_IF_TRUE => {
                            let v = fr!().pop();
                            if v.is_static(&bool_::TRUE) {
                                ip = next + arg as usize;
                            } else if !v.is_static(&bool_::FALSE) && tri!(self.is_true(&v)) {
                                ip = next + arg as usize;
                            }
                        }
                        op::POP_JUMP_IF_NONE => {
                            let v = fr!().pop();
                            if none::is_none(&v) {
                                ip = next + arg as usize;
                            }
                        }
                        op::POP_JUMP_IF_NOT_NONE => {
                            let v = fr!().pop();
                            if !none::is_none(&v) {
                                ip = next + arg as usize;
                            }
                        }
                        op::CALL => {
                            let argc = arg as usize;
                            match self.do_call(&mut f, argc, None) {
                                Ok(true) => continue 'frame,
                                Ok(false) => {
                                    if breaker.get() != 0 {
                                        tri!(self.check_point());
                                    }
                                }
                                Err(e) => break 'run e,
                            }
                        }
                        op::CALL_KW => {
                            let kwnames = fr!().pop();
                            let argc = arg as usize;
                            let kw = match kwnames.downcast::<Tuple>() {
                                Ok(t) => t,
                                Err(_) => break 'run self.internal_error("CALL_KW without a names tuple"),
                            };
                            match self.do_call(&mut f, argc, Some(kw)) {
                                Ok(true) => continue 'frame,
                                Ok(false) => {
                                    if breaker.get() != 0 {
                                        tri!(self.check_point());
                                    }
                                }
                                Err(e) => break 'run e,
                            }
                        }
                        op::CALL_FUNCTION_EX => {
                            let kwargs = fr!().pop_opt();
                            let callargs = fr!().pop();
                            let _null = fr!().pop_opt();
                            let func = fr!().pop();
                            let r = tri!(self.call_function_ex(&func, &callargs, kwargs.as_ref()));
                            fr!().push(r);
                            if breaker.get() != 0 {
                                tri!(self.check_point());
                            }
                        }
                        op::CALL_INTRINSIC_1 => {
                            let v = fr!().pop();
                            let r = tri!(self.intrinsic1(f, arg, v));
                            fr!().push(r);
                        }
                        op::CALL_INTRINSIC_2 => {
                            let v1 = fr!().pop();
                            let v2 = fr!().pop();
                            let r = tri!(self.intrinsic2(arg, v2, v1));
                            fr!().push(r);
                        }
                        op::RAISE_VARARGS => {
                            let e = match arg {
                                0 => self.reraise_current(),
                                1 => {
                                    let exc = fr!().pop();
                                    self.do_raise(exc, None)
                                }
                                _ => {
                                    let cause = fr!().pop();
                                    let exc = fr!().pop();
                                    self.do_raise(exc, Some(cause))
                                }
                            };
                            break 'run e;
                        }
                        op::RERAISE => {
                            let exc = fr!().pop();
                            let here = fr!().lasti;
                            if arg != 0 {
                                let lasti = fr!().peek(arg as usize).as_small_int();
                                if let Some(l) = lasti {
                                    fr!().lasti = l as usize;
                                }
                            }
                            match exc.downcast::<BaseExceptionData>() {
                                Ok(e) => {
                                    pending_err = Some(PyErr::from_exception(e));
                                    // Re-raise: unwind without a new traceback entry.
                                    match self.unwind_from(&mut f, pending_err.take(), false, Some(here)) {
                                        Ok(None) => continue 'frame,
                                        Ok(Some(e)) => return Err(e),
                                        Err(e) => return Err(e),
                                    }
                                }
                                Err(_) => break 'run self.internal_error("RERAISE of a non-exception"),
                            }
                        }
                        op::PUSH_EXC_INFO => {
                            let exc = fr!().pop();
                            let prev = {
                                let mut info = self.exc_info.borrow_mut();
                                let top = info.last_mut();
                                match top {
                                    Some(t) => std::mem::replace(t, Some(exc.clone())),
                                    None => None,
                                }
                            };
                            fr!().push(prev.unwrap_or_else(none::none));
                            fr!().push(exc);
                        }
                        op::POP_EXCEPT => {
                            let v = fr!().pop();
                            let new = if none::is_none(&v) { None } else { Some(v) };
                            let old = {
                                let mut info = self.exc_info.borrow_mut();
                                match info.last_mut() {
                                    Some(t) => std::mem::replace(t, new),
                                    None => None,
                                }
                            };
                            drop(old);
                        }
                        op::CHECK_EXC_MATCH => {
                            let typ = fr!().pop();
                            let exc = fr!().peek(1).clone();
                            tri!(self.check_except_type_valid(&typ));
                            let r = tri!(self.exception_matches(&exc, &typ));
                            fr!().push(bool_::new_bool(r));
                        }
                        op::CHECK_EG_MATCH => {
                            let typ = fr!().pop();
                            let eg = fr!().pop();
                            tri!(self.check_except_star_type_valid(&typ));
                            let (rest, matched) = tri!(self.exception_group_match(&eg, &typ));
                            fr!().push(rest);
                            fr!().push(matched);
                        }
                        op::WITH_EXCEPT_START => {
                            // Stack: exit_func, exit_self, lasti, prev_exc, val
                            let val = fr!().peek(1).clone();
                            let exit_self = fr!().peek_opt(4).clone();
                            let exit_func = fr!().peek(5).clone();
                            let tb = val
                                .downcast_ref::<BaseExceptionData>()
                                .and_then(|e| e.traceback())
                                .unwrap_or_else(none::none);
                            let typ = val.ty().to_value();
                            let mut args: Vec<Value> = Vec::with_capacity(4);
                            if let Some(s) = exit_self {
                                args.push(s);
                            }
                            args.push(typ);
                            args.push(val);
                            args.push(tb);
                            let r = tri!(self.call(&exit_func, &args));
                            fr!().push(r);
                        }
                        op::CLEANUP_THROW => {
                            // Stack: sub_iter, last_sent_val, exc_value -> none, value
                            let exc = fr!().pop();
                            let _last = fr!().pop();
                            let _sub = fr!().pop();
                            let is_stop = exc.ty().is_subtype(exceptions::STOP_ITERATION.get());
                            if is_stop {
                                let value = exc
                                    .downcast_ref::<BaseExceptionData>()
                                    .and_then(|e| e.field(exceptions::field::STOP_ITERATION_VALUE))
                                    .unwrap_or_else(none::none);
                                fr!().push(none::none());
                                fr!().push(value);
                            } else {
                                match exc.downcast::<BaseExceptionData>() {
                                    Ok(e) => {
                                        match self.unwind(&mut f, Some(PyErr::from_exception(e)), false) {
                                            Ok(None) => continue 'frame,
                                            Ok(Some(e)) => return Err(e),
                                            Err(e) => return Err(e),
                                        }
                                    }
                                    Err(_) => break 'run self.internal_error("CLEANUP_THROW of a non-exception"),
                                }
                            }
                        }
                        op::GET_AWAITABLE => {
                            let v = fr!().pop();
                            let a = tri!(self.get_awaitable(&v, arg));
                            fr!().push(a);
                        }
                        op::GET_AITER => {
                            let v = fr!().pop();
                            let a = tri!(self.get_aiter(&v));
                            fr!().push(a);
                        }
                        op::GET_ANEXT => {
                            let aiter = fr!().peek(1).clone();
                            let a = tri!(self.get_anext(&aiter));
                            fr!().push(a);
                        }
                        op::END_ASYNC_FOR => {
                            let exc = fr!().pop();
                            let _awaitable = fr!().pop();
                            if exc.ty().is_subtype(exceptions::STOP_ASYNC_ITERATION.get()) {
                                let _aiter = fr!().pop();
                                let _ = _aiter;
                            } else {
                                match exc.downcast::<BaseExceptionData>() {
                                    Ok(e) => match self.unwind(&mut f, Some(PyErr::from_exception(e)), false) {
                                        Ok(None) => continue 'frame,
                                        Ok(Some(e)) => return Err(e),
                                        Err(e) => return Err(e),
                                    },
                                    Err(_) => break 'run self.internal_error("END_ASYNC_FOR"),
                                }
                            }
                        }
                        op::FORMAT_SIMPLE => {
                            let v = fr!().pop();
                            let r = if v.is_type(crate::objects::str::STR_TYPE.get()) {
                                v
                            } else {
                                tri!(self.format(&v, &crate::objects::str::EMPTY_STR.value()))
                            };
                            fr!().push(r);
                        }
                        op::FORMAT_WITH_SPEC => {
                            let spec = fr!().pop();
                            let v = fr!().pop();
                            let r = tri!(self.format(&v, &spec));
                            fr!().push(r);
                        }
                        op::CONVERT_VALUE => {
                            let v = fr!().pop();
                            let r = match arg {
                                1 => tri!(self.str(&v)).into_value(),
                                2 => tri!(self.repr(&v)).into_value(),
                                _ => tri!(self.ascii(&v)).into_value(),
                            };
                            fr!().push(r);
                        }
                        op::BUILD_INTERPOLATION => {
                            let spec = if arg & 1 != 0 { fr!().pop() } else { crate::objects::str::EMPTY_STR.value() };
                            let expr = fr!().pop();
                            let value = fr!().pop();
                            let conv = arg >> 2;
                            let r = tri!(crate::objects::template::new_interpolation(self, value, expr, conv, spec));
                            fr!().push(r);
                        }
                        op::BUILD_TEMPLATE => {
                            let interps = fr!().pop();
                            let strings = fr!().pop();
                            let r = tri!(crate::objects::template::new_template(self, strings, interps));
                            fr!().push(r);
                        }
                        op::SETUP_ANNOTATIONS => {
                            let locals = match fr!().locals.clone() {
                                Some(l) => l,
                                None => break 'run self.system_error("no locals found when setting up annotations"),
                            };
                            let key = self.intern("__annotations__");
                            let present = tri!(self.mapping_get(&locals, key.as_value())).is_some();
                            if !present {
                                let d = crate::objects::dict::new_dict(self).into_value();
                                tri!(self.set_item(&locals, key.into_value(), d));
                            }
                        }
                        op::IMPORT_NAME => {
                            let fromlist = fr!().pop();
                            let level = fr!().pop();
                            let name = fr!().code.names[arg as usize].clone();
                            let m = tri!(self.import_name(f, name, fromlist, level));
                            fr!().push(m);
                        }
                        op::IMPORT_FROM => {
                            let module = fr!().peek(1).clone();
                            let name = fr!().code.names[arg as usize].clone();
                            let v = tri!(self.import_from(&module, &name));
                            fr!().push(v);
                        }
                        op::MATCH_MAPPING => {
                            let subj = fr!().peek(1).clone();
                            let r = subj.ty().has_flag(crate::objects::type_::tpflags::MAPPING);
                            fr!().push(bool_::new_bool(r));
                        }
                        op::MATCH_SEQUENCE => {
                            let subj = fr!().peek(1).clone();
                            let r = subj.ty().has_flag(crate::objects::type_::tpflags::SEQUENCE);
                            fr!().push(bool_::new_bool(r));
                        }
                        op::GET_LEN => {
                            let subj = fr!().peek(1).clone();
                            let n = tri!(self.len(&subj));
                            fr!().push(new_int(n as i64));
                        }
                        op::MATCH_KEYS => {
                            let keys = fr!().peek(1).clone();
                            let subj = fr!().peek(2).clone();
                            let r = tri!(crate::vm::pattern::match_keys(self, &subj, &keys));
                            fr!().push(r);
                        }
                        op::MATCH_CLASS => {
                            let names = fr!().pop();
                            let cls = fr!().pop();
                            let subj = fr!().pop();
                            let r = tri!(crate::vm::pattern::match_class(self, &subj, &cls, arg as usize, &names));
                            fr!().push(r);
                        }
                        op::EXIT_INIT_CHECK => {
                            let v = fr!().pop();
                            if !none::is_none(&v) {
                                break 'run self.type_error(format!(
                                    "__init__() should return None, not '{}'",
                                    v.ty().tp_name()
                                ));
                            }
                        }
                        op::INTERPRETER_EXIT => {
                            let v = fr!().pop();
                            return Ok(Outcome::Return(v));
                        }
                        _ => {
                            break 'run self.system_error(format!(
                                "unknown opcode {} ({})",
                                opc,
                                compile::opcode::OPNAMES.get(opc as usize).copied().unwrap_or("?")
                            ));
                        }
                    }
                },
            };

            // An exception was raised in frame `f` at `f.lasti`.
            err = self.contextualize(err);
            match self.unwind(&mut f, Some(err), true) {
                Ok(None) => continue 'frame,
                Ok(Some(e)) => return Err(e),
                Err(e) => return Err(e),
            }
        }
    }

    /// Exception handling: adds a traceback entry (for a new raise, not a
    /// re-raise), then looks for a handler in this frame and its callers up
    /// to the entry frame. `Ok(None)`: a handler was found and `f` is ready
    /// to run it; `Ok(Some(e))`: the entry frame exited with `e`.
    ///
    /// The handler is looked up at the instruction that raised, which for
    /// `RERAISE n` is the RERAISE itself, even though it restored `lasti` to
    /// the original raise (the traceback and the pushed `lasti` use that):
    /// CPython's `exception_unwind` uses `INSTR_OFFSET()-1`, not `instr_ptr`.
    fn unwind(&self, f: &mut *mut Frame, err: Option<PyErr>, add_tb: bool) -> PyResult<Option<PyErr>> {
        self.unwind_from(f, err, add_tb, None)
    }

    fn unwind_from(&self, f: &mut *mut Frame, err: Option<PyErr>, add_tb: bool, raised_at: Option<usize>) -> PyResult<Option<PyErr>> {
        let Some(mut e) = err else { return Ok(None) };
        let mut add = add_tb;
        let mut raised_at = raised_at;
        loop {
            let frame = *f;
            if add {
                // SAFETY: `frame` is the live current frame.
                self.add_traceback(&e, unsafe { &mut *frame });
            }
            add = true;
            // SAFETY: as above.
            let (lasti, handler) = unsafe {
                let lasti = (*frame).lasti;
                let at = raised_at.take().unwrap_or(lasti);
                (lasti, crate::objects::locations::handler_for(&(&*frame).code.core, at))
            };
            if let Some(h) = handler {
                // SAFETY: as above; the handler depth is within the frame's stack.
                unsafe {
                    let base = (*frame).code.nlocalsplus() + h.depth;
                    while (*frame).stacktop > base {
                        let v = (*frame).pop_opt();
                        drop(v);
                    }
                    if h.lasti {
                        (*frame).push(new_int(lasti as i64));
                    }
                    (*frame).push(e.into_exception().into_value());
                    (*frame).lasti = h.target;
                }
                return Ok(None);
            }
            // No handler: this frame ends.
            match self.frame_exit_with_error(f) {
                Some(()) => {}
                None => return Ok(Some(e)),
            }
            e = self.contextualize_keep(e);
        }
    }

    /// Ends the current frame `*f` because an exception propagates out of it.
    /// Returns `None` when it was the entry frame (the error leaves the loop).
    fn frame_exit_with_error(&self, f: &mut *mut Frame) -> Option<()> {
        let frame = *f;
        // SAFETY: `frame` is the live current frame.
        let (is_entry, owner, previous, gen_) = unsafe {
            ((*frame).is_entry, (*frame).owner, (*frame).previous, (*frame).generator.clone())
        };
        if is_entry {
            if owner == FrameOwner::Thread {
                self.pop_thread_frame(frame);
            }
            return None;
        }
        if owner == FrameOwner::Thread {
            self.pop_thread_frame(frame);
        } else if let Some(g) = gen_ {
            // An inline-resumed generator raised: it is finished.
            self.finish_inline_generator(&g, frame);
        }
        *f = previous;
        self.frames.current.set(previous);
        Some(())
    }

    /// Pops a thread-owned frame, handing its locals to its frame object.
    fn pop_thread_frame(&self, frame: *mut Frame) {
        // SAFETY: `frame` is live, thread-owned and the newest frame.
        unsafe {
            if let Some(fo) = (*frame).frame_obj.take() {
                fo.take_ownership(&mut *frame);
            }
            self.frames.pop(frame);
        }
        self.leave_recursion();
    }

    /// RETURN_VALUE / RETURN_GENERATOR: leave the frame with `retval`.
    /// `Ok(Some(outcome))` when it was the entry frame.
    fn frame_return(&self, f: &mut *mut Frame, retval: Value) -> PyResult<Option<Outcome>> {
        let frame = *f;
        // SAFETY: `frame` is the live current frame.
        let (is_entry, owner, previous, gen_) = unsafe {
            ((*frame).is_entry, (*frame).owner, (*frame).previous, (*frame).generator.clone())
        };
        if owner == FrameOwner::Thread {
            self.pop_thread_frame(frame);
        } else if !is_entry {
            if let Some(g) = gen_ {
                self.finish_inline_generator(&g, frame);
            }
        }
        if is_entry {
            return Ok(Some(Outcome::Return(retval)));
        }
        *f = previous;
        self.frames.current.set(previous);
        // SAFETY: `previous` is the caller, live on this thread.
        unsafe {
            (*previous).push(retval);
            (*previous).lasti = (*previous).return_ip;
        }
        Ok(None)
    }

    fn frame_is_async_gen(&self, f: *mut Frame) -> bool {
        // SAFETY: `f` is live.
        unsafe { (&*f).code.core.flags & compile::code::flags::CO_ASYNC_GENERATOR != 0 }
    }

    /// Resumes a generator frame inside the loop (SEND/FOR_ITER on an exact
    /// generator or coroutine). `Ok(false)` when it cannot be inlined.
    fn inline_resume(&self, f: &mut *mut Frame, gen_v: &Value, sent: Value, return_target: usize) -> PyResult<bool> {
        let Some(g) = gen_v.downcast_ref::<Generator>() else { return Ok(false) };
        if !matches!(g.state.get(), GenState::Created | GenState::Suspended | GenState::SuspendedYieldFrom) {
            return Ok(false);
        }
        let gp = {
            let mut fr = g.frame.borrow_mut();
            match fr.as_mut() {
                Some(of) => of.as_ptr(),
                None => return Ok(false),
            }
        };
        self.check_recursion()?;
        g.state.set(GenState::Running);
        self.exc_info.borrow_mut().push(g.exc_state.take());
        let caller = *f;
        // SAFETY: `caller` is live; `gp` is the generator's suspended frame.
        unsafe {
            (*caller).return_ip = return_target;
            (*gp).previous = caller;
            (*gp).is_entry = false;
            (*gp).push(sent);
        }
        *f = gp;
        self.frames.current.set(gp);
        Ok(true)
    }

    /// YIELD_VALUE in an inline-resumed generator frame: back to the caller,
    /// which continues after its SEND/FOR_ITER with the value.
    fn inline_yield(&self, f: &mut *mut Frame, v: Value) {
        let gp = *f;
        // SAFETY: `gp` is the live generator frame; `previous` its caller.
        unsafe {
            let caller = (*gp).previous;
            if let Some(g) = (*gp).generator.clone() {
                if let Some(gen_) = g.downcast_ref::<Generator>() {
                    gen_.state.set(if self.frame_is_yield_from(gp) { GenState::SuspendedYieldFrom } else { GenState::Suspended });
                    let st = self.exc_info.borrow_mut().pop().flatten();
                    gen_.exc_state.replace(st);
                }
            }
            (*gp).previous = ptr::null_mut();
            self.leave_recursion();
            (*caller).push(v);
            // Resume after the SEND/FOR_ITER instruction.
            let lasti = (*caller).lasti;
            let w = (&*caller).code.adaptive[lasti].get();
            (*caller).lasti = lasti + 1 + CACHE_ENTRIES[opcode_of(w) as usize] as usize;
            *f = caller;
            self.frames.current.set(caller);
        }
    }

    /// A generator whose frame ran inline finished (returned or raised).
    fn finish_inline_generator(&self, g: &Value, frame: *mut Frame) {
        if let Some(gen_) = g.downcast_ref::<Generator>() {
            gen_.state.set(GenState::Completed);
            let st = self.exc_info.borrow_mut().pop().flatten();
            drop(st);
            self.leave_recursion();
            // SAFETY: `frame` is the generator's frame, no longer running.
            unsafe { (*frame).previous = ptr::null_mut() };
            let of = gen_.frame.borrow_mut().take();
            drop(of);
        }
    }

    /// SEND to a non-generator (or a generator that cannot run inline).
    fn send_to(&self, recv: &Value, v: Value) -> PyResult<GenResult> {
        if recv.downcast_ref::<Generator>().is_some() {
            return self.resume_generator(recv, Ok(v));
        }
        if none::is_none(&v) {
            if let Some(next) = recv.ty().slots.iternext.get() {
                return match next(self, recv) {
                    Ok(Some(x)) => Ok(GenResult::Yield(x)),
                    Ok(None) => {
                        let val = self
                            .take_stop_iteration_value()
                            .and_then(|e| e.downcast::<BaseExceptionData>().ok())
                            .and_then(|e| e.field(exceptions::field::STOP_ITERATION_VALUE))
                            .unwrap_or_else(none::none);
                        Ok(GenResult::Return(val))
                    }
                    Err(e) => Err(e),
                };
            }
        }
        let send = self.get_attr_str(recv, "send")?;
        match self.call(&send, &[v]) {
            Ok(x) => Ok(GenResult::Yield(x)),
            Err(e) if e.matches(exceptions::STOP_ITERATION.get()) => Ok(GenResult::Return(self.stop_iteration_value(&e))),
            Err(e) => Err(e),
        }
    }

    /// CALL / CALL_KW: the callable and `argc` arguments (and kwnames) are on
    /// the stack. `Ok(true)`: a Python frame was pushed and `f` switched.
    fn do_call(&self, f: &mut *mut Frame, argc: usize, kwnames: Option<PyRef<Tuple>>) -> PyResult<bool> {
        let frame = *f;
        // SAFETY: `frame` is the live current frame; the stack holds
        // callable, self_or_null and argc arguments (CPython's CALL layout).
        unsafe {
            let base = (*frame).stacktop - argc - 2;
            // A bound method of a Python function: put its function and self
            // in the callable and self_or_null slots (CPython's
            // CALL_BOUND_METHOD_EXACT_ARGS does the same).
            if (*frame).slot(base + 1).is_none() {
                let unpacked = match (*frame).slot(base) {
                    Some(c) => c.downcast_ref::<crate::objects::method::Method>().and_then(|m| {
                        m.func.is_type(crate::objects::function::FUNCTION_TYPE.get()).then(|| (m.func.clone(), m.zelf.clone()))
                    }),
                    None => None,
                };
                if let Some((func, zelf)) = unpacked {
                    let old = std::mem::replace((*frame).slot_mut(base), Some(func));
                    *(*frame).slot_mut(base + 1) = Some(zelf);
                    drop(old);
                }
            }
            let has_self = (*frame).slot(base + 1).is_some();
            let total = argc + has_self as usize;
            let args_at = base + 2 - has_self as usize;
            let callable = match (*frame).slot(base) {
                Some(c) => c.clone(),
                None => return Err(self.internal_error("CALL of a NULL callable")),
            };
            if callable.is_type(crate::objects::function::FUNCTION_TYPE.get()) {
                // Python function: push its frame here, no native recursion.
                let newf = match kwnames.as_deref() {
                    None => match self.push_function_frame_exact(&callable, (*frame).localsplus.add(args_at), total)? {
                        Some(newf) => {
                            // The arguments were moved into the new frame.
                            (*frame).stacktop = args_at;
                            newf
                        }
                        None => {
                            let args = slots_as_values((*frame).top_slice(total));
                            let newf = self.push_function_frame(&callable, FuncArgs { args, kwnames: None })?;
                            (*frame).drop_n(total);
                            newf
                        }
                    },
                    Some(kw) => {
                        let args = slots_as_values((*frame).top_slice(total));
                        let newf = self.push_function_frame(&callable, FuncArgs { args, kwnames: Some(kw) })?;
                        (*frame).drop_n(total);
                        newf
                    }
                };
                // The self_or_null and callable slots.
                (*frame).drop_n((*frame).stacktop - base);
                drop(callable);
                let w = (&*frame).code.adaptive[(&*frame).lasti].get();
                (*frame).return_ip = (*frame).lasti + 1 + CACHE_ENTRIES[opcode_of(w) as usize] as usize;
                (*newf).previous = frame;
                *f = newf;
                self.frames.current.set(newf);
                return Ok(true);
            }
            let args = slots_as_values((*frame).top_slice(total));
            let r = self.call_args(&callable, FuncArgs { args, kwnames: kwnames.as_deref() });
            (*frame).drop_n((*frame).stacktop - base);
            drop(callable);
            (*frame).push(r?);
            Ok(false)
        }
    }
}

impl Vm {
    /// The `BINARY_OP` oparg: a binary or in-place operator, or `[]` (26).
    #[inline]
    fn binary_op_oparg(&self, lhs: &Value, rhs: &Value, arg: u32) -> PyResult {
        if arg == 26 {
            return self.subscript(lhs, rhs);
        }
        match BinOp::from_oparg(arg) {
            Some((op, false)) => self.binary_op(lhs, rhs, op),
            Some((op, true)) => self.inplace_op(lhs, rhs, op),
            None => Err(self.internal_error("bad BINARY_OP oparg")),
        }
    }

    /// `container[key]` with the list/tuple fast paths.
    #[inline]
    fn subscript(&self, container: &Value, key: &Value) -> PyResult {
        if let Some(i) = key.as_small_int() {
            if container.is_type(crate::objects::list::LIST_TYPE.get()) {
                if let Some(l) = container.downcast_ref::<List>() {
                    let n = l.len() as i64;
                    let j = if i < 0 { i + n } else { i };
                    if j >= 0 {
                        if let Some(v) = l.get(j as usize) {
                            return Ok(v);
                        }
                    }
                }
            } else if container.is_type(crate::objects::tuple_type::TUPLE_TYPE.get()) {
                if let Some(t) = container.downcast_ref::<Tuple>() {
                    let n = t.len() as i64;
                    let j = if i < 0 { i + n } else { i };
                    if j >= 0 {
                        if let Some(v) = t.get(j as usize) {
                            return Ok(v.clone());
                        }
                    }
                }
            }
        }
        self.get_item(container, key)
    }

    /// `ascii(v)`.
    pub fn ascii(&self, v: &Value) -> PyResult<PyRef<Str>> {
        let r = self.repr(v)?;
        if r.is_ascii() {
            return Ok(r);
        }
        let mut out = String::new();
        for cp in r.code_points() {
            if cp < 0x80 {
                out.push(cp as u8 as char);
            } else if cp < 0x100 {
                out.push_str(&format!("\\x{cp:02x}"));
            } else if cp < 0x10000 {
                out.push_str(&format!("\\u{cp:04x}"));
            } else {
                out.push_str(&format!("\\U{cp:08x}"));
            }
        }
        Ok(crate::objects::str::new_string(out))
    }

    fn unbound_local(&self, f: *mut Frame, idx: usize) -> PyErr {
        // SAFETY: `f` is live.
        let name = unsafe { (&*f).code.localsplusnames[idx].clone() };
        let msg = format!(
            "cannot access local variable '{}' where it is not associated with a value",
            name.as_str_lossy()
        );
        let e = self.new_exception_msg(exceptions::UNBOUND_LOCAL_ERROR.get(), msg);
        crate::objects::exceptions::set_name_error_name(&e, name.into_value());
        e
    }

    fn unbound_deref(&self, f: *mut Frame, idx: usize) -> PyErr {
        // SAFETY: `f` is live.
        let (name, kind) = unsafe { ((&*f).code.localsplusnames[idx].clone(), (&*f).code.core.localspluskinds[idx]) };
        if kind & compile::code::kinds::CO_FAST_FREE != 0 {
            let msg = format!(
                "cannot access free variable '{}' where it is not associated with a value in enclosing scope",
                name.as_str_lossy()
            );
            let e = self.new_exception_msg(exceptions::NAME_ERROR.get(), msg);
            crate::objects::exceptions::set_name_error_name(&e, name.into_value());
            return e;
        }
        self.unbound_local(f, idx)
    }

    /// `mapping.get(key)` for LOAD_NAME-like lookups in any mapping.
    fn mapping_get(&self, mapping: &Value, key: &Value) -> PyResult<Option<Value>> {
        if let Some(d) = mapping.downcast_ref::<Dict>() {
            if mapping.is_type(crate::objects::dict_type::DICT_TYPE.get()) {
                return d.get_item(self, key);
            }
        }
        match self.get_item(mapping, key) {
            Ok(v) => Ok(Some(v)),
            Err(e) if e.matches(exceptions::KEY_ERROR.get()) => Ok(None),
            Err(e) => Err(e),
        }
    }

    fn load_name(&self, f: *mut Frame, name: &PyRef<Str>) -> PyResult {
        // SAFETY: `f` is live.
        let (locals, globals, builtins) = unsafe { ((*f).locals.clone(), (*f).globals.clone(), (*f).builtins.clone()) };
        let Some(locals) = locals else {
            return Err(self.system_error(format!("no locals found when loading {}", name.as_str_lossy())));
        };
        if let Some(v) = self.mapping_get(&locals, name.as_value())? {
            return Ok(v);
        }
        if let Some(v) = globals.get_str_item(name) {
            return Ok(v);
        }
        if let Some(v) = builtins.get_str_item(name) {
            return Ok(v);
        }
        Err(self.name_error(name.as_value()))
    }

    fn store_name(&self, f: *mut Frame, name: PyRef<Str>, v: Value) -> PyResult<()> {
        // SAFETY: `f` is live.
        let locals = unsafe { (*f).locals.clone() };
        let Some(locals) = locals else {
            return Err(self.system_error(format!("no locals found when storing {}", name.as_str_lossy())));
        };
        if let Some(d) = locals.downcast_ref::<Dict>() {
            if locals.is_type(crate::objects::dict_type::DICT_TYPE.get()) {
                d.set_str_item(name, v);
                return Ok(());
            }
        }
        self.set_item(&locals, name.into_value(), v)
    }

    fn delete_name(&self, f: *mut Frame, name: &PyRef<Str>) -> PyResult<()> {
        // SAFETY: `f` is live.
        let locals = unsafe { (*f).locals.clone() };
        let Some(locals) = locals else {
            return Err(self.system_error(format!("no locals when deleting {}", name.as_str_lossy())));
        };
        match self.del_item(&locals, name.as_value()) {
            Ok(()) => Ok(()),
            Err(e) if e.matches(exceptions::KEY_ERROR.get()) => Err(self.name_error(name.as_value())),
            Err(e) => Err(e),
        }
    }

    #[inline]
    /// LOAD_GLOBAL with its inline cache (CPython LOAD_GLOBAL_MODULE /
    /// LOAD_GLOBAL_BUILTIN): a hit reads the remembered dict entry.
    #[inline]
    fn load_global_cached(&self, f: *mut Frame, arg: u32) -> PyResult {
        use crate::vm::specialize::{InlineCache, entry_index};
        // SAFETY: `f` is the live current frame.
        let fr = unsafe { &*f };
        let code = &fr.code;
        let cache = code.caches.get(entry_index(&code.adaptive, fr.lasti));
        if let Some(c) = cache {
            match c.get() {
                InlineCache::Global { globals_version, index } if fr.globals.version() == globals_version => {
                    if let Some(v) = fr.globals.value_at(index as usize) {
                        return Ok(v);
                    }
                }
                InlineCache::Builtin { globals_version, builtins_version, index }
                    if fr.globals.version() == globals_version && fr.builtins.version() == builtins_version =>
                {
                    if let Some(v) = fr.builtins.value_at(index as usize) {
                        return Ok(v);
                    }
                }
                _ => {}
            }
        }
        let Some(name) = code.names.get((arg >> 1) as usize) else {
            return Err(self.internal_error("LOAD_GLOBAL name index"));
        };
        if let Some(c) = cache {
            if let Some(ix) = fr.globals.str_index(name) {
                c.set(InlineCache::Global { globals_version: fr.globals.version(), index: ix as u32 });
            } else if let Some(ix) = fr.builtins.str_index(name) {
                c.set(InlineCache::Builtin {
                    globals_version: fr.globals.version(),
                    builtins_version: fr.builtins.version(),
                    index: ix as u32,
                });
            }
        }
        self.load_global(f, name)
    }

    fn load_global(&self, f: *mut Frame, name: &PyRef<Str>) -> PyResult {
        // SAFETY: `f` is live.
        let (globals, builtins) = unsafe { (&(*f).globals, &(*f).builtins) };
        if let Some(v) = globals.get_str_item(name) {
            return Ok(v);
        }
        if let Some(v) = builtins.get_str_item(name) {
            return Ok(v);
        }
        Err(self.name_error(name.as_value()))
    }

    /// `LOAD_ATTR` with the method flag: (function, self) when the attribute
    /// is a plain method found on the type, else (attribute, NULL)
    /// (CPython `_PyObject_GetMethod`).
    pub fn load_method(&self, owner: &Value, name: &PyRef<Str>) -> PyResult<(Value, Option<Value>)> {
        let ty = owner.ty();
        let generic = ty.slots.getattro.get().is_some_and(|g| {
            std::ptr::fn_addr_eq(g, crate::objects::baseobject::generic_getattr as crate::objects::type_::GetAttrFn)
        });
        if generic {
            if let Some(descr) = ty.lookup(name) {
                let dt = descr.ty();
                let is_method = dt.has_flag(crate::objects::type_::tpflags::METHOD_DESCRIPTOR);
                if is_method {
                    // An instance attribute shadows it.
                    if let Some(d) = crate::objects::baseobject::instance_dict(owner) {
                        if let Some(dd) = d.downcast_ref::<Dict>() {
                            if let Some(v) = dd.get_name(self, name)? {
                                return Ok((v, None));
                            }
                        }
                    }
                    return Ok((descr, Some(owner.clone())));
                }
            }
        }
        Ok((self.get_attr(owner, name)?, None))
    }

    fn load_super_attr(&self, global_super: &Value, class: &Value, zelf: &Value, name: &PyRef<Str>, method: bool, two_args: bool) -> PyResult<(Value, Option<Value>)> {
        // Fast path when `super` is the builtin.
        if global_super.is_type(crate::objects::type_::TYPE_TYPE.get()) && global_super.is_static(&crate::objects::super_::SUPER_TYPE) {
            if let Some(cls) = class.downcast_ref::<crate::objects::type_::TypeData>() {
                let obj_type_v = match zelf.downcast_ref::<crate::objects::type_::TypeData>() {
                    Some(t) if t.is_subtype(cls) => zelf.clone(),
                    _ if zelf.ty().is_subtype(cls) => zelf.ty().to_value(),
                    _ => {
                        return Err(self.type_error("super(type, obj): obj must be an instance or subtype of type"));
                    }
                };
                if let Some(ot) = obj_type_v.downcast_ref::<crate::objects::type_::TypeData>() {
                    if let Some(res) = crate::objects::super_::super_lookup(cls, ot, name) {
                        let is_method = res.ty().has_flag(crate::objects::type_::tpflags::METHOD_DESCRIPTOR);
                        let inst = !zelf.is(&obj_type_v);
                        if method && is_method && inst {
                            return Ok((res, Some(zelf.clone())));
                        }
                        if let Some(get) = res.ty().slots.descr_get.get() {
                            let obj = if inst { Some(zelf) } else { None };
                            return Ok((get(self, &res, obj, Some(&obj_type_v))?, None));
                        }
                        return Ok((res, None));
                    }
                }
            }
        }
        let sup = if two_args {
            self.call(global_super, &[class.clone(), zelf.clone()])?
        } else {
            self.call(global_super, &[])?
        };
        Ok((self.get_attr(&sup, name)?, None))
    }

    /// `LOAD_SPECIAL`: the `with`/`async with` dunders, with CPython 3.14's errors.
    fn load_special_for_with(&self, owner: &Value, arg: u32) -> PyResult<(Value, Option<Value>)> {
        let names = compile::opcode::SPECIAL_METHODS;
        let name = names.get(arg as usize).copied().unwrap_or("__enter__");
        let ty = owner.ty();
        match ty.lookup_str(name) {
            Some(d) => {
                let dt = d.ty();
                if dt.has_flag(crate::objects::type_::tpflags::METHOD_DESCRIPTOR) {
                    return Ok((d, Some(owner.clone())));
                }
                match dt.slots.descr_get.get() {
                    Some(g) => Ok((g(self, &d, Some(owner), Some(&ty.to_value()))?, None)),
                    None => Ok((d, None)),
                }
            }
            None => {
                let (proto, missing) = match arg {
                    0 | 1 => ("the context manager protocol", if arg == 1 { "__exit__" } else { "__enter__" }),
                    _ => ("the asynchronous context manager protocol", if arg == 3 { "__aexit__" } else { "__aenter__" }),
                };
                Err(self.type_error(format!(
                    "'{}' object does not support {} (missed {} method)",
                    ty.tp_name(),
                    proto,
                    missing
                )))
            }
        }
    }

    fn set_function_attribute(&self, func: &Value, attr: Value, flag: u32) -> PyResult<()> {
        let f = func.downcast_ref::<Function>().ok_or_else(|| self.internal_error("SET_FUNCTION_ATTRIBUTE"))?;
        match flag {
            0x01 => {
                let t = attr.downcast::<Tuple>().map_err(|_| self.internal_error("defaults"))?;
                f.defaults.replace(Some(t));
            }
            0x02 => {
                let d = attr.downcast::<Dict>().map_err(|_| self.internal_error("kwdefaults"))?;
                f.kwdefaults.replace(Some(d));
            }
            0x04 => {
                // Annotations as a tuple of (name, value) pairs, or a dict.
                let d = if attr.downcast_ref::<Tuple>().is_some() {
                    let items = self.to_vec(&attr)?;
                    let d = crate::objects::dict::new_dict(self);
                    let mut it = items.into_iter();
                    while let (Some(k), Some(v)) = (it.next(), it.next()) {
                        d.set_item(self, k, v)?;
                    }
                    d.into_value()
                } else {
                    attr
                };
                f.annotations.replace(Some(d));
            }
            0x08 => {
                let t = attr.downcast::<Tuple>().map_err(|_| self.internal_error("closure"))?;
                f.closure.replace(Some(t));
            }
            0x10 => {
                f.annotate.replace(Some(attr));
            }
            _ => return Err(self.internal_error("bad SET_FUNCTION_ATTRIBUTE flag")),
        }
        Ok(())
    }

    /// `a, b = seq` / `a, *b, c = seq`, with CPython's messages.
    fn unpack_sequence(&self, seq: &Value, before: usize, after: Option<usize>) -> PyResult<Vec<Value>> {
        // Fast paths.
        let exact: Option<Vec<Value>> = if seq.is_type(crate::objects::tuple_type::TUPLE_TYPE.get()) {
            seq.downcast_ref::<Tuple>().map(|t| t.as_slice().to_vec())
        } else if seq.is_type(crate::objects::list::LIST_TYPE.get()) {
            seq.downcast_ref::<List>().map(|l| l.to_vec())
        } else {
            None
        };
        let items = match exact {
            Some(v) => {
                if after.is_none() && v.len() != before {
                    if v.len() > before {
                        return Err(self.value_error(format!(
                            "too many values to unpack (expected {}, got {})",
                            before,
                            v.len()
                        )));
                    }
                    return Err(self.value_error(format!(
                        "not enough values to unpack (expected {}, got {})",
                        before,
                        v.len()
                    )));
                }
                v
            }
            None => {
                let it = match self.iter(seq) {
                    Ok(it) => it,
                    Err(e) => {
                        if e.matches(exceptions::TYPE_ERROR.get()) && seq.ty().slots.iter.get().is_none() {
                            return Err(self.type_error(format!(
                                "cannot unpack non-iterable {} object",
                                seq.ty().tp_name()
                            )));
                        }
                        return Err(e);
                    }
                };
                let mut v = Vec::new();
                match after {
                    None => {
                        while v.len() < before {
                            match self.next(&it)? {
                                Some(x) => v.push(x),
                                None => {
                                    return Err(self.value_error(format!(
                                        "not enough values to unpack (expected {}, got {})",
                                        before,
                                        v.len()
                                    )));
                                }
                            }
                        }
                        if self.next(&it)?.is_some() {
                            // CPython reports the total only for sized sequences.
                            let msg = match self.len(seq) {
                                Ok(n) => format!("too many values to unpack (expected {before}, got {n})"),
                                Err(_) => format!("too many values to unpack (expected {before})"),
                            };
                            return Err(self.value_error(msg));
                        }
                        return Ok(v);
                    }
                    Some(_) => {
                        while let Some(x) = self.next(&it)? {
                            v.push(x);
                        }
                        v
                    }
                }
            }
        };
        match after {
            None => Ok(items),
            Some(after) => {
                if items.len() < before + after {
                    return Err(self.value_error(format!(
                        "not enough values to unpack (expected at least {}, got {})",
                        before + after,
                        items.len()
                    )));
                }
                let mut out = Vec::with_capacity(before + after + 1);
                out.extend_from_slice(&items[..before]);
                let middle = items[before..items.len() - after].to_vec();
                out.push(new_list(middle).into_value());
                out.extend_from_slice(&items[items.len() - after..]);
                Ok(out)
            }
        }
    }

    /// `DICT_MERGE`: `f(**a, **b)` refuses duplicate keys.
    fn dict_merge(&self, d: &Value, upd: &Value, callable: &Value) -> PyResult<()> {
        let Some(dd) = d.downcast_ref::<Dict>() else { return Err(self.internal_error("DICT_MERGE target")) };
        let pairs: Vec<(Value, Value)> = if let Some(o) = upd.downcast_ref::<Dict>() {
            o.items()
        } else {
            match self.get_attr_str_opt(upd, "keys")? {
                Some(keys) => {
                    let ks = self.call(&keys, &[])?;
                    let mut out = Vec::new();
                    for k in self.to_vec(&ks)? {
                        let v = self.get_item(upd, &k)?;
                        out.push((k, v));
                    }
                    out
                }
                None => {
                    return Err(self.type_error(format!(
                        "{} argument after ** must be a mapping, not {}",
                        self.func_display_name(callable),
                        upd.ty().tp_name()
                    )));
                }
            }
        };
        for (k, v) in pairs {
            if k.downcast_ref::<Str>().is_none() {
                return Err(self.type_error("keywords must be strings"));
            }
            if dd.contains(self, &k)? {
                return Err(self.type_error(format!(
                    "{} got multiple values for keyword argument '{}'",
                    self.func_display_name(callable),
                    crate::objects::str_type::display_str(&k)
                )));
            }
            dd.set_item(self, k, v)?;
        }
        Ok(())
    }

    /// `f()`-style name of a callable for argument errors (CPython `_PyObject_FunctionStr`).
    pub fn func_display_name(&self, callable: &Value) -> String {
        let qual = self.get_attr_str_opt(callable, "__qualname__").ok().flatten();
        let module = self.get_attr_str_opt(callable, "__module__").ok().flatten();
        match qual.and_then(|q| q.downcast_ref::<Str>().map(|s| s.to_string_lossy())) {
            Some(q) => match module.and_then(|m| m.downcast_ref::<Str>().map(|s| s.to_string_lossy())) {
                Some(m) if m != "builtins" => format!("{m}.{q}()"),
                _ => format!("{q}()"),
            },
            None => format!("{} object", callable.ty().tp_name()),
        }
    }

    /// `CALL_FUNCTION_EX`: `f(*args, **kwargs)`.
    fn call_function_ex(&self, func: &Value, callargs: &Value, kwargs: Option<&Value>) -> PyResult {
        let args: Vec<Value> = if let Some(t) = callargs.downcast_ref::<Tuple>() {
            t.as_slice().to_vec()
        } else {
            match self.to_vec(callargs) {
                Ok(v) => v,
                Err(e) => {
                    if e.matches(exceptions::TYPE_ERROR.get()) && callargs.ty().slots.iter.get().is_none() && callargs.ty().slots.mp_subscript.get().is_none() {
                        return Err(self.type_error(format!(
                            "{} argument after * must be an iterable, not {}",
                            self.func_display_name(func),
                            callargs.ty().tp_name()
                        )));
                    }
                    return Err(e);
                }
            }
        };
        match kwargs {
            Some(k) => match k.downcast_ref::<Dict>() {
                Some(d) => self.call_with_kwargs(func, &args, Some(d)),
                None => Err(self.internal_error("CALL_FUNCTION_EX kwargs")),
            },
            None => self.call(func, &args),
        }
    }

    fn intrinsic1(&self, f: *mut Frame, arg: u32, v: Value) -> PyResult {
        match arg {
            intrinsic1::PRINT => {
                if !none::is_none(&v) {
                    self.display_hook(&v)?;
                }
                Ok(none::none())
            }
            intrinsic1::IMPORT_STAR => {
                // SAFETY: `f` is live.
                let locals = unsafe { (*f).locals.clone() };
                let locals = locals.ok_or_else(|| self.system_error("no locals found during 'import *'"))?;
                crate::import::import_star(self, &v, &locals)?;
                Ok(none::none())
            }
            intrinsic1::STOPITERATION_ERROR => {
                // StopIteration leaking out of a generator body.
                // SAFETY: `f` is live.
                let flags = unsafe { (&*f).code.core.flags };
                let e = v.downcast::<BaseExceptionData>().map_err(|_| self.internal_error("STOPITERATION_ERROR"))?;
                let is_stop = e.ty().is_subtype(exceptions::STOP_ITERATION.get());
                let is_async_stop = e.ty().is_subtype(exceptions::STOP_ASYNC_ITERATION.get());
                use compile::code::flags as cf;
                let msg = if is_stop {
                    if flags & cf::CO_ASYNC_GENERATOR != 0 {
                        Some("async generator raised StopIteration")
                    } else if flags & cf::CO_COROUTINE != 0 {
                        Some("coroutine raised StopIteration")
                    } else {
                        Some("generator raised StopIteration")
                    }
                } else if is_async_stop && flags & cf::CO_ASYNC_GENERATOR != 0 {
                    Some("async generator raised StopAsyncIteration")
                } else {
                    None
                };
                match msg {
                    Some(m) => {
                        let new = self.runtime_error(m);
                        new.exception().set_cause(Some(e.as_value().clone()));
                        new.exception().set_context(Some(e.as_value().clone()));
                        new.exception().suppress_context.set(true);
                        Ok(new.into_exception().into_value())
                    }
                    None => Ok(e.into_value()),
                }
            }
            intrinsic1::ASYNC_GEN_WRAP => crate::objects::generator::wrap_async_gen_value(self, v),
            intrinsic1::UNARY_POSITIVE => self.positive(&v),
            intrinsic1::LIST_TO_TUPLE => Ok(self.sequence_to_tuple(&v)?.into_value()),
            intrinsic1::TYPEVAR => crate::objects::typevar::make_typevar(self, v, None, None),
            intrinsic1::PARAMSPEC => crate::objects::typevar::make_paramspec(self, v),
            intrinsic1::TYPEVARTUPLE => crate::objects::typevar::make_typevartuple(self, v),
            intrinsic1::SUBSCRIPT_GENERIC => crate::objects::typevar::subscript_generic(self, v),
            intrinsic1::TYPEALIAS => crate::objects::typevar::make_typealias(self, v),
            _ => Err(self.system_error("unknown intrinsic")),
        }
    }

    fn intrinsic2(&self, arg: u32, a: Value, b: Value) -> PyResult {
        match arg {
            intrinsic2::PREP_RERAISE_STAR => crate::vm::exc_star::prep_reraise_star(self, a, b),
            intrinsic2::TYPEVAR_WITH_BOUND => crate::objects::typevar::make_typevar(self, a, Some(b), None),
            intrinsic2::TYPEVAR_WITH_CONSTRAINTS => crate::objects::typevar::make_typevar(self, a, None, Some(b)),
            intrinsic2::SET_FUNCTION_TYPE_PARAMS => {
                if let Some(f) = a.downcast_ref::<Function>() {
                    f.type_params.replace(Some(b));
                }
                Ok(a)
            }
            intrinsic2::SET_TYPEPARAM_DEFAULT => crate::objects::typevar::set_default(self, a, b),
            _ => Err(self.system_error("unknown intrinsic")),
        }
    }

    /// `raise` with no argument.
    fn reraise_current(&self) -> PyErr {
        match self.current_exception().and_then(|e| e.downcast::<BaseExceptionData>().ok()) {
            Some(e) => PyErr::from_exception(e),
            None => self.runtime_error("No active exception to reraise"),
        }
    }

    /// `raise exc [from cause]` (CPython `do_raise`).
    fn do_raise(&self, exc: Value, cause: Option<Value>) -> PyErr {
        let e = match self.make_exception_instance(&exc, "exceptions must derive from BaseException") {
            Ok(e) => e,
            Err(e) => return e,
        };
        if let Some(c) = cause {
            let cause_v = if none::is_none(&c) {
                None
            } else {
                match self.make_exception_instance(&c, "exception causes must derive from BaseException") {
                    Ok(ce) => Some(ce.value()),
                    Err(e) => return e,
                }
            };
            e.exception().set_cause(cause_v);
            e.exception().suppress_context.set(true);
        }
        self.set_context_of(&e);
        e
    }

    /// An exception instance from a class (called with no arguments) or an instance.
    fn make_exception_instance(&self, exc: &Value, msg: &str) -> PyResult<PyErr> {
        if let Some(t) = exc.downcast_ref::<crate::objects::type_::TypeData>() {
            if t.is_subtype(exceptions::BASE_EXCEPTION.get()) {
                let inst = self.call(exc, &[])?;
                return match inst.downcast::<BaseExceptionData>() {
                    Ok(e) => Ok(PyErr::from_exception(e)),
                    Err(v) => Err(self.type_error(format!(
                        "calling {} should have returned an instance of BaseException, not {}",
                        t.name(),
                        v.ty().tp_name()
                    ))),
                };
            }
        }
        match exc.clone().downcast::<BaseExceptionData>() {
            Ok(e) => Ok(PyErr::from_exception(e)),
            Err(_) => Err(self.type_error(msg)),
        }
    }

    /// Implicit chaining: the exception being handled becomes `__context__`
    /// (CPython `_PyErr_SetObject`, with its cycle check).
    fn set_context_of(&self, e: &PyErr) {
        let Some(handled) = self.current_exception() else { return };
        let value = e.value();
        if handled.is(&value) {
            return;
        }
        // Break a cycle through the context chain if `value` is on it.
        let mut o = handled.clone();
        let mut steps = 0;
        loop {
            let ctx = o.downcast_ref::<BaseExceptionData>().and_then(|x| x.context());
            match ctx {
                Some(c) if c.is(&value) => {
                    if let Some(x) = o.downcast_ref::<BaseExceptionData>() {
                        x.set_context(None);
                    }
                    break;
                }
                Some(c) => {
                    o = c;
                    steps += 1;
                    if steps > 10_000 {
                        break;
                    }
                }
                None => break,
            }
        }
        e.exception().set_context(Some(handled));
    }

    /// A newly raised error gets its context at first unwind (errors from
    /// native code are created without one).
    fn contextualize(&self, e: PyErr) -> PyErr {
        if e.exception().traceback().is_none() && e.exception().context().is_none() {
            self.set_context_of(&e);
        }
        e
    }

    fn contextualize_keep(&self, e: PyErr) -> PyErr {
        e
    }

    /// Adds a traceback entry for `frame` (CPython `PyTraceBack_Here`).
    fn add_traceback(&self, e: &PyErr, frame: &mut Frame) {
        let fo = crate::objects::frame::frame_object_of(frame);
        let tb = crate::objects::traceback::new_traceback(self, e.exception().traceback(), fo, frame.lasti);
        e.exception().set_traceback(Some(tb));
    }

    fn check_except_type_valid(&self, typ: &Value) -> PyResult<()> {
        let ok = |t: &Value| t.downcast_ref::<crate::objects::type_::TypeData>().is_some_and(|t| t.is_subtype(exceptions::BASE_EXCEPTION.get()));
        if let Some(tup) = typ.downcast_ref::<Tuple>() {
            for t in tup.as_slice() {
                if !ok(t) {
                    return Err(self.type_error("catching classes that do not inherit from BaseException is not allowed"));
                }
            }
            return Ok(());
        }
        if !ok(typ) {
            return Err(self.type_error("catching classes that do not inherit from BaseException is not allowed"));
        }
        Ok(())
    }

    fn check_except_star_type_valid(&self, typ: &Value) -> PyResult<()> {
        self.check_except_type_valid(typ)?;
        let is_group = |t: &Value| t.downcast_ref::<crate::objects::type_::TypeData>().is_some_and(|t| t.is_subtype(exceptions::BASE_EXCEPTION_GROUP.get()));
        let bad = if let Some(tup) = typ.downcast_ref::<Tuple>() { tup.as_slice().iter().any(is_group) } else { is_group(typ) };
        if bad {
            return Err(self.type_error("catching ExceptionGroup with except* is not allowed. Use except instead."));
        }
        Ok(())
    }

    /// `except T:` matching (`PyErr_GivenExceptionMatches`).
    fn exception_matches(&self, exc: &Value, typ: &Value) -> PyResult<bool> {
        if let Some(tup) = typ.downcast_ref::<Tuple>() {
            for t in tup.as_slice() {
                if self.exception_matches(exc, t)? {
                    return Ok(true);
                }
            }
            return Ok(false);
        }
        match typ.downcast_ref::<crate::objects::type_::TypeData>() {
            Some(t) => Ok(exc.ty().is_subtype(t)),
            None => Ok(false),
        }
    }

    fn exception_group_match(&self, eg: &Value, typ: &Value) -> PyResult<(Value, Value)> {
        crate::vm::exc_star::exception_group_match(self, eg, typ)
    }

    fn get_awaitable(&self, v: &Value, arg: u32) -> PyResult {
        if v.is_type(crate::objects::generator::COROUTINE_TYPE.get()) {
            if let Some(g) = v.downcast_ref::<Generator>() {
                if g.state.get() == GenState::SuspendedYieldFrom || g.state.get() == GenState::Running {
                    if g.state.get() == GenState::SuspendedYieldFrom {
                        return Err(self.runtime_error("coroutine is being awaited already"));
                    }
                }
                g.awaited.set(true);
            }
            return Ok(v.clone());
        }
        if let Some(g) = v.downcast_ref::<Generator>() {
            if g.iterable_coroutine {
                return Ok(v.clone());
            }
        }
        match v.ty().slots.am_await.get() {
            Some(f) => {
                let it = f(self, v)?;
                if it.is_type(crate::objects::generator::COROUTINE_TYPE.get()) {
                    return Err(self.type_error("__await__() returned a coroutine"));
                }
                if it.ty().slots.iternext.get().is_none() {
                    return Err(self.type_error(format!(
                        "__await__() returned non-iterator of type '{}'",
                        it.ty().tp_name()
                    )));
                }
                Ok(it)
            }
            None => {
                let msg = match arg {
                    1 => format!("'async with' received an object from __aenter__ that does not implement __await__: {}", v.ty().tp_name()),
                    2 => format!("'async with' received an object from __aexit__ that does not implement __await__: {}", v.ty().tp_name()),
                    _ => format!("'{}' object can't be awaited", v.ty().tp_name()),
                };
                Err(self.type_error(msg))
            }
        }
    }

    fn get_aiter(&self, v: &Value) -> PyResult {
        match v.ty().slots.am_aiter.get() {
            Some(f) => {
                let it = f(self, v)?;
                if it.ty().slots.am_anext.get().is_none() {
                    return Err(self.type_error(format!(
                        "'async for' received an object from __aiter__ that does not implement __anext__: {}",
                        it.ty().tp_name()
                    )));
                }
                Ok(it)
            }
            None => Err(self.type_error(format!(
                "'async for' requires an object with __aiter__ method, got {}",
                v.ty().tp_name()
            ))),
        }
    }

    fn get_anext(&self, aiter: &Value) -> PyResult {
        let Some(f) = aiter.ty().slots.am_anext.get() else {
            return Err(self.type_error(format!(
                "'async for' requires an iterator with __anext__ method, got {}",
                aiter.ty().tp_name()
            )));
        };
        let awaitable = f(self, aiter)?;
        self.get_awaitable(&awaitable, 0).map_err(|e| {
            if e.matches(exceptions::TYPE_ERROR.get()) {
                self.type_error(format!(
                    "'async for' received an invalid object from __anext__: {}",
                    awaitable.ty().tp_name()
                ))
            } else {
                e
            }
        })
    }

    /// The arguments of zero-argument `super()`: `__class__` and the first
    /// argument of the calling frame (CPython `super_init_without_args`).
    pub fn zero_arg_super_args(&self) -> PyResult<(Value, Value)> {
        let f = self.frames.current.get();
        if f.is_null() {
            return Err(self.runtime_error("super(): no current frame"));
        }
        // SAFETY: the current frame is live on this thread.
        unsafe {
            let code = &(*f).code;
            if code.core.argcount == 0 {
                return Err(self.runtime_error("super(): no arguments"));
            }
            let mut first = (*f).local(0).clone();
            // The first argument may live in a cell.
            if code.core.localspluskinds[0] & compile::code::kinds::CO_FAST_CELL != 0 {
                first = first.and_then(|c| c.downcast_ref::<PyCell>().and_then(|c| c.get()));
            }
            let Some(first) = first else {
                return Err(self.runtime_error("super(): arg[0] deleted"));
            };
            for (i, name) in code.localsplusnames.iter().enumerate() {
                if name.as_str() == Some("__class__") && code.core.localspluskinds[i] & compile::code::kinds::CO_FAST_FREE != 0 {
                    let cell = (*f).local(i).clone();
                    let cls = cell.and_then(|c| c.downcast_ref::<PyCell>().and_then(|c| c.get()));
                    return match cls {
                        Some(c) if c.downcast_ref::<crate::objects::type_::TypeData>().is_some() => Ok((c, first)),
                        Some(_) => Err(self.runtime_error("super(): __class__ is not a type")),
                        None => Err(self.runtime_error("super(): empty __class__ cell")),
                    };
                }
            }
            Err(self.runtime_error("super(): __class__ cell not found"))
        }
    }
}

pub fn _unused(_: &crate::objects::dict::Dict) {}
