//! The same CPU-bound Python function, run three ways:
//!
//! 1. once, in one interpreter on one thread (the baseline);
//! 2. twice at once, in two interpreters on two threads: each interpreter
//!    has its own GIL, so on two cores this takes about as long as one run;
//! 3. twice at once, in *one* interpreter from two host threads: the threads
//!    take turns on that interpreter's GIL, so it takes about twice as long.
//!
//! Run: `cargo run --release --example parallel`

use std::time::{Duration, Instant};

// As the `oxpy` binary does; a host chooses its own allocator.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use oxpy::Interpreter;

const SOURCE: &str = "
def collatz_steps(limit):
    total = 0
    for n in range(1, limit):
        while n != 1:
            n = n // 2 if n % 2 == 0 else 3 * n + 1
            total += 1
    return total
";

const CALL: &str = "collatz_steps(60000)";

fn timed(f: impl FnOnce()) -> Duration {
    let t = Instant::now();
    f();
    t.elapsed()
}

fn main() {
    let one = Interpreter::new();
    one.exec(SOURCE).expect("define the function");
    let expected = one.eval(CALL).expect("warm-up run");

    let base = timed(|| assert_eq!(one.eval(CALL).unwrap(), expected));

    let (a, b) = (Interpreter::new(), Interpreter::new());
    for i in [&a, &b] {
        i.exec(SOURCE).unwrap();
    }
    let two_interpreters = timed(|| {
        std::thread::scope(|s| {
            for i in [&a, &b] {
                let expected = &expected;
                s.spawn(move || assert_eq!(&i.eval(CALL).unwrap(), expected));
            }
        })
    });

    let shared = timed(|| {
        std::thread::scope(|s| {
            for _ in 0..2 {
                let (one, expected) = (&one, &expected);
                s.spawn(move || assert_eq!(&one.eval(CALL).unwrap(), expected));
            }
        })
    });

    let speedup = |d: Duration| 2.0 * base.as_secs_f64() / d.as_secs_f64();
    println!("{CALL} = {expected}");
    println!("one run, one interpreter:                  {:7.3} s", base.as_secs_f64());
    println!(
        "two runs, two interpreters, two threads:   {:7.3} s  speed-up {:.2}x (own GILs: parallel)",
        two_interpreters.as_secs_f64(),
        speedup(two_interpreters)
    );
    println!(
        "two runs, one interpreter, two threads:    {:7.3} s  speed-up {:.2}x (one GIL: the threads take turns)",
        shared.as_secs_f64(),
        speedup(shared)
    );
}
