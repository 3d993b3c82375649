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

pub static MODULE_DEF: ModuleDef = ModuleDef { name: "_signal", doc: None, methods: &[], exec: None };
