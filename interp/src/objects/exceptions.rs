//! The builtin exceptions: their payload and the behaviour of each family.
//! The types themselves are declared in `exceptions_table.rs` (generated).
//!
//! CPython: Objects/exceptions.c.

use std::cell::{Cell, RefCell};

use super::str::{Str, new_str};
use super::tuple::{EMPTY_TUPLE, Tuple, new_tuple};
use super::type_::{GetSetDef, MemberDef, MethodDef, MethodFn, Slots, TypeObject, tpflags};
use super::value::{LayoutId, Payload, PyRef, Value};
use crate::errors::PyErr;
use crate::vm::{FuncArgs, PyResult, Vm};

pub use super::exceptions_table::*;

/// The payload of every exception (CPython `PyBaseExceptionObject` and the
/// family structs `PyOSErrorObject`, `PySyntaxErrorObject`, ...).
pub struct BaseExceptionData {
    pub args: RefCell<PyRef<Tuple>>,
    pub traceback: RefCell<Option<Value>>,
    pub context: RefCell<Option<Value>>,
    pub cause: RefCell<Option<Value>>,
    pub suppress_context: Cell<bool>,
    /// The family's own fields, by the indices in [`field`].
    pub fields: RefCell<Vec<Option<Value>>>,
}

// SAFETY: BaseExceptionData is the only payload with LayoutId::BaseException.
unsafe impl Payload for BaseExceptionData {
    const LAYOUT: LayoutId = LayoutId::BaseException;
}

/// Indices of family fields in [`BaseExceptionData::fields`].
pub mod field {
    pub const STOP_ITERATION_VALUE: usize = 0;
    pub const SYSTEM_EXIT_CODE: usize = 0;
    pub const IMPORT_MSG: usize = 0;
    pub const IMPORT_NAME: usize = 1;
    pub const IMPORT_PATH: usize = 2;
    pub const IMPORT_NAME_FROM: usize = 3;
    pub const OS_ERRNO: usize = 0;
    pub const OS_STRERROR: usize = 1;
    pub const OS_FILENAME: usize = 2;
    pub const OS_FILENAME2: usize = 3;
    pub const OS_CHARACTERS_WRITTEN: usize = 4;
    pub const SYNTAX_MSG: usize = 0;
    pub const SYNTAX_FILENAME: usize = 1;
    pub const SYNTAX_LINENO: usize = 2;
    pub const SYNTAX_OFFSET: usize = 3;
    pub const SYNTAX_TEXT: usize = 4;
    pub const SYNTAX_END_LINENO: usize = 5;
    pub const SYNTAX_END_OFFSET: usize = 6;
    pub const SYNTAX_PRINT_FILE_AND_LINE: usize = 7;
    pub const SYNTAX_METADATA: usize = 8;
    pub const ATTRIBUTE_NAME: usize = 0;
    pub const ATTRIBUTE_OBJ: usize = 1;
    pub const NAME_NAME: usize = 0;
    pub const UNICODE_ENCODING: usize = 0;
    pub const UNICODE_OBJECT: usize = 1;
    pub const UNICODE_START: usize = 2;
    pub const UNICODE_END: usize = 3;
    pub const UNICODE_REASON: usize = 4;
    pub const GROUP_MESSAGE: usize = 0;
    pub const GROUP_EXCEPTIONS: usize = 1;
    pub const MAX: usize = 9;
}

impl BaseExceptionData {
    pub fn new(args: PyRef<Tuple>) -> BaseExceptionData {
        BaseExceptionData {
            args: RefCell::new(args),
            traceback: RefCell::new(None),
            context: RefCell::new(None),
            cause: RefCell::new(None),
            suppress_context: Cell::new(false),
            fields: RefCell::new(Vec::new()),
        }
    }

    pub fn field(&self, i: usize) -> Option<Value> {
        self.fields.borrow().get(i).cloned().flatten()
    }

    pub fn set_field(&self, i: usize, v: Option<Value>) {
        let old = {
            let mut f = self.fields.borrow_mut();
            if f.len() <= i {
                f.resize(i + 1, None);
            }
            std::mem::replace(&mut f[i], v)
        };
        drop(old);
    }

    pub fn args(&self) -> PyRef<Tuple> {
        self.args.borrow().clone()
    }

    pub fn traceback(&self) -> Option<Value> {
        self.traceback.borrow().clone()
    }

    pub fn set_traceback(&self, tb: Option<Value>) {
        let old = self.traceback.replace(tb);
        drop(old);
    }

    pub fn context(&self) -> Option<Value> {
        self.context.borrow().clone()
    }

    pub fn set_context(&self, c: Option<Value>) {
        let old = self.context.replace(c);
        drop(old);
    }

    pub fn cause(&self) -> Option<Value> {
        self.cause.borrow().clone()
    }

    pub fn set_cause(&self, c: Option<Value>) {
        let old = self.cause.replace(c);
        drop(old);
    }
}

pub(crate) const EXCEPTION_FLAGS: u64 =
    tpflags::BASETYPE | tpflags::HAVE_GC | tpflags::BASE_EXC_SUBCLASS | tpflags::MANAGED_DICT;

pub(crate) fn no_attrs() -> Vec<(&'static str, Value)> {
    Vec::new()
}

