//! oxpy's Python implementation: objects, the virtual machine, builtins,
//! native modules, the import system, tracebacks and the garbage collector.
//!
//! The map from CPython's tree to these files is in docs/architecture.md;
//! the rules every file follows (ownership, values, frames) are in
//! DESIGN.md sections 2 to 4.

pub mod builtins;
pub mod errors;
pub mod gc;
pub mod import;
pub mod lifecycle;
pub mod modules;
pub mod objects;
pub mod run;
pub mod state;
pub mod suggestions;
pub mod traceback;
pub mod vm;

pub use errors::PyErr;
pub use objects::value::{PyObject, PyRef, Value};
pub use state::{Config, Interpreter};
pub use vm::{FuncArgs, PyResult, Vm};
