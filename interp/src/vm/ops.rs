//! Binary, unary and in-place operators (CPython Objects/abstract.c
//! `binary_op1`, `ternary_op`, `binary_iop1`, `PyNumber_*`).

use super::{PyResult, Vm};
use crate::objects::type_::{BinaryFn, Slots, TypeObject};
use crate::objects::value::Value;
use crate::objects::{float, int, none};

/// The operators of `BINARY_OP`, numbered as its oparg (`NB_*`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum BinOp {
    Add = 0,
    And = 1,
    FloorDivide = 2,
    Lshift = 3,
    MatrixMultiply = 4,
    Multiply = 5,
    Remainder = 6,
    Or = 7,
    Power = 8,
    Rshift = 9,
    Subtract = 10,
    TrueDivide = 11,
    Xor = 12,
}

/// `BINARY_OP` on inline ints and exact floats, without a slot call
/// (CPython's BINARY_OP_ADD_INT, ..._FLOAT specialisations). `None` when the
/// operands or the operator are not covered, or the result needs the
/// generic path (a ZeroDivisionError, an int division by zero).
#[inline(always)]
pub fn binary_fast(v: &Value, w: &Value, oparg: u32) -> Option<Value> {
    // In-place forms behave as the plain ones for these immutable types.
    let op = if oparg >= 13 { oparg - 13 } else { oparg };
    if let (Some(a), Some(b)) = (v.as_small_int(), w.as_small_int()) {
        let r = match op {
            0 => a + b,
            10 => a - b,
            5 => a.checked_mul(b)?,
            1 => a & b,
            7 => a | b,
            12 => a ^ b,
            2 if b != 0 => {
                // Python floors the quotient.
                let q = a / b;
                if a % b != 0 && ((a < 0) != (b < 0)) { q - 1 } else { q }
            }
            6 if b != 0 => {
                let r = a % b;
                if r != 0 && ((r < 0) != (b < 0)) { r + b } else { r }
            }
            11 if b != 0 && a.unsigned_abs() <= 1 << 53 && b.unsigned_abs() <= 1 << 53 => {
                // Both convert exactly, so one division rounds once, as
                // CPython's long_true_divide does for small operands.
                return Some(float::new_float(a as f64 / b as f64));
            }
            _ => return None,
        };
        // a, b are 62-bit, so + and - cannot overflow i64; new_int boxes
        // results beyond the inline range.
        return Some(int::new_int(r));
    }
    let ft = float::FLOAT_TYPE.get();
    let x = if v.is_type(ft) { float::as_float(v)? } else { v.as_small_int()? as f64 };
    let y = if w.is_type(ft) { float::as_float(w)? } else { w.as_small_int()? as f64 };
    if !(v.is_type(ft) || w.is_type(ft)) {
        return None;
    }
    // A small int converts exactly only below 2**53 (CPython then rounds
    // the conversion the same way, but keep the fast path exact).
    if !v.is_type(ft) && v.as_small_int()?.unsigned_abs() > 1 << 53 {
        return None;
    }
    if !w.is_type(ft) && w.as_small_int()?.unsigned_abs() > 1 << 53 {
        return None;
    }
    let r = match op {
        0 => x + y,
        10 => x - y,
        5 => x * y,
        11 if y != 0.0 => x / y,
        _ => return None,
    };
    Some(float::new_float(r))
}

