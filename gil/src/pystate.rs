//! Interpreters and thread states, at the level of the GIL (no Python objects).
//!
//! CPython: Python/pystate.c (`PyThreadState`, `_PyThreadState_Attach`/`Detach`,
//! `PyThreadState_Swap`, `_PyThreadState_GET`, `PyThreadState_SetAsyncExc`).
//!
//! Rules the types enforce:
//! - A [`ThreadState`] is created on, and bound for life to, one OS thread: it is `!Send`, and
//!   [`InterpreterState::thread_state`] finds the calling thread's through a thread-local,
//!   creating it the first time. So there is one thread state per (OS thread, interpreter).
//! - At most one thread state is attached per OS thread; attaching holds that interpreter's
//!   GIL. Switching interpreters is detach-then-attach ([`ThreadState::swap`]): a thread never
//!   holds two GILs.
//! - Other threads reach a thread state only through a [`ThreadStateHandle`] (`Send + Sync`),
//!   which can set eval-breaker bits (stop requests, async exceptions) and nothing else.
//! - An interpreter closes only while no thread is attached to it or attaching; afterwards
//!   attach fails with [`GilError::Closed`].

use std::cell::RefCell;
use std::marker::PhantomData;
use std::sync::atomic::AtomicU64 as IdCounter;
use std::time::Duration;

use crate::breaker::{
    ASYNC_EXCEPTION, CALLS_TO_DO, DROP_REQUEST, EvalBreaker, GC_SCHEDULED, HOST_INTERRUPT,
    PLEASE_STOP, SIGNALS_PENDING,
};
use crate::error::GilError;
use crate::gil::{Gil, Holder};
use crate::pending::{
    MAX_PENDING_CALLS, MAX_PENDING_CALLS_MAIN, PendingCall, PendingCalls, RunOutcome,
};
use crate::sync::{Arc, AtomicBool, AtomicU64, Mutex, Ordering};

/// Process-unique interpreter id. Ids are never reused.
pub type InterpreterId = u64;
/// Process-unique thread-state id (never 0, never reused).
pub type ThreadStateId = u64;

// Id counters are plain std atomics even under loom: they only hand out unique numbers and
// are not part of the protocol being checked.
static NEXT_INTERP_ID: IdCounter = IdCounter::new(0);
static NEXT_TSTATE_ID: IdCounter = IdCounter::new(1);

#[derive(Debug, Default)]
struct Lifecycle {
    /// Thread states attached or attaching (between the start of `attach` and `detach`).
    attached: usize,
    closed: bool,
}

/// The GIL-level part of one interpreter: its GIL, pending calls and thread-state registry.
/// A cheap, `Send + Sync` handle (clones share the interpreter).
#[derive(Clone, Debug)]
pub struct InterpreterState {
    inner: Arc<Interp>,
}

impl std::ops::Deref for InterpreterState {
    type Target = Interp;
    fn deref(&self) -> &Interp {
        &self.inner
    }
}

/// The shared body of an [`InterpreterState`].
#[derive(Debug)]
pub struct Interp {
    id: InterpreterId,
    gil: Gil,
    pending: PendingCalls,
    pending_main: PendingCalls,
    /// The thread state that runs main-thread-only pending calls (0: none yet; the first
    /// thread state created becomes it).
    main_thread: AtomicU64,
    /// The thread state whose breaker the process signal state targets (0: none here).
    signal_target: AtomicU64,
    lifecycle: Mutex<Lifecycle>,
    threads: Mutex<Vec<Arc<TstateShared>>>,
}

/// The part of a thread state other threads may see.
#[derive(Debug)]
struct TstateShared {
    id: ThreadStateId,
    interp_id: InterpreterId,
    breaker: Arc<EvalBreaker>,
    /// True while attached (for diagnostics and `is_attached`; the source of truth for
    /// "may run" is the GIL).
    attached: AtomicBool,
}

impl InterpreterState {
    /// A new interpreter with a free GIL and empty queues.
    #[allow(clippy::new_without_default)]
    pub fn new() -> Self {
        let inner = Arc::new(Interp {
            id: NEXT_INTERP_ID.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
            gil: Gil::new(),
            pending: PendingCalls::new(MAX_PENDING_CALLS),
            pending_main: PendingCalls::new(MAX_PENDING_CALLS_MAIN),
            main_thread: AtomicU64::new(0),
            signal_target: AtomicU64::new(0),
            lifecycle: Mutex::new(Lifecycle::default()),
            threads: Mutex::new(Vec::new()),
        });
        InterpreterState { inner }
    }

