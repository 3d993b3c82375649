//! The parity corpus: every program `tests/parity/**/NAME.py` run as `oxpy NAME.py` must print
//! exactly what CPython 3.14 printed, as recorded in `NAME.out` by `scripts/record_parity.py`
//! (layout and rules: tests/parity/README.md).
//!
//! Each program runs in its own folder with a fixed environment, stdin from a sibling
//! `NAME.stdin` (else the null device) and a time limit; programs run in parallel on a pool of
//! threads. The recorded `<PARITY_DIR>` placeholder is replaced by the program's folder (its
//! canonical absolute path) before the byte-for-byte comparison.
//!
//! `tests/parity/KNOWN_FAILURES` lists programs (relative to tests/parity) allowed to differ for
//! now. The test fails when a program not listed differs, and when a listed one passes or no
//! longer exists, so the list only shrinks.
//!
//! Environment:
//! - `OXPY_PARITY_BIN=PATH` runs that interpreter instead of the `oxpy` binary of this package
//!   (with CPython 3.14 every program must pass: that checks recording and runner).
//! - `OXPY_UPDATE_KNOWN_FAILURES=1` rewrites KNOWN_FAILURES from this run.
//! - `OXPY_PARITY_FILTER=SUBSTR` runs only programs whose path contains SUBSTR (the list is then
//!   neither enforced nor rewritten; unexpected failures are still reported and fail the test).
//! - `OXPY_PARITY_SHOW=N` prints the diffs of the first N unexpected failures (default 20).
//! - `OXPY_PARITY_TIMEOUT=SECS`: a program running longer is killed and fails (default 30).
//! - `OXPY_PARITY_JOBS=N`: threads in the pool (default: the available cores).

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// What the recording wrote in place of the program's folder.
const PLACEHOLDER: &[u8] = b"<PARITY_DIR>";

/// Lines of context around the first difference in a reported diff.
const CONTEXT: usize = 3;

/// Lines of one side of a diff that are compared line by line (the rest is cut).
const DIFF_WINDOW: usize = 400;

/// Lines of a reported diff, at most.
const DIFF_LINES: usize = 40;

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("parity")
}

fn interpreter() -> PathBuf {
    match std::env::var_os("OXPY_PARITY_BIN") {
        Some(p) if !p.is_empty() => PathBuf::from(p),
        _ => PathBuf::from(env!("CARGO_BIN_EXE_oxpy")),
    }
}

fn env_number(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(default)
}

/// Files and folders whose name starts with `fx_` are fixtures that programs import.
fn is_fixture(name: &std::ffi::OsStr) -> bool {
    name.to_string_lossy().starts_with("fx_")
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<PathBuf> = rd.filter_map(|e| e.ok().map(|e| e.path())).collect();
    entries.sort();
    for p in entries {
        let Some(name) = p.file_name() else { continue };
        if is_fixture(name) || name == "__pycache__" {
            continue;
        }
        if p.is_dir() {
            collect(&p, out);
        } else if p.extension().is_some_and(|x| x == "py") {
            out.push(p);
        }
    }
}

fn rel(root: &Path, p: &Path) -> String {
    p.strip_prefix(root)
        .unwrap_or(p)
        .to_string_lossy()
        .replace('\\', "/")
}

fn replace_all(haystack: &[u8], needle: &[u8], with: &[u8]) -> Vec<u8> {
    if needle.is_empty() {
        return haystack.to_vec();
    }
    let mut out = Vec::with_capacity(haystack.len());
    let mut i = 0;
    while i < haystack.len() {
        if haystack[i..].starts_with(needle) {
            out.extend_from_slice(with);
            i += needle.len();
        } else {
            out.push(haystack[i]);
            i += 1;
        }
    }
    out
}

fn section(out: &mut Vec<u8>, name: &str, data: &[u8]) {
    out.extend_from_slice(format!("--- {name}\n").as_bytes());
    out.extend_from_slice(data);
    if !data.is_empty() && !data.ends_with(b"\n") {
        out.extend_from_slice(format!("\n--- no newline at end of {name}\n").as_bytes());
    }
}

