//! Helpers shared by the loom models.
#![allow(dead_code)]

use gil::breaker::DROP_REQUEST;
use gil::{Arc, EvalBreaker, Gil, Holder};
use loom::sync::Mutex as LoomMutex;

/// A thread as the GIL sees it: an id and a breaker.
pub struct Tstate {
    pub id: u64,
    pub breaker: Arc<EvalBreaker>,
}

impl Tstate {
    pub fn new(id: u64) -> Self {
        Tstate { id, breaker: Arc::new(EvalBreaker::new()) }
    }

    pub fn holder(&self) -> Holder<'_> {
        Holder { id: self.id, breaker: &self.breaker }
    }

    /// The eval loop's check point, reduced to the GIL part: honour a drop request with a
    /// forced release and retake. Returns whether it switched.
    pub fn check_point(&self, gil: &Gil) -> bool {
        if self.breaker.get() == 0 {
            return false;
        }
        if self.breaker.take(DROP_REQUEST) {
            gil.release(self.id, true).unwrap();
            gil.take(self.holder()).unwrap();
            return true;
        }
        false
    }
}

/// Who held the GIL, in order; appended to only while holding the GIL.
pub type Log = Arc<LoomMutex<Vec<u64>>>;

pub fn log() -> Log {
    Arc::new(LoomMutex::new(Vec::new()))
}

/// Runs `f` under loom. The preemption bound defaults to 3; LOOM_MAX_PREEMPTIONS (read by
/// loom's builder) overrides it.
pub fn model<F: Fn() + Sync + Send + 'static>(f: F) {
    let mut b = loom::model::Builder::new();
    if b.preemption_bound.is_none() {
        b.preemption_bound = Some(3);
    }
    b.check(f);
}
