//! Raising exceptions: [`PyErr`] and the `vm.*_error` constructors.
//!
//! CPython: Python/errors.c.
//!
//! A `PyErr` holds the exception instance, always a `BaseException`; the
//! traceback grows on it as it propagates through frames. The exception edge
//! is the only place a `PyErr` travels: slots that can fail return
//! `PyResult<T>`, and iteration's normal end is `Ok(None)`, not a
//! StopIteration object.

use std::fmt;

use crate::objects::exceptions::{self as exc, BaseExceptionData};
use crate::objects::str::new_string;
use crate::objects::type_::TypeObject;
use crate::objects::value::{PyRef, Value};
use crate::vm::Vm;

/// A raised exception.
pub struct PyErr {
    exc: PyRef<BaseExceptionData>,
}

impl PyErr {
    /// Wraps an exception instance.
    pub fn from_exception(exc: PyRef<BaseExceptionData>) -> PyErr {
        PyErr { exc }
    }

    /// A raised exception from an instance made by calling a class; a value
    /// that is not an exception gives CPython's TypeError.
    pub fn from_value(vm: &Vm, v: Value) -> PyErr {
        match v.downcast::<BaseExceptionData>() {
            Ok(e) => PyErr::from_exception(e),
            Err(_) => vm.type_error("exceptions must derive from BaseException"),
        }
    }

    /// The exception instance.
    #[inline]
    pub fn exception(&self) -> &PyRef<BaseExceptionData> {
        &self.exc
    }

    pub fn into_exception(self) -> PyRef<BaseExceptionData> {
        self.exc
    }

    pub fn value(&self) -> Value {
        self.exc.as_value().clone()
    }

    /// The exception's type.
    pub fn ty(&self) -> &TypeObject {
        self.exc.ty()
    }

    /// `isinstance(exc, ty)`.
    pub fn matches(&self, ty: &TypeObject) -> bool {
        self.exc.ty().is_subtype(ty)
    }
}

impl fmt::Debug for PyErr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let args = self.exc.payload.args.borrow();
        write!(f, "{}(", self.exc.ty().name())?;
        for (i, a) in args.as_slice().iter().enumerate() {
            if i > 0 {
                f.write_str(", ")?;
            }
            match a.downcast_ref::<crate::objects::str::Str>() {
                Some(s) => write!(f, "{:?}", s.as_str_lossy())?,
                None => write!(f, "{a:?}")?,
            }
        }
        f.write_str(")")
    }
}

macro_rules! error_ctors {
    ($($fn:ident => $ty:ident),* $(,)?) => {
        impl Vm {
            $(
                #[cold]
                pub fn $fn(&self, msg: impl Into<String>) -> PyErr {
                    self.new_exception_msg(exc::$ty.get(), msg.into())
                }
            )*
        }
    };
}

error_ctors! {
    type_error => TYPE_ERROR,
    value_error => VALUE_ERROR,
    index_error => INDEX_ERROR,
    attribute_error_msg => ATTRIBUTE_ERROR,
    name_error_msg => NAME_ERROR,
    runtime_error => RUNTIME_ERROR,
    overflow_error => OVERFLOW_ERROR,
    zero_division_error => ZERO_DIVISION_ERROR,
    recursion_error => RECURSION_ERROR,
    memory_error_msg => MEMORY_ERROR,
    system_error => SYSTEM_ERROR,
    not_implemented_error => NOT_IMPLEMENTED_ERROR,
    assertion_error => ASSERTION_ERROR,
    import_error_msg => IMPORT_ERROR,
    eof_error => EOF_ERROR,
    unicode_error => UNICODE_ERROR,
    lookup_error => LOOKUP_ERROR,
    buffer_error => BUFFER_ERROR,
    os_error_msg => OS_ERROR,
    unbound_local_error => UNBOUND_LOCAL_ERROR,
    stop_async_iteration_msg => STOP_ASYNC_ITERATION,
    reference_error => REFERENCE_ERROR,
}

impl Vm {
    /// `PyErr_SetString(ty, msg)`: an instance of `ty` with `args == (msg,)`.
    #[cold]
    pub fn new_exception_msg(&self, ty: &TypeObject, msg: String) -> PyErr {
        let arg = new_string(msg).into_value();
        self.new_exception(ty, vec![arg])
    }

    /// An instance of `ty` with `args` (without calling a Python `__init__`;
    /// builtin exception types only, or heap subclasses that do not override
    /// `__new__`/`__init__`).
    #[cold]
    pub fn new_exception(&self, ty: &TypeObject, args: Vec<Value>) -> PyErr {
        PyErr::from_exception(exc::new_exception_raw(self, ty, args))
    }

    /// `KeyError(key)`: its args are the key itself, so `str()` shows its repr.
    #[cold]
    pub fn key_error(&self, key: Value) -> PyErr {
        self.new_exception(exc::KEY_ERROR.get(), vec![key])
    }

    /// `StopIteration(value)`; `None` gives a bare StopIteration.
    #[cold]
    pub fn stop_iteration(&self, value: Option<Value>) -> PyErr {
        let args = value.into_iter().collect();
        self.new_exception(exc::STOP_ITERATION.get(), args)
    }

    /// `AttributeError` with `name` and `obj` set, as CPython's
    /// `PyObject_GetAttr` raises it (the "Did you mean" suggestion is added
    /// when the traceback is printed).
    #[cold]
    pub fn attribute_error(&self, obj: &Value, name: &Value, msg: String) -> PyErr {
        let e = self.new_exception_msg(exc::ATTRIBUTE_ERROR.get(), msg);
        exc::set_attribute_error_context(&e, obj.clone(), name.clone());
        e
    }

    /// `'T' object has no attribute 'name'`.
    #[cold]
    pub fn no_attribute(&self, obj: &Value, name: &Value) -> PyErr {
        let msg = format!(
            "'{}' object has no attribute '{}'",
            obj.ty().tp_name(),
            crate::objects::str_type::display_str(name)
        );
        self.attribute_error(obj, name, msg)
    }

    /// `NameError: name 'x' is not defined`, with `name` set.
    #[cold]
    pub fn name_error(&self, name: &Value) -> PyErr {
        let msg = format!(
            "name '{}' is not defined",
            crate::objects::str_type::display_str(name)
        );
        let e = self.new_exception_msg(exc::NAME_ERROR.get(), msg);
        exc::set_name_error_name(&e, name.clone());
        e
    }

    /// `MemoryError()` with no message.
    #[cold]
    pub fn memory_error(&self) -> PyErr {
        self.new_exception(exc::MEMORY_ERROR.get(), vec![])
    }

    /// A `SystemError` for a broken invariant inside oxpy: never a panic.
    #[cold]
    pub fn internal_error(&self, what: &str) -> PyErr {
        self.system_error(format!("oxpy internal error: {what}"))
    }
}
