//! Issuing warnings from native code.
//!
//! CPython: Python/_warnings.c. oxpy has no `_warnings` module: the
//! standard library's `warnings` then runs entirely on `_py_warnings`, as it
//! does on CPython built without the accelerator. Native code warns through
//! [`warn`]: once `warnings` is imported it goes through `warnings.warn`
//! (so filters, `catch_warnings` and `showwarning` apply); before that it
//! applies CPython's default filters itself.

use crate::objects::bool_::new_bool;
use crate::objects::dict::Dict;
use crate::objects::str::{Str, new_str};
use crate::objects::tuple::new_tuple;
use crate::objects::type_::TypeObject;
use crate::objects::value::PyRef;
use crate::objects::{exceptions, int};
use crate::vm::{PyResult, Vm};

/// What the default filters do with a category warned from `module`
/// (CPython's `_PyWarnings_InitState` filters for a release build).
fn default_action(category: &TypeObject, module: &str) -> &'static str {
    if category.is_subtype(exceptions::DEPRECATION_WARNING.get()) {
        return if module == "__main__" { "default" } else { "ignore" };
    }
    for t in [
        exceptions::PENDING_DEPRECATION_WARNING.get(),
        exceptions::IMPORT_WARNING.get(),
        exceptions::RESOURCE_WARNING.get(),
    ] {
        if category.is_subtype(t) {
            return "ignore";
        }
    }
    "default"
}

/// `warnings.warn(msg, category, stacklevel)` from native code.
pub fn warn(vm: &Vm, category: &TypeObject, msg: &str, stacklevel: usize) -> PyResult<()> {
    if let Some(w) = vm.state().modules.get_str_item_rs("warnings") {
        if let Some(f) = vm.get_attr_str_opt(&w, "warn")? {
            let args = [new_str(msg).into_value(), category.to_value(), int::new_int(stacklevel as i64)];
            vm.call(&f, &args)?;
            return Ok(());
        }
    }
    let (globals, filename, lineno) = match vm.frame_object_at(stacklevel.saturating_sub(1)) {
        Some(f) => {
            let file = f.code().core.filename.to_string();
            (Some(f.globals().clone()), file, f.lineno().unwrap_or(0))
        }
        None => (None, "<sys>".to_string(), 0),
    };
    let module = globals
        .as_ref()
        .and_then(|g| g.get_str_item_rs("__name__"))
        .and_then(|n| n.downcast_ref::<Str>().map(|s| s.to_string_lossy()))
        .unwrap_or_else(|| "<string>".into());
    let action = default_action(category, &module);
    if action == "ignore" {
        return Ok(());
    }
    if action == "error" {
        return Err(vm.new_exception_msg(category, msg.to_string()));
    }
    if let Some(g) = &globals {
        if !already_warned(vm, g, msg, category, lineno)? {
            show(vm, category, msg, &filename, lineno);
        }
    } else {
        show(vm, category, msg, &filename, lineno);
    }
    Ok(())
}

/// `warnings.warn_explicit(msg, category, filename, lineno)` with no module
/// registry (CPython `PyErr_WarnExplicitObject(..., NULL, NULL)`), as the
/// compiler issues its SyntaxWarnings.
pub fn warn_explicit(vm: &Vm, category: &TypeObject, msg: &str, filename: &str, lineno: i32) -> PyResult<()> {
    if let Some(w) = vm.state().modules.get_str_item_rs("warnings") {
        if let Some(f) = vm.get_attr_str_opt(&w, "warn_explicit")? {
            let args = [
                new_str(msg).into_value(),
                category.to_value(),
                new_str(filename).into_value(),
                int::new_int(lineno as i64),
            ];
            vm.call(&f, &args)?;
            return Ok(());
        }
    }
    // CPython's normalize_module: the file name without ".py".
    let module = filename.strip_suffix(".py").unwrap_or(filename);
    match default_action(category, module) {
        "ignore" => Ok(()),
        "error" => Err(vm.new_exception_msg(category, msg.to_string())),
        _ => {
            show(vm, category, msg, filename, lineno);
            Ok(())
        }
    }
}

/// Records the warning in the module's `__warningregistry__`; true when it
/// was there already (the "default" action shows each location once).
fn already_warned(vm: &Vm, globals: &PyRef<Dict>, msg: &str, category: &TypeObject, lineno: i32) -> PyResult<bool> {
    let reg = match globals.get_str_item_rs("__warningregistry__").and_then(|r| r.downcast::<Dict>().ok()) {
        Some(r) => r,
        None => {
            let r = crate::objects::dict::new_dict(vm);
            globals.set_str_item(vm.intern("__warningregistry__"), r.as_value().clone());
            r
        }
    };
    let key = new_tuple(vec![new_str(msg).into_value(), category.to_value(), int::new_int(lineno as i64)]).into_value();
    if reg.get_item(vm, &key)?.is_some() {
        return Ok(true);
    }
    reg.set_item(vm, key, new_bool(true))?;
    Ok(false)
}

/// Prints a warning as `warnings.showwarning` would.
fn show(vm: &Vm, category: &TypeObject, msg: &str, filename: &str, lineno: i32) {
    let mut text = format!("{filename}:{lineno}: {}: {msg}\n", category.name());
    if let Some(line) = crate::traceback::source_line(filename, lineno) {
        let l = line.trim();
        if !l.is_empty() {
            text.push_str(&format!("  {l}\n"));
        }
    }
    super::sys::write_stderr(vm, &text);
}
