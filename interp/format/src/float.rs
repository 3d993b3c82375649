//! Floats to text and back, as CPython 3.14 does it with David Gay's dtoa.
//!
//! CPython: Python/pystrtod.c (`PyOS_double_to_string`, `format_float_short`),
//! Objects/floatobject.c (`float_repr`, `double_round`, `float.__round__`, `float.hex`,
//! `float.fromhex`), Objects/longobject.c (`PyLong_AsDouble`, `PyLong_FromDouble`).
//!
//! The digits come from Rust's float formatting: `{:e}` gives the shortest digits that
//! round-trip (dtoa mode 0), and `{:.N}` / `{:.Ne}` give the exact binary value correctly
//! rounded half-to-even to N digits (dtoa modes 3 and 2). Both are exact and need no bigint
//! arithmetic for ordinary doubles. The layout around those digits is `format_float_short`'s.

use std::fmt::Write as _;

use num_bigint::{BigInt, BigUint, Sign};

use crate::{FormatError, reserve};

/// Always write a sign (`+` for non-negative values). CPython: `Py_DTSF_SIGN`.
pub const DTSF_SIGN: u32 = 0x01;
/// Add ".0" to an integral result without an exponent ('r' and 'g'). `Py_DTSF_ADD_DOT_0`.
pub const DTSF_ADD_DOT_0: u32 = 0x02;
/// The alternate form ('#'): keep the decimal point and trailing zeros. `Py_DTSF_ALT`.
pub const DTSF_ALT: u32 = 0x04;
/// Print a negative value that rounds to zero without its sign ('z'). `Py_DTSF_NO_NEG_0`.
pub const DTSF_NO_NEG_0: u32 = 0x08;

/// The largest precision `PyOS_double_to_string` accepts; above it CPython raises
/// `ValueError("precision too big")` whatever the value.
pub const MAX_PRECISION: i64 = i32::MAX as i64 - 1024;

/// Every finite double has at most 767 significant decimal digits and at most 1074 digits
/// after the decimal point, so asking Rust for more changes nothing but trailing zeros
/// (which dtoa strips); the caps keep Rust's formatting inside its u16 precision limit.
const MAX_SIGNIFICANT: usize = 800;
const MAX_FRACTIONAL: usize = 1100;

/// A byte buffer that lives on the stack for the common short outputs.
struct Buf {
    inline: [u8; 48],
    len: usize,
    heap: Vec<u8>,
}

impl Buf {
    fn new() -> Buf {
        Buf {
            inline: [0; 48],
            len: 0,
            heap: Vec::new(),
        }
    }

    fn as_bytes(&self) -> &[u8] {
        if self.heap.is_empty() {
            self.inline.get(..self.len).unwrap_or_default()
        } else {
            &self.heap
        }
    }

    fn push(&mut self, b: u8) {
        self.extend(&[b]);
    }

    fn extend(&mut self, s: &[u8]) {
        if self.heap.is_empty() {
            if let Some(dst) = self.inline.get_mut(self.len..self.len + s.len()) {
                dst.copy_from_slice(s);
                self.len += s.len();
                return;
            }
            self.heap
                .extend_from_slice(self.inline.get(..self.len).unwrap_or_default());
        }
        self.heap.extend_from_slice(s);
    }

    fn truncate(&mut self, n: usize) {
        if self.heap.is_empty() {
            self.len = self.len.min(n);
        } else {
            self.heap.truncate(n);
        }
    }
}

impl std::fmt::Write for Buf {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        self.extend(s.as_bytes());
        Ok(())
    }
}

/// Which digits `dtoa` should produce (`_Py_dg_dtoa`'s modes).
#[derive(Clone, Copy)]
enum Mode {
    /// Mode 0: the shortest digits that round-trip.
    Shortest,
    /// Mode 2: `n >= 1` significant digits.
    Significant(usize),
    /// Mode 3: `n` digits after the decimal point.
    Fixed(usize),
}

