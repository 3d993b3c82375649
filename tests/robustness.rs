//! Bad input never crashes oxpy: every program of the front end's corpus
//! (tests/ast) and mutations of them run under the `oxpy` binary with a time
//! limit, and none may end in a panic, an abort, a native stack overflow or
//! any other death by signal. Exceptions, SyntaxErrors and time-outs are
//! fine: only a crash is a failure.
//!
//! CI runs a sample (every 8th file, two mutations each); the whole corpus:
//!
//!     OXPY_ROBUSTNESS_ALL=1 cargo test --release --test robustness
//!
//! `OXPY_ROBUSTNESS_MUTATIONS=N` sets the mutations per file (default 2).

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

const TIME_LIMIT: Duration = Duration::from_secs(10);

fn corpus() -> Vec<PathBuf> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        let Ok(rd) = std::fs::read_dir(dir) else { return };
        let mut entries: Vec<_> = rd.flatten().map(|e| e.path()).collect();
        entries.sort();
        for p in entries {
            if p.is_dir() {
                walk(&p, out);
            } else if p.extension().is_some_and(|e| e == "py") {
                out.push(p);
            }
        }
    }
    let mut out = Vec::new();
    walk(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/ast"), &mut out);
    out
}

/// A deterministic mutation of `src` (xorshift from `seed`): cut, repeat or
/// splice byte ranges and insert bracket and operator noise, which is what
/// finds parser and compiler edge cases.
fn mutate(src: &[u8], seed: u64) -> Vec<u8> {
    let mut x = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    let mut next = move |n: usize| -> usize {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        if n == 0 { 0 } else { (x % n as u64) as usize }
    };
    let mut v = src.to_vec();
    for _ in 0..1 + next(4) {
        let len = v.len();
        let a = next(len + 1);
        let b = (a + next(64)).min(len);
        match next(5) {
            0 => {
                v.drain(a..b);
            }
            1 => {
                let piece = v[a..b].to_vec();
                v.splice(a..a, piece.iter().copied().chain(piece.iter().copied()));
            }
            2 => {
                let noise: &[u8] = [b"(".as_slice(), b")", b"[", b"]", b"{", b"}", b":", b"\n    ", b" lambda ", b"**", b"await ", b"yield "][next(12)];
                v.splice(a..a, noise.iter().copied());
            }
            3 => {
                let c = next(len + 1);
                let piece = v[a..b].to_vec();
                v.splice(c.min(v.len())..c.min(v.len()), piece);
            }
            _ => {
                if a < len {
                    let alphabet = b"()[]{}:,.=+-*\n \t\\'\"#0a";
                    v[a] = alphabet[next(alphabet.len())];
                }
            }
        }
    }
    v
}

/// Runs one program; `Some(reason)` when it crashed.
fn run(bin: &Path, dir: &Path, name: &str, src: &[u8]) -> Option<String> {
    let file = dir.join(name);
    std::fs::write(&file, src).ok()?;
    let mut child = Command::new(bin)
        .arg(&file)
        .current_dir(dir)
        .env_clear()
        .env("PATH", "/usr/bin:/bin")
        .env("PYTHONHASHSEED", "0")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .ok()?;
    let mut stderr = child.stderr.take()?;
    let reader = std::thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = stderr.read_to_end(&mut buf);
        buf
    });
    let start = Instant::now();
    let status = loop {
        if let Ok(Some(s)) = child.try_wait() {
            break Some(s);
        }
        if start.elapsed() > TIME_LIMIT {
            let _ = child.kill();
            let _ = child.wait();
            break None;
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    let err = String::from_utf8_lossy(&reader.join().unwrap_or_default()).into_owned();
    let _ = std::fs::remove_file(&file);
    let status = status?; // a time-out is not a crash
    for bad in ["panicked at", "has overflowed its stack", "fatal runtime error", "Fatal Python error"] {
        if err.contains(bad) {
            return Some(format!("stderr says {bad:?}: {}", err.lines().rev().take(8).collect::<Vec<_>>().join(" | ")));
        }
    }
    use std::os::unix::process::ExitStatusExt;
    if let Some(sig) = status.signal() {
        return Some(format!("killed by signal {sig}"));
    }
    None
}

#[test]
fn no_input_crashes_oxpy() {
    let bin = PathBuf::from(env!("CARGO_BIN_EXE_oxpy"));
    let all = std::env::var_os("OXPY_ROBUSTNESS_ALL").is_some();
    let mutations: u64 = std::env::var("OXPY_ROBUSTNESS_MUTATIONS").ok().and_then(|s| s.parse().ok()).unwrap_or(2);
    let files: Vec<PathBuf> = corpus().into_iter().enumerate().filter(|(i, _)| all || i % 8 == 0).map(|(_, p)| p).collect();
    assert!(files.len() > 100, "{} corpus files", files.len());
    let mut jobs: Vec<(String, Vec<u8>)> = Vec::new();
    for (k, f) in files.iter().enumerate() {
        let Ok(src) = std::fs::read(f) else { continue };
        for m in 0..=mutations {
            let text = if m == 0 { src.clone() } else { mutate(&src, (k as u64) << 8 | m) };
            let label = format!("{} (mutation {m})", f.strip_prefix(env!("CARGO_MANIFEST_DIR")).unwrap_or(f).display());
            jobs.push((label, text));
        }
    }
    let work = std::env::temp_dir().join(format!("oxpy-robustness-{}", std::process::id()));
    std::fs::create_dir_all(&work).unwrap();
    let next = AtomicUsize::new(0);
    let crashes = Mutex::new(Vec::new());
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get());
    std::thread::scope(|s| {
        for t in 0..threads {
            let (jobs, next, crashes, bin, work) = (&jobs, &next, &crashes, &bin, &work);
            s.spawn(move || {
                let dir = work.join(format!("t{t}"));
                let _ = std::fs::create_dir_all(&dir);
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some((label, src)) = jobs.get(i) else { break };
                    if let Some(why) = run(bin, &dir, "prog.py", src) {
                        let mut saved = work.clone();
                        saved.push(format!("crash-{i}.py"));
                        let _ = std::fs::write(&saved, src);
                        crashes.lock().unwrap().push(format!("{label}: {why} (input kept in {})", saved.display()));
                    }
                }
            });
        }
    });
    let crashes = crashes.into_inner().unwrap();
    assert!(crashes.is_empty(), "{} of {} inputs crashed oxpy:\n{}", crashes.len(), jobs.len(), crashes.join("\n"));
    let _ = std::fs::remove_dir_all(&work);
}
