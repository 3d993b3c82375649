//! `float`: boxed doubles and the float type's number slots.
//!
//! CPython: Objects/floatobject.c.

use std::cell::Cell;

use num_bigint::BigInt;
use num_traits::{FromPrimitive, Zero};

use super::hash;
use super::int::{IntView, as_int, new_bigint, new_int};
use super::str::{Str, new_string};
use super::type_::{CompareOp, GetSetDef, MethodDef, MethodFn, Slots, TypeDef, TypeObject, tpflags};
use super::value::{LayoutId, ObjectLayout, Payload, PyRef, Value, alloc};
use crate::builtin_type;
use crate::objects::baseobject::{OBJECT_SLOTS, OBJECT_TYPE};
use crate::objects::{bool_, none};
use crate::vm::{FuncArgs, PyResult, Vm};

/// The payload of a `float`.
pub struct Float {
    value: f64,
}

// SAFETY: Float is the only payload with LayoutId::Float.
unsafe impl Payload for Float {
    const LAYOUT: LayoutId = LayoutId::Float;
}

impl Float {
    #[inline(always)]
    pub fn value(&self) -> f64 {
        self.value
    }
}

/// A new float object.
#[inline]
pub fn new_float(v: f64) -> Value {
    match alloc(FLOAT_TYPE.get(), Float { value: v }) {
        Some(r) => r.into_value(),
        None => std::alloc::handle_alloc_error(std::alloc::Layout::new::<Float>()),
    }
}

/// The value of a float or float subclass.
#[inline(always)]
pub fn as_float(v: &Value) -> Option<f64> {
    v.downcast_ref::<Float>().map(|f| f.value)
}

/// A float operand: a float, or an int converted (with OverflowError).
/// `Ok(None)` for other types (NotImplemented).
#[inline]
fn operand(vm: &Vm, v: &Value) -> PyResult<Option<f64>> {
    if let Some(f) = as_float(v) {
        return Ok(Some(f));
    }
    match as_int(v) {
        Some(i) => Ok(Some(i.to_f64(vm)?)),
        None => Ok(None),
    }
}

macro_rules! float_binop {
    ($name:ident, |$vm:ident, $a:ident, $b:ident| $body:expr) => {
        pub fn $name($vm: &Vm, v: &Value, w: &Value) -> PyResult {
            let (Some($a), Some($b)) = (operand($vm, v)?, operand($vm, w)?) else {
                return Ok(none::not_implemented());
            };
            $body
        }
    };
}

float_binop!(float_add, |vm, a, b| Ok(new_float(a + b)));
float_binop!(float_sub, |vm, a, b| Ok(new_float(a - b)));
float_binop!(float_mul, |vm, a, b| Ok(new_float(a * b)));
float_binop!(float_truediv, |vm, a, b| {
    if b == 0.0 {
        return Err(vm.zero_division_error("division by zero"));
    }
    Ok(new_float(a / b))
});
float_binop!(float_floordiv, |vm, a, b| {
    if b == 0.0 {
        return Err(vm.zero_division_error("division by zero"));
    }
    Ok(new_float(divmod(a, b).0))
});
float_binop!(float_mod, |vm, a, b| {
    if b == 0.0 {
        return Err(vm.zero_division_error("division by zero"));
    }
    Ok(new_float(divmod(a, b).1))
});
float_binop!(float_divmod, |vm, a, b| {
    if b == 0.0 {
        return Err(vm.zero_division_error("division by zero"));
    }
    let (q, r) = divmod(a, b);
    Ok(super::tuple::pair(new_float(q), new_float(r)).into_value())
});

/// Python's float divmod (CPython `_float_div_mod`): the remainder has the
/// divisor's sign, and the quotient is rounded to an integral value.
pub fn divmod(vx: f64, wx: f64) -> (f64, f64) {
    let mut m = vx % wx;
    let mut div = (vx - m) / wx;
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = 0.0_f64.copysign(wx);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0_f64.copysign(vx / wx)
    };
    (floordiv, m)
}

fn float_pow(vm: &Vm, v: &Value, w: &Value, z: &Value) -> PyResult {
    if !none::is_none(z) {
        return Err(vm.type_error(
            "pow() 3rd argument not allowed unless all arguments are integers",
        ));
    }
    let (Some(a), Some(b)) = (operand(vm, v)?, operand(vm, w)?) else {
        return Ok(none::not_implemented());
    };
    float_pow_values(vm, a, b)
}

