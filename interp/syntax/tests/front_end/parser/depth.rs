//! Deep nesting: CPython 3.14's parser raises MemoryError("Parser stack
//! overflowed - Python source too complex to parse") when a rule is entered at
//! depth MAXSTACK (6000); the numbers below were recorded with CPython 3.14
//! (`ast.parse`), the largest N that still parses.

use syntax::parser::parse_module;

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

/// The rule depth at which the parser parses the `@` of `ctx`: 6000 minus the
/// longest chain of unary minuses that still parses there (one rule frame
/// each; scripts/depth_probe.py does the same against CPython).
fn depth_at_hole(ctx: &str, term: &str, hole: &str) -> i64 {
    let fill = |k: usize| ctx.replace(hole, &format!("{}{term}", "-".repeat(k)));
    // Contexts ending in an error give a SyntaxError below the limit.
    let overflows = |src: &str| matches!(parse_module(src.as_bytes(), "<unknown>"), Err(e) if e.msg == OVERFLOW);
    let (mut lo, mut hi) = (0usize, 6100usize);
    assert!(!overflows(&fill(0)), "{ctx:?} overflows without nesting");
    while lo < hi {
        let m = (lo + hi).div_ceil(2);
        if overflows(&fill(m)) {
            hi = m - 1;
        } else {
            lo = m;
        }
    }
    6000 - lo as i64
}

/// CPython memoises rules, so the depth that counts is that of the first
/// parse of each position; statement alternatives (targets before
/// expressions), helper rules (`_tmp`, `_gather`, `_loop`) and bracket
/// alternatives (tuple before group, dict before set, genexp before call
/// arguments) all decide it. Each context's depth was recorded with CPython
/// 3.14 (data/parser/depth_contexts.txt), in both passes.
#[test]
fn depth_of_each_context_matches_cpython() {
    run(|| {
        let data = include_str!("../../data/parser/depth_contexts.txt");
        let mut bad = Vec::new();
        let mut n = 0;
        for line in data
            .lines()
            .filter(|l| !l.starts_with('#') && !l.is_empty())
        {
            let mut cols = line.split('\t');
            let want: i64 = cols.next().and_then(|d| d.parse().ok()).expect("a depth");
            let ctx = cols.next().expect("a context").replace("\\n", "\n");
            let term = cols.next().unwrap_or("1");
            let hole = cols.next().unwrap_or("@");
            let got = depth_at_hole(&ctx, term, hole);
            if got != want {
                bad.push(format!(
                    "{ctx:?} ending in {term}: CPython {want}, oxpy {got}"
                ));
            }
            n += 1;
        }
        assert!(n > 340, "only {n} contexts read");
        assert!(
            bad.is_empty(),
            "{} of {n} differ:\n{}",
            bad.len(),
            bad.join("\n")
        );
    });
}

/// Nesting shapes that reach CPython's limit before the tokenizer's 200
/// brackets: the largest N CPython 3.14 parses (scripts/depth_parity.py).
#[test]
fn nested_brackets_overflow_where_cpython_does() {
    run(|| {
        boundary(192, |n| {
            format!("x = {}1{}", "-(a,".repeat(n), ")".repeat(n))
        });
        boundary(192, |n| {
            format!("x = {}1{}", "--[".repeat(n), "]".repeat(n))
        });
        boundary(199, |n| format!("{}1{}", "(a,".repeat(n), ")".repeat(n)));
        boundary(199, |n| format!("{}1{}", "[a,".repeat(n), "]".repeat(n)));
        boundary(198, |n| format!("{}1{}", "-[".repeat(n), "]".repeat(n)));
        boundary(199, |n| format!("{}1{}", "{a:-".repeat(n), "}".repeat(n)));
        boundary(192, |n| {
            format!("{}1{}", "lambda: -(".repeat(n), ")".repeat(n))
        });
        boundary(198, |n| {
            format!("{}1{}", "x if y else -(".repeat(n), ")".repeat(n))
        });
        boundary(199, |n| {
            format!("{}1{}", "(y := -".repeat(n), ")".repeat(n))
        });
        boundary(199, |n| {
            format!("{}b{} = 1", "(a,".repeat(n), ")".repeat(n))
        });
        boundary(199, |n| {
            format!("for {}b{} in x: pass", "(a,".repeat(n), ")".repeat(n))
        });
        boundary(199, |n| {
            format!("del {}b{}", "(a,".repeat(n), ")".repeat(n))
        });
        // Past the limit, the overflow comes before the tokenizer reaches
        // the 200th bracket (CPython reads tokens as the parser asks).
        assert!(overflows(&format!(
            "x = {}1{}",
            "-(a,".repeat(300),
            ")".repeat(300)
        )));
    });
}
