//! GIL benchmarks (criterion). Run: `cargo bench -p gil --bench gil`.
//!
//! - take_release_uncontended: one thread taking and releasing a free GIL.
//! - check_point_idle: the eval loop's check with nothing pending.
//! - handoff_latency: from a drop request being handled by the holder to the waiter running.
//! - throughput ratio (two threads on two GILs vs two threads on one GIL): printed by
//!   `cargo run --release --example gil_parallel -p gil`, since it is a ratio, not a time.

use std::hint::black_box;
use std::sync::Arc as StdArc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use criterion::{Criterion, criterion_group, criterion_main};
use gil::breaker::DROP_REQUEST;
use gil::{Arc, EvalBreaker, Gil, Holder};

fn take_release(c: &mut Criterion) {
    let gil = Gil::new();
    let breaker = Arc::new(EvalBreaker::new());
    let me = Holder {
        id: 1,
        breaker: &breaker,
    };
    c.bench_function("take_release_uncontended", |b| {
        b.iter(|| {
            gil.take(black_box(me)).unwrap();
            gil.release(black_box(1), false).unwrap();
        })
    });
}

fn check_point(c: &mut Criterion) {
    let breaker = EvalBreaker::new();
    c.bench_function("check_point_idle", |b| {
        b.iter(|| black_box(&breaker).get() != 0)
    });
}

/// Measures, over many hand-offs, the time from the waiter starting to wait (with a tiny
/// switch interval) to it holding the GIL while the holder spins on check points.
fn handoff(c: &mut Criterion) {
    c.bench_function("handoff_latency", |b| {
        b.iter_custom(|iters| {
            let gil = StdArc::new(Gil::new());
            gil.set_switch_interval(Duration::from_micros(50)).unwrap();
            let stop = StdArc::new(AtomicBool::new(false));
            let got = StdArc::new(AtomicU64::new(0));
            // Holder: holds the GIL and spins on check points, honouring drop requests.
            let holder = {
                let (gil, stop) = (StdArc::clone(&gil), StdArc::clone(&stop));
                std::thread::spawn(move || {
                    let br = Arc::new(EvalBreaker::new());
                    let me = Holder {
                        id: 1,
                        breaker: &br,
                    };
                    gil.take(me).unwrap();
                    while !stop.load(Ordering::Relaxed) {
                        if br.take(DROP_REQUEST) {
                            gil.release(1, true).unwrap();
                            gil.take(me).unwrap();
                        }
                        std::hint::spin_loop();
                    }
                    gil.release(1, false).unwrap();
                })
            };
            let br = Arc::new(EvalBreaker::new());
            let me = Holder {
                id: 2,
                breaker: &br,
            };
            // Let the holder take it first.
            while !gil.snapshot().locked {
                std::thread::yield_now();
            }
            let mut total = Duration::ZERO;
            for _ in 0..iters {
                let t = Instant::now();
                gil.take(me).unwrap();
                total += t.elapsed();
                got.fetch_add(1, Ordering::Relaxed);
                gil.release(2, false).unwrap();
                // Give the holder time to retake so the next iteration measures a hand-off.
                while gil.snapshot().holder != 1 {
                    std::thread::yield_now();
                }
            }
            stop.store(true, Ordering::Relaxed);
            holder.join().unwrap();
            total
        })
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().measurement_time(Duration::from_secs(3)).warm_up_time(Duration::from_secs(1));
    targets = take_release, check_point, handoff
}
criterion_main!(benches);
