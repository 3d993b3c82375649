//! The front end's tests, in one binary: the helpers compile once and a
//! release rebuild links one test executable. Expected values are recorded
//! from CPython 3.14 (the recorders are in gen/ at the repository root;
//! their outputs live in ../data/, data only); no test runs CPython, except
//! the `#[ignore]`d ones that say so.
//!
//! `cargo test -p syntax --release --test front_end [FILTER]`, where FILTER
//! is a module path such as `corpus`, `tokenizer::codecs` or `literals`.

mod support;

/// The AST corpus (tests/ast at the repository root) and `oxpy-ast` itself.
mod corpus;
/// Mutated corpus programs: no panic, no hang, deterministic.
mod fuzz_smoke;
/// The inventory of generated files (gen/GENERATED).
mod generated;

/// Token streams and tokenizer errors.
mod tokenizer {
    /// Records of tokens, errors and warnings (data/tokenizer/cases.txt).
    mod cases;
    /// Coding cookies and every codec name CPython knows.
    mod codecs;
    /// Against CPython over its whole Lib (ignored: needs CPython).
    mod lib_parity;
    /// Mutated sources: no panic, overflow or hang.
    mod robust;
    /// Throughput over CPython's Lib (ignored: a measurement).
    mod speed;
}

/// The grammar, its error messages and its depth limits.
mod parser {
    /// Recorded parses and SyntaxErrors (data/parser/cases.txt).
    mod cases;
    /// Deep inputs on small stacks.
    mod deep_inputs;
    /// CPython's depth limit in both passes (data/parser/depth_contexts.txt).
    mod depth;
    /// Modes other than 'exec'.
    mod modes;
    /// Mutated corpus programs: no panic.
    mod robust;
}

/// String, bytes, f-/t-string and number literals.
mod literals {
    /// Adjacent literals and f-/t-string values.
    mod concat;
    /// Number literal values (data/literals/numbers.rs).
    mod numbers;
    /// Random literal text: no panic.
    mod robust;
    /// String and f-string part values (data/literals/{strings,fstrings}.rs).
    mod strings;
}

/// `ast.dump` and `repr()`.
mod ast {
    /// `ast.dump` of CPython's own trees over its Lib (ignored: needs CPython).
    mod dump_lib;
    /// `repr()` of constants (data/repr/cases.rs) and `ast.dump` of built trees.
    mod repr;
}