/// An exception instance of `ty` with `args`, made without calling Python code.
pub fn new_exception_raw(vm: &Vm, ty: &TypeObject, args: Vec<Value>) -> PyRef<BaseExceptionData> {
    let data = BaseExceptionData::new(new_tuple(args));
    let r = crate::objects::value::alloc(ty, data)
        .unwrap_or_else(|| std::alloc::handle_alloc_error(std::alloc::Layout::new::<BaseExceptionData>()));
    crate::gc::track(vm, r.as_value());
    init_family_fields(&r);
    r
}

/// Fills the family fields the way each family's `__init__` does from `args`.
fn init_family_fields(e: &PyRef<BaseExceptionData>) {
    let ty = e.ty();
    let args = e.args();
    let a = args.as_slice();
    if ty.is_subtype(STOP_ITERATION.get()) {
        e.set_field(field::STOP_ITERATION_VALUE, Some(a.first().cloned().unwrap_or_else(crate::objects::none::none)));
    } else if ty.is_subtype(SYSTEM_EXIT.get()) {
        let code = match a.len() {
            0 => crate::objects::none::none(),
            1 => a[0].clone(),
            _ => args.as_value().clone(),
        };
        e.set_field(field::SYSTEM_EXIT_CODE, Some(code));
    } else if ty.is_subtype(IMPORT_ERROR.get()) {
        if a.len() == 1 {
            e.set_field(field::IMPORT_MSG, Some(a[0].clone()));
        }
    } else if ty.is_subtype(OS_ERROR.get()) {
        if (2..=5).contains(&a.len()) {
            e.set_field(field::OS_ERRNO, Some(a[0].clone()));
            e.set_field(field::OS_STRERROR, Some(a[1].clone()));
            if a.len() >= 3 {
                e.set_field(field::OS_FILENAME, Some(a[2].clone()));
            }
            if a.len() >= 5 {
                e.set_field(field::OS_FILENAME2, Some(a[4].clone()));
            }
        }
    } else if ty.is_subtype(SYNTAX_ERROR.get()) {
        syntax_error_fields_from_args(e, a);
    }
}

fn syntax_error_fields_from_args(e: &PyRef<BaseExceptionData>, a: &[Value]) {
    if let Some(msg) = a.first() {
        e.set_field(field::SYNTAX_MSG, Some(msg.clone()));
    }
    if a.len() == 2 {
        if let Some(info) = a[1].downcast_ref::<Tuple>() {
            let items = info.as_slice();
            let names = [
                field::SYNTAX_FILENAME,
                field::SYNTAX_LINENO,
                field::SYNTAX_OFFSET,
                field::SYNTAX_TEXT,
                field::SYNTAX_END_LINENO,
                field::SYNTAX_END_OFFSET,
            ];
            for (i, v) in items.iter().enumerate().take(6) {
                e.set_field(names[i], Some(v.clone()));
            }
        }
    }
}

pub(crate) fn set_attribute_error_context(e: &PyErr, obj: Value, name: Value) {
    let x = e.exception();
    x.set_field(field::ATTRIBUTE_OBJ, Some(obj));
    x.set_field(field::ATTRIBUTE_NAME, Some(name));
}

pub(crate) fn set_name_error_name(e: &PyErr, name: Value) {
    e.exception().set_field(field::NAME_NAME, Some(name));
}

fn exc_of<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a super::value::PyObject<BaseExceptionData>> {
    v.downcast_ref::<BaseExceptionData>().ok_or_else(|| {
        vm.type_error(format!(
            "descriptor requires a 'BaseException' object but received a '{}'",
            v.ty().tp_name()
        ))
    })
}

// ---------------------------------------------------------------------------
// BaseException.

fn base_exception_new(vm: &Vm, ty: &TypeObject, args: FuncArgs<'_>) -> PyResult {
    let data = BaseExceptionData::new(new_tuple(args.positional().to_vec()));
    let r = crate::objects::value::alloc(ty, data).ok_or_else(|| vm.memory_error())?;
    crate::gc::track(vm, r.as_value());
    Ok(r.into_value())
}

fn base_exception_init(vm: &Vm, zelf: &Value, args: FuncArgs<'_>) -> PyResult<()> {
    let e = exc_of(vm, zelf)?;
    if args.has_kwargs() && !zelf.ty().is_heap_type() {
        return Err(vm.type_error(format!("{}() takes no keyword arguments", zelf.ty().name())));
    }
    let old = e.args.replace(new_tuple(args.positional().to_vec()));
    drop(old);
    Ok(())
}

/// `BaseException.__repr__` (CPython `BaseException_repr`).
fn base_exception_repr(vm: &Vm, zelf: &Value) -> PyResult {
    let e = exc_of(vm, zelf)?;
    let name = zelf.ty().name().to_string();
    let args = e.args();
    let s = if args.len() == 1 {
        format!("{}({})", name, vm.repr(&args.as_slice()[0])?.as_str_lossy())
    } else {
        format!("{}{}", name, vm.repr(args.as_value())?.as_str_lossy())
    };
    Ok(crate::objects::str::new_string(s).into_value())
}

/// `BaseException.__str__`: '' for no args, str(arg) for one, str(args) else.
fn base_exception_str(vm: &Vm, zelf: &Value) -> PyResult {
    let e = exc_of(vm, zelf)?;
    let args = e.args();
    match args.len() {
        0 => Ok(super::str::EMPTY_STR.value()),
        1 => Ok(vm.str(&args.as_slice()[0])?.into_value()),
        _ => Ok(vm.str(args.as_value())?.into_value()),
    }
}

