//! The `_signal` module, first part: running the handlers of signals the
//! process received, at the eval loop's check points.
//!
//! CPython: Modules/signalmodule.c. Signals are caught process-wide by the
//! `gil` crate (it trips a flag and sets the main interpreter's eval
//! breaker); the handlers run here, in the main thread of the main
//! interpreter, as in CPython. Until `signal.signal` exists the only
//! handler is the default SIGINT one, which raises KeyboardInterrupt.

use crate::objects::exceptions;
use crate::vm::{PyResult, Vm};

use super::ModuleDef;

const SIGINT: usize = 2;

/// Runs the Python-level handlers of tripped signals (CPython
/// `_PyErr_CheckSignalsTstate`).
pub fn run_signal_handlers(vm: &Vm) -> PyResult<()> {
    let Some(state) = gil::signals::process_signals() else {
        return Ok(());
    };
    for signum in state.take_tripped() {
        if signum == SIGINT {
            return Err(vm.new_exception(exceptions::KEYBOARD_INTERRUPT.get(), vec![]));
        }
    }
    Ok(())
}

/// The C-level handler: marks the signal pending for the process (the `gil`
/// crate sets the target thread's eval breaker). Async-signal-safe.
extern "C" fn trip(signum: libc::c_int) {
    gil::signals::trip_signal(signum as usize);
}

/// Makes the calling thread of `vm`'s interpreter the process's signal
/// target and installs oxpy's SIGINT handler, as CPython's main interpreter
/// does at start-up (`signal_install_handlers`). Returns false when the
/// process already has a signal target (another interpreter is main).
pub fn install_main_handlers(vm: &Vm) -> bool {
    if vm.interpreter().gil_state().make_signal_target(vm.thread_state()).is_err() {
        return false;
    }
    // SAFETY: `trip` only touches atomics (gil::signals::trip_signal is
    // async-signal-safe), and the sigaction struct is fully initialised.
    unsafe {
        // An ignored SIGINT stays ignored (CPython checks the inherited
        // disposition too: a background job must not become interruptible).
        let mut old: libc::sigaction = std::mem::zeroed();
        if libc::sigaction(libc::SIGINT, std::ptr::null(), &mut old) == 0 && old.sa_sigaction == libc::SIG_IGN {
            return true;
        }
        let mut sa: libc::sigaction = std::mem::zeroed();
        sa.sa_sigaction = trip as extern "C" fn(libc::c_int) as libc::sighandler_t;
        sa.sa_flags = libc::SA_ONSTACK;
        libc::sigemptyset(&mut sa.sa_mask);
        libc::sigaction(libc::SIGINT, &sa, std::ptr::null_mut());
    }
    true
}

/// Restores the default SIGINT action and kills the process with SIGINT, as
/// CPython's `pymain_main` does after an uncaught KeyboardInterrupt (the
/// parent then sees death by signal, exit status 130 in a shell).
pub fn exit_by_sigint() -> ! {
    // SAFETY: plain libc calls; SIG_DFL is always a valid disposition.
    unsafe {
        libc::signal(libc::SIGINT, libc::SIG_DFL);
        libc::kill(libc::getpid(), libc::SIGINT);
    }
    std::process::exit(130)
}

pub static MODULE_DEF: ModuleDef = ModuleDef { name: "_signal", doc: None, methods: &[], exec: None };