impl BinOp {
    pub fn from_oparg(op: u32) -> Option<(BinOp, bool)> {
        let base = match op % 13 {
            0 => BinOp::Add,
            1 => BinOp::And,
            2 => BinOp::FloorDivide,
            3 => BinOp::Lshift,
            4 => BinOp::MatrixMultiply,
            5 => BinOp::Multiply,
            6 => BinOp::Remainder,
            7 => BinOp::Or,
            8 => BinOp::Power,
            9 => BinOp::Rshift,
            10 => BinOp::Subtract,
            11 => BinOp::TrueDivide,
            _ => BinOp::Xor,
        };
        if op >= 26 {
            return None;
        }
        Some((base, op >= 13))
    }

    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::And => "&",
            BinOp::FloorDivide => "//",
            BinOp::Lshift => "<<",
            BinOp::MatrixMultiply => "@",
            BinOp::Multiply => "*",
            BinOp::Remainder => "%",
            BinOp::Or => "|",
            BinOp::Power => "** or pow()",
            BinOp::Rshift => ">>",
            BinOp::Subtract => "-",
            BinOp::TrueDivide => "/",
            BinOp::Xor => "^",
        }
    }

    fn slot(self, s: &Slots) -> Option<BinaryFn> {
        match self {
            BinOp::Add => s.nb_add.get(),
            BinOp::And => s.nb_and.get(),
            BinOp::FloorDivide => s.nb_floor_divide.get(),
            BinOp::Lshift => s.nb_lshift.get(),
            BinOp::MatrixMultiply => s.nb_matrix_multiply.get(),
            BinOp::Multiply => s.nb_multiply.get(),
            BinOp::Remainder => s.nb_remainder.get(),
            BinOp::Or => s.nb_or.get(),
            BinOp::Power => None,
            BinOp::Rshift => s.nb_rshift.get(),
            BinOp::Subtract => s.nb_subtract.get(),
            BinOp::TrueDivide => s.nb_true_divide.get(),
            BinOp::Xor => s.nb_xor.get(),
        }
    }

    fn inplace_slot(self, s: &Slots) -> Option<BinaryFn> {
        match self {
            BinOp::Add => s.nb_inplace_add.get(),
            BinOp::And => s.nb_inplace_and.get(),
            BinOp::FloorDivide => s.nb_inplace_floor_divide.get(),
            BinOp::Lshift => s.nb_inplace_lshift.get(),
            BinOp::MatrixMultiply => s.nb_inplace_matrix_multiply.get(),
            BinOp::Multiply => s.nb_inplace_multiply.get(),
            BinOp::Remainder => s.nb_inplace_remainder.get(),
            BinOp::Or => s.nb_inplace_or.get(),
            BinOp::Power => None,
            BinOp::Rshift => s.nb_inplace_rshift.get(),
            BinOp::Subtract => s.nb_inplace_subtract.get(),
            BinOp::TrueDivide => s.nb_inplace_true_divide.get(),
            BinOp::Xor => s.nb_inplace_xor.get(),
        }
    }

    fn inplace_symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+=",
            BinOp::And => "&=",
            BinOp::FloorDivide => "//=",
            BinOp::Lshift => "<<=",
            BinOp::MatrixMultiply => "@=",
            BinOp::Multiply => "*=",
            BinOp::Remainder => "%=",
            BinOp::Or => "|=",
            BinOp::Power => "**=",
            BinOp::Rshift => ">>=",
            BinOp::Subtract => "-=",
            BinOp::TrueDivide => "/=",
            BinOp::Xor => "^=",
        }
    }
}

impl Vm {
    /// `binary_op1`: the left operand's slot, the right's (first when its type
    /// is a subclass overriding the slot); NotImplemented when neither applies.
    fn binary_op1(&self, v: &Value, w: &Value, op: BinOp) -> PyResult {
        let vt = v.ty();
        let wt = w.ty();
        let slotv = op.slot(&vt.slots);
        let mut slotw = if !std::ptr::eq(vt, wt) { op.slot(&wt.slots) } else { None };
        if let (Some(a), Some(b)) = (slotv, slotw) {
            if std::ptr::fn_addr_eq(a, b) {
                slotw = None;
            }
        }
        if let Some(sv) = slotv {
            if let Some(sw) = slotw {
                if wt.is_subtype(vt) {
                    let r = sw(self, v, w)?;
                    if !r.is_static(&none::NOT_IMPLEMENTED) {
                        return Ok(r);
                    }
                    slotw = None;
                }
            }
            let r = sv(self, v, w)?;
            if !r.is_static(&none::NOT_IMPLEMENTED) {
                return Ok(r);
            }
        }
        if let Some(sw) = slotw {
            return sw(self, v, w);
        }
        Ok(none::not_implemented())
    }

    #[cold]
    fn binop_type_error(&self, v: &Value, w: &Value, sym: &str) -> crate::errors::PyErr {
        self.type_error(format!(
            "unsupported operand type(s) for {}: '{}' and '{}'",
            sym,
            v.ty().tp_name(),
            w.ty().tp_name()
        ))
    }

