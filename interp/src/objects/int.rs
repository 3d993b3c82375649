//! `int`: inline small ints, heap big ints, and the int type's number slots.
//!
//! CPython: Objects/longobject.c.
//!
//! An exact int in `SMALL_INT_MIN..=SMALL_INT_MAX` is always an inline
//! [`Value`]; a heap `int` object of the exact type holds a value outside
//! that range (so the representation of a value is canonical). `bool` and int
//! subclasses are heap objects holding any value.

use std::cell::Cell;
use std::cmp::Ordering;

use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use super::hash;
use super::str::{Str, new_string};
use super::type_::{CompareOp, GetSetDef, MethodDef, MethodFn, Slots, TypeDef, TypeObject, tpflags};
use super::value::{LayoutId, ObjectLayout, Payload, PyRef, Value, alloc};
use crate::builtin_type;
use crate::objects::baseobject::{OBJECT_SLOTS, OBJECT_TYPE};
use crate::objects::{bool_, float, none};
use crate::vm::{FuncArgs, PyResult, Vm};

/// The payload of heap ints.
pub struct Int {
    value: IntRepr,
}

enum IntRepr {
    Small(i64),
    Big(BigInt),
}

// SAFETY: Int is the only payload with LayoutId::Int.
unsafe impl Payload for Int {
    const LAYOUT: LayoutId = LayoutId::Int;
}

impl Int {
    /// A small value (for statics: `True`, `False`).
    pub const fn small(v: i64) -> Int {
        Int {
            value: IntRepr::Small(v),
        }
    }

    pub fn big(v: BigInt) -> Int {
        match v.to_i64() {
            Some(s) => Int {
                value: IntRepr::Small(s),
            },
            None => Int {
                value: IntRepr::Big(v),
            },
        }
    }

    pub fn view(&self) -> IntView<'_> {
        match &self.value {
            IntRepr::Small(v) => IntView::Small(*v),
            IntRepr::Big(b) => IntView::Big(b),
        }
    }
}

/// An int's value, borrowed.
#[derive(Clone, Copy)]
pub enum IntView<'a> {
    Small(i64),
    Big(&'a BigInt),
}

impl IntView<'_> {
    pub fn to_bigint(&self) -> BigInt {
        match self {
            IntView::Small(v) => BigInt::from(*v),
            IntView::Big(b) => (*b).clone(),
        }
    }

    pub fn to_i64(&self) -> Option<i64> {
        match self {
            IntView::Small(v) => Some(*v),
            IntView::Big(b) => b.to_i64(),
        }
    }

    pub fn is_zero(&self) -> bool {
        match self {
            IntView::Small(v) => *v == 0,
            IntView::Big(b) => b.is_zero(),
        }
    }

    pub fn is_negative(&self) -> bool {
        match self {
            IntView::Small(v) => *v < 0,
            IntView::Big(b) => b.is_negative(),
        }
    }

    pub fn hash(&self) -> i64 {
        match self {
            IntView::Small(v) => hash::hash_i64(*v),
            IntView::Big(b) => hash::hash_bigint(b),
        }
    }

    pub fn cmp(&self, other: &IntView<'_>) -> Ordering {
        match (self, other) {
            (IntView::Small(a), IntView::Small(b)) => a.cmp(b),
            _ => self.to_bigint().cmp(&other.to_bigint()),
        }
    }

    /// `float(int)` with CPython's OverflowError.
    pub fn to_f64(&self, vm: &Vm) -> PyResult<f64> {
        match self {
            IntView::Small(v) => Ok(*v as f64),
            IntView::Big(b) => big_to_f64(vm, b),
        }
    }
}

pub fn big_to_f64(vm: &Vm, b: &BigInt) -> PyResult<f64> {
    match b.to_f64() {
        Some(f) if f.is_finite() => Ok(f),
        _ => Err(vm.overflow_error("int too large to convert to float")),
    }
}

/// The value of an int or int subclass, or `None` for other objects.
#[inline]
pub fn as_int(v: &Value) -> Option<IntView<'_>> {
    if let Some(i) = v.as_small_int() {
        return Some(IntView::Small(i));
    }
    v.downcast_ref::<Int>().map(|i| i.view())
}

/// Whether `v` is an int or a subclass (`PyLong_Check`).
#[inline]
pub fn is_int(v: &Value) -> bool {
    v.is_small_int() || v.downcast_ref::<Int>().is_some()
}

/// Whether `v` is exactly an int (`PyLong_CheckExact`): never bool.
#[inline]
pub fn is_exact_int(v: &Value) -> bool {
    v.is_small_int() || v.is_type(INT_TYPE.get())
}

/// An int value from an `i64`.
#[inline]
pub fn new_int(v: i64) -> Value {
    match Value::small_int(v) {
        Some(s) => s,
        None => alloc_big(BigInt::from(v)),
    }
}

/// An int value from a big integer (inline when it fits).
pub fn new_bigint(v: BigInt) -> Value {
    if let Some(s) = v.to_i64() {
        if let Some(val) = Value::small_int(s) {
            return val;
        }
    }
    alloc_big(v)
}