/// `a ** b` for floats (CPython `float_pow`), with its special cases.
pub fn float_pow_values(vm: &Vm, iv: f64, iw: f64) -> PyResult {
    if iw == 0.0 {
        return Ok(new_float(1.0));
    }
    if iv.is_nan() {
        return Ok(new_float(if iw == 0.0 { 1.0 } else { iv }));
    }
    if iw.is_nan() {
        return Ok(new_float(if iv == 1.0 { 1.0 } else { iw }));
    }
    if iw.is_infinite() {
        let a = iv.abs();
        return Ok(new_float(if a == 1.0 {
            1.0
        } else if (iw > 0.0) == (a > 1.0) {
            f64::INFINITY
        } else {
            0.0
        }));
    }
    if iv.is_infinite() {
        let odd = iw.fract() == 0.0 && (iw % 2.0).abs() == 1.0;
        return Ok(new_float(if iw > 0.0 {
            if odd { iv } else { iv.abs() }
        } else if odd {
            0.0_f64.copysign(iv)
        } else {
            0.0
        }));
    }
    if iv == 0.0 {
        if iw < 0.0 {
            return Err(vm.zero_division_error("zero to a negative power"));
        }
        let odd = iw.fract() == 0.0 && (iw % 2.0).abs() == 1.0;
        return Ok(new_float(if odd { iv } else { 0.0 }));
    }
    let mut negate = false;
    let mut v = iv;
    if v < 0.0 {
        if iw.fract() != 0.0 {
            // A complex result (CPython delegates to complex pow).
            return crate::objects::complex::complex_pow_values(vm, (iv, 0.0), (iw, 0.0));
        }
        v = -v;
        negate = (iw % 2.0).abs() == 1.0;
    }
    if v == 1.0 {
        return Ok(new_float(if negate { -1.0 } else { 1.0 }));
    }
    let r = v.powf(iw);
    if r.is_infinite() {
        return Err(vm.overflow_error("(34, 'Numerical result out of range')"));
    }
    Ok(new_float(if negate { -r } else { r }))
}

fn float_neg(_vm: &Vm, v: &Value) -> PyResult {
    Ok(new_float(-as_float(v).unwrap_or(0.0)))
}

fn float_pos(_vm: &Vm, v: &Value) -> PyResult {
    if v.is_type(FLOAT_TYPE.get()) {
        return Ok(v.clone());
    }
    Ok(new_float(as_float(v).unwrap_or(0.0)))
}

fn float_abs(_vm: &Vm, v: &Value) -> PyResult {
    Ok(new_float(as_float(v).unwrap_or(0.0).abs()))
}

fn float_bool(_vm: &Vm, v: &Value) -> PyResult<bool> {
    Ok(as_float(v).unwrap_or(0.0) != 0.0)
}

fn float_float(_vm: &Vm, v: &Value) -> PyResult {
    if v.is_type(FLOAT_TYPE.get()) {
        return Ok(v.clone());
    }
    Ok(new_float(as_float(v).unwrap_or(0.0)))
}

