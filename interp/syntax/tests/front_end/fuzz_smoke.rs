//! A short, deterministic run of the front-end fuzzer (the long run is
//! `cargo run --release -p syntax --example fuzz_front_end`): mutated corpus programs must
//! never panic, hang or give different results on a second run.

use crate::support::files::corpus_dir;
use crate::support::mutator;
use crate::support::runner::{Outcome, Runner};
use std::time::Duration;

#[test]
fn mutated_corpus_never_panics_or_hangs() {
    let mut seeds = Vec::new();
    mutator::load_seeds(&corpus_dir(), &mut seeds);
    assert!(seeds.len() > 100, "corpus not found");
    let mut rng = mutator::Rng::new(0x0C_0FFEE);
    let mut runner = Runner::new(Duration::from_secs(10));
    let mut findings = Vec::new();
    let (mut parsed, mut rejected) = (0, 0);
    for _ in 0..3000 {
        let a = &seeds[rng.below(seeds.len())];
        let b = &seeds[rng.below(seeds.len())];
        let input = mutator::mutate(&mut rng, a, b);
        match runner.run(input.clone()) {
            Outcome::Parsed => parsed += 1,
            Outcome::Rejected => rejected += 1,
            Outcome::TimedOut => {
                findings.push(("timed out", input));
                runner = Runner::new(Duration::from_secs(10));
            }
            other => findings.push((
                if matches!(other, Outcome::Nondeterministic) {
                    "nondeterministic"
                } else {
                    "panicked"
                },
                input,
            )),
        }
        if findings.len() >= 3 {
            break;
        }
    }
    for (what, input) in &findings {
        eprintln!(
            "{what}: {:?}",
            String::from_utf8_lossy(&input[..input.len().min(300)])
        );
    }
    assert!(findings.is_empty(), "{} findings", findings.len());
    // The mutator must exercise both outcomes, or the test proves little.
    assert!(
        parsed > 100 && rejected > 100,
        "parsed {parsed}, rejected {rejected}"
    );
}