fn alloc_big(v: BigInt) -> Value {
    let payload = Int {
        value: IntRepr::Big(v),
    };
    match alloc(INT_TYPE.get(), payload) {
        Some(r) => r.into_value(),
        None => std::alloc::handle_alloc_error(std::alloc::Layout::new::<Int>()),
    }
}

/// An instance of an int subclass holding `v`.
pub fn new_int_of_type(vm: &Vm, ty: &TypeObject, v: BigInt) -> PyResult {
    if std::ptr::eq(ty, INT_TYPE.get()) {
        return Ok(new_bigint(v));
    }
    let r: PyRef<Int> = alloc(ty, Int::big(v)).ok_or_else(|| vm.memory_error())?;
    let val = r.into_value();
    if ty.object_layout().gc {
        crate::gc::track(vm, &val);
    }
    Ok(val)
}

/// The int value of an index (`operator.index`), as `i64` if it fits.
pub fn index_i64(vm: &Vm, v: &Value) -> PyResult<Option<i64>> {
    let idx = vm.index(v)?;
    Ok(as_int(&idx).and_then(|i| i.to_i64()))
}

// ---------------------------------------------------------------------------
// Decimal conversion with CPython's digit limit.

/// `sys.int_info.default_max_str_digits`.
pub const DEFAULT_MAX_STR_DIGITS: usize = 4300;
/// Below this many bits a conversion can never exceed the limit.
const MAX_STR_DIGITS_THRESHOLD: usize = 640;

/// `str(int)` (CPython `long_to_decimal_string`), enforcing
/// `sys.get_int_max_str_digits()`.
pub fn int_to_decimal(vm: &Vm, v: IntView<'_>) -> PyResult<String> {
    match v {
        IntView::Small(i) => Ok(i.to_string()),
        IntView::Big(b) => {
            let limit = vm.state().int_max_str_digits.get();
            if limit > 0 {
                // CPython rejects by a bit-length estimate before converting.
                let bits = b.bits() as usize;
                if bits >= MAX_STR_DIGITS_THRESHOLD {
                    // log10(2) bound: digits >= bits * 0.30103
                    let min_digits = ((bits - 1) as f64 * std::f64::consts::LOG10_2) as usize + 1;
                    if min_digits > limit + 1 || (min_digits > limit && b.abs().to_string().len() > limit) {
                        return Err(vm.value_error(format!(
                            "Exceeds the limit ({limit} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
                        )));
                    }
                }
            }
            let s = b.to_string();
            if limit > 0 {
                let digits = s.len() - usize::from(s.starts_with('-'));
                if digits > limit {
                    return Err(vm.value_error(format!(
                        "Exceeds the limit ({limit} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
                    )));
                }
            }
            Ok(s)
        }
    }
}

fn int_repr(vm: &Vm, v: &Value) -> PyResult {
    let i = as_int(v).ok_or_else(|| vm.internal_error("int repr of non-int"))?;
    Ok(new_string(int_to_decimal(vm, i)?).into_value())
}

fn int_hash(_vm: &Vm, v: &Value) -> PyResult<i64> {
    Ok(as_int(v).map(|i| i.hash()).unwrap_or(0))
}

fn int_bool(_vm: &Vm, v: &Value) -> PyResult<bool> {
    Ok(as_int(v).is_some_and(|i| !i.is_zero()))
}

fn int_richcompare(_vm: &Vm, v: &Value, w: &Value, op: CompareOp) -> PyResult {
    match (as_int(v), as_int(w)) {
        (Some(a), Some(b)) => Ok(bool_::new_bool(op.test(a.cmp(&b)))),
        _ => Ok(none::not_implemented()),
    }
}

/// Applies `small` to two inline-range operands (the result in i128 to see
/// overflow), else `big` to their big-int values; NotImplemented when either
/// operand is not an int.
#[inline]
fn binop(
    v: &Value,
    w: &Value,
    small: impl FnOnce(i64, i64) -> Option<i64>,
    big: impl FnOnce(BigInt, BigInt) -> BigInt,
) -> Value {
    match (as_int(v), as_int(w)) {
        (Some(IntView::Small(a)), Some(IntView::Small(b))) => match small(a, b) {
            Some(r) => new_int(r),
            None => new_bigint(big(BigInt::from(a), BigInt::from(b))),
        },
        (Some(a), Some(b)) => new_bigint(big(a.to_bigint(), b.to_bigint())),
        _ => none::not_implemented(),
    }
}

pub fn int_add(_vm: &Vm, v: &Value, w: &Value) -> PyResult {
    Ok(binop(v, w, |a, b| a.checked_add(b), |a, b| a + b))
}

pub fn int_sub(_vm: &Vm, v: &Value, w: &Value) -> PyResult {
    Ok(binop(v, w, |a, b| a.checked_sub(b), |a, b| a - b))
}

pub fn int_mul(_vm: &Vm, v: &Value, w: &Value) -> PyResult {
    Ok(binop(v, w, |a, b| a.checked_mul(b), |a, b| a * b))
}

pub fn int_floordiv(vm: &Vm, v: &Value, w: &Value) -> PyResult {
    let (Some(a), Some(b)) = (as_int(v), as_int(w)) else {
        return Ok(none::not_implemented());
    };
    if b.is_zero() {
        return Err(vm.zero_division_error("division by zero"));
    }
    if let (IntView::Small(a), IntView::Small(b)) = (a, b) {
        // Inline ints are 62-bit, so MIN / -1 cannot overflow an i64.
        return Ok(new_int(Integer::div_floor(&a, &b)));
    }
    Ok(new_bigint(a.to_bigint().div_floor(&b.to_bigint())))
}