fn base_exception_with_traceback(vm: &Vm, zelf: &Value, tb: &Value) -> PyResult {
    set_traceback(vm, zelf, Some(tb.clone()))?;
    Ok(zelf.clone())
}

fn base_exception_add_note(vm: &Vm, zelf: &Value, note: &Value) -> PyResult {
    if note.downcast_ref::<Str>().is_none() {
        return Err(vm.type_error(format!("note must be a str, not '{}'", note.ty().tp_name())));
    }
    let notes_name = vm.intern("__notes__");
    let notes = match vm.get_attr_opt(zelf, &notes_name)? {
        Some(n) => n,
        None => {
            let l = crate::objects::list::new_list(Vec::new()).into_value();
            vm.set_attr(zelf, &notes_name, l.clone())?;
            l
        }
    };
    match notes.downcast_ref::<crate::objects::list::List>() {
        Some(l) => {
            l.push(note.clone());
            Ok(crate::objects::none::none())
        }
        None => Err(vm.type_error("Cannot add note: __notes__ is not a list")),
    }
}

fn base_exception_reduce(vm: &Vm, zelf: &Value) -> PyResult {
    let e = exc_of(vm, zelf)?;
    let ty = zelf.ty().to_value();
    let args = e.args().into_value();
    let dict = crate::objects::baseobject::instance_dict(zelf);
    let mut items = vec![ty, args];
    if let Some(d) = dict {
        if d.downcast_ref::<crate::objects::dict::Dict>().is_some_and(|d| d.len() > 0) {
            items.push(d);
        }
    }
    Ok(new_tuple(items).into_value())
}

fn base_exception_setstate(vm: &Vm, zelf: &Value, state: &Value) -> PyResult {
    if let Some(d) = state.downcast_ref::<crate::objects::dict::Dict>() {
        for (k, v) in d.items() {
            let name = k.downcast::<Str>().map_err(|_| vm.type_error("attribute name must be string"))?;
            vm.set_attr(zelf, &name, v)?;
        }
    } else if !state.is_static(&crate::objects::none::NONE) {
        return Err(vm.type_error("state is not a dictionary"));
    }
    Ok(crate::objects::none::none())
}

fn get_args(vm: &Vm, zelf: &Value) -> PyResult {
    Ok(exc_of(vm, zelf)?.args().into_value())
}

fn set_args(vm: &Vm, zelf: &Value, v: Option<Value>) -> PyResult<()> {
    let e = exc_of(vm, zelf)?;
    let v = v.ok_or_else(|| vm.type_error("args may not be deleted"))?;
    let t = vm.sequence_to_tuple(&v)?;
    let old = e.args.replace(t);
    drop(old);
    Ok(())
}

fn get_traceback(vm: &Vm, zelf: &Value) -> PyResult {
    Ok(exc_of(vm, zelf)?.traceback().unwrap_or_else(crate::objects::none::none))
}

pub(crate) fn set_traceback(vm: &Vm, zelf: &Value, v: Option<Value>) -> PyResult<()> {
    let e = exc_of(vm, zelf)?;
    let v = v.ok_or_else(|| vm.type_error("__traceback__ may not be deleted"))?;
    if v.is_static(&crate::objects::none::NONE) {
        e.set_traceback(None);
    } else if v.downcast_ref::<crate::objects::traceback::Traceback>().is_some() {
        e.set_traceback(Some(v));
    } else {
        return Err(vm.type_error("__traceback__ must be a traceback or None"));
    }
    Ok(())
}

fn get_context(vm: &Vm, zelf: &Value) -> PyResult {
    Ok(exc_of(vm, zelf)?.context().unwrap_or_else(crate::objects::none::none))
}

fn set_context(vm: &Vm, zelf: &Value, v: Option<Value>) -> PyResult<()> {
    let e = exc_of(vm, zelf)?;
    let v = v.ok_or_else(|| vm.type_error("__context__ may not be deleted"))?;
    if v.is_static(&crate::objects::none::NONE) {
        e.set_context(None);
    } else if v.downcast_ref::<BaseExceptionData>().is_some() {
        e.set_context(Some(v));
    } else {
        return Err(vm.type_error("exception context must be None or derive from BaseException"));
    }
    Ok(())
}

fn get_cause(vm: &Vm, zelf: &Value) -> PyResult {
    Ok(exc_of(vm, zelf)?.cause().unwrap_or_else(crate::objects::none::none))
}

fn set_cause(vm: &Vm, zelf: &Value, v: Option<Value>) -> PyResult<()> {
    let e = exc_of(vm, zelf)?;
    let v = v.ok_or_else(|| vm.type_error("__cause__ may not be deleted"))?;
    if v.is_static(&crate::objects::none::NONE) {
        e.set_cause(None);
    } else if v.downcast_ref::<BaseExceptionData>().is_some() {
        e.set_cause(Some(v));
    } else {
        return Err(vm.type_error("exception cause must be None or derive from BaseException"));
    }
    e.suppress_context.set(true);
    Ok(())
}

fn get_suppress_context(vm: &Vm, zelf: &Value) -> PyResult {
    Ok(crate::objects::bool_::new_bool(exc_of(vm, zelf)?.suppress_context.get()))
}

fn set_suppress_context(vm: &Vm, zelf: &Value, v: Option<Value>) -> PyResult<()> {
    let e = exc_of(vm, zelf)?;
    let v = v.ok_or_else(|| vm.type_error("__suppress_context__ may not be deleted"))?;
    e.suppress_context.set(vm.is_true(&v)?);
    Ok(())
}

