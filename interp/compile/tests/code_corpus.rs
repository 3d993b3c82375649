//! The end-to-end corpus: each tests/compile/code/**/NAME.py compiled by
//! oxpy must dump exactly as NAME.code, CPython 3.14's code objects recorded
//! by scripts/record_code.py (every field of every code object).
//!
//! tests/compile/code/KNOWN_FAILURES lists the files known to differ (each
//! with why): the test fails when another file differs, and when a listed
//! one has become identical (so the list only shrinks).
//!
//! `CODE_FILTER=substring` runs only the matching files; `CODE_VERBOSE=1`
//! prints the first differing lines of each file.

use std::path::{Path, PathBuf};

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/compile/code")
}

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<_> = rd.flatten().map(|e| e.path()).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            files(&p, out);
        } else if p.extension().is_some_and(|e| e == "py") {
            out.push(p);
        }
    }
}

#[test]
fn code_corpus() {
    let filter = std::env::var("CODE_FILTER").ok();
    let verbose = std::env::var("CODE_VERBOSE").is_ok();
    let mut paths = Vec::new();
    files(&corpus_dir(), &mut paths);
    assert!(!paths.is_empty());
    let known: Vec<String> = std::fs::read_to_string(corpus_dir().join("KNOWN_FAILURES"))
        .unwrap_or_default()
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| l.split_whitespace().next().unwrap_or("").to_string())
        .collect();
    let mut failures = Vec::new();
    let mut fixed = Vec::new();
    let mut ok = 0;
    for path in &paths {
        let name = path
            .strip_prefix(corpus_dir())
            .unwrap()
            .display()
            .to_string();
        if filter.as_ref().is_some_and(|f| !name.contains(f.as_str())) {
            continue;
        }
        let expected = std::fs::read_to_string(path.with_extension("code")).unwrap();
        let src = std::fs::read(path).unwrap();
        let got = compile::code::compile_dump(&src, &name);
        let listed = known.contains(&name);
        if got == expected {
            ok += 1;
            if listed {
                fixed.push(name);
            }
            continue;
        }
        if listed && !verbose {
            continue;
        }
        let mut msg = name.clone();
        if verbose {
            let (g, e): (Vec<&str>, Vec<&str>) =
                (got.lines().collect(), expected.lines().collect());
            let first = g
                .iter()
                .zip(e.iter())
                .position(|(a, b)| a != b)
                .unwrap_or(g.len().min(e.len()));
            let unit = e[..first.min(e.len())]
                .iter()
                .rev()
                .find(|l| l.starts_with("unit "))
                .copied()
                .unwrap_or("");
            msg.push_str(&format!(" ({unit}, line {first})"));
            for k in first.saturating_sub(2)..first + 5 {
                msg.push_str(&format!(
                    "\n    got {:50} want {}",
                    g.get(k).copied().unwrap_or(""),
                    e.get(k).copied().unwrap_or("")
                ));
            }
        }
        failures.push(msg);
    }
    println!(
        "code corpus: {ok} identical, {} known to differ, {} newly different",
        known.len() - fixed.len(),
        failures.len()
    );
    for f in &failures {
        println!("{f}");
    }
    assert!(
        fixed.is_empty(),
        "now identical, remove from KNOWN_FAILURES: {fixed:?}"
    );
    if filter.is_none() && !verbose {
        assert!(failures.is_empty(), "{} files differ", failures.len());
    }
}