pub fn int_mod(vm: &Vm, v: &Value, w: &Value) -> PyResult {
    let (Some(a), Some(b)) = (as_int(v), as_int(w)) else {
        return Ok(none::not_implemented());
    };
    if b.is_zero() {
        return Err(vm.zero_division_error("division by zero"));
    }
    if let (IntView::Small(a), IntView::Small(b)) = (a, b) {
        return Ok(new_int(Integer::mod_floor(&a, &b)));
    }
    Ok(new_bigint(a.to_bigint().mod_floor(&b.to_bigint())))
}

fn int_divmod(vm: &Vm, v: &Value, w: &Value) -> PyResult {
    let (Some(a), Some(b)) = (as_int(v), as_int(w)) else {
        return Ok(none::not_implemented());
    };
    if b.is_zero() {
        return Err(vm.zero_division_error("division by zero"));
    }
    let (q, r) = a.to_bigint().div_mod_floor(&b.to_bigint());
    Ok(super::tuple::pair(new_bigint(q), new_bigint(r)).into_value())
}

pub fn int_truediv(vm: &Vm, v: &Value, w: &Value) -> PyResult {
    let (Some(a), Some(b)) = (as_int(v), as_int(w)) else {
        return Ok(none::not_implemented());
    };
    if b.is_zero() {
        return Err(vm.zero_division_error("division by zero"));
    }
    Ok(float::new_float(true_divide(vm, a, b)?))
}

/// `a / b` for ints, correctly rounded (CPython `long_true_divide`).
pub fn true_divide(vm: &Vm, a: IntView<'_>, b: IntView<'_>) -> PyResult<f64> {
    const EXACT: i64 = 1 << 53;
    if let (IntView::Small(x), IntView::Small(y)) = (a, b) {
        if x.abs() <= EXACT && y.abs() <= EXACT {
            return Ok(x as f64 / y as f64);
        }
    }
    let x = a.to_bigint();
    let y = b.to_bigint();
    let negative = (x.sign() == Sign::Minus) != (y.sign() == Sign::Minus);
    let x = x.abs();
    let y = y.abs();
    if x.is_zero() {
        return Ok(if negative { -0.0 } else { 0.0 });
    }
    // Scale so the quotient has 55 significant bits, then round half-even
    // with a sticky bit for the remainder.
    let shift: i64 = x.bits() as i64 - y.bits() as i64 - 55;
    let (num, den) = if shift >= 0 {
        (x.clone(), &y << (shift as usize))
    } else {
        (&x << ((-shift) as usize), y.clone())
    };
    let (q, r) = num.div_rem(&den);
    let mut q = q.to_u64().unwrap_or(u64::MAX);
    if !r.is_zero() {
        q |= 1;
    }
    // q has 55 or 56 bits with a sticky low bit, so converting it to f64
    // rounds half-even at 53 bits exactly once; scaling by a power of two is
    // exact unless the result is subnormal.
    let value = ldexp(q as f64, shift);
    if value.is_infinite() {
        return Err(vm.overflow_error("integer division result too large for a float"));
    }
    Ok(if negative { -value } else { value })
}

/// `x * 2**exp` with correct rounding at subnormals.
fn ldexp(x: f64, exp: i64) -> f64 {
    if exp > 2000 {
        return f64::INFINITY;
    }
    if exp < -2200 {
        return 0.0;
    }
    let mut x = x;
    let mut e = exp;
    while e > 1000 {
        x *= 2f64.powi(1000);
        e -= 1000;
    }
    while e < -1000 {
        x *= 2f64.powi(-1000);
        e += 1000;
    }
    x * 2f64.powi(e as i32)
}

fn int_neg(_vm: &Vm, v: &Value) -> PyResult {
    Ok(match as_int(v) {
        Some(IntView::Small(a)) => match a.checked_neg() {
            Some(r) => new_int(r),
            None => new_bigint(-BigInt::from(a)),
        },
        Some(IntView::Big(b)) => new_bigint(-b),
        None => none::not_implemented(),
    })
}

fn int_pos(_vm: &Vm, v: &Value) -> PyResult {
    Ok(match as_int(v) {
        Some(i) if is_exact_int(v) => {
            let _ = i;
            v.clone()
        }
        Some(i) => new_bigint(i.to_bigint()),
        None => none::not_implemented(),
    })
}

fn int_abs(_vm: &Vm, v: &Value) -> PyResult {
    Ok(match as_int(v) {
        Some(IntView::Small(a)) => match a.checked_abs() {
            Some(r) => new_int(r),
            None => new_bigint(BigInt::from(a).abs()),
        },
        Some(IntView::Big(b)) => new_bigint(b.abs()),
        None => none::not_implemented(),
    })
}

fn int_invert(_vm: &Vm, v: &Value) -> PyResult {
    Ok(match as_int(v) {
        Some(IntView::Small(a)) => new_int(!a),
        Some(IntView::Big(b)) => new_bigint(-(b + BigInt::from(1))),
        None => none::not_implemented(),
    })
}

