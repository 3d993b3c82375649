//! `%`-formatting of str (`'%5.2f' % x`) and bytes (`b'%s' % x`).
//!
//! CPython: Objects/unicodeobject.c PyUnicode_Format (unicode_format_arg_parse,
//! unicode_format_arg_format, unicode_format_arg_output, formatchar, mainformatlong,
//! _PyUnicode_FormatLong) and Objects/bytesobject.c _PyBytes_FormatEx (byte_converter,
//! format_obj, formatlong, formatfloat).
//!
//! The engine walks the format directive by directive and asks a [`PercentArgs`]
//! implementation for each argument and each conversion when CPython would make the call, so
//! `__str__`, `__index__`, `__float__`, mapping lookups and their errors happen in CPython's
//! order. The parser keeps CPython's counters (`fmtcnt`, `fmtpos`, `argidx`, `arglen`) so the
//! edge cases ("incomplete format" after a `*` consumed an argument, errors at the end of the
//! string) come out the same.

use crate::float::{self, DTSF_ALT};
use crate::spec::int_digits;
use crate::text::{self, decode_at, push_cp};
use crate::{FormatError, IntValue, reserve};

const F_LJUST: u32 = 1 << 0;
const F_SIGN: u32 = 1 << 1;
const F_BLANK: u32 = 1 << 2;
const F_ALT: u32 = 1 << 3;
const F_ZERO: u32 = 1 << 4;

/// What `%c` received, as [`PercentArgs::char_arg`] classifies it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CharArg {
    /// str formatting: the argument is a str (`PyUnicode_Check`) of `len` code points;
    /// `first` is its first code point (when `len >= 1`).
    Str { len: usize, first: u32 },
    /// bytes formatting: a bytes (`bytearray: false`) or bytearray object of `len` bytes.
    Bytes {
        len: usize,
        first: u8,
        bytearray: bool,
    },
    /// An integer: str formatting, `PyLong_AsLongAndOverflow(v)` (`None` on overflow); bytes
    /// formatting, an object with `__index__`, `PyNumber_AsSsize_t(v, NULL)` (saturating).
    Int(Option<i64>),
    /// None of these: for str, `PyLong_AsLongAndOverflow` raised TypeError; for bytes, the
    /// object has no `__index__`.
    Other,
}

/// What the engine needs from the interpreter: the arguments of `fmt % args` and CPython's
/// conversions on them. Each method is one CPython operation; errors propagate unchanged.
pub trait PercentArgs {
    /// A Python object.
    type Value;
    /// A Python exception.
    type Error: From<FormatError>;

