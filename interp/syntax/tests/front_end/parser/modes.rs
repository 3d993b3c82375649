//! Modes other than 'exec' (`ast.parse(src, mode=...)`), expected values
//! recorded with CPython 3.14 (`ast.dump(..., include_attributes=True)` or
//! the SyntaxError line).

use syntax::ast::dump;
use syntax::parser::{Mode, parse};

const CASES: &[(&str, &str, &str)] = &[
    ("exec", "", "Module()"),
    (
        "eval",
        "1 + 2",
        "Expression(body=BinOp(left=Constant(value=1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), op=Add(), right=Constant(value=2, lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), lineno=1, col_offset=0, end_lineno=1, end_col_offset=5))",
    ),
    (
        "eval",
        "1,",
        "Expression(body=Tuple(elts=[Constant(value=1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=2))",
    ),
    ("eval", "x = 1", "SyntaxError: invalid syntax (1, 3, 1, 4)"),
    (
        "eval",
        "\n\n1\n\n",
        "Expression(body=Constant(value=1, lineno=3, col_offset=0, end_lineno=3, end_col_offset=1))",
    ),
    ("eval", "", "SyntaxError: invalid syntax (0, 0, 0, 0)"),
    (
        "eval",
        "yield x",
        "SyntaxError: invalid syntax (1, 1, 1, 6)",
    ),
    (
        "single",
        "x = 1",
        "Interactive(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=Constant(value=1, lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), lineno=1, col_offset=0, end_lineno=1, end_col_offset=5)])",
    ),
    (
        "single",
        "x = 1; y = 2",
        "Interactive(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=Constant(value=1, lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), lineno=1, col_offset=0, end_lineno=1, end_col_offset=5), Assign(targets=[Name(id='y', ctx=Store(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=8)], value=Constant(value=2, lineno=1, col_offset=11, end_lineno=1, end_col_offset=12), lineno=1, col_offset=7, end_lineno=1, end_col_offset=12)])",
    ),
    (
        "single",
        "x = 1\ny = 2",
        "SyntaxError: multiple statements found while compiling a single statement (1, 6, 1, 7)",
    ),
    (
        "single",
        "if x:\n    pass\n",
        "Interactive(body=[If(test=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), body=[Pass(lineno=2, col_offset=4, end_lineno=2, end_col_offset=8)], lineno=1, col_offset=0, end_lineno=2, end_col_offset=8)])",
    ),
    ("single", "", "SyntaxError: invalid syntax (0, 0, 0, 0)"),
    ("single", "\n", "SyntaxError: invalid syntax (1, 0, 1, 0)"),
    (
        "single",
        "x = 1\n# c\n",
        "Interactive(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=Constant(value=1, lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), lineno=1, col_offset=0, end_lineno=1, end_col_offset=5)])",
    ),
    (
        "single",
        "if x:\n    pass\ny = 1\n",
        "SyntaxError: invalid syntax (3, 1, 3, 2)",
    ),
    (
        "func_type",
        "(int, str) -> bool",
        "FunctionType(argtypes=[Name(id='int', ctx=Load(), lineno=1, col_offset=1, end_lineno=1, end_col_offset=4), Name(id='str', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=9)], returns=Name(id='bool', ctx=Load(), lineno=1, col_offset=14, end_lineno=1, end_col_offset=18))",
    ),
    (
        "func_type",
        "() -> None",
        "FunctionType(returns=Constant(value=None, lineno=1, col_offset=6, end_lineno=1, end_col_offset=10))",
    ),
    (
        "func_type",
        "(*int, **str) -> x",
        "FunctionType(argtypes=[Name(id='int', ctx=Load(), lineno=1, col_offset=2, end_lineno=1, end_col_offset=5), Name(id='str', ctx=Load(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=12)], returns=Name(id='x', ctx=Load(), lineno=1, col_offset=17, end_lineno=1, end_col_offset=18))",
    ),
    (
        "func_type",
        "(a, *b, **c) -> d",
        "FunctionType(argtypes=[Name(id='a', ctx=Load(), lineno=1, col_offset=1, end_lineno=1, end_col_offset=2), Name(id='b', ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), Name(id='c', ctx=Load(), lineno=1, col_offset=10, end_lineno=1, end_col_offset=11)], returns=Name(id='d', ctx=Load(), lineno=1, col_offset=16, end_lineno=1, end_col_offset=17))",
    ),
    (
        "func_type",
        "int -> x",
        "SyntaxError: invalid syntax (1, 1, 1, 4)",
    ),
    (
        "eval",
        "lambda: (yield)",
        "Expression(body=Lambda(args=arguments(), body=Yield(lineno=1, col_offset=9, end_lineno=1, end_col_offset=14), lineno=1, col_offset=0, end_lineno=1, end_col_offset=15))",
    ),
    (
        "single",
        "x = 1 +",
        "SyntaxError: invalid syntax (1, 0, 1, 0)",
    ),
];

#[test]
fn modes_match_cpython() {
    let mut bad = Vec::new();
    for (mode, src, expect) in CASES {
        let m = match *mode {
            "exec" => Mode::Exec,
            "eval" => Mode::Eval,
            "single" => Mode::Single,
            _ => Mode::FuncType,
        };
        let got = match parse(src.as_bytes(), "<unknown>", m) {
            Ok(tree) => dump(&tree, true).expect("dump"),
            Err(e) => format!("{}: {} {}", e.kind.name(), e.msg, e.location_repr()),
        };
        if got != *expect {
            bad.push(format!(
                "{mode} {src:?}\n  expected: {expect}\n  got:      {got}"
            ));
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}
