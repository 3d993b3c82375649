//! The tokenizer against token streams and errors recorded from CPython 3.14
//! (gen/record_tokens.py writes data/tokenizer/cases.txt).

use crate::support::tokens as harness;

#[test]
fn recorded_cases() {
    let text = include_str!("../../data/tokenizer/cases.txt");
    let records = harness::parse_records(text);
    assert!(records.len() > 500, "too few records: {}", records.len());
    let mut failures = Vec::new();
    for r in &records {
        if let Err(e) = harness::check(r) {
            failures.push(format!("{:?}: {e}", String::from_utf8_lossy(&r.src)));
        }
    }
    for f in failures.iter().take(60) {
        eprintln!("{f}");
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases differ from CPython",
        failures.len(),
        records.len()
    );
}

/// TYPE_COMMENT / TYPE_IGNORE tokens, checked against what CPython 3.14's
/// `ast.parse(src, type_comments=True)` shows: the type_comment strings (as a
/// sorted list) and each TypeIgnore's (lineno, tag). The parser takes a tag
/// as `end_col_offset - col_offset` bytes from the token start on the
/// tokenizer's current line (CPython: Parser/pegen.c `_PyPegen_fill_token`).
#[test]
fn type_comments() {
    use syntax::tokenizer::{TokenKind, Tokenizer};
    type Case<'a> = (&'a str, &'a [&'a str], &'a [(u32, &'a str)]);
    let cases: &[Case] = &[
        ("x = 1  # type: int\n", &["int"], &[]),
        (
            "def f(a,  # type: int\n      b):\n    # type: (...) -> None\n    pass\n",
            &["(...) -> None", "int"],
            &[],
        ),
        (
            "def f(a, b):  # type: (int, str) -> None\n    pass\n",
            &["(int, str) -> None"],
            &[],
        ),
        ("import x  # type: ignore\n", &[], &[(1, "")]),
        ("import x  # type: ignore[attr]\n", &[], &[(1, "[attr]")]),
        (
            "x = 1  # type:ignore\n# type: ignore\n",
            &[],
            &[(1, ""), (2, "\n")],
        ),
        (
            "for x in y:  # type: List[int]\n    pass\n",
            &["List[int]"],
            &[],
        ),
        ("with a as b:  # type: int\n    pass\n", &["int"], &[]),
        ("x = 1  #type:  int  \n", &["int  "], &[]),
        ("x = 1  # type: ignorefoo\n", &["ignorefoo"], &[]),
        ("x = 1  # type: ignore-foo\n", &[], &[(1, "-foo")]),
        ("x = 1 #  type: int\n", &["int"], &[]),
    ];
    for (src, comments, ignores) in cases {
        let mut tk = Tokenizer::new(src.as_bytes()).unwrap();
        tk.set_type_comments(true);
        let mut got_c: Vec<String> = Vec::new();
        let mut got_i: Vec<(u32, String)> = Vec::new();
        loop {
            let t = tk.next_token().unwrap();
            match t.kind {
                TokenKind::EndMarker => break,
                TokenKind::TypeComment => got_c.push(tk.text(&t).to_string()),
                TokenKind::TypeIgnore => {
                    let len = (t.end_col_offset - t.col_offset) as usize;
                    let s = t.start as usize;
                    got_i.push((tk.lineno(), tk.source()[s..s + len].to_string()));
                }
                _ => {}
            }
        }
        got_c.sort();
        let mut want_c: Vec<String> = comments.iter().map(|s| s.to_string()).collect();
        want_c.sort();
        assert_eq!(got_c, want_c, "{src:?}");
        let want_i: Vec<(u32, String)> = ignores.iter().map(|(l, s)| (*l, s.to_string())).collect();
        assert_eq!(got_i, want_i, "{src:?}");
    }
}