/// The largest shift CPython accepts before "too many digits in integer".
const MAX_SHIFT_BITS: u64 = 1 << 40;

fn int_lshift(vm: &Vm, v: &Value, w: &Value) -> PyResult {
    let (Some(a), Some(b)) = (as_int(v), as_int(w)) else {
        return Ok(none::not_implemented());
    };
    if b.is_negative() {
        return Err(vm.value_error("negative shift count"));
    }
    if a.is_zero() {
        return Ok(new_int(0));
    }
    let n = match b.to_i64() {
        Some(n) if (n as u64) < MAX_SHIFT_BITS => n as u64,
        _ => return Err(vm.overflow_error("too many digits in integer")),
    };
    if let IntView::Small(x) = a {
        if n < 62 {
            let r = (x as i128) << n;
            if let Ok(r) = i64::try_from(r) {
                return Ok(new_int(r));
            }
        }
    }
    vm.check_big_alloc(n / 8)?;
    Ok(new_bigint(a.to_bigint() << (n as usize)))
}

fn int_rshift(vm: &Vm, v: &Value, w: &Value) -> PyResult {
    let (Some(a), Some(b)) = (as_int(v), as_int(w)) else {
        return Ok(none::not_implemented());
    };
    if b.is_negative() {
        return Err(vm.value_error("negative shift count"));
    }
    let n = match b.to_i64() {
        Some(n) => n as u64,
        None => return Ok(new_int(if a.is_negative() { -1 } else { 0 })),
    };
    Ok(match a {
        IntView::Small(x) => new_int(if n >= 64 { if x < 0 { -1 } else { 0 } } else { x >> n }),
        IntView::Big(b) => new_bigint(b >> (n.min(usize::MAX as u64) as usize)),
    })
}

fn bitop(v: &Value, w: &Value, small: fn(i64, i64) -> i64, big: fn(&BigInt, &BigInt) -> BigInt) -> PyResult {
    Ok(match (as_int(v), as_int(w)) {
        (Some(IntView::Small(a)), Some(IntView::Small(b))) => new_int(small(a, b)),
        (Some(a), Some(b)) => new_bigint(big(&a.to_bigint(), &b.to_bigint())),
        _ => none::not_implemented(),
    })
}

fn int_and(_vm: &Vm, v: &Value, w: &Value) -> PyResult {
    bitop(v, w, |a, b| a & b, |a, b| a & b)
}

fn int_or(_vm: &Vm, v: &Value, w: &Value) -> PyResult {
    bitop(v, w, |a, b| a | b, |a, b| a | b)
}

fn int_xor(_vm: &Vm, v: &Value, w: &Value) -> PyResult {
    bitop(v, w, |a, b| a ^ b, |a, b| a ^ b)
}

/// `pow(v, w[, z])` for ints (CPython `long_pow`).
fn int_pow(vm: &Vm, v: &Value, w: &Value, z: &Value) -> PyResult {
    let (Some(a), Some(b)) = (as_int(v), as_int(w)) else {
        return Ok(none::not_implemented());
    };
    if !none::is_none(z) {
        let Some(m) = as_int(z) else {
            return Ok(none::not_implemented());
        };
        return int_pow_mod(vm, a, b, m);
    }
    if b.is_negative() {
        // A float result, through float pow.
        let x = a.to_f64(vm)?;
        let y = b.to_f64(vm)?;
        return float::float_pow_values(vm, x, y);
    }
    let e = match b.to_i64() {
        Some(e) => e as u64,
        None => {
            // Only 0, 1 and -1 survive a huge exponent.
            return match a.to_i64() {
                Some(0) => Ok(new_int(0)),
                Some(1) => Ok(new_int(1)),
                Some(-1) => Ok(new_int(if b.to_bigint().is_even() { 1 } else { -1 })),
                _ => Err(vm.memory_error()),
            };
        }
    };
    if let IntView::Small(x) = a {
        if let Ok(e32) = u32::try_from(e) {
            if let Some(r) = x.checked_pow(e32) {
                return Ok(new_int(r));
            }
        }
    }
    // Refuse results known to be huge before allocating (the memory limit).
    let base_bits = match a {
        IntView::Small(x) => 64 - x.unsigned_abs().leading_zeros() as u64,
        IntView::Big(b) => b.bits(),
    };
    if base_bits > 1 {
        vm.check_big_alloc(base_bits.saturating_sub(1).saturating_mul(e) / 8)?;
    }
    Ok(new_bigint(num_traits::pow::Pow::pow(a.to_bigint(), e)))
}

fn int_pow_mod(vm: &Vm, a: IntView<'_>, b: IntView<'_>, m: IntView<'_>) -> PyResult {
    if m.is_zero() {
        return Err(vm.value_error("pow() 3rd argument cannot be 0"));
    }
    let m_big = m.to_bigint();
    let neg_mod = m_big.is_negative();
    let modulus = m_big.abs();
    let mut base = a.to_bigint().mod_floor(&modulus);
    let mut exp = b.to_bigint();
    if exp.is_negative() {
        base = match mod_inverse(&base, &modulus) {
            Some(inv) => inv,
            None => return Err(vm.value_error("base is not invertible for the given modulus")),
        };
        exp = -exp;
    }
    let mut r = base.modpow(&exp, &modulus);
    if neg_mod && !r.is_zero() {
        r -= &modulus;
    }
    Ok(new_bigint(r))
}

fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    let e = a.extended_gcd(m);
    if !e.gcd.is_one() {
        return None;
    }
    Some(e.x.mod_floor(m))
}

fn int_int(_vm: &Vm, v: &Value) -> PyResult {
    Ok(match as_int(v) {
        Some(_) if is_exact_int(v) => v.clone(),
        Some(i) => new_bigint(i.to_bigint()),
        None => none::not_implemented(),
    })
}

fn int_float(vm: &Vm, v: &Value) -> PyResult {
    match as_int(v) {
        Some(i) => Ok(float::new_float(i.to_f64(vm)?)),
        None => Ok(none::not_implemented()),
    }
}

// ---------------------------------------------------------------------------
// int() construction and parsing.

/// `int(x=0, base=10)` (CPython `long_new_impl`).
fn int_new(vm: &Vm, ty: &TypeObject, args: FuncArgs<'_>) -> PyResult {
    let parsed = crate::vm::call::parse_args(vm, "int", args, &["", "base"], 0, 2)?;
    let x = parsed[0].clone();
    let base = parsed[1].clone();
    let value = match (x, base) {
        (None, None) => BigInt::zero(),
        (None, Some(_)) => return Err(vm.type_error("int() missing string argument")),
        (Some(x), None) => return int_from_object(vm, ty, &x),
        (Some(x), Some(b)) => {
            let base = match as_int(&b) {
                Some(b) => b.to_i64().unwrap_or(-1),
                None => {
                    let i = vm.index(&b)?;
                    as_int(&i).and_then(|i| i.to_i64()).unwrap_or(-1)
                }
            };
            if base != 0 && !(2..=36).contains(&base) {
                return Err(vm.value_error("int() base must be >= 2 and <= 36, or 0"));
            }
            let text = string_for_int(vm, &x)
                .ok_or_else(|| vm.type_error("int() can't convert non-string with explicit base"))?;
            parse_int_literal(vm, &text, base as u32)?
        }
    };
    new_int_of_type(vm, ty, value)
}

/// The text of a str, bytes or bytearray argument to `int()`.
fn string_for_int(vm: &Vm, x: &Value) -> Option<IntText> {
    let _ = vm;
    if let Some(s) = x.downcast_ref::<Str>() {
        return Some(IntText::Str(s.to_ref()));
    }
    if let Some(b) = x.downcast_ref::<super::bytes::Bytes>() {
        return Some(IntText::Bytes(b.as_bytes().to_vec()));
    }
    if let Some(b) = x.downcast_ref::<super::bytes::ByteArray>() {
        return Some(IntText::Bytes(b.to_vec()));
    }
    None
}

enum IntText {
    Str(PyRef<Str>),
    Bytes(Vec<u8>),
}

fn int_from_object(vm: &Vm, ty: &TypeObject, x: &Value) -> PyResult {
    if let Some(i) = as_int(x) {
        if std::ptr::eq(ty, INT_TYPE.get()) && is_exact_int(x) {
            return Ok(x.clone());
        }
        return new_int_of_type(vm, ty, i.to_bigint());
    }
    if let Some(text) = string_for_int(vm, x) {
        let v = parse_int_literal(vm, &text, 10)?;
        return new_int_of_type(vm, ty, v);
    }
    // __int__, then __index__, then __trunc__ is gone in 3.14.
    if let Some(r) = vm.call_special(x, "__int__", &[])? {
        let i = as_int(&r).ok_or_else(|| {
            vm.type_error(format!(
                "__int__ returned non-int (type {})",
                r.ty().tp_name()
            ))
        })?;
        return new_int_of_type(vm, ty, i.to_bigint());
    }
    if let Some(r) = vm.call_special(x, "__index__", &[])? {
        let i = as_int(&r).ok_or_else(|| {
            vm.type_error(format!(
                "__index__ returned non-int (type {})",
                r.ty().tp_name()
            ))
        })?;
        return new_int_of_type(vm, ty, i.to_bigint());
    }
    if let Some(f) = x.downcast_ref::<float::Float>() {
        return new_int_of_type(vm, ty, float::float_to_bigint(vm, f.value())?);
    }
    Err(vm.type_error(format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{}'",
        x.ty().tp_name()
    )))
}

