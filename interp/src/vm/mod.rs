//! The virtual machine: the per-thread context every operation runs under.
//!
//! A [`Vm`] is one OS thread's presence in one interpreter while it is
//! attached (holds that interpreter's GIL). It is the GIL token: `!Send` and
//! `!Sync`, so a `&Vm` cannot leave its thread, and code that detaches
//! ([`Vm::allow_threads`]) runs a `Send` closure that cannot capture it.
//! Everything that touches Python objects takes `vm: &Vm`.
//!
//! CPython: Include/cpython/pystate.h (`PyThreadState`), Python/ceval.c.

pub mod call;
pub mod check_point;
pub mod exc_star;
pub mod misc;
pub mod ops;
pub mod pattern;
pub mod eval;
pub mod frame;
pub mod recursion;
pub mod specialize;

use std::cell::{Cell, RefCell};
use std::marker::PhantomData;
use std::sync::Arc;

use crate::objects::str::Str;
use crate::objects::tuple::Tuple;
use crate::objects::value::{PyObject, PyRef, Value};
use crate::state::{InterpState, Interpreter};

pub use crate::errors::PyErr;

/// The result of anything that can raise.
pub type PyResult<T = Value> = Result<T, PyErr>;

/// Arguments in vectorcall form: positional values, then the values of the
/// keyword arguments named by `kwnames` (CPython `PyObject_Vectorcall`).
#[derive(Clone, Copy)]
pub struct FuncArgs<'a> {
    pub args: &'a [Value],
    pub kwnames: Option<&'a PyObject<Tuple>>,
}

impl<'a> FuncArgs<'a> {
    pub const EMPTY: FuncArgs<'static> = FuncArgs {
        args: &[],
        kwnames: None,
    };

    #[inline]
    pub fn positional_only(args: &'a [Value]) -> FuncArgs<'a> {
        FuncArgs {
            args,
            kwnames: None,
        }
    }

    /// The number of keyword arguments.
    #[inline]
    pub fn nkw(&self) -> usize {
        self.kwnames.map_or(0, |k| k.len())
    }

    /// The positional arguments.
    #[inline]
    pub fn positional(&self) -> &'a [Value] {
        &self.args[..self.args.len() - self.nkw()]
    }

    /// The keyword arguments as (name, value) pairs, in call order.
    pub fn kwargs(&self) -> impl Iterator<Item = (&'a Value, &'a Value)> + 'a {
        let n = self.nkw();
        let names: &'a [Value] = self.kwnames.map_or(&[], |k| k.as_slice());
        let values = &self.args[self.args.len() - n..];
        names.iter().zip(values.iter())
    }

    pub fn has_kwargs(&self) -> bool {
        self.nkw() != 0
    }
}

/// A per-thread, per-interpreter execution context (see the module docs).
pub struct Vm {
    pub(crate) interp: Arc<Interpreter>,
    pub(crate) ts: gil::ThreadState,
    /// The Python frames of this thread (CPython `tstate->current_frame` and
    /// the data stack).
    pub(crate) frames: frame::FrameStack,
    /// The exception being handled, per frame (CPython `tstate->exc_info`):
    /// what `sys.exc_info()` and a bare `raise` see.
    pub(crate) exc_info: RefCell<Vec<Option<Value>>>,
    /// Python-level recursion budget left (CPython `py_recursion_remaining`).
    pub(crate) recursion_remaining: Cell<i32>,
    /// Native re-entry depth (a dunder called from Rust, `repr` of nested
    /// containers, ...), limited separately so the native stack never overflows.
    pub(crate) native_depth: Cell<u32>,
    /// Set while handling a RecursionError so that its own handling has headroom
    /// (CPython `recursion_headroom`).
    pub(crate) recursion_headroom: Cell<u32>,
    /// Objects being repr'd on this thread (CPython `Py_ReprEnter`'s list).
    pub(crate) repr_stack: RefCell<Vec<usize>>,
    /// An exception another thread asked this one to raise
    /// (`PyThreadState_SetAsyncExc`), taken at the next check point.
    pub(crate) async_exc: RefCell<Option<PyErr>>,
    /// The StopIteration a Python `__next__` raised, kept when iteration
    /// ends with `Ok(None)` so that its value is not lost (`yield from`).
    pub(crate) stop_iteration: RefCell<Option<Value>>,
    _not_send: PhantomData<*const ()>,
}