    /// `len(args)` if `args` is a tuple (`PyTuple_Check`).
    fn tuple_len(&self) -> Option<usize>;
    /// Whether `args` is used as a mapping for `%(key)s`. str: `PyMapping_Check(args) &&
    /// !PyTuple_Check(args) && !PyUnicode_Check(args)`; bytes: the same, and not bytes or
    /// bytearray either (so `b'x' % 'y'` and `b'x' % b'y'` have an argument left over).
    fn is_mapping(&self) -> bool;
    /// `args` itself (when it is not a tuple).
    fn args(&mut self) -> Self::Value;
    /// `args[index]` for a tuple, `index < tuple_len()`.
    fn item(&mut self, index: usize) -> Self::Value;
    /// `args[key]` (`PyObject_GetItem`), `key` a str (generalised UTF-8) when formatting str,
    /// a bytes object when formatting bytes.
    fn get_key(&mut self, key: &[u8]) -> Result<Self::Value, Self::Error>;
    /// `Py_TYPE(v)->tp_name`.
    fn type_name(&self, v: &Self::Value) -> String;
    /// The `%T` name: `type(v).__fully_qualified_name__` (module omitted for builtins and
    /// `__main__`).
    fn qualified_type_name(&self, v: &Self::Value) -> String;
    /// For a `*` width or precision: the value of `v` if `PyLong_Check(v)`, else `None`.
    fn star_arg(&mut self, v: &Self::Value) -> Result<Option<IntValue>, Self::Error>;
    /// `str(v)` (`b's'`), `repr(v)` (`b'r'`) or `ascii(v)` (`b'a'`), as generalised UTF-8.
    fn text(&mut self, v: &Self::Value, conversion: u8) -> Result<Vec<u8>, Self::Error>;
    /// bytes formatting `%s` / `%b`: `v` if bytes, the contents of a buffer, or the result of
    /// `__bytes__` (whose error propagates; a non-bytes result raises "__bytes__ returned
    /// non-bytes (type X)"); `None` if `v` has neither.
    fn bytes(&mut self, v: &Self::Value) -> Result<Option<Vec<u8>>, Self::Error>;
    /// `%d %i %u %o %x %X`: `v` itself if `PyLong_Check(v)`; else, if `PyNumber_Check(v)`,
    /// `_PyNumber_Index(v)` (`index_only`, for o x X) or `PyNumber_Long(v)`. `None` when `v`
    /// is not a number or that conversion raised TypeError (other errors propagate).
    fn integer(
        &mut self,
        v: &Self::Value,
        index_only: bool,
    ) -> Result<Option<IntValue>, Self::Error>;
    /// `PyFloat_AsDouble(v)` for `%e %f %g` (its TypeError is the message str formatting
    /// shows; bytes formatting replaces any error with its own).
    fn float(&mut self, v: &Self::Value) -> Result<f64, Self::Error>;
    /// Classifies the argument of `%c` (see [`CharArg`]).
    fn char_arg(&mut self, v: &Self::Value, bytes: bool) -> Result<CharArg, Self::Error>;
    /// `sys.get_int_max_str_digits()` (0: no limit).
    fn int_max_str_digits(&self) -> usize {
        4300
    }
}

/// `format % args` for a str format (generalised UTF-8 in and out).
pub fn format_str<A: PercentArgs>(format: &[u8], args: &mut A) -> Result<Vec<u8>, A::Error> {
    Formatter::new(format, false, args).run()
}

/// `format % args` for a bytes format.
pub fn format_bytes<A: PercentArgs>(format: &[u8], args: &mut A) -> Result<Vec<u8>, A::Error> {
    Formatter::new(format, true, args).run()
}

/// One directive's flags, width and precision. CPython: unicode_format_arg_t.
struct Arg {
    ch: u32,
    flags: u32,
    /// -1: not given.
    width: i64,
    /// -1: not given.
    prec: i64,
    /// Whether the result is numeric, so a sign and '0' fill apply.
    sign: bool,
}

struct Formatter<'a, A: PercentArgs> {
    /// The format, as units: code points (str) or bytes (bytes).
    units: Vec<(u32, usize)>,
    fmt: &'a [u8],
    bytes: bool,
    fmtcnt: i64,
    fmtpos: usize,
    arglen: i64,
    argidx: i64,
    dict: bool,
    /// The value `%(key)` looked up, until a directive takes it.
    keyed: Option<A::Value>,
    args: &'a mut A,
    out: Vec<u8>,
}

impl<'a, A: PercentArgs> Formatter<'a, A> {
    fn new(fmt: &'a [u8], bytes: bool, args: &'a mut A) -> Self {
        let mut units = Vec::with_capacity(fmt.len());
        if bytes {
            units.extend(fmt.iter().enumerate().map(|(i, &b)| (u32::from(b), i)));
        } else {
            let mut pos = 0;
            while let Some((c, n)) = decode_at(fmt, pos) {
                units.push((c, pos));
                pos += n;
            }
        }
        let (arglen, argidx) = match args.tuple_len() {
            Some(n) => (n as i64, 0),
            None => (-1, -2),
        };
        let dict = args.is_mapping();
        Formatter {
            fmtcnt: units.len() as i64,
            units,
            fmt,
            bytes,
            fmtpos: 0,
            arglen,
            argidx,
            dict,
            keyed: None,
            args,
            out: Vec::with_capacity(fmt.len() + 16),
        }
    }

    /// The unit at `pos`; C reads the terminating NUL past the end.
    fn read(&self, pos: usize) -> u32 {
        self.units.get(pos).map_or(0, |&(c, _)| c)
    }