pub static BASE_EXCEPTION_METHODS: &[MethodDef] = &[
    MethodDef {
        name: "__reduce__",
        func: MethodFn::NoArgs(base_exception_reduce),
        doc: None,
    },
    MethodDef {
        name: "__setstate__",
        func: MethodFn::O(base_exception_setstate),
        doc: None,
    },
    MethodDef {
        name: "with_traceback",
        func: MethodFn::O(base_exception_with_traceback),
        doc: Some("Set self.__traceback__ to tb and return self."),
    },
    MethodDef {
        name: "add_note",
        func: MethodFn::O(base_exception_add_note),
        doc: Some("Add a note to the exception"),
    },
];

pub static BASE_EXCEPTION_GETSETS: &[GetSetDef] = &[
    GetSetDef {
        name: "args",
        get: Some(get_args),
        set: Some(set_args),
        doc: None,
    },
    GetSetDef {
        name: "__traceback__",
        get: Some(get_traceback),
        set: Some(set_traceback),
        doc: None,
    },
    GetSetDef {
        name: "__context__",
        get: Some(get_context),
        set: Some(set_context),
        doc: Some("exception context"),
    },
    GetSetDef {
        name: "__cause__",
        get: Some(get_cause),
        set: Some(set_cause),
        doc: Some("exception cause"),
    },
    GetSetDef {
        name: "__suppress_context__",
        get: Some(get_suppress_context),
        set: Some(set_suppress_context),
        doc: None,
    },
];

pub static BASE_EXCEPTION_MEMBERS: &[MemberDef] = &[];

pub const BASE_EXCEPTION_SLOTS: Slots = Slots {
    new: Cell::new(Some(base_exception_new)),
    init: Cell::new(Some(base_exception_init)),
    repr: Cell::new(Some(base_exception_repr)),
    str: Cell::new(Some(base_exception_str)),
    ..crate::objects::baseobject::OBJECT_SLOTS
};

// ---------------------------------------------------------------------------
// Families with fields: each field is a member read and written by index.

macro_rules! field_members {
    ($name:ident: $($pyname:literal => $idx:expr),* $(,)?) => {
        pub static $name: &[MemberDef] = &[
            $(
                MemberDef {
                    name: $pyname,
                    get: |vm, v| Ok(exc_of(vm, v)?.field($idx).unwrap_or_else(crate::objects::none::none)),
                    set: Some(|vm, v, x| {
                        exc_of(vm, v)?.set_field($idx, x);
                        Ok(())
                    }),
                    doc: None,
                },
            )*
        ];
    };
}

field_members!(STOP_ITERATION_MEMBERS: "value" => field::STOP_ITERATION_VALUE);
pub static STOP_ITERATION_METHODS: &[MethodDef] = &[];
pub static STOP_ITERATION_GETSETS: &[GetSetDef] = &[];

fn family_init(vm: &Vm, zelf: &Value, args: FuncArgs<'_>) -> PyResult<()> {
    base_exception_init(vm, zelf, args)?;
    if let Some(e) = zelf.downcast_ref::<BaseExceptionData>() {
        init_family_fields(&e.to_ref());
    }
    Ok(())
}

pub const STOP_ITERATION_SLOTS: Slots = Slots {
    init: Cell::new(Some(family_init)),
    ..BASE_EXCEPTION_SLOTS
};

field_members!(SYSTEM_EXIT_MEMBERS: "code" => field::SYSTEM_EXIT_CODE);
pub static SYSTEM_EXIT_METHODS: &[MethodDef] = &[];
pub static SYSTEM_EXIT_GETSETS: &[GetSetDef] = &[];
pub const SYSTEM_EXIT_SLOTS: Slots = Slots {
    init: Cell::new(Some(family_init)),
    ..BASE_EXCEPTION_SLOTS
};

field_members!(IMPORT_ERROR_MEMBERS:
    "msg" => field::IMPORT_MSG, "name" => field::IMPORT_NAME,
    "path" => field::IMPORT_PATH, "name_from" => field::IMPORT_NAME_FROM);
pub static IMPORT_ERROR_METHODS: &[MethodDef] = &[];
pub static IMPORT_ERROR_GETSETS: &[GetSetDef] = &[];

/// `ImportError.__init__(*args, name=None, path=None, name_from=None)`.
fn import_error_init(vm: &Vm, zelf: &Value, args: FuncArgs<'_>) -> PyResult<()> {
    let pos = FuncArgs::positional_only(args.positional());
    base_exception_init(vm, zelf, pos)?;
    let e = exc_of(vm, zelf)?;
    init_family_fields(&e.to_ref());
    for (k, v) in args.kwargs() {
        let k = crate::objects::str_type::display_str(k);
        let idx = match &*k {
            "name" => field::IMPORT_NAME,
            "path" => field::IMPORT_PATH,
            "name_from" => field::IMPORT_NAME_FROM,
            _ => {
                return Err(vm.type_error(format!(
                    "'{k}' is an invalid keyword argument for {}()",
                    zelf.ty().name()
                )));
            }
        };
        e.set_field(idx, Some(v.clone()));
    }
    Ok(())
}

fn import_error_str(vm: &Vm, zelf: &Value) -> PyResult {
    let e = exc_of(vm, zelf)?;
    match e.field(field::IMPORT_MSG) {
        Some(m) if !m.is_static(&crate::objects::none::NONE) => Ok(vm.str(&m)?.into_value()),
        _ => base_exception_str(vm, zelf),
    }
}

