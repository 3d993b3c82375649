//! Prints oxpy's codegen dump of each file given, in the format of
//! scripts/record_codegen.py (one `== PATH` line before each).
//!
//! Usage: oxpy-codegen FILE.py ...

fn main() {
    for path in std::env::args().skip(1) {
        println!("== {path}");
        let name = std::path::Path::new(&path)
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or(&path)
            .to_string();
        match std::fs::read(&path) {
            Ok(src) => print!("{}", compile::dump::codegen_dump(&src, &name, 0)),
            Err(e) => println!("error: {e}"),
        }
    }
}