    fn byte_offset(&self, pos: usize) -> usize {
        self.units.get(pos).map_or(self.fmt.len(), |&(_, o)| o)
    }

    /// `if (--fmtcnt >= 0) { ch = READ(fmtpos); fmtpos++; }`
    fn advance(&mut self, arg: &mut Arg) -> bool {
        self.fmtcnt -= 1;
        if self.fmtcnt >= 0 {
            arg.ch = self.read(self.fmtpos);
            self.fmtpos += 1;
            true
        } else {
            false
        }
    }

    fn run(mut self) -> Result<Vec<u8>, A::Error> {
        loop {
            self.fmtcnt -= 1;
            if self.fmtcnt < 0 {
                break;
            }
            if self.read(self.fmtpos) != u32::from(b'%') {
                let start = self.fmtpos;
                self.fmtpos += 1;
                while self.fmtcnt >= 0 && self.read(self.fmtpos) != u32::from(b'%') {
                    self.fmtpos += 1;
                    self.fmtcnt -= 1;
                }
                if self.fmtcnt < 0 {
                    self.fmtpos -= 1;
                }
                let (a, b) = (self.byte_offset(start), self.byte_offset(self.fmtpos));
                self.out
                    .extend_from_slice(self.fmt.get(a..b).unwrap_or_default());
            } else {
                self.fmtpos += 1;
                self.format_arg()?;
            }
        }
        if self.argidx < self.arglen && !self.dict {
            return Err(self.not_all_converted().into());
        }
        Ok(self.out)
    }

    fn not_all_converted(&self) -> FormatError {
        FormatError::type_error(if self.bytes {
            "not all arguments converted during bytes formatting"
        } else {
            "not all arguments converted during string formatting"
        })
    }

    /// CPython: unicode_format_getnextarg.
    fn next_arg(&mut self) -> Result<A::Value, FormatError> {
        if self.argidx < self.arglen {
            let idx = self.argidx;
            self.argidx += 1;
            if self.arglen < 0 {
                return Ok(match self.keyed.take() {
                    Some(v) => v,
                    None => self.args.args(),
                });
            }
            return Ok(self.args.item(idx as usize));
        }
        Err(FormatError::type_error(
            "not enough arguments for format string",
        ))
    }

    /// CPython: unicode_format_arg (one directive, just after its '%').
    fn format_arg(&mut self) -> Result<(), A::Error> {
        let mut arg = Arg {
            ch: self.read(self.fmtpos),
            flags: 0,
            width: -1,
            prec: -1,
            sign: false,
        };
        if arg.ch == u32::from(b'%') {
            self.fmtpos += 1;
            self.fmtcnt -= 1;
            self.out.push(b'%');
            return Ok(());
        }
        self.parse_arg(&mut arg)?;
        self.format_value(&mut arg)?;
        if self.dict && self.argidx < self.arglen {
            return Err(self.not_all_converted().into());
        }
        Ok(())
    }

