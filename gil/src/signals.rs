//! Tripped-signal bookkeeping, safe to touch from a signal handler.
//!
//! CPython: Modules/signalmodule.c (`trip_signal`, `Handlers[].tripped`, `is_tripped`).
//! A signal handler may only do async-signal-safe work: here that is atomic stores and one
//! atomic OR into the target thread state's eval breaker. No lock, no allocation. The
//! Python-level handlers run later, on the main thread of the main interpreter, when its
//! check point sees SIGNALS_PENDING and calls [`SignalState::take_tripped`].

use crate::breaker::{EvalBreaker, SIGNALS_PENDING};
use crate::sync::{Arc, AtomicBool, Ordering};

/// Signal numbers are below this (Linux's `_NSIG` is 65).
pub const NSIG: usize = 65;

/// The tripped flags of every signal, and the breaker to wake when one trips.
#[derive(Debug)]
pub struct SignalState {
    tripped: [AtomicBool; NSIG],
    is_tripped: AtomicBool,
    target: Arc<EvalBreaker>,
}

impl SignalState {
    /// Signals will set SIGNALS_PENDING on `target` (the main interpreter's main thread).
    pub fn new(target: Arc<EvalBreaker>) -> Self {
        SignalState {
            tripped: std::array::from_fn(|_| AtomicBool::new(false)),
            is_tripped: AtomicBool::new(false),
            target,
        }
    }

    /// Marks `signum` as tripped and wakes the target. Async-signal-safe. Out-of-range
    /// numbers are ignored.
    pub fn trip(&self, signum: usize) {
        let Some(flag) = self.tripped.get(signum) else {
            return;
        };
        flag.store(true, Ordering::Release);
        // CPython trip_signal: set the per-signal flag before the global one, so a reader
        // that sees `is_tripped` also sees which signal.
        self.is_tripped.store(true, Ordering::Release);
        self.target.set(SIGNALS_PENDING);
    }

    /// Whether any signal is tripped and not yet taken.
    pub fn any_tripped(&self) -> bool {
        self.is_tripped.load(Ordering::Acquire)
    }

    /// Takes the tripped signals, lowest number first. A signal that trips while this runs is
    /// either returned now or leaves `is_tripped` set for the next call: never lost.
    pub fn take_tripped(&self) -> Vec<usize> {
        if !self.is_tripped.swap(false, Ordering::AcqRel) {
            return Vec::new();
        }
        (1..NSIG)
            .filter(|&n| self.tripped[n].swap(false, Ordering::AcqRel))
            .collect()
    }

    /// The breaker that signals wake.
    pub fn target(&self) -> &Arc<EvalBreaker> {
        &self.target
    }
}

/// [`install_process_target`] was already called: the process has its signal target.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AlreadyInstalled;

#[cfg(not(loom))]
static PROCESS_SIGNALS: std::sync::OnceLock<SignalState> = std::sync::OnceLock::new();

/// Installs the process's signal target: the breaker of the main interpreter's main thread.
/// Only the first call succeeds; the state then lives for the rest of the process (a few
/// hundred bytes, like CPython's static `Handlers` array).
#[cfg(not(loom))]
pub fn install_process_target(
    target: Arc<EvalBreaker>,
) -> Result<&'static SignalState, AlreadyInstalled> {
    let mut installed = false;
    let state = PROCESS_SIGNALS.get_or_init(|| {
        installed = true;
        SignalState::new(target)
    });
    if installed {
        Ok(state)
    } else {
        Err(AlreadyInstalled)
    }
}

/// The process's signal state, if a target was installed.
#[cfg(not(loom))]
pub fn process_signals() -> Option<&'static SignalState> {
    PROCESS_SIGNALS.get()
}

/// Marks `signum` as pending for the process. Async-signal-safe: this is what a C signal
/// handler installed by the interpreter calls. Does nothing before a target is installed.
#[cfg(not(loom))]
pub fn trip_signal(signum: usize) {
    if let Some(s) = PROCESS_SIGNALS.get() {
        s.trip(signum);
    }
}

#[cfg(all(test, not(loom)))]
mod tests {
    use super::*;

    #[test]
    fn trip_sets_breaker_and_take_returns_each_signal_once() {
        let b = Arc::new(EvalBreaker::new());
        let s = SignalState::new(Arc::clone(&b));
        assert!(s.take_tripped().is_empty());
        s.trip(2);
        s.trip(15);
        s.trip(2);
        s.trip(10_000);
        assert!(b.is_set(SIGNALS_PENDING));
        assert!(s.any_tripped());
        assert_eq!(s.take_tripped(), vec![2, 15]);
        assert!(!s.any_tripped());
        assert!(s.take_tripped().is_empty());
    }
}
