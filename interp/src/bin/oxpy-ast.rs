//! `oxpy-ast FILE`: prints what this script prints under CPython 3.14, with
//! the same stderr and exit code (see docs/parity.md):
//!
//! ```python
//! import ast, sys
//! src = open(sys.argv[1], 'rb').read()
//! try:
//!     print(ast.dump(ast.parse(src, sys.argv[1]), include_attributes=True))
//! except SyntaxError as e:
//!     print(f"{type(e).__name__}: {e.msg} ({e.lineno}, {e.offset}, {e.end_lineno}, {e.end_offset})")
//!     sys.exit(1)
//! ```
//!
//! `oxpy-ast --bench DIR...` parses every `.py` file under the directories and
//! reports the throughput (see bench/parse.md).

use interp::ast::reference::{self, RefRun};
use interp::ast::repr::str_repr_utf8;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// Deep trees recurse in the parser and in drop: run on a thread with room.
const STACK_SIZE: usize = 512 << 20;

fn main() {
    let args: Vec<String> = std::env::args_os()
        .skip(1)
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    let worker = std::thread::Builder::new()
        .name("oxpy-ast".into())
        .stack_size(STACK_SIZE)
        .spawn(move || {
            if args.first().map(String::as_str) == Some("--bench") {
                bench(args.get(1..).unwrap_or(&[]))
            } else {
                run_file(args.first().map(String::as_str))
            }
        });
    let code = match worker.map(|h| h.join()) {
        Ok(Ok(code)) => code,
        _ => 70,
    };
    std::process::exit(code);
}

fn emit(r: &RefRun) -> i32 {
    let stderr = io::stderr();
    let mut err = stderr.lock();
    let _ = err.write_all(r.stderr.as_bytes());
    let _ = err.flush();
    let stdout = io::stdout();
    let mut out = stdout.lock();
    // One write: the dump of a large file is megabytes long.
    if out
        .write_all(r.stdout.as_bytes())
        .and_then(|_| out.flush())
        .is_err()
    {
        return 120; // Python's exit status when flushing stdout fails at exit
    }
    r.exit_code
}

fn run_file(arg: Option<&str>) -> i32 {
    let Some(filename) = arg else {
        return emit(&traceback("IndexError", "list index out of range"));
    };
    match std::fs::read(filename) {
        Ok(src) => emit(&reference::run(&src, filename)),
        Err(e) => emit(&open_error(&e, filename)),
    }
}

fn traceback(type_name: &str, msg: &str) -> RefRun {
    RefRun {
        stdout: String::new(),
        stderr: format!(
            "Traceback (most recent call last):\n  File \"<reference script>\", line 2, in <module>\n{type_name}: {msg}\n"
        ),
        exit_code: 1,
    }
}

/// The exception `open(filename, 'rb').read()` raises.
fn open_error(e: &io::Error, filename: &str) -> RefRun {
    let errno = e.raw_os_error();
    let type_name = match e.kind() {
        io::ErrorKind::NotFound => "FileNotFoundError",
        io::ErrorKind::PermissionDenied => "PermissionError",
        io::ErrorKind::IsADirectory => "IsADirectoryError",
        _ => "OSError",
    };
    // io::Error prints "strerror (os error N)"; Python prints "[Errno N] strerror: 'name'".
    let text = e.to_string();
    let strerror = text
        .rsplit_once(" (os error")
        .map_or(text.as_str(), |(s, _)| s);
    let mut name = String::new();
    str_repr_utf8(&mut name, filename);
    let msg = match errno {
        Some(n) => format!("[Errno {n}] {strerror}: {name}"),
        None => format!("{strerror}: {name}"),
    };
    traceback(type_name, &msg)
}

fn collect_py(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<PathBuf> = rd.filter_map(|e| e.ok().map(|e| e.path())).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            collect_py(&p, out);
        } else if p.extension().is_some_and(|x| x == "py") {
            out.push(p);
        }
    }
}

/// The CPython side of the benchmark: same files (read from stdin, one path
/// a line), same rounds, `compile(src, name, "exec", ast.PyCF_ONLY_AST)`.
const CPYTHON_BENCH: &str = r#"
import ast, sys, time
paths = sys.stdin.read().split("\n")[:-1]
rounds = int(sys.argv[1])
srcs = []
for p in paths:
    with open(p, "rb") as f:
        srcs.append((p, f.read()))
