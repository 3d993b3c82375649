//! `repr()` of constants and `ast.dump` against values recorded from CPython 3.14.

mod cases {
    include!("../../data/repr/cases.rs");
}

use num_bigint::BigInt;
use syntax::ast::repr::{ReprError, bytes_repr, complex_repr, float_repr, int_repr, str_repr};
use syntax::ast::*;

fn big(hex: &str) -> BigInt {
    let (neg, digits) = match hex.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, hex),
    };
    let v = BigInt::parse_bytes(digits.trim_start_matches("0x").as_bytes(), 16).expect("hex");
    if neg { -v } else { v }
}

#[test]
fn float_reprs() {
    let mut bad = Vec::new();
    for &(bits, expected) in cases::FLOATS {
        let mut s = String::new();
        float_repr(&mut s, f64::from_bits(bits));
        if s != expected {
            bad.push(format!("{bits:#018x}: got {s}, want {expected}"));
        }
    }
    assert!(
        bad.is_empty(),
        "{} mismatches:\n{}",
        bad.len(),
        bad.join("\n")
    );
}

#[test]
fn nan_repr_has_no_sign() {
    let mut s = String::new();
    float_repr(&mut s, -f64::NAN);
    assert_eq!(s, "nan");
}

#[test]
fn complex_reprs() {
    for &(re, im, expected) in cases::COMPLEXES {
        let mut s = String::new();
        complex_repr(&mut s, f64::from_bits(re), f64::from_bits(im));
        assert_eq!(s, expected, "complex({re:#x}, {im:#x})");
    }
}

#[test]
fn str_reprs() {
    for &(cps, expected) in cases::STRS {
        let mut b = PyStrBuf::new();
        for &cp in cps {
            b.push_code_point(cp).expect("valid code point");
        }
        let s = b.finish();
        assert_eq!(s.char_len(), cps.len());
        assert_eq!(s.code_points().collect::<Vec<_>>(), cps);
        let mut r = String::new();
        str_repr(&mut r, &s);
        assert_eq!(r, expected, "code points {cps:x?}");
    }
}

#[test]
fn surrogate_pair_stays_two_code_points() {
    let mut b = PyStrBuf::new();
    b.push_code_point(0xD83D).unwrap();
    b.push_code_point(0xDE00).unwrap();
    let s = b.finish();
    assert_eq!(s.char_len(), 2);
    assert!(s.as_str().is_none());
    assert_ne!(s, PyStr::from("\u{1F600}"));
    assert_eq!(
        PyStrBuf::new().push_code_point(0x110000),
        Err(InvalidCodePoint(0x110000))
    );
}

#[test]
fn bytes_reprs() {
    for &(b, expected) in cases::BYTES {
        let mut s = String::new();
        bytes_repr(&mut s, b);
        assert_eq!(s, expected);
    }
}

#[test]
fn int_reprs() {
    for &(hex, expected) in cases::INTS {
        let v = PyInt::from_bigint(big(hex));
        let mut s = String::new();
        int_repr(&mut s, &v, repr::DEFAULT_MAX_STR_DIGITS).expect("within the limit");
        assert_eq!(s, expected);
    }
    assert_eq!(PyInt::from_bigint(BigInt::from(-5)), PyInt::Small(-5));
}

#[test]
fn int_repr_digit_limit() {
    // 10**4300 has 4301 digits: CPython raises ValueError; 10**4300 - 1 prints.
    let msg = "Exceeds the limit (4300 digits) for integer string conversion; \
               use sys.set_int_max_str_digits() to increase the limit";
    let ten = BigInt::from(10);
    let p = num_bigint::BigInt::pow(&ten, 4300u32);
    for v in [p.clone(), -p.clone(), BigInt::pow(&ten, 100_000u32)] {
        let mut s = String::new();
        let e = int_repr(&mut s, &PyInt::from_bigint(v), 4300);
        assert_eq!(e, Err(ReprError::ValueError(msg.to_owned())));
    }
    let mut s = String::new();
    int_repr(&mut s, &PyInt::from_bigint(p - 1), 4300).unwrap();
    assert_eq!(s.len(), 4300);
    // 0 disables the limit, as sys.set_int_max_str_digits(0) does.
    let mut s = String::new();
    int_repr(&mut s, &PyInt::from_bigint(BigInt::pow(&ten, 5000u32)), 0).unwrap();
    assert_eq!(s.len(), 5001);
}

#[test]
fn constant_reprs() {
    let cases: Vec<(ConstantValue, &str)> = vec![
        (ConstantValue::None, "None"),
        (ConstantValue::Bool(true), "True"),
        (ConstantValue::Bool(false), "False"),
        (ConstantValue::Ellipsis, "Ellipsis"),
        (ConstantValue::Int(PyInt::Small(42)), "42"),
        (ConstantValue::Float(1e16), "1e+16"),
        (
            ConstantValue::Complex {
                real: 0.0,
                imag: 1.0,
            },
            "1j",
        ),
        (ConstantValue::Str(PyStr::from("a'b")), "\"a'b\""),
        (ConstantValue::Bytes(Box::new(*b"\x00")), "b'\\x00'"),
    ];
    for (v, expected) in cases {
        assert_eq!(v.repr().unwrap(), expected);
    }
}

