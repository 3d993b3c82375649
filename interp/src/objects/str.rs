//! `str`: storage, hashing, comparison, and the type's core slots.
//!
//! CPython: Objects/unicodeobject.c.
//!
//! # Storage
//! A str holds its code points as "generalised UTF-8": every code point
//! encoded on its own with UTF-8's bit layout, a lone surrogate as three bytes
//! `ED A0..BF 80..BF` (two surrogates never merge into a pair). Without
//! surrogates the bytes are plain UTF-8 ([`Str::as_str`]). The length in code
//! points and the widest code point are computed once, so `len()` is O(1) and
//! indexing an ASCII string is O(1). The hash is CPython's: SipHash-1-3 over
//! the PEP 393 form (1, 2 or 4 bytes per code point), computed on first use.

use std::sync::atomic::{AtomicI64, Ordering};

use super::hash;
use super::value::{LayoutId, Payload, PyObject, PyRef, Static, Value};

/// How wide the widest code point is, as PEP 393 would store the string.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
#[repr(u8)]
pub enum StrKind {
    Ascii = 0,
    Latin1 = 1,
    Ucs2 = 2,
    Ucs4 = 4,
}

enum StrData {
    Static(&'static str),
    Owned(Box<[u8]>),
}

/// The payload of a `str`.
pub struct Str {
    /// -1 until computed. Atomic so static strings can cache theirs from any
    /// thread; relaxed loads and stores are plain moves.
    hash: AtomicI64,
    /// Length in code points.
    len: usize,
    kind: StrKind,
    has_surrogates: bool,
    data: StrData,
}

// SAFETY: Str is the only payload with LayoutId::Str.
unsafe impl Payload for Str {
    const LAYOUT: LayoutId = LayoutId::Str;
}

/// Counts code points and finds the widest, in a const context (for statics).
const fn scan(b: &[u8]) -> (usize, StrKind, bool) {
    let mut i = 0;
    let mut n = 0;
    let mut kind = StrKind::Ascii;
    let mut surrogates = false;
    while i < b.len() {
        let c = b[i];
        let (len, cp) = if c < 0x80 {
            (1, c as u32)
        } else if c < 0xE0 {
            (2, ((c as u32 & 0x1F) << 6) | (b[i + 1] as u32 & 0x3F))
        } else if c < 0xF0 {
            (
                3,
                ((c as u32 & 0x0F) << 12) | ((b[i + 1] as u32 & 0x3F) << 6) | (b[i + 2] as u32 & 0x3F),
            )
        } else {
            (4, 0x10000)
        };
        let k = if cp < 0x80 {
            StrKind::Ascii
        } else if cp < 0x100 {
            StrKind::Latin1
        } else if cp < 0x10000 {
            StrKind::Ucs2
        } else {
            StrKind::Ucs4
        };
        if k as u8 > kind as u8 {
            kind = k;
        }
        if cp >= 0xD800 && cp <= 0xDFFF {
            surrogates = true;
        }
        i += len;
        n += 1;
    }
    (n, kind, surrogates)
}

impl Str {
    /// A static string's payload (for identifiers and constants).
    pub const fn from_static(s: &'static str) -> Str {
        let (len, kind, has_surrogates) = scan(s.as_bytes());
        Str {
            hash: AtomicI64::new(-1),
            len,
            kind,
            has_surrogates,
            data: StrData::Static(s),
        }
    }

    /// From generalised UTF-8 bytes (see the module docs); the caller
    /// guarantees the encoding (every constructor here produces it).
    pub(crate) fn from_gen_utf8(bytes: Box<[u8]>) -> Str {
        let (len, kind, has_surrogates) = scan(&bytes);
        Str {
            hash: AtomicI64::new(-1),
            len,
            kind,
            has_surrogates,
            data: StrData::Owned(bytes),
        }
    }

    pub fn from_string(s: String) -> Str {
        Self::from_gen_utf8(s.into_bytes().into_boxed_slice())
    }

    /// The generalised UTF-8 bytes.
    #[inline]
    pub fn as_bytes(&self) -> &[u8] {
        match &self.data {
            StrData::Static(s) => s.as_bytes(),
            StrData::Owned(b) => b,
        }
    }

    /// The text, when it holds no lone surrogate.
    #[inline]
    pub fn as_str(&self) -> Option<&str> {
        if self.has_surrogates {
            None
        } else {
            // SAFETY: without surrogates, generalised UTF-8 is UTF-8.
            Some(unsafe { std::str::from_utf8_unchecked(self.as_bytes()) })
        }
    }

