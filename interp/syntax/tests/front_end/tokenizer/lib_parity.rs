//! Tokenizer parity over CPython 3.14's whole Lib (and Lib/test), against
//! the reference interpreter. Needs CPython, so it only runs when
//! OXPY_CPYTHON names a python3.14 binary (CI has none):
//!
//!   OXPY_CPYTHON=/opt/cpython-3.14/bin/python3.14 cargo test -p syntax --release \
//!       --test front_end tokenizer::lib_parity -- --ignored --nocapture
//!
//! OXPY_CPYTHON_LIB overrides the Lib directory (default: ../lib/python3.14
//! next to the binary's prefix).

use crate::support::files::py_files;
use crate::support::tokens as harness;
use std::path::{Path, PathBuf};
use std::process::Command;

#[test]
#[ignore = "needs CPython 3.14 (OXPY_CPYTHON); run with --ignored"]
fn lib_parity() {
    let Ok(python) = std::env::var("OXPY_CPYTHON") else {
        eprintln!("OXPY_CPYTHON not set: skipping the Lib parity run");
        return;
    };
    let lib = std::env::var("OXPY_CPYTHON_LIB")
        .map(PathBuf::from)
        .unwrap_or_else(|_| {
            let bin = PathBuf::from(&python);
            let prefix = bin
                .parent()
                .and_then(|p| p.parent())
                .map(Path::to_path_buf)
                .unwrap_or_default();
            let candidates = [
                prefix.join("root/usr/lib/python3.14"),
                prefix.join("lib/python3.14"),
                PathBuf::from("/usr/lib/python3.14"),
            ];
            candidates
                .into_iter()
                .find(|p| p.join("os.py").exists())
                .expect("Lib not found; set OXPY_CPYTHON_LIB")
        });
    let files = py_files(&lib, &["site-packages", "__pycache__"]);
    assert!(!files.is_empty());
    let record = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../gen/record_tokens.py");
    let mut same = 0usize;
    let mut differ = Vec::new();
    for chunk in files.chunks(200) {
        let out = Command::new(&python)
            .arg(&record)
            .arg("--dump")
            .args(chunk)
            .output()
            .expect("running the reference interpreter");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let text = String::from_utf8_lossy(&out.stdout);
        for r in harness::parse_records(&text) {
            match harness::check(&r) {
                Ok(()) => same += 1,
                Err(e) => differ.push(format!("{}: {e}", r.name)),
            }
        }
    }
    for d in &differ {
        eprintln!("DIFF {d}");
    }
    eprintln!(
        "tokenizer Lib parity: {same} of {} files identical",
        files.len()
    );
    assert!(differ.is_empty(), "{} files differ", differ.len());
}