/// The decimal digits of a finite, non-negative `d` as `_Py_dg_dtoa` returns them: no
/// leading or trailing zeros, value `0.DIGITS * 10**decpt`. Zero is "0" with decpt 1; a value
/// that rounds to zero in fixed mode has no digits and decpt `-ndigits`.
fn dtoa(d: f64, mode: Mode) -> (Buf, i64) {
    let mut digits = Buf::new();
    if d == 0.0 {
        digits.push(b'0');
        return (digits, 1);
    }
    let mut raw = Buf::new();
    match mode {
        Mode::Shortest => {
            let _ = write!(raw, "{d:e}");
            shortest_ties_to_even(&mut raw, d);
        }
        Mode::Significant(n) => {
            let n = n.clamp(1, MAX_SIGNIFICANT);
            let _ = write!(raw, "{:.*e}", n - 1, d);
        }
        Mode::Fixed(n) => {
            let _ = write!(raw, "{:.*}", n.min(MAX_FRACTIONAL), d);
        }
    }
    let raw = raw.as_bytes();
    let decpt = match mode {
        Mode::Shortest | Mode::Significant(_) => {
            // "d.ddde[-]x": the first digit is never zero.
            let e_at = raw.iter().position(|&b| b == b'e').unwrap_or(raw.len());
            let (mantissa, exp) = raw.split_at(e_at);
            for &b in mantissa {
                if b.is_ascii_digit() {
                    digits.push(b);
                }
            }
            parse_small_int(exp.get(1..).unwrap_or_default()) + 1
        }
        Mode::Fixed(n) => {
            let int_len = raw.iter().position(|&b| b == b'.').unwrap_or(raw.len());
            let mut decpt = int_len as i64;
            let mut leading = true;
            for &b in raw {
                if !b.is_ascii_digit() {
                    continue;
                }
                if leading && b == b'0' {
                    decpt -= 1;
                    continue;
                }
                leading = false;
                digits.push(b);
            }
            if leading {
                // dtoa's "no digits, fcvt style" result.
                decpt = -(n.min(i64::MAX as usize) as i64);
            }
            decpt
        }
    };
    let kept = digits.as_bytes().len()
        - digits
            .as_bytes()
            .iter()
            .rev()
            .take_while(|&&b| b == b'0')
            .count();
    digits.truncate(kept);
    (digits, decpt)
}

/// Rust's shortest digits are the nearest among the shortest strings that round-trip, but
/// when two are equally near it does not pick the even one as dtoa does. That can only
/// happen with 16 or 17 digits (two 15-digit neighbours are never both inside the rounding
/// interval); then the exact value correctly rounded to that many digits, if it round-trips,
/// is dtoa's answer.
///
/// A tie needs an exact value of n + 1 significant digits ending in 5: `d = m * 2**e` with
/// `m` odd and `-25 <= e < 0` (then `d = m * 5**-e / 10**-e`); for `e >= 0` the exact value,
/// stripped of trailing zeros, cannot end in 5 with that many digits. Checking that first
/// keeps the slow path for the rare candidates.
fn shortest_ties_to_even(raw: &mut Buf, d: f64) {
    let text = raw.as_bytes();
    let mantissa = text.split(|&b| b == b'e').next().unwrap_or_default();
    let n = mantissa.iter().filter(|b| b.is_ascii_digit()).count();
    if n < 16 {
        return;
    }
    let bits = d.to_bits();
    let biased = ((bits >> 52) & 0x7FF) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (mant, mut e) = if biased == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), biased - 1075)
    };
    if mant == 0 {
        return;
    }
    let tz = mant.trailing_zeros();
    let m = mant >> tz;
    e += i64::from(tz);
    if !(-25..0).contains(&e) {
        return;
    }
    let exact = u128::from(m) * 5u128.pow((-e) as u32);
    if exact.checked_ilog10().map_or(0, |l| l as usize + 1) != n + 1 {
        return;
    }
    let mut nearest = Buf::new();
    let _ = write!(nearest, "{:.*e}", n - 1, d);
    if nearest.as_bytes() != text
        && std::str::from_utf8(nearest.as_bytes())
            .ok()
            .and_then(|s| s.parse::<f64>().ok())
            == Some(d)
    {
        *raw = nearest;
    }
}

