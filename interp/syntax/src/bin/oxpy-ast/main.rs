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
//! reports the throughput (see docs/parity.md, "Benchmark").

mod reference;

use reference::RefRun;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::time::Instant;
use syntax::ast::repr::str_repr_utf8;

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

/// The CPython side of the benchmark, a child process driven over pipes: it
/// reads the file list (one path a line, then an empty line), loads the files,
/// then times one round of `compile(src, name, "exec", ast.PyCF_ONLY_AST)`
/// over all of them for each `round` line it reads, answering `SECONDS FAILED`.
const CPYTHON_BENCH: &str = r#"
import ast, sys, time
paths = []
for line in sys.stdin:
    line = line.rstrip("\n")
    if not line:
        break
    paths.append(line)
srcs = []
for p in paths:
    with open(p, "rb") as f:
        srcs.append((p, f.read()))
print("ready", flush=True)
for line in sys.stdin:
    failed = 0
    t = time.perf_counter()
    for name, src in srcs:
        try:
            compile(src, name, "exec", ast.PyCF_ONLY_AST)
        except (SyntaxError, ValueError, MemoryError, RecursionError):
            failed += 1
    print(time.perf_counter() - t, failed, flush=True)
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

/// The running CPython side of the benchmark.
struct CPythonBench {
    child: std::process::Child,
    stdin: std::process::ChildStdin,
    stdout: io::BufReader<std::process::ChildStdout>,
}

impl CPythonBench {
    fn start(python: &Path, paths: &[&str]) -> Option<CPythonBench> {
        use std::io::BufRead;
        use std::process::{Command, Stdio};
        let mut child = Command::new(python)
            .args(["-c", CPYTHON_BENCH])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .map_err(|e| eprintln!("cpython: cannot run {}: {e}", python.display()))
            .ok()?;
        let mut stdin = child.stdin.take()?;
        let mut stdout = io::BufReader::new(child.stdout.take()?);
        let mut list = String::new();
        for p in paths {
            list.push_str(p);
            list.push('\n');
        }
        list.push('\n');
        stdin.write_all(list.as_bytes()).ok()?;
        stdin.flush().ok()?;
        let mut line = String::new();
        stdout.read_line(&mut line).ok()?;
        (line.trim() == "ready").then_some(CPythonBench {
            child,
            stdin,
            stdout,
        })
    }

    /// One round: (seconds, files rejected).
    fn round(&mut self) -> Option<(f64, usize)> {
        use std::io::BufRead;
        self.stdin.write_all(b"round\n").ok()?;
        self.stdin.flush().ok()?;
        let mut line = String::new();
        self.stdout.read_line(&mut line).ok()?;
        let mut it = line.split_whitespace();
        Some((it.next()?.parse().ok()?, it.next()?.parse().ok()?))
    }
}

impl Drop for CPythonBench {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// `oxpy-ast --bench [--no-cpython] DIR...`: parses every `.py` file under
/// the directories (all read into memory first) with oxpy's parser, and
/// compiles them with CPython 3.14's `compile(..., ast.PyCF_ONLY_AST)` in a
/// child process, alternating one round of each so that both see the same
/// machine load; `OXPY_BENCH_ROUNDS` (default 3) rounds, best of each. Prints
/// both throughputs and their ratio.
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
    // Only UTF-8 path names without newlines: the list goes to Python as lines.
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
    let mut cpython = None;
    if !no_cpython {
        match find_cpython() {
            Some(python) => {
                let paths: Vec<&str> = sources.iter().map(|(p, _)| p.as_str()).collect();
                cpython = CPythonBench::start(&python, &paths);
                if cpython.is_none() {
                    println!("cpython: skipped (running {} failed)", python.display());
                }
            }
            None => println!("cpython: skipped (no CPython 3.14 found; set OXPY_REF_PYTHON)"),
        }
    }
    let mut best = f64::INFINITY;
    let mut failed = 0;
    let mut cbest = f64::INFINITY;
    let mut cfailed = 0;
    for _ in 0..rounds {
        failed = 0;
        let t = Instant::now();
        for (name, src) in &sources {
            match syntax::parser::parse_module(src, name) {
                Ok(m) => drop(std::hint::black_box(m)),
                Err(_) => failed += 1,
            }
        }
        best = best.min(t.elapsed().as_secs_f64());
        if let Some(c) = cpython.as_mut() {
            match c.round() {
                Some((secs, f)) => {
                    cbest = cbest.min(secs);
                    cfailed = f;
                }
                None => {
                    println!("cpython: skipped (the child process failed)");
                    cpython = None;
                }
            }
        }
    }
    let mb = total as f64 / 1e6;
    let secs = best.max(1e-9);
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
    if cpython.is_some() && cbest.is_finite() {
        let csecs = cbest.max(1e-9);
        println!(
            "cpython compile(PyCF_ONLY_AST):   {:8.3} s  {:8.2} MB/s  ({} rejected)",
            csecs,
            mb / csecs,
            cfailed
        );
        println!("oxpy / cpython speed: {:.2}x", csecs / secs);
    }
    0
}
