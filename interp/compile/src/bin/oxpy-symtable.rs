//! Prints oxpy's symbol table of each file given, in the format of
//! scripts/record_symtable.py (one `== PATH` line before each).
//!
//! Usage: oxpy-symtable FILE.py ...

fn main() {
    for path in std::env::args().skip(1) {
        println!("== {path}");
        let src = match std::fs::read(&path) {
            Ok(s) => s,
            Err(e) => {
                println!("error: {e}");
                continue;
            }
        };
        print!("{}", compile::symtable_dump(&src, &path));
    }
}
