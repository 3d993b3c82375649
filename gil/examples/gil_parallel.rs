//! Two interpreters' GILs let two threads run in parallel; two threads under one GIL take
//! turns. Each thread runs CPU-bound "bytecode" (a loop of arithmetic with an eval-breaker
//! check point at every back-edge, as the VM will), and the program prints the speed-up of
//! each arrangement over one thread doing the same total work alone.
//!
//!     cargo run --release -p gil --example gil_parallel [-- UNITS]

use std::hint::black_box;
use std::time::{Duration, Instant};

use gil::{CheckPointHandler, GilError, InterpreterState, ThreadState};

struct Vm;
impl CheckPointHandler for Vm {
    type Error = GilError;
    fn pending_call_failed(&mut self, _: &ThreadState) -> GilError {
        GilError::Closed
    }
    fn reattach_failed(&mut self, _: &ThreadState, e: GilError) -> GilError {
        e
    }
}

/// One unit of "bytecode": some integer work, then a check point (loop back-edge).
fn run_units(ts: &ThreadState, units: u64) -> Result<u64, GilError> {
    let mut acc = 0u64;
    for u in 0..units {
        let mut x = u;
        for _ in 0..200 {
            x = black_box(
                x.wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407),
            );
        }
        acc ^= x;
        ts.check_point(&mut Vm)?;
    }
    Ok(acc)
}

/// Runs `threads` threads; thread k uses `interps[k % interps.len()]`. Returns wall time.
fn scenario(interps: &[InterpreterState], threads: usize, units: u64) -> Duration {
    let start = Instant::now();
    std::thread::scope(|s| {
        for k in 0..threads {
            let interp = interps[k % interps.len()].clone();
            s.spawn(move || {
                let ts = interp.thread_state().expect("interpreter open");
                ts.attach().expect("attach");
                black_box(run_units(&ts, units).expect("run"));
                ts.detach().expect("detach");
            });
        }
    });
    start.elapsed()
}

fn main() {
    let units: u64 = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(200_000);
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    println!("oxpy gil demo: {units} work units per thread, {cores} cores available");

    let one = InterpreterState::new();
    let baseline = scenario(std::slice::from_ref(&one), 1, 2 * units);
    println!(
        "one thread, one interpreter, {} units:       {:>8.1} ms",
        2 * units,
        ms(baseline)
    );

    let a = InterpreterState::new();
    let b = InterpreterState::new();
    let two_gils = scenario(&[a.clone(), b.clone()], 2, units);
    println!(
        "two threads, two interpreters (two GILs):    {:>8.1} ms  speed-up {:.2}x  (parallel)",
        ms(two_gils),
        ratio(baseline, two_gils)
    );

    let shared = InterpreterState::new();
    let one_gil = scenario(std::slice::from_ref(&shared), 2, units);
    println!(
        "two threads, one interpreter (one GIL):      {:>8.1} ms  speed-up {:.2}x  (taking turns: {} switches)",
        ms(one_gil),
        ratio(baseline, one_gil),
        shared.gil().snapshot().switch_number
    );
    println!(
        "throughput, two GILs vs one GIL:             {:.2}x",
        ratio(one_gil, two_gils)
    );
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

fn ratio(slow: Duration, fast: Duration) -> f64 {
    slow.as_secs_f64() / fast.as_secs_f64()
}
