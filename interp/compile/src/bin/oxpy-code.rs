//! Prints the dump of the code objects oxpy compiles FILE to, in the format
//! of scripts/record_code.py (the end-to-end corpus tests/compile/code).
//!
//! Usage:
//!     oxpy-code FILE.py ...          the dumps (`== PATH` before each when
//!                                    several are given)
//!     oxpy-code --batch FILE.py ...  `== PATH` before each, always
//!     oxpy-code --time FILE.py ...   no dumps: the time spent compiling the
//!                                    parsed files, and in optimise+assemble
//!     oxpy-code -O N ...             compile with optimize=N (before the above)

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Instant;

static OPTASM_NANOS: AtomicU64 = AtomicU64::new(0);

fn timed_assembler(
    seq: compile::instr::InstrSequence,
    meta: compile::instr::UnitMetadata,
    flags: u32,
    filename: &Arc<str>,
) -> Result<compile::code::CodeCore, syntax::syntax_error::SyntaxError> {
    let t = Instant::now();
    let r = compile::assemble::assembler(seq, meta, flags, filename);
    OPTASM_NANOS.fetch_add(t.elapsed().as_nanos() as u64, Ordering::Relaxed);
    r
}

fn time(paths: &[String]) {
    let mut modules = Vec::new();
    for path in paths {
        let Ok(src) = std::fs::read(path) else {
            continue;
        };
        if let Ok(m) = syntax::parser::parse_module(&src, path) {
            modules.push((path, m));
        }
    }
    let (mut ok, mut failed) = (0, 0);
    let t = Instant::now();
    for (path, m) in &modules {
        let r = compile::compile::compile_with(
            m,
            path,
            syntax::parser::Mode::Exec,
            compile::CompileFlags::default(),
            0,
            timed_assembler,
        );
        if r.is_ok() { ok += 1 } else { failed += 1 }
    }
    let total = t.elapsed().as_secs_f64();
    let optasm = OPTASM_NANOS.load(Ordering::Relaxed) as f64 / 1e9;
    println!(
        "{} files ({ok} compiled, {failed} failed): compile {total:.3} s, of which optimise+assemble {optasm:.3} s",
        modules.len()
    );
}

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let mut optimize = 0;
    if args.first().map(String::as_str) == Some("-O") && args.len() > 1 {
        optimize = args[1].parse().unwrap_or(0);
        args.drain(..2);
    }
    let mut headers = args.len() > 1;
    match args.first().map(String::as_str) {
        Some("--time") => return time(&args[1..]),
        Some("--batch") => {
            args.remove(0);
            headers = true;
        }
        _ => {}
    }
    for path in &args {
        if headers {
            println!("== {path}");
        }
        match std::fs::read(path) {
            Ok(src) => print!("{}", compile::code::compile_dump_with(&src, path, optimize)),
            Err(e) => println!("error: {e}"),
        }
    }
}
