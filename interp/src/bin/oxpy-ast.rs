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

/// Parses every `.py` file under the given directories (read into memory
/// first) and prints bytes, files and MB/s of the best of a few rounds.
fn bench(dirs: &[String]) -> i32 {
    if dirs.is_empty() {
        eprintln!("usage: oxpy-ast --bench DIR...");
        return 2;
    }
    let mut files = Vec::new();
    for d in dirs {
        collect_py(Path::new(d), &mut files);
    }
    let sources: Vec<(String, Vec<u8>)> = files
        .iter()
        .filter_map(|p| {
            std::fs::read(p)
                .ok()
                .map(|b| (p.to_string_lossy().into_owned(), b))
        })
        .collect();
    let total: usize = sources.iter().map(|(_, b)| b.len()).sum();
    let rounds: usize = std::env::var("OXPY_BENCH_ROUNDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(3);
    let mut best = Duration::MAX;
    let mut failed = 0;
    for _ in 0..rounds.max(1) {
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
    let secs = best.as_secs_f64();
    println!(
        "oxpy: {} files, {} bytes, {} rejected, best of {} rounds: {:.3} s, {:.2} MB/s",
        sources.len(),
        total,
        failed,
        rounds.max(1),
        secs,
        total as f64 / 1e6 / secs.max(1e-9)
    );
    0
}
