//! Evaluation of operators on constants, for constant folding: what
//! `PyNumber_Add`, `PyObject_GetItem`, `PyObject_IsTrue` and friends return
//! for the constant types, `None` wherever CPython raises (folding then
//! leaves the instruction alone, as flowgraph.c does after `PyErr_Clear`).
//!
//! CPython: Python/flowgraph.c `eval_const_binop`, `eval_const_unaryop` and
//! the `const_folding_safe_*` guards; Objects/longobject.c,
//! Objects/floatobject.c, Objects/complexobject.c, Objects/unicodeobject.c,
//! Objects/bytesobject.c, Objects/tupleobject.c, Objects/sliceobject.c.

use crate::code::Constant;
use crate::opcode::nb;
use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};
use syntax::ast::{PyInt, PyStr, PyStrBuf};

/// flowgraph.c `MAX_INT_SIZE` (bits).
const MAX_INT_SIZE: u64 = 128;
/// flowgraph.c `MAX_COLLECTION_SIZE` (items).
const MAX_COLLECTION_SIZE: i64 = 256;
/// flowgraph.c `MAX_STR_SIZE` (characters).
const MAX_STR_SIZE: i64 = 4096;
/// flowgraph.c `MAX_TOTAL_ITEMS`, nested collections included.
const MAX_TOTAL_ITEMS: i64 = 1024;

fn big(i: &PyInt) -> BigInt {
    i.to_bigint()
}

fn int_const(v: BigInt) -> Constant {
    Constant::Int(PyInt::from_bigint(v))
}

/// An operand seen as a Python integer (`int` or `bool`).
fn as_int(c: &Constant) -> Option<BigInt> {
    match c {
        Constant::Int(i) => Some(big(i)),
        Constant::Bool(b) => Some(BigInt::from(*b as i64)),
        _ => None,
    }
}

fn is_zero_int(i: &BigInt) -> bool {
    i.is_zero()
}

/// `_PyLong_NumBits`: bits of the absolute value.
fn num_bits(i: &BigInt) -> u64 {
    i.bits()
}

/// `PyObject_IsTrue` on a constant.
pub fn is_true(c: &Constant) -> bool {
    match c {
        Constant::None => false,
        Constant::Ellipsis => true,
        Constant::Bool(b) => *b,
        Constant::Int(i) => match i {
            PyInt::Small(v) => *v != 0,
            PyInt::Big(_) => true,
        },
        Constant::Float(f) => *f != 0.0,
        Constant::Complex { real, imag } => *real != 0.0 || *imag != 0.0,
        Constant::Str(s) => !s.is_empty(),
        Constant::Bytes(b) => !b.is_empty(),
        Constant::Tuple(t) => !t.is_empty(),
        Constant::FrozenSet(t) => !t.is_empty(),
        Constant::Slice(_) | Constant::Code(_) => true,
    }
}

/// `PyLong_AsDouble`: correctly rounded, `None` on overflow.
pub fn int_to_f64(i: &BigInt) -> Option<f64> {
    if let Some(v) = i.to_i64()
        && v.unsigned_abs() <= (1u64 << 53)
    {
        return Some(v as f64);
    }
    let (sign, mag) = (i.sign(), i.abs());
    let f = ratio_to_f64(&mag, &BigInt::one())?;
    Some(if sign == Sign::Minus { -f } else { f })
}

/// The double nearest `n / d` (both positive, ties to even), `None` when it
/// overflows: CPython's correctly rounded int/int division and int-to-float
/// conversion.
fn ratio_to_f64(n: &BigInt, d: &BigInt) -> Option<f64> {
    if n.is_zero() {
        return Some(0.0);
    }
    let e = n.bits() as i64 - d.bits() as i64;
    // q gets 55 or 56 bits: two guard bits beyond the 53 of a double.
    let s = 55 - e;
    let (num, den) = if s >= 0 {
        (n << (s as u64), d.clone())
    } else {
        (n.clone(), d << ((-s) as u64))
    };
    let (q, r) = num.div_rem(&den);
    let sticky = !r.is_zero();
    let bq = q.bits() as i64;
    // value = q * 2^-s, in [2^(bq-1-s), 2^(bq-s)).
    let exp = bq - 1 - s;
    if exp > 1023 {
        return None;
    }
    let prec = if exp >= -1022 { 53 } else { exp + 1075 };
    if prec <= 0 {
        // Below half the smallest subnormal, or exactly half: rounds to 0
        // (ties to even), unless something is left over beyond the half.
        let half = prec == 0 && (q.bits() as i64 == bq) && {
            let rest = &q - (BigInt::one() << ((bq - 1) as u64));
            !rest.is_zero() || sticky
        };
        return Some(if half { f64::from_bits(1) } else { 0.0 });
    }
    let drop = (bq - prec) as u64;
    let mut mant = &q >> drop;
    let rem = &q - (&mant << drop);
    let halfway = BigInt::one() << (drop - 1);
    let round_up = match rem.cmp(&halfway) {
        std::cmp::Ordering::Greater => true,
        std::cmp::Ordering::Less => false,
        std::cmp::Ordering::Equal => sticky || mant.is_odd(),
    };
    if round_up {
        mant += 1;
    }
    let m = mant.to_u64()? as f64;
    let f = ldexp(m, drop as i64 - s);
    if f.is_infinite() { None } else { Some(f) }
}

