//! Thread-state layer behaviour (normal build).
#![cfg(not(loom))]

use std::sync::Arc as StdArc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use gil::breaker::{ASYNC_EXCEPTION, CALLS_TO_DO, GC_SCHEDULED, HOST_INTERRUPT, PLEASE_STOP};
use gil::pending::{CallFailed, MAX_PENDING_CALLS};
use gil::{CheckPointHandler, GilError, InterpreterState, ThreadState};

/// Records which handler ran, in order.
#[derive(Default)]
struct Recorder {
    log: Vec<&'static str>,
    fail_async: bool,
}

impl CheckPointHandler for Recorder {
    type Error = &'static str;
    fn please_stop(&mut self, _: &ThreadState) -> Result<(), &'static str> {
        self.log.push("stop");
        Ok(())
    }
    fn signals(&mut self, _: &ThreadState) -> Result<(), &'static str> {
        self.log.push("signals");
        Ok(())
    }
    fn pending_call_failed(&mut self, _: &ThreadState) -> &'static str {
        "call failed"
    }
    fn gc(&mut self, _: &ThreadState) -> Result<(), &'static str> {
        self.log.push("gc");
        Ok(())
    }
    fn async_exception(&mut self, _: &ThreadState) -> Result<(), &'static str> {
        self.log.push("async");
        if self.fail_async {
            Err("async raised")
        } else {
            Ok(())
        }
    }
    fn host_interrupt(&mut self, _: &ThreadState) -> Result<(), &'static str> {
        self.log.push("host");
        Err("interrupted")
    }
    fn reattach_failed(&mut self, _: &ThreadState, _: GilError) -> &'static str {
        "reattach failed"
    }
}

#[test]
fn one_thread_state_per_thread_and_interpreter() {
    let a = InterpreterState::new();
    let b = InterpreterState::new();
    let ta1 = a.thread_state().unwrap();
    let ta2 = a.thread_state().unwrap();
    let tb = b.thread_state().unwrap();
    assert_eq!(ta1.id(), ta2.id());
    assert_ne!(ta1.id(), tb.id());
    let other = {
        let a = a.clone();
        std::thread::spawn(move || a.thread_state().unwrap().id())
            .join()
            .unwrap()
    };
    assert_ne!(other, ta1.id());
    // The other thread exited: its thread state was unregistered.
    assert_eq!(a.thread_handles().len(), 1);
}

#[test]
fn at_most_one_attached_per_os_thread_and_swap() {
    let a = InterpreterState::new();
    let b = InterpreterState::new();
    let ta = a.thread_state().unwrap();
    let tb = b.thread_state().unwrap();
    assert!(ThreadState::current().is_none());
    ta.attach().unwrap();
    assert_eq!(ThreadState::current().map(|t| t.id()), Some(ta.id()));
    assert_eq!(ta.attach(), Err(GilError::AlreadyHeld));
    assert_eq!(tb.attach(), Err(GilError::AlreadyAttached));
    assert!(!b.gil().snapshot().locked);
    // swap: detach from a, attach to b; never both held.
    let prev = tb.swap().unwrap();
    assert_eq!(prev.map(|t| t.id()), Some(ta.id()));
    assert!(!a.gil().snapshot().locked);
    assert!(b.gil().snapshot().locked);
    assert_eq!(ThreadState::current().map(|t| t.id()), Some(tb.id()));
    assert_eq!(ta.detach(), Err(GilError::NotAttached));
    tb.detach().unwrap();
    assert!(ThreadState::current().is_none());
    assert!(!b.gil().snapshot().locked);
}

