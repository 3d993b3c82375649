//! The front-end fuzzer's input generator: deterministic mutations of corpus programs.
//!
//! Shared between the long-running fuzzer `examples/fuzz_front_end.rs`, the CI smoke test
//! `fuzz_smoke` and the robustness tests (which use its `Rng`). Mutations aim at the front end's weak spots:
//! tokenizer modes (quotes, f-string braces, backslashes, line endings, indentation),
//! bracket nesting, encodings (BOM, coding cookies, invalid UTF-8, NUL), and grammar
//! fragments spliced into other programs.
#![allow(dead_code)]

/// xorshift64*: small, fast, reproducible from a seed.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }

    pub fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// Uniform in `0..n`; 0 when `n` is 0.
    pub fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            return 0;
        }
        (self.next() % n as u64) as usize
    }

    /// One of `items` (not empty), uniformly.
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    pub fn chance(&mut self, one_in: usize) -> bool {
        self.below(one_in) == 0
    }
}

/// Fragments that steer inputs into interesting tokenizer and parser states.
const TOKENS: &[&str] = &[
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    ":",
    ",",
    ";",
    ".",
    "...",
    "=",
    "==",
    ":=",
    "->",
    "**",
    "*",
    "@",
    "|",
    "&",
    "^",
    "~",
    "<<",
    ">>",
    "//",
    "%",
    "!",
    "!=",
    "<>",
    "+=",
    "lambda",
    "yield",
    "await",
    "async",
    "def",
    "class",
    "if",
    "elif",
    "else",
    "while",
    "for",
    "in",
    "not",
    "and",
    "or",
    "is",
    "try",
    "except",
    "except*",
    "finally",
    "with",
    "as",
    "match",
    "case",
    "type",
    "_",
    "global",
    "nonlocal",
    "del",
    "pass",
    "break",
    "continue",
    "return",
    "raise",
    "from",
    "import",
    "assert",
    "None",
    "True",
    "False",
    "print",
    "f'",
    "f\"",
    "t'",
    "rb'",
    "'''",
    "\"\"\"",
    "f'''",
    "{x!r}",
    "{x=}",
    "{x:>{w}}",
    "{{",
    "}}",
    "\\",
    "\\\n",
    "\n",
    "\r\n",
    "\r",
    "\t",
    "\x0c",
    " ",
    "    ",
    "#",
    "# coding: latin-1\n",
    "0x",
    "0o7",
    "0b",
    "1_000",
    "1e",
    "1j",
    "0777",
    "1.e5",
    "\u{e9}",
    "\u{20ac}",
    "\u{a0}",
    "\u{1f600}",
    "\\N{",
    "\\x",
    "\\u12",
    "*args",
    "**kw",
    "/",
    "[T]",
    "[*Ts]",
    "[**P]",
];

/// Single bytes worth flipping to.
const BYTES: &[u8] = b"'\"()[]{}:\\\n\r\t #=,.*@!0x9_jJeE\x00\xff\xc3\xa9\x80\xef\xbb\xbf";

/// Returns a mutated copy of `input` (1 to 4 mutations), sometimes spliced with `other`.
pub fn mutate(rng: &mut Rng, input: &[u8], other: &[u8]) -> Vec<u8> {
    let mut v = input.to_vec();
    let rounds = 1 + rng.below(4);
    for _ in 0..rounds {
        let len = v.len();
        match rng.below(11) {
            0 if len > 0 => {
                let i = rng.below(len);
                v[i] = BYTES[rng.below(BYTES.len())];
            }
            1 => {
                let i = rng.below(len + 1);
                let t = TOKENS[rng.below(TOKENS.len())].as_bytes();
                v.splice(i..i, t.iter().copied());
            }
            2 if len > 0 => {
                let a = rng.below(len);
                let b = (a + 1 + rng.below(16)).min(len);
                v.drain(a..b);
            }
            3 if len > 0 => {
                let a = rng.below(len);
                let b = (a + 1 + rng.below(64)).min(len);
                let chunk = v[a..b].to_vec();
                let at = rng.below(v.len() + 1);
                v.splice(at..at, chunk);
            }
            4 if !other.is_empty() => {
                let cut = rng.below(len + 1);
                let from = rng.below(other.len());
                v.truncate(cut);
                v.extend_from_slice(&other[from..]);
            }
            5 => {
                let lines: Vec<&[u8]> = v.split(|&b| b == b'\n').collect();
                if lines.len() > 1 {
                    let (i, j) = (rng.below(lines.len()), rng.below(lines.len()));
                    let mut ls: Vec<Vec<u8>> = lines.iter().map(|l| l.to_vec()).collect();
                    ls.swap(i, j);
                    v = ls.join(&b'\n');
                }
            }
            6 if len > 0 => v.truncate(rng.below(len)),
            7 if len > 0 => {
                // Wrap a range in brackets or quotes.
                let pairs: &[(&[u8], &[u8])] = &[
                    (b"(", b")"),
                    (b"[", b"]"),
                    (b"{", b"}"),
                    (b"f'{", b"}'"),
                    (b"f\"", b"\""),
                ];
                let (open, close) = pairs[rng.below(pairs.len())];
                let a = rng.below(len);
                let b = (a + rng.below(32)).min(len);
                v.splice(b..b, close.iter().copied());
                v.splice(a..a, open.iter().copied());
            }
            8 => {
                // Re-indent one line.
                let starts: Vec<usize> = std::iter::once(0)
                    .chain(
                        v.iter()
                            .enumerate()
                            .filter(|(_, b)| **b == b'\n')
                            .map(|(i, _)| i + 1),
                    )
                    .collect();
                let at = starts[rng.below(starts.len())].min(v.len());
                let ind: &[u8] = [&b"\t"[..], b"  ", b"        ", b" \t"][rng.below(4)];
                v.splice(at..at, ind.iter().copied());
            }
            9 => {
                // Deep nesting of one construct.
                let depth = 1 + rng.below(300);
                let (open, close): (&[u8], &[u8]) = [
                    (&b"("[..], &b")"[..]),
                    (b"[", b"]"),
                    (b"-", b""),
                    (b"not ", b""),
                    (b"f'{", b"}'"),
                ][rng.below(5)];
                let at = rng.below(len + 1);
                let mut ins = open.repeat(depth);
                ins.extend_from_slice(b"x");
                ins.extend_from_slice(&close.repeat(depth));
                v.splice(at..at, ins);
            }
            _ => {
                // Encoding games at the start of the file.
                let pre: &[u8] = [
                    &b"\xef\xbb\xbf"[..],
                    b"# -*- coding: latin-1 -*-\n",
                    b"# coding: utf-8\n",
                    b"# coding: bogus\n",
                    b"\xef\xbb\xbf# coding: latin-1\n",
                ][rng.below(5)];
                v.splice(0..0, pre.iter().copied());
            }
        }
        if v.len() > 1 << 16 {
            v.truncate(1 << 16);
        }
    }
    v
}

/// Every `.py` file under `dir`, sorted for reproducibility.
pub fn load_seeds(dir: &std::path::Path, out: &mut Vec<Vec<u8>>) {
    for p in super::files::py_files(dir, &[]) {
        if let Ok(b) = std::fs::read(&p) {
            out.push(b);
        }
    }
}
