//! Native modules: the Rust counterparts of CPython's Modules/*.c and the
//! C parts of Python/ (sys, _warnings, _imp). Each file is named by the
//! module's import name.
//!
//! A native module is a [`ModuleDef`]: its functions and an `exec` step that
//! fills in constants and types. The import system creates a fresh module
//! object from the def in every interpreter that imports it (CPython's
//! multi-phase init), so no module state is shared between interpreters.

pub mod io;
pub mod signal;
pub mod sys;
pub mod warnings;

use crate::objects::descr::new_module_function;
use crate::objects::module::{Module, new_module};
use crate::objects::str::new_str;
use crate::objects::type_::MethodDef;
use crate::objects::value::PyRef;
use crate::vm::{PyResult, Vm};

/// A native module's definition (CPython `PyModuleDef`).
pub struct ModuleDef {
    pub name: &'static str,
    pub doc: Option<&'static str>,
    pub methods: &'static [MethodDef],
    /// Fills the new module's namespace after its functions are added
    /// (CPython `Py_mod_exec`).
    pub exec: Option<fn(&Vm, &PyRef<Module>) -> PyResult<()>>,
}

/// The modules compiled into oxpy, importable by name (`sys.builtin_module_names`).
/// `sys` and `builtins` are created at interpreter start and are listed here
/// so that `sys.builtin_module_names` names them.
static BUILTIN_MODULES: &[&ModuleDef] = &[&io::MODULE_DEF, &signal::MODULE_DEF];

/// The definition of the builtin module `name`, if there is one.
pub fn find_builtin(name: &str) -> Option<&'static ModuleDef> {
    BUILTIN_MODULES.iter().copied().find(|d| d.name == name)
}

/// The names in `sys.builtin_module_names`, sorted as CPython sorts them.
pub fn builtin_module_names() -> Vec<&'static str> {
    let mut v: Vec<&'static str> = BUILTIN_MODULES.iter().map(|d| d.name).collect();
    v.extend(["builtins", "sys"]);
    v.sort_unstable();
    v
}

/// A new module object made from `def` (CPython `PyModule_FromDefAndSpec`
/// followed by `PyModule_ExecDef`).
pub fn create_module(vm: &Vm, def: &'static ModuleDef) -> PyResult<PyRef<Module>> {
    let m = new_module(vm, def.name)?;
    add_functions(vm, &m, def.methods);
    if let Some(doc) = def.doc {
        m.payload.dict.set_str_item(vm.intern("__doc__"), new_str(doc).into_value());
    }
    if let Some(exec) = def.exec {
        exec(vm, &m)?;
    }
    Ok(m)
}

/// Adds builtin functions bound to `m` (CPython `PyModule_AddFunctions`).
pub fn add_functions(vm: &Vm, m: &PyRef<Module>, methods: &'static [MethodDef]) {
    let name = m.payload.dict.get_str_item_rs("__name__");
    for def in methods {
        let f = new_module_function(def, Some(m.as_value().clone()), name.clone());
        m.payload.dict.set_str_item(vm.intern(def.name), f);
    }
}
