//! The Python 3.14 implementation of oxpy.
//!
//! The front end (source bytes to CPython's AST, or CPython's SyntaxError):
//! - [`tokenizer`]: bytes to tokens, as CPython's `Parser/tokenizer` sees them;
//! - [`parser`]: the PEG grammar of `Grammar/python.gram`, with its `invalid_*` rules;
//! - [`ast`]: the node types of `Parser/Python.asdl` and `ast.dump`;
//! - [`syntax_error`]: the error both of them raise.

pub mod ast;
pub mod parser;
pub mod syntax_error;
pub mod tokenizer;
