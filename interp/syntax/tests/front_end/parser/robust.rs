//! Mutation loop over the AST corpus: the parser must never panic, hang or
//! overflow the stack, whatever the bytes. Deterministic (fixed seed) and
//! bounded; longer runs: OXPY_PARSER_FUZZ_ITERS=N.

use crate::support::files::{corpus_dir, py_files};
use crate::support::mutator::Rng;
use std::path::PathBuf;
use syntax::parser::{Mode, parse};

const PIECES: &[&str] = &[
    "(", ")", "[", "]", "{", "}", ":", ",", "=", "*", "**", "if", "else", "for", "in", "lambda",
    "not", "def", "class", "return", "yield", "import", "from", "as", ".", "...", "\"", "'",
    "f\"{", "}\"", "t'{", ":=", "->", "@", "async", "await", "match", "case", "_", "1", "x", "\n",
    "\n    ", "\\", "#", "del", "try", "except", "with", "global", "type", "[T]", "!r", "\t", "\r",
    "\0", "é", "\u{2028}", "0x", "1e", "_1", "b'", "r\"", "'''", "\"\"\"",
];

fn corpus_files() -> Vec<PathBuf> {
    py_files(&corpus_dir(), &[])
}

fn mutate(rng: &mut Rng, src: &[u8]) -> Vec<u8> {
    let mut v = src.to_vec();
    for _ in 0..=rng.below(3) {
        let pos = rng.below(v.len() + 1);
        match rng.below(5) {
            0 => {
                let p = PIECES[rng.below(PIECES.len())].as_bytes();
                v.splice(pos..pos, p.iter().copied());
            }
            1 => {
                let end = (pos + 1 + rng.below(4)).min(v.len());
                if pos < end {
                    v.drain(pos..end);
                }
            }
            2 => {
                // Repeat a slice: deep nesting and long lines.
                let end = (pos + 1 + rng.below(8)).min(v.len());
                if pos < end {
                    let s: Vec<u8> = v[pos..end].to_vec();
                    for _ in 0..rng.below(300) {
                        v.splice(pos..pos, s.iter().copied());
                    }
                }
            }
            3 => {
                if pos < v.len() {
                    v[pos] = (rng.next() & 0xff) as u8;
                }
            }
            _ => {
                let p = PIECES[rng.below(PIECES.len())].as_bytes();
                for _ in 0..rng.below(500) {
                    v.splice(pos..pos, p.iter().copied());
                }
            }
        }
    }
    v
}

#[test]
fn mutated_corpus_never_panics() {
    let iters: usize = std::env::var("OXPY_PARSER_FUZZ_ITERS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(1500);
    let files = corpus_files();
    assert!(!files.is_empty(), "no corpus files found");
    let sources: Vec<Vec<u8>> = files.iter().filter_map(|p| std::fs::read(p).ok()).collect();
    let handle = std::thread::Builder::new()
        .stack_size(64 << 20)
        .spawn(move || {
            let mut rng = Rng::new(0x9E37_79B9_7F4A_7C15);
            let mut slow = Vec::new();
            // A hang detector, not a benchmark: generous enough for debug builds.
            let slow_limit = std::time::Duration::from_millis(
                std::env::var("OXPY_PARSER_FUZZ_SLOW_MS")
                    .ok()
                    .and_then(|s| s.parse().ok())
                    .unwrap_or(5000),
            );
            let current = std::env::var("OXPY_PARSER_FUZZ_CURRENT").ok();
            for i in 0..iters {
                let src = &sources[rng.below(sources.len())];
                let m = mutate(&mut rng, src);
                let mode = [
                    Mode::Exec,
                    Mode::Exec,
                    Mode::Eval,
                    Mode::Single,
                    Mode::FuncType,
                ][i % 5];
                if let Some(path) = &current {
                    // A hang leaves its input here.
                    let _ = std::fs::write(path, &m);
                }
                let t = std::time::Instant::now();
                let _ = parse(&m, "fuzz.py", mode);
                let dt = t.elapsed();
                if dt > slow_limit {
                    if let Ok(dir) = std::env::var("OXPY_PARSER_FUZZ_SLOW_DIR") {
                        let _ = std::fs::write(format!("{dir}/slow_{i}.py"), &m);
                    }
                    slow.push((i, dt, m.len()));
                }
            }
            assert!(
                slow.is_empty(),
                "slow inputs (iteration, time, bytes): {slow:?}"
            );
        })
        .unwrap();
    handle
        .join()
        .expect("the parser panicked on a mutated input");
}