/// Parses Rust's exponent text ("-5", "12"); it is always well formed.
fn parse_small_int(s: &[u8]) -> i64 {
    let (neg, digits) = match s.first() {
        Some(b'-') => (true, s.get(1..).unwrap_or_default()),
        _ => (false, s),
    };
    let v = digits
        .iter()
        .fold(0i64, |acc, &b| acc * 10 + i64::from(b.wrapping_sub(b'0')));
    if neg { -v } else { v }
}

fn push_zeros(out: &mut Vec<u8>, n: i64) {
    if n > 0 {
        out.resize(out.len() + n as usize, b'0');
    }
}

/// CPython: Python/pystrtod.c format_float_short. `code` is one of `e f g r` (lower case;
/// `upper` selects "E", "INF", "NAN"); `precision` has already been adjusted as
/// `PyOS_double_to_string` does ('e' + 1, 'g' at least 1).
#[allow(clippy::too_many_arguments)]
fn format_float_short(
    out: &mut Vec<u8>,
    d: f64,
    code: u8,
    mode: Mode,
    precision: i64,
    flags: u32,
    upper: bool,
) -> Result<(), FormatError> {
    let always_add_sign = flags & DTSF_SIGN != 0;
    let add_dot_0_if_integer = flags & DTSF_ADD_DOT_0 != 0;
    let use_alt_formatting = flags & DTSF_ALT != 0;
    let no_negative_zero = flags & DTSF_NO_NEG_0 != 0;

    if !d.is_finite() {
        // The sign of a NaN is never shown.
        if d.is_sign_negative() && !d.is_nan() {
            out.push(b'-');
        } else if always_add_sign {
            out.push(b'+');
        }
        let word: &[u8] = match (d.is_nan(), upper) {
            (true, false) => b"nan",
            (true, true) => b"NAN",
            (false, false) => b"inf",
            (false, true) => b"INF",
        };
        out.extend_from_slice(word);
        return Ok(());
    }

    let (digits, mut decpt) = dtoa(d.abs(), mode);
    let digits = digits.as_bytes();
    let digits_len = digits.len() as i64;
    let mut sign = d.is_sign_negative();
    if no_negative_zero && sign && (digits.is_empty() || digits == b"0") {
        sign = false;
    }

    let mut vdigits_end = digits_len;
    let mut use_exp = false;
    match code {
        b'e' => {
            use_exp = true;
            vdigits_end = precision;
        }
        b'f' => vdigits_end = decpt + precision,
        b'g' => {
            let limit = if add_dot_0_if_integer {
                precision - 1
            } else {
                precision
            };
            if decpt <= -4 || decpt > limit {
                use_exp = true;
            }
            if use_alt_formatting {
                vdigits_end = precision;
            }
        }
        _ => {
            // 'r': exponent notation from 1e16 on, as CPython since 3.1.
            if decpt <= -4 || decpt > 16 {
                use_exp = true;
            }
        }
    }

    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    if !use_exp && add_dot_0_if_integer {
        vdigits_end = vdigits_end.max(decpt + 1);
    } else {
        vdigits_end = vdigits_end.max(decpt);
    }

    let total = 3 + (vdigits_end - vdigits_start) + if use_exp { 6 } else { 0 };
    reserve(out, usize::try_from(total).unwrap_or(usize::MAX))?;

    if sign {
        out.push(b'-');
    } else if always_add_sign {
        out.push(b'+');
    }
    if decpt <= 0 {
        push_zeros(out, decpt - vdigits_start);
        out.push(b'.');
        push_zeros(out, -decpt);
    } else {
        push_zeros(out, -vdigits_start);
    }
    if 0 < decpt && decpt <= digits_len {
        let (int_part, frac_part) = digits.split_at(decpt as usize);
        out.extend_from_slice(int_part);
        out.push(b'.');
        out.extend_from_slice(frac_part);
    } else {
        out.extend_from_slice(digits);
    }
    if digits_len < decpt {
        push_zeros(out, decpt - digits_len);
        out.push(b'.');
        push_zeros(out, vdigits_end - decpt);
    } else {
        push_zeros(out, vdigits_end - digits_len);
    }
    if out.last() == Some(&b'.') && !use_alt_formatting {
        out.pop();
    }
    if use_exp {
        out.push(if upper { b'E' } else { b'e' });
        out.push(if exp < 0 { b'-' } else { b'+' });
        let e = exp.unsigned_abs();
        if e < 10 {
            out.push(b'0');
        }
        let mut b = Buf::new();
        let _ = write!(b, "{e}");
        out.extend_from_slice(b.as_bytes());
    }
    Ok(())
}

