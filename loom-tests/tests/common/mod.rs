//! Helpers shared by the loom models.
#![allow(dead_code)]

use gil::breaker::DROP_REQUEST;
use gil::{Arc, EvalBreaker, Gil, GilError, Holder, InterpreterState};
use loom::sync::Mutex as LoomMutex;
use loom::sync::atomic::{AtomicUsize, Ordering};
use loom::thread;

/// A thread as the GIL sees it: an id and a breaker.
pub struct Tstate {
    pub id: u64,
    pub breaker: Arc<EvalBreaker>,
}

impl Tstate {
    pub fn new(id: u64) -> Self {
        Tstate {
            id,
            breaker: Arc::new(EvalBreaker::new()),
        }
    }

    pub fn holder(&self) -> Holder<'_> {
        Holder {
            id: self.id,
            breaker: &self.breaker,
        }
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

/// A check-point handler for models that expect no failure.
pub struct Fail;

impl gil::CheckPointHandler for Fail {
    type Error = ();
    fn pending_call_failed(&mut self, _: &gil::ThreadState) {}
    fn reattach_failed(&mut self, _: &gil::ThreadState, _: GilError) {}
}

/// The body of the "no lost pending call" model (shared with tests/broken.rs).
pub fn pending_call_model() {
    let interp = InterpreterState::new();
    let ran = Arc::new(AtomicUsize::new(0));
    let inside = Arc::new(AtomicUsize::new(0));
    let adder = {
        let (interp, ran, inside) = (interp.clone(), ran.clone(), inside.clone());
        thread::spawn(move || {
            interp
                .add_pending_call(Box::new(move || {
                    assert_eq!(inside.fetch_add(1, Ordering::SeqCst), 0);
                    ran.fetch_add(1, Ordering::SeqCst);
                    inside.fetch_sub(1, Ordering::SeqCst);
                    Ok(())
                }))
                .unwrap();
        })
    };
    // Two threads of the interpreter each attach, run a check point and detach, racing
    // with the adder; either may run the call, or neither.
    let runners: Vec<_> = (0..2)
        .map(|_| {
            let interp = interp.clone();
            thread::spawn(move || {
                let ts = interp.thread_state().unwrap();
                ts.attach().unwrap();
                ts.check_point(&mut Fail).unwrap();
                ts.detach().unwrap();
            })
        })
        .collect();
    adder.join().unwrap();
    for r in runners {
        r.join().unwrap();
    }
    // If nobody ran it, it is still queued, and the next attach must notice (the bit was
    // set on a holder that has left, or on nobody): one check point runs it.
    let ts = interp.thread_state().unwrap();
    ts.attach().unwrap();
    ts.check_point(&mut Fail).unwrap();
    ts.detach().unwrap();
    assert_eq!(
        ran.load(Ordering::SeqCst),
        1,
        "pending call lost or run twice"
    );
}
