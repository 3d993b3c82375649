//! Runs front-end inputs on a worker thread with a time limit, catching panics.
//!
//! Each input goes through what `oxpy-ast` does (`reference::run`, src/bin/oxpy-ast/reference.rs: tokenize, parse,
//! dump or format the error) and is run twice to check the result is deterministic. A
//! panic is a finding; so is an input that takes longer than the limit (a hang, or
//! exponential backtracking). A stack overflow would kill the process: the caller writes
//! each input to a file before running it so the culprit survives.
#![allow(dead_code)]

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::mpsc::{Receiver, Sender, channel};
use std::time::Duration;

/// What happened to one input.
#[derive(Debug, PartialEq, Eq)]
pub enum Outcome {
    Parsed,
    Rejected,
    Panicked(String),
    Nondeterministic,
    TimedOut,
}

pub struct Runner {
    to_worker: Sender<Vec<u8>>,
    from_worker: Receiver<Outcome>,
    limit: Duration,
}

impl Runner {
    pub fn new(limit: Duration) -> Runner {
        let (to_worker, inputs) = channel::<Vec<u8>>();
        let (results, from_worker) = channel();
        std::thread::Builder::new()
            .name("fuzz-worker".into())
            .spawn(move || {
                for input in inputs {
                    if results.send(run_one(&input)).is_err() {
                        break;
                    }
                }
            })
            .expect("spawn fuzz worker");
        Runner {
            to_worker,
            from_worker,
            limit,
        }
    }

    /// Runs `input`. After `TimedOut` the worker is still busy: make a new Runner (the stuck
    /// thread is abandoned).
    pub fn run(&self, input: Vec<u8>) -> Outcome {
        if self.to_worker.send(input).is_err() {
            return Outcome::Panicked("worker gone".into());
        }
        self.from_worker
            .recv_timeout(self.limit)
            .unwrap_or(Outcome::TimedOut)
    }
}

fn run_one(input: &[u8]) -> Outcome {
    let first = catch_unwind(AssertUnwindSafe(|| super::reference::run(input, "fuzz.py")));
    let first = match first {
        Ok(r) => r,
        Err(p) => return Outcome::Panicked(panic_message(p)),
    };
    match catch_unwind(AssertUnwindSafe(|| super::reference::run(input, "fuzz.py"))) {
        Ok(second) if second == first => {}
        Ok(_) => return Outcome::Nondeterministic,
        Err(p) => return Outcome::Panicked(panic_message(p)),
    }
    if first.exit_code == 0 {
        Outcome::Parsed
    } else {
        Outcome::Rejected
    }
}

fn panic_message(p: Box<dyn std::any::Any + Send>) -> String {
    p.downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| p.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "non-string panic".into())
}
