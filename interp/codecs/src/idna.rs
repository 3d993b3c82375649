//! The idna codec (RFC 3490 ToUnicode per label, with RFC 3491 nameprep)
//! of Lib/encodings/idna.py, decoding only. Nameprep's tables are recorded
//! from the reference's stringprep and `unicodedata.ucd_3_2_0`
//! (`idna_tables.rs`).
//!
//! CPython: Lib/encodings/idna.py, Lib/stringprep.py.

use crate::idna_tables as tables;
use crate::punycode::{self, PunycodeError};
use crate::{CodecError, PyStr, PyStrBuf, repr};
use num_bigint::BigInt;

/// A Unicode(En|De)codeError of Lib/encodings/idna.py inside one label:
/// positions (Python ints) in the label and the reason.
struct LabelError {
    start: BigInt,
    end: BigInt,
    reason: String,
}

impl LabelError {
    fn new(start: usize, end: usize, reason: impl Into<String>) -> Self {
        LabelError {
            start: BigInt::from(start),
            end: BigInt::from(end),
            reason: reason.into(),
        }
    }
}

fn in_ranges(ranges: &[(u32, u32)], c: u32) -> bool {
    let i = ranges.partition_point(|&(lo, _)| lo <= c);
    ranges
        .get(i.wrapping_sub(1))
        .is_some_and(|&(lo, hi)| lo <= c && c <= hi)
}

fn pooled<'a>(table: &[(u32, u16, u8)], pool: &'a [u32], c: u32) -> Option<&'a [u32]> {
    let at = table.binary_search_by_key(&c, |&(k, _, _)| k).ok()?;
    let &(_, start, len) = table.get(at)?;
    pool.get(start as usize..start as usize + len as usize)
}

/// `unicodedata.ucd_3_2_0.normalize("NFKC", s)`: Unicode 3.2
/// decompositions (none for code points unassigned then), today's
/// combining classes and compositions, as CPython's `nfd_nfkd` and
/// `nfc_nfkc` (Modules/unicodedata.c) use them.
fn nfkc_3_2(s: &[u32]) -> Vec<u32> {
    use unicode_normalization::char::{canonical_combining_class, compose, decompose_compatible};
    let mut d: Vec<u32> = Vec::with_capacity(s.len());
    for &c in s {
        let ch = match char::from_u32(c) {
            Some(ch) if !in_ranges(tables::UNASSIGNED_3_2, c) => ch,
            _ => {
                d.push(c);
                continue;
            }
        };
        if let Some(old) = pooled(tables::NFKD_3_2, tables::NFKD_3_2_POOL, c) {
            d.extend_from_slice(old);
            continue;
        }
        decompose_compatible(ch, |x| d.push(x as u32));
    }
    let ccc = |c: u32| char::from_u32(c).map_or(0, canonical_combining_class);
    // Canonical ordering: a stable sort of each run of non-starters.
    let mut i = 1;
    while i < d.len() {
        let cur = ccc(d[i]);
        if cur != 0 {
            let mut k = i;
            while k > 0 {
                let prev = ccc(d[k - 1]);
                if prev == 0 || prev <= cur {
                    break;
                }
                d.swap(k - 1, k);
                k -= 1;
            }
        }
        i += 1;
    }
    // Canonical composition (nfc_nfkc).
    let pair = |a: u32, b: u32| -> Option<u32> {
        compose(char::from_u32(a)?, char::from_u32(b)?).map(|c| c as u32)
    };
    let mut skipped = vec![false; d.len()];
    let mut out = Vec::with_capacity(d.len());
    for i in 0..d.len() {
        if skipped[i] {
            continue;
        }
        let mut base = d[i];
        let mut comb = 0;
        let mut i1 = i + 1;
        while let Some(&code1) = d.get(i1) {
            if skipped[i1] {
                i1 += 1;
                continue;
            }
            let comb1 = ccc(code1);
            if comb != 0 {
                if comb1 == 0 {
                    break;
                }
                if comb >= comb1 {
                    i1 += 1;
                    continue;
                }
            }
            match pair(base, code1) {
                Some(c) => {
                    base = c;
                    skipped[i1] = true;
                }
                None => {
                    if comb1 == 0 {
                        break;
                    }
                    comb = comb1;
                }
            }
            i1 += 1;
        }
        out.push(base);
    }
    out
}

/// Python's `repr()` of a one-character string.
fn char_repr(c: u32) -> String {
    let mut buf = PyStrBuf::with_capacity(4);
    let _ = buf.push_code_point(c);
    let mut out = String::new();
    repr::str_repr(&mut out, &buf.finish());
    out
}

