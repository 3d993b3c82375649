//! Interpreter create+close time and RSS per idle interpreter, for oxpy: the
//! same two figures, by the same method, as bench/mi_probe.py prints for
//! CPython (the `--oxpy-mi` hook of bench/run.py).
//!
//!     cargo run --release --example mi_probe
//!
//! An interpreter counts as created once a thread has attached and its
//! `builtins` and `sys` exist (what `concurrent.interpreters.create()`
//! returns in CPython), and as closed once it is dropped.

use std::time::Instant;

const ALIVE: usize = 20;
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
