//! GIL benchmarks (criterion). Run: `cargo bench -p gil --bench gil`.
//!
//! - take_release_uncontended: one thread taking and releasing a free GIL.
//! - check_point_idle: the eval loop's check with nothing pending.
//! - handoff_latency: from a drop request being handled by the holder to the waiter running.
//! - throughput_two_gils_vs_one_gil: two threads on two GILs against two threads on one GIL,
//!   printed as a ratio after the criterion benches (a ratio, not a time).

use std::hint::black_box;
use std::sync::Arc as StdArc;
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use criterion::{Criterion, criterion_group};
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

/// Hand-off latency: from the holder acting on a drop request (at a check point) to the
/// waiter running with the GIL. The switch interval the waiter first sleeps through is not
/// part of it: that is policy, not latency.
fn handoff(c: &mut Criterion) {
    c.bench_function("handoff_latency", |b| {
        b.iter_custom(|iters| {
            let gil = StdArc::new(Gil::new());
            gil.set_switch_interval(Duration::from_micros(20)).unwrap();
            let stop = StdArc::new(AtomicBool::new(false));
            let dropped_at = StdArc::new(Mutex::new(None::<Instant>));
            let holder = {
                let (gil, stop, dropped_at) = (
                    StdArc::clone(&gil),
                    StdArc::clone(&stop),
                    StdArc::clone(&dropped_at),
                );
                std::thread::spawn(move || {
                    let br = Arc::new(EvalBreaker::new());
                    let me = Holder {
                        id: 1,
                        breaker: &br,
                    };
                    gil.take(me).unwrap();
                    while !stop.load(Ordering::Relaxed) {
                        // The check point of a thread running bytecode.
                        if br.get() != 0 && br.take(DROP_REQUEST) {
                            *dropped_at.lock().unwrap() = Some(Instant::now());
                            gil.release(1, true).unwrap();
                            gil.take(me).unwrap();
                        }
                        std::hint::spin_loop();
                    }
                    gil.release(1, false).unwrap();
                })
            };
            while !gil.snapshot().locked {
                std::thread::yield_now();
            }
            let br = Arc::new(EvalBreaker::new());
            let me = Holder {
                id: 2,
                breaker: &br,
            };
            let mut total = Duration::ZERO;
            for _ in 0..iters {
                gil.take(me).unwrap();
                let t = dropped_at
                    .lock()
                    .unwrap()
                    .take()
                    .expect("the holder dropped for us");
                total += t.elapsed();
                gil.release(2, false).unwrap();
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

/// Throughput of two threads on two GILs against two threads on one GIL, as a ratio (the
/// issue's target is >= 1.9 on two cores). Each thread runs a fixed amount of CPU work with a
/// check point per unit, honouring drop requests, as the eval loop will.
fn throughput_ratio() {
    fn run(gils: &[StdArc<Gil>], units: u64) -> Duration {
        let start = Instant::now();
        std::thread::scope(|s| {
            for k in 0..2u64 {
                let gil = StdArc::clone(&gils[k as usize % gils.len()]);
                s.spawn(move || {
                    let br = Arc::new(EvalBreaker::new());
                    let me = Holder {
                        id: k + 1,
                        breaker: &br,
                    };
                    gil.take(me).unwrap();
                    let mut x = k;
                    for _ in 0..units {
                        for _ in 0..200 {
                            x = black_box(x.wrapping_mul(6364136223846793005).wrapping_add(1));
                        }
                        if br.get() != 0 && br.take(DROP_REQUEST) {
                            gil.release(k + 1, true).unwrap();
                            gil.take(me).unwrap();
                        }
                    }
                    gil.release(k + 1, false).unwrap();
                });
            }
        });
        start.elapsed()
    }
    let units = 300_000;
    let mut ratios: Vec<f64> = (0..5)
        .map(|_| {
            let shared = StdArc::new(Gil::new());
            let one = run(&[shared], units);
            let two = run(&[StdArc::new(Gil::new()), StdArc::new(Gil::new())], units);
            one.as_secs_f64() / two.as_secs_f64()
        })
        .collect();
    ratios.sort_by(f64::total_cmp);
    println!(
        "throughput_two_gils_vs_one_gil ratio: median {:.2}x (runs: {})",
        ratios[ratios.len() / 2],
        ratios
            .iter()
            .map(|r| format!("{r:.2}"))
            .collect::<Vec<_>>()
            .join(" ")
    );
}

criterion_group! {
    name = benches;
    config = Criterion::default().measurement_time(Duration::from_secs(3)).warm_up_time(Duration::from_secs(1));
    targets = take_release, check_point, handoff
}
fn main() {
    benches();
    throughput_ratio();
    Criterion::default().configure_from_args().final_summary();
}