pub const IMPORT_ERROR_SLOTS: Slots = Slots {
    init: Cell::new(Some(import_error_init)),
    str: Cell::new(Some(import_error_str)),
    ..BASE_EXCEPTION_SLOTS
};

field_members!(OS_ERROR_MEMBERS:
    "errno" => field::OS_ERRNO, "strerror" => field::OS_STRERROR,
    "filename" => field::OS_FILENAME, "filename2" => field::OS_FILENAME2,
    "characters_written" => field::OS_CHARACTERS_WRITTEN);
pub static OS_ERROR_METHODS: &[MethodDef] = &[];
pub static OS_ERROR_GETSETS: &[GetSetDef] = &[];

/// `OSError(errno, strerror[, filename[, winerror[, filename2]]])` picks the
/// subclass for `errno` when called as `OSError` itself (CPython `OSError_new`).
fn os_error_new(vm: &Vm, ty: &TypeObject, args: FuncArgs<'_>) -> PyResult {
    let mut ty = ty;
    let a = args.positional();
    if std::ptr::eq(ty, OS_ERROR.get()) && (2..=5).contains(&a.len()) {
        if let Some(errno) = a[0].as_small_int() {
            if let Some(sub) = os_error_subclass(errno) {
                ty = sub;
            }
        }
    }
    base_exception_new(vm, ty, args)
}

/// The OSError (subclass) for a failed system call, as CPython's
/// `PyErr_SetFromErrnoWithFilenameObject` raises it.
pub fn os_error_from_io(vm: &Vm, e: &std::io::Error, filename: Option<&Value>) -> crate::errors::PyErr {
    let Some(errno) = e.raw_os_error() else {
        return vm.new_exception_msg(OS_ERROR.get(), e.to_string());
    };
    // io::Error's Display is "<strerror> (os error N)".
    let text = e.to_string();
    let strerror = match text.rfind(" (os error ") {
        Some(i) => text[..i].to_string(),
        None => text,
    };
    let mut args = vec![crate::objects::int::new_int(errno as i64), crate::objects::str::new_string(strerror).into_value()];
    if let Some(f) = filename {
        args.push(f.clone());
    }
    match vm.call(&OS_ERROR.value(), &args) {
        Ok(v) => crate::errors::PyErr::from_value(vm, v),
        Err(e) => e,
    }
}

/// The OSError subclass CPython maps an errno to (`errnomap`).
pub fn os_error_subclass(errno: i64) -> Option<&'static TypeObject> {
    Some(match errno as i32 {
        libc_errno::EAGAIN | libc_errno::EALREADY | libc_errno::EINPROGRESS => BLOCKING_IO_ERROR.get(),
        libc_errno::ECHILD => CHILD_PROCESS_ERROR.get(),
        libc_errno::EPIPE | libc_errno::ESHUTDOWN => BROKEN_PIPE_ERROR.get(),
        libc_errno::ECONNABORTED => CONNECTION_ABORTED_ERROR.get(),
        libc_errno::ECONNREFUSED => CONNECTION_REFUSED_ERROR.get(),
        libc_errno::ECONNRESET => CONNECTION_RESET_ERROR.get(),
        libc_errno::EEXIST => FILE_EXISTS_ERROR.get(),
        libc_errno::ENOENT => FILE_NOT_FOUND_ERROR.get(),
        libc_errno::EISDIR => IS_A_DIRECTORY_ERROR.get(),
        libc_errno::ENOTDIR => NOT_A_DIRECTORY_ERROR.get(),
        libc_errno::EINTR => INTERRUPTED_ERROR.get(),
        libc_errno::EACCES | libc_errno::EPERM | libc_errno::ENOTCAPABLE => PERMISSION_ERROR.get(),
        libc_errno::ESRCH => PROCESS_LOOKUP_ERROR.get(),
        libc_errno::ETIMEDOUT => TIMEOUT_ERROR.get(),
        _ => return None,
    })
}

/// Linux errno values (CPython maps them through `errnomap`).
pub mod libc_errno {
    pub const EPERM: i32 = 1;
    pub const ENOENT: i32 = 2;
    pub const ESRCH: i32 = 3;
    pub const EINTR: i32 = 4;
    pub const ECHILD: i32 = 10;
    pub const EAGAIN: i32 = 11;
    pub const EACCES: i32 = 13;
    pub const EEXIST: i32 = 17;
    pub const ENOTDIR: i32 = 20;
    pub const EISDIR: i32 = 21;
    pub const EPIPE: i32 = 32;
    pub const ESHUTDOWN: i32 = 108;
    pub const ETIMEDOUT: i32 = 110;
    pub const ECONNREFUSED: i32 = 111;
    pub const EALREADY: i32 = 114;
    pub const EINPROGRESS: i32 = 115;
    pub const ECONNABORTED: i32 = 103;
    pub const ECONNRESET: i32 = 104;
    /// Not on Linux: never matches.
    pub const ENOTCAPABLE: i32 = -1000;
}