    /// The text with each lone surrogate shown as U+FFFD (for messages and
    /// Rust-side lookups; Python-visible results use the code points).
    pub fn as_str_lossy(&self) -> &str {
        match self.as_str() {
            Some(s) => s,
            None => "\u{FFFD}",
        }
    }

    /// The text with surrogates replaced, owned.
    pub fn to_string_lossy(&self) -> String {
        match self.as_str() {
            Some(s) => s.to_string(),
            None => self
                .code_points()
                .map(|c| char::from_u32(c).unwrap_or('\u{FFFD}'))
                .collect(),
        }
    }

    /// `len()`: the number of code points.
    #[inline]
    pub fn char_len(&self) -> usize {
        self.len
    }

    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.kind == StrKind::Ascii
    }

    pub fn kind(&self) -> StrKind {
        self.kind
    }

    pub fn has_surrogates(&self) -> bool {
        self.has_surrogates
    }

    /// The largest code point (0 for the empty string); what PEP 393's kind is chosen from.
    pub fn max_char(&self) -> u32 {
        self.code_points().max().unwrap_or(0)
    }

    /// The code points, surrogates included.
    pub fn code_points(&self) -> CodePoints<'_> {
        CodePoints {
            bytes: self.as_bytes(),
            pos: 0,
        }
    }

    /// The code points from a byte offset (a code point boundary) on.
    pub fn code_points_from(&self, byte_offset: usize) -> CodePoints<'_> {
        CodePoints {
            bytes: self.as_bytes(),
            pos: byte_offset.min(self.as_bytes().len()),
        }
    }

    /// The code point at index `i` (0-based, in range).
    pub fn char_at(&self, i: usize) -> Option<u32> {
        if self.is_ascii() {
            return self.as_bytes().get(i).map(|&b| b as u32);
        }
        self.code_points().nth(i)
    }

    /// The byte offset of code point `i` (`i == len` gives the end).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.is_ascii() {
            return i.min(self.as_bytes().len());
        }
        let b = self.as_bytes();
        let mut n = 0;
        for (pos, &c) in b.iter().enumerate() {
            if c & 0xC0 != 0x80 {
                if n == i {
                    return pos;
                }
                n += 1;
            }
        }
        b.len()
    }

    /// CPython's hash of this string (cached).
    #[inline]
    pub fn hash(&self) -> i64 {
        let h = self.hash.load(Ordering::Relaxed);
        if h != -1 {
            return h;
        }
        let h = self.compute_hash();
        self.hash.store(h, Ordering::Relaxed);
        h
    }

    fn compute_hash(&self) -> i64 {
        text_hash(self.as_bytes(), self.len, self.kind)
    }

    /// Code-point equality (the bytes are canonical, so byte equality).
    #[inline]
    pub fn eq_str(&self, other: &Str) -> bool {
        self.len == other.len && self.as_bytes() == other.as_bytes()
    }

    /// Ordering by code points (generalised UTF-8 preserves it).
    pub fn cmp_str(&self, other: &Str) -> std::cmp::Ordering {
        self.as_bytes().cmp(other.as_bytes())
    }
}

/// CPython's hash of a str whose text is `bytes` (generalised UTF-8), with
/// `len` code points of kind `kind`: SipHash-1-3 of its PEP 393 form.
fn text_hash(bytes: &[u8], len: usize, kind: StrKind) -> i64 {
    if len == 0 {
        return 0;
    }
    let s = hash::secret();
    let mut h = hash::SipHasher13::new(s.k0, s.k1);
    match kind {
        StrKind::Ascii => h.write(bytes),
        StrKind::Latin1 => {
            for cp in (CodePoints { bytes, pos: 0 }) {
                h.write_u8(cp as u8);
            }
        }
        StrKind::Ucs2 => {
            for cp in (CodePoints { bytes, pos: 0 }) {
                h.write(&(cp as u16).to_le_bytes());
            }
        }
        StrKind::Ucs4 => {
            for cp in (CodePoints { bytes, pos: 0 }) {
                h.write(&cp.to_le_bytes());
            }
        }
    }
    hash::fix(h.finish() as i64)
}

/// The hash `str(text)` would have, without making the object.
pub fn hash_of_text(bytes: &[u8]) -> i64 {
    let (len, kind, _) = scan(bytes);
    text_hash(bytes, len, kind)
}

