//! oxpy's codegen output (instruction sequences with pseudo instructions,
//! locations, metadata of every unit, SyntaxErrors and warnings) against
//! CPython 3.14's, recorded by scripts/record_codegen.py into
//! tests/compile/codegen/*.out.

use std::path::PathBuf;

#[test]
fn codegen_corpus_matches_cpython() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/compile/codegen");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("corpus directory")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .collect();
    files.sort();
    assert!(files.len() >= 120, "corpus too small: {}", files.len());
    let mut failures = Vec::new();
    for py in &files {
        let src = std::fs::read(py).expect("read source");
        let name = py.file_name().and_then(|n| n.to_str()).expect("name");
        let expected = std::fs::read_to_string(py.with_extension("out")).expect("recorded .out");
        let got = compile::dump::codegen_dump(&src, name, 0);
        if got != expected {
            let first = expected
                .lines()
                .zip(got.lines())
                .position(|(a, b)| a != b)
                .unwrap_or(0);
            failures.push(format!(
                "{name}: first difference at line {}\n  cpython: {}\n  oxpy:    {}",
                first + 1,
                expected.lines().nth(first).unwrap_or("<eof>"),
                got.lines().nth(first).unwrap_or("<eof>")
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn deep_expression_does_not_overflow() {
    // A long chain of binary operators makes a deep left-leaning tree.
    let mut src = String::from("x = 1");
    for _ in 0..20000 {
        src.push_str(" + 1");
    }
    src.push('\n');
    let out = std::thread::Builder::new()
        .stack_size(512 * 1024)
        .spawn(move || compile::dump::codegen_dump(src.as_bytes(), "deep.py", 0))
        .expect("spawn")
        .join()
        .expect("no panic");
    assert!(
        out.contains("BINARY_OP") || out.contains("Error"),
        "{}",
        &out[..out.len().min(200)]
    );
}