    /// `v op w` (`PyNumber_Add` and friends), with the sequence fallbacks
    /// of `+` and `*`.
    pub fn binary_op(&self, v: &Value, w: &Value, op: BinOp) -> PyResult {
        // Fast paths for inline ints and floats.
        if let (Some(a), Some(b)) = (v.as_small_int(), w.as_small_int()) {
            let r = match op {
                BinOp::Add => a.checked_add(b),
                BinOp::Subtract => a.checked_sub(b),
                BinOp::Multiply => a.checked_mul(b),
                _ => None,
            };
            if let Some(r) = r {
                return Ok(int::new_int(r));
            }
        }
        if op == BinOp::Power {
            return self.power(v, w, &none::none());
        }
        let r = self.binary_op1(v, w, op)?;
        if !r.is_static(&none::NOT_IMPLEMENTED) {
            return Ok(r);
        }
        match op {
            BinOp::Add => {
                if let Some(f) = v.ty().slots.sq_concat.get() {
                    return f(self, v, w);
                }
            }
            BinOp::Multiply => {
                if let Some(f) = v.ty().slots.sq_repeat.get() {
                    if self.has_index(w) {
                        return f(self, v, w);
                    }
                }
                if let Some(f) = w.ty().slots.sq_repeat.get() {
                    if self.has_index(v) {
                        return f(self, w, v);
                    }
                }
                if v.ty().slots.sq_repeat.get().is_some() || w.ty().slots.sq_repeat.get().is_some() {
                    let (seq, n) = if v.ty().slots.sq_repeat.get().is_some() { (v, w) } else { (w, v) };
                    let _ = seq;
                    return Err(self.type_error(format!(
                        "can't multiply sequence by non-int of type '{}'",
                        n.ty().tp_name()
                    )));
                }
            }
            _ => {}
        }
        if op == BinOp::Rshift && v.downcast_ref::<crate::objects::descr::BuiltinFunction>().is_some_and(|f| f.def.name == "print") {
            return Err(self.type_error(format!(
                "unsupported operand type(s) for >>: 'builtin_function_or_method' and '{}'. Did you mean \"print(<message>, file=<output_stream>)\"?",
                w.ty().tp_name()
            )));
        }
        Err(self.binop_type_error(v, w, op.symbol()))
    }

    /// `pow(v, w, z)` (`ternary_op`).
    pub fn power(&self, v: &Value, w: &Value, z: &Value) -> PyResult {
        let vt = v.ty();
        let wt = w.ty();
        let slotv = vt.slots.nb_power.get();
        let mut slotw = if !std::ptr::eq(vt, wt) { wt.slots.nb_power.get() } else { None };
        if let (Some(a), Some(b)) = (slotv, slotw) {
            if std::ptr::fn_addr_eq(a, b) {
                slotw = None;
            }
        }
        if let Some(sv) = slotv {
            if let Some(sw) = slotw {
                if wt.is_subtype(vt) {
                    let r = sw(self, v, w, z)?;
                    if !r.is_static(&none::NOT_IMPLEMENTED) {
                        return Ok(r);
                    }
                    slotw = None;
                }
            }
            let r = sv(self, v, w, z)?;
            if !r.is_static(&none::NOT_IMPLEMENTED) {
                return Ok(r);
            }
        }
        if let Some(sw) = slotw {
            let r = sw(self, v, w, z)?;
            if !r.is_static(&none::NOT_IMPLEMENTED) {
                return Ok(r);
            }
        }
        if !none::is_none(z) {
            if let Some(sz) = z.ty().slots.nb_power.get() {
                let zt: &TypeObject = z.ty();
                if !std::ptr::eq(zt, vt) && !std::ptr::eq(zt, wt) {
                    let r = sz(self, v, w, z)?;
                    if !r.is_static(&none::NOT_IMPLEMENTED) {
                        return Ok(r);
                    }
                }
            }
            return Err(self.type_error(format!(
                "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
                vt.tp_name(),
                wt.tp_name(),
                z.ty().tp_name()
            )));
        }
        Err(self.binop_type_error(v, w, "** or pow()"))
    }

