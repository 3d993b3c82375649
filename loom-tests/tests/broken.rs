//! Shows that the models can fail: built with a deliberately broken gil crate, the model
//! that relies on the broken step must fail.
//!
//! Run: `RUSTFLAGS="--cfg loom" cargo test -p loom-tests --release --features
//! broken-drop-no-notify --test broken` (and likewise `broken-no-switch-wait`).
#![cfg(loom)]
#![cfg_attr(
    not(any(feature = "broken-drop-no-notify", feature = "broken-no-switch-wait")),
    allow(unused_imports)
)]

mod common;

use common::{Tstate, log, model};
use gil::{Arc, Gil};
use loom::sync::atomic::{AtomicBool, Ordering};
use loom::thread;

/// Release forgets to notify `released`: with no clock, a waiter sleeps forever and loom
/// reports a deadlock. Loom aborts the process after reporting it, so the model runs in a
/// child process (this same test binary) and the parent checks how the child died.
#[cfg(feature = "broken-drop-no-notify")]
#[test]
fn lost_wakeup_is_caught() {
    let out = std::process::Command::new(std::env::current_exe().unwrap())
        .args(["--exact", "lost_wakeup_model", "--ignored", "--nocapture", "--test-threads=1"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success(), "the broken protocol passed the model");
    assert!(stderr.contains("deadlock"), "failed, but not by deadlock:\n{stderr}");
}

#[cfg(feature = "broken-drop-no-notify")]
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

/// A forced release that does not wait for the switch lets the releaser win the GIL straight
/// back: the "drop request honoured" property fails.
#[cfg(feature = "broken-no-switch-wait")]
#[test]
#[should_panic(expected = "dropper won again")]
fn dropper_winning_again_is_caught() {
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
