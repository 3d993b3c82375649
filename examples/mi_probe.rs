//! Interpreter create+close time and RSS per idle interpreter, for oxpy: the
//! same two figures, by the same method, as bench/mi_probe.py prints for
//! CPython (the `--oxpy-mi` hook of bench/run.py).
//!
//!     cargo run --release --example mi_probe
//!
//! An interpreter counts as created once a thread has attached and its
//! `builtins` and `sys` exist (what `concurrent.interpreters.create()`
//! returns in CPython), and as closed once it is dropped. The RSS figure
//! keeps 200 interpreters alive (CPython's probe: 20), because mimalloc
//! serves the first few megabytes from pages it already holds, which would
//! hide the growth of 20 small interpreters.

use std::time::Instant;

// As the `oxpy` binary does; a host chooses its own allocator.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

const ALIVE: usize = 200;
const CYCLES: usize = 30;
const WARMUP_CYCLES: usize = 3;

fn rss_kib() -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.split_whitespace().next())
        .and_then(|v| v.parse().ok())
        .unwrap_or(f64::NAN)
}

fn create() -> oxpy::Interpreter {
    let i = oxpy::Interpreter::new();
    i.with(|_vm| ());
    i
}

fn main() {
    drop(create()); // one-time costs (type tables, thread-local caches) first
    let base = rss_kib();
    let alive: Vec<_> = (0..ALIVE).map(|_| create()).collect();
    let full = rss_kib();
    drop(alive);

    for _ in 0..WARMUP_CYCLES {
        drop(create());
    }
    let mut times: Vec<f64> = (0..CYCLES)
        .map(|_| {
            let t = Instant::now();
            drop(create());
            t.elapsed().as_secs_f64()
        })
        .collect();
    times.sort_by(f64::total_cmp);
    let median = times[times.len() / 2];
    println!("create_close_us {:.1}", median * 1e6);
    println!("idle_rss_kib {:.1}", (full - base) / ALIVE as f64);
}