    /// This interpreter's process-unique id.
    pub fn id(&self) -> InterpreterId {
        self.id
    }

    /// This interpreter's GIL (for its switch interval and diagnostics).
    pub fn gil(&self) -> &Gil {
        &self.gil
    }

    /// The calling OS thread's thread state for this interpreter, created on first use.
    pub fn thread_state(&self) -> Result<ThreadState, GilError> {
        if let Some(ts) = THREAD.with(|t| t.find(self.id)) {
            return Ok(ts);
        }
        if self.lifecycle.lock().closed {
            return Err(GilError::Closed);
        }
        let shared = Arc::new(TstateShared {
            id: NEXT_TSTATE_ID.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
            interp_id: self.id,
            breaker: Arc::new(EvalBreaker::new()),
            attached: AtomicBool::new(false),
        });
        let _ =
            self.main_thread
                .compare_exchange(0, shared.id, Ordering::AcqRel, Ordering::Acquire);
        self.threads.lock().push(Arc::clone(&shared));
        let ts = ThreadState {
            shared,
            interp: self.clone(),
            _not_send: PhantomData,
        };
        THREAD.with(|t| t.states.borrow_mut().push(ts.clone()));
        Ok(ts)
    }
}

impl Interp {
    /// Makes `ts` the thread that runs main-thread-only pending calls.
    pub fn set_main_thread(&self, ts: &ThreadState) {
        self.main_thread.store(ts.shared.id, Ordering::Release);
    }

    /// Makes `ts` the process's signal target (CPython: the main thread of the main
    /// interpreter): `signals::trip_signal` sets SIGNALS_PENDING on its breaker, its check
    /// points run `CheckPointHandler::signals`, and its attach recomputes the bit. Once per
    /// process; later calls fail with `AlreadyInstalled`.
    #[cfg(not(loom))]
    pub fn make_signal_target(
        &self,
        ts: &ThreadState,
    ) -> Result<(), crate::signals::AlreadyInstalled> {
        crate::signals::install_process_target(Arc::clone(&ts.shared.breaker))?;
        self.signal_target.store(ts.shared.id, Ordering::Release);
        Ok(())
    }

    /// Queues a call for any thread of this interpreter and wakes the GIL holder through
    /// CALLS_TO_DO; when nobody holds the GIL, the next thread to attach picks it up.
    pub fn add_pending_call(&self, call: PendingCall) -> Result<(), GilError> {
        if self.lifecycle.lock().closed {
            return Err(GilError::Closed);
        }
        self.pending.push(call)?;
        self.gil.signal_holder(CALLS_TO_DO);
        Ok(())
    }

    /// Queues a call that only the interpreter's main thread runs (signal handlers).
    pub fn add_pending_call_main(&self, call: PendingCall) -> Result<(), GilError> {
        if self.lifecycle.lock().closed {
            return Err(GilError::Closed);
        }
        self.pending_main.push(call)?;
        let main = self.main_thread.load(Ordering::Acquire);
        if let Some(t) = self.threads.lock().iter().find(|t| t.id == main) {
            t.breaker.set(CALLS_TO_DO);
        }
        Ok(())
    }

    /// Handles to every live thread state of this interpreter.
    pub fn thread_handles(&self) -> Vec<ThreadStateHandle> {
        self.threads
            .lock()
            .iter()
            .map(|t| ThreadStateHandle(Arc::clone(t)))
            .collect()
    }

    /// Sets `bits` on every thread state of this interpreter (e.g. HOST_INTERRUPT to stop a
    /// runaway script wherever it runs).
    pub fn request_all(&self, bits: u32) {
        for t in self.threads.lock().iter() {
            t.breaker.set(bits);
        }
    }

    /// Closes the interpreter: refused with [`GilError::Running`] while any thread is attached
    /// or attaching; afterwards attach and `thread_state` fail with [`GilError::Closed`] and
    /// queued pending calls are dropped. Idempotent.
    pub fn close(&self) -> Result<(), GilError> {
        {
            let mut lc = self.lifecycle.lock();
            if lc.attached > 0 {
                return Err(GilError::Running);
            }
            lc.closed = true;
            // Nobody is attached or attaching, so nobody holds the GIL.
            self.gil.close()?;
        }
        self.pending.clear();
        self.pending_main.clear();
        Ok(())
    }

    /// Whether [`Self::close`] has succeeded.
    pub fn is_closed(&self) -> bool {
        self.lifecycle.lock().closed
    }