/// `PyOS_double_to_string(val, format_code, precision, flags, NULL)`, appended to `out`.
///
/// `format_code` is one of `e E f F g G r`; 'r' (repr) ignores `precision`. Other codes are
/// a caller bug and write nothing. Fails only with "precision too big" or MemoryError.
pub fn double_to_string(
    out: &mut Vec<u8>,
    val: f64,
    format_code: u8,
    precision: i64,
    flags: u32,
) -> Result<(), FormatError> {
    if format_code != b'r' && precision > MAX_PRECISION {
        return Err(FormatError::value("precision too big"));
    }
    let precision = precision.max(0);
    let upper = format_code.is_ascii_uppercase();
    let (code, mode, precision) = match format_code {
        b'e' | b'E' => (
            b'e',
            Mode::Significant(precision as usize + 1),
            precision + 1,
        ),
        b'f' | b'F' => (b'f', Mode::Fixed(precision as usize), precision),
        b'g' | b'G' => {
            // Precision 0 makes no sense for 'g'; CPython reads it as 1.
            let p = precision.max(1);
            (b'g', Mode::Significant(p as usize), p)
        }
        b'r' => (b'r', Mode::Shortest, 0),
        _ => return Ok(()),
    };
    format_float_short(out, val, code, mode, precision, flags, upper)
}

/// [`double_to_string`] into a new `String`.
pub fn double_to_str(
    val: f64,
    format_code: u8,
    precision: i64,
    flags: u32,
) -> Result<String, FormatError> {
    let mut out = Vec::new();
    double_to_string(&mut out, val, format_code, precision, flags)?;
    // The output is ASCII by construction.
    Ok(String::from_utf8(out).unwrap_or_default())
}

/// `repr(x)` and `str(x)` for a float: the shortest round-tripping digits, with ".0" added
/// to integral values and exponent notation below 1e-4 and from 1e16.
pub fn repr(x: f64) -> String {
    let mut out = Vec::with_capacity(24);
    write_repr(&mut out, x);
    String::from_utf8(out).unwrap_or_default()
}

/// [`repr`] appended to a byte buffer.
pub fn write_repr(out: &mut Vec<u8>, x: f64) {
    // Cannot fail: 'r' has no precision and needs at most 25 bytes.
    let _ = format_float_short(out, x, b'r', Mode::Shortest, 0, DTSF_ADD_DOT_0, false);
}

/// The 'r' form without ".0", optionally signed: the parts of `repr(complex)`.
pub fn write_repr_no_dot(out: &mut Vec<u8>, x: f64, always_sign: bool) {
    let flags = if always_sign { DTSF_SIGN } else { 0 };
    let _ = format_float_short(out, x, b'r', Mode::Shortest, 0, flags, false);
}

/// `'%.*e' % (precision, x)` with the given `DTSF_*` flags.
pub fn format_e(x: f64, precision: i64, flags: u32) -> Result<String, FormatError> {
    double_to_str(x, b'e', precision, flags)
}

/// `'%.*f' % (precision, x)` with the given `DTSF_*` flags.
pub fn format_f(x: f64, precision: i64, flags: u32) -> Result<String, FormatError> {
    double_to_str(x, b'f', precision, flags)
}

/// `'%.*g' % (precision, x)` with the given `DTSF_*` flags.
pub fn format_g(x: f64, precision: i64, flags: u32) -> Result<String, FormatError> {
    double_to_str(x, b'g', precision, flags)
}

