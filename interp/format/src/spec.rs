//! The format-spec mini-language: `format(x, spec)`, `f"{x:spec}"`, `x.__format__(spec)` for
//! str, int, float and complex.
//!
//! CPython: Python/formatter_unicode.c (3.14, with the 'z' option and the grouping of the
//! fractional part, `'.3,f'`). The locale is "C": type 'n' groups nothing and uses '.'.
//!
//! Entry points that take the spec text ([`str_format`], [`int_format`], [`float_format`],
//! [`complex_format`]) mirror `_PyUnicode_FormatAdvancedWriter` and friends. An empty spec
//! is CPython's `str(obj)`: for an exact str, int, float or complex these functions produce it;
//! for a subclass the caller must call `str(obj)` itself, since it may be overridden.

use num_bigint::BigInt;

use crate::float::{self, DTSF_ADD_DOT_0, DTSF_ALT, DTSF_NO_NEG_0};
use crate::text::{self, push_cp, push_fill};
use crate::unicode_decimal::to_decimal;
use crate::{FormatError, IntValue, reserve};

/// Which `__format__` is parsing the spec; it fixes the default type and alignment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Str,
    Int,
    Float,
    Complex,
}

/// A thousands separator request (CPython's `LocaleType` for `','` / `'_'`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Grouping {
    /// No separator.
    None,
    /// ',' every three digits.
    Comma,
    /// '_' every three digits.
    Underscore,
    /// '_' every four digits (types b, o, x, X).
    UnderscoreFour,
}

impl Grouping {
    fn separator(self) -> Option<u8> {
        match self {
            Grouping::None => None,
            Grouping::Comma => Some(b','),
            Grouping::Underscore | Grouping::UnderscoreFour => Some(b'_'),
        }
    }

    fn group_len(self) -> usize {
        if self == Grouping::UnderscoreFour {
            4
        } else {
            3
        }
    }
}

/// A parsed format spec. CPython: `InternalFormatSpec`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Spec {
    pub fill: u32,
    /// One of `<`, `>`, `=`, `^`.
    pub align: u8,
    /// '#'.
    pub alternate: bool,
    /// 'z'.
    pub no_neg_0: bool,
    /// 0 when not given, else `+`, `-` or ` `.
    pub sign: u8,
    pub width: Option<usize>,
    pub thousands: Grouping,
    pub precision: Option<usize>,
    /// The separator for the digits after the decimal point (`'.3_f'`).
    pub frac_thousands: Grouping,
    /// The presentation type, 0 when not given.
    pub ty: u32,
}

/// The type name CPython quotes in messages is `Py_TYPE(obj)->tp_name`.
fn unknown_presentation_type(ty: u32, type_name: &str) -> FormatError {
    let msg = if ty > 32 && ty < 128 {
        format!(
            "Unknown format code '{}' for object of type '{type_name}'",
            ty as u8 as char
        )
    } else {
        format!("Unknown format code '\\x{ty:x}' for object of type '{type_name}'")
    };
    FormatError::value(msg)
}

fn invalid_thousands_separator_type(sep: u8, ty: u32) -> FormatError {
    let sep = sep as char;
    let msg = if ty > 32 && ty < 128 {
        format!("Cannot specify '{sep}' with '{}'.", ty as u8 as char)
    } else {
        format!("Cannot specify '{sep}' with '\\x{ty:x}'.")
    };
    FormatError::value(msg)
}

fn invalid_comma_and_underscore() -> FormatError {
    FormatError::value("Cannot specify both ',' and '_'.")
}

/// A cursor over the code points of a spec.
struct Cursor<'a> {
    s: &'a [u8],
    pos: usize,
}

