//! The per-interpreter GIL.
//!
//! CPython: Python/ceval_gil.c (`take_gil`, `drop_gil`, `create_gil`, `destroy_gil`).
//! The protocol, its invariants and where it departs from CPython are written up in
//! docs/gil.md; the short version:
//!
//! - **take**: while the GIL is held, wait on `released` for one switch interval. If a whole
//!   interval passed without any switch, set DROP_REQUEST on the holder's eval breaker. Then
//!   become the holder; if the holder changed, bump `switch_number` and notify `switched`.
//! - **release**: mark free and notify one waiter. If the release answers a drop request
//!   (`forced`) and someone is waiting, wait on `switched` until another thread has taken
//!   the GIL, so that the releaser cannot win it straight back (forced switching). Never wait
//!   when nobody waits (CPython gh-96387).
//! - **close**: refused while held; afterwards every take fails with [`GilError::Closed`],
//!   waiters are woken and give up, and nobody stays in a switch-wait.
//!
//! Invariants (checked by loom-tests):
//! 1. `locked` is true exactly while one thread is between a successful take and its release;
//!    `holder` names that thread.
//! 2. `waiters` counts threads inside the wait loop of take.
//! 3. `switch_number` changes exactly when a take gives the GIL to a different thread than
//!    the previous holder.
//! 4. A releaser in the switch-wait leaves it once another thread took the GIL, or nobody is
//!    waiting any more, or the GIL is closing.
//!
//! All state lives under one mutex: CPython splits it between `gil->mutex`, `gil->switch_mutex`
//! and atomics, which is faster by a hair and much harder to check; here the uncontended
//! take + release is two uncontended lock/unlock pairs (measured in docs/gil.md).

use std::time::Duration;

use crate::breaker::{DROP_REQUEST, EvalBreaker};
use crate::error::GilError;
use crate::sync::{Arc, AtomicU64, Condvar, Mutex, MutexGuard, Ordering};

/// The default switch interval, as CPython's (`sys.getswitchinterval()` is 0.005).
pub const DEFAULT_SWITCH_INTERVAL: Duration = Duration::from_millis(5);

/// Identifies a would-be holder: a thread state's id. Never 0.
pub type HolderId = u64;

/// What a thread presents when it takes the GIL: its id, and the breaker on which others set
/// DROP_REQUEST while it holds the GIL.
#[derive(Clone, Copy, Debug)]
pub struct Holder<'a> {
    /// The taker's thread-state id.
    pub id: HolderId,
    /// Where waiters set DROP_REQUEST while this taker holds the GIL.
    pub breaker: &'a Arc<EvalBreaker>,
}

#[derive(Debug, Default)]
struct GilState {
    locked: bool,
    /// Current holder while `locked`, else the last one (0: never held).
    holder: HolderId,
    /// The breaker of `holder`. Kept after release so a thread that takes and releases in a
    /// loop does not touch the Arc's refcount on every cycle.
    holder_breaker: Option<Arc<EvalBreaker>>,
    switch_number: u64,
    waiters: u32,
    closing: bool,
    /// Under loom, time does not pass by itself: a model advances this clock explicitly
    /// (`Gil::advance_clock`), and a wait that saw the clock move counts as timed out.
    #[cfg(loom)]
    ticks: u64,
}

/// When a taker gives up waiting.
#[derive(Clone, Copy)]
enum Deadline {
    Never,
    #[cfg(not(loom))]
    At(std::time::Instant),
    /// Under loom: give up once the model clock reaches this tick.
    #[cfg(loom)]
    Tick(u64),
}

/// One interpreter's global interpreter lock. See the module documentation for the protocol.
#[derive(Debug)]
pub struct Gil {
    state: Mutex<GilState>,
    /// Notified when the GIL becomes free (one waiter) or closes (all).
    released: Condvar,
    /// Notified when a take changed the holder, a waiter gave up, or the GIL closes.
    switched: Condvar,
    /// Switch interval in microseconds (CPython keeps microseconds too).
    interval_us: AtomicU64,
}

impl Default for Gil {
    fn default() -> Self {
        Self::new()
    }
}

