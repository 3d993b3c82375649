//! Recursion limits: Python frames against `sys.getrecursionlimit()`, and
//! native re-entry against the native stack actually left.
//!
//! CPython: Python/ceval.c (`_Py_EnterRecursivePy`, `_Py_CheckRecursiveCall`).

use super::{PyResult, Vm};

/// Native stack kept free: below it, native re-entry raises RecursionError
/// rather than risk overflowing the stack.
const NATIVE_RED_ZONE: usize = 256 * 1024;

impl Vm {
    /// Entering a Python frame (CPython `_Py_EnterRecursivePy`).
    #[inline]
    pub fn check_recursion(&self) -> PyResult<()> {
        let r = self.recursion_remaining.get();
        if r <= 0 && self.recursion_headroom.get() == 0 {
            return Err(self.recursion_overflow(""));
        }
        self.recursion_remaining.set(r - 1);
        Ok(())
    }

    #[inline]
    pub fn leave_recursion(&self) {
        self.recursion_remaining.set(self.recursion_remaining.get() + 1);
    }

    #[cold]
    fn recursion_overflow(&self, where_: &str) -> crate::errors::PyErr {
        self.recursion_headroom.set(self.recursion_headroom.get() + 1);
        let e = self.recursion_error(format!("maximum recursion depth exceeded{where_}"));
        self.recursion_headroom.set(self.recursion_headroom.get() - 1);
        e
    }

    /// Runs `f` one native level deeper; RecursionError instead of a native
    /// stack overflow (CPython `_Py_EnterRecursiveCall`).
    #[inline]
    pub fn with_native_recursion<R>(&self, where_: &str, f: impl FnOnce() -> PyResult<R>) -> PyResult<R> {
        let remaining = stacker::remaining_stack().unwrap_or(usize::MAX);
        if remaining < NATIVE_RED_ZONE {
            if remaining < NATIVE_RED_ZONE / 4 || self.recursion_headroom.get() == 0 {
                return Err(self.recursion_overflow(where_));
            }
        }
        let d = self.native_depth.get();
        self.native_depth.set(d + 1);
        let r = f();
        self.native_depth.set(d);
        r
    }

    /// `sys.setrecursionlimit(n)`.
    pub fn set_recursion_limit(&self, n: i32) {
        let old = self.state().recursion_limit.get();
        self.state().recursion_limit.set(n);
        self.recursion_remaining.set(self.recursion_remaining.get() + (n - old));
    }

    /// The current Python recursion depth.
    pub fn recursion_depth(&self) -> i32 {
        self.state().recursion_limit.get() - self.recursion_remaining.get()
    }
}