/// `OSError.__str__`: `[Errno 2] No such file or directory: 'x'`.
fn os_error_str(vm: &Vm, zelf: &Value) -> PyResult {
    let e = exc_of(vm, zelf)?;
    let none = |v: &Option<Value>| v.as_ref().is_none_or(|v| v.is_static(&crate::objects::none::NONE));
    let errno = e.field(field::OS_ERRNO);
    let strerror = e.field(field::OS_STRERROR);
    let f1 = e.field(field::OS_FILENAME);
    let f2 = e.field(field::OS_FILENAME2);
    if !none(&f1) {
        let en = vm.str(errno.as_ref().unwrap_or(&crate::objects::none::none()))?;
        let se = vm.str(strerror.as_ref().unwrap_or(&crate::objects::none::none()))?;
        let r1 = vm.repr(f1.as_ref().unwrap_or(&crate::objects::none::none()))?;
        let s = if !none(&f2) {
            let r2 = vm.repr(f2.as_ref().unwrap_or(&crate::objects::none::none()))?;
            format!("[Errno {}] {}: {} -> {}", en.as_str_lossy(), se.as_str_lossy(), r1.as_str_lossy(), r2.as_str_lossy())
        } else {
            format!("[Errno {}] {}: {}", en.as_str_lossy(), se.as_str_lossy(), r1.as_str_lossy())
        };
        return Ok(crate::objects::str::new_string(s).into_value());
    }
    if !none(&errno) && !none(&strerror) {
        let en = vm.str(errno.as_ref().unwrap_or(&crate::objects::none::none()))?;
        let se = vm.str(strerror.as_ref().unwrap_or(&crate::objects::none::none()))?;
        return Ok(crate::objects::str::new_string(format!("[Errno {}] {}", en.as_str_lossy(), se.as_str_lossy())).into_value());
    }
    base_exception_str(vm, zelf)
}

pub const OS_ERROR_SLOTS: Slots = Slots {
    new: Cell::new(Some(os_error_new)),
    init: Cell::new(Some(family_init)),
    str: Cell::new(Some(os_error_str)),
    ..BASE_EXCEPTION_SLOTS
};

field_members!(SYNTAX_ERROR_MEMBERS:
    "msg" => field::SYNTAX_MSG, "filename" => field::SYNTAX_FILENAME,
    "lineno" => field::SYNTAX_LINENO, "offset" => field::SYNTAX_OFFSET,
    "text" => field::SYNTAX_TEXT, "end_lineno" => field::SYNTAX_END_LINENO,
    "end_offset" => field::SYNTAX_END_OFFSET,
    "print_file_and_line" => field::SYNTAX_PRINT_FILE_AND_LINE,
    "_metadata" => field::SYNTAX_METADATA);
pub static SYNTAX_ERROR_METHODS: &[MethodDef] = &[];
pub static SYNTAX_ERROR_GETSETS: &[GetSetDef] = &[];

/// `SyntaxError.__str__`: `msg (file.py, line 3)` (CPython `SyntaxError_str`).
fn syntax_error_str(vm: &Vm, zelf: &Value) -> PyResult {
    let e = exc_of(vm, zelf)?;
    let is_none = |v: &Option<Value>| v.as_ref().is_none_or(|v| v.is_static(&crate::objects::none::NONE));
    let msg = e.field(field::SYNTAX_MSG).unwrap_or_else(crate::objects::none::none);
    let msg = vm.str(&msg)?;
    let filename = e.field(field::SYNTAX_FILENAME);
    let lineno = e.field(field::SYNTAX_LINENO);
    // CPython shows only the file's base name.
    let fname = match &filename {
        Some(f) => f.downcast_ref::<Str>().map(|s| {
            let t = s.to_string_lossy();
            t.rsplit('/').next().unwrap_or(&t).to_string()
        }),
        None => None,
    };
    let line = match &lineno {
        Some(l) if !is_none(&lineno) => l.as_small_int(),
        _ => None,
    };
    let s = match (fname, line) {
        (Some(f), Some(l)) => format!("{} ({}, line {})", msg.as_str_lossy(), f, l),
        (Some(f), None) => format!("{} ({})", msg.as_str_lossy(), f),
        (None, Some(l)) => format!("{} (line {})", msg.as_str_lossy(), l),
        (None, None) => return Ok(msg.into_value()),
    };
    Ok(crate::objects::str::new_string(s).into_value())
}

pub const SYNTAX_ERROR_SLOTS: Slots = Slots {
    init: Cell::new(Some(family_init)),
    str: Cell::new(Some(syntax_error_str)),
    ..BASE_EXCEPTION_SLOTS
};

/// `KeyError.__str__`: the repr of a lone key, so `KeyError('')` shows `''`.
fn key_error_str(vm: &Vm, zelf: &Value) -> PyResult {
    let e = exc_of(vm, zelf)?;
    let args = e.args();
    if args.len() == 1 {
        return Ok(vm.repr(&args.as_slice()[0])?.into_value());
    }
    base_exception_str(vm, zelf)
}

pub const KEY_ERROR_SLOTS: Slots = Slots {
    str: Cell::new(Some(key_error_str)),
    ..BASE_EXCEPTION_SLOTS
};

field_members!(ATTRIBUTE_ERROR_MEMBERS: "name" => field::ATTRIBUTE_NAME, "obj" => field::ATTRIBUTE_OBJ);
pub static ATTRIBUTE_ERROR_METHODS: &[MethodDef] = &[];
pub static ATTRIBUTE_ERROR_GETSETS: &[GetSetDef] = &[];

/// `AttributeError.__init__(*args, name=None, obj=None)`.
fn attribute_error_init(vm: &Vm, zelf: &Value, args: FuncArgs<'_>) -> PyResult<()> {
    kw_fields_init(vm, zelf, args, &[("name", field::ATTRIBUTE_NAME), ("obj", field::ATTRIBUTE_OBJ)])
}

