//! Interpreter state: everything Python-level that belongs to one
//! interpreter (DESIGN 2). Process-wide state is immutable or atomic and
//! lives in `runtime.rs`.
//!
//! CPython: Include/internal/pycore_interp_structs.h (`PyInterpreterState`).

use std::cell::{Cell, RefCell};
use std::collections::HashMap;

use crate::gc::GcState;
use crate::objects::dict::{Dict, new_untracked_dict};
use crate::objects::str::{Str, new_str};
use crate::objects::type_::TypeObject;
use crate::objects::value::{PyRef, Value};
use crate::vm::{PyResult, Vm};

/// A value that may be shared between the OS threads of one interpreter,
/// touched only by the thread holding that interpreter's GIL.
pub struct GilCell<T>(T);

// SAFETY: the contents are reached only through `Interpreter::py`, which is
// called with a `&Vm` of this interpreter; a Vm exists only on a thread that
// holds the interpreter's GIL (see vm/mod.rs), so at most one thread at a
// time touches the contents.
unsafe impl<T> Sync for GilCell<T> {}
// SAFETY: as above; moving the cell between threads moves only the right to
// use it under the GIL.
unsafe impl<T> Send for GilCell<T> {}

/// One interpreter: its GIL and its Python-level state.
pub struct Interpreter {
    gil: gil::InterpreterState,
    py: GilCell<InterpState>,
}

impl Interpreter {
    pub fn new(config: Config) -> Interpreter {
        Interpreter { gil: gil::InterpreterState::new(), py: GilCell(InterpState::new(config)) }
    }

    /// The GIL-level state (GIL, thread states, pending calls).
    pub fn gil_state(&self) -> &gil::InterpreterState {
        &self.gil
    }

    /// The Python-level state; callers hold the GIL (they have a Vm).
    #[inline(always)]
    pub(crate) fn py(&self) -> &InterpState {
        &self.py.0
    }
}

/// How an interpreter was configured (command line, embedding host).
#[derive(Clone, Debug, Default)]
pub struct Config {
    pub argv: Vec<String>,
    pub orig_argv: Vec<String>,
    /// `sys.path` entries before the embedded Lib.
    pub path: Vec<String>,
    pub executable: String,
    /// `-B` / PYTHONDONTWRITEBYTECODE.
    pub dont_write_bytecode: bool,
    /// `-I`, `-E`, `-s`, `-S`, `-u`, `-O` ... as `sys.flags` shows them.
    pub isolated: bool,
    pub ignore_environment: bool,
    pub no_site: bool,
    pub unbuffered: bool,
    pub optimize: i32,
    pub verbose: i32,
    pub quiet: bool,
    pub safe_path: bool,
    pub bytes_warning: u8,
    pub warnoptions: Vec<String>,
    pub xoptions: Vec<String>,
    pub inspect: bool,
    pub interactive: bool,
    pub dev_mode: bool,
    pub utf8_mode: bool,
}

/// The Python-level state of one interpreter.
pub struct InterpState {
    pub config: Config,
    /// `sys.modules`.
    pub modules: PyRef<Dict>,
    /// The `builtins` module's namespace.
    pub builtins: PyRef<Dict>,
    pub builtins_module: RefCell<Option<Value>>,
    pub sys_module: RefCell<Option<Value>>,
    /// The builtin `__import__` (IMPORT_NAME's fast path checks for it).
    pub builtin_import: RefCell<Option<Value>>,
    /// `_frozen_importlib.BuiltinImporter`, the loader of native modules.
    pub builtin_importer: RefCell<Option<Value>>,
    /// `sys.intern`'s table, hashed by the strs' own (randomised) hashes.
    intern: RefCell<hashbrown::HashTable<PyRef<Str>>>,
    pub recursion_limit: Cell<i32>,
    pub int_max_str_digits: Cell<usize>,
    pub bytes_warning: Cell<u8>,
    next_func_version: Cell<u32>,
    /// Direct subclasses of every type (builtin types' lists are per
    /// interpreter, as CPython's), by type address.
    subclasses: RefCell<HashMap<*const TypeObject, Vec<*const TypeObject>>>,
    /// `int.__dict__` and friends: a per-interpreter dict copy of a builtin
    /// type's attribute table, made on first access.
    static_dicts: RefCell<HashMap<*const TypeObject, PyRef<Dict>>>,
    pub gc: GcState,
    /// `sys.setswitchinterval` value (seconds), mirrored into the GIL.
    pub switch_interval: Cell<f64>,
    /// Objects with weak references, by address: the weakref objects.
    pub weakrefs: RefCell<HashMap<usize, Vec<Value>>>,
    /// The program ended with an uncaught KeyboardInterrupt: the command line
    /// then exits by SIGINT, as CPython does.
    pub unhandled_keyboard_interrupt: Cell<bool>,
    /// The warnings filters' "once" registry and related state.
    pub warnings_once: RefCell<std::collections::HashSet<String>>,
}