fn loc(l: i32, c: i32, el: i32, ec: i32) -> Location {
    Location::new(l, c, el, ec)
}

fn e(node: ExprKind, l: Location) -> Expr {
    Expr { node, loc: l }
}

fn name(id: &str, ctx: ExprContext, l: Location) -> Expr {
    e(ExprKind::Name { id: id.into(), ctx }, l)
}

fn int(v: i64, l: Location) -> Expr {
    e(
        ExprKind::Constant {
            value: ConstantValue::Int(PyInt::Small(v)),
            kind: None,
        },
        l,
    )
}

fn module(body: Vec<Stmt>) -> Mod {
    Mod::Module {
        body,
        type_ignores: vec![],
    }
}

#[test]
fn dump_assign() {
    // ast.parse("x = -1")
    let m = module(vec![Stmt {
        node: StmtKind::Assign {
            targets: vec![name("x", ExprContext::Store, loc(1, 0, 1, 1))],
            value: Box::new(e(
                ExprKind::UnaryOp {
                    op: UnaryOp::USub,
                    operand: Box::new(int(1, loc(1, 5, 1, 6))),
                },
                loc(1, 4, 1, 6),
            )),
            type_comment: None,
        },
        loc: loc(1, 0, 1, 6),
    }]);
    assert_eq!(
        dump(&m, true).unwrap(),
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=UnaryOp(op=USub(), operand=Constant(value=1, lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), lineno=1, col_offset=4, end_lineno=1, end_col_offset=6), lineno=1, col_offset=0, end_lineno=1, end_col_offset=6)])"
    );
    assert_eq!(
        dump(&m, false).unwrap(),
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=UnaryOp(op=USub(), operand=Constant(value=1)))])"
    );
}

#[test]
fn dump_import_from() {
    // ast.parse("from . import a as b, c")
    let m = module(vec![Stmt {
        node: StmtKind::ImportFrom {
            module: None,
            names: vec![
                Alias {
                    name: "a".into(),
                    asname: Some("b".into()),
                    loc: loc(1, 14, 1, 20),
                },
                Alias {
                    name: "c".into(),
                    asname: None,
                    loc: loc(1, 22, 1, 23),
                },
            ],
            level: Some(1),
        },
        loc: loc(1, 0, 1, 23),
    }]);
    assert_eq!(
        dump(&m, true).unwrap(),
        "Module(body=[ImportFrom(names=[alias(name='a', asname='b', lineno=1, col_offset=14, end_lineno=1, end_col_offset=20), alias(name='c', lineno=1, col_offset=22, end_lineno=1, end_col_offset=23)], level=1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=23)])"
    );
}

#[test]
fn dump_function_def() {
    // ast.parse("def f(a, /, b=1, *, c, d=2, **k): pass")
    let arg = |n: &str, l| Arg {
        arg: n.into(),
        annotation: None,
        type_comment: None,
        loc: l,
    };
    let m = module(vec![Stmt {
        node: StmtKind::FunctionDef {
            name: "f".into(),
            args: Box::new(Arguments {
                posonlyargs: vec![arg("a", loc(1, 6, 1, 7))],
                args: vec![arg("b", loc(1, 12, 1, 13))],
                vararg: None,
                kwonlyargs: vec![arg("c", loc(1, 20, 1, 21)), arg("d", loc(1, 23, 1, 24))],
                kw_defaults: vec![None, Some(int(2, loc(1, 25, 1, 26)))],
                kwarg: Some(Box::new(arg("k", loc(1, 30, 1, 31)))),
                defaults: vec![int(1, loc(1, 14, 1, 15))],
            }),
            body: vec![Stmt {
                node: StmtKind::Pass,
                loc: loc(1, 34, 1, 38),
            }],
            decorator_list: vec![],
            returns: None,
            type_comment: None,
            type_params: vec![],
        },
        loc: loc(1, 0, 1, 38),
    }]);
    assert_eq!(
        dump(&m, true).unwrap(),
        "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[arg(arg='a', lineno=1, col_offset=6, end_lineno=1, end_col_offset=7)], args=[arg(arg='b', lineno=1, col_offset=12, end_lineno=1, end_col_offset=13)], kwonlyargs=[arg(arg='c', lineno=1, col_offset=20, end_lineno=1, end_col_offset=21), arg(arg='d', lineno=1, col_offset=23, end_lineno=1, end_col_offset=24)], kw_defaults=[None, Constant(value=2, lineno=1, col_offset=25, end_lineno=1, end_col_offset=26)], kwarg=arg(arg='k', lineno=1, col_offset=30, end_lineno=1, end_col_offset=31), defaults=[Constant(value=1, lineno=1, col_offset=14, end_lineno=1, end_col_offset=15)]), body=[Pass(lineno=1, col_offset=34, end_lineno=1, end_col_offset=38)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=38)])"
    );
    assert_eq!(
        dump(&m, false).unwrap(),
        "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[arg(arg='a')], args=[arg(arg='b')], kwonlyargs=[arg(arg='c'), arg(arg='d')], kw_defaults=[None, Constant(value=2)], kwarg=arg(arg='k'), defaults=[Constant(value=1)]), body=[Pass()])])"
    );
}

