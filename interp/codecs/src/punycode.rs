//! The punycode codec (RFC 3492) of Lib/encodings/punycode.py, with Python's
//! unbounded integers where a long run of digits can take them.
//!
//! CPython: Lib/encodings/punycode.py.

use crate::{CodecError, PyStr, PyStrBuf};
use num_bigint::{BigInt, BigUint};

/// A `UnicodeDecodeError` punycode.py (or idna.py over it) raises: codec
/// name, start and end as Python ints, in the bytes the codec was given,
/// and reason.
pub(crate) struct PunycodeError {
    pub(crate) codec: &'static str,
    pub(crate) start: BigInt,
    pub(crate) end: BigInt,
    pub(crate) reason: String,
}

impl PunycodeError {
    fn new(codec: &'static str, start: usize, end: usize, reason: impl Into<String>) -> Self {
        PunycodeError {
            codec,
            start: BigInt::from(start),
            end: BigInt::from(end),
            reason: reason.into(),
        }
    }

    /// The exception Python sees: the `UnicodeDecodeError`, or the
    /// `OverflowError` its constructor raises for a position beyond a C
    /// `ssize_t`.
    pub(crate) fn into_codec_error(self) -> CodecError {
        match (i64::try_from(&self.start), i64::try_from(&self.end)) {
            (Ok(start), Ok(end)) => CodecError::Decode {
                encoding: self.codec,
                start,
                end,
                reason: self.reason.into(),
            },
            _ => CodecError::Overflow,
        }
    }
}

/// Lib/encodings/punycode.py `punycode_decode` (strict): the code points,
/// or the error with positions in `text`.
///
/// With `keep` false the characters are only counted: the codec on a whole
/// source always ends in an error, and inserting into a long text would be
/// quadratic.
/// punycode.py `T`: the threshold of digit `j` under `bias`.
fn threshold(j: u64, bias: u64) -> u64 {
    (36 * (j + 1)).saturating_sub(bias).clamp(1, 26)
}

/// punycode.py `adapt`.
fn adapt(delta: u64, first: bool, numchars: u64) -> u64 {
    let mut delta = if first { delta / 700 } else { delta / 2 };
    delta += delta / numchars.max(1);
    let mut divisions = 0;
    while delta > 455 {
        delta /= 35;
        divisions += 36;
    }
    divisions + (36 * delta / (delta + 38))
}

pub(crate) fn punycode_decode(text: &[u8], keep: bool) -> Result<Vec<u32>, PunycodeError> {
    let dash = text.iter().rposition(|&b| b == b'-');
    let (base, extended, offset) = match dash {
        None => (&text[..0], text, 0),
        Some(p) => (&text[..p], &text[p + 1..], p + 1),
    };
    if let Some(bad) = base.iter().position(|&b| b >= 0x80) {
        return Err(PunycodeError::new(
            "ascii",
            bad,
            bad + 1,
            "ordinal not in range(128)",
        ));
    }
    let mut out: Vec<u32> = if keep {
        base.iter().map(|&b| b as u32).collect()
    } else {
        Vec::new()
    };
    let mut out_len = base.len();
    // punycode.py `insertion_sort`, with Python's unbounded integers where
    // a long run of digits can take them.
    let mut ch: usize = 0x80;
    let mut pos: usize = 0;
    let mut first = true;
    let mut bias = 72;
    let mut extpos = 0;
    let fail = |start: BigInt, end: BigInt, reason: String| {
        Err(PunycodeError {
            codec: "punycode",
            start: start + offset,
            end: end + offset,
            reason,
        })
    };
    while extpos < extended.len() {
        // decode_generalized_number
        let mut result = BigUint::default();
        let mut w = BigUint::from(1u8);
        // Once w passes 2**128, so has the number (every earlier digit was
        // at least 1), and any position it leads to is beyond a C ssize_t:
        // only where the number ends still matters, not its value.
        let mut huge = false;
        let mut j = 0;
        let delta = loop {
            let Some(&c) = extended.get(extpos) else {
                return fail(
                    BigInt::from(extpos),
                    BigInt::from(extpos + 1),
                    "incomplete punycode string".to_string(),
                );
            };
            extpos += 1;
            let digit = match c.to_ascii_uppercase() {
                u @ b'A'..=b'Z' => (u - b'A') as u32,
                d @ b'0'..=b'9' => (d - b'0') as u32 + 26,
                _ => {
                    return fail(
                        BigInt::from(extpos - 1),
                        BigInt::from(extpos),
                        format!("Invalid extended code point '{c}'"),
                    );
                }
            };
            let tj = threshold(j as u64, bias as u64) as u32;
            if !huge {
                result += &w * digit;
            }
            if digit < tj {
                break result;
            }
            if !huge {
                w *= 36 - tj;
                huge = w.bits() > 128;
            }
            j += 1;
        };
        if huge {
            return Err(PunycodeError {
                codec: "punycode",
                start: BigInt::from(u128::MAX),
                end: BigInt::from(u128::MAX),
                reason: String::new(),
            });
        }
        // `pos` starts at -1 in punycode.py: here it is one more.
        let newpos = BigUint::from(pos) + &delta + 1u8;
        let room = out_len + 1;
        let newch = BigUint::from(ch) + (&newpos - 1u8) / room;
        match (usize::try_from(&newch).ok(), usize::try_from(&delta).ok()) {
            (Some(c), Some(d)) if c <= 0x10FFFF => {
                let at = usize::try_from(&(newpos - 1u8)).ok().unwrap_or(0) % room;
                if keep {
                    out.insert(at, c as u32);
                }
                out_len += 1;
                ch = c;
                pos = at + 1;
                bias = adapt(d as u64, first, out_len as u64) as usize;
                first = false;
            }
            _ => {
                let p = BigInt::from(newpos - 1u8);
                let start = &p - 1;
                return fail(start, p, format!("Invalid character U+{newch:x}"));
            }
        }
    }
    Ok(out)
}

