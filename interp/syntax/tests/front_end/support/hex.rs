//! The text columns of the recorded data: hex of the bytes, "-" when empty.

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
