//! The AST corpus: every `tests/ast/**/NAME.py` must give, in-process, the
//! `NAME.out` recorded from CPython 3.14 (format: docs/parity.md).
//!
//! `tests/ast/KNOWN_FAILURES` lists files (relative to tests/ast) allowed to
//! differ for now. The test fails when a file not listed differs, and when a
//! listed file passes or no longer exists, so the list only shrinks.
//!
//! Environment:
//! - `OXPY_UPDATE_KNOWN_FAILURES=1` rewrites KNOWN_FAILURES from this run.
//! - `OXPY_AST_FILTER=SUBSTR` runs only files whose path contains SUBSTR
//!   (the list is then neither enforced nor rewritten).
//! - `OXPY_AST_SHOW=N` prints the diffs of the first N mismatches (default 5).
//! - `OXPY_AST_TIMEOUT=SECS`: a file taking longer fails (default 20).

use crate::support::files::{corpus_dir, py_files};
use crate::support::reference;
use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::Path;
use std::sync::mpsc;
use std::time::Duration;

fn rel(root: &Path, p: &Path) -> String {
    p.strip_prefix(root)
        .unwrap_or(p)
        .to_string_lossy()
        .replace('\\', "/")
}

/// Where two outputs first differ, with some context.
fn describe_diff(expected: &[u8], got: &[u8]) -> String {
    let exp = String::from_utf8_lossy(expected);
    let got = String::from_utf8_lossy(got);
    let mut s = String::new();
    let el: Vec<&str> = exp.split('\n').collect();
    let gl: Vec<&str> = got.split('\n').collect();
    for i in 0..el.len().max(gl.len()) {
        let (e, g) = (el.get(i).copied(), gl.get(i).copied());
        if e == g {
            continue;
        }
        let (e, g) = (e.unwrap_or("<missing>"), g.unwrap_or("<missing>"));
        let pos = e.chars().zip(g.chars()).take_while(|(a, b)| a == b).count();
        let snippet = |t: &str| {
            let chars: Vec<char> = t.chars().collect();
            let start = pos.saturating_sub(120);
            let end = (pos + 200).min(chars.len());
            let body: String = chars
                .get(start..end)
                .map(|c| c.iter().collect())
                .unwrap_or_default();
            format!(
                "{}{}{}",
                if start > 0 { "…" } else { "" },
                body,
                if end < chars.len() { "…" } else { "" }
            )
        };
        let _ = writeln!(s, "    line {} differs at char {}:", i + 1, pos);
        let _ = writeln!(s, "      expected: {}", snippet(e));
        let _ = writeln!(s, "      got:      {}", snippet(g));
        break;
    }
    s
}

fn run_one(path: &Path, timeout: Duration) -> Result<Vec<u8>, String> {
    let src = std::fs::read(path).map_err(|e| format!("cannot read: {e}"))?;
    // The reference ran in the file's directory with the bare name.
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    // Each file on its own thread: deep trees recurse in the parser and in
    // drop (so a large stack), and a file that hangs the parser must not hang
    // the whole test (on timeout the thread is left behind, and dies with the
    // process).
    let (tx, rx) = mpsc::channel();
    std::thread::Builder::new()
        .stack_size(512 << 20)
        .spawn(move || {
            let r = catch_unwind(AssertUnwindSafe(|| {
                format_out(&reference::run(&src, &name)).into_bytes()
            }));
            let _ = tx.send(r.map_err(|_| "panicked".to_owned()));
        })
        .map_err(|e| format!("cannot spawn: {e}"))?;
    match rx.recv_timeout(timeout) {
        Ok(r) => r,
        Err(_) => Err(format!("timed out after {} s", timeout.as_secs())),
    }
}

