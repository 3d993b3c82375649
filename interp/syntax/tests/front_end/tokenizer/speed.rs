//! Tokenizer throughput over CPython 3.14's Lib (a measurement, not a timed
//! assertion). Runs when the Lib is found (OXPY_CPYTHON_LIB, or the default
//! install under /opt/cpython-3.14); prints MB/s:
//!
//!   cargo test -p syntax --release --test front_end tokenizer::speed -- --ignored --nocapture

use crate::support::files::{cpython_lib, py_files};
use std::time::Instant;
use syntax::tokenizer::{TokenKind, Tokenizer};

/// CPU time of this thread in seconds (Linux schedstat), so that other
/// processes on a busy machine do not count; None elsewhere.
fn thread_cpu_secs() -> Option<f64> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let ns: f64 = s.split_whitespace().next()?.parse().ok()?;
    Some(ns / 1e9)
}

#[test]
#[ignore = "a measurement, not a test: run with --release -- --ignored --nocapture"]
fn tokenize_lib_throughput() {
    if cfg!(debug_assertions) {
        eprintln!("debug build: throughput is only measured with --release");
        return;
    }
    let lib = cpython_lib();
    if !lib.join("os.py").exists() {
        eprintln!("no CPython Lib at {}: skipping", lib.display());
        return;
    }
    let files = py_files(&lib, &[]);
    let sources: Vec<Vec<u8>> = files.iter().filter_map(|p| std::fs::read(p).ok()).collect();
    let total: usize = sources.iter().map(Vec::len).sum();
    let mut best = f64::MAX;
    let mut best_cpu = f64::MAX;
    let mut tokens = 0usize;
    for _ in 0..5 {
        let t0 = Instant::now();
        let c0 = thread_cpu_secs();
        tokens = 0;
        for src in &sources {
            let Ok(mut tk) = Tokenizer::new(src) else {
                continue;
            };
            loop {
                match tk.next_token() {
                    Ok(t) if t.kind == TokenKind::EndMarker => break,
                    Ok(_) => tokens += 1,
                    Err(_) => break,
                }
            }
        }
        best = best.min(t0.elapsed().as_secs_f64());
        if let (Some(c0), Some(c1)) = (c0, thread_cpu_secs()) {
            best_cpu = best_cpu.min(c1 - c0);
        }
    }
    eprintln!(
        "tokenized {} files, {:.1} MB, {} tokens in {:.3} s: {:.0} MB/s, {:.1} Mtokens/s",
        sources.len(),
        total as f64 / 1e6,
        tokens,
        best,
        total as f64 / 1e6 / best,
        tokens as f64 / 1e6 / best
    );
    if best_cpu < f64::MAX {
        eprintln!(
            "  by CPU time: {best_cpu:.3} s, {:.0} MB/s",
            total as f64 / 1e6 / best_cpu
        );
    }
    assert!(tokens > 0);
}
