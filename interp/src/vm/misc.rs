//! Small VM services: the repr recursion guard, exception state for
//! finalizers, unraisable exceptions, warnings, the display hook.

use super::{PyResult, Vm};
use crate::errors::PyErr;
use crate::objects::value::Value;

/// Leaves the repr recursion guard when dropped.
pub struct ReprGuard<'a> {
    vm: &'a Vm,
    id: usize,
}

impl Drop for ReprGuard<'_> {
    fn drop(&mut self) {
        let mut v = self.vm.repr_stack.borrow_mut();
        if let Some(pos) = v.iter().rposition(|&x| x == self.id) {
            v.remove(pos);
        }
    }
}

impl Vm {
    /// `Py_ReprEnter`: `None` when `v` is already being repr'd on this thread
    /// (the caller prints `[...]` and the like).
    pub fn repr_enter(&self, v: &Value) -> Option<ReprGuard<'_>> {
        let id = v.id_word();
        let mut stack = self.repr_stack.borrow_mut();
        if stack.contains(&id) {
            return None;
        }
        stack.push(id);
        Some(ReprGuard { vm: self, id })
    }

    /// Saves the exception being handled, for code (finalizers) that must
    /// not disturb it.
    pub fn save_exception_state(&self) -> Vec<Option<Value>> {
        self.exc_info.borrow().clone()
    }

    pub fn restore_exception_state(&self, saved: Vec<Option<Value>>) {
        *self.exc_info.borrow_mut() = saved;
    }

    /// `PyErr_WriteUnraisable`: report an exception that cannot propagate
    /// (`sys.unraisablehook`; the default prints it).
    pub fn write_unraisable(&self, e: PyErr, msg: &str, obj: Option<&Value>) {
        let header = match obj {
            Some(o) => {
                let r = self.repr(o).map(|r| r.to_string_lossy()).unwrap_or_else(|_| "<object repr() failed>".into());
                format!("{msg}: {r}")
            }
            None => msg.to_string(),
        };
        let text = crate::traceback::format_exception(self, &e.value(), true);
        let out = format!("{header}\n{text}");
        crate::modules::sys::write_stderr(self, &out);
    }

    /// `PyErr_WarnEx(category, msg, stacklevel)`: a warning attributed to the
    /// calling Python code, printed once per location as CPython's default
    /// filters do, or raised when the filters say "error".
    pub fn warn(&self, category: &crate::objects::type_::TypeObject, msg: &str, stacklevel: usize) -> PyResult<()> {
        crate::modules::warnings::warn(self, category, msg, stacklevel)
    }

    /// `sys.displayhook(v)` for the interactive `PRINT` intrinsic.
    pub fn display_hook(&self, v: &Value) -> PyResult<()> {
        let hook = crate::modules::sys::get_sys_attr(self, "displayhook")?;
        self.call(&hook, std::slice::from_ref(v))?;
        Ok(())
    }
}