fn corpus() {
    let root = corpus_dir();
    let files = py_files(&root, &[]);
    let filter = std::env::var("OXPY_AST_FILTER")
        .ok()
        .filter(|f| !f.is_empty());
    let update = std::env::var("OXPY_UPDATE_KNOWN_FAILURES").is_ok_and(|v| v == "1");
    let show: usize = std::env::var("OXPY_AST_SHOW")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(5);
    let timeout = Duration::from_secs(
        std::env::var("OXPY_AST_TIMEOUT")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(20),
    );
    let known_path = root.join("KNOWN_FAILURES");
    let known_text = std::fs::read_to_string(&known_path).unwrap_or_default();
    let known: BTreeSet<String> = known_text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_owned)
        .collect();

    let mut failing = BTreeSet::new();
    let mut all = BTreeSet::new();
    let mut unexpected = Vec::new();
    let mut newly_passing = Vec::new();
    let mut passed = 0usize;
    for path in &files {
        let r = rel(&root, path);
        if filter.as_ref().is_some_and(|f| !r.contains(f.as_str())) {
            continue;
        }
        all.insert(r.clone());
        let expected = match std::fs::read(path.with_extension("out")) {
            Ok(e) => e,
            Err(_) => {
                unexpected.push(format!(
                    "{r}: no .out file (record it with gen/record_ast.py)\n"
                ));
                continue;
            }
        };
        let outcome = run_one(path, timeout);
        let ok = outcome.as_ref().is_ok_and(|got| *got == expected);
        if ok {
            passed += 1;
            if known.contains(&r) {
                newly_passing.push(r);
            }
            continue;
        }
        failing.insert(r.clone());
        if !known.contains(&r) {
            let detail = match &outcome {
                Ok(got) => describe_diff(&expected, got),
                Err(e) => format!("    {e}\n"),
            };
            unexpected.push(format!("{r}\n{detail}"));
        }
    }
    let stale: Vec<&String> = known.iter().filter(|k| !all.contains(*k)).collect();

    println!(
        "ast corpus: {} files, {} pass, {} fail ({} listed in KNOWN_FAILURES, {} unexpected), {} newly passing",
        all.len(),
        passed,
        failing.len(),
        failing.iter().filter(|f| known.contains(*f)).count(),
        unexpected.len(),
        newly_passing.len()
    );
    if filter.is_some() {
        for u in unexpected.iter().take(show) {
            print!("  {u}");
        }
        return;
    }
    if update {
        let mut text = String::from(
            "# Corpus files (relative to tests/ast) whose output still differs from CPython 3.14.\n\
             # Rewritten by OXPY_UPDATE_KNOWN_FAILURES=1 cargo test -p syntax --release --test front_end corpus\n",
        );
        for f in &failing {
            text.push_str(f);
            text.push('\n');
        }
        std::fs::write(&known_path, text).expect("write KNOWN_FAILURES");
        println!(
            "rewrote {} ({} entries)",
            known_path.display(),
            failing.len()
        );
        return;
    }
    let mut report = String::new();
    if !unexpected.is_empty() {
        let _ = writeln!(
            report,
            "{} files differ and are not in KNOWN_FAILURES; first {}:",
            unexpected.len(),
            show
        );
        for u in unexpected.iter().take(show) {
            let _ = write!(report, "  {u}");
        }
        for u in unexpected.iter().skip(show) {
            let _ = writeln!(report, "  {}", u.lines().next().unwrap_or(""));
        }
    }
    if !newly_passing.is_empty() {
        let _ = writeln!(
            report,
            "{} files in KNOWN_FAILURES now pass: remove them:",
            newly_passing.len()
        );
        for f in &newly_passing {
            let _ = writeln!(report, "  {f}");
        }
    }
    if !stale.is_empty() {
        let _ = writeln!(
            report,
            "{} KNOWN_FAILURES entries name no corpus file:",
            stale.len()
        );
        for f in &stale {
            let _ = writeln!(report, "  {f}");
        }
    }
    assert!(
        report.is_empty(),
        "{report}(OXPY_UPDATE_KNOWN_FAILURES=1 rewrites the list)"
    );
}

#[test]
fn ast_corpus() {
    corpus();
}