/// Parses an int literal as `int(text, base)` does (CPython
/// `PyLong_FromUnicodeObject`): surrounding whitespace, a sign, underscores
/// between digits, a `0x`/`0o`/`0b` prefix when the base allows.
fn parse_int_literal(vm: &Vm, text: &IntText, base: u32) -> PyResult<BigInt> {
    let (chars, shown): (Vec<u32>, Value) = match text {
        IntText::Str(s) => (s.code_points().collect(), s.as_value().clone()),
        IntText::Bytes(b) => (
            b.iter().map(|&c| c as u32).collect(),
            super::bytes::new_bytes(b.clone()).into_value(),
        ),
    };
    let invalid = || -> crate::errors::PyErr {
        let r = vm
            .repr(&shown)
            .map(|r| r.to_string_lossy())
            .unwrap_or_default();
        let r = if r.chars().count() > 200 { r.chars().take(200).collect() } else { r };
        vm.value_error(format!(
            "invalid literal for int() with base {base}: {r}"
        ))
    };
    // Unicode digits and spaces: map to ASCII first.
    let mut s: Vec<u8> = Vec::with_capacity(chars.len());
    for &c in &chars {
        if let Some(ch) = char::from_u32(c) {
            if ch.is_ascii() {
                s.push(ch as u8);
            } else if ch.is_whitespace() {
                s.push(b' ');
            } else if let Some(d) = crate::objects::str_type::unicode_decimal(c) {
                s.push(b'0' + d as u8);
            } else {
                return Err(invalid());
            }
        } else {
            return Err(invalid());
        }
    }
    let t = s.trim_ascii();
    let (neg, mut body) = match t.first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let mut base = base;
    let lower = |i: usize| body.get(i).map(|c| c.to_ascii_lowercase());
    if body.len() >= 2 && body[0] == b'0' {
        let p = lower(1);
        let prefixed = match p {
            Some(b'x') if base == 16 || base == 0 => Some(16),
            Some(b'o') if base == 8 || base == 0 => Some(8),
            Some(b'b') if base == 2 || base == 0 => Some(2),
            _ => None,
        };
        if let Some(b) = prefixed {
            base = b;
            body = &body[2..];
            // An underscore may follow the prefix.
            if body.first() == Some(&b'_') {
                body = &body[1..];
            }
        }
    }
    if base == 0 {
        // No prefix: decimal, and a leading zero forbids other digits.
        base = 10;
        if body.len() > 1 && body[0] == b'0' && body.iter().any(|&c| c != b'0' && c != b'_') {
            return Err(invalid());
        }
    }
    if body.is_empty() || body[0] == b'_' || body[body.len() - 1] == b'_' {
        return Err(invalid());
    }
    let mut digits = Vec::with_capacity(body.len());
    let mut prev_underscore = false;
    for &c in body {
        if c == b'_' {
            if prev_underscore {
                return Err(invalid());
            }
            prev_underscore = true;
            continue;
        }
        prev_underscore = false;
        let d = match c {
            b'0'..=b'9' => (c - b'0') as u32,
            b'a'..=b'z' => (c - b'a') as u32 + 10,
            b'A'..=b'Z' => (c - b'A') as u32 + 10,
            _ => return Err(invalid()),
        };
        if d >= base {
            return Err(invalid());
        }
        digits.push(d as u8);
    }
    let limit = vm.state().int_max_str_digits.get();
    if limit > 0 && base & (base - 1) != 0 && digits.len() > limit {
        return Err(vm.value_error(format!(
            "Exceeds the limit ({limit} digits) for integer string conversion: value has {} digits; use sys.set_int_max_str_digits() to increase the limit",
            digits.len()
        )));
    }
    let v = BigInt::from_radix_be(Sign::Plus, &digits, base).ok_or_else(invalid)?;
    Ok(if neg { -v } else { v })
}

// ---------------------------------------------------------------------------
// Methods.

fn int_bit_length(_vm: &Vm, v: &Value) -> PyResult {
    Ok(new_int(match as_int(v) {
        Some(IntView::Small(a)) => 64 - a.unsigned_abs().leading_zeros() as i64,
        Some(IntView::Big(b)) => b.bits() as i64,
        None => 0,
    }))
}

fn int_bit_count(_vm: &Vm, v: &Value) -> PyResult {
    Ok(new_int(match as_int(v) {
        Some(IntView::Small(a)) => a.unsigned_abs().count_ones() as i64,
        Some(IntView::Big(b)) => b.magnitude().count_ones() as i64,
        None => 0,
    }))
}

fn int_conjugate(vm: &Vm, v: &Value) -> PyResult {
    int_int(vm, v)
}

fn int_is_integer(_vm: &Vm, _v: &Value) -> PyResult {
    Ok(bool_::new_bool(true))
}

fn int_as_integer_ratio(vm: &Vm, v: &Value) -> PyResult {
    let n = int_int(vm, v)?;
    Ok(super::tuple::pair(n, new_int(1)).into_value())
}

fn int_index(vm: &Vm, v: &Value) -> PyResult {
    int_int(vm, v)
}

fn int_getnewargs(vm: &Vm, v: &Value) -> PyResult {
    let n = int_int(vm, v)?;
    Ok(super::tuple::new_tuple(vec![n]).into_value())
}

fn int_round(vm: &Vm, v: &Value, args: &[Value]) -> PyResult {
    crate::vm::call::check_arity(vm, "__round__", args.len(), 0, 1)?;
    let ndigits = args.first().filter(|a| !none::is_none(a));
    let Some(nd) = ndigits else {
        return int_int(vm, v);
    };
    let nd = vm.index(nd)?;
    let nd = as_int(&nd).map(|i| i.to_bigint()).unwrap_or_default();
    if !nd.is_negative() {
        return int_int(vm, v);
    }
    // Round to 10**(-nd), half to even (CPython `_PyLong_DivmodNear`).
    let x = as_int(v).map(|i| i.to_bigint()).unwrap_or_default();
    let e = (-nd).to_u64().unwrap_or(u64::MAX);
    if e > 100000 {
        return Ok(new_int(0));
    }
    let p: BigInt = num_traits::pow::Pow::pow(BigInt::from(10), e);
    let (q, r) = x.div_mod_floor(&p);
    let twice: BigInt = &r * 2;
    let q = match twice.cmp(&p) {
        Ordering::Greater => q + 1,
        Ordering::Equal if q.is_odd() => q + 1,
        _ => q,
    };
    Ok(new_bigint(q * p))
}

