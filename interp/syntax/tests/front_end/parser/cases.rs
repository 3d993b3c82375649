//! Parser cases recorded with CPython 3.14 (gen/record_parser.py writes data/parser/cases.txt):
//! every grammar area and the specialised SyntaxErrors, compared as the AST
//! corpus compares them (ast.dump with attributes, or the SyntaxError line).

use crate::support::reference;

fn cases() -> Vec<(String, String, String)> {
    let text = include_str!("../../data/parser/cases.txt");
    let mut out = Vec::new();
    for chunk in text.split("@@@ case ").skip(1) {
        let (head, rest) = chunk.split_once('\n').expect("case header");
        let (src, expect) = rest.split_once("\n@@@ expect\n").expect("expect marker");
        out.push((head.to_string(), src.to_string(), expect.to_string()));
    }
    out
}

#[test]
fn parser_cases_match_cpython() {
    let mut failures = Vec::new();
    let all = cases();
    assert!(all.len() > 150, "cases.txt has {} cases", all.len());
    for (name, src, expect) in &all {
        let r = reference::run(src.as_bytes(), "case.py");
        let mut got = r.stdout.clone();
        if r.exit_code != 0 {
            got.push_str(&format!("[exit {}]\n", r.exit_code));
        }
        if &got != expect {
            failures.push(format!(
                "case {name}: {src:?}\n  expected: {expect}  got:      {got}"
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases differ:\n{}",
        failures.len(),
        all.len(),
        failures.join("\n")
    );
}
