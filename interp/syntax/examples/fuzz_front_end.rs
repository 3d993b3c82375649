//! Mutation fuzzer for the front end (tokenizer, parser, AST dump), on stable Rust.
//!
//!     cargo run --release -p syntax --example fuzz_front_end -- [--seconds N] [--seed S]
//!         [--limit-ms MS] [--seeds DIR]... [--out DIR]
//!
//! Seeds are every `.py` under tests/ast (plus any `--seeds DIR`, e.g. CPython's Lib). Each
//! input is a mutated seed (see tests/front_end/support/mutator.rs) run as `oxpy-ast` runs it, twice.
//! Findings (panics, inputs slower than the limit, nondeterminism) are written to
//! `OUT/findings/`. Before each input runs it is written to `OUT/current.py`, so if the
//! process dies (stack overflow, abort) that file is the culprit. Exit code 1 if anything
//! was found.

/// The test binary's shared helpers: the mutator, the runner and the
/// reference script.
#[path = "../tests/front_end/support/mod.rs"]
#[allow(dead_code)]
mod support;

use std::path::PathBuf;
use std::time::{Duration, Instant};
use support::mutator;
use support::runner::{Outcome, Runner};

fn main() {
    let mut seconds = 60u64;
    let mut seed = 1u64;
    let mut limit_ms = 5000u64;
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut seed_dirs = vec![root.join("tests/ast")];
    let mut out = root.join("target/fuzz");
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let mut val = || args.next().unwrap_or_else(|| usage(&a));
        match a.as_str() {
            "--seconds" => seconds = val().parse().unwrap_or_else(|_| usage("--seconds")),
            "--seed" => seed = val().parse().unwrap_or_else(|_| usage("--seed")),
            "--limit-ms" => limit_ms = val().parse().unwrap_or_else(|_| usage("--limit-ms")),
            "--seeds" => seed_dirs.push(PathBuf::from(val())),
            "--out" => out = PathBuf::from(val()),
            _ => usage(&a),
        }
    }
    let mut seeds = Vec::new();
    for d in &seed_dirs {
        mutator::load_seeds(d, &mut seeds);
    }
    if seeds.is_empty() {
        eprintln!("no seed files found");
        std::process::exit(2);
    }
    let findings_dir = out.join("findings");
    std::fs::create_dir_all(&findings_dir).expect("create output directory");
    let current = out.join("current.py");
    let limit = Duration::from_millis(limit_ms);
    println!(
        "fuzz_front_end: {} seeds, seed {seed}, {seconds} s, limit {limit_ms} ms",
        seeds.len()
    );

    let mut rng = mutator::Rng::new(seed);
    let mut runner = Runner::new(limit);
    let (mut tried, mut parsed, mut rejected, mut found) = (0u64, 0u64, 0u64, 0u64);
    let start = Instant::now();
    let mut last_report = start;
    while start.elapsed() < Duration::from_secs(seconds) {
        let a = &seeds[rng.below(seeds.len())];
        let b = &seeds[rng.below(seeds.len())];
        let input = mutator::mutate(&mut rng, a, b);
        let _ = std::fs::write(&current, &input);
        let outcome = runner.run(input.clone());
        tried += 1;
        let kind = match outcome {
            Outcome::Parsed => {
                parsed += 1;
                None
            }
            Outcome::Rejected => {
                rejected += 1;
                None
            }
            Outcome::TimedOut => {
                runner = Runner::new(limit);
                Some("timeout".to_string())
            }
            Outcome::Nondeterministic => Some("nondeterministic".to_string()),
            Outcome::Panicked(msg) => Some(format!("panic: {msg}")),
        };
        if let Some(kind) = kind {
            found += 1;
            let name = findings_dir.join(format!("{found:04}.py"));
            let _ = std::fs::write(&name, &input);
            println!("FOUND {kind}: {}", name.display());
        }
        if last_report.elapsed() > Duration::from_secs(10) {
            last_report = Instant::now();
            report(start, tried, parsed, rejected, found);
        }
    }
    let _ = std::fs::remove_file(&current);
    report(start, tried, parsed, rejected, found);
    if found > 0 {
        std::process::exit(1);
    }
}

fn report(start: Instant, tried: u64, parsed: u64, rejected: u64, found: u64) {
    let s = start.elapsed().as_secs_f64();
    println!(
        "{s:7.0} s  {tried} inputs ({:.0}/s)  parsed {parsed}  rejected {rejected}  findings {found}",
        tried as f64 / s.max(1e-9)
    );
}

fn usage(arg: &str) -> ! {
    eprintln!(
        "bad argument {arg:?}\nusage: fuzz_front_end [--seconds N] [--seed S] [--limit-ms MS] [--seeds DIR]... [--out DIR]"
    );
    std::process::exit(2);
}