/// `round(x, ndigits)` for a float: the double nearest to `x` rounded half-to-even, on its
/// exact binary value, to a multiple of `10**-ndigits`. `ndigits` is clipped to the i64
/// range as `PyNumber_AsSsize_t(ndigits, NULL)` does. CPython: Objects/floatobject.c
/// float___round___impl, double_round.
pub fn round(x: f64, ndigits: i64) -> Result<f64, FormatError> {
    // NDIGITS_MAX and NDIGITS_MIN: beyond them x rounds to itself or to a signed zero.
    // (int)((DBL_MANT_DIG - DBL_MIN_EXP) * 0.30103), -(int)((DBL_MAX_EXP + 1) * 0.30103)
    const NDIGITS_MAX: i64 = 323;
    const NDIGITS_MIN: i64 = -308;
    if !x.is_finite() || ndigits > NDIGITS_MAX {
        return Ok(x);
    }
    if ndigits < NDIGITS_MIN {
        return Ok(0.0 * x);
    }
    // The correctly rounded decimal string, as dtoa mode 3 gives it ...
    let mut text = Buf::new();
    if x.is_sign_negative() {
        text.push(b'-');
    }
    if ndigits >= 0 {
        let _ = write!(text, "{:.*}", ndigits as usize, x.abs());
    } else {
        round_to_tens(&mut text, x.abs(), ndigits.unsigned_abs());
    }
    // ... read back with correct rounding, as _Py_dg_strtod does.
    let s = std::str::from_utf8(text.as_bytes()).unwrap_or("0");
    let rounded: f64 = s.parse().unwrap_or(0.0);
    if rounded.is_infinite() {
        return Err(FormatError::overflow(
            "rounded value too large to represent",
        ));
    }
    Ok(rounded)
}

/// Writes `d` (finite, >= 0) rounded half-to-even to a multiple of `10**tens`, in exponent
/// notation, from its exact decimal expansion.
fn round_to_tens(out: &mut Buf, d: f64, tens: u64) {
    if d == 0.0 {
        out.push(b'0');
        return;
    }
    // Exact: a double has at most 767 significant digits.
    let (digits, decpt) = dtoa(d, Mode::Significant(MAX_SIGNIFICANT));
    let digits = digits.as_bytes();
    // The number of leading digits that survive, rounding at that position.
    let keep = decpt - tens as i64;
    if keep < 0 {
        out.push(b'0');
        return;
    }
    let keep = keep as usize;
    let first_dropped = digits.get(keep).copied().unwrap_or(b'0');
    let rest_nonzero = digits.iter().skip(keep + 1).any(|&b| b != b'0');
    let last_kept_odd = keep > 0 && digits.get(keep - 1).is_some_and(|&b| (b - b'0') % 2 == 1);
    let round_up =
        first_dropped > b'5' || (first_dropped == b'5' && (rest_nonzero || last_kept_odd));
    let mut kept: Vec<u8> = digits.iter().take(keep).copied().collect();
    kept.resize(keep, b'0');
    let mut exp = tens as i64;
    if round_up {
        // Propagate the carry; a carry out of the top digit adds a digit.
        let mut i = kept.len();
        loop {
            if i == 0 {
                kept.insert(0, b'1');
                break;
            }
            i -= 1;
            if let Some(b) = kept.get_mut(i) {
                if *b == b'9' {
                    *b = b'0';
                } else {
                    *b += 1;
                    break;
                }
            }
        }
    }
    if kept.is_empty() {
        kept.push(b'0');
        exp = 0;
    }
    out.extend(&kept);
    let _ = write!(out, "e{exp}");
}

/// `round(x)` with no ndigits: the nearest integer, halves to even. CPython:
/// float___round___impl, then PyLong_FromDouble.
pub fn round_to_int(x: f64) -> Result<BigInt, FormatError> {
    f64_to_int(x.round_ties_even())
}