/// `oxpy-ast FILE` prints what the in-process run gives, with its exit code,
/// run like the reference: in the file's directory, with the bare name.
#[test]
fn binary_matches_in_process_run() {
    let root = corpus_dir();
    let files = py_files(&root, &[]);
    // A few files of each outcome: a tree, a SyntaxError, a warning.
    let mut picked = Vec::new();
    for want in ["[exit 1]", "SyntaxWarning", "Module("] {
        let found = files.iter().filter(|p| {
            std::fs::read_to_string(p.with_extension("out"))
                .is_ok_and(|o| o.contains(want) && (want != "Module(" || !o.contains("[stderr]")))
        });
        picked.extend(found.take(3).cloned());
    }
    assert!(picked.len() >= 3, "corpus too small");
    for path in picked {
        let dir = path.parent().expect("file in a directory");
        let name = path.file_name().expect("file name");
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_oxpy-ast"))
            .arg(name)
            .current_dir(dir)
            .output()
            .expect("run oxpy-ast");
        let src = std::fs::read(&path).expect("read");
        let r = reference::run(&src, &name.to_string_lossy());
        assert_eq!(
            String::from_utf8_lossy(&out.stdout),
            r.stdout,
            "{}",
            path.display()
        );
        assert_eq!(
            String::from_utf8_lossy(&out.stderr),
            r.stderr,
            "{}",
            path.display()
        );
        assert_eq!(out.status.code(), Some(r.exit_code), "{}", path.display());
    }
}

#[test]
fn binary_missing_file() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_oxpy-ast"))
        .arg("no such file.py")
        .output()
        .expect("run oxpy-ast");
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    let err = String::from_utf8_lossy(&out.stderr);
    // Recorded from CPython 3.14's reference script.
    assert_eq!(
        err.lines().last(),
        Some("FileNotFoundError: [Errno 2] No such file or directory: 'no such file.py'")
    );
}

/// `str.splitlines()` without the line ends.
fn py_splitlines(s: &str) -> Vec<&str> {
    let mut lines = Vec::new();
    let mut start = 0;
    let mut iter = s.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        let is_break = matches!(
            c,
            '\n' | '\r'
                | '\u{0b}'
                | '\u{0c}'
                | '\u{1c}'
                | '\u{1d}'
                | '\u{1e}'
                | '\u{85}'
                | '\u{2028}'
                | '\u{2029}'
        );
        if is_break {
            lines.push(s.get(start..i).unwrap_or(""));
            let mut end = i + c.len_utf8();
            if c == '\r'
                && let Some(&(j, '\n')) = iter.peek()
            {
                iter.next();
                end = j + 1;
            }
            start = end;
        }
    }
    if start < s.len() {
        lines.push(s.get(start..).unwrap_or(""));
    }
    lines
}

/// The `.out` text of a run. CPython-free twin of gen/record_ast.py
/// `format_out`.
fn format_out(r: &reference::RefRun) -> String {
    let mut out = r.stdout.clone();
    if r.exit_code != 0 {
        if !out.is_empty() && !out.ends_with('\n') {
            out.push('\n');
        }
        let _ = writeln!(out, "[exit {}]", r.exit_code);
    }
    let mut lines = py_splitlines(&r.stderr);
    if lines
        .iter()
        .any(|l| l.starts_with("Traceback (most recent call last):"))
    {
        let last = lines
            .iter()
            .rev()
            .find(|l| !l.trim_matches(reference::is_py_space).is_empty())
            .copied();
        lines = last.into_iter().collect();
    }
    if !lines.is_empty() && !out.is_empty() && !out.ends_with('\n') {
        out.push('\n');
    }
    for l in lines {
        out.push_str("[stderr] ");
        out.push_str(l);
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod out_tests {
    use super::*;
    use reference::RefRun;

    #[test]
    fn splitlines_like_python() {
        assert_eq!(
            py_splitlines("a\r\nb\x0cc\u{2028}d\n"),
            vec!["a", "b", "c", "d"]
        );
        assert_eq!(py_splitlines(""), Vec::<&str>::new());
        assert_eq!(py_splitlines("\n\n"), vec!["", ""]);
    }

    #[test]
    fn out_format() {
        let r = RefRun {
            stdout: "X: m (1, 2, 3, 4)\n".into(),
            stderr: "w.py:1: SyntaxWarning: m\n  x\n".into(),
            exit_code: 1,
        };
        assert_eq!(
            format_out(&r),
            "X: m (1, 2, 3, 4)\n[exit 1]\n[stderr] w.py:1: SyntaxWarning: m\n[stderr]   x\n"
        );
        let r = RefRun {
            stdout: String::new(),
            stderr: "Traceback (most recent call last):\n  File \"x\", line 4\nValueError: big\n"
                .into(),
            exit_code: 1,
        };
        assert_eq!(format_out(&r), "[exit 1]\n[stderr] ValueError: big\n");
    }
}
