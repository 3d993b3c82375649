//! Unicode character names for `\N{...}`, as CPython 3.14 (Unicode 16.0.0) resolves
//! them: case-insensitive, aliases accepted, named sequences rejected.
//!
//! The table `names.bin` is generated from the reference interpreter's
//! `unicodedata` by gen/gen_unicode_names.py, whose docstring describes the
//! layout. Reading never panics: a malformed table just finds nothing.

/// The file: its first line is the generated-file line, the table follows.
static FILE: &[u8] = include_bytes!("names.bin");

/// Longest name worth looking at: the longest Unicode 16 name or alias is 88
/// bytes; anything longer cannot match.
const MAX_NAME_LEN: usize = 128;
/// Most words in one name (the longest has 15).
const MAX_WORDS: usize = 64;

/// The code point named `name` (the bytes between `\N{` and `}`), or `None`.
///
/// CPython: Modules/unicodedata.c `_getcode` (via `_PyUnicode_Name_CAPI`), with
/// `with_named_seq = 0`.
pub fn lookup(name: &[u8]) -> Option<u32> {
    if name.is_empty() || name.len() > MAX_NAME_LEN {
        return None;
    }
    let mut buf = [0u8; MAX_NAME_LEN];
    let upper = buf.get_mut(..name.len())?;
    for (dst, &b) in upper.iter_mut().zip(name) {
        if !b.is_ascii() {
            return None;
        }
        *dst = b.to_ascii_uppercase();
    }
    let upper: &[u8] = upper;
    if let Some(rest) = upper.strip_prefix(b"HANGUL SYLLABLE ") {
        return hangul(rest);
    }
    let table = Table::parse()?;
    if let Some(cp) = table.family(upper) {
        return Some(cp);
    }
    table.explicit(upper)
}

// CPython: Modules/unicodedata.c `hangul_syllables` and `find_syllable`.
const JAMO_L: [&[u8]; 19] = [
    b"G", b"GG", b"N", b"D", b"DD", b"R", b"M", b"B", b"BB", b"S", b"SS", b"", b"J", b"JJ", b"C",
    b"K", b"T", b"P", b"H",
];
const JAMO_V: [&[u8]; 21] = [
    b"A", b"AE", b"YA", b"YAE", b"EO", b"E", b"YEO", b"YE", b"O", b"WA", b"WAE", b"OE", b"YO",
    b"U", b"WEO", b"WE", b"WI", b"YU", b"EU", b"YI", b"I",
];
const JAMO_T: [&[u8]; 28] = [
    b"", b"G", b"GG", b"GS", b"N", b"NJ", b"NH", b"D", b"L", b"LG", b"LM", b"LB", b"LS", b"LT",
    b"LP", b"LH", b"M", b"B", b"BS", b"S", b"SS", b"NG", b"J", b"C", b"K", b"T", b"P", b"H",
];

/// The longest jamo of `table` that `s` starts with: (index, length). Like
/// CPython's `find_syllable`, a greedy match that never backtracks.
fn find_jamo(s: &[u8], table: &[&[u8]]) -> Option<(u32, usize)> {
    let mut best: Option<(u32, usize)> = None;
    for (i, jamo) in table.iter().enumerate() {
        if s.starts_with(jamo) && best.is_none_or(|(_, len)| jamo.len() > len) {
            best = Some((i as u32, jamo.len()));
        }
    }
    best
}

fn hangul(s: &[u8]) -> Option<u32> {
    let (l, n) = find_jamo(s, &JAMO_L)?;
    let s = s.get(n..)?;
    let (v, n) = find_jamo(s, &JAMO_V)?;
    let s = s.get(n..)?;
    let (t, n) = find_jamo(s, &JAMO_T)?;
    if n != s.len() {
        return None;
    }
    Some(0xAC00 + (l * 21 + v) * 28 + t)
}

fn u32_at(b: &[u8], at: usize) -> Option<u32> {
    let s = b.get(at..at.checked_add(4)?)?;
    Some(u32::from_le_bytes([s[0], s[1], s[2], s[3]]))
}

fn u16_at(b: &[u8], at: usize) -> Option<u16> {
    let s = b.get(at..at.checked_add(2)?)?;
    Some(u16::from_le_bytes([s[0], s[1]]))
}

