//! The eval breaker: one atomic word per thread state that tells the eval loop to stop and
//! look at something.
//!
//! CPython: Include/internal/pycore_ceval.h (`_PY_*_BIT`), Python/ceval_gil.c
//! `_Py_HandlePending`. Bit numbers are CPython's so that readers can cross-reference; oxpy
//! adds [`HOST_INTERRUPT`] for "an embedding host wants this script stopped".
//!
//! Guarantees:
//! - Any thread may set or clear bits at any time ([`EvalBreaker::set`] is a single atomic
//!   read-modify-write; no lock, so it may also be called from a signal handler).
//! - [`EvalBreaker::get`] is one relaxed load: the eval loop's idle cost. A bit set by another
//!   thread becomes visible to later loads (coherence); a bit set before a synchronising
//!   operation (a GIL hand-off, a join) is visible to every check point after it.
//! - [`EvalBreaker::take`] clears a bit and reports whether it was set, in one atomic
//!   operation, so a request that arrives while the previous one is being handled is never
//!   lost: it sets the bit again after the clear and is seen at the next check point.

use crate::sync::{AtomicU32, Ordering};

/// Another thread waited a whole switch interval for the GIL: release it at the next
/// check point (CPython `_PY_GIL_DROP_REQUEST_BIT`).
pub const DROP_REQUEST: u32 = 1 << 0;
/// A signal handler marked a signal as tripped (CPython `_PY_SIGNALS_PENDING_BIT`).
pub const SIGNALS_PENDING: u32 = 1 << 1;
/// Pending calls are queued for this interpreter (CPython `_PY_CALLS_TO_DO_BIT`).
pub const CALLS_TO_DO: u32 = 1 << 2;
/// Another thread asked this one to raise an exception (CPython `_PY_ASYNC_EXCEPTION_BIT`,
/// `PyThreadState_SetAsyncExc`).
pub const ASYNC_EXCEPTION: u32 = 1 << 3;
/// The cycle collector should run (CPython `_PY_GC_SCHEDULED_BIT`).
pub const GC_SCHEDULED: u32 = 1 << 4;
/// Stop at the next check point until resumed (CPython `_PY_EVAL_PLEASE_STOP_BIT`, there a
/// stop-the-world request of the free-threaded build).
pub const PLEASE_STOP: u32 = 1 << 5;
/// oxpy: the embedding host asked to interrupt this thread's script (a stop handle).
/// Bits 6 and 7 stay unused so that CPython's `_PY_EVAL_EXPLICIT_MERGE_BIT` and
/// `_PY_EVAL_JIT_INVALIDATE_COLD_BIT` keep their numbers should oxpy ever need them.
pub const HOST_INTERRUPT: u32 = 1 << 8;

/// Every bit this crate defines.
pub const ALL_BITS: u32 = DROP_REQUEST
    | SIGNALS_PENDING
    | CALLS_TO_DO
    | ASYNC_EXCEPTION
    | GC_SCHEDULED
    | PLEASE_STOP
    | HOST_INTERRUPT;

/// One thread state's eval breaker word.
#[derive(Debug, Default)]
pub struct EvalBreaker {
    bits: AtomicU32,
}

impl EvalBreaker {
    /// A breaker with nothing pending.
    pub fn new() -> Self {
        EvalBreaker {
            bits: AtomicU32::new(0),
        }
    }

    /// The pending bits. One relaxed load: this is what the eval loop checks at every
    /// function entry and loop back-edge, so it must stay that cheap.
    #[inline(always)]
    pub fn get(&self) -> u32 {
        self.bits.load(Ordering::Relaxed)
    }

    /// Sets `bits`. Release ordering: whatever the requester wrote before asking (an async
    /// exception to raise, say) is visible to the thread that takes the bit.
    #[inline]
    pub fn set(&self, bits: u32) {
        self.bits.fetch_or(bits, Ordering::Release);
    }

    /// Clears `bits` without acting on them.
    #[inline]
    pub fn clear(&self, bits: u32) {
        self.bits.fetch_and(!bits, Ordering::AcqRel);
    }

    /// Sets `bit` when `on`, else clears it. Skips the atomic read-modify-write when the bit
    /// already has that value (the common case at every attach); a concurrent `set` between
    /// the load and the skipped clear is a newer request and rightly stays set.
    #[inline]
    pub fn assign(&self, bit: u32, on: bool) {
        if self.is_set(bit) != on {
            if on { self.set(bit) } else { self.clear(bit) }
        }
    }

    /// Clears `bit` and returns whether it was set. Acquire ordering pairs with [`Self::set`].
    #[inline]
    pub fn take(&self, bit: u32) -> bool {
        self.bits.fetch_and(!bit, Ordering::AcqRel) & bit != 0
    }

    /// Whether `bit` is currently set (relaxed; for tests and diagnostics).
    #[inline]
    pub fn is_set(&self, bit: u32) -> bool {
        self.get() & bit != 0
    }
}

#[cfg(all(test, not(loom)))]
mod tests {
    use super::*;

    #[test]
    fn bits_have_cpythons_numbers() {
        assert_eq!(
            [
                DROP_REQUEST,
                SIGNALS_PENDING,
                CALLS_TO_DO,
                ASYNC_EXCEPTION,
                GC_SCHEDULED,
                PLEASE_STOP
            ],
            [1, 2, 4, 8, 16, 32]
        );
        assert_eq!(HOST_INTERRUPT, 256);
    }

    #[test]
    fn take_clears_only_its_bit() {
        let b = EvalBreaker::new();
        assert_eq!(b.get(), 0);
        b.set(CALLS_TO_DO | ASYNC_EXCEPTION);
        assert!(b.take(CALLS_TO_DO));
        assert!(!b.take(CALLS_TO_DO));
        assert_eq!(b.get(), ASYNC_EXCEPTION);
        b.assign(GC_SCHEDULED, true);
        b.assign(ASYNC_EXCEPTION, false);
        assert_eq!(b.get(), GC_SCHEDULED);
        b.clear(ALL_BITS);
        assert_eq!(b.get(), 0);
    }
}
