//! The object protocol: repr, str, hash, truth, rich comparison and
//! attribute access, including the generic attribute lookup that honours
//! descriptors.
//!
//! CPython: Objects/object.c.

use super::str::Str;
use super::type_::{CompareOp, TypeObject};
use super::value::{PyRef, Value};
use crate::objects::{bool_, none};
use crate::vm::{FuncArgs, PyResult, Vm};

impl Vm {
    /// `repr(v)` (CPython `PyObject_Repr`), guarded against native recursion.
    pub fn repr(&self, v: &Value) -> PyResult<PyRef<Str>> {
        let f = v.ty().slots.repr.get();
        let r = match f {
            Some(f) => self.with_native_recursion(" while getting the repr of an object", || f(self, v))?,
            None => return Ok(super::baseobject::default_repr(self, v)),
        };
        r.downcast::<Str>().map_err(|r| {
            self.type_error(format!(
                "__repr__ returned non-string (type {})",
                r.ty().tp_name()
            ))
        })
    }

    /// `str(v)` (CPython `PyObject_Str`).
    pub fn str(&self, v: &Value) -> PyResult<PyRef<Str>> {
        if v.is_type(super::str::STR_TYPE.get()) {
            // SAFETY: exact str.
            return Ok(unsafe { v.downcast_unchecked::<Str>() }.to_ref());
        }
        let f = v.ty().slots.str.get();
        let r = match f {
            Some(f) => self.with_native_recursion(" while getting the str of an object", || f(self, v))?,
            None => return self.repr(v),
        };
        r.downcast::<Str>().map_err(|r| {
            self.type_error(format!(
                "__str__ returned non-string (type {})",
                r.ty().tp_name()
            ))
        })
    }

    /// `hash(v)` (CPython `PyObject_Hash`).
    #[inline]
    pub fn hash(&self, v: &Value) -> PyResult<i64> {
        if let Some(i) = v.as_small_int() {
            return Ok(super::hash::hash_i64(i));
        }
        if let Some(s) = v.downcast_ref::<Str>() {
            if v.is_type(super::str::STR_TYPE.get()) {
                return Ok(s.hash());
            }
        }
        match v.ty().slots.hash.get() {
            Some(f) => f(self, v),
            None => Err(self.unhashable(v)),
        }
    }

    #[cold]
    pub fn unhashable(&self, v: &Value) -> crate::errors::PyErr {
        self.type_error(format!("unhashable type: '{}'", v.ty().tp_name()))
    }

    /// `bool(v)` (CPython `PyObject_IsTrue`).
    #[inline]
    pub fn is_true(&self, v: &Value) -> PyResult<bool> {
        if let Some(i) = v.as_small_int() {
            return Ok(i != 0);
        }
        if v.is_static(&bool_::TRUE) {
            return Ok(true);
        }
        if v.is_static(&bool_::FALSE) || v.is_static(&none::NONE) {
            return Ok(false);
        }
        let slots = &v.ty().slots;
        if let Some(f) = slots.nb_bool.get() {
            return f(self, v);
        }
        if let Some(f) = slots.mp_length.get() {
            return Ok(f(self, v)? != 0);
        }
        if let Some(f) = slots.sq_length.get() {
            return Ok(f(self, v)? != 0);
        }
        Ok(true)
    }

    /// `not v`.
    pub fn not(&self, v: &Value) -> PyResult<bool> {
        Ok(!self.is_true(v)?)
    }

    /// Rich comparison returning an object (CPython `PyObject_RichCompare`,
    /// `do_richcompare`): the reflected method of a subclass first, then the
    /// left operand's, then the right's; `==`/`!=` fall back to identity.
    pub fn rich_compare(&self, v: &Value, w: &Value, op: CompareOp) -> PyResult {
        self.with_native_recursion(" in comparison", || self.do_richcompare(v, w, op))
    }