#[test]
fn check_point_handles_bits_in_cpython_order_and_clears_them() {
    let i = InterpreterState::new();
    let ts = i.thread_state().unwrap();
    ts.attach().unwrap();
    let h = ts.handle();
    h.request(HOST_INTERRUPT | ASYNC_EXCEPTION | GC_SCHEDULED | PLEASE_STOP);
    let mut r = Recorder::default();
    assert_eq!(ts.check_point(&mut r), Err("interrupted"));
    assert_eq!(r.log, ["stop", "gc", "async", "host"]);
    assert_eq!(ts.breaker().get(), 0);
    assert_eq!(ts.check_point(&mut r), Ok(()));
    // A failing handler leaves later bits for the next check point.
    h.request(ASYNC_EXCEPTION | HOST_INTERRUPT);
    let mut r = Recorder {
        fail_async: true,
        ..Default::default()
    };
    assert_eq!(ts.check_point(&mut r), Err("async raised"));
    assert_eq!(ts.breaker().get(), HOST_INTERRUPT);
    ts.detach().unwrap();
}

#[test]
fn pending_calls_run_fifo_and_failure_keeps_the_rest() {
    let i = InterpreterState::new();
    let ts = i.thread_state().unwrap();
    let order = StdArc::new(std::sync::Mutex::new(Vec::new()));
    // Queued while nobody holds the GIL: picked up at attach.
    for n in 0..3 {
        let order = StdArc::clone(&order);
        i.add_pending_call(Box::new(move || {
            order.lock().unwrap().push(n);
            if n == 1 { Err(CallFailed) } else { Ok(()) }
        }))
        .unwrap();
    }
    ts.attach().unwrap();
    assert!(ts.breaker().is_set(CALLS_TO_DO));
    let mut r = Recorder::default();
    assert_eq!(ts.check_point(&mut r), Err("call failed"));
    assert_eq!(*order.lock().unwrap(), [0, 1]);
    assert!(
        ts.breaker().is_set(CALLS_TO_DO),
        "re-signalled after a failure"
    );
    assert_eq!(ts.check_point(&mut r), Ok(()));
    assert_eq!(*order.lock().unwrap(), [0, 1, 2]);
    // Queued while held: the holder's bit is set directly.
    i.add_pending_call(Box::new(|| Ok(()))).unwrap();
    assert!(ts.breaker().is_set(CALLS_TO_DO));
    ts.check_point(&mut r).unwrap();
    ts.detach().unwrap();
}

#[test]
fn pending_queue_is_bounded() {
    let i = InterpreterState::new();
    for _ in 0..MAX_PENDING_CALLS {
        i.add_pending_call(Box::new(|| Ok(()))).unwrap();
    }
    assert_eq!(
        i.add_pending_call(Box::new(|| Ok(()))),
        Err(GilError::QueueFull)
    );
}

#[test]
fn main_thread_queue_runs_only_on_main_thread() {
    let i = InterpreterState::new();
    let main = i.thread_state().unwrap();
    let ran_on = StdArc::new(AtomicUsize::new(0));
    {
        let ran_on = StdArc::clone(&ran_on);
        i.add_pending_call_main(Box::new(move || {
            ran_on.store(1, Ordering::SeqCst);
            Ok(())
        }))
        .unwrap();
    }
    // Another thread attaches and runs check points: it must not run the main-only call.
    {
        let i = i.clone();
        std::thread::spawn(move || {
            let ts = i.thread_state().unwrap();
            ts.attach().unwrap();
            ts.handle().request(CALLS_TO_DO);
            ts.check_point(&mut Recorder::default()).unwrap();
            ts.detach().unwrap();
        })
        .join()
        .unwrap();
    }
    assert_eq!(ran_on.load(Ordering::SeqCst), 0);
    main.attach().unwrap();
    main.check_point(&mut Recorder::default()).unwrap();
    assert_eq!(ran_on.load(Ordering::SeqCst), 1);
    main.detach().unwrap();
}

#[test]
fn close_refused_while_attached_then_attach_fails() {
    let i = InterpreterState::new();
    let ts = i.thread_state().unwrap();
    ts.attach().unwrap();
    assert_eq!(i.close(), Err(GilError::Running));
    ts.detach().unwrap();
    i.close().unwrap();
    i.close().unwrap();
    assert_eq!(ts.attach(), Err(GilError::Closed));
    assert!(ThreadState::current().is_none());
    assert_eq!(
        i.add_pending_call(Box::new(|| Ok(()))),
        Err(GilError::Closed)
    );
    let fresh = InterpreterState::new();
    let j = i.clone();
    let r = std::thread::spawn(move || j.thread_state().map(|_| ()))
        .join()
        .unwrap();
    assert_eq!(r, Err(GilError::Closed));
    drop(fresh);
}