#[cfg(unix)]
fn signal_of(status: &ExitStatus) -> Option<i32> {
    use std::os::unix::process::ExitStatusExt;
    status.signal()
}

#[cfg(not(unix))]
fn signal_of(_status: &ExitStatus) -> Option<i32> {
    None
}

/// The .out layout of scripts/record_parity.py, for one run.
fn format_out(stdout: &[u8], stderr: &[u8], status: &ExitStatus) -> Vec<u8> {
    let mut out = Vec::new();
    section(&mut out, "stdout", stdout);
    section(&mut out, "stderr", stderr);
    let end = match (status.code(), signal_of(status)) {
        (Some(code), _) => format!("--- exit {code}\n"),
        (None, Some(sig)) => format!("--- signal {sig}\n"),
        (None, None) => "--- exit unknown\n".to_owned(),
    };
    out.extend_from_slice(end.as_bytes());
    out
}

fn reader(
    pipe: Option<impl Read + Send + 'static>,
) -> std::thread::JoinHandle<std::io::Result<Vec<u8>>> {
    std::thread::spawn(move || {
        let mut buf = Vec::new();
        if let Some(mut p) = pipe {
            p.read_to_end(&mut buf)?;
        }
        Ok(buf)
    })
}

/// Runs one program as the recording did; the formatted output, or why there is none.
fn run_one(bin: &Path, program: &Path, timeout: Duration) -> Result<Vec<u8>, String> {
    let folder = program.parent().ok_or("no folder")?;
    let name = program.file_name().ok_or("no file name")?;
    let stdin_path = program.with_extension("stdin");
    let stdin = if stdin_path.is_file() {
        Stdio::from(std::fs::File::open(&stdin_path).map_err(|e| format!("{e}"))?)
    } else {
        Stdio::null()
    };
    let mut child = Command::new(bin)
        .arg(name)
        .current_dir(folder)
        .env_clear()
        .env("PATH", "/usr/bin:/bin")
        .env("PYTHONHASHSEED", "0")
        .env("PYTHONIOENCODING", "utf-8")
        .env("LC_ALL", "C.UTF-8")
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .stdin(stdin)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot run {}: {e}", bin.display()))?;
    let out = reader(child.stdout.take());
    let err = reader(child.stderr.take());
    let deadline = Instant::now() + timeout;
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if Instant::now() >= deadline => {
                let _ = child.kill();
                let _ = child.wait();
                // The pipes close with the child (unless it left a grandchild holding them).
                return Err(format!("timed out after {} s", timeout.as_secs()));
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(5)),
            Err(e) => return Err(format!("wait failed: {e}")),
        }
    };
    let join = |h: std::thread::JoinHandle<std::io::Result<Vec<u8>>>| match h.join() {
        Ok(Ok(v)) => Ok(v),
        Ok(Err(e)) => Err(format!("reading output: {e}")),
        Err(_) => Err("output reader panicked".to_owned()),
    };
    let stdout = join(out)?;
    let stderr = join(err)?;
    Ok(format_out(&stdout, &stderr, &status))
}

fn lines(data: &[u8]) -> Vec<String> {
    String::from_utf8_lossy(data)
        .split_inclusive('\n')
        .map(str::to_owned)
        .collect()
}

#[derive(Clone, Copy, PartialEq)]
enum Op {
    Same,
    Del,
    Add,
}

