//! oxpy's symbol tables against CPython 3.14's, recorded by
//! scripts/record_symtable.py into tests/compile/symtable/*.out.

use std::path::PathBuf;

fn corpus() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/compile/symtable")
}

#[test]
fn symtable_corpus_matches_cpython() {
    let mut files: Vec<PathBuf> = std::fs::read_dir(corpus())
        .expect("corpus directory")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .collect();
    files.sort();
    assert!(files.len() >= 80, "corpus too small: {}", files.len());
    let mut failures = Vec::new();
    for py in &files {
        let src = std::fs::read(py).expect("read source");
        let name = py.file_name().and_then(|n| n.to_str()).expect("name");
        let expected = std::fs::read_to_string(py.with_extension("out")).expect("recorded .out");
        let got = compile::symtable_dump(&src, name);
        if got != expected {
            failures.push(format!("{name}:\n--- cpython\n{expected}--- oxpy\n{got}"));
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
fn deep_nesting_does_not_overflow() {
    // 3000 nested lambdas: deeper than the default thread stack allows a
    // naive recursive walk (the parser itself accepts it).
    let mut src = String::from("x = ");
    for _ in 0..3000 {
        src.push_str("lambda: ");
    }
    src.push_str("1\n");
    let out = std::thread::Builder::new()
        .stack_size(256 * 1024)
        .spawn(move || compile::symtable_dump(src.as_bytes(), "deep.py"))
        .expect("spawn")
        .join()
        .expect("no panic");
    assert!(
        out.starts_with("2 top")
            || out.starts_with("MemoryError")
            || out.starts_with("SyntaxError"),
        "{}",
        &out[..out.len().min(200)]
    );
}
