//! Python's `str` as a Rust value: any sequence of code points, lone
//! surrogates included, which is what a decoder can produce
//! (`b'\\ud800'.decode('unicode_escape')` is a valid one-character string).
//!
//! CPython: Objects/unicodeobject.c holds `str` as UCS-1/2/4 arrays; here the
//! code points are stored as "generalised UTF-8" (see [`PyStr`]), so text
//! without surrogates is plain UTF-8 and borrows as `&str`.

/// A Python `str` value: a sequence of code points in `0..=0x10FFFF`, lone
/// surrogates included.
///
/// Stored as "generalised UTF-8": every code point is encoded on its own with
/// UTF-8's bit layout, a surrogate as the 3 bytes `ED A0..=BF 80..=BF`. Unlike
/// WTF-8, two surrogates that would form a pair stay two code points, because
/// in Python `"\ud83d\ude00"` is a 2-character string different from `"😀"`.
/// A value without surrogates is plain UTF-8 ([`PyStr::as_str`]).
#[derive(Clone, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PyStr(Box<[u8]>);

impl PyStr {
    pub fn new() -> PyStr {
        PyStr::default()
    }

    /// The generalised-UTF-8 bytes.
    pub fn as_bytes(&self) -> &[u8] {
        &self.0
    }

    /// The text as `&str` when it holds no surrogate code point.
    pub fn as_str(&self) -> Option<&str> {
        std::str::from_utf8(&self.0).ok()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// `len()` in Python terms: the number of code points.
    pub fn char_len(&self) -> usize {
        // Every code point has exactly one non-continuation byte.
        self.0.iter().filter(|&&b| (b & 0xC0) != 0x80).count()
    }

    /// The code points, surrogates included.
    pub fn code_points(&self) -> CodePoints<'_> {
        CodePoints {
            bytes: &self.0,
            pos: 0,
        }
    }
}

impl From<&str> for PyStr {
    fn from(s: &str) -> Self {
        PyStr(s.as_bytes().into())
    }
}

impl From<String> for PyStr {
    fn from(s: String) -> Self {
        PyStr(s.into_bytes().into_boxed_slice())
    }
}

impl From<Box<str>> for PyStr {
    fn from(s: Box<str>) -> Self {
        PyStr(s.into_boxed_bytes())
    }
}

impl From<PyStrBuf> for PyStr {
    fn from(b: PyStrBuf) -> Self {
        PyStr(b.0.into_boxed_slice())
    }
}

/// A growable [`PyStr`], for building string literals piece by piece.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PyStrBuf(Vec<u8>);

/// A code point above U+10FFFF was pushed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct InvalidCodePoint(pub u32);

impl PyStrBuf {
    pub fn new() -> PyStrBuf {
        PyStrBuf(Vec::new())
    }

    pub fn with_capacity(bytes: usize) -> PyStrBuf {
        PyStrBuf(Vec::with_capacity(bytes))
    }

    pub fn push_str(&mut self, s: &str) {
        self.0.extend_from_slice(s.as_bytes());
    }

    pub fn push_char(&mut self, c: char) {
        let mut b = [0u8; 4];
        self.0.extend_from_slice(c.encode_utf8(&mut b).as_bytes());
    }

    /// Appends any code point, a surrogate too; never merges surrogate pairs.
    pub fn push_code_point(&mut self, cp: u32) -> Result<(), InvalidCodePoint> {
        if let Some(c) = char::from_u32(cp) {
            self.push_char(c);
            Ok(())
        } else if (0xD800..=0xDFFF).contains(&cp) {
            self.0.extend_from_slice(&[
                0xE0 | (cp >> 12) as u8,
                0x80 | ((cp >> 6) & 0x3F) as u8,
                0x80 | (cp & 0x3F) as u8,
            ]);
            Ok(())
        } else {
            Err(InvalidCodePoint(cp))
        }
    }

    /// [`PyStrBuf::push_code_point`] for a value the caller knows to be at
    /// most U+10FFFF (a decoder's arithmetic bounds it); a larger one is
    /// dropped.
    #[inline]
    pub fn push_bounded(&mut self, cp: u32) {
        debug_assert!(cp <= 0x10FFFF, "code point {cp:#x}");
        let _ = self.push_code_point(cp);
    }

    pub fn push_pystr(&mut self, s: &PyStr) {
        self.0.extend_from_slice(s.as_bytes());
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn clear(&mut self) {
        self.0.clear();
    }

    pub fn finish(self) -> PyStr {
        PyStr::from(self)
    }
}

/// Iterator over the code points of a [`PyStr`].
pub struct CodePoints<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl Iterator for CodePoints<'_> {
    type Item = u32;

    fn next(&mut self) -> Option<u32> {
        let rest = self.bytes.get(self.pos..)?;
        let &b0 = rest.first()?;
        let (len, init) = match b0 {
            0x00..=0x7F => (1, b0 as u32),
            0xC0..=0xDF => (2, (b0 & 0x1F) as u32),
            0xE0..=0xEF => (3, (b0 & 0x0F) as u32),
            _ => (4, (b0 & 0x07) as u32),
        };
        // The buffer is well-formed by construction; `get` keeps this total anyway.
        let tail = rest.get(1..len).unwrap_or(&[]);
        self.pos += 1 + tail.len();
        Some(
            tail.iter()
                .fold(init, |acc, &b| (acc << 6) | (b & 0x3F) as u32),
        )
    }
}

impl PyStr {
    /// The text as a `String` when it holds no surrogate, without copying;
    /// else the value back.
    pub fn into_string(self) -> Result<String, PyStr> {
        String::from_utf8(self.0.into_vec()).map_err(|e| PyStr(e.into_bytes().into_boxed_slice()))
    }
}
