//! Pending calls: work that any thread asks an interpreter to run at its next check point.
//!
//! CPython: Python/ceval_gil.c (`_PyEval_AddPendingCall`, `make_pending_calls`,
//! `_push_pending_call`, `_pop_pending_call`). As there, each interpreter has one bounded FIFO
//! queue that any of its threads drains, and a separate small queue that only the main thread
//! drains (signal handlers must run on the main thread).
//!
//! Guarantees:
//! - [`PendingCalls::push`] never blocks on the GIL and fails with [`GilError::QueueFull`]
//!   rather than growing without bound (CPython's MAXPENDINGCALLS).
//! - Calls run in the order they were pushed, each exactly once.
//! - At most one thread runs a queue's calls at a time (`busy`); a thread that finds the queue
//!   busy returns at once, and the busy thread will also run what arrives meanwhile.
//! - A call that fails stops the run; the remaining calls stay queued and the caller is told
//!   to re-signal, so they run at a later check point.

use std::collections::VecDeque;

use crate::error::GilError;
use crate::sync::{AtomicBool, AtomicUsize, Mutex, Ordering};

/// CPython's `MAXPENDINGCALLS`: the interpreter-wide queue's capacity.
pub const MAX_PENDING_CALLS: usize = 300;
/// CPython's `MAXPENDINGCALLS_MAIN`: the main-thread queue's capacity.
pub const MAX_PENDING_CALLS_MAIN: usize = 32;

/// A pending call failed: it has set an exception in the interpreter's own state (as a C
/// pending call returns -1 with an exception set), and the check point must propagate it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CallFailed;

/// A queued call. It runs on a thread that holds the interpreter's GIL.
pub type PendingCall = Box<dyn FnOnce() -> Result<(), CallFailed> + Send>;

/// The outcome of draining a queue.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RunOutcome {
    /// Every call that was queued when the run started, and any added during it, ran.
    Done,
    /// Another thread is running this queue's calls.
    Busy,
    /// A call failed; the rest are still queued and should be signalled again.
    Failed,
}

/// One bounded FIFO queue of pending calls.
pub struct PendingCalls {
    queue: Mutex<VecDeque<PendingCall>>,
    capacity: usize,
    /// Calls queued; read without the lock so that "anything to do?" is one load.
    npending: AtomicUsize,
    busy: AtomicBool,
}

impl std::fmt::Debug for PendingCalls {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PendingCalls")
            .field("capacity", &self.capacity)
            .field("npending", &self.npending.load(Ordering::Relaxed))
            .finish()
    }
}

impl PendingCalls {
    /// An empty queue holding at most `capacity` calls.
    pub fn new(capacity: usize) -> Self {
        PendingCalls {
            queue: Mutex::new(VecDeque::new()),
            capacity,
            npending: AtomicUsize::new(0),
            busy: AtomicBool::new(false),
        }
    }

    /// Queues `call`. The caller then signals the thread(s) that should run it.
    pub fn push(&self, call: PendingCall) -> Result<(), GilError> {
        let mut q = self.queue.lock();
        if q.len() >= self.capacity {
            return Err(GilError::QueueFull);
        }
        q.push_back(call);
        // Release: pairs with the Acquire in `has_pending` of a thread that then runs it.
        self.npending.store(q.len(), Ordering::Release);
        Ok(())
    }

    /// Whether calls are queued.
    #[inline]
    pub fn has_pending(&self) -> bool {
        self.npending.load(Ordering::Acquire) != 0
    }

    /// Runs queued calls in order until the queue is empty or one fails.
    pub fn run(&self) -> RunOutcome {
        loop {
            // AcqRel on both swaps: a thread that found us busy (and so left the work to us)
            // released its view of the queue with its swap; our clearing swap acquires it, so
            // the emptiness re-check below sees any call that thread was told about.
            if self.busy.swap(true, Ordering::AcqRel) {
                return RunOutcome::Busy;
            }
            let outcome = loop {
                let call = {
                    let mut q = self.queue.lock();
                    let call = q.pop_front();
                    self.npending.store(q.len(), Ordering::Release);
                    call
                };
                let Some(call) = call else {
                    break RunOutcome::Done;
                };
                // Run without the queue lock: a call may queue another call.
                if call().is_err() {
                    break RunOutcome::Failed;
                }
            };
            self.busy.swap(false, Ordering::AcqRel);
            // A call pushed after our last pop may have been signalled to a thread that then
            // found us busy and returned: run it now rather than lose it.
            if outcome == RunOutcome::Failed || !self.has_pending() {
                return outcome;
            }
        }
    }

    /// Drops every queued call without running it (interpreter teardown).
    pub fn clear(&self) {
        let drained: Vec<PendingCall> = {
            let mut q = self.queue.lock();
            let d = q.drain(..).collect();
            self.npending.store(0, Ordering::Release);
            d
        };
        // Dropped outside the lock: a call's captures may have arbitrary Drop code.
        drop(drained);
    }
}