    /// Number of threads attached or attaching.
    pub fn attached_count(&self) -> usize {
        self.lifecycle.lock().attached
    }

    fn begin_attach(&self) -> Result<(), GilError> {
        let mut lc = self.lifecycle.lock();
        if lc.closed {
            return Err(GilError::Closed);
        }
        lc.attached += 1;
        Ok(())
    }

    fn end_attach(&self) {
        let mut lc = self.lifecycle.lock();
        lc.attached = lc.attached.saturating_sub(1);
    }

    fn unregister(&self, id: ThreadStateId) {
        self.threads.lock().retain(|t| t.id != id);
        let _ = self
            .main_thread
            .compare_exchange(id, 0, Ordering::AcqRel, Ordering::Acquire);
    }
}

/// A thread state: one OS thread's presence in one interpreter. Cheap to clone; `!Send`.
#[derive(Clone, Debug)]
pub struct ThreadState {
    shared: Arc<TstateShared>,
    interp: InterpreterState,
    _not_send: PhantomData<*const ()>,
}

/// What the interpreter does for the eval-breaker bits the GIL layer does not handle itself.
/// Defaults do nothing, so a host that does not use a bit need not implement it.
pub trait CheckPointHandler {
    /// What a check point propagates (the interpreter's "exception set" marker).
    type Error;
    /// PLEASE_STOP: suspend until resumed.
    fn please_stop(&mut self, _ts: &ThreadState) -> Result<(), Self::Error> {
        Ok(())
    }
    /// SIGNALS_PENDING on the signal target: run the Python-level signal handlers.
    fn signals(&mut self, _ts: &ThreadState) -> Result<(), Self::Error> {
        Ok(())
    }
    /// A pending call failed (and set an exception): what to propagate.
    fn pending_call_failed(&mut self, ts: &ThreadState) -> Self::Error;
    /// GC_SCHEDULED: run the cycle collector.
    fn gc(&mut self, _ts: &ThreadState) -> Result<(), Self::Error> {
        Ok(())
    }
    /// ASYNC_EXCEPTION: raise the exception another thread asked for.
    fn async_exception(&mut self, _ts: &ThreadState) -> Result<(), Self::Error> {
        Ok(())
    }
    /// HOST_INTERRUPT: the embedding host asked to stop this script.
    fn host_interrupt(&mut self, _ts: &ThreadState) -> Result<(), Self::Error> {
        Ok(())
    }
    /// The GIL could not be retaken after a requested switch (the interpreter closed under a
    /// thread that was not attached through this layer). Only reachable through misuse.
    fn reattach_failed(&mut self, ts: &ThreadState, err: GilError) -> Self::Error;
}

impl ThreadState {
    /// This thread state's process-unique id.
    pub fn id(&self) -> ThreadStateId {
        self.shared.id
    }

    /// The interpreter this thread state belongs to.
    pub fn interpreter(&self) -> &InterpreterState {
        &self.interp
    }

    /// This thread state's eval breaker. The eval loop keeps this reference and checks
    /// `breaker.get() != 0` at its check points: one load when nothing is pending.
    #[inline]
    pub fn breaker(&self) -> &EvalBreaker {
        &self.shared.breaker
    }

    /// A handle other threads can use to set this thread state's breaker bits.
    pub fn handle(&self) -> ThreadStateHandle {
        ThreadStateHandle(Arc::clone(&self.shared))
    }

    /// The thread state attached on the calling OS thread, if any.
    pub fn current() -> Option<ThreadState> {
        THREAD.with(|t| t.current.borrow().clone())
    }

    /// Whether this thread state is attached (holds its interpreter's GIL).
    pub fn is_attached(&self) -> bool {
        self.shared.attached.load(Ordering::Acquire)
    }

