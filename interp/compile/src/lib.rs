//! The compiler of oxpy: CPython 3.14's `Python/compile.c` and friends, from the
//! front end's AST to immutable, `Send + Sync` code cores (DESIGN 4).
//!
//! - [`opcode`]: the instruction set (generated from CPython's metadata);
//! - [`instr`]: the instruction sequence codegen emits and the flowgraph reads;
//! - [`consts`]: constant keys (`_PyCode_ConstantKey`) and the constant table;
//! - [`code`]: [`code::CodeCore`], what the compiler produces and interpreters run.

pub mod assemble;
pub mod code;
pub mod consts;
pub mod flowgraph;
pub mod future;
pub mod instr;
pub mod opcode;
pub mod opcode_metadata;
pub mod symtable;

/// The symbol table of `source` as scripts/record_symtable.py prints
/// CPython's (the tree, or the SyntaxError), for tests and tools.
pub fn symtable_dump(source: &[u8], filename: &str) -> String {
    let name = std::path::Path::new(filename)
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or(filename);
    let module = match syntax::parser::parse_module(source, name) {
        Ok(m) => m,
        Err(e) if e.kind.is_syntax_error() => {
            return format!("SyntaxError: {} {}\n", e.msg, e.location_repr());
        }
        Err(e) => return format!("{}: {}\n", e.kind.name(), e.msg),
    };
    let result = future::from_ast(&module).and_then(|ff| symtable::build(&module, &ff));
    match result {
        Ok(st) => st.dump(),
        Err(e) => format!("SyntaxError: {} {}\n", e.msg, e.location_repr()),
    }
}
pub mod codegen;
#[allow(clippy::module_inception)]
pub mod compile;
pub mod preprocess;
pub mod unparse;

pub use compile::{CompileFlags, Compiled, compile};
pub mod dump;

pub use assemble::optimize_and_assemble;