/// `int(x)` for a float (truncation toward zero). CPython: Objects/longobject.c
/// PyLong_FromDouble.
pub fn f64_to_int(x: f64) -> Result<BigInt, FormatError> {
    if x.is_nan() {
        return Err(FormatError::value("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(FormatError::overflow(
            "cannot convert float infinity to integer",
        ));
    }
    let t = x.trunc();
    if t.abs() < 9_223_372_036_854_775_808.0 {
        return Ok(BigInt::from(t as i64));
    }
    // |t| >= 2**63: an integer mantissa times a power of two.
    let bits = t.to_bits();
    let exp = ((bits >> 52) & 0x7FF) as i64 - 1075;
    let mant = (bits & ((1u64 << 52) - 1)) | (1u64 << 52);
    let mag = BigUint::from(mant) << (exp.max(0) as usize);
    Ok(BigInt::from_biguint(
        if t < 0.0 { Sign::Minus } else { Sign::Plus },
        mag,
    ))
}

/// `float(v)` for an int: correctly rounded, halves to even. CPython: PyLong_AsDouble.
pub fn int_to_f64(v: &BigInt) -> Result<f64, FormatError> {
    let mag = v.magnitude();
    let nbits = mag.bits();
    let x = if nbits <= 53 {
        mag.to_u64_digits().first().copied().unwrap_or(0) as f64
    } else {
        // The top 64 bits, and whether anything below them is set.
        let (top, sticky) = if nbits <= 64 {
            let m = mag.to_u64_digits().first().copied().unwrap_or(0);
            (m << (64 - nbits), false)
        } else {
            let shift = nbits - 64;
            let top = (mag >> shift as usize)
                .to_u64_digits()
                .first()
                .copied()
                .unwrap_or(0);
            let sticky = mag.trailing_zeros().is_some_and(|tz| tz < shift);
            (top, sticky)
        };
        let mut q = top >> 11;
        let rem = top & 0x7FF;
        if rem > 0x400 || (rem == 0x400 && (sticky || q & 1 == 1)) {
            q += 1;
        }
        ldexp(q as f64, nbits as i64 - 53)
    };
    if x.is_infinite() {
        return Err(FormatError::overflow("int too large to convert to float"));
    }
    Ok(if v.sign() == Sign::Minus { -x } else { x })
}

/// 2**e for e in the normal exponent range.
fn pow2(e: i64) -> f64 {
    let e = e.clamp(-1022, 1023);
    f64::from_bits(((e + 1023) as u64) << 52)
}

/// `x * 2**e` with a single rounding, for integral `x >= 1` (as C's `ldexp` is used here).
fn ldexp(mut x: f64, mut e: i64) -> f64 {
    if x == 0.0 || !x.is_finite() {
        return x;
    }
    while e > 1023 {
        x *= pow2(1023);
        e -= 1023;
        if x.is_infinite() {
            return x;
        }
    }
    while e < -1022 {
        // x >= 1, so x * 2**-1022 is still normal and exact; only the last step rounds.
        if e >= -2044 {
            return x * pow2(-1022) * pow2(e + 1022);
        }
        x *= pow2(-1022);
        e += 1022;
    }
    x * pow2(e)
}

/// `float.hex(x)`. CPython: Objects/floatobject.c float_hex_impl.
pub fn float_hex(x: f64) -> String {
    if !x.is_finite() {
        return repr(x);
    }
    if x == 0.0 {
        return if x.is_sign_negative() {
            "-0x0.0p+0".into()
        } else {
            "0x0.0p+0".into()
        };
    }
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7FF) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    // Subnormals print as 0x0.<digits>p-1022, as CPython's frexp/ldexp dance gives.
    let (lead, e) = if biased == 0 {
        (0, -1022)
    } else {
        (1, biased - 1023)
    };
    let sign = if x < 0.0 { "-" } else { "" };
    let esign = if e < 0 { '-' } else { '+' };
    format!("{sign}0x{lead}.{frac:013x}p{esign}{}", e.unsigned_abs())
}

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0B | 0x0C)
}

fn hex_value(b: u8) -> Option<u32> {
    char::from(b).to_digit(16)
}