impl InterpState {
    fn new(config: Config) -> InterpState {
        let bytes_warning = config.bytes_warning;
        InterpState {
            config,
            modules: new_untracked_dict(),
            builtins: new_untracked_dict(),
            builtins_module: RefCell::new(None),
            sys_module: RefCell::new(None),
            builtin_import: RefCell::new(None),
            builtin_importer: RefCell::new(None),
            intern: RefCell::new(hashbrown::HashTable::new()),
            recursion_limit: Cell::new(1000),
            int_max_str_digits: Cell::new(crate::objects::int::DEFAULT_MAX_STR_DIGITS),
            bytes_warning: Cell::new(bytes_warning),
            next_func_version: Cell::new(1),
            subclasses: RefCell::new(HashMap::new()),
            static_dicts: RefCell::new(HashMap::new()),
            gc: GcState::new(),
            switch_interval: Cell::new(0.005),
            weakrefs: RefCell::new(HashMap::new()),
            warnings_once: RefCell::new(std::collections::HashSet::new()),
            unhandled_keyboard_interrupt: Cell::new(false),
        }
    }

    /// `sys.intern`: one object per distinct text in this interpreter.
    pub fn intern_str(&self, s: &str) -> PyRef<Str> {
        if let Some(st) = crate::objects::names::static_name(s) {
            return st.to_ref();
        }
        let hash = crate::objects::str::hash_of_text(s.as_bytes());
        if let Some(r) = self.intern.borrow().find(hash as u64, |e| e.as_bytes() == s.as_bytes()) {
            return r.clone();
        }
        let r = new_str(s);
        r.header().set_flag(crate::objects::value::flags::INTERNED, true);
        self.intern.borrow_mut().insert_unique(hash as u64, r.clone(), |e| e.hash() as u64);
        r
    }

    /// The interned str equal to `s` (`s` itself when it is the first).
    #[inline]
    pub fn intern_ref(&self, s: PyRef<Str>) -> PyRef<Str> {
        if s.header().has_flag(crate::objects::value::flags::INTERNED) {
            return s;
        }
        self.intern_slow(s)
    }

    #[cold]
    fn intern_slow(&self, s: PyRef<Str>) -> PyRef<Str> {
        if let Some(st) = s.as_str().and_then(crate::objects::names::static_name) {
            return st.to_ref();
        }
        let hash = s.hash() as u64;
        if let Some(r) = self.intern.borrow().find(hash, |e| e.as_bytes() == s.as_bytes()) {
            return r.clone();
        }
        // Only exact strs of this interpreter are interned in place (a
        // static str outside the identifier list is shared and never flagged).
        if !s.header().has_flag(crate::objects::value::flags::STATIC) && std::ptr::eq(s.ty(), crate::objects::str::STR_TYPE.get()) {
            s.header().set_flag(crate::objects::value::flags::INTERNED, true);
        }
        self.intern.borrow_mut().insert_unique(hash, s.clone(), |e| e.hash() as u64);
        s
    }

    pub fn next_func_version(&self) -> u32 {
        let v = self.next_func_version.get();
        self.next_func_version.set(v.wrapping_add(1).max(1));
        v
    }

    pub fn add_subclass(&self, base: &TypeObject, sub: &TypeObject) {
        self.subclasses.borrow_mut().entry(base as *const TypeObject).or_default().push(sub as *const TypeObject);
    }

    /// Forgets a dying heap type in every subclass list.
    pub fn forget_type(&self, ty: *const TypeObject) {
        let mut m = self.subclasses.borrow_mut();
        m.remove(&ty);
        for v in m.values_mut() {
            v.retain(|&t| t != ty);
        }
        self.static_dicts.borrow_mut().remove(&ty);
    }

    /// `cls.__subclasses__()`.
    pub fn subclasses_of(&self, ty: &TypeObject) -> Vec<Value> {
        self.subclass_ptrs(ty)
            .into_iter()
            // SAFETY: subclass pointers are removed when a type dies (`forget_type`).
            .map(|p| unsafe { &*p }.to_value())
            .collect()
    }

    pub fn subclass_ptrs(&self, ty: &TypeObject) -> Vec<*const TypeObject> {
        self.subclasses.borrow().get(&(ty as *const TypeObject)).cloned().unwrap_or_default()
    }

    /// The per-interpreter dict behind a builtin type's `__dict__` proxy.
    pub fn static_type_dict(&self, vm: &Vm, ty: &TypeObject) -> PyResult<PyRef<Dict>> {
        if let Some(d) = self.static_dicts.borrow().get(&(ty as *const TypeObject)) {
            return Ok(d.clone());
        }
        let d = crate::objects::dict::new_dict(vm);
        for (k, v) in ty.attr_table().iter() {
            d.set_item(vm, k.as_value().clone(), v.clone())?;
        }
        self.static_dicts.borrow_mut().insert(ty as *const TypeObject, d.clone());
        Ok(d)
    }
}