#[test]
fn thread_exit_while_attached_releases_the_gil() {
    let i = InterpreterState::new();
    {
        let i = i.clone();
        std::thread::spawn(move || i.thread_state().unwrap().attach().unwrap())
            .join()
            .unwrap();
    }
    let ts = i.thread_state().unwrap();
    assert_eq!(ts.attach_timeout(Duration::from_secs(5)), Ok(true));
    ts.detach().unwrap();
    i.close().unwrap();
}

#[test]
fn attach_timeout_gives_up() {
    let i = InterpreterState::new();
    let ts = i.thread_state().unwrap();
    ts.attach().unwrap();
    let j = i.clone();
    let gave_up = std::thread::spawn(move || {
        let t = j.thread_state().unwrap();
        t.attach_timeout(Duration::from_millis(30))
    })
    .join()
    .unwrap();
    assert_eq!(gave_up, Ok(false));
    assert_eq!(i.attached_count(), 1);
    ts.detach().unwrap();
}

#[test]
fn switch_interval_settable_and_readable() {
    let i = InterpreterState::new();
    assert_eq!(i.gil().switch_interval(), Duration::from_millis(5));
    i.gil()
        .set_switch_interval(Duration::from_micros(250))
        .unwrap();
    assert_eq!(i.gil().switch_interval(), Duration::from_micros(250));
    assert_eq!(
        i.gil().set_switch_interval(Duration::ZERO),
        Err(GilError::InvalidInterval)
    );
}

#[test]
fn drop_request_makes_the_holder_switch() {
    // A holder spinning on check points must let a waiter in within a few intervals.
    let i = InterpreterState::new();
    i.gil()
        .set_switch_interval(Duration::from_micros(200))
        .unwrap();
    let ts = i.thread_state().unwrap();
    ts.attach().unwrap();
    let j = i.clone();
    let waiter = std::thread::spawn(move || {
        let t = j.thread_state().unwrap();
        t.attach().unwrap();
        t.detach().unwrap();
    });
    let mut r = Recorder::default();
    while !waiter.is_finished() {
        ts.check_point(&mut r).unwrap();
        std::hint::spin_loop();
    }
    waiter.join().unwrap();
    assert!(i.gil().snapshot().switch_number >= 2);
    ts.detach().unwrap();
}

#[test]
fn tripped_signal_runs_handlers_on_the_signal_target_only() {
    // The only test that installs the process-wide target (once per process).
    let i = InterpreterState::new();
    let main = i.thread_state().unwrap();
    i.make_signal_target(&main).unwrap();
    assert!(i.make_signal_target(&main).is_err(), "installed twice");
    // Tripped while nobody is attached: the attach recomputes the bit.
    gil::signals::trip_signal(2);
    main.attach().unwrap();
    let mut r = Recorder::default();
    main.check_point(&mut r).unwrap();
    assert_eq!(r.log, ["signals"]);
    let s = gil::signals::process_signals().unwrap();
    assert_eq!(s.take_tripped(), vec![2]);
    // Tripped while attached: the breaker is set directly.
    gil::signals::trip_signal(15);
    assert!(main.breaker().is_set(gil::breaker::SIGNALS_PENDING));
    main.detach().unwrap();
    // Another thread of the same interpreter does not run signal handlers.
    let j = i.clone();
    let log = std::thread::spawn(move || {
        let t = j.thread_state().unwrap();
        t.attach().unwrap();
        t.handle().request(gil::breaker::SIGNALS_PENDING);
        let mut r = Recorder::default();
        t.check_point(&mut r).unwrap();
        t.detach().unwrap();
        r.log
    })
    .join()
    .unwrap();
    assert!(log.is_empty());
    assert_eq!(s.take_tripped(), vec![15]);
}