/// `ldexp` for a value whose result is exact (or overflows).
fn ldexp(mut x: f64, mut k: i64) -> f64 {
    while k > 1000 {
        x *= 2f64.powi(1000);
        k -= 1000;
    }
    while k < -1000 {
        x *= 2f64.powi(-1000);
        k += 1000;
    }
    x * 2f64.powi(k as i32)
}

/// An operand seen as a Python real number for float arithmetic.
fn as_f64(c: &Constant) -> Option<Option<f64>> {
    match c {
        Constant::Float(f) => Some(Some(*f)),
        Constant::Int(_) | Constant::Bool(_) => Some(int_to_f64(&as_int(c)?)),
        _ => None,
    }
}

fn is_real(c: &Constant) -> bool {
    matches!(c, Constant::Float(_) | Constant::Int(_) | Constant::Bool(_))
}

/// Evaluates `left <op> right` for a `BINARY_OP` oparg, `None` where CPython
/// raises or its folding guards refuse.
///
/// CPython: Python/flowgraph.c `eval_const_binop`.
pub fn eval_binop(left: &Constant, op: i32, right: &Constant) -> Option<Constant> {
    let op = u32::try_from(op).ok()?;
    match op {
        nb::ADD | nb::INPLACE_ADD => add(left, right),
        nb::SUBTRACT | nb::INPLACE_SUBTRACT => arith(left, right, Arith::Sub),
        nb::MULTIPLY | nb::INPLACE_MULTIPLY => safe_multiply(left, right),
        nb::TRUE_DIVIDE | nb::INPLACE_TRUE_DIVIDE => true_divide(left, right),
        nb::FLOOR_DIVIDE | nb::INPLACE_FLOOR_DIVIDE => floor_divide(left, right),
        nb::REMAINDER | nb::INPLACE_REMAINDER => remainder(left, right),
        nb::POWER | nb::INPLACE_POWER => safe_power(left, right),
        nb::LSHIFT | nb::INPLACE_LSHIFT => safe_lshift(left, right),
        nb::RSHIFT | nb::INPLACE_RSHIFT => rshift(left, right),
        nb::OR | nb::INPLACE_OR => bitwise(left, right, |a, b| a | b, |a, b| a | b),
        nb::XOR | nb::INPLACE_XOR => bitwise(left, right, |a, b| a ^ b, |a, b| a ^ b),
        nb::AND | nb::INPLACE_AND => bitwise(left, right, |a, b| a & b, |a, b| a & b),
        nb::SUBSCR => subscript(left, right),
        _ => None,
    }
}

#[derive(Clone, Copy)]
enum Arith {
    Add,
    Sub,
    Mul,
}

fn add(left: &Constant, right: &Constant) -> Option<Constant> {
    match (left, right) {
        (Constant::Str(a), Constant::Str(b)) => {
            let mut s = PyStrBuf::with_capacity(a.as_bytes().len() + b.as_bytes().len());
            s.push_pystr(a);
            s.push_pystr(b);
            Some(Constant::Str(s.finish()))
        }
        (Constant::Bytes(a), Constant::Bytes(b)) => Some(Constant::Bytes(
            [&a[..], &b[..]].concat().into_boxed_slice(),
        )),
        (Constant::Tuple(a), Constant::Tuple(b)) => {
            Some(Constant::Tuple(a.iter().chain(b.iter()).cloned().collect()))
        }
        _ => arith(left, right, Arith::Add),
    }
}

