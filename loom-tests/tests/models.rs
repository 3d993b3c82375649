//! Loom models of the GIL protocol: one per invariant of docs/gil.md.
//!
//! Run: `RUSTFLAGS="--cfg loom" cargo test -p loom-tests --release` (LOOM_MAX_PREEMPTIONS=3
//! by default). Loom cannot time out a condvar wait, so the switch interval is modelled by
//! an explicit clock: `Gil::advance_clock` is one interval passing for every waiter.
#![cfg(loom)]

mod common;

use common::{Fail, Tstate, log, model};
use gil::breaker::{ASYNC_EXCEPTION, DROP_REQUEST, HOST_INTERRUPT};
use gil::pending::CallFailed;
use gil::{Arc, Gil, GilError, InterpreterState};
use loom::cell::UnsafeCell;
use loom::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use loom::thread;

/// Model 1: Mutual exclusion: data touched only under the GIL is never accessed concurrently.
/// loom's UnsafeCell fails the model on any access not ordered by happens-before.
#[test]
fn mutual_exclusion() {
    model(|| {
        let gil = Arc::new(Gil::new());
        let data = Arc::new(UnsafeCell::new(0u32));
        let hs: Vec<_> = (1..=2)
            .map(|id| {
                let (gil, data) = (gil.clone(), data.clone());
                thread::spawn(move || {
                    let me = Tstate::new(id);
                    gil.take(me.holder()).unwrap();
                    data.with_mut(|d| unsafe { *d += 1 });
                    gil.release(id, false).unwrap();
                })
            })
            .collect();
        for h in hs {
            h.join().unwrap();
        }
        data.with(|d| assert_eq!(unsafe { *d }, 2));
    });
}

/// Model 2: State consistency: while a thread is inside, the GIL says it is locked by that thread;
/// after everyone left, it is free with no waiters and switch_number counted every change of
/// holder.
#[test]
fn state_consistency() {
    model(|| {
        let gil = Arc::new(Gil::new());
        let hs: Vec<_> = (1..=2)
            .map(|id| {
                let gil = gil.clone();
                thread::spawn(move || {
                    let me = Tstate::new(id);
                    gil.take(me.holder()).unwrap();
                    let s = gil.snapshot();
                    assert!(s.locked);
                    assert_eq!(s.holder, id);
                    gil.release(id, false).unwrap();
                    assert_eq!(gil.release(id, false), Err(GilError::NotHeld));
                })
            })
            .collect();
        for h in hs {
            h.join().unwrap();
        }
        let s = gil.snapshot();
        assert!(!s.locked);
        assert_eq!(s.waiters, 0);
        assert_eq!(s.switch_number, 2, "two different holders, two switches");
    });
}

/// Model 3: No lost wakeup, no deadlock: three threads contend with no clock at all, so a waiter
/// is woken only by a release's notification. A lost notification deadlocks, which loom
/// reports. (tests/broken.rs shows this model failing when release does not notify.)
#[test]
fn no_lost_wakeup_three_threads() {
    model(|| {
        let gil = Arc::new(Gil::new());
        let hs: Vec<_> = (1..=3)
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
        assert!(!gil.snapshot().locked);
    });
}

/// Model 4: Drop request honoured: a holder that spins on check points lets a waiter in once an
/// interval passes, and after its requested (forced) release it does not win the GIL back
/// before the waiter has had it.
#[test]
fn drop_request_honoured() {
    model(|| {
        let gil = Arc::new(Gil::new());
        let order = log();
        let waiter_done = Arc::new(AtomicBool::new(false));
        let holder = Tstate::new(1);
        gil.take(holder.holder()).unwrap();

        let waiter = {
            let (gil, order, done) = (gil.clone(), order.clone(), waiter_done.clone());
            thread::spawn(move || {
                let me = Tstate::new(2);
                gil.take(me.holder()).unwrap();
                order.lock().unwrap().push(2);
                gil.release(2, false).unwrap();
                done.store(true, Ordering::Release);
            })
        };
        // One interval passes once the waiter waits (a tick before that would be time the
        // waiter never saw; real time would keep ticking, the model clock does not).
        let ticker = {
            let gil = gil.clone();
            thread::spawn(move || {
                while gil.snapshot().waiters == 0 {
                    thread::yield_now();
                }
                gil.advance_clock()
            })
        };
        // The holder runs "bytecode": check points until the waiter has run.
        let mut switched = false;
        while !waiter_done.load(Ordering::Acquire) {
            if holder.check_point(&gil) {
                switched = true;
                order.lock().unwrap().push(1);
                // Forced switching: the waiter ran before we got the GIL back.
                assert_eq!(order.lock().unwrap().first(), Some(&2));
            }
            if !switched {
                // Nothing to do until the waiter asks; let others run.
                thread::yield_now();
            } else {
                // After a switch we hold the GIL again; the waiter has finished its turn or
                // is finishing; release so it can complete.
                break;
            }
        }
        assert!(switched || waiter_done.load(Ordering::Acquire));
        gil.release(1, false).unwrap();
        waiter.join().unwrap();
        ticker.join().unwrap();
        assert_eq!(order.lock().unwrap().first(), Some(&2));
    });
}

