//! oxpy's GIL runtime core: per-interpreter GILs, eval breakers, thread states and pending
//! calls. It knows nothing about Python objects; the `interp` crate builds on it.
//!
//! - [`gil`]: the GIL itself (CPython Python/ceval_gil.c `take_gil`/`drop_gil`).
//! - [`breaker`]: the eval-breaker word and its bits.
//! - [`pystate`]: interpreters and thread states (CPython Python/pystate.c): attach, detach,
//!   swap, check points, handles for other threads.
//! - [`pending`]: pending-call queues.
//! - [`signals`]: async-signal-safe tripped-signal bookkeeping.
//!
//! Synchronisation comes from the private `sync` module only, so that `--cfg loom` builds run the real protocol
//! under the loom model checker (see the `loom-tests` crate and docs/gil.md).

#![warn(missing_docs)]

pub mod breaker;
pub mod error;
pub mod gil;
pub mod pending;
pub mod pystate;
pub mod signals;
mod sync;

pub use breaker::EvalBreaker;
pub use error::GilError;
pub use gil::{DEFAULT_SWITCH_INTERVAL, Gil, GilSnapshot, Holder};
pub use pending::{CallFailed, PendingCall};
pub use pystate::{CheckPointHandler, InterpreterState, ThreadState, ThreadStateHandle};

/// Re-exported so loom models build `Holder`s with the same `Arc` the crate uses.
pub use sync::Arc;
