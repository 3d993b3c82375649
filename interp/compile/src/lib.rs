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
pub mod instr;
pub mod opcode;
pub mod opcode_metadata;

pub use assemble::optimize_and_assemble;