    /// CPython: unicode_format_arg_parse.
    fn parse_arg(&mut self, arg: &mut Arg) -> Result<(), A::Error> {
        if arg.ch == u32::from(b'(') {
            if !self.dict {
                return Err(FormatError::type_error("format requires a mapping").into());
            }
            self.fmtpos += 1;
            self.fmtcnt -= 1;
            let keystart = self.fmtpos;
            let mut pcount = 1;
            while pcount > 0 {
                self.fmtcnt -= 1;
                if self.fmtcnt < 0 {
                    break;
                }
                arg.ch = self.read(self.fmtpos);
                if arg.ch == u32::from(b')') {
                    pcount -= 1;
                } else if arg.ch == u32::from(b'(') {
                    pcount += 1;
                }
                self.fmtpos += 1;
            }
            if self.fmtcnt < 0 || pcount > 0 {
                return Err(FormatError::value("incomplete format key").into());
            }
            let (a, b) = (
                self.byte_offset(keystart),
                self.byte_offset(self.fmtpos - 1),
            );
            let key = self.fmt.get(a..b).unwrap_or_default();
            let v = self.args.get_key(key)?;
            self.keyed = Some(v);
            self.arglen = -1;
            self.argidx = -2;
        }

        while self.advance(arg) {
            match char::from_u32(arg.ch) {
                Some('-') => arg.flags |= F_LJUST,
                Some('+') => arg.flags |= F_SIGN,
                Some(' ') => arg.flags |= F_BLANK,
                Some('#') => arg.flags |= F_ALT,
                Some('0') => arg.flags |= F_ZERO,
                _ => break,
            }
        }

        if arg.ch == u32::from(b'*') {
            let v = self.next_arg()?;
            let Some(w) = self.args.star_arg(&v)? else {
                return Err(FormatError::type_error("* wants int").into());
            };
            let w = match w {
                IntValue::Small(w) => w,
                IntValue::Big(_) => {
                    return Err(FormatError::overflow(
                        "Python int too large to convert to C ssize_t",
                    )
                    .into());
                }
            };
            if w < 0 {
                if w == i64::MIN {
                    return Err(FormatError::overflow("width too big").into());
                }
                arg.flags |= F_LJUST;
            }
            arg.width = w.abs();
            self.advance(arg);
        } else if is_digit(arg.ch) {
            arg.width = i64::from(arg.ch - 0x30);
            while self.advance(arg) {
                if !is_digit(arg.ch) {
                    break;
                }
                let d = i64::from(arg.ch - 0x30);
                if arg.width > (i64::MAX - d) / 10 {
                    return Err(FormatError::value("width too big").into());
                }
                arg.width = arg.width * 10 + d;
            }
        }

        if arg.ch == u32::from(b'.') {
            arg.prec = 0;
            self.advance(arg);
            if arg.ch == u32::from(b'*') {
                let v = self.next_arg()?;
                let Some(p) = self.args.star_arg(&v)? else {
                    return Err(FormatError::type_error("* wants int").into());
                };
                let p = match p {
                    IntValue::Small(p) if i32::try_from(p).is_ok() => p,
                    _ => {
                        return Err(FormatError::overflow(
                            "Python int too large to convert to C int",
                        )
                        .into());
                    }
                };
                arg.prec = p.max(0);
                self.advance(arg);
            } else if is_digit(arg.ch) {
                arg.prec = i64::from(arg.ch - 0x30);
                while self.advance(arg) {
                    if !is_digit(arg.ch) {
                        break;
                    }
                    let d = i64::from(arg.ch - 0x30);
                    if arg.prec > (i64::from(i32::MAX) - d) / 10 {
                        return Err(FormatError::value(if self.bytes {
                            "prec too big"
                        } else {
                            "precision too big"
                        })
                        .into());
                    }
                    arg.prec = arg.prec * 10 + d;
                }
            }
        }

        // "%hi", "%ld", "%Ls": the length modifier is ignored.
        if self.fmtcnt >= 0 && matches!(char::from_u32(arg.ch), Some('h' | 'l' | 'L')) {
            self.advance(arg);
        }
        if self.fmtcnt < 0 {
            return Err(FormatError::value("incomplete format").into());
        }
        Ok(())
    }

    fn unsupported(&self, ch: u32) -> FormatError {
        let index = self.fmtpos - 1;
        if self.bytes {
            // CPython passes the (signed) char to %c: bytes >= 0x80 are negative, which
            // PyUnicode_FromFormat rejects.
            if ch >= 0x80 {
                return FormatError::overflow("character argument not in range(0x110000)");
            }
            let mut msg = b"unsupported format character '".to_vec();
            msg.push(ch as u8);
            msg.extend_from_slice(format!("' (0x{ch:x}) at index {index}").as_bytes());
            return FormatError::value(msg);
        }
        let shown = if (31..=126).contains(&ch) {
            ch as u8 as char
        } else {
            '?'
        };
        FormatError::value(format!(
            "unsupported format character '{shown}' (0x{ch:x}) at index {index}"
        ))
    }