/// Model 5a: No stuck switch-wait when the waiter gives up: a waiter with a one-interval timeout
/// may request a drop and then give up; the holder's forced release must not wait forever.
#[test]
fn no_stuck_switch_wait_when_waiter_gives_up() {
    model(|| {
        let gil = Arc::new(Gil::new());
        let holder = Tstate::new(1);
        gil.take(holder.holder()).unwrap();
        let waiter = {
            let gil = gil.clone();
            thread::spawn(move || {
                let me = Tstate::new(2);
                match gil.take_timeout(me.holder(), gil.switch_interval()) {
                    Ok(true) => gil.release(2, false).unwrap(),
                    Ok(false) => {}
                    Err(e) => panic!("{e:?}"),
                }
            })
        };
        let ticker = {
            let gil = gil.clone();
            thread::spawn(move || {
                gil.advance_clock();
                gil.advance_clock();
            })
        };
        // Whether or not a drop was requested, a forced release must return.
        holder.breaker.clear(DROP_REQUEST);
        gil.release(1, true).unwrap();
        waiter.join().unwrap();
        ticker.join().unwrap();
        let s = gil.snapshot();
        assert_eq!(s.waiters, 0);
    });
}

/// Model 5b: No stuck switch-wait when the GIL closes: the releaser waits for a switch, the waiter
/// is told the GIL closed instead of taking it, and the releaser must leave its wait.
#[test]
fn no_stuck_switch_wait_when_closed() {
    model(|| {
        let gil = Arc::new(Gil::new());
        let holder = Tstate::new(1);
        gil.take(holder.holder()).unwrap();
        let waiter = {
            let gil = gil.clone();
            thread::spawn(move || {
                let me = Tstate::new(2);
                match gil.take(me.holder()) {
                    Ok(()) => gil.release(2, false).unwrap(),
                    Err(GilError::Closed) => {}
                    Err(e) => panic!("{e:?}"),
                }
            })
        };
        let closer = {
            let gil = gil.clone();
            thread::spawn(move || {
                while gil.close() == Err(GilError::Running) {
                    thread::yield_now();
                }
            })
        };
        gil.release(1, true).unwrap();
        waiter.join().unwrap();
        closer.join().unwrap();
        let s = gil.snapshot();
        assert!(s.closing && !s.locked && s.waiters == 0);
        assert_eq!(gil.take(holder.holder()), Err(GilError::Closed));
    });
}

/// Model 6: Stop and async-exception requests from another thread are seen at check points: a
/// thread running check points (the real `ThreadState::check_point`) handles the stop request
/// in finite time (loom fails a spin that never ends), and a request made before a GIL
/// hand-off is handled at the first check point after it.
#[test]
fn stop_and_async_seen_at_next_check_point() {
    model(|| {
        let interp = InterpreterState::new();
        let ts = interp.thread_state().unwrap();
        ts.attach().unwrap();
        let handle = ts.handle();
        let requester = {
            let interp = interp.clone();
            thread::spawn(move || {
                handle.request_stop();
                handle.request_async_exception();
                // Hand-off: attach (waits until the other thread detaches), then leave.
                let me = interp.thread_state().unwrap();
                me.attach().unwrap();
                me.detach().unwrap();
            })
        };
        let mut h = Seen::default();
        while !h.stop {
            let _ = ts.check_point(&mut h);
            thread::yield_now();
        }
        // The stop was handled; the async request, made before it, must have been too, or
        // be handled at the very next check point.
        let _ = ts.check_point(&mut h);
        assert!(h.asynchronous);
        ts.detach().unwrap();
        requester.join().unwrap();
        ts.attach().unwrap();
        assert_eq!(ts.breaker().get() & (HOST_INTERRUPT | ASYNC_EXCEPTION), 0);
        ts.detach().unwrap();
    });
}

