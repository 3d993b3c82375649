//! Errors of the GIL and thread-state layer.

use std::fmt;

/// Why a GIL or thread-state operation was refused. None of these is a panic: a host or the
/// interpreter above decides what to do (typically raise a Python exception).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GilError {
    /// The interpreter is closing or closed: its GIL can no longer be taken.
    Closed,
    /// The thread already holds this GIL.
    AlreadyHeld,
    /// Release by a thread that does not hold the GIL.
    NotHeld,
    /// Close refused: a thread holds the GIL (runs in the interpreter or is attached).
    Running,
    /// This OS thread already has an attached thread state (of this or another interpreter).
    AlreadyAttached,
    /// The operation needs this thread state to be the attached one on this OS thread.
    NotAttached,
    /// A switch interval of zero.
    InvalidInterval,
    /// A bounded pending-call queue is full; try again later (CPython returns -1).
    QueueFull,
}

impl fmt::Display for GilError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            GilError::Closed => "the interpreter is closed",
            GilError::AlreadyHeld => "this thread already holds the GIL",
            GilError::NotHeld => "this thread does not hold the GIL",
            GilError::Running => "the interpreter is running",
            GilError::AlreadyAttached => "a thread state is already attached on this thread",
            GilError::NotAttached => "the thread state is not attached on this thread",
            GilError::InvalidInterval => "switch interval must be strictly positive",
            GilError::QueueFull => "the pending-call queue is full",
        })
    }
}

impl std::error::Error for GilError {}
