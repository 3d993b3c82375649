//! `complex` (the core; the full method set and formatting come with the
//! numeric helpers).
//!
//! CPython: Objects/complexobject.c.

use std::cell::Cell;

use super::float::as_float;
use super::int::as_int;
use super::str::new_string;
use super::type_::{CompareOp, GetSetDef, MethodDef, MethodFn, Slots, TypeDef, TypeObject, tpflags};
use super::value::{LayoutId, ObjectLayout, Payload, Value, alloc};
use crate::builtin_type;
use crate::objects::baseobject::{OBJECT_SLOTS, OBJECT_TYPE};
use crate::objects::{bool_, none};
use crate::vm::{FuncArgs, PyResult, Vm};

/// The payload of a `complex`.
pub struct Complex {
    pub real: f64,
    pub imag: f64,
}

// SAFETY: Complex is the only payload with LayoutId::Complex.
unsafe impl Payload for Complex {
    const LAYOUT: LayoutId = LayoutId::Complex;
}

pub fn new_complex(real: f64, imag: f64) -> Value {
    alloc(COMPLEX_TYPE.get(), Complex { real, imag })
        .unwrap_or_else(|| std::alloc::handle_alloc_error(std::alloc::Layout::new::<Complex>()))
        .into_value()
}

/// A complex operand: complex, float or int. `Ok(None)` for other types.
fn operand(vm: &Vm, v: &Value) -> PyResult<Option<(f64, f64)>> {
    if let Some(c) = v.downcast_ref::<Complex>() {
        return Ok(Some((c.real, c.imag)));
    }
    if let Some(f) = as_float(v) {
        return Ok(Some((f, 0.0)));
    }
    match as_int(v) {
        Some(i) => Ok(Some((i.to_f64(vm)?, 0.0))),
        None => Ok(None),
    }
}

macro_rules! cbin {
    ($name:ident, |$vm:ident, $a:ident, $b:ident| $body:expr) => {
        fn $name($vm: &Vm, v: &Value, w: &Value) -> PyResult {
            let (Some($a), Some($b)) = (operand($vm, v)?, operand($vm, w)?) else {
                return Ok(none::not_implemented());
            };
            $body
        }
    };
}

cbin!(complex_add, |vm, a, b| Ok(new_complex(a.0 + b.0, a.1 + b.1)));
cbin!(complex_sub, |vm, a, b| Ok(new_complex(a.0 - b.0, a.1 - b.1)));
cbin!(complex_mul, |vm, a, b| Ok(new_complex(a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)));
cbin!(complex_div, |vm, a, b| {
    let (r, i) = c_quot(vm, a, b)?;
    Ok(new_complex(r, i))
});