/// A line-by-line edit script of `a` into `b` (longest common subsequence).
fn edit_script(a: &[String], b: &[String]) -> Vec<Op> {
    let (n, m) = (a.len(), b.len());
    // lcs[i][j]: length of the LCS of a[i..] and b[j..].
    let mut lcs = vec![vec![0u32; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lcs[i][j] = if a[i] == b[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let mut ops = Vec::new();
    let (mut i, mut j) = (0, 0);
    while i < n || j < m {
        if i < n && j < m && a[i] == b[j] {
            ops.push(Op::Same);
            i += 1;
            j += 1;
        } else if i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1]) {
            ops.push(Op::Del);
            i += 1;
        } else {
            ops.push(Op::Add);
            j += 1;
        }
    }
    ops
}

fn show_line(s: &mut String, mark: char, line: &str) {
    let _ = write!(s, "    {mark}{line}");
    if !line.ends_with('\n') {
        s.push_str("\n    \\ No newline at end of file\n");
    }
}

/// A short unified diff of the first difference between the recorded and the actual output.
fn first_hunk(expected: &[u8], got: &[u8]) -> String {
    let a = lines(expected);
    let b = lines(got);
    let prefix = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let start = prefix.saturating_sub(CONTEXT);
    let a_win = &a[start..a.len().min(prefix + DIFF_WINDOW)];
    let b_win = &b[start..b.len().min(prefix + DIFF_WINDOW)];
    let ops = edit_script(a_win, b_win);
    // The hunk: from the first change to the last change that follows it with fewer than
    // 2 * CONTEXT unchanged lines in between, plus CONTEXT lines on each side.
    let Some(first) = ops.iter().position(|&o| o != Op::Same) else {
        return "    (outputs differ beyond the compared window)\n".to_owned();
    };
    let mut last = first;
    let mut same_run = 0;
    for (k, &o) in ops.iter().enumerate().skip(first) {
        if o == Op::Same {
            same_run += 1;
            if same_run >= 2 * CONTEXT {
                break;
            }
        } else {
            same_run = 0;
            last = k;
        }
    }
    let from = first.saturating_sub(CONTEXT);
    let to = (last + 1 + CONTEXT).min(ops.len());
    let (mut ai, mut bi) = (0, 0);
    for &o in &ops[..from] {
        match o {
            Op::Same => {
                ai += 1;
                bi += 1;
            }
            Op::Del => ai += 1,
            Op::Add => bi += 1,
        }
    }
    let (a0, b0) = (ai, bi);
    let mut body = String::new();
    for (shown, &o) in ops[from..to].iter().enumerate() {
        if shown == DIFF_LINES {
            body.push_str("    …\n");
            break;
        }
        match o {
            Op::Same => {
                show_line(&mut body, ' ', &a_win[ai]);
                ai += 1;
                bi += 1;
            }
            Op::Del => {
                show_line(&mut body, '-', &a_win[ai]);
                ai += 1;
            }
            Op::Add => {
                show_line(&mut body, '+', &b_win[bi]);
                bi += 1;
            }
        }
    }
    let count = |ops: &[Op], keep: Op| ops.iter().filter(|&&o| o == Op::Same || o == keep).count();
    let hunk = &ops[from..to];
    format!(
        "    --- expected\n    +++ actual\n    @@ -{},{} +{},{} @@\n{body}",
        start + a0 + 1,
        count(hunk, Op::Del),
        start + b0 + 1,
        count(hunk, Op::Add),
    )
}

struct Outcome {
    rel: String,
    /// None: passed; Some(text): how it failed.
    failure: Option<String>,
}

fn check(bin: &Path, root: &Path, program: &Path, timeout: Duration) -> Outcome {
    let rel = rel(root, program);
    let failure = (|| {
        let expected = std::fs::read(program.with_extension("out")).map_err(|_| {
            "    no .out file (record it with scripts/record_parity.py)\n".to_owned()
        })?;
        let folder = program
            .parent()
            .and_then(|f| std::fs::canonicalize(f).ok())
            .ok_or("    cannot resolve the program's folder\n")?;
        let program = folder.join(program.file_name().unwrap_or_default());
        let expected = replace_all(&expected, PLACEHOLDER, folder.to_string_lossy().as_bytes());
        let got = run_one(bin, &program, timeout).map_err(|e| format!("    {e}\n"))?;
        if got == expected {
            Ok(())
        } else {
            Err(first_hunk(&expected, &got))
        }
    })()
    .err();
    Outcome { rel, failure }
}

#[test]
fn parity_corpus() {
    let root = corpus_dir();
    let bin = interpreter();
    let mut programs = Vec::new();
    collect(&root, &mut programs);
    let filter = std::env::var("OXPY_PARITY_FILTER")
        .ok()
        .filter(|f| !f.is_empty());
    if let Some(f) = &filter {
        programs.retain(|p| rel(&root, p).contains(f.as_str()));
    }
    let update = std::env::var("OXPY_UPDATE_KNOWN_FAILURES").is_ok_and(|v| v == "1");
    let show = env_number("OXPY_PARITY_SHOW", 20) as usize;
    let timeout = Duration::from_secs(env_number("OXPY_PARITY_TIMEOUT", 30));
    let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
    let jobs = (env_number("OXPY_PARITY_JOBS", cores as u64) as usize).max(1);

    let known_path = root.join("KNOWN_FAILURES");
    let known_text = std::fs::read_to_string(&known_path).unwrap_or_default();
    let known: BTreeSet<String> = known_text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_owned)
        .collect();

    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<Outcome>> = Mutex::new(Vec::new());
    std::thread::scope(|s| {
        for _ in 0..jobs.min(programs.len().max(1)) {
            s.spawn(|| {
                loop {
                    let k = next.fetch_add(1, Ordering::Relaxed);
                    let Some(p) = programs.get(k) else { break };
                    let o = check(&bin, &root, p, timeout);
                    if let Ok(mut r) = results.lock() {
                        r.push(o);
                    }
                }
            });
        }
    });
    let mut results = results.into_inner().unwrap_or_default();
    results.sort_by(|x, y| x.rel.cmp(&y.rel));

    let all: BTreeSet<&str> = results.iter().map(|o| o.rel.as_str()).collect();
    let failing: BTreeSet<&str> = results
        .iter()
        .filter(|o| o.failure.is_some())
        .map(|o| o.rel.as_str())
        .collect();
    let unexpected: Vec<&Outcome> = results
        .iter()
        .filter(|o| o.failure.is_some() && !known.contains(&o.rel))
        .collect();
    let newly_passing: Vec<&str> = results
        .iter()
        .filter(|o| o.failure.is_none() && known.contains(&o.rel))
        .map(|o| o.rel.as_str())
        .collect();
    let stale: Vec<&String> = known.iter().filter(|k| !all.contains(k.as_str())).collect();

    println!(
        "parity corpus ({}): {} programs, {} pass, {} fail ({} listed in KNOWN_FAILURES, {} unexpected), {} newly passing",
        bin.display(),
        all.len(),
        all.len() - failing.len(),
        failing.len(),
        failing.iter().filter(|f| known.contains(**f)).count(),
        unexpected.len(),
        newly_passing.len()
    );
    let mut report = String::new();
    for (k, o) in unexpected.iter().enumerate() {
        if k < show {
            let _ = write!(
                report,
                "FAIL {}\n{}",
                o.rel,
                o.failure.as_deref().unwrap_or("")
            );
        } else {
            let _ = writeln!(report, "FAIL {} (diff not shown)", o.rel);
        }
    }
    print!("{report}");

    if filter.is_some() {
        assert!(
            unexpected.is_empty(),
            "{} unexpected parity failures",
            unexpected.len()
        );
        return;
    }
    if update {
        let mut text = String::from(
            "# Programs (relative to tests/parity) whose output still differs from CPython 3.14.\n\
             # Rewritten by OXPY_UPDATE_KNOWN_FAILURES=1 cargo test --release -p oxpy --test parity_corpus\n",
        );
        for f in &failing {
            text.push_str(f);
            text.push('\n');
        }
        if let Err(e) = std::fs::write(&known_path, text) {
            panic!("cannot write {}: {e}", known_path.display());
        }
        println!("KNOWN_FAILURES rewritten: {} entries", failing.len());
        return;
    }
    let mut problems = String::new();
    for n in &newly_passing {
        let _ = writeln!(problems, "now passes, remove it from KNOWN_FAILURES: {n}");
    }
    for s in &stale {
        let _ = writeln!(
            problems,
            "listed in KNOWN_FAILURES but not in the corpus: {s}"
        );
    }
    if !unexpected.is_empty() {
        let _ = writeln!(
            problems,
            "{} programs fail that KNOWN_FAILURES does not list",
            unexpected.len()
        );
    }
    assert!(problems.is_empty(), "{problems}");
}