/// Lib/encodings/idna.py `nameprep`.
fn nameprep(label: &[u32]) -> Result<Vec<u32>, LabelError> {
    let mut mapped = Vec::with_capacity(label.len());
    for &c in label {
        if tables::B1.binary_search(&c).is_ok() {
            continue;
        }
        match pooled(tables::B2, tables::B2_POOL, c) {
            Some(m) => mapped.extend_from_slice(m),
            None => mapped.push(c),
        }
    }
    let label = nfkc_3_2(&mapped);
    for (i, &c) in label.iter().enumerate() {
        if in_ranges(tables::PROHIBITED, c) {
            return Err(LabelError::new(
                i,
                i + 1,
                format!("Invalid character {}", char_repr(c)),
            ));
        }
    }
    let randal: Vec<bool> = label
        .iter()
        .map(|&c| in_ranges(tables::RANDAL, c))
        .collect();
    if randal.contains(&true) {
        if let Some(i) = label.iter().position(|&c| in_ranges(tables::LCAT, c)) {
            return Err(LabelError::new(i, i + 1, "Violation of BIDI requirement 2"));
        }
        if randal.first() != Some(&true) {
            return Err(LabelError::new(0, 1, "Violation of BIDI requirement 3"));
        }
        if randal.last() != Some(&true) {
            let n = label.len();
            return Err(LabelError::new(n - 1, n, "Violation of BIDI requirement 3"));
        }
    }
    Ok(label)
}

/// Lib/encodings/idna.py `ToASCII`.
fn idna_to_ascii(label: &[u32]) -> Result<Vec<u8>, LabelError> {
    let check = |label: &[u32]| -> Result<Vec<u8>, LabelError> {
        match label.len() {
            0 => Err(LabelError::new(0, 1, "label empty")),
            n if n < 64 => Ok(label.iter().map(|&c| c as u8).collect()),
            n => Err(LabelError::new(0, n, "label too long")),
        }
    };
    if label.iter().all(|&c| c < 128) {
        return check(label);
    }
    let label = nameprep(label)?;
    if label.iter().all(|&c| c < 128) {
        return check(&label);
    }
    let prefix: Vec<u32> = label.iter().take(4).map(|&c| lower_ascii(c)).collect();
    if prefix == [b'x' as u32, b'n' as u32, b'-' as u32, b'-' as u32] {
        return Err(LabelError::new(0, 4, "Label starts with ACE prefix"));
    }
    let mut out = b"xn--".to_vec();
    out.extend(punycode::punycode_encode(&label));
    if out.len() < 64 {
        Ok(out)
    } else {
        Err(LabelError::new(0, label.len(), "label too long"))
    }
}

fn lower_ascii(c: u32) -> u32 {
    if (b'A' as u32..=b'Z' as u32).contains(&c) {
        c + 32
    } else {
        c
    }
}

/// Lib/encodings/idna.py `ToUnicode` for a label of the input bytes.
fn idna_to_unicode(label: &[u8]) -> Result<Vec<u32>, LabelError> {
    if label.len() > 1024 {
        return Err(LabelError::new(0, label.len(), "label way too long"));
    }
    if !label.to_ascii_lowercase().starts_with(b"xn--") {
        if let Some(k) = label.iter().position(|&b| b >= 0x80) {
            return Err(LabelError::new(k, k + 1, "ordinal not in range(128)"));
        }
        return Ok(label.iter().map(|&b| b as u32).collect());
    }
    let result = punycode::punycode_decode(&label[4..], true).map_err(|e| LabelError {
        start: e.start + 4,
        end: e.end + 4,
        reason: e.reason,
    })?;
    let label2 = idna_to_ascii(&result)?;
    if label.to_ascii_lowercase() != label2 {
        let mut reason = String::from("IDNA does not round-trip, '");
        repr::bytes_repr(&mut reason, label);
        reason.push_str("' != '");
        repr::bytes_repr(&mut reason, &label2);
        reason.push('\'');
        return Err(LabelError::new(0, label.len(), reason));
    }
    Ok(result)
}

/// Lib/encodings/idna.py `Codec.decode` on a whole input: ASCII without an
/// ACE prefix is itself; otherwise each dot-separated label goes through
/// ToUnicode (punycode, nameprep and a round trip for `xn--` labels).
pub fn decode(input: &[u8]) -> Result<PyStr, CodecError> {
    let has_ace = input.windows(4).any(|w| w.eq_ignore_ascii_case(b"xn--"));
    if !has_ace && input.is_ascii() {
        return Ok(String::from_utf8_lossy(input).into_owned().into());
    }
    let mut labels: Vec<&[u8]> = input.split(|&b| b == b'.').collect();
    let trailing_dot = labels.last().is_some_and(|l| l.is_empty());
    if trailing_dot {
        labels.pop();
    }
    let mut out = PyStrBuf::with_capacity(input.len());
    let mut offset = 0usize;
    for (i, label) in labels.iter().enumerate() {
        match idna_to_unicode(label) {
            Ok(text) => {
                if i > 0 {
                    out.push_char('.');
                }
                for c in text {
                    out.push_bounded(c);
                }
            }
            Err(e) => {
                let err = PunycodeError {
                    codec: "idna",
                    start: e.start + offset,
                    end: e.end + offset,
                    reason: e.reason,
                };
                return Err(err.into_codec_error());
            }
        }
        offset += label.len() + 1;
    }
    if trailing_dot {
        out.push_char('.');
    }
    Ok(out.finish())
}
