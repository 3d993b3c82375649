//! Deep nesting: CPython 3.14's parser raises MemoryError("Parser stack
//! overflowed - Python source too complex to parse") when a rule is entered at
//! depth MAXSTACK (6000); the numbers below were recorded with CPython 3.14
//! (`ast.parse`), the largest N that still parses.

use interp::parser::parse_module;

const OVERFLOW: &str = "Parser stack overflowed - Python source too complex to parse";

fn overflows(src: &str) -> bool {
    match parse_module(src.as_bytes(), "<unknown>") {
        Ok(_) => false,
        Err(e) => {
            assert_eq!(
                e.msg,
                OVERFLOW,
                "unexpected error for input of {} bytes",
                src.len()
            );
            true
        }
    }
}

/// Checks that `f(n)` parses and `f(n + 1)` overflows.
fn boundary(n: usize, f: impl Fn(usize) -> String) {
    assert!(!overflows(&f(n)), "N={n} should parse");
    assert!(overflows(&f(n + 1)), "N={} should overflow", n + 1);
}

fn run(f: impl FnOnce() + Send + 'static) {
    // Deep trees take a deep stack to drop; the parser itself grows its own.
    std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(f)
        .unwrap()
        .join()
        .unwrap();
}

#[test]
fn unary_minus_chain() {
    run(|| boundary(5968, |n| format!("{}1", "-".repeat(n))));
}

#[test]
fn unary_minus_in_assignment() {
    run(|| boundary(5966, |n| format!("x={}1", "-".repeat(n))));
}

#[test]
fn not_chain() {
    run(|| boundary(5968, |n| format!("{}1", "not ".repeat(n))));
}

#[test]
fn invert_chain() {
    run(|| boundary(5968, |n| format!("{}1", "~".repeat(n))));
}

#[test]
fn power_chain() {
    run(|| boundary(2985, |n| vec!["a"; n].join("**")));
}

#[test]
fn lambda_chain() {
    run(|| boundary(2984, |n| format!("{}1", "lambda:".repeat(n))));
}

#[test]
fn conditional_chain() {
    run(|| boundary(5968, |n| format!("{}1", "x if y else ".repeat(n))));
}

#[test]
fn huge_unary_chain_is_an_error_not_a_crash() {
    run(|| assert!(overflows(&format!("{}1", "-".repeat(100_000)))));
}

/// Prints the largest N that parses for each chain (calibration aid).
#[test]
#[ignore]
fn print_thresholds() {
    run(|| {
        type Shape = Box<dyn Fn(usize) -> String>;
        let cases: Vec<(&str, Shape)> = vec![
            ("-", Box::new(|n| format!("{}1", "-".repeat(n)))),
            ("x=-", Box::new(|n| format!("x={}1", "-".repeat(n)))),
            ("not", Box::new(|n| format!("{}1", "not ".repeat(n)))),
            ("**", Box::new(|n| vec!["a"; n].join("**"))),
            ("lambda", Box::new(|n| format!("{}1", "lambda:".repeat(n)))),
            (
                "ifexp",
                Box::new(|n| format!("{}1", "x if y else ".repeat(n))),
            ),
        ];
        for (name, f) in cases {
            let (mut lo, mut hi) = (1usize, 9000usize);
            while lo < hi {
                let m = (lo + hi).div_ceil(2);
                if overflows(&f(m)) { hi = m - 1 } else { lo = m }
            }
            println!("{name} {lo}");
        }
    });
}
