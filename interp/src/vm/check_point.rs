//! The eval loop's check point: handling eval-breaker requests (signals,
//! pending calls, forced GIL switches, stop requests) through the `gil` crate.
//!
//! CPython: Python/ceval_gil.c `_Py_HandlePending`.

use super::{PyResult, Vm};
use crate::errors::PyErr;
use crate::objects::exceptions;

struct Handler<'a> {
    vm: &'a Vm,
}

impl gil::CheckPointHandler for Handler<'_> {
    type Error = PyErr;

    fn signals(&mut self, _ts: &gil::ThreadState) -> Result<(), PyErr> {
        crate::modules::signal::run_signal_handlers(self.vm)
    }

    fn pending_call_failed(&mut self, _ts: &gil::ThreadState) -> PyErr {
        self.vm.runtime_error("a pending call failed")
    }

    fn gc(&mut self, _ts: &gil::ThreadState) -> Result<(), PyErr> {
        Ok(())
    }

    fn async_exception(&mut self, _ts: &gil::ThreadState) -> Result<(), PyErr> {
        match self.vm.async_exc.take() {
            Some(e) => Err(e),
            None => Ok(()),
        }
    }

    fn host_interrupt(&mut self, _ts: &gil::ThreadState) -> Result<(), PyErr> {
        Err(self.vm.new_exception(exceptions::KEYBOARD_INTERRUPT.get(), vec![]))
    }

    fn reattach_failed(&mut self, _ts: &gil::ThreadState, _err: gil::GilError) -> PyErr {
        self.vm.runtime_error("could not take the GIL back after a switch")
    }
}

impl Vm {
    /// Handles pending eval-breaker requests (called only when the breaker
    /// word is non-zero).
    #[cold]
    pub fn check_point(&self) -> PyResult<()> {
        let mut h = Handler { vm: self };
        self.ts.check_point(&mut h)
    }
}
