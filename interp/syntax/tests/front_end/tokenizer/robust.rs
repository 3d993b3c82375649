//! No panic, overflow or hang on any bytes: a deterministic mutation loop
//! over the recorded cases (and CPython's Lib when OXPY_CPYTHON_LIB is set).
//! OXPY_FUZZ_ITERS raises the number of mutants (default keeps CI quick).

use crate::support::files::py_files;
use crate::support::mutator::Rng;
use crate::support::tokens as harness;
use std::path::Path;
use syntax::tokenizer::{TokenKind, Tokenizer};

const INTERESTING: &[&[u8]] = &[
    b"(",
    b")",
    b"[",
    b"]",
    b"{",
    b"}",
    b"'",
    b"\"",
    b"'''",
    b"\"\"\"",
    b"f'",
    b"t\"",
    b"rb'",
    b"f'{",
    b"{x!r:>{w}}",
    b"\\",
    b"\\\n",
    b"\n",
    b"\r",
    b"\r\n",
    b"\t",
    b" ",
    b"    ",
    b"\x0c",
    b"#",
    b"# coding: latin-1\n",
    b"\xef\xbb\xbf",
    b"\xff",
    b"\xc3",
    b"\xc3\xa9",
    b"\xe2\x82\xac",
    b"\xf0\x9f\x90\x8d",
    b"\x00",
    b"0",
    b"0x",
    b"0o",
    b"0b",
    b"1e",
    b"1_",
    b"_",
    b".",
    b"...",
    b"j",
    b"=",
    b":=",
    b"->",
    b"!",
    b"if x:\n",
    b"\x01",
    b"\xc2\xa0",
];

fn run(src: &[u8]) {
    let Ok(mut tk) = Tokenizer::new(src) else {
        return;
    };
    let len = tk.source().len();
    // Every token but INDENT/DEDENT/ENDMARKER consumes input; dedents are
    // bounded by the indentation stack.
    let limit = 4 * len + 1000;
    let mut n = 0;
    loop {
        match tk.next_token() {
            Ok(t) => {
                assert!(
                    t.start <= t.end && (t.end as usize) <= len,
                    "bad range {t:?}"
                );
                assert!(
                    tk.source().is_char_boundary(t.start as usize)
                        && tk.source().is_char_boundary(t.end as usize)
                );
                let _ = tk.text(&t);
                if t.kind == TokenKind::EndMarker {
                    break;
                }
            }
            Err(e) => {
                assert!(!e.msg.is_empty());
                // The error is sticky.
                assert_eq!(tk.next_token().err(), Some(e));
                let _ = tk.check_rest_for_errors(1);
                break;
            }
        }
        n += 1;
        assert!(
            n < limit,
            "no progress after {n} tokens on {:?}",
            String::from_utf8_lossy(src)
        );
    }
    let _ = tk.take_warnings();
}

fn mutate(rng: &mut Rng, base: &[u8]) -> Vec<u8> {
    let mut v = base.to_vec();
    for _ in 0..1 + rng.below(4) {
        match rng.below(6) {
            0 => v.truncate(rng.below(v.len() + 1)),
            1 => {
                if !v.is_empty() {
                    let i = rng.below(v.len());
                    v[i] = rng.next() as u8;
                }
            }
            2 | 3 => {
                let i = rng.below(v.len() + 1);
                let ins = INTERESTING[rng.below(INTERESTING.len())];
                v.splice(i..i, ins.iter().copied());
            }
            4 => {
                let i = rng.below(v.len() + 1);
                let j = (i + rng.below(16)).min(v.len());
                v.drain(i..j);
            }
            _ => {
                let i = rng.below(v.len() + 1);
                let j = (i + rng.below(32)).min(v.len());
                let piece = v[i..j].to_vec();
                let k = rng.below(v.len() + 1);
                v.splice(k..k, piece);
            }
        }
    }
    v
}

fn corpus() -> Vec<Vec<u8>> {
    let mut out: Vec<Vec<u8>> =
        harness::parse_records(include_str!("../../data/tokenizer/cases.txt"))
            .into_iter()
            .map(|r| r.src)
            .collect();
    if let Ok(lib) = std::env::var("OXPY_CPYTHON_LIB") {
        let files = py_files(Path::new(&lib), &[]);
        out.extend(files.iter().filter_map(|p| std::fs::read(p).ok()));
    }
    out
}

#[test]
fn deep_nesting_and_long_inputs() {
    run(&b"(".repeat(100_000));
    run(&b"[{(".repeat(30_000));
    run(&b"f'{".repeat(20_000));
    run(&b"f\"{f'{".repeat(10_000));
    let mut deep = Vec::new();
    for i in 0..300 {
        deep.extend(b" ".repeat(i));
        deep.extend(b"if x:\n");
    }
    run(&deep);
    run(&b"\\\n".repeat(50_000));
    run(&b"'''".repeat(10_001));
    run(&b"x".repeat(1_000_000));
    run(&b"1_".repeat(100_000));
    run(&b"\xc3\xa9".repeat(100_000));
    run(&b"\t \x0c".repeat(100_000));
}

#[test]
fn mutated_corpus() {
    let iters: usize = std::env::var("OXPY_FUZZ_ITERS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(20_000);
    let corpus = corpus();
    let mut rng = Rng::new(0x9E37_79B9_7F4A_7C15);
    for src in &corpus {
        run(src);
    }
    for _ in 0..iters {
        let base = &corpus[rng.below(corpus.len())];
        let m = mutate(&mut rng, base);
        run(&m);
    }
}
