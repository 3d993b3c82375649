//! The abstract object protocols: numbers, sequences, mappings, iteration,
//! `isinstance`, and the small helpers builtins share.
//!
//! CPython: Objects/abstract.c.

use super::dict::Dict;
use super::int::{IntView, as_int, new_int};
use super::list::List;
use super::str::Str;
use super::tuple::{Tuple, new_tuple};
use super::type_::{TypeData, TypeObject};
use super::value::{PyRef, Value};
use crate::errors::PyErr;
use crate::objects::{exceptions, none};
use crate::vm::{PyResult, Vm};

/// The largest allocation a single operation may ask for before it is
/// refused with MemoryError (results known to be huge, e.g. `'x' * 10**12`).
const MAX_ALLOC_BYTES: u64 = 1 << 36;

impl Vm {
    /// `operator.index(v)` (CPython `PyNumber_Index`).
    pub fn index(&self, v: &Value) -> PyResult {
        if v.is_small_int() || super::int::is_exact_int(v) {
            return Ok(v.clone());
        }
        if as_int(v).is_some() {
            return Ok(v.clone());
        }
        match v.ty().slots.nb_index.get() {
            Some(f) => {
                let r = f(self, v)?;
                if as_int(&r).is_none() {
                    return Err(self.type_error(format!(
                        "__index__ returned non-int (type {})",
                        r.ty().tp_name()
                    )));
                }
                Ok(r)
            }
            None => Err(self.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                v.ty().tp_name()
            ))),
        }
    }

    /// Whether `v` has `__index__`.
    pub fn has_index(&self, v: &Value) -> bool {
        v.is_small_int() || as_int(v).is_some() || v.ty().slots.nb_index.get().is_some()
    }

    /// `PyNumber_AsSsize_t(v, IndexError)`: an index as isize.
    pub fn index_isize(&self, v: &Value) -> PyResult<isize> {
        if let Some(i) = v.as_small_int() {
            return Ok(i as isize);
        }
        let i = self.index(v)?;
        match as_int(&i).and_then(|x| x.to_i64()) {
            Some(x) => Ok(x as isize),
            None => Err(self.index_error(format!(
                "cannot fit '{}' into an index-sized integer",
                v.ty().tp_name()
            ))),
        }
    }

    /// `_PyEval_SliceIndex`: a slice bound, clamped to isize.
    pub fn slice_index(&self, v: &Value) -> PyResult<isize> {
        if let Some(i) = v.as_small_int() {
            return Ok(i as isize);
        }
        if !self.has_index(v) {
            return Err(self.type_error(
                "slice indices must be integers or None or have an __index__ method",
            ));
        }
        let i = self.index(v)?;
        Ok(match as_int(&i) {
            Some(IntView::Small(x)) => x as isize,
            Some(IntView::Big(b)) => {
                if b.sign() == num_bigint::Sign::Minus { isize::MIN } else { isize::MAX }
            }
            None => 0,
        })
    }

    /// `len(v)` (CPython `PyObject_Size`).
    pub fn len(&self, v: &Value) -> PyResult<usize> {
        let s = &v.ty().slots;
        if let Some(f) = s.sq_length.get().or(s.mp_length.get()) {
            return f(self, v);
        }
        Err(self.type_error(format!("object of type '{}' has no len()", v.ty().tp_name())))
    }

    /// `v[key]` (CPython `PyObject_GetItem`).
    pub fn get_item(&self, v: &Value, key: &Value) -> PyResult {
        if let Some(f) = v.ty().slots.mp_subscript.get() {
            return f(self, v, key);
        }
        if let Some(f) = v.ty().slots.sq_item.get() {
            return f(self, v, key);
        }
        // `list[int]`: a type's __class_getitem__.
        if v.downcast_ref::<TypeData>().is_some() {
            if let Some(m) = self.get_attr_str_opt(v, "__class_getitem__")? {
                return self.call(&m, std::slice::from_ref(key));
            }
            if let Some(t) = v.downcast_ref::<TypeData>() {
                return Err(self.type_error(format!("type '{}' is not subscriptable", t.name())));
            }
        }
        Err(self.type_error(format!("'{}' object is not subscriptable", v.ty().tp_name())))
    }

    /// `v[key] = value`.
    pub fn set_item(&self, v: &Value, key: Value, value: Value) -> PyResult<()> {
        match v.ty().slots.mp_ass_subscript.get() {
            Some(f) => f(self, v, &key, Some(value)),
            None => Err(self.type_error(format!(
                "'{}' object does not support item assignment",
                v.ty().tp_name()
            ))),
        }
    }

    /// `del v[key]`.
    pub fn del_item(&self, v: &Value, key: &Value) -> PyResult<()> {
        match v.ty().slots.mp_ass_subscript.get() {
            Some(f) => f(self, v, key, None),
            None => Err(self.type_error(format!(
                "'{}' object does not support item deletion",
                v.ty().tp_name()
            ))),
        }
    }

    /// `x in container` (CPython `PySequence_Contains`).
    pub fn contains(&self, container: &Value, x: &Value) -> PyResult<bool> {
        if let Some(f) = container.ty().slots.sq_contains.get() {
            return f(self, container, x);
        }
        self.contains_by_iteration(container, x)
    }

    /// Containment by iterating (`_PySequence_IterSearch`).
    pub fn contains_by_iteration(&self, container: &Value, x: &Value) -> PyResult<bool> {
        let it = self.iter(container).map_err(|e| {
            if e.matches(exceptions::TYPE_ERROR.get()) {
                self.type_error(format!(
                    "argument of type '{}' is not a container or iterable",
                    container.ty().tp_name()
                ))
            } else {
                e
            }
        })?;
        while let Some(item) = self.next(&it)? {
            if self.eq(&item, x)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// `iter(v)` (CPython `PyObject_GetIter`).
    pub fn iter(&self, v: &Value) -> PyResult {
        let ty = v.ty();
        if let Some(f) = ty.slots.iter.get() {
            let it = f(self, v)?;
            if it.ty().slots.iternext.get().is_none() {
                return Err(self.type_error(format!(
                    "iter() returned non-iterator of type '{}'",
                    it.ty().tp_name()
                )));
            }
            return Ok(it);
        }
        // The sequence protocol: __getitem__ with 0, 1, 2, ...
        let has_getitem = ty.slots.mp_subscript.get().is_some() || ty.slots.sq_item.get().is_some();
        if has_getitem && v.downcast_ref::<Dict>().is_none() {
            return Ok(super::iter::new_seq_iter(self, super::iter::SeqKind::Generic, v.clone()));
        }
        Err(self.type_error(format!("'{}' object is not iterable", ty.tp_name())))
    }

    /// `next(it)` without a default; `Ok(None)` at the end.
    #[inline]
    pub fn next(&self, it: &Value) -> PyResult<Option<Value>> {
        match it.ty().slots.iternext.get() {
            Some(f) => {
                let r = f(self, it);
                if let Ok(None) = &r {
                    self.take_stop_iteration_value();
                }
                r
            }
            None => Err(self.type_error(format!(
                "'{}' object is not an iterator",
                it.ty().tp_name()
            ))),
        }
    }

    /// All items of an iterable (fast paths for list and tuple).
    pub fn to_vec(&self, v: &Value) -> PyResult<Vec<Value>> {
        if let Some(t) = v.downcast_ref::<Tuple>() {
            if v.is_type(super::tuple_type::TUPLE_TYPE.get()) {
                return Ok(t.as_slice().to_vec());
            }
        }
        if let Some(l) = v.downcast_ref::<List>() {
            if v.is_type(super::list::LIST_TYPE.get()) {
                return Ok(l.to_vec());
            }
        }
        let it = self.iter(v)?;
        let mut out = Vec::new();
        while let Some(x) = self.next(&it)? {
            out.push(x);
        }
        Ok(out)
    }

    /// `tuple(v)`.
    pub fn sequence_to_tuple(&self, v: &Value) -> PyResult<PyRef<Tuple>> {
        if v.is_type(super::tuple_type::TUPLE_TYPE.get()) {
            if let Ok(t) = v.clone().downcast::<Tuple>() {
                return Ok(t);
            }
        }
        Ok(new_tuple(self.to_vec(v)?))
    }

    /// The bytes of a bytes-like object, or TypeError.
    pub fn bytes_from_object(&self, v: &Value) -> PyResult<Vec<u8>> {
        super::bytes::bytes_like(v).ok_or_else(|| {
            self.type_error(format!(
                "a bytes-like object is required, not '{}'",
                v.ty().tp_name()
            ))
        })
    }

    /// Refuses an allocation known to be huge before making it (DESIGN:
    /// results like `'x' * 10**12` raise MemoryError, never abort).
    pub fn check_big_alloc(&self, bytes: u64) -> PyResult<()> {
        if bytes > MAX_ALLOC_BYTES {
            return Err(self.memory_error());
        }
        Ok(())
    }

    /// Binds a descriptor to an instance (`descr.__get__(obj, type(obj))`).
    pub fn bind(&self, descr: &Value, obj: &Value) -> PyResult {
        match descr.ty().slots.descr_get.get() {
            Some(g) => g(self, descr, Some(obj), Some(&obj.ty().to_value())),
            None => Ok(descr.clone()),
        }
    }

    /// `isinstance(obj, cls)` (CPython `PyObject_IsInstance`).
    pub fn isinstance(&self, obj: &Value, cls: &Value) -> PyResult<bool> {
        if let Some(t) = cls.downcast_ref::<TypeData>() {
            if obj.ty().is_subtype(t) {
                return Ok(true);
            }
            if cls.is_type(super::type_::TYPE_TYPE.get()) {
                return self.recursive_isinstance(obj, t);
            }
        }
        if let Some(tup) = cls.downcast_ref::<Tuple>() {
            for c in tup.as_slice() {
                if self.with_native_recursion(" in __instancecheck__", || self.isinstance(obj, c))? {
                    return Ok(true);
                }
            }
            return Ok(false);
        }
        if cls.is_type(super::genericalias::UNION_TYPE.get()) {
            if let Some(a) = cls.downcast_ref::<super::genericalias::Alias>() {
                return self.isinstance(obj, &a.args);
            }
        }
        if let Some(check) = self.lookup_special(cls, "__instancecheck__")? {
            let r = self.with_native_recursion(" in __instancecheck__", || self.call(&check, std::slice::from_ref(obj)))?;
            return self.is_true(&r);
        }
        self.recursive_isinstance_generic(obj, cls)
    }

    /// `type.__instancecheck__`: real subtyping, or `__class__` for proxies.
    pub fn recursive_isinstance(&self, obj: &Value, cls: &TypeObject) -> PyResult<bool> {
        if obj.ty().is_subtype(cls) {
            return Ok(true);
        }
        if let Some(c) = self.get_attr_str_opt(obj, "__class__")? {
            if !c.is(&obj.ty().to_value()) {
                if let Some(ct) = c.downcast_ref::<TypeData>() {
                    return Ok(ct.is_subtype(cls));
                }
            }
        }
        Ok(false)
    }

    fn recursive_isinstance_generic(&self, obj: &Value, cls: &Value) -> PyResult<bool> {
        if self.get_attr_str_opt(cls, "__bases__")?.is_none() {
            return Err(self.type_error(
                "isinstance() arg 2 must be a type, a tuple of types, or a union",
            ));
        }
        match self.get_attr_str_opt(obj, "__class__")? {
            Some(c) => self.abstract_issubclass(&c, cls),
            None => Ok(false),
        }
    }

    /// `issubclass(sub, cls)` (CPython `PyObject_IsSubclass`).
    pub fn issubclass(&self, sub: &Value, cls: &Value) -> PyResult<bool> {
        if let (Some(s), Some(c)) = (sub.downcast_ref::<TypeData>(), cls.downcast_ref::<TypeData>()) {
            if cls.is_type(super::type_::TYPE_TYPE.get()) {
                return Ok(s.is_subtype(c));
            }
        }
        if let Some(tup) = cls.downcast_ref::<Tuple>() {
            for c in tup.as_slice() {
                if self.with_native_recursion(" in __subclasscheck__", || self.issubclass(sub, c))? {
                    return Ok(true);
                }
            }
            return Ok(false);
        }
        if cls.is_type(super::genericalias::UNION_TYPE.get()) {
            if let Some(a) = cls.downcast_ref::<super::genericalias::Alias>() {
                return self.issubclass(sub, &a.args);
            }
        }
        if let Some(check) = self.lookup_special(cls, "__subclasscheck__")? {
            let r = self.with_native_recursion(" in __subclasscheck__", || self.call(&check, std::slice::from_ref(sub)))?;
            return self.is_true(&r);
        }
        self.recursive_issubclass_generic(sub, cls)
    }

    /// `type.__subclasscheck__`.
    pub fn recursive_issubclass(&self, sub: &Value, cls: &TypeObject) -> PyResult<bool> {
        if let Some(s) = sub.downcast_ref::<TypeData>() {
            return Ok(s.is_subtype(cls));
        }
        self.recursive_issubclass_generic(sub, &cls.to_value())
    }

    fn recursive_issubclass_generic(&self, sub: &Value, cls: &Value) -> PyResult<bool> {
        if self.get_attr_str_opt(sub, "__bases__")?.is_none() {
            return Err(self.type_error("issubclass() arg 1 must be a class"));
        }
        if self.get_attr_str_opt(cls, "__bases__")?.is_none() {
            return Err(self.type_error(
                "issubclass() arg 2 must be a class, a tuple of classes, or a union",
            ));
        }
        self.abstract_issubclass(sub, cls)
    }

    fn abstract_issubclass(&self, derived: &Value, cls: &Value) -> PyResult<bool> {
        if derived.is(cls) {
            return Ok(true);
        }
        let Some(bases) = self.get_attr_str_opt(derived, "__bases__")? else {
            return Ok(false);
        };
        let Some(t) = bases.downcast_ref::<Tuple>() else { return Ok(false) };
        for b in t.as_slice() {
            if self.with_native_recursion(" in __subclasscheck__", || self.abstract_issubclass(b, cls))? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// `format(v, spec)` (CPython `PyObject_Format`).
    pub fn format(&self, v: &Value, spec: &Value) -> PyResult {
        if spec.downcast_ref::<Str>().is_some_and(|s| s.char_len() == 0) {
            if v.is_type(super::str::STR_TYPE.get()) {
                return Ok(v.clone());
            }
            if super::int::is_exact_int(v) {
                return Ok(self.str(v)?.into_value());
            }
        }
        let Some(meth) = self.lookup_special(v, "__format__")? else {
            return Err(self.type_error(format!(
                "Type {} doesn't define __format__",
                v.ty().tp_name()
            )));
        };
        let r = self.call(&meth, std::slice::from_ref(spec))?;
        if r.downcast_ref::<Str>().is_none() {
            return Err(self.type_error(format!(
                "__format__ must return a str, not {}",
                r.ty().tp_name()
            )));
        }
        Ok(r)
    }

    /// `KeyError(msg)` with a message rather than a key.
    pub fn key_error_msg(&self, msg: impl Into<String>) -> PyErr {
        self.new_exception_msg(exceptions::KEY_ERROR.get(), msg.into())
    }

    /// A `builtins` attribute by name.
    pub fn builtin(&self, name: &str) -> PyResult {
        self.state()
            .builtins
            .get_str_item_rs(name)
            .ok_or_else(|| self.internal_error("builtins entry missing"))
    }

    /// The builtins a function defined in `globals` sees (`__builtins__` of
    /// the module, as CPython's `_PyEval_BuiltinsFromGlobals`).
    pub fn builtins_for_globals(&self, globals: &PyRef<Dict>) -> PyRef<Dict> {
        if let Some(b) = globals.get_str_item_rs("__builtins__") {
            if let Some(m) = b.downcast_ref::<super::module::Module>() {
                return m.dict.clone();
            }
            if let Ok(d) = b.downcast::<Dict>() {
                return d;
            }
        }
        self.state().builtins.clone()
    }

    /// A global of the innermost Python frame (e.g. `__name__` for `__module__`).
    pub fn caller_global(&self, name: &str) -> Option<Value> {
        let f = self.frames.current.get();
        if f.is_null() {
            return None;
        }
        // SAFETY: the current frame is live on this thread.
        unsafe { (*f).globals.get_str_item_rs(name) }
    }

    /// `PyMapping_Check`: the type has `__getitem__` (sequences too).
    pub fn is_mapping(&self, v: &Value) -> bool {
        v.ty().slots.mp_subscript.get().is_some()
    }

    /// `obj.name(*args)`.
    pub fn call_method(&self, obj: &Value, name: &str, args: &[Value]) -> PyResult {
        let m = self.get_attr_str(obj, name)?;
        self.call(&m, args)
    }

    /// `os.fsdecode(path)` for str, bytes and os.PathLike (CPython
    /// `PyUnicode_FSDecoder`), as a Rust string.
    pub fn fsdecode(&self, v: &Value) -> PyResult<String> {
        if let Some(s) = v.downcast_ref::<super::str::Str>() {
            return Ok(s.to_string_lossy());
        }
        if let Some(b) = v.downcast_ref::<super::bytes::Bytes>() {
            return Ok(String::from_utf8_lossy(b.payload.as_bytes()).into_owned());
        }
        if let Some(r) = self.call_special(v, "__fspath__", &[])? {
            if r.downcast_ref::<super::str::Str>().is_some() || r.downcast_ref::<super::bytes::Bytes>().is_some() {
                return self.fsdecode(&r);
            }
            return Err(self.type_error(format!(
                "expected {}.__fspath__() to return str or bytes, not {}",
                v.ty().name(),
                r.ty().tp_name()
            )));
        }
        Err(self.type_error(format!("expected str, bytes or os.PathLike object, not {}", v.ty().tp_name())))
    }

    /// Adds a note to an exception (`e.add_note(note)`), ignoring failure.
    pub fn add_note(&self, e: &PyErr, note: &str) {
        let exc = e.value();
        if let Ok(m) = self.get_attr_str(&exc, "add_note") {
            let _ = self.call(&m, &[super::str::new_string(note.to_string()).into_value()]);
        }
    }

    /// A `UnicodeDecodeError(encoding, object, start, end, reason)`.
    pub fn unicode_decode_error(&self, encoding: &str, data: &[u8], start: usize, end: usize, reason: &str) -> PyErr {
        let args = vec![
            super::str::new_str(encoding).into_value(),
            super::bytes::new_bytes(data.to_vec()).into_value(),
            new_int(start as i64),
            new_int(end as i64),
            super::str::new_str(reason).into_value(),
        ];
        let e = self.new_exception(exceptions::UNICODE_DECODE_ERROR.get(), args.clone());
        let x = e.exception();
        use exceptions::field;
        x.set_field(field::UNICODE_ENCODING, Some(args[0].clone()));
        x.set_field(field::UNICODE_OBJECT, Some(args[1].clone()));
        x.set_field(field::UNICODE_START, Some(args[2].clone()));
        x.set_field(field::UNICODE_END, Some(args[3].clone()));
        x.set_field(field::UNICODE_REASON, Some(args[4].clone()));
        e
    }

    /// A `UnicodeEncodeError(encoding, object, start, end, reason)`.
    pub fn unicode_encode_error(&self, encoding: &str, s: &Str, start: usize, end: usize, reason: &str) -> PyErr {
        let obj = super::str::new_str_from_gen_utf8(s.as_bytes().to_vec()).into_value();
        let args = vec![
            super::str::new_str(encoding).into_value(),
            obj,
            new_int(start as i64),
            new_int(end as i64),
            super::str::new_str(reason).into_value(),
        ];
        let e = self.new_exception(exceptions::UNICODE_ENCODE_ERROR.get(), args.clone());
        let x = e.exception();
        use exceptions::field;
        x.set_field(field::UNICODE_ENCODING, Some(args[0].clone()));
        x.set_field(field::UNICODE_OBJECT, Some(args[1].clone()));
        x.set_field(field::UNICODE_START, Some(args[2].clone()));
        x.set_field(field::UNICODE_END, Some(args[3].clone()));
        x.set_field(field::UNICODE_REASON, Some(args[4].clone()));
        e
    }

    /// Keeps the StopIteration a Python `__next__` raised, for callers that
    /// need its value (`next()`, `yield from` over a non-generator).
    pub fn set_stop_iteration_value(&self, e: &PyErr) {
        self.stop_iteration.replace(Some(e.value()));
    }

    pub(crate) fn take_stop_iteration_value(&self) -> Option<Value> {
        self.stop_iteration.take()
    }

    /// The StopIteration to raise for an exhausted iterator: the one its
    /// `__next__` raised if any, else a fresh one.
    pub fn stop_iteration_from_state(&self) -> PyErr {
        match self.take_stop_iteration_value().and_then(|v| v.downcast::<exceptions::BaseExceptionData>().ok()) {
            Some(e) => PyErr::from_exception(e),
            None => self.stop_iteration(None),
        }
    }

    /// After a native call: no-op hook kept for the eval loop's check point.
    #[inline(always)]
    pub fn check_signals_after_native_call(&self, r: PyResult) -> PyResult {
        r
    }

    /// The value of a StopIteration (`e.value`), or None.
    pub fn stop_iteration_value(&self, e: &PyErr) -> Value {
        e.exception().field(exceptions::field::STOP_ITERATION_VALUE).unwrap_or_else(none::none)
    }
}