/// CPython: Python/pystrtod.c _Py_parse_inf_or_nan. Returns the value and the end offset.
fn parse_inf_or_nan(s: &[u8], start: usize) -> Option<(f64, usize)> {
    let mut i = start;
    let mut negate = false;
    match s.get(i) {
        Some(b'-') => {
            negate = true;
            i += 1;
        }
        Some(b'+') => i += 1,
        _ => {}
    }
    let matches = |at: usize, word: &[u8]| {
        s.get(at..at + word.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(word))
    };
    if matches(i, b"inf") {
        i += 3;
        if matches(i, b"inity") {
            i += 5;
        }
        Some((
            if negate {
                f64::NEG_INFINITY
            } else {
                f64::INFINITY
            },
            i,
        ))
    } else if matches(i, b"nan") {
        let nan = f64::NAN.abs();
        Some((if negate { -nan } else { nan }, i + 3))
    } else {
        None
    }
}

/// `float.fromhex(s)`, given the UTF-8 bytes of the string. CPython: Objects/floatobject.c
/// float_fromhex_impl (round-half-even on the hex digits, C `long` exponent arithmetic).
pub fn fromhex(s: &[u8]) -> Result<f64, FormatError> {
    const DBL_MIN_EXP: i64 = -1021;
    const DBL_MAX_EXP: i64 = 1024;
    const DBL_MANT_DIG: i64 = 53;
    const LONG_MAX: i64 = i64::MAX;
    const LONG_MIN: i64 = i64::MIN;
    let parse_error = || FormatError::value("invalid hexadecimal floating-point string");
    let overflow_error =
        || FormatError::overflow("hexadecimal value too large to represent as a float");
    // C reads a NUL past the end; any byte that matches nothing does as well.
    let at = |i: usize| s.get(i).copied().unwrap_or(0);

    let mut i = 0;
    while is_space(at(i)) {
        i += 1;
    }
    let mut negate = false;
    let x = if let Some((v, end)) = parse_inf_or_nan(s, i) {
        i = end;
        v
    } else {
        match at(i) {
            b'-' => {
                i += 1;
                negate = true;
            }
            b'+' => i += 1,
            _ => {}
        }
        let s_store = i;
        if at(i) == b'0' {
            i += 1;
            if at(i) == b'x' || at(i) == b'X' {
                i += 1;
            } else {
                i = s_store;
            }
        }
        let coeff_start = i;
        while hex_value(at(i)).is_some() {
            i += 1;
        }
        let int_end = i;
        let coeff_end = if at(i) == b'.' {
            i += 1;
            while hex_value(at(i)).is_some() {
                i += 1;
            }
            i - 1
        } else {
            i
        };
        let mut ndigits = (coeff_end - coeff_start) as i64;
        let fdigits = (coeff_end - int_end) as i64;
        if ndigits == 0 {
            return Err(parse_error());
        }
        if ndigits
            > (DBL_MIN_EXP - DBL_MANT_DIG - LONG_MIN / 2).min(LONG_MAX / 2 + 1 - DBL_MAX_EXP) / 4
        {
            return Err(FormatError::value("hexadecimal string too long to convert"));
        }
        let mut exp: i64 = 0;
        if at(i) == b'p' || at(i) == b'P' {
            i += 1;
            let exp_start = i;
            if at(i) == b'-' || at(i) == b'+' {
                i += 1;
            }
            if !at(i).is_ascii_digit() {
                return Err(parse_error());
            }
            i += 1;
            while at(i).is_ascii_digit() {
                i += 1;
            }
            exp = strtol(s.get(exp_start..i).unwrap_or_default());
        }
        // HEX_DIGIT(j): the j-th least significant hex digit of the coefficient.
        let hex_digit = |j: i64| -> i64 {
            let pos = if j < fdigits {
                coeff_end as i64 - j
            } else {
                coeff_end as i64 - 1 - j
            };
            usize::try_from(pos)
                .ok()
                .and_then(|p| hex_value(at(p)))
                .map_or(0, i64::from)
        };
        while ndigits > 0 && hex_digit(ndigits - 1) == 0 {
            ndigits -= 1;
        }
        if ndigits == 0 || exp < LONG_MIN / 2 {
            0.0
        } else if exp > LONG_MAX / 2 {
            return Err(overflow_error());
        } else {
            let exp = exp - 4 * fdigits;
            let mut top_exp = exp + 4 * (ndigits - 1);
            let mut digit = hex_digit(ndigits - 1);
            while digit != 0 {
                top_exp += 1;
                digit /= 2;
            }
            if top_exp < DBL_MIN_EXP - DBL_MANT_DIG {
                0.0
            } else if top_exp > DBL_MAX_EXP {
                return Err(overflow_error());
            } else {
                let lsb = top_exp.max(DBL_MIN_EXP) - DBL_MANT_DIG;
                let mut x = 0.0f64;
                if exp >= lsb {
                    for j in (0..ndigits).rev() {
                        x = 16.0 * x + hex_digit(j) as f64;
                    }
                    ldexp(x, exp)
                } else {
                    let half_eps = 1i64 << ((lsb - exp - 1) % 4);
                    let key_digit = (lsb - exp - 1) / 4;
                    for j in (key_digit + 1..ndigits).rev() {
                        x = 16.0 * x + hex_digit(j) as f64;
                    }
                    let digit = hex_digit(key_digit);
                    x = 16.0 * x + (digit & (16 - 2 * half_eps)) as f64;
                    if digit & half_eps != 0 {
                        let round_up = digit & (3 * half_eps - 1) != 0
                            || (half_eps == 8
                                && key_digit + 1 < ndigits
                                && hex_digit(key_digit + 1) & 1 != 0)
                            || (0..key_digit).any(|j| hex_digit(j) != 0);
                        if round_up {
                            x += (2 * half_eps) as f64;
                            if top_exp == DBL_MAX_EXP
                                && x == ldexp((2 * half_eps) as f64, DBL_MANT_DIG)
                            {
                                return Err(overflow_error());
                            }
                        }
                    }
                    ldexp(x, exp + 4 * key_digit)
                }
            }
        }
    };
    while is_space(at(i)) {
        i += 1;
    }
    if i != s.len() {
        return Err(parse_error());
    }
    Ok(if negate { -x } else { x })
}

