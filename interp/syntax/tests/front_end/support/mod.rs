//! What the test modules share (the fuzzer example includes this module too).

pub mod files;
pub mod mutator;
pub mod recorded;
/// The corpus's reference script, as `oxpy-ast` runs it.
#[path = "../../../src/bin/oxpy-ast/reference.rs"]
pub mod reference;
pub mod runner;
pub mod tokens;
