//! Prints oxpy's codegen dump of each file given, in the format of
//! scripts/record_codegen.py (one `== PATH` line before each).
//!
//! Usage: oxpy-codegen FILE.py ...
//!        oxpy-codegen --time FILE.py ...   (parses all files, then prints
//!        the time codegen takes over all the trees, parsing excluded)

use compile::CompileFlags;

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("--time") {
        args.remove(0);
        let mut trees = Vec::new();
        for path in &args {
            if let Ok(src) = std::fs::read(path)
                && let Ok(m) = syntax::parser::parse_module(&src, path)
            {
                trees.push((path.clone(), m));
            }
        }
        let start = std::time::Instant::now();
        let mut ok = 0;
        for (path, m) in &trees {
            if compile::compile::codegen_only(m, path, CompileFlags::default(), 0).is_ok() {
                ok += 1;
            }
        }
        println!(
            "{} trees, {} compiled, {:.3} s",
            trees.len(),
            ok,
            start.elapsed().as_secs_f64()
        );
        return;
    }
    for path in args {
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