impl Cursor<'_> {
    fn peek(&self) -> Option<u32> {
        text::decode_at(self.s, self.pos).map(|(c, _)| c)
    }

    fn peek2(&self) -> Option<u32> {
        let (_, n) = text::decode_at(self.s, self.pos)?;
        text::decode_at(self.s, self.pos + n).map(|(c, _)| c)
    }

    fn bump(&mut self) {
        if let Some((_, n)) = text::decode_at(self.s, self.pos) {
            self.pos += n;
        }
    }

    fn eat(&mut self, c: u8) -> bool {
        if self.peek() == Some(u32::from(c)) {
            self.pos += 1;
            true
        } else {
            false
        }
    }

    fn at_end(&self) -> bool {
        self.pos >= self.s.len()
    }

    /// CPython: formatter_unicode.c get_integer. Decimal digits of any script count.
    fn integer(&mut self) -> Result<Option<usize>, FormatError> {
        let mut acc: i64 = 0;
        let mut any = false;
        while let Some(d) = self.peek().and_then(to_decimal) {
            let d = i64::from(d);
            if acc > (i64::MAX - d) / 10 {
                return Err(FormatError::value(
                    "Too many decimal digits in format string",
                ));
            }
            acc = acc * 10 + d;
            any = true;
            self.bump();
        }
        Ok(any.then_some(acc as usize))
    }
}

fn is_alignment_token(c: u32) -> bool {
    matches!(c, 0x3C | 0x3E | 0x3D | 0x5E) // < > = ^
}

fn is_sign_element(c: u32) -> bool {
    matches!(c, 0x20 | 0x2B | 0x2D) // ' ' + -
}

/// Parses a format spec. CPython: formatter_unicode.c parse_internal_render_format_spec.
///
/// `type_name` is `type(obj).__name__` as CPython's `tp_name` spells it, for the
/// "Invalid format specifier" message.
pub fn parse_spec(spec: &[u8], kind: Kind, type_name: &str) -> Result<Spec, FormatError> {
    let (default_type, default_align) = match kind {
        Kind::Str => (u32::from(b's'), b'<'),
        Kind::Int => (u32::from(b'd'), b'>'),
        Kind::Float | Kind::Complex => (0, b'>'),
    };
    let mut f = Spec {
        fill: u32::from(b' '),
        align: default_align,
        alternate: false,
        no_neg_0: false,
        sign: 0,
        width: None,
        thousands: Grouping::None,
        precision: None,
        frac_thousands: Grouping::None,
        ty: default_type,
    };
    let mut c = Cursor { s: spec, pos: 0 };
    let mut align_specified = false;
    let mut fill_char_specified = false;

    if let (Some(fill), Some(align)) = (c.peek(), c.peek2())
        && is_alignment_token(align)
    {
        f.align = align as u8;
        f.fill = fill;
        fill_char_specified = true;
        align_specified = true;
        c.bump();
        c.bump();
    } else if let Some(align) = c.peek()
        && is_alignment_token(align)
    {
        f.align = align as u8;
        align_specified = true;
        c.bump();
    }
    if let Some(s) = c.peek()
        && is_sign_element(s)
    {
        f.sign = s as u8;
        c.bump();
    }
    if c.eat(b'z') {
        f.no_neg_0 = true;
    }
    if c.eat(b'#') {
        f.alternate = true;
    }
    if !fill_char_specified && c.eat(b'0') {
        f.fill = u32::from(b'0');
        if !align_specified && default_align == b'>' {
            f.align = b'=';
        }
    }
    f.width = c.integer()?;
    if c.eat(b',') {
        f.thousands = Grouping::Comma;
    }
    if c.eat(b'_') {
        if f.thousands != Grouping::None {
            return Err(invalid_comma_and_underscore());
        }
        f.thousands = Grouping::Underscore;
    }
    if c.peek() == Some(u32::from(b',')) && f.thousands == Grouping::Underscore {
        return Err(invalid_comma_and_underscore());
    }
    if c.eat(b'.') {
        f.precision = c.integer()?;
        let mut consumed = f.precision.is_some();
        if c.eat(b',') {
            f.frac_thousands = Grouping::Comma;
            consumed = true;
        }
        if c.eat(b'_') {
            if f.frac_thousands != Grouping::None {
                return Err(invalid_comma_and_underscore());
            }
            f.frac_thousands = Grouping::Underscore;
            consumed = true;
        }
        if c.peek() == Some(u32::from(b',')) && f.frac_thousands == Grouping::Underscore {
            return Err(invalid_comma_and_underscore());
        }
        if !consumed {
            return Err(FormatError::value("Format specifier missing precision"));
        }
    }
    if !c.at_end() {
        let ty = c.peek().unwrap_or(0);
        c.bump();
        if !c.at_end() {
            let mut msg = b"Invalid format specifier '".to_vec();
            msg.extend_from_slice(spec);
            msg.extend_from_slice(format!("' for object of type '{type_name}'").as_bytes());
            return Err(FormatError::value(msg));
        }
        f.ty = ty;
    }

    if let Some(sep) = f.thousands.separator() {
        match char::from_u32(f.ty).unwrap_or('\u{FFFD}') {
            'd' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F' | '\0' => {}
            'b' | 'o' | 'x' | 'X' if f.thousands == Grouping::Underscore => {
                f.thousands = Grouping::UnderscoreFour;
            }
            _ => return Err(invalid_thousands_separator_type(sep, f.ty)),
        }
    }
    if f.ty == u32::from(b'n')
        && let Some(sep) = f.frac_thousands.separator()
    {
        return Err(invalid_thousands_separator_type(sep, f.ty));
    }
    Ok(f)
}