    fn holder(&self) -> Holder<'_> {
        Holder {
            id: self.shared.id,
            breaker: &self.shared.breaker,
        }
    }

    /// Attaches: takes the interpreter's GIL (waiting as long as needed) and becomes the
    /// calling thread's current thread state. Fails if another thread state is attached on
    /// this OS thread, or the interpreter is closed.
    pub fn attach(&self) -> Result<(), GilError> {
        self.attach_inner(None).map(|_| ())
    }

    /// Like [`Self::attach`], giving up after `timeout`: `Ok(false)` if it gave up.
    pub fn attach_timeout(&self, timeout: Duration) -> Result<bool, GilError> {
        self.attach_inner(Some(timeout))
    }

    fn attach_inner(&self, timeout: Option<Duration>) -> Result<bool, GilError> {
        THREAD.with(|t| match &*t.current.borrow() {
            Some(cur) if cur.shared.id == self.shared.id => Err(GilError::AlreadyHeld),
            Some(_) => Err(GilError::AlreadyAttached),
            None => Ok(()),
        })?;
        self.interp.begin_attach()?;
        let taken = match timeout {
            None => self.interp.gil.take(self.holder()).map(|_| true),
            Some(d) => self.interp.gil.take_timeout(self.holder(), d),
        };
        match taken {
            Ok(true) => {}
            Ok(false) => {
                self.interp.end_attach();
                return Ok(false);
            }
            Err(e) => {
                self.interp.end_attach();
                return Err(e);
            }
        }
        self.shared.attached.store(true, Ordering::Release);
        THREAD.with(|t| *t.current.borrow_mut() = Some(self.clone()));
        self.recompute_breaker();
        Ok(true)
    }

    /// Detaches: releases the GIL; the calling thread has no current thread state after.
    pub fn detach(&self) -> Result<(), GilError> {
        self.ensure_current()?;
        THREAD.with(|t| *t.current.borrow_mut() = None);
        self.shared.attached.store(false, Ordering::Release);
        let r = self.interp.gil.release(self.shared.id, false);
        self.interp.end_attach();
        r
    }

    /// Makes `self` the calling thread's attached thread state: detaches the current one (of
    /// any interpreter), then attaches `self`. Never holds two GILs. If attaching fails, the
    /// thread is left detached. Returns the previously attached thread state.
    pub fn swap(&self) -> Result<Option<ThreadState>, GilError> {
        let prev = ThreadState::current();
        if let Some(p) = &prev {
            if p.shared.id == self.shared.id {
                return Ok(prev);
            }
            p.detach()?;
        }
        self.attach()?;
        Ok(prev)
    }

    /// Runs `f` detached (CPython `Py_BEGIN_ALLOW_THREADS` ... `Py_END_ALLOW_THREADS`): for
    /// blocking work that touches no Python object. If `f` panics, the panic unwinds with the
    /// thread detached, which is safe because `f` holds nothing Python-owned.
    pub fn allow_threads<R>(&self, f: impl FnOnce() -> R) -> Result<R, GilError> {
        self.detach()?;
        let r = f();
        self.attach()?;
        Ok(r)
    }

    fn ensure_current(&self) -> Result<(), GilError> {
        THREAD.with(|t| match &*t.current.borrow() {
            Some(cur) if cur.shared.id == self.shared.id => Ok(()),
            _ => Err(GilError::NotAttached),
        })
    }

    /// After taking the GIL: requests that arrived while nobody held it are only in the
    /// queues, so set the bits from them (CPython `update_eval_breaker_for_thread`).
    fn recompute_breaker(&self) {
        if cfg!(feature = "broken-no-recompute") {
            return;
        }
        let interp = &*self.interp.inner;
        let is_main = interp.main_thread.load(Ordering::Acquire) == self.shared.id;
        let calls = interp.pending.has_pending() || (is_main && interp.pending_main.has_pending());
        self.shared.breaker.assign(CALLS_TO_DO, calls);
        if interp.signal_target.load(Ordering::Acquire) == self.shared.id {
            #[cfg(not(loom))]
            if crate::signals::process_signals().is_some_and(|s| s.any_tripped()) {
                self.shared.breaker.set(SIGNALS_PENDING);
            }
        }
    }

    /// The eval loop's check point. Costs one load when nothing is pending; otherwise handles
    /// the set bits in CPython's order (`_Py_HandlePending`): PLEASE_STOP, SIGNALS_PENDING,
    /// CALLS_TO_DO, GC_SCHEDULED, DROP_REQUEST, ASYNC_EXCEPTION, then oxpy's HOST_INTERRUPT.
    /// Each bit is cleared before it is acted on, so a request made meanwhile is kept for the
    /// next check point. Must be called by the attached thread.
    #[inline]
    pub fn check_point<H: CheckPointHandler>(&self, h: &mut H) -> Result<(), H::Error> {
        if self.shared.breaker.get() == 0 {
            return Ok(());
        }
        self.handle_pending(h)
    }

    #[cold]
    fn handle_pending<H: CheckPointHandler>(&self, h: &mut H) -> Result<(), H::Error> {
        let b = &*self.shared.breaker;
        if b.take(PLEASE_STOP) {
            h.please_stop(self)?;
        }
        if b.take(SIGNALS_PENDING)
            && self.interp.signal_target.load(Ordering::Acquire) == self.shared.id
        {
            h.signals(self)?;
        }
        if b.take(CALLS_TO_DO) {
            self.make_pending_calls(h)?;
        }
        if b.take(GC_SCHEDULED) {
            h.gc(self)?;
        }
        if b.take(DROP_REQUEST) {
            // Give another thread a chance: forced release, then take again.
            let gil = &self.interp.gil;
            let id = self.shared.id;
            if let Err(e) = gil.release(id, true).and_then(|_| gil.take(self.holder())) {
                return Err(h.reattach_failed(self, e));
            }
            self.recompute_breaker();
        }
        if b.take(ASYNC_EXCEPTION) {
            h.async_exception(self)?;
        }
        if b.take(HOST_INTERRUPT) {
            h.host_interrupt(self)?;
        }
        Ok(())
    }

    /// CPython `make_pending_calls`: the interpreter's queue, then (main thread only) the
    /// main-thread queue. On failure the bit is set again so the rest run later.
    fn make_pending_calls<H: CheckPointHandler>(&self, h: &mut H) -> Result<(), H::Error> {
        let interp = &*self.interp.inner;
        if interp.pending.run() == RunOutcome::Failed {
            self.shared.breaker.set(CALLS_TO_DO);
            return Err(h.pending_call_failed(self));
        }
        if interp.main_thread.load(Ordering::Acquire) == self.shared.id
            && interp.pending_main.run() == RunOutcome::Failed
        {
            self.shared.breaker.set(CALLS_TO_DO);
            return Err(h.pending_call_failed(self));
        }
        Ok(())
    }
}