/// The punycode codec on a whole input. An input that ends with a newline
/// (every source in 'exec' mode) fails at the latest there, a newline being
/// no punycode digit: then only the error matters and the text is not
/// built.
pub fn decode(input: &[u8]) -> Result<PyStr, CodecError> {
    match punycode_decode(input, !input.ends_with(b"\n")) {
        Ok(cps) => {
            let mut out = PyStrBuf::with_capacity(cps.len());
            for cp in cps {
                out.push_bounded(cp);
            }
            Ok(out.finish())
        }
        Err(e) => Err(e.into_codec_error()),
    }
}

/// Lib/encodings/punycode.py `punycode_encode`.
pub fn punycode_encode(text: &[u32]) -> Vec<u8> {
    const DIGITS: &[u8; 36] = b"abcdefghijklmnopqrstuvwxyz0123456789";
    let base: Vec<u8> = text
        .iter()
        .filter(|&&c| c < 128)
        .map(|&c| c as u8)
        .collect();
    let mut extended: Vec<u32> = text.iter().copied().filter(|&c| c >= 128).collect();
    extended.sort_unstable();
    extended.dedup();
    // insertion_unsort
    let mut deltas: Vec<u64> = Vec::new();
    let mut oldchar = 0x80u64;
    let mut oldindex: i64 = -1;
    for &c in &extended {
        let curlen = text.iter().filter(|&&x| x < c).count() as u64;
        let mut delta = (curlen + 1) * (c as u64 - oldchar);
        let mut index: i64 = -1;
        for &x in text {
            if x == c {
                index += 1;
                delta = (delta as i64 + index - oldindex) as u64;
                deltas.push(delta - 1);
                oldindex = index;
                delta = 0;
            } else if x < c {
                index += 1;
            }
        }
        oldchar = c as u64;
    }
    // generate_integers
    let mut out = base.clone();
    if !base.is_empty() {
        out.push(b'-');
    }
    let mut bias = 72;
    for (points, &delta) in deltas.iter().enumerate() {
        let mut n = delta;
        let mut j = 0;
        loop {
            let tj = threshold(j, bias);
            if n < tj {
                out.push(DIGITS[n as usize]);
                break;
            }
            out.push(DIGITS[(tj + (n - tj) % (36 - tj)) as usize]);
            n = (n - tj) / (36 - tj);
            j += 1;
        }
        bias = adapt(delta, points == 0, (base.len() + points + 1) as u64);
    }
    out
}
