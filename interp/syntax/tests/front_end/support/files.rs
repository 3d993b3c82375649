//! Where the tests find their inputs.

use std::path::{Path, PathBuf};

/// The AST corpus: tests/ast at the repository root.
pub fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join("tests")
        .join("ast")
}

/// CPython's Lib for the tests that read it: `OXPY_CPYTHON_LIB`, else the
/// default install under /opt/cpython-3.14.
pub fn cpython_lib() -> PathBuf {
    std::env::var("OXPY_CPYTHON_LIB")
        .map(PathBuf::from)
        .unwrap_or_else(|_| PathBuf::from("/opt/cpython-3.14/root/usr/lib/python3.14"))
}

/// Every `.py` file under `dir`, in sorted order (each directory's entries
/// sorted, depth first), leaving out the directories named in `skip`.
pub fn py_files(dir: &Path, skip: &[&str]) -> Vec<PathBuf> {
    let mut out = Vec::new();
    walk(dir, skip, &mut out);
    out
}

fn walk(dir: &Path, skip: &[&str], out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<PathBuf> = rd.filter_map(|e| e.ok().map(|e| e.path())).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            if !p.file_name().is_some_and(|n| skip.iter().any(|s| n == *s)) {
                walk(&p, skip, out);
            }
        } else if p.is_file() && p.extension().is_some_and(|e| e == "py") {
            out.push(p);
        }
    }
}