/// CPython: formatter_unicode.c calc_padding. Returns (left, right) padding.
fn calc_padding(nchars: usize, width: Option<usize>, align: u8) -> (usize, usize) {
    let total = width.map_or(nchars, |w| w.max(nchars));
    let left = match align {
        b'>' => total - nchars,
        b'^' => (total - nchars) / 2,
        _ => 0,
    };
    (left, total - nchars - left)
}

/// `text` (of `len` code points) padded to the spec's width with its fill and alignment.
fn pad(text: &[u8], len: usize, spec: &Spec) -> Result<Vec<u8>, FormatError> {
    let (left, right) = calc_padding(len, spec.width, spec.align);
    let mut out = Vec::new();
    reserve(
        &mut out,
        text.len().saturating_add(left).saturating_add(right),
    )?;
    push_fill(&mut out, spec.fill, left);
    out.extend_from_slice(text);
    push_fill(&mut out, spec.fill, right);
    Ok(out)
}

/// `format_string_internal` after the type check: `value` padded and truncated per `spec`.
pub fn format_str(value: &[u8], spec: &Spec) -> Result<Vec<u8>, FormatError> {
    if spec.sign == b' ' {
        return Err(FormatError::value(
            "Space not allowed in string format specifier",
        ));
    }
    if spec.sign != 0 {
        return Err(FormatError::value(
            "Sign not allowed in string format specifier",
        ));
    }
    if spec.no_neg_0 {
        return Err(FormatError::value(
            "Negative zero coercion (z) not allowed in string format specifier",
        ));
    }
    if spec.alternate {
        return Err(FormatError::value(
            "Alternate form (#) not allowed in string format specifier",
        ));
    }
    if spec.align == b'=' {
        return Err(FormatError::value(
            "'=' alignment not allowed in string format specifier",
        ));
    }
    let mut len = text::char_count(value);
    let mut bytes = value;
    if let Some(p) = spec.precision
        && len > p
    {
        len = p;
        bytes = value
            .get(..text::byte_len_of_prefix(value, p))
            .unwrap_or(value);
    }
    pad(bytes, len, spec)
}

/// `str.__format__(spec)` for an exact str (generalised UTF-8 in and out).
pub fn str_format(value: &[u8], spec: &[u8], type_name: &str) -> Result<Vec<u8>, FormatError> {
    if spec.is_empty() {
        return Ok(value.to_vec());
    }
    let f = parse_spec(spec, Kind::Str, type_name)?;
    if f.ty != u32::from(b's') {
        return Err(unknown_presentation_type(f.ty, type_name));
    }
    format_str(value, &f)
}