fn kw_fields_init(vm: &Vm, zelf: &Value, args: FuncArgs<'_>, names: &[(&str, usize)]) -> PyResult<()> {
    base_exception_init(vm, zelf, FuncArgs::positional_only(args.positional()))?;
    let e = exc_of(vm, zelf)?;
    for (k, v) in args.kwargs() {
        let k = crate::objects::str_type::display_str(k);
        match names.iter().find(|(n, _)| *n == &*k) {
            Some((_, idx)) => e.set_field(*idx, Some(v.clone())),
            None => {
                return Err(vm.type_error(format!(
                    "{}() got an unexpected keyword argument '{k}'",
                    zelf.ty().name()
                )));
            }
        }
    }
    Ok(())
}

pub const ATTRIBUTE_ERROR_SLOTS: Slots = Slots {
    init: Cell::new(Some(attribute_error_init)),
    ..BASE_EXCEPTION_SLOTS
};

field_members!(NAME_ERROR_MEMBERS: "name" => field::NAME_NAME);
pub static NAME_ERROR_METHODS: &[MethodDef] = &[];
pub static NAME_ERROR_GETSETS: &[GetSetDef] = &[];

fn name_error_init(vm: &Vm, zelf: &Value, args: FuncArgs<'_>) -> PyResult<()> {
    kw_fields_init(vm, zelf, args, &[("name", field::NAME_NAME)])
}

pub const NAME_ERROR_SLOTS: Slots = Slots {
    init: Cell::new(Some(name_error_init)),
    ..BASE_EXCEPTION_SLOTS
};

field_members!(UNICODE_ERROR_MEMBERS:
    "encoding" => field::UNICODE_ENCODING, "object" => field::UNICODE_OBJECT,
    "start" => field::UNICODE_START, "end" => field::UNICODE_END,
    "reason" => field::UNICODE_REASON);
pub static UNICODE_ERROR_METHODS: &[MethodDef] = &[];
pub static UNICODE_ERROR_GETSETS: &[GetSetDef] = &[];

fn unicode_error_init(vm: &Vm, zelf: &Value, args: FuncArgs<'_>) -> PyResult<()> {
    base_exception_init(vm, zelf, args)?;
    let e = exc_of(vm, zelf)?;
    let a = args.positional();
    let is_translate = zelf.ty().is_subtype(UNICODE_TRANSLATE_ERROR.get());
    let order: &[usize] = if is_translate {
        &[field::UNICODE_OBJECT, field::UNICODE_START, field::UNICODE_END, field::UNICODE_REASON]
    } else {
        &[field::UNICODE_ENCODING, field::UNICODE_OBJECT, field::UNICODE_START, field::UNICODE_END, field::UNICODE_REASON]
    };
    if a.len() != order.len() {
        return Err(vm.type_error(format!(
            "function takes exactly {} arguments ({} given)",
            order.len(),
            a.len()
        )));
    }
    for (i, idx) in order.iter().enumerate() {
        e.set_field(*idx, Some(a[i].clone()));
    }
    Ok(())
}

fn unicode_error_str(vm: &Vm, zelf: &Value) -> PyResult {
    let e = exc_of(vm, zelf)?;
    let get = |i| e.field(i).unwrap_or_else(crate::objects::none::none);
    let obj = get(field::UNICODE_OBJECT);
    let start = get(field::UNICODE_START).as_small_int().unwrap_or(0);
    let end = get(field::UNICODE_END).as_small_int().unwrap_or(0);
    let reason = vm.str(&get(field::UNICODE_REASON))?;
    let ty = zelf.ty();
    let s = if ty.is_subtype(UNICODE_DECODE_ERROR.get()) {
        let enc = vm.str(&get(field::UNICODE_ENCODING))?;
        let bytes = obj.downcast_ref::<crate::objects::bytes::Bytes>();
        match bytes {
            Some(b) if end == start + 1 && (start as usize) < b.as_bytes().len() => format!(
                "'{}' codec can't decode byte 0x{:02x} in position {}: {}",
                enc.as_str_lossy(),
                b.as_bytes()[start as usize],
                start,
                reason.as_str_lossy()
            ),
            _ => format!(
                "'{}' codec can't decode bytes in position {}-{}: {}",
                enc.as_str_lossy(),
                start,
                end - 1,
                reason.as_str_lossy()
            ),
        }
    } else {
        let s = obj.downcast_ref::<Str>();
        let what = if ty.is_subtype(UNICODE_ENCODE_ERROR.get()) {
            let enc = vm.str(&get(field::UNICODE_ENCODING))?;
            format!("'{}' codec can't encode", enc.as_str_lossy())
        } else {
            "can't translate".to_string()
        };
        match s.and_then(|s| if end == start + 1 { s.char_at(start as usize) } else { None }) {
            Some(cp) => {
                let esc = if cp <= 0xff {
                    format!("\\x{cp:02x}")
                } else if cp <= 0xffff {
                    format!("\\u{cp:04x}")
                } else {
                    format!("\\U{cp:08x}")
                };
                format!("{what} character '{esc}' in position {start}: {}", reason.as_str_lossy())
            }
            None => format!("{what} characters in position {}-{}: {}", start, end - 1, reason.as_str_lossy()),
        }
    };
    Ok(crate::objects::str::new_string(s).into_value())
}