/// A `Send + Sync` handle to a thread state, for other threads: it can only set breaker bits.
#[derive(Clone, Debug)]
pub struct ThreadStateHandle(Arc<TstateShared>);

impl ThreadStateHandle {
    /// The thread state's id.
    pub fn id(&self) -> ThreadStateId {
        self.0.id
    }

    /// The id of the thread state's interpreter.
    pub fn interpreter_id(&self) -> InterpreterId {
        self.0.interp_id
    }

    /// Sets breaker bits; the target handles them at its next check point.
    pub fn request(&self, bits: u32) {
        self.0.breaker.set(bits);
    }

    /// Asks the thread to stop its script (HOST_INTERRUPT).
    pub fn request_stop(&self) {
        self.request(HOST_INTERRUPT);
    }

    /// Asks the thread to raise the async exception its interpreter has recorded for it.
    pub fn request_async_exception(&self) {
        self.request(ASYNC_EXCEPTION);
    }

    /// The breaker itself (read-only use by monitors and tests).
    pub fn breaker(&self) -> &EvalBreaker {
        &self.0.breaker
    }

    /// Whether the thread state is attached right now.
    pub fn is_attached(&self) -> bool {
        self.0.attached.load(Ordering::Acquire)
    }
}

/// The calling OS thread's thread states (one per interpreter) and the attached one.
struct ThreadLocalStates {
    states: RefCell<Vec<ThreadState>>,
    current: RefCell<Option<ThreadState>>,
}

impl ThreadLocalStates {
    fn find(&self, interp: InterpreterId) -> Option<ThreadState> {
        self.states
            .borrow()
            .iter()
            .find(|t| t.interp.inner.id == interp)
            .cloned()
    }
}

impl Drop for ThreadLocalStates {
    /// The OS thread is exiting: release a GIL it still holds, so the interpreter's other
    /// threads are not blocked forever, and unregister its thread states.
    fn drop(&mut self) {
        if let Some(cur) = self.current.get_mut().take() {
            cur.shared.attached.store(false, Ordering::Release);
            let _ = cur.interp.gil.release(cur.shared.id, false);
            cur.interp.end_attach();
        }
        for ts in self.states.get_mut().drain(..) {
            ts.interp.unregister(ts.shared.id);
        }
    }
}

#[cfg(not(loom))]
std::thread_local! {
    static THREAD: ThreadLocalStates = const {
        ThreadLocalStates { states: RefCell::new(Vec::new()), current: RefCell::new(None) }
    };
}

#[cfg(loom)]
loom::thread_local! {
    static THREAD: ThreadLocalStates =
        ThreadLocalStates { states: RefCell::new(Vec::new()), current: RefCell::new(None) };
}
