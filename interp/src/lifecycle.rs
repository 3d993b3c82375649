//! Creating interpreters and attaching threads to them.
//!
//! CPython: Python/pylifecycle.c (`Py_InitializeFromConfig`,
//! `Py_NewInterpreterFromConfig`, `init_interp_main`), Python/pystate.c.
//!
//! An [`Interpreter`] is created empty; the first thread that attaches
//! builds its `builtins` and `sys` modules. Every thread that runs Python
//! code in it attaches with [`attach`], which takes the interpreter's GIL
//! for the thread's own thread state and gives the closure a [`Vm`].

use std::sync::Arc;

use crate::objects::module::new_module_with_dict;
use crate::objects::str::new_str;
use crate::state::{Config, Interpreter};
use crate::vm::{PyResult, Vm};

/// A new interpreter (its modules are built when a thread first attaches).
pub fn new_interpreter(config: Config) -> Arc<Interpreter> {
    Arc::new(Interpreter::new(config))
}

/// Runs `f` on this thread attached to `interp`: with its GIL held and a
/// [`Vm`] for the thread. Nested calls for the same interpreter reuse the
/// attachment.
pub fn attach<R>(interp: &Arc<Interpreter>, f: impl FnOnce(&Vm) -> R) -> Result<R, gil::GilError> {
    let ts = interp.gil_state().thread_state()?;
    let was_attached = ts.is_attached();
    if !was_attached {
        ts.attach()?;
    }
    let vm = Vm::new(interp.clone(), ts);
    let r = {
        let _enter = vm.enter();
        if vm.state().sys_module.borrow().is_none() {
            if let Err(e) = init_modules(&vm) {
                // Start-up failure is an oxpy bug: report it as Python would.
                let text = crate::traceback::format_exception(&vm, &e.value(), true);
                eprintln!("Fatal Python error: init_interp_main: can't initialize the interpreter\n{text}");
            }
        }
        f(&vm)
    };
    if !was_attached {
        let _ = vm.thread_state().detach();
    }
    Ok(r)
}

/// Builds `builtins`, `sys` and `sys.modules` (CPython `pycore_init_builtins`,
/// `_PySys_Create`).
fn init_modules(vm: &Vm) -> PyResult<()> {
    let st = vm.state();
    let builtins = new_module_with_dict(vm, "builtins", st.builtins.clone())?;
    let bv = builtins.as_value().clone();
    crate::builtins::init_builtins(vm, &st.builtins, &bv);
    *st.builtins_module.borrow_mut() = Some(bv.clone());
    *st.builtin_import.borrow_mut() = st.builtins.get_str_item_rs("__import__");
    let importer = importer_class(vm)?;
    *st.builtin_importer.borrow_mut() = Some(importer.clone());
    st.builtins.set_str_item(vm.intern("__loader__"), importer.clone());
    let sys = crate::modules::sys::create(vm)?;
    let sv = sys.as_value().clone();
    sys.payload.dict.set_str_item(vm.intern("__loader__"), importer);
    *st.sys_module.borrow_mut() = Some(sv.clone());
    st.modules.set_item(vm, new_str("sys").into_value(), sv)?;
    st.modules.set_item(vm, new_str("builtins").into_value(), bv)?;
    Ok(())
}

/// `_frozen_importlib.BuiltinImporter`: the loader native modules show.
fn importer_class(vm: &Vm) -> PyResult<crate::objects::value::Value> {
    let ns = crate::objects::dict::new_dict(vm);
    ns.set_str_item(vm.intern("__module__"), new_str("_frozen_importlib").into_value());
    ns.set_str_item(
        vm.intern("__doc__"),
        new_str("Meta path import for built-in modules.\n\n    All methods are either class or static methods to avoid the need to\n    instantiate the class.\n\n    ").into_value(),
    );
    let bases = crate::objects::tuple::new_tuple(vec![]);
    crate::objects::type_new::new_heap_type(
        vm,
        crate::objects::type_::TYPE_TYPE.get(),
        new_str("BuiltinImporter"),
        bases,
        ns,
        vec![],
    )
}
