//! The literal decoders never panic, whatever text they are handed (the
//! tokenizer only hands over valid tokens, but the decoders must not rely on
//! that for memory safety or for not aborting).

use syntax::ast::ConstantValue;
use syntax::parser::number::parse_number;
use syntax::parser::string_parser::{FStringPart, WarnToken, decode_fstring_middle, parse_string};

use crate::support::mutator::Rng;

const PIECES: &[&str] = &[
    "\\",
    "\\",
    "'",
    "\"",
    "'''",
    "b",
    "r",
    "u",
    "f",
    "x",
    "u",
    "U",
    "N",
    "{",
    "}",
    "0",
    "4",
    "7",
    "8",
    "9",
    "a",
    "F",
    "e",
    "E",
    "j",
    "J",
    "_",
    ".",
    "+",
    "-",
    "\n",
    " ",
    "\u{e9}",
    "\u{1F600}",
    "N{",
    "DIGIT ONE",
    "LATIN SMALL LETTER A",
    "HANGUL SYLLABLE ",
    "CJK UNIFIED IDEOGRAPH-",
    "0x",
    "0o",
    "0b",
    "1e999",
];

fn check_str(v: &ConstantValue) {
    if let ConstantValue::Str(s) = v {
        // Every code point is in range and the length agrees with them.
        assert_eq!(s.code_points().count(), s.char_len());
        assert!(s.code_points().all(|c| c <= 0x10FFFF));
    }
}

#[test]
fn random_text_never_panics() {
    let mut rng = Rng::new(0x9E37_79B9_7F4A_7C15);
    let mut warnings = Vec::new();
    for _ in 0..60_000 {
        let n = (rng.next() % 12) as usize;
        let mut text = String::new();
        for _ in 0..n {
            let piece: &&str = rng.pick(PIECES);
            text.push_str(piece);
        }
        if let Ok(v) = parse_string(&text, 1, 0, &mut warnings) {
            check_str(&v.value);
        }
        // The same text as a well-quoted literal, to get past the quote checks.
        for q in ["'", "'''"] {
            let quoted = format!("{q}{text}{q}");
            if let Ok(v) = parse_string(&quoted, 3, 7, &mut warnings) {
                check_str(&v.value);
            }
            let b = format!("b{quoted}");
            let _ = parse_string(&b, 1, 0, &mut warnings);
        }
        let token = WarnToken {
            text: &text,
            lineno: 1,
            col_offset: 0,
            is_fstring_token: true,
        };
        for part in [FStringPart::Literal, FStringPart::FormatSpec] {
            if let Ok(s) = decode_fstring_middle(&text, false, part, token, &mut warnings) {
                check_str(&ConstantValue::Str(s));
            }
        }
        let _ = parse_number(&text, 1, 1);
        warnings.clear();
    }
}