/// The pieces of a formatted number, laid out by [`write_number`].
/// CPython: formatter_unicode.c NumberFieldWidths / calc_number_widths / fill_number.
struct Number<'a> {
    negative: bool,
    prefix: &'a [u8],
    /// Integer digits, before grouping (ASCII).
    digits: &'a [u8],
    has_decimal: bool,
    /// Digits after the decimal point (ASCII).
    frac: &'a [u8],
    /// What follows: exponent, '%', "inf"/"nan", or the character of type 'c'.
    remainder: &'a [u8],
}

/// The layout parameters of a number: CPython's `InternalFormatSpec` fields it reads.
struct Layout {
    fill: u32,
    align: u8,
    width: Option<usize>,
    sign: u8,
    thousands: Grouping,
    frac_thousands: Grouping,
}

impl Layout {
    fn of(spec: &Spec) -> Layout {
        Layout {
            fill: spec.fill,
            align: spec.align,
            width: spec.width,
            sign: spec.sign,
            // 'n' in the "C" locale: no grouping, '.' as the decimal point.
            thousands: if spec.ty == u32::from(b'n') {
                Grouping::None
            } else {
                spec.thousands
            },
            frac_thousands: spec.frac_thousands,
        }
    }
}

/// CPython: unicodeobject.c _PyUnicode_InsertThousandsGrouping, for the integer digits.
/// Writes the grouped digits, left-padded with zeros to `min_width` (zero padding with
/// '=' alignment is done here, between the groups).
fn group_digits(out: &mut Vec<u8>, digits: &[u8], min_width: i64, grouping: Grouping) {
    let sep = grouping.separator();
    let mut min_width = min_width.max(0);
    let mut remaining = digits.len() as i64;
    let mut rev: Vec<u8> = Vec::with_capacity(digits.len() + digits.len() / 3 + 4);
    let mut src = digits.iter().rev();
    let mut emit = |rev: &mut Vec<u8>, n_chars: i64, n_zeros: i64, use_sep: bool| {
        if use_sep && let Some(s) = sep {
            rev.push(s);
        }
        for _ in 0..n_chars {
            if let Some(&d) = src.next() {
                rev.push(d);
            }
        }
        for _ in 0..n_zeros {
            rev.push(b'0');
        }
    };
    let mut use_sep = false;
    let mut broken = false;
    if sep.is_some() {
        let sep_len = 1;
        loop {
            let len = (grouping.group_len() as i64).min(remaining.max(min_width).max(1));
            let n_zeros = (len - remaining).max(0);
            let n_chars = remaining.min(len).max(0);
            emit(&mut rev, n_chars, n_zeros, use_sep);
            use_sep = true;
            remaining -= n_chars;
            min_width -= len;
            if remaining <= 0 && min_width <= 0 {
                broken = true;
                break;
            }
            min_width -= sep_len;
        }
    }
    if !broken {
        let len = remaining.max(min_width).max(1);
        let n_zeros = (len - remaining).max(0);
        let n_chars = remaining.min(len).max(0);
        emit(&mut rev, n_chars, n_zeros, use_sep);
    }
    out.extend(rev.iter().rev());
}

/// The length of the grouped fractional digits: groups of three from the left.
fn grouped_frac_len(n: usize, grouping: Grouping) -> usize {
    match grouping.separator() {
        Some(_) if n > 0 => n + (n - 1) / 3,
        _ => n,
    }
}

fn write_grouped_frac(out: &mut Vec<u8>, frac: &[u8], grouping: Grouping) {
    match grouping.separator() {
        Some(sep) => {
            for (i, chunk) in frac.chunks(3).enumerate() {
                if i > 0 {
                    out.push(sep);
                }
                out.extend_from_slice(chunk);
            }
        }
        None => out.extend_from_slice(frac),
    }
}

