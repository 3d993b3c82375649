//! oxpy: a Python 3.14 runtime for Rust programs that run many isolated
//! interpreters in parallel.
//!
//! Each [`Interpreter`] has its own GIL, modules, builtins and objects; two
//! interpreters driven from two threads run Python at the same time. A
//! thread enters an interpreter for the length of a call ([`Interpreter::exec`],
//! [`Interpreter::eval`], [`Interpreter::with`]), holding that interpreter's
//! GIL and no other.
//!
//! ```
//! let a = oxpy::Interpreter::new();
//! let b = oxpy::Interpreter::new();
//! a.exec("x = 6 * 7").unwrap();
//! assert_eq!(a.eval("x").unwrap(), "42");
//! assert!(b.eval("x").is_err()); // b has no x: nothing is shared
//! ```
//!
//! The full embedding API (host functions and modules, stop handles, limits,
//! pools) is issue 10's; this is the part the interpreter core needs now.

use std::fmt;
use std::sync::Arc;

pub use interp::Config;

/// A Python exception that reached the host: its type, `str()`, and the
/// traceback CPython would print for it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PyError {
    /// The exception's type (`ZeroDivisionError`, `mymod.MyError`).
    pub type_name: String,
    /// `str(exc)`.
    pub message: String,
    /// The whole report, as `sys.excepthook` prints it.
    pub traceback: String,
}

impl fmt::Display for PyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.message.is_empty() { write!(f, "{}", self.type_name) } else { write!(f, "{}: {}", self.type_name, self.message) }
    }
}

impl std::error::Error for PyError {}

/// One Python interpreter. Cheap to clone (clones share the interpreter);
/// `Send + Sync`, so any thread may enter it.
#[derive(Clone)]
pub struct Interpreter {
    inner: Arc<interp::Interpreter>,
}

impl Default for Interpreter {
    fn default() -> Self {
        Self::new()
    }
}

impl Interpreter {
    /// A new interpreter with the default configuration (the embedded
    /// standard library on `sys.path`).
    pub fn new() -> Interpreter {
        let config = Config { path: vec![interp::import::stdlib_dir().to_string()], ..Config::default() };
        Self::with_config(config)
    }

    /// A new interpreter with `config`.
    pub fn with_config(config: Config) -> Interpreter {
        Interpreter { inner: interp::lifecycle::new_interpreter(config) }
    }

    /// Runs `f` with the calling thread attached to this interpreter.
    pub fn with<R>(&self, f: impl FnOnce(&interp::Vm) -> R) -> R {
        match interp::lifecycle::attach(&self.inner, f) {
            Ok(r) => r,
            // Attaching fails only for an interpreter that was closed, which
            // this API never does while an `Interpreter` exists.
            Err(e) => panic!("oxpy: cannot attach to the interpreter: {e}"),
        }
    }

    /// Runs `source` in this interpreter's `__main__` module.
    pub fn exec(&self, source: &str) -> Result<(), PyError> {
        self.with(|vm| interp::run::exec_main(vm, source, "<string>").map_err(|e| py_error(vm, e)))
    }

    /// Evaluates the expression `source` in `__main__` and returns its `repr()`.
    pub fn eval(&self, source: &str) -> Result<String, PyError> {
        self.with(|vm| interp::run::eval_main_repr(vm, source).map_err(|e| py_error(vm, e)))
    }
}

fn py_error(vm: &interp::Vm, e: interp::PyErr) -> PyError {
    let v = e.value();
    PyError {
        type_name: v.ty().name().to_string(),
        message: vm.str(&v).map(|s| s.to_string_lossy()).unwrap_or_default(),
        traceback: interp::traceback::format_exception(vm, &v, true),
    }
}