/// Views into the table of [`FILE`].
struct Table {
    /// `n_words + 1` u32 offsets, then the word bytes.
    word_offsets: &'static [u8],
    word_bytes: &'static [u8],
    n_words: usize,
    families: &'static [u8],
    n_families: usize,
    block_offsets: &'static [u8],
    n_blocks: usize,
    data: &'static [u8],
}

impl Table {
    fn parse() -> Option<Table> {
        let t = FILE.get(FILE.iter().position(|&b| b == b'\n')? + 1..)?;
        if t.get(..4)? != b"OXUN" || u32_at(t, 4)? != 1 {
            return None;
        }
        let n_words = u32_at(t, 8)? as usize;
        let offsets_start = 12usize;
        let offsets_len = n_words.checked_add(1)?.checked_mul(4)?;
        let word_offsets = t.get(offsets_start..offsets_start.checked_add(offsets_len)?)?;
        let bytes_len = u32_at(word_offsets, n_words * 4)? as usize;
        let mut at = offsets_start + offsets_len;
        let word_bytes = t.get(at..at.checked_add(bytes_len)?)?;
        at += bytes_len;

        let n_families = u32_at(t, at)? as usize;
        at += 4;
        let families_start = at;
        for _ in 0..n_families {
            let plen = *t.get(at)? as usize;
            at += 1 + plen;
            let n_ranges = u16_at(t, at)? as usize;
            at += 2 + n_ranges * 8;
        }
        let families = t.get(families_start..at)?;

        let _n_entries = u32_at(t, at)?;
        let _block_size = u32_at(t, at + 4)?;
        let n_blocks = u32_at(t, at + 8)? as usize;
        at += 12;
        let block_offsets = t.get(at..at.checked_add(n_blocks.checked_mul(4)?)?)?;
        at += n_blocks * 4;
        let data_len = u32_at(t, at)? as usize;
        at += 4;
        let data = t.get(at..at.checked_add(data_len)?)?;
        Some(Table {
            word_offsets,
            word_bytes,
            n_words,
            families,
            n_families,
            block_offsets,
            n_blocks,
            data,
        })
    }

    /// `PREFIX-HEX` names (CJK UNIFIED IDEOGRAPH-4E00, ...): the hex digits must
    /// be exactly the canonical spelling `%04X` of a code point in the family.
    fn family(&self, name: &[u8]) -> Option<u32> {
        let f = self.families;
        let mut at = 0usize;
        for _ in 0..self.n_families {
            let plen = *f.get(at)? as usize;
            let prefix = f.get(at + 1..at + 1 + plen)?;
            at += 1 + plen;
            let n_ranges = u16_at(f, at)? as usize;
            at += 2;
            let ranges_at = at;
            at += n_ranges * 8;
            let Some(hex) = name.strip_prefix(prefix) else {
                continue;
            };
            if !(4..=6).contains(&hex.len()) || (hex.len() > 4 && hex[0] == b'0') {
                return None;
            }
            let mut cp = 0u32;
            for &h in hex {
                cp = cp * 16 + (h as char).to_digit(16)?;
            }
            for r in 0..n_ranges {
                let lo = u32_at(f, ranges_at + r * 8)?;
                let hi = u32_at(f, ranges_at + r * 8 + 4)?;
                if (lo..=hi).contains(&cp) {
                    return Some(cp);
                }
            }
            return None;
        }
        None
    }

