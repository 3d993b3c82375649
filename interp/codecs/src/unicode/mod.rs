//! The Unicode properties CPython 3.14 consults in the front end and in
//! `repr`, one generated table per property (Unicode 16.0.0, as the
//! reference's `unicodedata`), and the character names of `\N{...}`.
//!
//! CPython: Objects/unicodectype.c (`_PyUnicode_IsXidStart`,
//! `_PyUnicode_IsXidContinue`, `_PyUnicode_IsPrintable`), Modules/unicodedata.c
//! (`_getcode`).

pub mod names;
mod printable;
mod xid;

/// Whether `cp` lies in one of `table`'s sorted, disjoint, inclusive ranges.
#[inline]
fn in_ranges(table: &[(u32, u32)], cp: u32) -> bool {
    table
        .binary_search_by(|&(lo, hi)| {
            if hi < cp {
                std::cmp::Ordering::Less
            } else if lo > cp {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

/// CPython: `_PyUnicode_IsXidStart`.
#[inline]
pub fn is_xid_start(ch: char) -> bool {
    if ch.is_ascii() {
        return ch.is_ascii_alphabetic();
    }
    in_ranges(xid::XID_START, ch as u32)
}

/// CPython: `_PyUnicode_IsXidContinue`.
#[inline]
pub fn is_xid_continue(ch: char) -> bool {
    if ch.is_ascii() {
        return ch.is_ascii_alphanumeric() || ch == '_';
    }
    in_ranges(xid::XID_CONTINUE, ch as u32)
}

/// CPython: `Py_UNICODE_ISPRINTABLE`, for any code point (surrogates and
/// values above U+10FFFF are not printable).
#[inline]
pub fn is_printable(cp: u32) -> bool {
    if cp < 0x80 {
        return (0x20..0x7F).contains(&cp);
    }
    in_ranges(printable::PRINTABLE, cp)
}
