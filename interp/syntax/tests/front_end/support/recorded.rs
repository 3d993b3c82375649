//! Reading the recorded data in ../data/: lines of tab-separated columns
//! (`#` lines are comments), texts as the hex of their bytes ("-" when empty).

/// The bytes a hex column stands for.
pub fn bytes(s: &str) -> Vec<u8> {
    if s == "-" {
        return Vec::new();
    }
    (0..s.len() / 2)
        .map(|i| u8::from_str_radix(&s[2 * i..2 * i + 2], 16).expect("hex column"))
        .collect()
}

/// The text a hex column stands for (UTF-8).
pub fn text(s: &str) -> String {
    String::from_utf8_lossy(&bytes(s)).into_owned()
}

/// A recorded text that lives as long as the test binary.
pub fn leak(s: &str) -> &'static str {
    Box::leak(text(s).into_boxed_str())
}

/// The data lines of a recorded file, split into columns.
pub fn rows(data: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    data.lines()
        .filter(|l| !l.starts_with('#'))
        .map(|l| l.split('\t').collect())
}

/// A SyntaxError's `MSG:LINENO:OFFSET:END_LINENO:END_OFFSET` (split on ':').
pub fn syntax_error(f: &[&str]) -> (&'static str, u32, i64, u32, i64) {
    let num = |i: usize| -> i64 { f[i].parse().expect("number") };
    (leak(f[0]), num(1) as u32, num(2), num(3) as u32, num(4))
}