thread_local! {
    /// The Vm attached on this thread, for the few paths that cannot receive
    /// one (finalizers run from deallocation, weakref callbacks).
    static CURRENT: Cell<*const Vm> = const { Cell::new(std::ptr::null()) };
}

/// Runs `f` with the Vm attached on this thread, if any.
pub fn with_current_vm<R>(f: impl FnOnce(Option<&Vm>) -> R) -> R {
    let p = CURRENT.with(|c| c.get());
    // SAFETY: CURRENT is set only by `Vm::enter` for the duration of the
    // borrow it holds of a live Vm on this thread, and reset when it ends.
    let vm = if p.is_null() { None } else { Some(unsafe { &*p }) };
    f(vm)
}

/// Restores the previous current Vm when an `enter` scope ends.
pub struct EnterGuard {
    prev: *const Vm,
}

impl Drop for EnterGuard {
    fn drop(&mut self) {
        CURRENT.with(|c| c.set(self.prev));
    }
}

impl Vm {
    /// A Vm for the calling thread in `interp`. The thread state must be
    /// attached (the caller holds the GIL) for as long as the Vm is used.
    pub(crate) fn new(interp: Arc<Interpreter>, ts: gil::ThreadState) -> Vm {
        let limit = interp.py().recursion_limit.get();
        Vm {
            interp,
            ts,
            frames: frame::FrameStack::new(),
            exc_info: RefCell::new(vec![None]),
            recursion_remaining: Cell::new(limit),
            native_depth: Cell::new(0),
            recursion_headroom: Cell::new(0),
            repr_stack: RefCell::new(Vec::new()),
            async_exc: RefCell::new(None),
            stop_iteration: RefCell::new(None),
            _not_send: PhantomData,
        }
    }

    /// Makes this the thread's current Vm until the guard drops.
    pub fn enter(&self) -> EnterGuard {
        let prev = CURRENT.with(|c| c.replace(self as *const Vm));
        EnterGuard { prev }
    }

    /// The interpreter's Python-level state.
    #[inline(always)]
    pub fn state(&self) -> &InterpState {
        self.interp.py()
    }

    pub fn interpreter(&self) -> &Arc<Interpreter> {
        &self.interp
    }

    pub fn thread_state(&self) -> &gil::ThreadState {
        &self.ts
    }

    /// Runs `f` with the GIL released (CPython `Py_BEGIN_ALLOW_THREADS`). The
    /// closure is `Send`, so it cannot capture the Vm or any Python object.
    pub fn allow_threads<R, F: FnOnce() -> R + Send>(&self, f: F) -> R {
        match self.ts.detach() {
            Ok(()) => {
                let r = f();
                // Re-attaching can only fail if the interpreter was closed
                // under an attached thread, which close refuses.
                let _ = self.ts.attach();
                r
            }
            Err(_) => f(),
        }
    }

    /// Interns `s` in this interpreter (`sys.intern`): equal names become
    /// one object, and the static identifiers are used where they exist.
    pub fn intern(&self, s: &str) -> PyRef<Str> {
        self.state().intern_str(s)
    }

    /// Interns an existing str object.
    pub fn intern_ref(&self, s: PyRef<Str>) -> PyRef<Str> {
        self.state().intern_ref(s)
    }

    /// The frame object `depth` frames up from the running one
    /// (`sys._getframe(depth)`).
    pub fn frame_object_at(&self, depth: usize) -> Option<PyRef<crate::objects::frame::FrameObject>> {
        let mut f = self.frames.current.get();
        let mut d = depth;
        while !f.is_null() {
            if d == 0 {
                // SAFETY: frames linked from `current` are live on this thread
                // (frame invariant 3).
                return Some(crate::objects::frame::frame_object_of(unsafe { &mut *f }));
            }
            d -= 1;
            // SAFETY: as above.
            f = unsafe { (*f).previous };
        }
        None
    }

    /// The exception currently being handled (`sys.exception()`).
    pub fn current_exception(&self) -> Option<Value> {
        let info = self.exc_info.borrow();
        info.iter().rev().find_map(|e| e.clone())
    }
}