/// calc_number_widths + fill_number: appends the number laid out per `layout`.
fn write_number(out: &mut Vec<u8>, n: &Number<'_>, layout: &Layout) -> Result<(), FormatError> {
    let sign = match layout.sign {
        b'+' => Some(if n.negative { b'-' } else { b'+' }),
        b' ' => Some(if n.negative { b'-' } else { b' ' }),
        _ => n.negative.then_some(b'-'),
    };
    let n_sign = usize::from(sign.is_some());
    let n_remainder = text::char_count(n.remainder);
    let n_grouped_frac = grouped_frac_len(n.frac.len(), layout.frac_thousands);
    let n_non_digit_non_padding =
        n_sign + n.prefix.len() + usize::from(n.has_decimal) + n_grouped_frac + n_remainder;
    let width = layout.width.map_or(-1, |w| w.min(i64::MAX as usize) as i64);
    let min_width = if layout.fill == u32::from(b'0') && layout.align == b'=' {
        width - n_non_digit_non_padding as i64
    } else {
        0
    };
    let mut grouped_buf = Vec::new();
    let grouped: &[u8] = if n.digits.is_empty() {
        b""
    } else if layout.thousands == Grouping::None && min_width <= n.digits.len() as i64 {
        // What group_digits would produce: the digits unchanged.
        n.digits
    } else {
        reserve(
            &mut grouped_buf,
            (min_width.max(0) as usize).saturating_add(n.digits.len() * 2),
        )?;
        group_digits(&mut grouped_buf, n.digits, min_width, layout.thousands);
        &grouped_buf
    };
    let used = (n_non_digit_non_padding + grouped.len()) as i64;
    let padding = (width - used).max(0) as usize;
    let (lpad, spad, rpad) = match layout.align {
        b'<' => (0, 0, padding),
        b'^' => (padding / 2, 0, padding - padding / 2),
        b'=' => (0, padding, 0),
        _ => (padding, 0, 0),
    };
    reserve(
        out,
        (used as usize).saturating_add(padding.saturating_mul(4)),
    )?;
    push_fill(out, layout.fill, lpad);
    if let Some(s) = sign {
        out.push(s);
    }
    out.extend_from_slice(n.prefix);
    push_fill(out, layout.fill, spad);
    out.extend_from_slice(grouped);
    if n.has_decimal {
        out.push(b'.');
    }
    write_grouped_frac(out, n.frac, layout.frac_thousands);
    out.extend_from_slice(n.remainder);
    push_fill(out, layout.fill, rpad);
    Ok(())
}

/// The "Exceeds the limit" error of `int.__str__` (`sys.set_int_max_str_digits`).
pub fn int_max_str_digits_error(limit: usize) -> FormatError {
    FormatError::value(format!(
        "Exceeds the limit ({limit} digits) for integer string conversion; \
         use sys.set_int_max_str_digits() to increase the limit"
    ))
}

/// Appends the digits of `m` in `base` (2..=16, lower case).
fn push_u64_digits(out: &mut Vec<u8>, mut m: u64, base: u64) {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut buf = [0u8; 64];
    let mut p = buf.len();
    loop {
        p -= 1;
        if let Some(slot) = buf.get_mut(p) {
            *slot = DIGITS[(m % base) as usize & 15];
        }
        m /= base;
        if m == 0 || p == 0 {
            break;
        }
    }
    out.extend_from_slice(buf.get(p..).unwrap_or_default());
}