/// `_Py_c_quot`: Smith's algorithm, with CPython's division-by-zero error.
fn c_quot(vm: &Vm, a: (f64, f64), b: (f64, f64)) -> PyResult<(f64, f64)> {
    let (abs_breal, abs_bimag) = (b.0.abs(), b.1.abs());
    if abs_breal >= abs_bimag {
        if abs_breal == 0.0 {
            return Err(vm.zero_division_error("division by zero"));
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        Ok(((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom))
    } else if abs_bimag >= abs_breal {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        Ok(((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom))
    } else {
        Ok((f64::NAN, f64::NAN))
    }
}

/// `a ** b` for complex values (CPython `_Py_c_pow`).
pub fn complex_pow_values(vm: &Vm, a: (f64, f64), b: (f64, f64)) -> PyResult {
    if b.0 == 0.0 && b.1 == 0.0 {
        return Ok(new_complex(1.0, 0.0));
    }
    if a.0 == 0.0 && a.1 == 0.0 {
        if b.1 != 0.0 || b.0 < 0.0 {
            return Err(vm.zero_division_error("zero to a negative or complex power"));
        }
        return Ok(new_complex(0.0, 0.0));
    }
    let vabs = a.0.hypot(a.1);
    let mut len = vabs.powf(b.0);
    let at = a.1.atan2(a.0);
    let mut phase = at * b.0;
    if b.1 != 0.0 {
        len /= (at * b.1).exp();
        phase += b.1 * vabs.ln();
    }
    let (r, i) = (len * phase.cos(), len * phase.sin());
    if r.is_infinite() || i.is_infinite() {
        return Err(vm.overflow_error("complex exponentiation"));
    }
    Ok(new_complex(r, i))
}

fn complex_pow(vm: &Vm, v: &Value, w: &Value, z: &Value) -> PyResult {
    if !none::is_none(z) {
        return Err(vm.value_error("complex modulo"));
    }
    let (Some(a), Some(b)) = (operand(vm, v)?, operand(vm, w)?) else {
        return Ok(none::not_implemented());
    };
    complex_pow_values(vm, a, b)
}

fn complex_neg(vm: &Vm, v: &Value) -> PyResult {
    let c = operand(vm, v)?.unwrap_or((0.0, 0.0));
    Ok(new_complex(-c.0, -c.1))
}

fn complex_pos(vm: &Vm, v: &Value) -> PyResult {
    let c = operand(vm, v)?.unwrap_or((0.0, 0.0));
    Ok(new_complex(c.0, c.1))
}

fn complex_abs(vm: &Vm, v: &Value) -> PyResult {
    let c = operand(vm, v)?.unwrap_or((0.0, 0.0));
    let r = c.0.hypot(c.1);
    if r.is_infinite() && c.0.is_finite() && c.1.is_finite() {
        return Err(vm.overflow_error("absolute value too large"));
    }
    Ok(super::float::new_float(r))
}

fn complex_bool(vm: &Vm, v: &Value) -> PyResult<bool> {
    let c = operand(vm, v)?.unwrap_or((0.0, 0.0));
    Ok(c.0 != 0.0 || c.1 != 0.0)
}

fn complex_repr(vm: &Vm, v: &Value) -> PyResult {
    let c = operand(vm, v)?.unwrap_or((0.0, 0.0));
    let mut s = String::new();
    syntax::ast::repr::complex_repr(&mut s, c.0, c.1);
    Ok(new_string(s).into_value())
}

fn complex_hash(vm: &Vm, v: &Value) -> PyResult<i64> {
    let c = operand(vm, v)?.unwrap_or((0.0, 0.0));
    let hr = super::hash::hash_f64(c.0, v.id_word()) as u64;
    let hi = super::hash::hash_f64(c.1, v.id_word()) as u64;
    let h = hr.wrapping_add(super::hash::IMAG.wrapping_mul(hi)) as i64;
    Ok(super::hash::fix(h))
}

fn complex_richcompare(vm: &Vm, v: &Value, w: &Value, op: CompareOp) -> PyResult {
    if !matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(none::not_implemented());
    }
    let Some(a) = operand(vm, v)? else { return Ok(none::not_implemented()) };
    let eq = if let Some(i) = as_int(w) {
        a.1 == 0.0 && super::float::compare_float_int(a.0, i, CompareOp::Eq)
    } else if let Some(b) = operand(vm, w)? {
        a.0 == b.0 && a.1 == b.1
    } else {
        return Ok(none::not_implemented());
    };
    Ok(bool_::new_bool(if op == CompareOp::Eq { eq } else { !eq }))
}

/// `complex(real=0, imag=0)` / `complex(string)`.
fn complex_new(vm: &Vm, ty: &TypeObject, args: FuncArgs<'_>) -> PyResult {
    let p = crate::vm::call::parse_args(vm, "complex", args, &["real", "imag"], 0, 2)?;
    let (r, i) = match (&p[0], &p[1]) {
        (None, None) => (0.0, 0.0),
        (Some(s), None) if s.downcast_ref::<super::str::Str>().is_some() => parse_complex(vm, s)?,
        (Some(s), Some(_)) if s.downcast_ref::<super::str::Str>().is_some() => {
            return Err(vm.type_error("complex() can't take second arg if first is a string"));
        }
        (re, im) => {
            let a = match re {
                Some(x) => to_complex(vm, x, "first")?,
                None => (0.0, 0.0),
            };
            let b = match im {
                Some(x) => {
                    if x.downcast_ref::<super::str::Str>().is_some() {
                        return Err(vm.type_error("complex() second arg can't be a string"));
                    }
                    to_complex(vm, x, "second")?
                }
                None => (0.0, 0.0),
            };
            (a.0 - b.1, a.1 + b.0)
        }
    };
    if std::ptr::eq(ty, COMPLEX_TYPE.get()) {
        return Ok(new_complex(r, i));
    }
    let o = alloc(ty, Complex { real: r, imag: i }).ok_or_else(|| vm.memory_error())?.into_value();
    if ty.object_layout().gc {
        crate::gc::track(vm, &o);
    }
    Ok(o)
}

fn to_complex(vm: &Vm, x: &Value, which: &str) -> PyResult<(f64, f64)> {
    if let Some(c) = operand(vm, x)? {
        return Ok(c);
    }
    if let Some(r) = vm.call_special(x, "__complex__", &[])? {
        return operand(vm, &r)?.ok_or_else(|| vm.type_error("__complex__ returned non-complex"));
    }
    match vm.call_special(x, "__float__", &[])? {
        Some(f) => Ok((as_float(&f).unwrap_or(0.0), 0.0)),
        None => match vm.call_special(x, "__index__", &[])? {
            Some(i) => Ok((as_int(&i).map(|i| i.to_f64(vm)).transpose()?.unwrap_or(0.0), 0.0)),
            None => Err(vm.type_error(format!(
                "complex() {which} argument must be a string or a number, not '{}'",
                x.ty().tp_name()
            ))),
        },
    }
}

fn parse_complex(vm: &Vm, s: &Value) -> PyResult<(f64, f64)> {
    let text = crate::objects::str_type::display_str(s);
    let err = || vm.value_error("complex() arg is a malformed string");
    let t = text.trim();
    let t = t.strip_prefix('(').and_then(|x| x.strip_suffix(')')).unwrap_or(t).trim();
    if t.is_empty() {
        return Err(err());
    }
    if let Some(body) = t.strip_suffix(['j', 'J']) {
        // Split at the last sign not part of an exponent.
        let bytes = body.as_bytes();
        let mut split = None;
        for k in (1..bytes.len()).rev() {
            if (bytes[k] == b'+' || bytes[k] == b'-') && !matches!(bytes[k - 1], b'e' | b'E') {
                split = Some(k);
                break;
            }
        }
        let (re, im) = match split {
            Some(k) => (&body[..k], &body[k..]),
            None => ("", body),
        };
        let im = match im {
            "" | "+" => 1.0,
            "-" => -1.0,
            x => super::float::parse_float_text(x).ok_or_else(err)?,
        };
        let re = if re.is_empty() { 0.0 } else { super::float::parse_float_text(re).ok_or_else(err)? };
        return Ok((re, im));
    }
    Ok((super::float::parse_float_text(t).ok_or_else(err)?, 0.0))
}

fn complex_conjugate(vm: &Vm, v: &Value) -> PyResult {
    let c = operand(vm, v)?.unwrap_or((0.0, 0.0));
    Ok(new_complex(c.0, -c.1))
}

fn complex_getnewargs(vm: &Vm, v: &Value) -> PyResult {
    let c = operand(vm, v)?.unwrap_or((0.0, 0.0));
    Ok(super::tuple::pair(super::float::new_float(c.0), super::float::new_float(c.1)).into_value())
}

fn complex_real(vm: &Vm, v: &Value) -> PyResult {
    Ok(super::float::new_float(operand(vm, v)?.unwrap_or((0.0, 0.0)).0))
}

fn complex_imag(vm: &Vm, v: &Value) -> PyResult {
    Ok(super::float::new_float(operand(vm, v)?.unwrap_or((0.0, 0.0)).1))
}

fn complex_format(vm: &Vm, v: &Value, spec: &Value) -> PyResult {
    crate::objects::format::format_complex(vm, v, spec)
}

static COMPLEX_METHODS: &[MethodDef] = &[
    MethodDef { name: "conjugate", func: MethodFn::NoArgs(complex_conjugate), doc: Some("Return the complex conjugate of its argument. (3-4j).conjugate() == 3+4j.") },
    MethodDef { name: "__getnewargs__", func: MethodFn::NoArgs(complex_getnewargs), doc: None },
    MethodDef { name: "__format__", func: MethodFn::O(complex_format), doc: None },
];

static COMPLEX_GETSETS: &[GetSetDef] = &[
    GetSetDef { name: "real", get: Some(complex_real), set: None, doc: Some("the real part of a complex number") },
    GetSetDef { name: "imag", get: Some(complex_imag), set: None, doc: Some("the imaginary part of a complex number") },
];

static COMPLEX_DEF: TypeDef = TypeDef {
    name: "complex",
    doc: Some("Create a complex number from a string or numbers.\n\nIf a string is given, parse it as a complex number.\nIf a single number is given, convert it to a complex number.\nIf the 'real' or 'imag' arguments are given, create a complex number\nwith the specified real and imaginary components."),
    methods: COMPLEX_METHODS,
    getsets: COMPLEX_GETSETS,
    members: &[],
    attrs: Vec::new,
};

const COMPLEX_SLOTS: Slots = Slots {
    repr: Cell::new(Some(complex_repr)),
    str: Cell::new(Some(complex_repr)),
    hash: Cell::new(Some(complex_hash)),
    richcompare: Cell::new(Some(complex_richcompare)),
    new: Cell::new(Some(complex_new)),
    nb_add: Cell::new(Some(complex_add)),
    nb_subtract: Cell::new(Some(complex_sub)),
    nb_multiply: Cell::new(Some(complex_mul)),
    nb_true_divide: Cell::new(Some(complex_div)),
    nb_power: Cell::new(Some(complex_pow)),
    nb_negative: Cell::new(Some(complex_neg)),
    nb_positive: Cell::new(Some(complex_pos)),
    nb_absolute: Cell::new(Some(complex_abs)),
    nb_bool: Cell::new(Some(complex_bool)),
    ..OBJECT_SLOTS
};

builtin_type!(pub COMPLEX_TYPE: Complex, def &COMPLEX_DEF, base &OBJECT_TYPE.0, mro [&OBJECT_TYPE.0],
    slots COMPLEX_SLOTS, flags tpflags::BASETYPE | tpflags::MATCH_SELF, layout ObjectLayout::plain());