impl Gil {
    /// A free GIL with the default 5 ms switch interval.
    pub fn new() -> Self {
        Gil {
            state: Mutex::new(GilState::default()),
            released: Condvar::new(),
            switched: Condvar::new(),
            interval_us: AtomicU64::new(DEFAULT_SWITCH_INTERVAL.as_micros() as u64),
        }
    }

    /// Sets the switch interval (`sys.setswitchinterval`). Like CPython, the value is kept in
    /// whole microseconds; zero is refused here, and the Python layer raises ValueError
    /// ("switch interval must be strictly positive") before calling.
    pub fn set_switch_interval(&self, interval: Duration) -> Result<(), GilError> {
        if interval.is_zero() {
            return Err(GilError::InvalidInterval);
        }
        let us = u64::try_from(interval.as_micros()).unwrap_or(u64::MAX);
        self.interval_us.store(us, Ordering::Relaxed);
        Ok(())
    }

    /// The switch interval (`sys.getswitchinterval`).
    pub fn switch_interval(&self) -> Duration {
        Duration::from_micros(self.interval_us.load(Ordering::Relaxed))
    }

    /// Takes the GIL, waiting as long as needed. Fails only if the GIL is closing, or if
    /// `me` already holds it (which would otherwise deadlock).
    pub fn take(&self, me: Holder<'_>) -> Result<(), GilError> {
        self.take_until(me, Deadline::Never).map(|_| ())
    }

    /// Takes the GIL unless `timeout` passes first; `Ok(false)` means this thread gave up.
    /// A waiter that gives up releases any forced-switch wait it was the reason for.
    /// Under loom the timeout is counted in model clock ticks of one switch interval each.
    pub fn take_timeout(&self, me: Holder<'_>, timeout: Duration) -> Result<bool, GilError> {
        #[cfg(not(loom))]
        let deadline = Deadline::At(std::time::Instant::now() + timeout);
        #[cfg(loom)]
        let deadline = {
            let interval = self.interval_us.load(Ordering::Relaxed).max(1);
            let ticks = (timeout.as_micros() as u64).div_ceil(interval);
            Deadline::Tick(self.state.lock().ticks + ticks)
        };
        self.take_until(me, deadline)
    }

    fn take_until(&self, me: Holder<'_>, deadline: Deadline) -> Result<bool, GilError> {
        let mut st = self.state.lock();
        if st.closing {
            return Err(GilError::Closed);
        }
        if st.locked {
            if st.holder == me.id {
                return Err(GilError::AlreadyHeld);
            }
            st.waiters += 1;
            while st.locked && !st.closing {
                if self.deadline_passed(&st, deadline) {
                    st.waiters -= 1;
                    // A releaser may be in its switch-wait because of us: let it re-check.
                    self.switched.notify_all();
                    // We may have consumed the release's single notification: pass it on.
                    if !st.locked && st.waiters > 0 {
                        self.released.notify_one();
                    }
                    return Ok(false);
                }
                let saved_switch = st.switch_number;
                let timed_out = self.wait_released(&mut st, deadline);
                // CPython take_gil: only a full interval without any switch earns a drop
                // request; a switch meanwhile means someone else is being served.
                if timed_out
                    && st.locked
                    && st.switch_number == saved_switch
                    && !st.closing
                    && let Some(b) = &st.holder_breaker
                {
                    b.set(DROP_REQUEST);
                }
            }
            st.waiters -= 1;
            if st.closing {
                self.switched.notify_all();
                return Err(GilError::Closed);
            }
        }
        st.locked = true;
        if st.holder != me.id {
            st.holder = me.id;
            st.holder_breaker = Some(Arc::clone(me.breaker));
            st.switch_number = st.switch_number.wrapping_add(1);
            self.switched.notify_all();
        }
        // A request addressed to an earlier tenure must not make us drop at once. Load
        // first: only waiters set DROP_REQUEST, and they do so under the mutex we hold, so
        // the check cannot race, and the uncontended take skips an atomic RMW.
        if me.breaker.is_set(DROP_REQUEST) {
            me.breaker.clear(DROP_REQUEST);
        }
        Ok(true)
    }