/// Appends the digits of |v| in `base` (2, 8, 10, 16; lower case); returns whether v < 0.
/// `max_str_digits` (0: no limit) applies to base 10, as `sys.get_int_max_str_digits()`.
pub(crate) fn int_digits(
    out: &mut Vec<u8>,
    v: &IntValue,
    base: u32,
    max_str_digits: usize,
) -> Result<bool, FormatError> {
    match v {
        IntValue::Small(i) => {
            push_u64_digits(out, i.unsigned_abs(), u64::from(base));
            Ok(*i < 0)
        }
        IntValue::Big(b) => {
            let mag = b.magnitude();
            if base == 10 && max_str_digits > 0 {
                // A cheap bound first, as CPython does, then the exact count.
                let bits = mag.bits();
                let upper = bits as f64 * std::f64::consts::LOG10_2;
                if upper > max_str_digits as f64 + 2.0 && upper > 1e5 {
                    return Err(int_max_str_digits_error(max_str_digits));
                }
            }
            let s = mag.to_str_radix(base);
            if base == 10 && max_str_digits > 0 && s.len() > max_str_digits {
                return Err(int_max_str_digits_error(max_str_digits));
            }
            out.extend_from_slice(s.as_bytes());
            Ok(b.sign() == num_bigint::Sign::Minus)
        }
    }
}