fn int_trunc(vm: &Vm, v: &Value) -> PyResult {
    int_int(vm, v)
}

fn int_sizeof(_vm: &Vm, v: &Value) -> PyResult {
    // CPython: 24 bytes of header plus 4 per 30-bit digit (at least one).
    let digits = match as_int(v) {
        Some(IntView::Small(0)) => 1,
        Some(IntView::Small(a)) => {
            let bits = 64 - a.unsigned_abs().leading_zeros() as u64;
            bits.div_ceil(30)
        }
        Some(IntView::Big(b)) => b.bits().div_ceil(30),
        None => 1,
    };
    Ok(new_int(24 + 4 * digits.max(1) as i64))
}

fn int_format(vm: &Vm, v: &Value, spec: &Value) -> PyResult {
    crate::objects::format::format_int(vm, v, spec)
}

/// `int.to_bytes(length=1, byteorder='big', *, signed=False)`.
fn int_to_bytes(vm: &Vm, v: &Value, args: FuncArgs<'_>) -> PyResult {
    let p = crate::vm::call::parse_args(vm, "to_bytes", args, &["length", "byteorder", "$signed"], 0, 2)?;
    let length = match &p[0] {
        Some(l) => index_i64(vm, l)?.ok_or_else(|| vm.overflow_error("Python int too large to convert to C ssize_t"))?,
        None => 1,
    };
    if length < 0 {
        return Err(vm.value_error("length argument must be non-negative"));
    }
    let little = match &p[1] {
        Some(b) => byteorder(vm, b)?,
        None => false,
    };
    let signed = match &p[2] {
        Some(s) => vm.is_true(s)?,
        None => false,
    };
    let x = as_int(v).map(|i| i.to_bigint()).unwrap_or_default();
    if !signed && x.is_negative() {
        return Err(vm.overflow_error("can't convert negative int to unsigned"));
    }
    let length = length as usize;
    let mut bytes = if signed { x.to_signed_bytes_le() } else { x.to_bytes_le().1 };
    // Trim/extend to length.
    let fill = if signed && x.is_negative() { 0xff } else { 0 };
    if bytes.len() > length {
        let extra_ok = bytes[length..].iter().all(|&b| b == fill)
            && (!signed || length == 0 || (bytes[length - 1] & 0x80 != 0) == (fill == 0xff));
        if !extra_ok || (length == 0 && !x.is_zero()) {
            return Err(vm.overflow_error("int too big to convert"));
        }
        bytes.truncate(length);
    }
    bytes.resize(length, fill);
    if !little {
        bytes.reverse();
    }
    Ok(super::bytes::new_bytes(bytes).into_value())
}

fn byteorder(vm: &Vm, b: &Value) -> PyResult<bool> {
    let s = b.downcast_ref::<Str>().ok_or_else(|| {
        vm.type_error(format!(
            "to_bytes() argument 'byteorder' must be str, not {}",
            b.ty().tp_name()
        ))
    })?;
    match s.as_str() {
        Some("little") => Ok(true),
        Some("big") => Ok(false),
        _ => Err(vm.value_error("byteorder must be either 'little' or 'big'")),
    }
}

/// `int.from_bytes(bytes, byteorder='big', *, signed=False)`.
fn int_from_bytes(vm: &Vm, cls: &TypeObject, args: FuncArgs<'_>) -> PyResult {
    let p = crate::vm::call::parse_args(vm, "from_bytes", args, &["bytes", "byteorder", "$signed"], 1, 2)?;
    let data = vm.bytes_from_object(p[0].as_ref().unwrap_or(&none::none()))?;
    let little = match &p[1] {
        Some(b) => byteorder(vm, b)?,
        None => false,
    };
    let signed = match &p[2] {
        Some(s) => vm.is_true(s)?,
        None => false,
    };
    let mut bytes = data;
    if !little {
        bytes.reverse();
    }
    let v = if signed {
        BigInt::from_signed_bytes_le(&bytes)
    } else {
        BigInt::from_bytes_le(Sign::Plus, &bytes)
    };
    let r = new_int_of_type(vm, INT_TYPE.get(), v)?;
    if std::ptr::eq(cls, INT_TYPE.get()) {
        Ok(r)
    } else {
        vm.call(&cls.to_value(), &[r])
    }
}

fn int_get_real(vm: &Vm, v: &Value) -> PyResult {
    int_int(vm, v)
}

fn int_get_imag(_vm: &Vm, _v: &Value) -> PyResult {
    Ok(new_int(0))
}

fn int_get_denominator(_vm: &Vm, _v: &Value) -> PyResult {
    Ok(new_int(1))
}

