//! Shows that the models can fail: built with a deliberately broken gil crate, the model that
//! relies on the broken step must fail.
//!
//! Run: `RUSTFLAGS="--cfg loom" cargo test -p loom-tests --release --features BROKEN --test
//! broken` for BROKEN in broken-drop-no-notify, broken-no-switch-wait, broken-no-recompute
//! (scripts/test.sh runs all three).
//!
//! Loom aborts the process when a model fails with threads still blocked (its teardown
//! panics inside a destructor), so each model runs in a child process (this same test
//! binary, running one ignored test) and the parent asserts how the child failed.
#![cfg(loom)]

mod common;

/// Runs the ignored test `model` in a child process; asserts it failed with `expected` in its
/// output.
#[allow(dead_code)]
fn assert_model_fails(model: &str, expected: &str) {
    let out = std::process::Command::new(std::env::current_exe().unwrap())
        .args([
            "--exact",
            model,
            "--ignored",
            "--nocapture",
            "--test-threads=1",
        ])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("running 1 test"),
        "the child ran no model:\n{stdout}"
    );
    assert!(
        !out.status.success(),
        "the broken protocol passed the model `{model}`"
    );
    assert!(
        stderr.contains(expected),
        "`{model}` failed, but not with `{expected}`:\n{stderr}"
    );
}

/// Release forgets to notify `released`: with no clock, a waiter sleeps forever and loom
/// reports a deadlock.
#[cfg(feature = "broken-drop-no-notify")]
mod drop_no_notify {
    use super::common::{Tstate, model};
    use gil::{Arc, Gil};
    use loom::thread;

    #[test]
    fn lost_wakeup_is_caught() {
        super::assert_model_fails("drop_no_notify::lost_wakeup_model", "deadlock");
    }

    #[test]
    #[ignore = "run in a child process by lost_wakeup_is_caught"]
    fn lost_wakeup_model() {
        model(|| {
            let gil = Arc::new(Gil::new());
            let hs: Vec<_> = (1..=2)
                .map(|id| {
                    let gil = gil.clone();
                    thread::spawn(move || {
                        let me = Tstate::new(id);
                        gil.take(me.holder()).unwrap();
                        gil.release(id, false).unwrap();
                    })
                })
                .collect();
            for h in hs {
                h.join().unwrap();
            }
        });
    }
}

/// A forced release that does not wait for the switch lets the releaser win the GIL straight
/// back: the "drop request honoured" property fails.
#[cfg(feature = "broken-no-switch-wait")]
mod no_switch_wait {
    use super::common::{Tstate, log, model};
    use gil::{Arc, Gil};
    use loom::sync::atomic::{AtomicBool, Ordering};
    use loom::thread;

    #[test]
    fn dropper_winning_again_is_caught() {
        super::assert_model_fails(
            "no_switch_wait::dropper_wins_again_model",
            "dropper won again",
        );
    }

    #[test]
    #[ignore = "run in a child process by dropper_winning_again_is_caught"]
    fn dropper_wins_again_model() {
        model(|| {
            let gil = Arc::new(Gil::new());
            let order = log();
            let waiting = Arc::new(AtomicBool::new(false));
            let holder = Tstate::new(1);
            gil.take(holder.holder()).unwrap();
            let waiter = {
                let (gil, order, waiting) = (gil.clone(), order.clone(), waiting.clone());
                thread::spawn(move || {
                    let me = Tstate::new(2);
                    waiting.store(true, Ordering::SeqCst);
                    gil.take(me.holder()).unwrap();
                    order.lock().unwrap().push(2);
                    gil.release(2, false).unwrap();
                })
            };
            while !waiting.load(Ordering::SeqCst) || gil.snapshot().waiters == 0 {
                thread::yield_now();
            }
            // A drop was requested and someone waits: release forced, then take again.
            gil.release(1, true).unwrap();
            gil.take(holder.holder()).unwrap();
            let first = order.lock().unwrap().first().copied();
            assert!(first == Some(2), "dropper won again");
            gil.release(1, false).unwrap();
            waiter.join().unwrap();
        });
    }
}

/// Attach does not recompute CALLS_TO_DO from the queue: a call queued while nobody held the
/// GIL is never run, and the pending-call model of models.rs fails.
#[cfg(feature = "broken-no-recompute")]
mod no_recompute {
    #[test]
    fn lost_pending_call_is_caught() {
        super::assert_model_fails("no_recompute::lost_pending_call_model", "pending call lost");
    }

    #[test]
    #[ignore = "run in a child process by lost_pending_call_is_caught"]
    fn lost_pending_call_model() {
        super::common::model(super::common::pending_call_model);
    }
}