pub const UNICODE_ENCODE_ERROR_SLOTS: Slots = Slots {
    init: Cell::new(Some(unicode_error_init)),
    str: Cell::new(Some(unicode_error_str)),
    ..BASE_EXCEPTION_SLOTS
};
pub const UNICODE_DECODE_ERROR_SLOTS: Slots = UNICODE_ENCODE_ERROR_SLOTS;
pub const UNICODE_TRANSLATE_ERROR_SLOTS: Slots = UNICODE_ENCODE_ERROR_SLOTS;

// ---------------------------------------------------------------------------
// BaseExceptionGroup (the essentials; split/subgroup/derive live in Python-
// visible methods below).

field_members!(EXCEPTION_GROUP_MEMBERS: "message" => field::GROUP_MESSAGE, "exceptions" => field::GROUP_EXCEPTIONS);
pub static EXCEPTION_GROUP_GETSETS: &[GetSetDef] = &[];
pub static EXCEPTION_GROUP_METHODS: &[MethodDef] = &[];

/// `BaseExceptionGroup(message, exceptions)` (CPython `BaseExceptionGroup_new`).
fn exception_group_new(vm: &Vm, ty: &TypeObject, args: FuncArgs<'_>) -> PyResult {
    let a = args.positional();
    let name = ty.name().to_string();
    if a.len() != 2 {
        return Err(vm.type_error(format!(
            "BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)",
            a.len()
        )));
    }
    if a[0].downcast_ref::<Str>().is_none() {
        return Err(vm.type_error(format!(
            "argument 1 must be str, not {}",
            a[0].ty().tp_name()
        )));
    }
    let excs = vm.sequence_to_tuple(&a[1]).map_err(|_| vm.type_error("second argument (exceptions) must be a sequence"))?;
    if excs.is_empty() {
        return Err(vm.value_error("second argument (exceptions) must be a non-empty sequence"));
    }
    let mut all_exceptions = true;
    for (i, x) in excs.as_slice().iter().enumerate() {
        match x.downcast_ref::<BaseExceptionData>() {
            Some(_) => {
                if !x.ty().is_subtype(EXCEPTION.get()) {
                    all_exceptions = false;
                }
            }
            None => {
                return Err(vm.value_error(format!(
                    "Item {i} of second argument (exceptions) is not an exception"
                )));
            }
        }
    }
    let mut ty = ty;
    if std::ptr::eq(ty, BASE_EXCEPTION_GROUP.get()) {
        if all_exceptions {
            ty = EXCEPTION_GROUP.get();
        }
    } else if std::ptr::eq(ty, EXCEPTION_GROUP.get()) {
        if !all_exceptions {
            return Err(vm.type_error("Cannot nest BaseExceptions in an ExceptionGroup"));
        }
    } else if !all_exceptions && !ty.is_subtype(EXCEPTION.get()) {
        // A user subclass of BaseExceptionGroup may hold BaseExceptions.
    } else if !all_exceptions {
        return Err(vm.type_error(format!("Cannot nest BaseExceptions in '{name}'")));
    }
    let r = base_exception_new(vm, ty, args)?;
    let e = exc_of(vm, &r)?;
    e.set_field(field::GROUP_MESSAGE, Some(a[0].clone()));
    e.set_field(field::GROUP_EXCEPTIONS, Some(excs.into_value()));
    Ok(r)
}

fn exception_group_init(vm: &Vm, zelf: &Value, args: FuncArgs<'_>) -> PyResult<()> {
    base_exception_init(vm, zelf, args)
}

/// `str(eg)`: `message (N sub-exceptions)`.
fn exception_group_str(vm: &Vm, zelf: &Value) -> PyResult {
    let e = exc_of(vm, zelf)?;
    let msg = e.field(field::GROUP_MESSAGE).unwrap_or_else(|| new_str("").into_value());
    let n = e
        .field(field::GROUP_EXCEPTIONS)
        .and_then(|t| t.downcast_ref::<Tuple>().map(|t| t.len()))
        .unwrap_or(0);
    let m = vm.str(&msg)?;
    let s = format!(
        "{} ({} sub-exception{})",
        m.as_str_lossy(),
        n,
        if n == 1 { "" } else { "s" }
    );
    Ok(crate::objects::str::new_string(s).into_value())
}

fn exception_group_repr(vm: &Vm, zelf: &Value) -> PyResult {
    let e = exc_of(vm, zelf)?;
    let msg = e.field(field::GROUP_MESSAGE).unwrap_or_else(crate::objects::none::none);
    let excs = e.field(field::GROUP_EXCEPTIONS).unwrap_or_else(|| EMPTY_TUPLE.value());
    let items: Vec<Value> = excs.downcast_ref::<Tuple>().map(|t| t.as_slice().to_vec()).unwrap_or_default();
    let list = crate::objects::list::new_list(items).into_value();
    let s = format!(
        "{}({}, {})",
        zelf.ty().name(),
        vm.repr(&msg)?.as_str_lossy(),
        vm.repr(&list)?.as_str_lossy()
    );
    Ok(crate::objects::str::new_string(s).into_value())
}

pub const EXCEPTION_GROUP_SLOTS: Slots = Slots {
    new: Cell::new(Some(exception_group_new)),
    init: Cell::new(Some(exception_group_init)),
    str: Cell::new(Some(exception_group_str)),
    repr: Cell::new(Some(exception_group_repr)),
    ..BASE_EXCEPTION_SLOTS
};