best = None
for _ in range(rounds):
    failed = 0
    t = time.perf_counter()
    for name, src in srcs:
        try:
            compile(src, name, "exec", ast.PyCF_ONLY_AST)
        except (SyntaxError, ValueError, MemoryError, RecursionError):
            failed += 1
    dt = time.perf_counter() - t
    best = dt if best is None else min(best, dt)
print(best, failed)
"#;

fn find_cpython() -> Option<PathBuf> {
    if let Ok(p) = std::env::var("OXPY_REF_PYTHON") {
        return Some(PathBuf::from(p));
    }
    let fixed = Path::new("/opt/cpython-3.14/bin/python3.14");
    if fixed.exists() {
        return Some(fixed.to_path_buf());
    }
    std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|d| d.join("python3.14"))
            .find(|p| p.exists())
    })
}

/// Runs the CPython side; `None` (with a message) when it cannot.
fn cpython_bench(python: &Path, paths: &[&str], rounds: usize) -> Option<(f64, usize)> {
    use std::process::{Command, Stdio};
    let mut child = Command::new(python)
        .args(["-c", CPYTHON_BENCH, &rounds.to_string()])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .map_err(|e| eprintln!("cpython: cannot run {}: {e}", python.display()))
        .ok()?;
    let mut list = String::new();
    for p in paths {
        list.push_str(p);
        list.push('\n');
    }
    if let Some(mut stdin) = child.stdin.take() {
        let _ = stdin.write_all(list.as_bytes());
    }
    let out = child.wait_with_output().ok()?;
    let text = String::from_utf8_lossy(&out.stdout);
    let mut it = text.split_whitespace();
    let secs = it.next()?.parse().ok()?;
    let failed = it.next()?.parse().ok()?;
    Some((secs, failed))
}

/// `oxpy-ast --bench [--no-cpython] DIR...`: parses every `.py` file under
/// the directories (all read into memory first), best of
/// `OXPY_BENCH_ROUNDS` (default 3) rounds, then runs CPython 3.14's
/// `compile(..., ast.PyCF_ONLY_AST)` over the same files in a child process
/// and prints both throughputs and their ratio.
fn bench(args: &[String]) -> i32 {
    let no_cpython = args.iter().any(|a| a == "--no-cpython");
    let dirs: Vec<&String> = args.iter().filter(|a| !a.starts_with("--")).collect();
    if dirs.is_empty() {
        eprintln!("usage: oxpy-ast --bench [--no-cpython] DIR...");
        return 2;
    }
    let mut files = Vec::new();
    for d in dirs {
        collect_py(Path::new(d), &mut files);
    }
    // Only UTF-8 path names: the list goes to Python as text.
    let sources: Vec<(String, Vec<u8>)> = files
        .iter()
        .filter_map(|p| Some((p.to_str()?.to_owned(), std::fs::read(p).ok()?)))
        .filter(|(p, _)| !p.contains('\n'))
        .collect();
    let total: usize = sources.iter().map(|(_, b)| b.len()).sum();
    let rounds: usize = std::env::var("OXPY_BENCH_ROUNDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(3)
        .max(1);
    let mut best = Duration::MAX;
    let mut failed = 0;
    for _ in 0..rounds {
        failed = 0;
        let t = Instant::now();
        for (name, src) in &sources {
            match interp::parser::parse_module(src, name) {
                Ok(m) => drop(std::hint::black_box(m)),
                Err(_) => failed += 1,
            }
        }
        best = best.min(t.elapsed());
    }
    let secs = best.as_secs_f64().max(1e-9);
    let mb = total as f64 / 1e6;
    println!(
        "files: {}, {:.2} MB, best of {} rounds",
        sources.len(),
        mb,
        rounds
    );
    println!(
        "oxpy    parse_module:             {:8.3} s  {:8.2} MB/s  ({} rejected)",
        secs,
        mb / secs,
        failed
    );
    if no_cpython {
        return 0;
    }
    let Some(python) = find_cpython() else {
        println!("cpython: skipped (no CPython 3.14 found; set OXPY_REF_PYTHON)");
        return 0;
    };
    let paths: Vec<&str> = sources.iter().map(|(p, _)| p.as_str()).collect();
    match cpython_bench(&python, &paths, rounds) {
        Some((csecs, cfailed)) => {
            let csecs = csecs.max(1e-9);
            println!(
                "cpython compile(PyCF_ONLY_AST):   {:8.3} s  {:8.2} MB/s  ({} rejected)",
                csecs,
                mb / csecs,
                cfailed
            );
            println!("oxpy / cpython speed: {:.2}x", csecs / secs);
        }
        None => println!("cpython: skipped (running {} failed)", python.display()),
    }
    0
}
