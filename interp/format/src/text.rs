//! Text as this crate sees it: "generalised UTF-8".
//!
//! A Python `str` may hold any code point in `0..=0x10FFFF`, lone surrogates included. Every
//! text argument and result of this crate is a byte slice in which each code point is encoded
//! on its own with UTF-8's bit layout, a surrogate as the three bytes `ED A0..=BF 80..=BF`
//! (the encoding of `syntax::ast::PyStr`). Two surrogates that would form a pair stay two code
//! points. Text without surrogates is plain UTF-8, so a `&str` can be passed as `s.as_bytes()`.
//!
//! The decoder is total: a byte that does not start a well-formed sequence is read as the code
//! point of the same value, so malformed input never panics (it cannot come from a real `str`).

/// Decodes the code point starting at `pos`, returning it and its length in bytes.
#[inline]
pub fn decode_at(s: &[u8], pos: usize) -> Option<(u32, usize)> {
    let &b0 = s.get(pos)?;
    if b0 < 0x80 {
        return Some((u32::from(b0), 1));
    }
    let (len, init) = match b0 {
        0xC0..=0xDF => (2, u32::from(b0 & 0x1F)),
        0xE0..=0xEF => (3, u32::from(b0 & 0x0F)),
        0xF0..=0xF7 => (4, u32::from(b0 & 0x07)),
        _ => return Some((u32::from(b0), 1)),
    };
    let tail = match s.get(pos + 1..pos + len) {
        Some(t) if t.iter().all(|&b| b & 0xC0 == 0x80) => t,
        _ => return Some((u32::from(b0), 1)),
    };
    let cp = tail
        .iter()
        .fold(init, |acc, &b| (acc << 6) | u32::from(b & 0x3F));
    Some((cp, len))
}

/// Iterator over the code points of generalised UTF-8 text.
#[derive(Clone)]
pub struct CodePoints<'a> {
    s: &'a [u8],
    pos: usize,
}

impl<'a> CodePoints<'a> {
    /// The byte offset of the next code point.
    pub fn offset(&self) -> usize {
        self.pos
    }

    /// The bytes not yet read.
    pub fn rest(&self) -> &'a [u8] {
        self.s.get(self.pos..).unwrap_or_default()
    }
}

impl Iterator for CodePoints<'_> {
    type Item = u32;

    #[inline]
    fn next(&mut self) -> Option<u32> {
        let (cp, len) = decode_at(self.s, self.pos)?;
        self.pos += len;
        Some(cp)
    }
}

/// The code points of `s`.
pub fn code_points(s: &[u8]) -> CodePoints<'_> {
    CodePoints { s, pos: 0 }
}

/// `len(s)` in Python terms: the number of code points.
pub fn char_count(s: &[u8]) -> usize {
    if s.is_ascii() {
        return s.len();
    }
    code_points(s).count()
}

/// Appends one code point (a surrogate too; values above U+10FFFF are never produced here).
#[inline]
pub fn push_cp(out: &mut Vec<u8>, cp: u32) {
    if cp < 0x80 {
        out.push(cp as u8);
    } else if cp < 0x800 {
        out.extend_from_slice(&[0xC0 | (cp >> 6) as u8, 0x80 | (cp & 0x3F) as u8]);
    } else if cp < 0x10000 {
        out.extend_from_slice(&[
            0xE0 | (cp >> 12) as u8,
            0x80 | ((cp >> 6) & 0x3F) as u8,
            0x80 | (cp & 0x3F) as u8,
        ]);
    } else {
        out.extend_from_slice(&[
            0xF0 | ((cp >> 18) & 0x07) as u8,
            0x80 | ((cp >> 12) & 0x3F) as u8,
            0x80 | ((cp >> 6) & 0x3F) as u8,
            0x80 | (cp & 0x3F) as u8,
        ]);
    }
}

/// Appends `n` copies of a code point.
pub(crate) fn push_fill(out: &mut Vec<u8>, cp: u32, n: usize) {
    if cp < 0x80 {
        out.resize(out.len() + n, cp as u8);
    } else {
        let mut one = Vec::with_capacity(4);
        push_cp(&mut one, cp);
        for _ in 0..n {
            out.extend_from_slice(&one);
        }
    }
}

/// The byte length of the first `n` code points of `s` (all of `s` if it is shorter).
pub(crate) fn byte_len_of_prefix(s: &[u8], n: usize) -> usize {
    if s.is_ascii() {
        return n.min(s.len());
    }
    let mut it = code_points(s);
    for _ in 0..n {
        if it.next().is_none() {
            break;
        }
    }
    it.offset()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_including_surrogates() {
        let cps = [0x41, 0xE9, 0x20AC, 0xD800, 0xDFFF, 0x1F600, 0x10FFFF, 0];
        let mut buf = Vec::new();
        for &c in &cps {
            push_cp(&mut buf, c);
        }
        assert_eq!(code_points(&buf).collect::<Vec<_>>(), cps);
        assert_eq!(char_count(&buf), cps.len());
        assert_eq!(byte_len_of_prefix(&buf, 3), 1 + 2 + 3);
    }

    #[test]
    fn malformed_bytes_decode_one_by_one() {
        let bad = [0xFF, 0x80, 0xE2, 0x82];
        assert_eq!(
            code_points(&bad).collect::<Vec<_>>(),
            [0xFF, 0x80, 0xE2, 0x82]
        );
    }
}
