//! Prints the dump of the code objects oxpy compiles FILE to, in the format
//! of scripts/record_code.py (the end-to-end corpus tests/compile/code).
//!
//! Usage: oxpy-code FILE.py ...   (one `== PATH` line before each when
//! several are given)

fn main() {
    let paths: Vec<String> = std::env::args().skip(1).collect();
    for path in &paths {
        if paths.len() > 1 {
            println!("== {path}");
        }
        match std::fs::read(path) {
            Ok(src) => print!("{}", compile::code::compile_dump(&src, path)),
            Err(e) => println!("error: {e}"),
        }
    }
}