    /// CPython: unicode_format_arg_format, then unicode_format_arg_output.
    fn format_value(&mut self, arg: &mut Arg) -> Result<(), A::Error> {
        let v = self.next_arg()?;
        let ch = char::from_u32(arg.ch).unwrap_or('\u{FFFD}');
        let body: Vec<u8> = match ch {
            's' | 'r' | 'a' | 'b' if self.bytes => {
                if ch == 's' || ch == 'b' {
                    match self.args.bytes(&v)? {
                        Some(b) => b,
                        None => {
                            return Err(FormatError::type_error(format!(
                                "%b requires a bytes-like object, or an object that \
                                 implements __bytes__, not '{}'",
                                truncate(&self.args.type_name(&v), 100)
                            ))
                            .into());
                        }
                    }
                } else {
                    self.args.text(&v, b'a')?
                }
            }
            's' | 'r' | 'a' => self.args.text(&v, ch as u8)?,
            'i' | 'd' | 'u' | 'o' | 'x' | 'X' => {
                let index_only = matches!(ch, 'o' | 'x' | 'X');
                let Some(n) = self.args.integer(&v, index_only)? else {
                    let what = if index_only {
                        "an integer"
                    } else {
                        "a real number"
                    };
                    return Err(FormatError::type_error(format!(
                        "%{ch} format: {what} is required, not {}",
                        truncate(&self.args.type_name(&v), 200)
                    ))
                    .into());
                };
                arg.sign = true;
                let max_digits = self.args.int_max_str_digits();
                format_long(&n, arg.flags & F_ALT != 0, arg.prec, ch as u8, max_digits)?
            }
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                let x = match self.args.float(&v) {
                    Ok(x) => x,
                    Err(_) if self.bytes => {
                        return Err(FormatError::type_error(format!(
                            "float argument required, not {}",
                            truncate(&self.args.type_name(&v), 200)
                        ))
                        .into());
                    }
                    Err(e) => return Err(e),
                };
                arg.sign = true;
                let prec = if arg.prec < 0 { 6 } else { arg.prec };
                let flags = if arg.flags & F_ALT != 0 { DTSF_ALT } else { 0 };
                let mut b = Vec::with_capacity(32);
                float::double_to_string(&mut b, x, ch as u8, prec, flags)?;
                b
            }
            'c' => {
                let mut b = Vec::with_capacity(4);
                match self.format_char(&v)? {
                    c if self.bytes => b.push(c as u8),
                    c => push_cp(&mut b, c),
                }
                b
            }
            _ => return Err(self.unsupported(arg.ch).into()),
        };
        self.output(arg, &body)?;
        Ok(())
    }

    /// CPython: unicodeobject.c formatchar, bytesobject.c byte_converter.
    fn format_char(&mut self, v: &A::Value) -> Result<u32, A::Error> {
        let c = self.args.char_arg(v, self.bytes)?;
        if self.bytes {
            let not = match c {
                CharArg::Bytes { len: 1, first, .. } => return Ok(u32::from(first)),
                CharArg::Bytes { len, bytearray, .. } => format!(
                    "a {} object of length {len}",
                    if bytearray { "bytearray" } else { "bytes" }
                ),
                CharArg::Int(Some(x)) if (0..=255).contains(&x) => return Ok(x as u32),
                CharArg::Int(_) => {
                    return Err(FormatError::overflow("%c arg not in range(256)").into());
                }
                _ => self.args.qualified_type_name(v),
            };
            return Err(FormatError::type_error(format!(
                "%c requires an integer in range(256) or a single byte, not {not}"
            ))
            .into());
        }
        let not = match c {
            CharArg::Str { len: 1, first } => return Ok(first),
            CharArg::Str { len, .. } => format!("a string of length {len}"),
            CharArg::Int(Some(x)) if (0..=0x10FFFF).contains(&x) => return Ok(x as u32),
            CharArg::Int(_) => {
                return Err(FormatError::overflow("%c arg not in range(0x110000)").into());
            }
            _ => self.args.qualified_type_name(v),
        };
        Err(FormatError::type_error(format!(
            "%c requires an int or a unicode character, not {not}"
        ))
        .into())
    }

    /// CPython: unicode_format_arg_output (the bytes version lays out the same way).
    fn output(&mut self, arg: &mut Arg, s: &[u8]) -> Result<(), FormatError> {
        let fill = if arg.sign && arg.flags & F_ZERO != 0 {
            b'0'
        } else {
            b' '
        };
        let unit_len = |b: &[u8]| {
            if self.bytes {
                b.len()
            } else {
                text::char_count(b)
            }
        };
        let mut body = s;
        let mut len = unit_len(body) as i64;
        if matches!(char::from_u32(arg.ch), Some('s' | 'r' | 'a' | 'b'))
            && arg.prec >= 0
            && len > arg.prec
        {
            len = arg.prec;
            let n = if self.bytes {
                len as usize
            } else {
                text::byte_len_of_prefix(body, len as usize)
            };
            body = body.get(..n).unwrap_or(body);
        }
        let mut signchar = None;
        if arg.sign {
            match body.first() {
                Some(&c @ (b'-' | b'+')) => {
                    signchar = Some(c);
                    len -= 1;
                    body = body.get(1..).unwrap_or_default();
                }
                _ if arg.flags & F_SIGN != 0 => signchar = Some(b'+'),
                _ if arg.flags & F_BLANK != 0 => signchar = Some(b' '),
                _ => arg.sign = false,
            }
        }
        let mut width = arg.width.max(len);
        reserve(
            &mut self.out,
            (width as usize).saturating_add(body.len() + 2),
        )?;
        let out = &mut self.out;
        if let Some(sc) = signchar {
            if fill != b' ' {
                out.push(sc);
            }
            if width > len {
                width -= 1;
            }
        }
        let alt_prefix =
            arg.flags & F_ALT != 0 && matches!(char::from_u32(arg.ch), Some('x' | 'X' | 'o'));
        if alt_prefix {
            if fill != b' ' {
                out.extend_from_slice(body.get(..2).unwrap_or_default());
                body = body.get(2..).unwrap_or_default();
            }
            width = (width - 2).max(0);
            len -= 2;
        }
        if width > len && arg.flags & F_LJUST == 0 {
            out.resize(out.len() + (width - len) as usize, fill);
            width = len;
        }
        if fill == b' ' {
            if let Some(sc) = signchar {
                out.push(sc);
            }
            if alt_prefix {
                out.extend_from_slice(body.get(..2).unwrap_or_default());
                body = body.get(2..).unwrap_or_default();
            }
        }
        out.extend_from_slice(body);
        if width > len {
            out.resize(out.len() + (width - len) as usize, b' ');
        }
        Ok(())
    }
}