/// C's `strtol(s, NULL, 10)` on an optional sign and ASCII digits, saturating on overflow.
fn strtol(s: &[u8]) -> i64 {
    let (neg, digits) = match s.first() {
        Some(b'-') => (true, s.get(1..).unwrap_or_default()),
        Some(b'+') => (false, s.get(1..).unwrap_or_default()),
        _ => (false, s),
    };
    let mut v: i64 = 0;
    for &b in digits {
        let d = i64::from(b - b'0');
        v = match v.checked_mul(10).and_then(|v| {
            if neg {
                v.checked_sub(d)
            } else {
                v.checked_add(d)
            }
        }) {
            Some(v) => v,
            None => return if neg { i64::MIN } else { i64::MAX },
        };
    }
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repr_basics() {
        assert_eq!(repr(0.1), "0.1");
        assert_eq!(repr(1.0), "1.0");
        assert_eq!(repr(-0.0), "-0.0");
        assert_eq!(repr(1e16), "1e+16");
        assert_eq!(repr(1e-5), "1e-05");
        assert_eq!(repr(123456789012345678.0), "1.2345678901234568e+17");
        assert_eq!(repr(f64::NAN), "nan");
        assert_eq!(repr(f64::NEG_INFINITY), "-inf");
    }

    #[test]
    fn ties_go_to_even_on_the_binary_value() {
        assert_eq!(format_f(0.125, 2, 0).unwrap(), "0.12");
        assert_eq!(format_f(0.375, 2, 0).unwrap(), "0.38");
        assert_eq!(format_f(2.675, 2, 0).unwrap(), "2.67");
        assert_eq!(format_f(0.5, 0, 0).unwrap(), "0");
        assert_eq!(format_f(0.5, 0, DTSF_ALT).unwrap(), "0.");
        assert_eq!(round(2.5, 0).unwrap(), 2.0);
        assert_eq!(round(25.0, -1).unwrap(), 20.0);
        assert_eq!(round(35.0, -1).unwrap(), 40.0);
    }
}
