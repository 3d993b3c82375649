//! The tokenizer against token streams and errors recorded from CPython 3.14
//! (interp/tests/tokenizer_data/record.py writes cases.txt).

#[path = "tokenizer_data/harness.rs"]
mod harness;

#[test]
fn recorded_cases() {
    let text = include_str!("tokenizer_data/cases.txt");
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