    /// `v op= w` (`PyNumber_InPlaceAdd` and friends): the in-place slot, then
    /// the binary operator.
    pub fn inplace_op(&self, v: &Value, w: &Value, op: BinOp) -> PyResult {
        if op == BinOp::Power {
            if let Some(f) = v.ty().slots.nb_inplace_power.get() {
                let r = f(self, v, w, &none::none())?;
                if !r.is_static(&none::NOT_IMPLEMENTED) {
                    return Ok(r);
                }
            }
            return self.power(v, w, &none::none()).map_err(|e| self.retarget_inplace_error(e, v, w, op));
        }
        if let Some(f) = op.inplace_slot(&v.ty().slots) {
            let r = f(self, v, w)?;
            if !r.is_static(&none::NOT_IMPLEMENTED) {
                return Ok(r);
            }
        }
        let r = self.binary_op1(v, w, op)?;
        if !r.is_static(&none::NOT_IMPLEMENTED) {
            return Ok(r);
        }
        match op {
            BinOp::Add => {
                let s = &v.ty().slots;
                if let Some(f) = s.sq_inplace_concat.get().or(s.sq_concat.get()) {
                    return f(self, v, w);
                }
            }
            BinOp::Multiply => {
                let s = &v.ty().slots;
                if let Some(f) = s.sq_inplace_repeat.get().or(s.sq_repeat.get()) {
                    if self.has_index(w) {
                        return f(self, v, w);
                    }
                    return Err(self.type_error(format!(
                        "can't multiply sequence by non-int of type '{}'",
                        w.ty().tp_name()
                    )));
                }
                if let Some(f) = w.ty().slots.sq_repeat.get() {
                    if self.has_index(v) {
                        return f(self, w, v);
                    }
                }
            }
            _ => {}
        }
        Err(self.binop_type_error(v, w, op.inplace_symbol()))
    }

    fn retarget_inplace_error(&self, e: crate::errors::PyErr, v: &Value, w: &Value, op: BinOp) -> crate::errors::PyErr {
        if e.matches(crate::objects::exceptions::TYPE_ERROR.get()) {
            let msg = format!(
                "unsupported operand type(s) for {}: '{}' and '{}'",
                op.symbol(),
                v.ty().tp_name(),
                w.ty().tp_name()
            );
            let args = e.exception().args();
            if args.len() == 1 && crate::objects::str_type::display_str(&args.as_slice()[0]) == msg {
                return self.binop_type_error(v, w, op.inplace_symbol());
            }
        }
        e
    }

    /// `-v`.
    pub fn negative(&self, v: &Value) -> PyResult {
        if let Some(i) = v.as_small_int() {
            return Ok(int::new_int(-i));
        }
        match v.ty().slots.nb_negative.get() {
            Some(f) => f(self, v),
            None => Err(self.type_error(format!("bad operand type for unary -: '{}'", v.ty().tp_name()))),
        }
    }

    /// `+v`.
    pub fn positive(&self, v: &Value) -> PyResult {
        match v.ty().slots.nb_positive.get() {
            Some(f) => f(self, v),
            None => Err(self.type_error(format!("bad operand type for unary +: '{}'", v.ty().tp_name()))),
        }
    }

    /// `~v`.
    pub fn invert(&self, v: &Value) -> PyResult {
        if let Some(i) = v.as_small_int() {
            return Ok(int::new_int(!i));
        }
        match v.ty().slots.nb_invert.get() {
            Some(f) => f(self, v),
            None => Err(self.type_error(format!("bad operand type for unary ~: '{}'", v.ty().tp_name()))),
        }
    }

    /// `abs(v)`.
    pub fn absolute(&self, v: &Value) -> PyResult {
        match v.ty().slots.nb_absolute.get() {
            Some(f) => f(self, v),
            None => Err(self.type_error(format!("bad operand type for abs(): '{}'", v.ty().tp_name()))),
        }
    }

    /// `float(v)` as an f64 for math functions (CPython `PyFloat_AsDouble`).
    pub fn float_value(&self, v: &Value) -> PyResult<f64> {
        if let Some(f) = float::as_float(v) {
            return Ok(f);
        }
        if let Some(i) = int::as_int(v) {
            return i.to_f64(self);
        }
        match v.ty().slots.nb_float.get() {
            Some(f) => {
                let r = f(self, v)?;
                float::as_float(&r).ok_or_else(|| {
                    self.type_error(format!(
                        "{}.__float__ returned non-float (type {})",
                        v.ty().tp_name(),
                        r.ty().tp_name()
                    ))
                })
            }
            None => {
                if self.has_index(v) {
                    let i = self.index(v)?;
                    return int::as_int(&i).map(|x| x.to_f64(self)).transpose()?.ok_or_else(|| self.internal_error("index"));
                }
                Err(self.type_error(format!("must be real number, not {}", v.ty().tp_name())))
            }
        }
    }
}