    fn do_richcompare(&self, v: &Value, w: &Value, op: CompareOp) -> PyResult {
        let vt = v.ty();
        let wt = w.ty();
        let mut checked_reverse = false;
        if !std::ptr::eq(vt, wt) && wt.is_subtype(vt) {
            if let Some(f) = wt.slots.richcompare.get() {
                checked_reverse = true;
                let r = f(self, w, v, op.swapped())?;
                if !r.is_static(&none::NOT_IMPLEMENTED) {
                    return Ok(r);
                }
            }
        }
        if let Some(f) = vt.slots.richcompare.get() {
            let r = f(self, v, w, op)?;
            if !r.is_static(&none::NOT_IMPLEMENTED) {
                return Ok(r);
            }
        }
        if !checked_reverse {
            if let Some(f) = wt.slots.richcompare.get() {
                let r = f(self, w, v, op.swapped())?;
                if !r.is_static(&none::NOT_IMPLEMENTED) {
                    return Ok(r);
                }
            }
        }
        match op {
            CompareOp::Eq => Ok(bool_::new_bool(v.is(w))),
            CompareOp::Ne => Ok(bool_::new_bool(!v.is(w))),
            _ => Err(self.type_error(format!(
                "'{}' not supported between instances of '{}' and '{}'",
                op.symbol(),
                vt.tp_name(),
                wt.tp_name()
            ))),
        }
    }

    /// Rich comparison as a bool (CPython `PyObject_RichCompareBool`):
    /// identity implies equality for `==` and `!=`.
    #[inline]
    pub fn rich_compare_bool(&self, v: &Value, w: &Value, op: CompareOp) -> PyResult<bool> {
        if v.is(w) {
            match op {
                CompareOp::Eq => return Ok(true),
                CompareOp::Ne => return Ok(false),
                _ => {}
            }
        }
        if let (Some(a), Some(b)) = (v.as_small_int(), w.as_small_int()) {
            return Ok(op.test(a.cmp(&b)));
        }
        let r = self.rich_compare(v, w, op)?;
        self.is_true(&r)
    }

    /// `v == w` as a bool.
    #[inline]
    pub fn eq(&self, v: &Value, w: &Value) -> PyResult<bool> {
        self.rich_compare_bool(v, w, CompareOp::Eq)
    }

    // -----------------------------------------------------------------------
    // Attributes.

    /// `getattr(v, name)` (CPython `PyObject_GetAttr`).
    pub fn get_attr(&self, v: &Value, name: &PyRef<Str>) -> PyResult {
        match self.get_attr_opt(v, name)? {
            Some(r) => Ok(r),
            None => Err(self.no_attribute_for(v, name)),
        }
    }

    /// The AttributeError `getattr` raises: for a module or type it says so.
    #[cold]
    pub fn no_attribute_for(&self, v: &Value, name: &PyRef<Str>) -> crate::errors::PyErr {
        if let Some(t) = v.downcast_ref::<super::type_::TypeData>() {
            let msg = format!(
                "type object '{}' has no attribute '{}'",
                t.name(),
                name.as_str_lossy()
            );
            return self.attribute_error(v, name.as_value(), msg);
        }
        if let Some(m) = v.downcast_ref::<super::module::Module>() {
            let mname = m.name_for_errors();
            let msg = format!("module '{}' has no attribute '{}'", mname, name.as_str_lossy());
            return self.attribute_error(v, name.as_value(), msg);
        }
        self.no_attribute(v, name.as_value())
    }

    /// `getattr(v, name)` with "no such attribute" as `None`
    /// (CPython `PyObject_GetOptionalAttr`). Other errors propagate.
    #[inline]
    pub fn get_attr_opt(&self, v: &Value, name: &PyRef<Str>) -> PyResult<Option<Value>> {
        match v.ty().slots.getattro.get() {
            Some(f) => match f(self, v, name) {
                Ok(r) => Ok(r),
                Err(e) if e.matches(crate::objects::exceptions::ATTRIBUTE_ERROR.get()) => Ok(None),
                Err(e) => Err(e),
            },
            None => Ok(None),
        }
    }

    /// `getattr` by a Rust name (interned first).
    pub fn get_attr_str(&self, v: &Value, name: &str) -> PyResult {
        let n = self.intern(name);
        self.get_attr(v, &n)
    }