/// `int(f)`: truncation, with CPython's errors for inf and nan.
pub fn float_to_bigint(vm: &Vm, f: f64) -> PyResult<BigInt> {
    if f.is_nan() {
        return Err(vm.value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(vm.overflow_error("cannot convert float infinity to integer"));
    }
    Ok(BigInt::from_f64(f.trunc()).unwrap_or_else(BigInt::zero))
}

fn float_int(vm: &Vm, v: &Value) -> PyResult {
    let f = as_float(v).unwrap_or(0.0);
    if f.abs() < 4.0e18 {
        return Ok(new_int(f as i64));
    }
    Ok(new_bigint(float_to_bigint(vm, f)?))
}

fn float_repr(_vm: &Vm, v: &Value) -> PyResult {
    let mut s = String::new();
    syntax::ast::repr::float_repr(&mut s, as_float(v).unwrap_or(0.0));
    Ok(new_string(s).into_value())
}

fn float_hash(_vm: &Vm, v: &Value) -> PyResult<i64> {
    Ok(hash::hash_f64(as_float(v).unwrap_or(0.0), v.id_word()))
}

/// Float comparison, exact against ints of any size (CPython `float_richcompare`).
fn float_richcompare(_vm: &Vm, v: &Value, w: &Value, op: CompareOp) -> PyResult {
    let Some(a) = as_float(v) else {
        return Ok(none::not_implemented());
    };
    if let Some(b) = as_float(w) {
        return Ok(bool_::new_bool(cmp_f64(a, b, op)));
    }
    let Some(i) = as_int(w) else {
        return Ok(none::not_implemented());
    };
    Ok(bool_::new_bool(compare_float_int(a, i, op)))
}

fn cmp_f64(a: f64, b: f64, op: CompareOp) -> bool {
    match op {
        CompareOp::Lt => a < b,
        CompareOp::Le => a <= b,
        CompareOp::Eq => a == b,
        CompareOp::Ne => a != b,
        CompareOp::Gt => a > b,
        CompareOp::Ge => a >= b,
    }
}

/// Compares a float with an int exactly: NaN is unordered, infinities are
/// beyond every int, and finite values compare as rationals.
pub fn compare_float_int(a: f64, i: IntView<'_>, op: CompareOp) -> bool {
    if a.is_nan() {
        return op == CompareOp::Ne;
    }
    if a.is_infinite() {
        let ord = if a > 0.0 { std::cmp::Ordering::Greater } else { std::cmp::Ordering::Less };
        return op.test(ord);
    }
    if let IntView::Small(s) = i {
        if s.unsigned_abs() < (1u64 << 53) {
            return cmp_f64(a, s as f64, op);
        }
    }
    // Exact: compare floor(a) with i, then the fraction.
    let fl = a.floor();
    let fi = BigInt::from_f64(fl).unwrap_or_else(BigInt::zero);
    let ib = i.to_bigint();
    let ord = match fi.cmp(&ib) {
        std::cmp::Ordering::Equal => {
            if a > fl {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        }
        o => o,
    };
    op.test(ord)
}

/// `float(x)` (CPython `float_new_impl`).
fn float_new(vm: &Vm, ty: &TypeObject, args: FuncArgs<'_>) -> PyResult {
    if args.has_kwargs() {
        return Err(vm.type_error("float() takes no keyword arguments"));
    }
    let v = match args.args {
        [] => 0.0,
        [x] => float_from_object(vm, x)?,
        a => return Err(vm.type_error(format!("float expected at most 1 argument, got {}", a.len()))),
    };
    if std::ptr::eq(ty, FLOAT_TYPE.get()) {
        if let [x] = args.args {
            if x.is_type(FLOAT_TYPE.get()) {
                return Ok(x.clone());
            }
        }
        return Ok(new_float(v));
    }
    let r: PyRef<Float> = alloc(ty, Float { value: v }).ok_or_else(|| vm.memory_error())?;
    let r = r.into_value();
    if ty.object_layout().gc {
        crate::gc::track(vm, &r);
    }
    Ok(r)
}

/// The float value of `x` as `float(x)` computes it.
pub fn float_from_object(vm: &Vm, x: &Value) -> PyResult<f64> {
    if let Some(f) = as_float(x) {
        return Ok(f);
    }
    if let Some(s) = x.downcast_ref::<Str>() {
        return parse_float(vm, s, x);
    }
    if x.downcast_ref::<super::bytes::Bytes>().is_some() || x.downcast_ref::<super::bytes::ByteArray>().is_some() {
        let b = vm.bytes_from_object(x)?;
        let text = String::from_utf8_lossy(&b).into_owned();
        let s = super::str::new_string(text);
        return parse_float(vm, &s, x);
    }
    if let Some(r) = vm.call_special(x, "__float__", &[])? {
        return as_float(&r).ok_or_else(|| {
            vm.type_error(format!(
                "{}.__float__ returned non-float (type {})",
                x.ty().tp_name(),
                r.ty().tp_name()
            ))
        });
    }
    if let Some(r) = vm.call_special(x, "__index__", &[])? {
        let i = as_int(&r).ok_or_else(|| {
            vm.type_error(format!("__index__ returned non-int (type {})", r.ty().tp_name()))
        })?;
        return i.to_f64(vm);
    }
    Err(vm.type_error(format!(
        "float() argument must be a string or a real number, not '{}'",
        x.ty().tp_name()
    )))
}

/// Parses a float literal as `float(str)` does (CPython
/// `PyFloat_FromString`): whitespace, underscores between digits,
/// `inf`/`nan`/`infinity` in any case.
pub fn parse_float(vm: &Vm, s: &Str, shown: &Value) -> PyResult<f64> {
    let err = || {
        let r = vm.repr(shown).map(|r| r.to_string_lossy()).unwrap_or_default();
        vm.value_error(format!("could not convert string to float: {r}"))
    };
    let mut ascii = String::with_capacity(s.as_bytes().len());
    for cp in s.code_points() {
        match char::from_u32(cp) {
            Some(c) if c.is_ascii() => ascii.push(c),
            Some(c) if c.is_whitespace() => ascii.push(' '),
            _ => match crate::objects::str_type::unicode_decimal(cp) {
                Some(d) => ascii.push((b'0' + d as u8) as char),
                None => return Err(err()),
            },
        }
    }
    let t = ascii.trim();
    parse_float_text(t).ok_or_else(err)
}

/// Parses trimmed ASCII float text; `None` when invalid.
pub fn parse_float_text(t: &str) -> Option<f64> {
    let (sign, body) = match t.as_bytes().first() {
        Some(b'-') => (-1.0, &t[1..]),
        Some(b'+') => (1.0, &t[1..]),
        _ => (1.0, t),
    };
    let lower = body.to_ascii_lowercase();
    match lower.as_str() {
        "inf" | "infinity" => return Some(sign * f64::INFINITY),
        "nan" => return Some(f64::NAN.copysign(sign)),
        _ => {}
    }
    // Digits with single underscores between them only.
    let b = body.as_bytes();
    let mut clean = String::with_capacity(b.len());
    for (i, &c) in b.iter().enumerate() {
        if c == b'_' {
            let prev = i.checked_sub(1).and_then(|j| b.get(j));
            let next = b.get(i + 1);
            if !prev.is_some_and(|p| p.is_ascii_digit()) || !next.is_some_and(|n| n.is_ascii_digit()) {
                return None;
            }
            continue;
        }
        if !(c.is_ascii_digit() || matches!(c, b'.' | b'e' | b'E' | b'+' | b'-')) {
            return None;
        }
        clean.push(c as char);
    }
    if clean.is_empty() || !clean.bytes().any(|c| c.is_ascii_digit()) {
        return None;
    }
    // Rust's parser accepts the same decimal grammar except a few forms.
    if clean.starts_with('e') || clean.starts_with('E') {
        return None;
    }
    clean.parse::<f64>().ok().map(|v| sign * v)
}

// ---------------------------------------------------------------------------
// Methods.

fn float_is_integer(_vm: &Vm, v: &Value) -> PyResult {
    let f = as_float(v).unwrap_or(0.0);
    Ok(bool_::new_bool(f.is_finite() && f.fract() == 0.0))
}

fn float_conjugate(vm: &Vm, v: &Value) -> PyResult {
    float_float(vm, v)
}

fn float_trunc(vm: &Vm, v: &Value) -> PyResult {
    float_int(vm, v)
}

fn float_floor(vm: &Vm, v: &Value) -> PyResult {
    let f = as_float(v).unwrap_or(0.0).floor();
    Ok(new_bigint(float_to_bigint(vm, f)?))
}

fn float_ceil(vm: &Vm, v: &Value) -> PyResult {
    let f = as_float(v).unwrap_or(0.0).ceil();
    Ok(new_bigint(float_to_bigint(vm, f)?))
}

/// `round(x[, ndigits])` (CPython `float___round___impl`): round half to even.
fn float_round(vm: &Vm, v: &Value, args: &[Value]) -> PyResult {
    crate::vm::call::check_arity(vm, "__round__", args.len(), 0, 1)?;
    let x = as_float(v).unwrap_or(0.0);
    match args.first().filter(|a| !none::is_none(a)) {
        None => {
            let r = x.round_ties_even();
            // round() of inf/nan raises as int() does.
            Ok(new_bigint(float_to_bigint(vm, r)?))
        }
        Some(nd) => {
            let nd = vm.index(nd)?;
            let nd = as_int(&nd).and_then(|i| i.to_i64()).unwrap_or(if as_int(&nd).is_some_and(|i| i.is_negative()) { i64::MIN } else { i64::MAX });
            Ok(new_float(round_to_digits(x, nd)))
        }
    }
}

/// Rounds to `ndigits` decimal digits, half to even, through the exact
/// decimal representation (CPython `double_round` with dtoa).
pub fn round_to_digits(x: f64, ndigits: i64) -> f64 {
    if !x.is_finite() || x == 0.0 {
        return x;
    }
    if ndigits > 323 {
        return x;
    }
    if ndigits < -308 {
        return 0.0_f64.copysign(x);
    }
    // Format with enough digits to decide exactly, then parse back.
    let s = format!("{:.*e}", 40, x);
    let _ = s;
    let formatted = if ndigits >= 0 {
        format_fixed_half_even(x, ndigits as usize)
    } else {
        let p = 10f64.powi((-ndigits) as i32);
        let y = (x / p).round_ties_even() * p;
        return if y.is_finite() { y } else { x };
    };
    formatted.parse::<f64>().unwrap_or(x)
}

/// `x` in fixed notation with `nd` digits after the point, rounded half to
/// even on the exact binary value (as dtoa mode 3 does).
fn format_fixed_half_even(x: f64, nd: usize) -> String {
    // Rust's `{:.N}` formatting rounds the exact value half to even.
    format!("{:.*}", nd, x)
}

fn float_as_integer_ratio(vm: &Vm, v: &Value) -> PyResult {
    let f = as_float(v).unwrap_or(0.0);
    if f.is_infinite() {
        return Err(vm.overflow_error("cannot convert Infinity to integer ratio"));
    }
    if f.is_nan() {
        return Err(vm.value_error("cannot convert NaN to integer ratio"));
    }
    let (m, e) = hash::frexp(f);
    let mut m = m;
    let mut e = e;
    let mut i = 0;
    while m != m.floor() && i < 300 {
        m *= 2.0;
        e -= 1;
        i += 1;
    }
    let mut num = BigInt::from_f64(m).unwrap_or_else(BigInt::zero);
    let mut den = BigInt::from(1);
    if e > 0 {
        num <<= e as usize;
    } else {
        den <<= (-e) as usize;
    }
    Ok(super::tuple::pair(new_bigint(num), new_bigint(den)).into_value())
}

fn float_hex(_vm: &Vm, v: &Value) -> PyResult {
    Ok(new_string(float_hex_string(as_float(v).unwrap_or(0.0))).into_value())
}

/// `float.hex()` (CPython `float_hex`): `0x1.8000000000000p+0`.
pub fn float_hex_string(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf".into() } else { "-inf".into() };
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = x.abs().to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let mant = bits & ((1 << 52) - 1);
    let (lead, e) = if exp == 0 { (0, -1022) } else { (1, exp - 1023) };
    let mut hex = format!("{mant:013x}");
    // CPython keeps all 13 hex digits.
    if hex.is_empty() {
        hex.push('0');
    }
    format!("{sign}0x{lead}.{hex}p{}{}", if e >= 0 { "+" } else { "-" }, e.abs())
}

fn float_getnewargs(_vm: &Vm, v: &Value) -> PyResult {
    Ok(super::tuple::new_tuple(vec![new_float(as_float(v).unwrap_or(0.0))]).into_value())
}

fn float_format(vm: &Vm, v: &Value, spec: &Value) -> PyResult {
    crate::objects::format::format_float(vm, v, spec)
}

fn float_get_real(vm: &Vm, v: &Value) -> PyResult {
    float_float(vm, v)
}

fn float_get_imag(_vm: &Vm, _v: &Value) -> PyResult {
    Ok(new_float(0.0))
}

fn float_fromhex(vm: &Vm, cls: &TypeObject, args: FuncArgs<'_>) -> PyResult {
    let a = crate::vm::call::parse_args(vm, "fromhex", args, &[""], 1, 1)?;
    let s = a[0].as_ref().and_then(|v| v.downcast_ref::<Str>().map(|s| s.to_string_lossy())).ok_or_else(|| vm.type_error("fromhex() argument must be str"))?;
    let v = parse_hex_float(s.trim()).ok_or_else(|| vm.value_error("invalid hexadecimal floating-point string"))?;
    let r = new_float(v);
    if std::ptr::eq(cls, FLOAT_TYPE.get()) {
        Ok(r)
    } else {
        vm.call(&cls.to_value(), &[r])
    }
}

fn parse_hex_float(s: &str) -> Option<f64> {
    let (neg, s) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let lower = s.to_ascii_lowercase();
    if lower == "inf" || lower == "infinity" {
        return Some(if neg { f64::NEG_INFINITY } else { f64::INFINITY });
    }
    if lower == "nan" {
        return Some(f64::NAN);
    }
    let body = lower.strip_prefix("0x").unwrap_or(&lower);
    let (mant, exp) = match body.split_once('p') {
        Some((m, e)) => (m, e.parse::<i64>().ok()?),
        None => (body, 0),
    };
    let (ip, fp) = match mant.split_once('.') {
        Some((i, f)) => (i, f),
        None => (mant, ""),
    };
    if ip.is_empty() && fp.is_empty() {
        return None;
    }
    let mut v = BigInt::zero();
    for c in ip.chars().chain(fp.chars()) {
        v = v * 16 + c.to_digit(16)?;
    }
    let e = exp - 4 * fp.len() as i64;
    let f = num_traits::ToPrimitive::to_f64(&v)?;
    let r = if e >= 0 { f * 2f64.powi(e.min(2000) as i32) } else { f / 2f64.powi((-e).min(2000) as i32) };
    Some(if neg { -r } else { r })
}

static FLOAT_METHODS: &[MethodDef] = &[
    MethodDef { name: "conjugate", func: MethodFn::NoArgs(float_conjugate), doc: Some("Return self, the complex conjugate of any float.") },
    MethodDef { name: "__trunc__", func: MethodFn::NoArgs(float_trunc), doc: Some("Return the Integral closest to x between 0 and x.") },
    MethodDef { name: "__floor__", func: MethodFn::NoArgs(float_floor), doc: Some("Return the floor as an Integral.") },
    MethodDef { name: "__ceil__", func: MethodFn::NoArgs(float_ceil), doc: Some("Return the ceiling as an Integral.") },
    MethodDef { name: "__round__", func: MethodFn::Fast(float_round), doc: None },
    MethodDef { name: "as_integer_ratio", func: MethodFn::NoArgs(float_as_integer_ratio), doc: None },
    MethodDef { name: "fromhex", func: MethodFn::Class(float_fromhex), doc: None },
    MethodDef { name: "hex", func: MethodFn::NoArgs(float_hex), doc: None },
    MethodDef { name: "is_integer", func: MethodFn::NoArgs(float_is_integer), doc: Some("Return True if the float is an integer.") },
    MethodDef { name: "__getnewargs__", func: MethodFn::NoArgs(float_getnewargs), doc: None },
    MethodDef { name: "__format__", func: MethodFn::O(float_format), doc: None },
];

static FLOAT_GETSETS: &[GetSetDef] = &[
    GetSetDef { name: "real", get: Some(float_get_real), set: None, doc: Some("the real part of a complex number") },
    GetSetDef { name: "imag", get: Some(float_get_imag), set: None, doc: Some("the imaginary part of a complex number") },
];

static FLOAT_DEF: TypeDef = TypeDef {
    name: "float",
    doc: Some("Convert a string or number to a floating-point number, if possible."),
    methods: FLOAT_METHODS,
    getsets: FLOAT_GETSETS,
    members: &[],
    attrs: Vec::new,
};

pub const FLOAT_SLOTS: Slots = Slots {
    repr: Cell::new(Some(float_repr)),
    str: Cell::new(Some(float_repr)),
    hash: Cell::new(Some(float_hash)),
    richcompare: Cell::new(Some(float_richcompare)),
    new: Cell::new(Some(float_new)),
    nb_add: Cell::new(Some(float_add)),
    nb_subtract: Cell::new(Some(float_sub)),
    nb_multiply: Cell::new(Some(float_mul)),
    nb_remainder: Cell::new(Some(float_mod)),
    nb_divmod: Cell::new(Some(float_divmod)),
    nb_power: Cell::new(Some(float_pow)),
    nb_negative: Cell::new(Some(float_neg)),
    nb_positive: Cell::new(Some(float_pos)),
    nb_absolute: Cell::new(Some(float_abs)),
    nb_bool: Cell::new(Some(float_bool)),
    nb_int: Cell::new(Some(float_int)),
    nb_float: Cell::new(Some(float_float)),
    nb_floor_divide: Cell::new(Some(float_floordiv)),
    nb_true_divide: Cell::new(Some(float_truediv)),
    ..OBJECT_SLOTS
};

builtin_type!(pub FLOAT_TYPE: Float, def &FLOAT_DEF, base &OBJECT_TYPE.0, mro [&OBJECT_TYPE.0],
    slots FLOAT_SLOTS, flags tpflags::BASETYPE | tpflags::MATCH_SELF, layout ObjectLayout::plain());