#[test]
fn dump_dict_and_global() {
    // ast.parse("d = {**a, 1: b\"'\"}") and ast.parse("global a, b"), without attributes
    let l = Location::default();
    let m = module(vec![
        Stmt {
            node: StmtKind::Assign {
                targets: vec![name("d", ExprContext::Store, l)],
                value: Box::new(e(
                    ExprKind::Dict {
                        keys: vec![None, Some(int(1, l))],
                        values: vec![
                            name("a", ExprContext::Load, l),
                            e(
                                ExprKind::Constant {
                                    value: ConstantValue::Bytes(Box::new(*b"'")),
                                    kind: None,
                                },
                                l,
                            ),
                        ],
                    },
                    l,
                )),
                type_comment: None,
            },
            loc: l,
        },
        Stmt {
            node: StmtKind::Global {
                names: vec!["a".into(), "b".into()],
            },
            loc: l,
        },
    ]);
    assert_eq!(
        dump(&m, false).unwrap(),
        "Module(body=[Assign(targets=[Name(id='d', ctx=Store())], value=Dict(keys=[None, Constant(value=1)], values=[Name(id='a', ctx=Load()), Constant(value=b\"'\")])), Global(names=['a', 'b'])])"
    );
}

/// `x = ` followed by `n` unary minus signs and `1`.
fn unary_chain(n: usize) -> Mod {
    let mut v = int(1, Location::default());
    for _ in 0..n {
        v = e(
            ExprKind::UnaryOp {
                op: UnaryOp::USub,
                operand: Box::new(v),
            },
            Location::default(),
        );
    }
    module(vec![Stmt {
        node: StmtKind::Assign {
            targets: vec![name("x", ExprContext::Store, Location::default())],
            value: Box::new(v),
            type_comment: None,
        },
        loc: Location::default(),
    }])
}

#[test]
fn dump_recursion_limit_through_fields() {
    // Recorded: the reference script prints "x = " + "-"*992 + "1" and raises
    // RecursionError for 993 minus signs.
    assert!(dump(&unary_chain(992), true).is_ok());
    let err = dump(&unary_chain(993), true).unwrap_err();
    assert_eq!(
        err.to_string(),
        "RecursionError: maximum recursion depth exceeded"
    );
    assert!(dump(&unary_chain(3000), false).is_err());
}

/// `x = ` + `------[` * n + `1` + `]` * n: lists cost Python two extra frames.
fn list_chain(n: usize) -> Mod {
    let l = Location::default();
    let mut v = int(1, l);
    for _ in 0..n {
        v = e(
            ExprKind::List {
                elts: vec![v],
                ctx: ExprContext::Load,
            },
            l,
        );
        for _ in 0..6 {
            v = e(
                ExprKind::UnaryOp {
                    op: UnaryOp::USub,
                    operand: Box::new(v),
                },
                l,
            );
        }
    }
    module(vec![Stmt {
        node: StmtKind::Assign {
            targets: vec![name("x", ExprContext::Store, l)],
            value: Box::new(v),
            type_comment: None,
        },
        loc: l,
    }])
}

#[test]
fn dump_recursion_limit_through_lists() {
    // Recorded: 110 levels print, 111 raise RecursionError.
    assert!(dump(&list_chain(110), true).is_ok());
    assert!(matches!(
        dump(&list_chain(111), true),
        Err(DumpError::RecursionError(_))
    ));
}

#[test]
fn dump_value_error_for_huge_int() {
    let big = BigInt::pow(&BigInt::from(10), 4300u32);
    let m = Mod::Expression {
        body: Box::new(e(
            ExprKind::Constant {
                value: ConstantValue::Int(PyInt::from_bigint(big)),
                kind: None,
            },
            Location::default(),
        )),
    };
    let err = dump(&m, true).unwrap_err();
    assert_eq!(err.type_name(), "ValueError");
}

#[test]
fn deep_tree_drops_on_a_small_stack() {
    // The derived drop glue would need about 35 bytes of stack per level.
    let h = std::thread::Builder::new()
        .stack_size(512 << 10)
        .spawn(|| {
            for m in [unary_chain(1_000_000), list_chain(100_000)] {
                drop(m);
            }
            let mut v = int(1, Location::default());
            for _ in 0..1_000_000 {
                v = e(
                    ExprKind::UnaryOp {
                        op: UnaryOp::Not,
                        operand: Box::new(v),
                    },
                    Location::default(),
                );
            }
            drop(Mod::Expression { body: Box::new(v) });
        })
        .unwrap();
    h.join().unwrap();
}