    fn word(&self, i: usize) -> Option<&'static [u8]> {
        let start = u32_at(self.word_offsets, i.checked_mul(4)?)? as usize;
        let end = u32_at(self.word_offsets, i.checked_add(1)?.checked_mul(4)?)? as usize;
        self.word_bytes.get(start..end)
    }

    fn word_id(&self, w: &[u8]) -> Option<u16> {
        let (mut lo, mut hi) = (0usize, self.n_words);
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            match self.word(mid)?.cmp(w) {
                std::cmp::Ordering::Less => lo = mid + 1,
                std::cmp::Ordering::Greater => hi = mid,
                std::cmp::Ordering::Equal => return u16::try_from(mid).ok(),
            }
        }
        None
    }

    /// Decodes the entry at `at` on top of `words[..*len]`, returning the code
    /// point and the offset of the next entry.
    fn entry(
        &self,
        at: usize,
        words: &mut [u16; MAX_WORDS],
        len: &mut usize,
    ) -> Option<(u32, usize)> {
        let d = self.data;
        let shared = *d.get(at)? as usize;
        let n_new = *d.get(at + 1)? as usize;
        if shared > *len || shared + n_new > MAX_WORDS {
            return None;
        }
        let mut p = at + 2;
        for slot in words.iter_mut().skip(shared).take(n_new) {
            let b0 = *d.get(p)?;
            if b0 < 0x80 {
                *slot = b0 as u16;
                p += 1;
            } else {
                *slot = (((b0 & 0x7F) as u16) << 8) | *d.get(p + 1)? as u16;
                p += 2;
            }
        }
        *len = shared + n_new;
        let cp = d.get(p..p + 3)?;
        Some((
            cp[0] as u32 | (cp[1] as u32) << 8 | (cp[2] as u32) << 16,
            p + 3,
        ))
    }

    fn explicit(&self, name: &[u8]) -> Option<u32> {
        let mut query = [0u16; MAX_WORDS];
        let mut qlen = 0usize;
        for w in name.split(|&b| b == b' ') {
            *query.get_mut(qlen)? = self.word_id(w)?;
            qlen += 1;
        }
        let query = query.get(..qlen)?;
        let mut words = [0u16; MAX_WORDS];
        let mut len;
        // The last block whose first entry is <= the query.
        let (mut lo, mut hi) = (0usize, self.n_blocks);
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            let off = u32_at(self.block_offsets, mid * 4)? as usize;
            len = 0;
            self.entry(off, &mut words, &mut len)?;
            if words.get(..len)? <= query {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        let block = lo.checked_sub(1)?;
        let mut at = u32_at(self.block_offsets, block * 4)? as usize;
        let end = match u32_at(self.block_offsets, (block + 1) * 4) {
            Some(next) => next as usize,
            None => self.data.len(),
        };
        len = 0;
        while at < end {
            let (cp, next) = self.entry(at, &mut words, &mut len)?;
            match words.get(..len)?.cmp(query) {
                std::cmp::Ordering::Equal => return Some(cp),
                std::cmp::Ordering::Greater => return None,
                std::cmp::Ordering::Less => at = next,
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::{MAX_WORDS, Table, lookup};

    /// Every stored name (and its lowercase spelling) finds its code point:
    /// checks the block search against a sequential walk of the table.
    #[test]
    fn every_stored_name_round_trips() {
        let t = Table::parse().expect("table");
        let mut words = [0u16; MAX_WORDS];
        let mut len = 0;
        let mut at = 0;
        let mut count = 0u32;
        let mut block = 0;
        while at < t.data.len() {
            if super::u32_at(t.block_offsets, block * 4) == Some(at as u32) {
                len = 0;
                block += 1;
            }
            let (cp, next) = t.entry(at, &mut words, &mut len).expect("entry");
            let name: Vec<u8> = words[..len]
                .iter()
                .map(|&w| t.word(w as usize).expect("word"))
                .collect::<Vec<_>>()
                .join(&b' ');
            assert_eq!(
                lookup(&name),
                Some(cp),
                "{}",
                String::from_utf8_lossy(&name)
            );
            assert_eq!(lookup(&name.to_ascii_lowercase()), Some(cp));
            at = next;
            count += 1;
        }
        assert_eq!(block, t.n_blocks);
        // gen_unicode_names.py: 34614 names (477 of them aliases).
        assert_eq!(count, 34614);
    }

    /// Every Hangul syllable's name, built as Unicode chapter 3.12 spells it.
    #[test]
    fn hangul_syllables() {
        use super::{JAMO_L, JAMO_T, JAMO_V};
        for cp in 0xAC00u32..=0xD7A3 {
            let s = cp - 0xAC00;
            let (l, v, t) = (s / (21 * 28), (s % (21 * 28)) / 28, s % 28);
            let mut name = b"HANGUL SYLLABLE ".to_vec();
            name.extend_from_slice(JAMO_L[l as usize]);
            name.extend_from_slice(JAMO_V[v as usize]);
            name.extend_from_slice(JAMO_T[t as usize]);
            assert_eq!(
                lookup(&name),
                Some(cp),
                "{}",
                String::from_utf8_lossy(&name)
            );
        }
    }

    #[test]
    fn names() {
        // Recorded from CPython 3.14: "\N{...}" of each name.
        let cases: &[(&str, Option<u32>)] = &[
            ("LATIN SMALL LETTER A", Some(0x61)),
            ("latin small letter a", Some(0x61)),
            ("Latin Small Letter A", Some(0x61)),
            ("LATIN SMALL LETTER A ", None),
            ("LATIN  SMALL LETTER A", None),
            ("LATIN SMALL LETTER_A", None),
            ("NULL", Some(0)),
            ("BYTE ORDER MARK", Some(0xFEFF)),
            ("LINE FEED", Some(0x0A)),
            ("LF", Some(0x0A)),
            ("BEL", Some(0x07)),
            ("ALERT", Some(0x07)),
            ("BELL", Some(0x1F514)),
            ("EM DASH", Some(0x2014)),
            ("LATIN CAPITAL LETTER GHA", Some(0x1A2)),
            ("LATIN CAPITAL LETTER A WITH MACRON AND GRAVE", None),
            ("KHMER CONSONANT SIGN COENG KA", None),
            ("CJK COMPATIBILITY IDEOGRAPH-f900", Some(0xF900)),
            ("KHITAN SMALL SCRIPT CHARACTER-18b00", Some(0x18B00)),
            ("VARIATION SELECTOR-17", Some(0xE0100)),
            ("EGYPTIAN HIEROGLYPH-143FA", Some(0x143FA)),
            ("TANGUT COMPONENT-001", Some(0x18800)),
            ("GARAY CAPITAL LETTER A", Some(0x10D50)),
            ("BEAVER", Some(0x1F9AB)),
            ("CJK UNIFIED IDEOGRAPH-3134A", Some(0x3134A)),
            ("CJK UNIFIED IDEOGRAPH-3134B", None),
            ("CJK UNIFIED IDEOGRAPH-323AF", Some(0x323AF)),
            ("CJK UNIFIED IDEOGRAPH-2EE5D", Some(0x2EE5D)),
            ("CJK UNIFIED IDEOGRAPH-2EE5E", None),
            ("CJK UNIFIED IDEOGRAPH-04E00", None),
            ("CJK UNIFIED IDEOGRAPH-4e00", Some(0x4E00)),
            ("cJk UNIFIED IDEOGRAPH-3400", Some(0x3400)),
            ("CJK UNIFIED IDEOGRAPH-A000", None),
            ("CJK UNIFIED IDEOGRAPH-", None),
            ("CJK UNIFIED IDEOGRAPH-+4E0", None),
            ("TANGUT IDEOGRAPH-17000", Some(0x17000)),
            ("tangut ideograph-17000", Some(0x17000)),
            ("TANGUT IDEOGRAPH-187F7", Some(0x187F7)),
            ("TANGUT IDEOGRAPH-187F8", None),
            ("TANGUT IDEOGRAPH-18D08", Some(0x18D08)),
            ("TANGUT IDEOGRAPH-18D09", None),
            ("TANGUT IDEOGRAPH-1700", None),
            ("TANGUT IDEOGRAPH-017000", None),
            ("HANGUL SYLLABLE A", Some(0xC544)),
            ("hangul syllable gag", Some(0xAC01)),
            ("HANGUL SYLLABLE Ga", Some(0xAC00)),
            ("HANGUL SYLLABLE GGAGG", Some(0xAE4E)),
            ("HANGUL SYLLABLE GAX", None),
            ("HANGUL SYLLABLE ", None),
            ("HANGUL SYLLABLE GA ", None),
            ("HANGUL SYLLABLE KKWEOLP", None),
            ("NO-BREAK SPACE", Some(0xA0)),
            ("NO BREAK SPACE", None),
            ("NBSP", Some(0xA0)),
            ("HANGUL JUNGSEONG O-E", Some(0x1180)),
            ("TIBETAN MARK BSKA- SHOG GI MGO RGYAN", Some(0xFD0)),
            ("TIBETAN MARK BKA- SHOG GI MGO RGYAN", Some(0xFD0)),
            ("\u{e9}", None),
            ("", None),
        ];
        for &(name, want) in cases {
            assert_eq!(lookup(name.as_bytes()), want, "{name:?}");
        }
        assert_eq!(lookup(&[b'x'; 300]), None);
    }
}