/// `+`, `-`, `*` on numbers.
fn arith(left: &Constant, right: &Constant, op: Arith) -> Option<Constant> {
    if let (Some(a), Some(b)) = (as_int(left), as_int(right)) {
        return Some(int_const(match op {
            Arith::Add => a + b,
            Arith::Sub => a - b,
            Arith::Mul => a * b,
        }));
    }
    if is_real(left) && is_real(right) {
        let a = as_f64(left)??;
        let b = as_f64(right)??;
        return Some(Constant::Float(match op {
            Arith::Add => a + b,
            Arith::Sub => a - b,
            Arith::Mul => a * b,
        }));
    }
    let (r, i) = match (left, right) {
        (Constant::Complex { real, imag }, Constant::Complex { real: c, imag: d }) => match op {
            Arith::Add => (real + c, imag + d),
            Arith::Sub => (real - c, imag - d),
            Arith::Mul => c_prod((*real, *imag), (*c, *d)),
        },
        (Constant::Complex { real, imag }, b) if is_real(b) => {
            let b = as_f64(b)??;
            match op {
                Arith::Add => (real + b, *imag),
                Arith::Sub => (real - b, *imag),
                Arith::Mul => (real * b, imag * b),
            }
        }
        (a, Constant::Complex { real, imag }) if is_real(a) => {
            let a = as_f64(a)??;
            match op {
                Arith::Add => (a + real, *imag),
                Arith::Sub => (a - real, -imag),
                Arith::Mul => (a * real, a * imag),
            }
        }
        _ => return None,
    };
    Some(Constant::Complex { real: r, imag: i })
}

/// CPython: Objects/complexobject.c `_Py_c_prod`, with C11 Annex G's
/// recovery of infinities computed as nan+nanj.
fn c_prod(z: (f64, f64), w: (f64, f64)) -> (f64, f64) {
    let (mut a, mut b) = z;
    let (mut c, mut d) = w;
    let (ac, bd, ad, bc) = (a * c, b * d, a * d, b * c);
    let mut r = (ac - bd, ad + bc);
    if r.0.is_nan() && r.1.is_nan() {
        let mut recalc = false;
        if a.is_infinite() || b.is_infinite() {
            a = copysign(if a.is_infinite() { 1.0 } else { 0.0 }, a);
            b = copysign(if b.is_infinite() { 1.0 } else { 0.0 }, b);
            if c.is_nan() {
                c = copysign(0.0, c);
            }
            if d.is_nan() {
                d = copysign(0.0, d);
            }
            recalc = true;
        }
        if c.is_infinite() || d.is_infinite() {
            c = copysign(if c.is_infinite() { 1.0 } else { 0.0 }, c);
            d = copysign(if d.is_infinite() { 1.0 } else { 0.0 }, d);
            if a.is_nan() {
                a = copysign(0.0, a);
            }
            if b.is_nan() {
                b = copysign(0.0, b);
            }
            recalc = true;
        }
        if !recalc && (ac.is_infinite() || bd.is_infinite() || ad.is_infinite() || bc.is_infinite())
        {
            if a.is_nan() {
                a = copysign(0.0, a);
            }
            if b.is_nan() {
                b = copysign(0.0, b);
            }
            if c.is_nan() {
                c = copysign(0.0, c);
            }
            if d.is_nan() {
                d = copysign(0.0, d);
            }
            recalc = true;
        }
        if recalc {
            r = (
                f64::INFINITY * (a * c - b * d),
                f64::INFINITY * (a * d + b * c),
            );
        }
    }
    r
}

fn copysign(x: f64, y: f64) -> f64 {
    x.copysign(y)
}