    /// Waits on `released` for at most one switch interval (or until the deadline); true if
    /// the wait timed out.
    #[cfg(not(loom))]
    fn wait_released(&self, st: &mut MutexGuard<'_, GilState>, deadline: Deadline) -> bool {
        let interval = Duration::from_micros(self.interval_us.load(Ordering::Relaxed).max(1));
        match deadline {
            Deadline::Never => self.released.wait_for(st, interval),
            Deadline::At(at) => {
                let left = at.saturating_duration_since(std::time::Instant::now());
                if left < interval {
                    // A shortened wait is not a full interval: never a drop request.
                    self.released.wait_for(st, left);
                    false
                } else {
                    self.released.wait_for(st, interval)
                }
            }
        }
    }

    #[cfg(loom)]
    fn wait_released(&self, st: &mut MutexGuard<'_, GilState>, _deadline: Deadline) -> bool {
        let start = st.ticks;
        self.released.wait(st);
        st.ticks != start
    }

    fn deadline_passed(&self, _st: &GilState, deadline: Deadline) -> bool {
        match deadline {
            Deadline::Never => false,
            #[cfg(not(loom))]
            Deadline::At(at) => std::time::Instant::now() >= at,
            #[cfg(loom)]
            Deadline::Tick(t) => _st.ticks >= t,
        }
    }

    /// Model clock for loom: one call is one switch interval passing for every waiter.
    #[cfg(loom)]
    pub fn advance_clock(&self) {
        let mut st = self.state.lock();
        st.ticks += 1;
        self.released.notify_all();
    }

    /// Releases the GIL held by `me`. With `forced` (the release answers a DROP_REQUEST), waits
    /// until another thread took the GIL, if anybody is waiting for it.
    pub fn release(&self, me: HolderId, forced: bool) -> Result<(), GilError> {
        let mut st = self.state.lock();
        if !st.locked || st.holder != me {
            return Err(GilError::NotHeld);
        }
        st.locked = false;
        #[cfg(not(feature = "broken-drop-no-notify"))]
        self.released.notify_one();
        if forced && !cfg!(feature = "broken-no-switch-wait") {
            let saved_switch = st.switch_number;
            while st.switch_number == saved_switch && st.waiters > 0 && !st.closing {
                self.switched.wait(&mut st);
            }
        }
        Ok(())
    }

    /// Sets `bit` on the current holder's breaker, if the GIL is held; returns whether it was.
    /// Used to wake the holder for pending calls: when nobody holds the GIL, the next taker
    /// recomputes its bits after taking (see `ThreadState::attach`), and since this check and
    /// the take are ordered by the GIL mutex, one of the two always sees the request.
    pub fn signal_holder(&self, bit: u32) -> bool {
        let st = self.state.lock();
        if st.locked
            && let Some(b) = &st.holder_breaker
        {
            b.set(bit);
            return true;
        }
        false
    }

    /// Closes the GIL: refused with [`GilError::Running`] while it is held; afterwards every
    /// take fails with [`GilError::Closed`]. Idempotent.
    pub fn close(&self) -> Result<(), GilError> {
        let mut st = self.state.lock();
        if st.locked {
            return Err(GilError::Running);
        }
        st.closing = true;
        self.released.notify_all();
        self.switched.notify_all();
        Ok(())
    }

    /// A consistent snapshot of the state, for tests, diagnostics and loom invariants.
    pub fn snapshot(&self) -> GilSnapshot {
        let st = self.state.lock();
        GilSnapshot {
            locked: st.locked,
            holder: st.holder,
            switch_number: st.switch_number,
            waiters: st.waiters,
            closing: st.closing,
        }
    }
}

/// A copy of the GIL's state at one instant (see [`Gil::snapshot`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct GilSnapshot {
    /// Whether a thread holds the GIL.
    pub locked: bool,
    /// The holder while `locked`, else the last holder (0: never held).
    pub holder: HolderId,
    /// How many times the GIL changed hands.
    pub switch_number: u64,
    /// Threads waiting in take.
    pub waiters: u32,
    /// Whether the GIL was closed.
    pub closing: bool,
}