fn is_digit(c: u32) -> bool {
    (0x30..=0x39).contains(&c)
}

/// `%.Ns` of a type name.
fn truncate(s: &str, n: usize) -> &str {
    match s.char_indices().nth(n) {
        Some((i, _)) => s.get(..i).unwrap_or(s),
        None => s,
    }
}

/// `%d %i %u %o %x %X` of an int: sign, "0x"/"0X"/"0o" with '#', at least `prec` digits.
/// CPython: unicodeobject.c _PyUnicode_FormatLong.
pub fn format_long(
    v: &IntValue,
    alt: bool,
    prec: i64,
    ty: u8,
    max_str_digits: usize,
) -> Result<Vec<u8>, FormatError> {
    if prec > i64::from(i32::MAX) - 3 {
        return Err(FormatError::overflow("precision too large"));
    }
    let base = match ty {
        b'o' => 8,
        b'x' | b'X' => 16,
        _ => 10,
    };
    let mut digits = Vec::new();
    let negative = int_digits(&mut digits, v, base, max_str_digits)?;
    if ty == b'X' {
        digits.make_ascii_uppercase();
    }
    let mut out = Vec::new();
    reserve(&mut out, digits.len().max(prec.max(0) as usize) + 3)?;
    if negative {
        out.push(b'-');
    }
    if alt && base != 10 {
        out.push(b'0');
        out.push(if base == 8 { b'o' } else { ty });
    }
    if prec > digits.len() as i64 {
        out.resize(out.len() + (prec as usize - digits.len()), b'0');
    }
    out.extend_from_slice(&digits);
    Ok(out)
}