/// CPython: Objects/complexobject.c `_Py_c_quot`; `None` for division by zero.
fn c_quot(a: (f64, f64), b: (f64, f64)) -> Option<(f64, f64)> {
    let abs_breal = b.0.abs();
    let abs_bimag = b.1.abs();
    let mut r;
    if abs_breal >= abs_bimag {
        if abs_breal == 0.0 {
            return None;
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        r = ((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom);
    } else if abs_bimag >= abs_breal {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        r = ((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom);
    } else {
        r = (f64::NAN, f64::NAN);
    }
    // Recover infinities and zeros that computed as nan+nanj (C11 Annex G).
    if r.0.is_nan() && r.1.is_nan() {
        let (mut ar, mut ai) = a;
        let (mut br, mut bi) = b;
        if (ar.is_infinite() || ai.is_infinite()) && br.is_finite() && bi.is_finite() {
            ar = copysign(if ar.is_infinite() { 1.0 } else { 0.0 }, ar);
            ai = copysign(if ai.is_infinite() { 1.0 } else { 0.0 }, ai);
            r = (
                f64::INFINITY * (ar * br + ai * bi),
                f64::INFINITY * (ai * br - ar * bi),
            );
        } else if (abs_breal.is_infinite() || abs_bimag.is_infinite())
            && ar.is_finite()
            && ai.is_finite()
        {
            br = copysign(if br.is_infinite() { 1.0 } else { 0.0 }, br);
            bi = copysign(if bi.is_infinite() { 1.0 } else { 0.0 }, bi);
            r = (0.0 * (ar * br + ai * bi), 0.0 * (ai * br - ar * bi));
        }
    }
    Some(r)
}

/// CPython: Objects/complexobject.c `_Py_rc_quot`, a real over a complex.
fn rc_quot(a: f64, b: (f64, f64)) -> Option<(f64, f64)> {
    let abs_breal = b.0.abs();
    let abs_bimag = b.1.abs();
    if abs_breal >= abs_bimag {
        if abs_breal == 0.0 {
            return None;
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        Some((a / denom, (-a * ratio) / denom))
    } else if abs_bimag >= abs_breal {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        Some(((a * ratio) / denom, (-a) / denom))
    } else {
        Some((f64::NAN, f64::NAN))
    }
}

/// `const_folding_safe_multiply`.
fn safe_multiply(left: &Constant, right: &Constant) -> Option<Constant> {
    if let (Some(v), Some(w)) = (as_int(left), as_int(right)) {
        if !is_zero_int(&v) && !is_zero_int(&w) && num_bits(&v) + num_bits(&w) > MAX_INT_SIZE {
            return None;
        }
        return Some(int_const(v * w));
    }
    if let Some(n) = as_int(left) {
        match right {
            Constant::Tuple(t) => return repeat_tuple(&n, t),
            Constant::Str(s) => return repeat_str(&n, s),
            Constant::Bytes(b) => return repeat_bytes(&n, b),
            _ => {}
        }
    }
    if let Some(n) = as_int(right) {
        match left {
            Constant::Tuple(t) => return repeat_tuple(&n, t),
            Constant::Str(s) => return repeat_str(&n, s),
            Constant::Bytes(b) => return repeat_bytes(&n, b),
            _ => {}
        }
    }
    arith(left, right, Arith::Mul)
}

/// `PyLong_AsLong`, `None` on overflow.
fn as_long(n: &BigInt) -> Option<i64> {
    n.to_i64()
}

fn repeat_tuple(n: &BigInt, t: &[Constant]) -> Option<Constant> {
    let size = t.len() as i64;
    if size != 0 {
        let n = as_long(n)?;
        if n < 0 || n > MAX_COLLECTION_SIZE / size {
            return None;
        }
        if n != 0 && check_complexity_items(t, MAX_TOTAL_ITEMS / n) < 0 {
            return None;
        }
    }
    let count = as_long(n).unwrap_or(0).max(0) as usize;
    let count = if t.is_empty() { 0 } else { count };
    let mut out = Vec::with_capacity(t.len() * count);
    for _ in 0..count {
        out.extend(t.iter().cloned());
    }
    Some(Constant::Tuple(out.into_boxed_slice()))
}

/// `const_folding_check_complexity` on a tuple's items.
fn check_complexity_items(items: &[Constant], mut limit: i64) -> i64 {
    limit -= items.len() as i64;
    for item in items {
        if limit < 0 {
            break;
        }
        limit = check_complexity(item, limit);
        if limit < 0 {
            return limit;
        }
    }
    limit
}

/// `const_folding_check_complexity`: what is left of `limit` after the
/// items of (nested) tuples; negative when exceeded.
fn check_complexity(c: &Constant, limit: i64) -> i64 {
    match c {
        Constant::Tuple(items) => check_complexity_items(items, limit),
        _ => limit,
    }
}

fn repeat_str(n: &BigInt, s: &PyStr) -> Option<Constant> {
    let size = s.char_len() as i64;
    if size != 0 {
        let n = as_long(n)?;
        if n < 0 || n > MAX_STR_SIZE / size {
            return None;
        }
    }
    let count = if size == 0 {
        0
    } else {
        as_long(n)?.max(0) as usize
    };
    let mut out = PyStrBuf::with_capacity(s.as_bytes().len() * count);
    for _ in 0..count {
        out.push_pystr(s);
    }
    Some(Constant::Str(out.finish()))
}

fn repeat_bytes(n: &BigInt, b: &[u8]) -> Option<Constant> {
    let size = b.len() as i64;
    if size != 0 {
        let n = as_long(n)?;
        if n < 0 || n > MAX_STR_SIZE / size {
            return None;
        }
    }
    let count = if size == 0 {
        0
    } else {
        as_long(n)?.max(0) as usize
    };
    Some(Constant::Bytes(b.repeat(count).into_boxed_slice()))
}

fn true_divide(left: &Constant, right: &Constant) -> Option<Constant> {
    if let (Some(a), Some(b)) = (as_int(left), as_int(right)) {
        if b.is_zero() {
            return None;
        }
        // CPython: Objects/longobject.c long_true_divide, correctly rounded.
        let neg = (a.sign() == Sign::Minus) != (b.sign() == Sign::Minus);
        if a.is_zero() {
            return Some(Constant::Float(if neg { -0.0 } else { 0.0 }));
        }
        let f = ratio_to_f64(&a.abs(), &b.abs())?;
        return Some(Constant::Float(if neg { -f } else { f }));
    }
    if is_real(left) && is_real(right) {
        let a = as_f64(left)??;
        let b = as_f64(right)??;
        if b == 0.0 {
            return None;
        }
        return Some(Constant::Float(a / b));
    }
    let r = match (left, right) {
        (Constant::Complex { real, imag }, Constant::Complex { real: c, imag: d }) => {
            c_quot((*real, *imag), (*c, *d))?
        }
        (Constant::Complex { real, imag }, b) if is_real(b) => {
            let b = as_f64(b)??;
            if b == 0.0 {
                return None;
            }
            (real / b, imag / b)
        }
        (a, Constant::Complex { real, imag }) if is_real(a) => {
            rc_quot(as_f64(a)??, (*real, *imag))?
        }
        _ => return None,
    };
    Some(Constant::Complex {
        real: r.0,
        imag: r.1,
    })
}

/// CPython: Objects/floatobject.c `_float_div_mod`.
fn float_div_mod(vx: f64, wx: f64) -> (f64, f64) {
    let mut m = vx % wx;
    let mut div = (vx - m) / wx;
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = copysign(0.0, wx);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        copysign(0.0, vx / wx)
    };
    (floordiv, m)
}

fn floor_divide(left: &Constant, right: &Constant) -> Option<Constant> {
    divmod_op(
        left,
        right,
        |a, b| a.div_floor(b),
        |a, b| float_div_mod(a, b).0,
    )
}

/// `const_folding_safe_mod`: never `%`-formats strings or bytes.
fn remainder(left: &Constant, right: &Constant) -> Option<Constant> {
    divmod_op(left, right, |a, b| a.mod_floor(b), float_rem)
}

/// `//` or `%` on two ints or two reals; `None` for a zero divisor.
fn divmod_op(
    left: &Constant,
    right: &Constant,
    ints: impl Fn(&BigInt, &BigInt) -> BigInt,
    floats: impl Fn(f64, f64) -> f64,
) -> Option<Constant> {
    if let (Some(a), Some(b)) = (as_int(left), as_int(right)) {
        if b.is_zero() {
            return None;
        }
        return Some(int_const(ints(&a, &b)));
    }
    if is_real(left) && is_real(right) {
        let a = as_f64(left)??;
        let b = as_f64(right)??;
        if b == 0.0 {
            return None;
        }
        return Some(Constant::Float(floats(a, b)));
    }
    None
}

/// CPython: Objects/floatobject.c `float_rem`.
fn float_rem(a: f64, b: f64) -> f64 {
    let m = a % b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) { m + b } else { m }
    } else {
        copysign(0.0, b)
    }
}

/// `const_folding_safe_power`.
fn safe_power(left: &Constant, right: &Constant) -> Option<Constant> {
    if let (Some(v), Some(w)) = (as_int(left), as_int(right)) {
        if !v.is_zero() && w.sign() == Sign::Plus {
            let vbits = num_bits(&v);
            let wbits = w.to_u64()?;
            if vbits > MAX_INT_SIZE / wbits {
                return None;
            }
        }
        if w.sign() == Sign::Minus {
            // CPython: long_pow hands a negative exponent to float_pow.
            return float_pow(int_to_f64(&v)?, int_to_f64(&w)?);
        }
        if v.is_zero() {
            return Some(int_const(if w.is_zero() {
                BigInt::one()
            } else {
                BigInt::zero()
            }));
        }
        let e = w.to_u32()?;
        return Some(int_const(num_traits::pow::Pow::pow(&v, e)));
    }
    if is_real(left) && is_real(right) {
        return float_pow(as_f64(left)??, as_f64(right)??);
    }
    let a = to_complex(left)?;
    let b = to_complex(right)?;
    complex_pow(a, b)
}

fn to_complex(c: &Constant) -> Option<(f64, f64)> {
    match c {
        Constant::Complex { real, imag } => Some((*real, *imag)),
        _ if is_real(c) => Some((as_f64(c)??, 0.0)),
        _ => None,
    }
}

fn is_odd_integer(x: f64) -> bool {
    // CPython: DOUBLE_IS_ODD_INTEGER.
    (x % 2.0).abs() == 1.0
}

/// CPython: Objects/floatobject.c `float_pow`.
fn float_pow(iv: f64, iw: f64) -> Option<Constant> {
    let f = |x: f64| Some(Constant::Float(x));
    if iw == 0.0 {
        return f(1.0);
    }
    if iv.is_nan() {
        return f(iv);
    }
    if iw.is_nan() {
        return f(if iv == 1.0 { 1.0 } else { iw });
    }
    if iw.is_infinite() {
        let av = iv.abs();
        return if av == 1.0 {
            f(1.0)
        } else if (iw > 0.0) == (av > 1.0) {
            f(iw.abs())
        } else {
            f(0.0)
        };
    }
    if iv.is_infinite() {
        let odd = is_odd_integer(iw);
        return if iw > 0.0 {
            f(if odd { iv } else { iv.abs() })
        } else {
            f(if odd { copysign(0.0, iv) } else { 0.0 })
        };
    }
    if iv == 0.0 {
        let odd = is_odd_integer(iw);
        if iw < 0.0 {
            return None;
        }
        return f(if odd { iv } else { 0.0 });
    }
    let mut iv = iv;
    let mut negate = false;
    if iv < 0.0 {
        if iw != iw.floor() {
            return complex_pow((iv, 0.0), (iw, 0.0));
        }
        iv = -iv;
        negate = is_odd_integer(iw);
    }
    if iv == 1.0 {
        return f(if negate { -1.0 } else { 1.0 });
    }
    let ix = iv.powf(iw);
    if ix.is_infinite() {
        return None;
    }
    f(if negate { -ix } else { ix })
}

/// CPython: Objects/complexobject.c `complex_pow`.
fn complex_pow(a: (f64, f64), b: (f64, f64)) -> Option<Constant> {
    let p = if b.1 == 0.0 && b.0 == b.0.floor() && b.0.abs() <= 100.0 {
        c_powi(a, b.0 as i64)?
    } else {
        c_pow(a, b)?
    };
    if p.0.is_infinite() || p.1.is_infinite() {
        return None;
    }
    Some(Constant::Complex {
        real: p.0,
        imag: p.1,
    })
}

fn c_powu(x: (f64, f64), n: i64) -> (f64, f64) {
    let mut r = (1.0, 0.0);
    let mut p = x;
    let mut mask: i64 = 1;
    while mask > 0 && n >= mask {
        if n & mask != 0 {
            r = c_prod(r, p);
        }
        mask <<= 1;
        p = c_prod(p, p);
    }
    r
}

fn c_powi(x: (f64, f64), n: i64) -> Option<(f64, f64)> {
    if n > 0 {
        Some(c_powu(x, n))
    } else {
        c_quot((1.0, 0.0), c_powu(x, -n))
    }
}

/// CPython: Objects/complexobject.c `_Py_c_pow`; `None` for zero to a
/// negative or complex power.
fn c_pow(a: (f64, f64), b: (f64, f64)) -> Option<(f64, f64)> {
    if b.0 == 0.0 && b.1 == 0.0 {
        return Some((1.0, 0.0));
    }
    if a.0 == 0.0 && a.1 == 0.0 {
        if b.1 != 0.0 || b.0 < 0.0 {
            return None;
        }
        return Some((0.0, 0.0));
    }
    let vabs = a.0.hypot(a.1);
    let mut len = vabs.powf(b.0);
    let at = a.1.atan2(a.0);
    let mut phase = at * b.0;
    if b.1 != 0.0 {
        len /= (at * b.1).exp();
        phase += b.1 * vabs.ln();
    }
    Some((len * phase.cos(), len * phase.sin()))
}

/// `const_folding_safe_lshift`.
fn safe_lshift(left: &Constant, right: &Constant) -> Option<Constant> {
    let v = as_int(left)?;
    let w = as_int(right)?;
    if w.sign() == Sign::Minus {
        return None;
    }
    if v.is_zero() {
        return Some(int_const(BigInt::zero()));
    }
    if w.is_zero() {
        return Some(int_const(v));
    }
    let vbits = num_bits(&v);
    let wbits = w.to_u64()?;
    if wbits > MAX_INT_SIZE || vbits > MAX_INT_SIZE - wbits {
        return None;
    }
    Some(int_const(v << wbits))
}

fn rshift(left: &Constant, right: &Constant) -> Option<Constant> {
    let v = as_int(left)?;
    let w = as_int(right)?;
    if w.sign() == Sign::Minus {
        return None;
    }
    let shift = w.to_u64().unwrap_or(u64::MAX);
    if shift >= v.bits() {
        return Some(int_const(if v.sign() == Sign::Minus {
            BigInt::from(-1)
        } else {
            BigInt::zero()
        }));
    }
    // BigInt's >> rounds towards negative infinity, as Python's does.
    Some(int_const(v >> shift))
}

fn bitwise(
    left: &Constant,
    right: &Constant,
    ints: impl Fn(BigInt, BigInt) -> BigInt,
    bools: impl Fn(bool, bool) -> bool,
) -> Option<Constant> {
    if let (Constant::Bool(a), Constant::Bool(b)) = (left, right) {
        return Some(Constant::Bool(bools(*a, *b)));
    }
    let a = as_int(left)?;
    let b = as_int(right)?;
    Some(int_const(ints(a, b)))
}

/// `PyObject_GetItem` on a constant container.
fn subscript(left: &Constant, right: &Constant) -> Option<Constant> {
    match right {
        Constant::Slice(parts) => {
            let len = match left {
                Constant::Str(s) => s.char_len(),
                Constant::Bytes(b) => b.len(),
                Constant::Tuple(t) => t.len(),
                _ => return None,
            };
            let (start, step, count) = slice_indices(parts, len)?;
            let picks = (0..count).map(|k| (start + k as i64 * step) as usize);
            match left {
                Constant::Str(s) => {
                    let cps: Vec<u32> = s.code_points().collect();
                    let mut out = PyStrBuf::new();
                    for i in picks {
                        out.push_code_point(*cps.get(i)?).ok()?;
                    }
                    Some(Constant::Str(out.finish()))
                }
                Constant::Bytes(b) => Some(Constant::Bytes(
                    picks
                        .map(|i| b.get(i).copied())
                        .collect::<Option<Vec<u8>>>()?
                        .into(),
                )),
                Constant::Tuple(t) => Some(Constant::Tuple(
                    picks
                        .map(|i| t.get(i).cloned())
                        .collect::<Option<Vec<Constant>>>()?
                        .into(),
                )),
                _ => None,
            }
        }
        _ => {
            let index = as_int(right)?;
            let len = match left {
                Constant::Str(s) => s.char_len(),
                Constant::Bytes(b) => b.len(),
                Constant::Tuple(t) => t.len(),
                _ => return None,
            };
            let mut i = index.to_i64()?;
            if i < 0 {
                i += len as i64;
            }
            if i < 0 || i >= len as i64 {
                return None;
            }
            let i = i as usize;
            match left {
                Constant::Str(s) => {
                    let cp = s.code_points().nth(i)?;
                    let mut out = PyStrBuf::new();
                    out.push_code_point(cp).ok()?;
                    Some(Constant::Str(out.finish()))
                }
                Constant::Bytes(b) => Some(Constant::Int(PyInt::Small(*b.get(i)? as i64))),
                Constant::Tuple(t) => t.get(i).cloned(),
                _ => None,
            }
        }
    }
}

/// `PySlice_Unpack` + `PySlice_AdjustIndices`: (start, step, length) of a
/// slice over a sequence of `len` items.
fn slice_indices(parts: &[Constant; 3], len: usize) -> Option<(i64, i64, usize)> {
    // Each part is None or an int; bigger values clamp as CPython's do.
    let clamp = |c: &Constant| -> Option<Option<i64>> {
        match c {
            Constant::None => Some(None),
            _ => {
                let v = as_int(c)?;
                Some(Some(v.to_i64().unwrap_or(if v.sign() == Sign::Minus {
                    i64::MIN + 1
                } else {
                    i64::MAX
                })))
            }
        }
    };
    let step = clamp(&parts[2])?.unwrap_or(1);
    if step == 0 {
        return None;
    }
    let len = len as i64;
    let (lower_default, upper_default) = if step < 0 { (len - 1, -1) } else { (0, len) };
    let adjust = |v: Option<i64>, default: i64| -> i64 {
        match v {
            None => default,
            Some(mut v) => {
                if v < 0 {
                    v += len;
                    if v < 0 {
                        v = if step < 0 { -1 } else { 0 };
                    }
                } else if v >= len {
                    v = if step < 0 { len - 1 } else { len };
                }
                v
            }
        }
    };
    let start = adjust(clamp(&parts[0])?, lower_default);
    let stop = adjust(clamp(&parts[1])?, upper_default);
    let count = if step < 0 {
        if stop < start {
            (start - stop - 1) / (-step) + 1
        } else {
            0
        }
    } else if start < stop {
        (stop - start - 1) / step + 1
    } else {
        0
    };
    Some((start, step, count as usize))
}

/// Evaluates a unary operator on a constant: `UNARY_NEGATIVE`,
/// `UNARY_INVERT`, `UNARY_NOT`, or `CALL_INTRINSIC_1 INTRINSIC_UNARY_POSITIVE`
/// (`positive`).
///
/// CPython: Python/flowgraph.c `eval_const_unaryop`.
pub fn eval_unaryop(operand: &Constant, opcode: u16, positive: bool) -> Option<Constant> {
    use crate::opcode::op;
    match opcode {
        op::UNARY_NOT => Some(Constant::Bool(!is_true(operand))),
        op::UNARY_NEGATIVE => match operand {
            Constant::Int(_) | Constant::Bool(_) => Some(int_const(-as_int(operand)?)),
            Constant::Float(f) => Some(Constant::Float(-f)),
            Constant::Complex { real, imag } => Some(Constant::Complex {
                real: -real,
                imag: -imag,
            }),
            _ => None,
        },
        // `~True` is deprecated (it warns at run time), so it is not folded.
        op::UNARY_INVERT => match operand {
            Constant::Int(_) => Some(int_const(!as_int(operand)?)),
            _ => None,
        },
        op::CALL_INTRINSIC_1 if positive => match operand {
            Constant::Int(_) | Constant::Bool(_) => Some(int_const(as_int(operand)?)),
            Constant::Float(_) | Constant::Complex { .. } => Some(operand.clone()),
            _ => None,
        },
        _ => None,
    }
}

/// Python's `==` between constants, for building a frozenset.
fn py_eq(a: &Constant, b: &Constant) -> bool {
    use Constant as C;
    match (a, b) {
        (C::None, C::None) | (C::Ellipsis, C::Ellipsis) => true,
        (C::Str(x), C::Str(y)) => x == y,
        (C::Bytes(x), C::Bytes(y)) => x == y,
        (C::Tuple(x), C::Tuple(y)) => {
            x.len() == y.len() && x.iter().zip(y.iter()).all(|(p, q)| py_eq(p, q))
        }
        (C::FrozenSet(x), C::FrozenSet(y)) => {
            x.len() == y.len() && x.iter().all(|p| y.iter().any(|q| py_eq(p, q)))
        }
        (C::Code(x), C::Code(y)) => std::sync::Arc::ptr_eq(x, y),
        (C::Slice(x), C::Slice(y)) => x.iter().zip(y.iter()).all(|(p, q)| py_eq(p, q)),
        _ => num_eq(a, b),
    }
}

/// Numeric equality across bool, int, float and complex.
fn num_eq(a: &Constant, b: &Constant) -> bool {
    let as_complex = |c: &Constant| -> Option<(Option<BigInt>, f64, f64)> {
        match c {
            Constant::Bool(_) | Constant::Int(_) => Some((as_int(c), f64::NAN, 0.0)),
            Constant::Float(f) => Some((None, *f, 0.0)),
            Constant::Complex { real, imag } => Some((None, *real, *imag)),
            _ => None,
        }
    };
    let (Some((ia, ra, ja)), Some((ib, rb, jb))) = (as_complex(a), as_complex(b)) else {
        return false;
    };
    match (ia, ib) {
        (Some(x), Some(y)) => x == y,
        (Some(x), None) => jb == 0.0 && int_eq_float(&x, rb),
        (None, Some(y)) => ja == 0.0 && int_eq_float(&y, ra),
        (None, None) => ra == rb && ja == jb,
    }
}

fn int_eq_float(i: &BigInt, f: f64) -> bool {
    if !f.is_finite() || f.fract() != 0.0 {
        return false;
    }
    // An integral double converts exactly.
    let mut bits_value = BigInt::zero();
    let (m, e) = decompose(f);
    if e >= 0 {
        bits_value += BigInt::from(m) << (e as u64);
    } else {
        bits_value += BigInt::from(m) >> ((-e) as u64);
    }
    *i == bits_value
}

/// `f` as `m * 2^e` with integer `m`.
fn decompose(f: f64) -> (i64, i64) {
    let bits = f.to_bits();
    let sign = if bits >> 63 == 0 { 1 } else { -1 };
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = (bits & 0xf_ffff_ffff_ffff) as i64;
    if exp == 0 {
        (sign * frac, -1074)
    } else {
        (sign * (frac | (1 << 52)), exp - 1075)
    }
}

/// `PyFrozenSet_New(tuple)`: the distinct items in first-seen order.
pub fn frozenset_of(items: Vec<Constant>) -> Constant {
    let mut out: Vec<Constant> = Vec::with_capacity(items.len());
    for item in items {
        if !out.iter().any(|seen| py_eq(seen, &item)) {
            out.push(item);
        }
    }
    Constant::FrozenSet(out.into_boxed_slice())
}

/// Whether `c` is an exact `int` in `0..=255` (`_PY_IS_SMALL_INT`), the
/// range `LOAD_SMALL_INT` loads.
pub fn small_int(c: &Constant) -> Option<i32> {
    match c {
        Constant::Int(PyInt::Small(v)) if (0..256).contains(v) => Some(*v as i32),
        _ => None,
    }
}