static INT_METHODS: &[MethodDef] = &[
    MethodDef { name: "conjugate", func: MethodFn::NoArgs(int_conjugate), doc: Some("Returns self, the complex conjugate of any int.") },
    MethodDef { name: "bit_length", func: MethodFn::NoArgs(int_bit_length), doc: Some("Number of bits necessary to represent self in binary.\n\n>>> bin(37)\n'0b100101'\n>>> (37).bit_length()\n6") },
    MethodDef { name: "bit_count", func: MethodFn::NoArgs(int_bit_count), doc: Some("Number of ones in the binary representation of the absolute value of self.\n\nAlso known as the population count.\n\n>>> bin(13)\n'0b1101'\n>>> (13).bit_count()\n3") },
    MethodDef { name: "to_bytes", func: MethodFn::FastKw(int_to_bytes), doc: None },
    MethodDef { name: "from_bytes", func: MethodFn::Class(int_from_bytes), doc: None },
    MethodDef { name: "as_integer_ratio", func: MethodFn::NoArgs(int_as_integer_ratio), doc: None },
    MethodDef { name: "is_integer", func: MethodFn::NoArgs(int_is_integer), doc: Some("Returns True. Exists for duck type compatibility with float.is_integer.") },
    MethodDef { name: "__trunc__", func: MethodFn::NoArgs(int_trunc), doc: Some("Truncating an Integral returns itself.") },
    MethodDef { name: "__floor__", func: MethodFn::NoArgs(int_trunc), doc: Some("Flooring an Integral returns itself.") },
    MethodDef { name: "__ceil__", func: MethodFn::NoArgs(int_trunc), doc: Some("Ceiling of an Integral returns itself.") },
    MethodDef { name: "__round__", func: MethodFn::Fast(int_round), doc: None },
    MethodDef { name: "__getnewargs__", func: MethodFn::NoArgs(int_getnewargs), doc: None },
    MethodDef { name: "__format__", func: MethodFn::O(int_format), doc: None },
    MethodDef { name: "__sizeof__", func: MethodFn::NoArgs(int_sizeof), doc: Some("Returns size in memory, in bytes.") },
];

static INT_GETSETS: &[GetSetDef] = &[
    GetSetDef { name: "real", get: Some(int_get_real), set: None, doc: Some("the real part of a complex number") },
    GetSetDef { name: "imag", get: Some(int_get_imag), set: None, doc: Some("the imaginary part of a complex number") },
    GetSetDef { name: "numerator", get: Some(int_get_real), set: None, doc: Some("the numerator of a rational number in lowest terms") },
    GetSetDef { name: "denominator", get: Some(int_get_denominator), set: None, doc: Some("the denominator of a rational number in lowest terms") },
];

static INT_DEF: TypeDef = TypeDef {
    name: "int",
    doc: Some("int([x]) -> integer\nint(x, base=10) -> integer\n\nConvert a number or string to an integer, or return 0 if no arguments\nare given.  If x is a number, return x.__int__().  For floating-point\nnumbers, this truncates towards zero.\n\nIf x is not a number or if base is given, then x must be a string,\nbytes, or bytearray instance representing an integer literal in the\ngiven base.  The literal can be preceded by '+' or '-' and be surrounded\nby whitespace.  The base defaults to 10.  Valid bases are 0 and 2-36.\nBase 0 means to interpret the base from the string as an integer literal.\n>>> int('0b100', base=0)\n4"),
    methods: INT_METHODS,
    getsets: INT_GETSETS,
    members: &[],
    attrs: Vec::new,
};

pub const INT_SLOTS: Slots = Slots {
    repr: Cell::new(Some(int_repr)),
    str: Cell::new(Some(int_repr)),
    hash: Cell::new(Some(int_hash)),
    richcompare: Cell::new(Some(int_richcompare)),
    new: Cell::new(Some(int_new)),
    nb_add: Cell::new(Some(int_add)),
    nb_subtract: Cell::new(Some(int_sub)),
    nb_multiply: Cell::new(Some(int_mul)),
    nb_remainder: Cell::new(Some(int_mod)),
    nb_divmod: Cell::new(Some(int_divmod)),
    nb_power: Cell::new(Some(int_pow)),
    nb_negative: Cell::new(Some(int_neg)),
    nb_positive: Cell::new(Some(int_pos)),
    nb_absolute: Cell::new(Some(int_abs)),
    nb_bool: Cell::new(Some(int_bool)),
    nb_invert: Cell::new(Some(int_invert)),
    nb_lshift: Cell::new(Some(int_lshift)),
    nb_rshift: Cell::new(Some(int_rshift)),
    nb_and: Cell::new(Some(int_and)),
    nb_xor: Cell::new(Some(int_xor)),
    nb_or: Cell::new(Some(int_or)),
    nb_int: Cell::new(Some(int_int)),
    nb_float: Cell::new(Some(int_float)),
    nb_floor_divide: Cell::new(Some(int_floordiv)),
    nb_true_divide: Cell::new(Some(int_truediv)),
    nb_index: Cell::new(Some(int_index)),
    ..OBJECT_SLOTS
};

builtin_type!(pub INT_TYPE: Int, def &INT_DEF, base &OBJECT_TYPE.0, mro [&OBJECT_TYPE.0],
    slots INT_SLOTS, flags tpflags::BASETYPE | tpflags::LONG_SUBCLASS | tpflags::MATCH_SELF,
    layout ObjectLayout::plain());
