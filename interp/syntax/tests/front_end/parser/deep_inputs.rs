//! Deep inputs on an ordinary thread: the front end is embedded in hosts whose threads have
//! small stacks (2 MiB is Rust's default for spawned threads), so parsing, the second
//! (error) pass with its memoised-subtree clones, and dropping the results must not recurse
//! on the native stack without bound. Expected outcomes recorded with CPython 3.14's
//! `ast.parse` (the "Parser stack overflowed" MemoryError is the error kind MemoryError).

use syntax::syntax_error::SyntaxError;

const SMALL_STACK: usize = 2 << 20;

fn outcome(src: String) -> String {
    std::thread::Builder::new()
        .stack_size(SMALL_STACK)
        .spawn(move || {
            let r = syntax::parser::parse_module(src.as_bytes(), "<deep>");
            let s = match &r {
                Ok(_) => "ok".to_string(),
                Err(e) => format!(
                    "{}: {} ({}, {})",
                    e.kind.name(),
                    e.msg,
                    SyntaxError::field_repr(e.lineno),
                    SyntaxError::field_repr(e.offset)
                ),
            };
            drop(r);
            s
        })
        .expect("spawn")
        .join()
        .expect("no panic")
}

/// CPython 3.14's error pass overflows its depth limit here (MemoryError "Parser stack
/// overflowed - Python source too complex to parse"), and so does oxpy's. The error pass
/// must also return at all on a small stack: it clones memoised 3000-level subtrees, which
/// used to overflow the native stack.
#[test]
fn conditional_chain_error_on_small_stack() {
    let got = outcome(format!("x = {}\n", "1 if x else ".repeat(3000)));
    assert_eq!(
        got,
        "MemoryError: Parser stack overflowed - Python source too complex to parse (0, 0)"
    );
}

#[test]
fn unary_chain_parses_and_drops() {
    assert_eq!(outcome(format!("x = {}1\n", "-".repeat(5000))), "ok");
}

#[test]
fn deep_subtree_dropped_after_error() {
    assert_eq!(
        outcome(format!("x = {}1 +\n", "-".repeat(5000))),
        "SyntaxError: invalid syntax (1, 5008)"
    );
}

#[test]
fn nested_list_with_error_inside() {
    let src = format!("x = {}[[, {}\n", "[1, ".repeat(150), "1]".repeat(150));
    assert_eq!(outcome(src), "SyntaxError: invalid syntax (1, 607)");
}

#[test]
fn nested_subscript_target_error() {
    let src = format!(
        "a{}={}x{}\n",
        "[".repeat(150),
        "[".repeat(150),
        "]".repeat(150)
    );
    assert_eq!(
        outcome(src),
        "SyntaxError: too many nested parentheses (1, 203)"
    );
}

#[test]
fn long_addition_chain() {
    assert_eq!(outcome(format!("x = {}1\n", "1 + ".repeat(20000))), "ok");
    assert_eq!(
        outcome(format!("x = {}1 +\n", "1 + ".repeat(20000))),
        "SyntaxError: invalid syntax (1, 80008)"
    );
}

/// Nested group patterns: each '(' could open a group or a sequence pattern, so without
/// CPython's memo on `closed_pattern` this is exponential (found by the fuzzer).
#[test]
fn nested_group_patterns() {
    for n in [30, 150] {
        let src = format!(
            "match x:\n    case {}y{}:\n        pass\n",
            "(".repeat(n),
            ")".repeat(n)
        );
        assert_eq!(outcome(src), "ok");
        let src = format!(
            "match x:\n    case [{}y{}, *rest]:\n        pass\n",
            "(".repeat(n),
            ")".repeat(n)
        );
        assert_eq!(outcome(src), "ok");
    }
}

/// Found by the fuzzer: the error pass re-parses a 2400-level conditional chain through
/// `expression_without_invalid`, and every rule entry between two levels of that recursion
/// is a memo hit in a sibling call. The stack check once counted rule entries, so it fell
/// only on those siblings (which grow the stack for themselves alone) and never on the
/// recursion: the 2 MiB stack overflowed. It now counts nested rules.
#[test]
fn conditional_chain_after_name_in_nested_blocks() {
    let src = format!(
        "class C:\n def f(self):\n  for a in b:\n   with c:\n    while d:\n     if e:\n      self.assertse {}1\n",
        "1 if x else ".repeat(2400)
    );
    assert_eq!(outcome(src), "SyntaxError: invalid syntax (7, 21)");
}