    pub fn get_attr_str_opt(&self, v: &Value, name: &str) -> PyResult<Option<Value>> {
        let n = self.intern(name);
        self.get_attr_opt(v, &n)
    }

    /// `setattr(v, name, value)` (CPython `PyObject_SetAttr`).
    pub fn set_attr(&self, v: &Value, name: &PyRef<Str>, value: Value) -> PyResult<()> {
        self.set_attr_inner(v, name, Some(value))
    }

    /// `delattr(v, name)`.
    pub fn del_attr(&self, v: &Value, name: &PyRef<Str>) -> PyResult<()> {
        self.set_attr_inner(v, name, None)
    }

    fn set_attr_inner(&self, v: &Value, name: &PyRef<Str>, value: Option<Value>) -> PyResult<()> {
        let name = self.intern_ref(name.clone());
        match v.ty().slots.setattro.get() {
            Some(f) => f(self, v, &name, value),
            None => {
                let ty = v.ty();
                let has_getattr = ty.slots.getattro.get().is_some();
                let what = if value.is_some() { "assign to" } else { "delete" };
                let msg = if has_getattr {
                    format!(
                        "'{}' object has only read-only attributes ({} .{})",
                        ty.tp_name(),
                        what,
                        name.as_str_lossy()
                    )
                } else {
                    format!(
                        "'{}' object has no attributes ({} .{})",
                        ty.tp_name(),
                        what,
                        name.as_str_lossy()
                    )
                };
                Err(self.type_error(msg))
            }
        }
    }

    pub fn set_attr_str(&self, v: &Value, name: &str, value: Value) -> PyResult<()> {
        let n = self.intern(name);
        self.set_attr(v, &n, value)
    }

    /// `hasattr(v, name)`.
    pub fn has_attr(&self, v: &Value, name: &PyRef<Str>) -> PyResult<bool> {
        Ok(self.get_attr_opt(v, name)?.is_some())
    }

    /// Looks up a special method on the type, bound to `v`
    /// (CPython `_PyObject_LookupSpecial`): instance dicts are not consulted.
    pub fn lookup_special(&self, v: &Value, name: &str) -> PyResult<Option<Value>> {
        let ty = v.ty();
        let Some(attr) = ty.lookup_str(name) else {
            return Ok(None);
        };
        match attr.ty().slots.descr_get.get() {
            Some(get) => Ok(Some(get(self, &attr, Some(v), Some(&ty.to_value()))?)),
            None => Ok(Some(attr)),
        }
    }

    /// Calls the special method `name` of `v`'s type with `args`, or `None`
    /// when the type has none.
    pub fn call_special(&self, v: &Value, name: &str, args: &[Value]) -> PyResult<Option<Value>> {
        self.call_special_args(v, name, FuncArgs::positional_only(args))
    }

    /// [`Self::call_special`] with keyword arguments. A Python function found
    /// on the type is called with `v` prepended, without making a bound
    /// method (CPython `vectorcall_unbound`).
    pub fn call_special_args(&self, v: &Value, name: &str, args: FuncArgs<'_>) -> PyResult<Option<Value>> {
        let ty = v.ty();
        let Some(attr) = ty.lookup_str(name) else {
            return Ok(None);
        };
        if attr.is_type(crate::objects::function::FUNCTION_TYPE.get()) {
            let mut all = Vec::with_capacity(args.args.len() + 1);
            all.push(v.clone());
            all.extend_from_slice(args.args);
            return self.call_args(&attr, FuncArgs { args: &all, kwnames: args.kwnames }).map(Some);
        }
        let bound = match attr.ty().slots.descr_get.get() {
            Some(get) => get(self, &attr, Some(v), Some(&ty.to_value()))?,
            None => attr,
        };
        self.call_args(&bound, args).map(Some)
    }
}

/// Whether `t` is exactly the type object `ty` (for fast paths).
#[inline(always)]
pub fn is_exact(v: &Value, ty: &TypeObject) -> bool {
    v.is_type(ty)
}