/// `format_long_internal` after the type dispatch: types b c d o x X n (and none = 'd').
pub fn format_int(
    v: &IntValue,
    spec: &Spec,
    max_str_digits: usize,
) -> Result<Vec<u8>, FormatError> {
    if spec.precision.is_some() {
        return Err(FormatError::value(
            "Precision not allowed in integer format specifier",
        ));
    }
    if spec.no_neg_0 {
        return Err(FormatError::value(
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }
    let mut out = Vec::new();
    let layout = Layout::of(spec);
    if spec.ty == u32::from(b'c') {
        if spec.sign != 0 {
            return Err(FormatError::value(
                "Sign not allowed with integer format specifier 'c'",
            ));
        }
        if spec.alternate {
            return Err(FormatError::value(
                "Alternate form (#) not allowed with integer format specifier 'c'",
            ));
        }
        let x = match v {
            IntValue::Small(i) => *i,
            IntValue::Big(b) => i64::try_from(b)
                .map_err(|_| FormatError::overflow("Python int too large to convert to C long"))?,
        };
        if !(0..=0x10FFFF).contains(&x) {
            return Err(FormatError::overflow("%c arg not in range(0x110000)"));
        }
        let mut ch = Vec::with_capacity(4);
        push_cp(&mut ch, x as u32);
        let n = Number {
            negative: false,
            prefix: b"",
            digits: b"",
            has_decimal: false,
            frac: b"",
            remainder: &ch,
        };
        write_number(&mut out, &n, &layout)?;
        return Ok(out);
    }
    let (base, prefix): (u32, &[u8]) = match char::from_u32(spec.ty) {
        Some('b') => (2, b"0b"),
        Some('o') => (8, b"0o"),
        Some('x') => (16, b"0x"),
        Some('X') => (16, b"0X"),
        _ => (10, b""),
    };
    let mut digits = Vec::new();
    let negative = int_digits(&mut digits, v, base, max_str_digits)?;
    if spec.ty == u32::from(b'X') {
        digits.make_ascii_uppercase();
    }
    let n = Number {
        negative,
        prefix: if spec.alternate { prefix } else { b"" },
        digits: &digits,
        has_decimal: false,
        frac: b"",
        remainder: b"",
    };
    write_number(&mut out, &n, &layout)?;
    Ok(out)
}

/// `int.__format__(spec)` for an exact int (see the module doc for subclasses).
/// `max_str_digits` is `sys.get_int_max_str_digits()` (0: no limit).
pub fn int_format(
    v: &IntValue,
    spec: &[u8],
    type_name: &str,
    max_str_digits: usize,
) -> Result<Vec<u8>, FormatError> {
    if spec.is_empty() {
        let mut out = Vec::new();
        if int_digits(&mut out, v, 10, max_str_digits)? {
            out.insert(0, b'-');
        }
        return Ok(out);
    }
    let f = parse_spec(spec, Kind::Int, type_name)?;
    match char::from_u32(f.ty).unwrap_or('\0') {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => format_int(v, &f, max_str_digits),
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            let x = match v {
                IntValue::Small(i) => *i as f64,
                IntValue::Big(b) => float::int_to_f64(b)?,
            };
            format_float(x, &f)
        }
        _ => Err(unknown_presentation_type(f.ty, type_name)),
    }
}

/// [`int_format`] for a `BigInt`.
pub fn bigint_format(
    v: &BigInt,
    spec: &[u8],
    type_name: &str,
    max_str_digits: usize,
) -> Result<Vec<u8>, FormatError> {
    let v = match i64::try_from(v) {
        Ok(i) => IntValue::Small(i),
        Err(_) => IntValue::Big(v.clone()),
    };
    int_format(&v, spec, type_name, max_str_digits)
}

impl<'a> Number<'a> {
    /// The parts of `PyOS_double_to_string`'s text: sign, integer digits, point, fraction,
    /// and the rest. CPython: formatter_unicode.c parse_number.
    fn of_float(text: &'a [u8]) -> Number<'a> {
        let (negative, s) = match text.strip_prefix(b"-") {
            Some(rest) => (true, rest),
            None => (false, text),
        };
        let int_end = s
            .iter()
            .position(|b| !b.is_ascii_digit())
            .unwrap_or(s.len());
        let (digits, rest) = s.split_at(int_end);
        let (has_decimal, frac, remainder) = match rest.strip_prefix(b".") {
            Some(after) => {
                let frac_end = after
                    .iter()
                    .position(|b| !b.is_ascii_digit())
                    .unwrap_or(after.len());
                let (frac, remainder) = after.split_at(frac_end);
                (true, frac, remainder)
            }
            None => (false, &b""[..], rest),
        };
        Number {
            negative,
            prefix: b"",
            digits,
            has_decimal,
            frac,
            remainder,
        }
    }
}

/// The `PyOS_double_to_string` arguments `format_float_internal` and
/// `format_complex_internal` derive from a spec: (code, precision, flags).
fn float_conversion(spec: &Spec, complex: bool) -> Result<(u8, i64, u32), FormatError> {
    let precision = match spec.precision {
        Some(p) if p > i32::MAX as usize => {
            return Err(FormatError::value("precision too big"));
        }
        Some(p) => Some(p as i64),
        None => None,
    };
    let mut flags = 0;
    if spec.alternate {
        flags |= DTSF_ALT;
    }
    if spec.no_neg_0 {
        flags |= DTSF_NO_NEG_0;
    }
    let mut default_precision = 6;
    let mut ty = char::from_u32(spec.ty).unwrap_or('\0');
    if ty == '\0' {
        // Like repr without a precision, else like 'g' with at least one digit after the
        // point (complex: like str(), without the ".0").
        if !complex {
            flags |= DTSF_ADD_DOT_0;
        }
        ty = 'r';
        default_precision = 0;
    }
    if ty == 'n' {
        ty = 'g';
    }
    if ty == '%' {
        ty = 'f';
    }
    let precision = match precision {
        None => default_precision,
        Some(p) => {
            if ty == 'r' {
                ty = 'g';
            }
            p
        }
    };
    Ok((ty as u8, precision, flags))
}

/// `format_float_internal`: types e E f F g G n % and none.
pub fn format_float(x: f64, spec: &Spec) -> Result<Vec<u8>, FormatError> {
    let (code, precision, flags) = float_conversion(spec, false)?;
    let is_pct = spec.ty == u32::from(b'%');
    let val = if is_pct { x * 100.0 } else { x };
    let mut buf = Vec::with_capacity(32);
    float::double_to_string(&mut buf, val, code, precision, flags)?;
    if is_pct {
        buf.push(b'%');
    }
    let layout = Layout::of(spec);
    if layout.sign != b'+'
        && layout.sign != b' '
        && layout.width.is_none()
        && layout.thousands == Grouping::None
        && layout.frac_thousands == Grouping::None
    {
        // Nothing to lay out: the text as PyOS_double_to_string made it.
        return Ok(buf);
    }
    let mut out = Vec::new();
    write_number(&mut out, &Number::of_float(&buf), &layout)?;
    Ok(out)
}

/// `float.__format__(spec)`; an empty spec is `str(x)` (see the module doc for subclasses).
pub fn float_format(x: f64, spec: &[u8], type_name: &str) -> Result<Vec<u8>, FormatError> {
    if spec.is_empty() {
        return Ok(float::repr(x).into_bytes());
    }
    let f = parse_spec(spec, Kind::Float, type_name)?;
    match char::from_u32(f.ty).unwrap_or('\u{FFFD}') {
        '\0' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%' => format_float(x, &f),
        _ => Err(unknown_presentation_type(f.ty, type_name)),
    }
}

/// `repr(complex)` / `str(complex)`. CPython: Objects/complexobject.c complex_repr.
pub fn complex_repr(re: f64, im: f64) -> String {
    let mut out = Vec::new();
    if re == 0.0 && re.is_sign_positive() {
        float::write_repr_no_dot(&mut out, im, false);
        out.push(b'j');
    } else {
        out.push(b'(');
        float::write_repr_no_dot(&mut out, re, false);
        float::write_repr_no_dot(&mut out, im, true);
        out.extend_from_slice(b"j)");
    }
    String::from_utf8(out).unwrap_or_default()
}

/// `format_complex_internal`: types e E f F g G n and none.
pub fn format_complex(re: f64, im: f64, spec: &Spec) -> Result<Vec<u8>, FormatError> {
    if spec.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err(FormatError::value("precision too big"));
    }
    if spec.fill == u32::from(b'0') {
        return Err(FormatError::value(
            "Zero padding is not allowed in complex format specifier",
        ));
    }
    if spec.align == b'=' {
        return Err(FormatError::value(
            "'=' alignment flag is not allowed in complex format specifier",
        ));
    }
    let (code, precision, flags) = float_conversion(spec, true)?;
    let mut skip_re = false;
    let mut add_parens = false;
    if spec.ty == 0 {
        if re == 0.0 && re.is_sign_positive() {
            skip_re = true;
        } else {
            add_parens = true;
        }
    }
    let mut re_buf = Vec::with_capacity(32);
    float::double_to_string(&mut re_buf, re, code, precision, flags)?;
    let mut im_buf = Vec::with_capacity(32);
    float::double_to_string(&mut im_buf, im, code, precision, flags)?;

    let mut layout = Layout::of(spec);
    // The parts are laid out unpadded; the padding goes around the whole.
    layout.fill = 0;
    layout.align = b'<';
    layout.width = None;
    let mut body = Vec::new();
    if add_parens {
        body.push(b'(');
    }
    if !skip_re {
        write_number(&mut body, &Number::of_float(&re_buf), &layout)?;
        // The imaginary part always carries a sign unless it stands alone.
        layout.sign = b'+';
    }
    write_number(&mut body, &Number::of_float(&im_buf), &layout)?;
    body.push(b'j');
    if add_parens {
        body.push(b')');
    }
    pad(&body, text::char_count(&body), spec)
}

/// `complex.__format__(spec)`; an empty spec is `str(z)` (see the module doc for subclasses).
pub fn complex_format(
    re: f64,
    im: f64,
    spec: &[u8],
    type_name: &str,
) -> Result<Vec<u8>, FormatError> {
    if spec.is_empty() {
        return Ok(complex_repr(re, im).into_bytes());
    }
    let f = parse_spec(spec, Kind::Complex, type_name)?;
    match char::from_u32(f.ty).unwrap_or('\u{FFFD}') {
        '\0' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' => format_complex(re, im, &f),
        _ => Err(unknown_presentation_type(f.ty, type_name)),
    }
}
