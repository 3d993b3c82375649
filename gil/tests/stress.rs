//! Stress tests of the GIL under real threads (normal build). Run in release mode by CI.
#![cfg(not(loom))]

use std::cell::UnsafeCell;
use std::sync::Arc as StdArc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::Duration;

use gil::{CheckPointHandler, GilError, InterpreterState, ThreadState};

/// A counter deliberately not synchronised: only the GIL protects it, so a lost update or a
/// torn read-modify-write shows a mutual-exclusion failure.
struct Unguarded(UnsafeCell<u64>);
// SAFETY: every access happens while holding the interpreter's GIL (the property under test).
unsafe impl Sync for Unguarded {}

struct NoOp;
impl CheckPointHandler for NoOp {
    type Error = ();
    fn pending_call_failed(&mut self, _: &ThreadState) {}
    fn reattach_failed(&mut self, _: &ThreadState, _: GilError) {}
}

const THREADS: usize = 4;
const CYCLES: u64 = 20_000;

fn hammer(interp: &InterpreterState, counter: &StdArc<Unguarded>, inside: &StdArc<AtomicUsize>) {
    let ts = interp.thread_state().unwrap();
    for n in 0..CYCLES {
        ts.attach().unwrap();
        assert_eq!(
            inside.fetch_add(1, Ordering::SeqCst),
            0,
            "two threads inside the GIL"
        );
        // SAFETY: we hold the GIL.
        unsafe { *counter.0.get() += 1 };
        if n % 64 == 0 {
            ts.check_point(&mut NoOp).unwrap();
        }
        inside.fetch_sub(1, Ordering::SeqCst);
        ts.detach().unwrap();
    }
}

#[test]
fn many_threads_one_gil_mutual_exclusion() {
    let interp = InterpreterState::new();
    interp
        .gil()
        .set_switch_interval(Duration::from_micros(100))
        .unwrap();
    let counter = StdArc::new(Unguarded(UnsafeCell::new(0)));
    let inside = StdArc::new(AtomicUsize::new(0));
    let hs: Vec<_> = (0..THREADS)
        .map(|_| {
            let (i, c, n) = (
                interp.clone(),
                StdArc::clone(&counter),
                StdArc::clone(&inside),
            );
            std::thread::spawn(move || hammer(&i, &c, &n))
        })
        .collect();
    for h in hs {
        h.join().unwrap();
    }
    // SAFETY: all threads joined.
    assert_eq!(unsafe { *counter.0.get() }, THREADS as u64 * CYCLES);
    let s = interp.gil().snapshot();
    assert!(!s.locked);
    assert_eq!(s.waiters, 0);
}

#[test]
fn threads_on_several_interpreters_at_once() {
    let interps: Vec<_> = (0..3).map(|_| InterpreterState::new()).collect();
    let counters: Vec<_> = interps
        .iter()
        .map(|_| StdArc::new(Unguarded(UnsafeCell::new(0))))
        .collect();
    let insides: Vec<_> = interps
        .iter()
        .map(|_| StdArc::new(AtomicUsize::new(0)))
        .collect();
    let mut hs = Vec::new();
    for t in 0..6 {
        let k = t % 3;
        let (i, c, n) = (
            interps[k].clone(),
            StdArc::clone(&counters[k]),
            StdArc::clone(&insides[k]),
        );
        // Every thread also hops through the other interpreters with swap.
        let others: Vec<_> = interps.to_vec();
        hs.push(std::thread::spawn(move || {
            hammer(&i, &c, &n);
            for o in &others {
                let ts = o.thread_state().unwrap();
                ts.swap().unwrap();
            }
            if let Some(cur) = ThreadState::current() {
                cur.detach().unwrap();
            }
        }));
    }
    for h in hs {
        h.join().unwrap();
    }
    for c in &counters {
        // SAFETY: all threads joined.
        assert_eq!(unsafe { *c.0.get() }, 2 * CYCLES);
    }
}

#[test]
fn close_under_contention() {
    // Threads attach/detach in a loop while another thread keeps trying to close. Close must
    // only succeed when nobody is attached, and afterwards every attach fails.
    for _round in 0..20 {
        let interp = InterpreterState::new();
        let inside = StdArc::new(AtomicUsize::new(0));
        let closed_seen = StdArc::new(AtomicBool::new(false));
        let workers: Vec<_> = (0..3)
            .map(|_| {
                let (i, n, seen) = (
                    interp.clone(),
                    StdArc::clone(&inside),
                    StdArc::clone(&closed_seen),
                );
                std::thread::spawn(move || {
                    let Ok(ts) = i.thread_state() else { return };
                    loop {
                        match ts.attach() {
                            Ok(()) => {
                                n.fetch_add(1, Ordering::SeqCst);
                                std::hint::spin_loop();
                                n.fetch_sub(1, Ordering::SeqCst);
                                ts.detach().unwrap();
                            }
                            Err(GilError::Closed) => {
                                seen.store(true, Ordering::SeqCst);
                                return;
                            }
                            Err(e) => panic!("unexpected {e:?}"),
                        }
                    }
                })
            })
            .collect();
        loop {
            match interp.close() {
                Ok(()) => {
                    assert_eq!(
                        inside.load(Ordering::SeqCst),
                        0,
                        "closed while a thread ran"
                    );
                    break;
                }
                Err(GilError::Running) => std::thread::yield_now(),
                Err(e) => panic!("unexpected {e:?}"),
            }
        }
        for w in workers {
            w.join().unwrap();
        }
        let s = interp.gil().snapshot();
        assert!(s.closing && !s.locked && s.waiters == 0);
        assert_eq!(interp.attached_count(), 0);
    }
}