#[derive(Default)]
struct Seen {
    stop: bool,
    asynchronous: bool,
}

impl gil::CheckPointHandler for Seen {
    type Error = ();
    fn pending_call_failed(&mut self, _: &gil::ThreadState) {}
    fn reattach_failed(&mut self, _: &gil::ThreadState, _: GilError) {}
    fn async_exception(&mut self, _: &gil::ThreadState) -> Result<(), ()> {
        self.asynchronous = true;
        Err(())
    }
    fn host_interrupt(&mut self, _: &gil::ThreadState) -> Result<(), ()> {
        self.stop = true;
        Err(())
    }
}

/// Model 7: No lost pending call, one handler at a time: a call added from another thread while
/// two threads of the interpreter attach, run a check point and detach, has run exactly once
/// after one more attach + check point; calls never run concurrently.
#[test]
fn no_lost_pending_call_one_handler_at_a_time() {
    model(common::pending_call_model);
}

/// Model 7b: A failing pending call leaves the next one queued and signalled.
#[test]
fn failed_pending_call_keeps_the_rest() {
    model(|| {
        let interp = InterpreterState::new();
        let ran = Arc::new(AtomicUsize::new(0));
        let r2 = ran.clone();
        interp
            .add_pending_call(Box::new(|| Err(CallFailed)))
            .unwrap();
        interp
            .add_pending_call(Box::new(move || {
                r2.fetch_add(1, Ordering::SeqCst);
                Ok(())
            }))
            .unwrap();
        let t = {
            let interp = interp.clone();
            thread::spawn(move || {
                let ts = interp.thread_state().unwrap();
                ts.attach().unwrap();
                assert_eq!(ts.check_point(&mut Fail), Err(()));
                ts.check_point(&mut Fail).unwrap();
                ts.detach().unwrap();
            })
        };
        t.join().unwrap();
        assert_eq!(ran.load(Ordering::SeqCst), 1);
    });
}

/// Model 8: Two interpreters' GILs are independent: a thread holding one never blocks a thread
/// taking the other (if it did, this model would deadlock).
#[test]
fn two_interpreters_independent() {
    model(|| {
        let g1 = Arc::new(Gil::new());
        let g2 = Arc::new(Gil::new());
        let other_done = Arc::new(AtomicBool::new(false));
        let a = Tstate::new(1);
        g1.take(a.holder()).unwrap();
        let t = {
            let (g2, done) = (g2.clone(), other_done.clone());
            thread::spawn(move || {
                let b = Tstate::new(2);
                g2.take(b.holder()).unwrap();
                g2.release(2, false).unwrap();
                done.store(true, Ordering::Release);
            })
        };
        // Hold g1 until the other thread has been through g2.
        while !other_done.load(Ordering::Acquire) {
            thread::yield_now();
        }
        g1.release(1, false).unwrap();
        t.join().unwrap();
        assert_eq!(g1.snapshot().switch_number, 1);
        assert_eq!(g2.snapshot().switch_number, 1);
    });
}

/// Model 9: Close: refused while a thread is attached; once it succeeds, no attach succeeds and
/// no thread stays attached.
#[test]
fn close() {
    model(|| {
        let interp = InterpreterState::new();
        let running = Arc::new(AtomicBool::new(false));
        let t = {
            let (interp, running) = (interp.clone(), running.clone());
            thread::spawn(move || {
                let Ok(ts) = interp.thread_state() else {
                    return false;
                };
                match ts.attach() {
                    Ok(()) => {
                        running.store(true, Ordering::SeqCst);
                        running.store(false, Ordering::SeqCst);
                        ts.detach().unwrap();
                        true
                    }
                    Err(GilError::Closed) => false,
                    Err(e) => panic!("{e:?}"),
                }
            })
        };
        match interp.close() {
            Ok(()) => assert!(!running.load(Ordering::SeqCst)),
            Err(GilError::Running) => {}
            Err(e) => panic!("{e:?}"),
        }
        let _ran = t.join().unwrap();
        while interp.close() == Err(GilError::Running) {
            thread::yield_now();
        }
        assert_eq!(interp.attached_count(), 0);
        assert!(!interp.gil().snapshot().locked);
        let ts = interp.thread_state();
        assert!(matches!(ts, Err(GilError::Closed)));
    });
}