impl Drop for Str {
    fn drop(&mut self) {}
}

/// Iterator over the code points of a [`Str`].
pub struct CodePoints<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl Iterator for CodePoints<'_> {
    type Item = u32;

    #[inline]
    fn next(&mut self) -> Option<u32> {
        let b0 = *self.bytes.get(self.pos)?;
        let (len, init) = match b0 {
            0x00..=0x7F => (1, b0 as u32),
            0xC0..=0xDF => (2, (b0 & 0x1F) as u32),
            0xE0..=0xEF => (3, (b0 & 0x0F) as u32),
            _ => (4, (b0 & 0x07) as u32),
        };
        let end = (self.pos + len).min(self.bytes.len());
        let tail = &self.bytes[self.pos + 1..end];
        self.pos = end;
        Some(tail.iter().fold(init, |acc, &b| (acc << 6) | (b & 0x3F) as u32))
    }
}

impl DoubleEndedIterator for CodePoints<'_> {
    fn next_back(&mut self) -> Option<u32> {
        if self.bytes.len() <= self.pos {
            return None;
        }
        let mut start = self.bytes.len() - 1;
        while start > self.pos && self.bytes[start] & 0xC0 == 0x80 {
            start -= 1;
        }
        let mut it = CodePoints {
            bytes: &self.bytes[..],
            pos: start,
        };
        let cp = it.next();
        self.bytes = &self.bytes[..start];
        cp
    }
}

/// Appends code point `cp` in generalised UTF-8.
#[inline]
pub fn push_code_point(out: &mut Vec<u8>, cp: u32) {
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
            0xF0 | (cp >> 18) as u8,
            0x80 | ((cp >> 12) & 0x3F) as u8,
            0x80 | ((cp >> 6) & 0x3F) as u8,
            0x80 | (cp & 0x3F) as u8,
        ]);
    }
}

/// A static string object (identifiers, constant names).
pub type StaticStr = Static<Str>;

/// Declares a static str object.
#[macro_export]
macro_rules! static_str {
    ($vis:vis $name:ident = $text:expr) => {
        $vis static $name: $crate::objects::str::StaticStr = $crate::objects::value::Static(
            $crate::objects::value::PyObject::new_static(
                &$crate::objects::str::STR_TYPE.0,
                $crate::objects::str::Str::from_static($text),
            ),
        );
    };
}

static_str!(pub EMPTY_STR = "");

impl PyObject<Str> {
    /// The str as a Value.
    pub fn as_value_ref(&self) -> Value {
        self.to_value()
    }
}

impl PyRef<Str> {
    /// A new str object (not interned).
    pub fn new_str(s: &str) -> PyRef<Str> {
        new_str(s)
    }
}

/// Allocates a str object from text (the empty string is the static one).
pub fn new_str(s: &str) -> PyRef<Str> {
    if s.is_empty() {
        return EMPTY_STR.get().to_ref();
    }
    alloc_str(Str::from_gen_utf8(s.as_bytes().into()))
}

/// Allocates a str object from owned text.
pub fn new_string(s: String) -> PyRef<Str> {
    if s.is_empty() {
        return EMPTY_STR.get().to_ref();
    }
    alloc_str(Str::from_string(s))
}

/// Allocates a str from generalised UTF-8 bytes the caller built.
pub fn new_str_from_gen_utf8(b: Vec<u8>) -> PyRef<Str> {
    if b.is_empty() {
        return EMPTY_STR.get().to_ref();
    }
    alloc_str(Str::from_gen_utf8(b.into_boxed_slice()))
}

/// Allocates a str from code points (surrogates allowed; above U+10FFFF is
/// the caller's error to report first).
pub fn new_str_from_code_points(cps: impl IntoIterator<Item = u32>) -> PyRef<Str> {
    let mut b = Vec::new();
    for cp in cps {
        push_code_point(&mut b, cp);
    }
    new_str_from_gen_utf8(b)
}

fn alloc_str(s: Str) -> PyRef<Str> {
    match super::value::alloc(STR_TYPE.get(), s) {
        Some(r) => r,
        // Allocation failure of a small object: the process is out of memory,
        // as Rust's own allocations would report.
        None => std::alloc::handle_alloc_error(std::alloc::Layout::new::<Str>()),
    }
}

pub use super::str_type::STR_TYPE;
