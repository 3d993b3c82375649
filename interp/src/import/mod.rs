//! The import system.
//!
//! CPython: Python/import.c (`PyImport_ImportModuleLevelObject`) and the
//! frozen `importlib._bootstrap` / `_bootstrap_external` it calls into. oxpy
//! does the whole path in Rust: resolve the name, consult `sys.modules`, find
//! the module (user finders on `sys.meta_path`, then native modules, then
//! source files on `sys.path` or the package's `__path__`), execute it, and
//! handle `from ... import` lists. The objects CPython's importlib would
//! make are made here with the same attributes: `__spec__` (name, loader,
//! origin, parent, submodule_search_locations, has_location, cached) and
//! `__loader__`.
//!
//! Not yet: `.pyc` caching (`__pycache__`), zip imports, `sys.path_hooks`
//! (user finders on `sys.meta_path` are honoured).

use std::path::{Path, PathBuf};

use crate::errors::PyErr;
use crate::objects::bool_::new_bool;
use crate::objects::dict::{Dict, new_dict};
use crate::objects::exceptions::{self, field};
use crate::objects::list::new_list;
use crate::objects::module::{Module, new_module};
use crate::objects::none;
use crate::objects::str::{Str, new_str, new_string};
use crate::objects::value::{PyRef, Value};
use crate::vm::frame::Frame;
use crate::vm::{PyResult, Vm};

/// The directory of the pure-Python standard library (DESIGN 6).
pub fn stdlib_dir() -> &'static str {
    rustpython_pylib::LIB_PATH
}

/// Where a module was found.
enum Found {
    Native(&'static crate::modules::ModuleDef),
    Source { path: PathBuf, package_dir: Option<PathBuf> },
    Namespace(Vec<PathBuf>),
    /// A user finder on `sys.meta_path` returned this spec.
    Spec(Value),
}

/// `True` for the loader of native modules (module repr says "(built-in)").
pub fn is_builtin_importer(vm: &Vm, loader: &Value) -> bool {
    vm.state().builtin_importer.borrow().as_ref().is_some_and(|b| b.is(loader))
}

fn import_error(vm: &Vm, msg: String, name: Option<&str>, path: Option<&str>) -> PyErr {
    let e = vm.new_exception_msg(exceptions::IMPORT_ERROR.get(), msg);
    let exc = e.exception();
    exc.payload.set_field(field::IMPORT_NAME, Some(name.map_or_else(none::none, |n| new_str(n).into_value())));
    exc.payload.set_field(field::IMPORT_PATH, Some(path.map_or_else(none::none, |p| new_str(p).into_value())));
    e
}

fn module_not_found(vm: &Vm, msg: String, name: &str) -> PyErr {
    let e = vm.new_exception_msg(exceptions::MODULE_NOT_FOUND_ERROR.get(), msg);
    e.exception().payload.set_field(field::IMPORT_NAME, Some(new_str(name).into_value()));
    e
}

fn str_of(v: &Value) -> Option<String> {
    v.downcast_ref::<Str>().map(|s| s.to_string_lossy())
}

/// The absolute name of a relative import (CPython `resolve_name`).
fn resolve_name(vm: &Vm, name: &str, globals: Option<&Value>, level: i64) -> PyResult<String> {
    let Some(globals) = globals else {
        return Err(vm.key_error(new_str("'__name__' not in globals").into_value()));
    };
    let Some(g) = globals.downcast_ref::<Dict>() else {
        return Err(vm.type_error("globals must be a dict"));
    };
    let package = g.get_str_item_rs("__package__").filter(|p| !none::is_none(p));
    let spec = g.get_str_item_rs("__spec__").filter(|s| !none::is_none(s));
    let package: String = if let Some(p) = package {
        match str_of(&p) {
            Some(s) => s,
            None => return Err(vm.type_error("package must be a string")),
        }
    } else if let Some(spec) = spec {
        let parent = vm.get_attr_str(&spec, "parent")?;
        match str_of(&parent) {
            Some(s) => s,
            None => return Err(vm.type_error("__spec__.parent must be a string")),
        }
    } else {
        let Some(n) = g.get_str_item_rs("__name__") else {
            return Err(vm.key_error(new_str("'__name__' not in globals").into_value()));
        };
        let Some(n) = str_of(&n) else {
            return Err(vm.type_error("__name__ must be a string"));
        };
        if g.get_str_item_rs("__path__").is_some() {
            n
        } else {
            n.rsplit_once('.').map(|(a, _)| a.to_string()).unwrap_or_default()
        }
    };
    if package.is_empty() {
        return Err(import_error(vm, "attempted relative import with no known parent package".into(), None, None));
    }
    let mut base = package.as_str();
    for _ in 1..level {
        match base.rsplit_once('.') {
            Some((a, _)) => base = a,
            None => {
                return Err(import_error(vm, "attempted relative import beyond top-level package".into(), None, None));
            }
        }
    }
    Ok(if name.is_empty() { base.to_string() } else { format!("{base}.{name}") })
}

/// `__import__(name, globals, locals, fromlist, level)` (CPython
/// `PyImport_ImportModuleLevelObject`).
pub fn import_module_level(vm: &Vm, name: &PyRef<Str>, globals: Option<&Value>, fromlist: &Value, level: i64) -> PyResult {
    if level < 0 {
        return Err(vm.value_error("level must be >= 0"));
    }
    let name_s = name.to_string_lossy();
    let abs_name = if level > 0 {
        resolve_name(vm, &name_s, globals, level)?
    } else {
        if name_s.is_empty() {
            return Err(vm.value_error("Empty module name"));
        }
        name_s.clone()
    };
    let module = import_absolute(vm, &abs_name)?;
    let has_from = !none::is_none(fromlist) && vm.is_true(fromlist)?;
    if !has_from {
        if level == 0 || !name_s.is_empty() {
            let front = name_s.split('.').next().unwrap_or("");
            if level == 0 {
                return import_absolute(vm, front);
            }
            let cut_off = name_s.len() - front.len();
            let to_return = &abs_name[..abs_name.len() - cut_off];
            return match vm.state().modules.get_str_item_rs(to_return) {
                Some(m) => Ok(m),
                None => Err(vm.key_error(new_string(format!("'{to_return}' not in sys.modules as expected")).into_value())),
            };
        }
        return Ok(module);
    }
    if vm.get_attr_str_opt(&module, "__path__")?.is_some() {
        handle_fromlist(vm, &module, fromlist, false)?;
    }
    Ok(module)
}

/// `importlib._bootstrap._handle_fromlist`: imports the submodules named in
/// the fromlist of a package that are not yet its attributes.
fn handle_fromlist(vm: &Vm, module: &Value, fromlist: &Value, recursive: bool) -> PyResult<()> {
    let mname = vm.get_attr_str(module, "__name__")?;
    let mname = str_of(&mname).unwrap_or_default();
    for x in vm.to_vec(fromlist)? {
        let Some(xs) = str_of(&x) else {
            let what = if recursive { format!("{mname}.__all__") } else { "``from list''".to_string() };
            return Err(vm.type_error(format!("Item in {what} must be str, not {}", x.ty().tp_name())));
        };
        if xs == "*" {
            if !recursive {
                if let Some(all) = vm.get_attr_str_opt(module, "__all__")? {
                    handle_fromlist(vm, module, &all, true)?;
                }
            }
            continue;
        }
        if vm.get_attr_str_opt(module, &xs)?.is_none() {
            let from_name = format!("{mname}.{xs}");
            if let Err(e) = import_absolute(vm, &from_name) {
                // A missing submodule is left for IMPORT_FROM to report.
                let missing = e.matches(exceptions::MODULE_NOT_FOUND_ERROR.get())
                    && e.exception().payload.field(field::IMPORT_NAME).and_then(|n| str_of(&n)).as_deref() == Some(&from_name)
                    && vm.state().modules.get_str_item_rs(&from_name).is_none();
                if !missing {
                    return Err(e);
                }
            }
        }
    }
    Ok(())
}

/// Where the source of module `name` is, for `-m` (CPython `runpy`'s
/// `_get_module_details`): its parent packages are imported first. `Ok(None)`
/// when there is no source module of that name (native modules, namespace
/// packages and finder-provided modules cannot be run).
pub fn find_source(vm: &Vm, name: &str) -> PyResult<Option<(PathBuf, bool)>> {
    let path = match name.rsplit_once('.') {
        Some((parent, _)) => {
            let pm = import_absolute(vm, parent)?;
            match vm.get_attr_str_opt(&pm, "__path__")? {
                Some(p) => Some(p),
                None => return Ok(None),
            }
        }
        None => None,
    };
    Ok(match find(vm, name, path.as_ref())? {
        Some(Found::Source { path, package_dir }) => Some((path, package_dir.is_some())),
        _ => None,
    })
}

/// `importlib.import_module(name)` for an absolute name, from native code.
pub fn import_module(vm: &Vm, name: &str) -> PyResult {
    import_absolute(vm, name)
}

impl Vm {
    /// `importlib.import_module(name)`.
    pub fn import_module(&self, name: &str) -> PyResult {
        import_absolute(self, name)
    }

    /// `IMPORT_NAME`: `__import__` from the frame's builtins, with a fast
    /// path for the builtin one (CPython `import_name`).
    pub(crate) fn import_name(&self, f: *mut Frame, name: PyRef<Str>, fromlist: Value, level: Value) -> PyResult {
        // SAFETY: `f` is the eval loop's live current frame.
        let (globals, builtins, locals) = unsafe { ((*f).globals.clone(), (*f).builtins.clone(), (*f).locals.clone()) };
        let Some(import) = builtins.get_str_item_rs("__import__") else {
            return Err(import_error(self, "__import__ not found".into(), None, None));
        };
        let level_i = level.as_small_int().unwrap_or(0);
        let is_builtin = self.state().builtin_import.borrow().as_ref().is_some_and(|b| b.is(&import));
        if is_builtin {
            return import_module_level(self, &name, Some(globals.as_value()), &fromlist, level_i);
        }
        let args = [
            name.into_value(),
            globals.into_value(),
            locals.unwrap_or_else(none::none),
            fromlist,
            level,
        ];
        self.call(&import, &args)
    }

    /// `IMPORT_FROM` (CPython `import_from`).
    pub(crate) fn import_from(&self, module: &Value, name: &PyRef<Str>) -> PyResult {
        match self.get_attr_opt(module, name) {
            Ok(Some(v)) => return Ok(v),
            Ok(None) => {}
            Err(e) if e.matches(exceptions::ATTRIBUTE_ERROR.get()) => {}
            Err(e) => return Err(e),
        }
        let pkgname = self.get_attr_str_opt(module, "__name__").ok().flatten().and_then(|n| str_of(&n));
        if let Some(p) = &pkgname {
            let full = format!("{p}.{}", name.as_str_lossy());
            if let Some(m) = self.state().modules.get_str_item_rs(&full) {
                return Ok(m);
            }
        }
        let n = name.to_string_lossy();
        let pkg_display = pkgname.clone().unwrap_or_else(|| "<unknown module name>".into());
        let path = module
            .downcast_ref::<Module>()
            .and_then(|m| m.payload.dict.get_str_item_rs("__file__"))
            .and_then(|p| str_of(&p));
        let msg = match &path {
            None => format!("cannot import name '{n}' from '{pkg_display}' (unknown location)"),
            Some(p) => {
                let initializing = self
                    .get_attr_str_opt(module, "__spec__")
                    .ok()
                    .flatten()
                    .filter(|s| !none::is_none(s))
                    .and_then(|s| self.get_attr_str_opt(&s, "_initializing").ok().flatten())
                    .is_some_and(|i| self.is_true(&i).unwrap_or(false));
                if initializing {
                    format!(
                        "cannot import name '{n}' from partially initialized module '{pkg_display}' (most likely due to a circular import) ({p})"
                    )
                } else {
                    format!("cannot import name '{n}' from '{pkg_display}' ({p})")
                }
            }
        };
        let e = import_error(self, msg, pkgname.as_deref(), path.as_deref());
        e.exception().payload.set_field(field::IMPORT_NAME_FROM, Some(name.as_value().clone()));
        Err(e)
    }
}

/// `from module import *` (CPython `import_all_from`).
pub fn import_star(vm: &Vm, module: &Value, locals: &Value) -> PyResult<()> {
    let (names, skip_private) = match vm.get_attr_str_opt(module, "__all__")? {
        Some(all) => (all, false),
        None => {
            let Some(d) = vm.get_attr_str_opt(module, "__dict__")? else {
                return Err(vm.import_error_msg("from-import-* object has no __dict__ and no __all__"));
            };
            let keys = crate::objects::list::new_list(vm.to_vec(&d)?).into_value();
            (keys, true)
        }
    };
    for n in vm.to_vec(&names)? {
        let Some(ns) = n.downcast_ref::<Str>() else {
            let mname = vm.get_attr_str_opt(module, "__name__")?.and_then(|m| str_of(&m)).unwrap_or_default();
            let what = if skip_private { format!("{mname}.__dict__") } else { format!("{mname}.__all__") };
            return Err(vm.type_error(format!("{} in {what} must be str, not {}", if skip_private { "Key" } else { "Item" }, n.ty().tp_name())));
        };
        if skip_private && ns.as_bytes().first() == Some(&b'_') {
            continue;
        }
        let name = vm.intern_ref(n.clone().downcast::<Str>().map_err(|_| vm.internal_error("str"))?);
        let v = vm.get_attr(module, &name)?;
        vm.set_item(locals, name.into_value(), v)?;
    }
    Ok(())
}

/// The module `name` (absolute), from `sys.modules` or found and loaded
/// (CPython `import_get_module` + `import_find_and_load`).
fn import_absolute(vm: &Vm, name: &str) -> PyResult {
    if let Some(m) = vm.state().modules.get_str_item_rs(name) {
        if !none::is_none(&m) && !is_initializing(vm, &m) {
            return Ok(m);
        }
        if none::is_none(&m) {
            return Err(module_not_found(vm, format!("import of {name} halted; None in sys.modules"), name));
        }
        // A module being initialized by another import on this thread: return
        // it as it stands (circular imports see the partial module).
        return Ok(m);
    }
    find_and_load(vm, name)
}

fn is_initializing(vm: &Vm, m: &Value) -> bool {
    let Some(md) = m.downcast_ref::<Module>() else { return false };
    let Some(spec) = md.payload.dict.get_str_item_rs("__spec__").filter(|s| !none::is_none(s)) else {
        return false;
    };
    let _ = vm;
    spec.downcast_ref::<crate::objects::namespace::Namespace>().is_some()
        && crate::objects::baseobject::instance_dict(&spec)
            .and_then(|d| d.downcast_ref::<Dict>().and_then(|d| d.get_str_item_rs("_initializing")))
            .is_some_and(|v| v.is_static(&crate::objects::bool_::TRUE))
}

fn find_and_load(vm: &Vm, name: &str) -> PyResult {
    let (parent, path) = match name.rsplit_once('.') {
        Some((parent, _)) => {
            let pm = import_absolute(vm, parent)?;
            // Importing the parent may have imported us.
            if let Some(m) = vm.state().modules.get_str_item_rs(name) {
                return Ok(m);
            }
            let Some(p) = vm.get_attr_str_opt(&pm, "__path__")? else {
                return Err(module_not_found(
                    vm,
                    format!("No module named '{name}'; '{parent}' is not a package"),
                    name,
                ));
            };
            (Some((parent.to_string(), pm)), Some(p))
        }
        None => (None, None),
    };
    let found = find(vm, name, path.as_ref())?;
    let Some(found) = found else {
        return Err(module_not_found(vm, format!("No module named '{name}'"), name));
    };
    let module = load(vm, name, found)?;
    if let Some((parent, pm)) = parent {
        let child = &name[parent.len() + 1..];
        // CPython sets the attribute on the parent after loading; a failure
        // to do so is ignored with an ImportWarning.
        let _ = vm.set_attr_str(&pm, child, module.clone());
    }
    Ok(module)
}

/// The entries of a search path (`sys.path` or a package's `__path__`).
fn path_entries(vm: &Vm, path: Option<&Value>) -> PyResult<Vec<String>> {
    let p = match path {
        Some(p) => p.clone(),
        None => crate::modules::sys::get_sys_attr(vm, "path")?,
    };
    Ok(vm.to_vec(&p)?.iter().filter_map(str_of).collect())
}

fn find(vm: &Vm, name: &str, path: Option<&Value>) -> PyResult<Option<Found>> {
    // User finders first: CPython's own finders sit at the end of meta_path.
    if let Some(mp) = crate::modules::sys::get_sys_attr_opt(vm, "meta_path") {
        for finder in vm.to_vec(&mp)? {
            if let Some(fs) = vm.get_attr_str_opt(&finder, "find_spec")? {
                let spec = vm.call(&fs, &[new_str(name).into_value(), path.cloned().unwrap_or_else(none::none), none::none()])?;
                if !none::is_none(&spec) {
                    return Ok(Some(Found::Spec(spec)));
                }
            }
        }
    }
    if path.is_none() {
        if let Some(def) = crate::modules::find_builtin(name) {
            return Ok(Some(Found::Native(def)));
        }
    }
    let last = name.rsplit('.').next().unwrap_or(name);
    let mut namespace = Vec::new();
    for entry in path_entries(vm, path)? {
        let base = if entry.is_empty() { PathBuf::from(".") } else { PathBuf::from(&entry) };
        let dir = base.join(last);
        if dir.is_dir() {
            let init = dir.join("__init__.py");
            if init.is_file() {
                let shown = if entry.is_empty() { PathBuf::from(last).join("__init__.py") } else { init };
                let pkg = if entry.is_empty() { PathBuf::from(last) } else { dir };
                return Ok(Some(Found::Source { path: shown, package_dir: Some(pkg) }));
            }
        }
        let file = base.join(format!("{last}.py"));
        if file.is_file() {
            let shown = if entry.is_empty() { PathBuf::from(format!("{last}.py")) } else { file };
            return Ok(Some(Found::Source { path: shown, package_dir: None }));
        }
        if dir.is_dir() {
            namespace.push(dir);
        }
    }
    if !namespace.is_empty() {
        return Ok(Some(Found::Namespace(namespace)));
    }
    Ok(None)
}

/// A `ModuleSpec`-like object (the attributes importlib's specs have).
fn new_spec(vm: &Vm, name: &str, loader: Value, origin: Option<&str>, search: Option<Value>, cached: Option<String>) -> PyResult<Value> {
    let d = new_dict(vm);
    let set = |k: &str, v: Value| d.set_str_item(vm.intern(k), v);
    set("name", new_str(name).into_value());
    set("loader", loader);
    set("origin", origin.map_or_else(none::none, |o| new_str(o).into_value()));
    set("loader_state", none::none());
    let is_pkg = search.is_some();
    set("submodule_search_locations", search.unwrap_or_else(none::none));
    set("cached", cached.map_or_else(none::none, |c| new_string(c).into_value()));
    let parent = if is_pkg { name.to_string() } else { name.rsplit_once('.').map(|(a, _)| a.to_string()).unwrap_or_default() };
    set("parent", new_string(parent).into_value());
    set("has_location", new_bool(origin.is_some_and(|o| o != "built-in" && o != "frozen")));
    set("_initializing", new_bool(false));
    crate::objects::namespace::new_namespace(vm, d)
}

fn set_initializing(vm: &Vm, spec: &Value, on: bool) {
    let _ = vm.set_attr_str(spec, "_initializing", new_bool(on));
}

/// The `__cached__` path CPython would give a source file.
fn cache_path(path: &Path) -> Option<String> {
    let stem = path.file_stem()?.to_string_lossy().into_owned();
    let dir = path.parent()?;
    Some(dir.join("__pycache__").join(format!("{stem}.oxpy-314.pyc")).to_string_lossy().into_owned())
}

fn load(vm: &Vm, name: &str, found: Found) -> PyResult {
    let modules = vm.state().modules.clone();
    match found {
        Found::Native(def) => {
            let m = crate::modules::create_module(vm, def)?;
            let loader = vm.state().builtin_importer.borrow().clone().unwrap_or_else(none::none);
            let spec = new_spec(vm, name, loader.clone(), Some("built-in"), None, None)?;
            let d = &m.payload.dict;
            d.set_str_item(vm.intern("__loader__"), loader);
            d.set_str_item(vm.intern("__spec__"), spec);
            d.set_str_item(vm.intern("__package__"), new_str("").into_value());
            let v = m.into_value();
            modules.set_item(vm, new_str(name).into_value(), v.clone())?;
            Ok(v)
        }
        Found::Namespace(dirs) => {
            let m = new_module(vm, name)?;
            let path = new_list(dirs.iter().map(|d| new_string(d.to_string_lossy().into_owned()).into_value()).collect()).into_value();
            let loader = namespace_loader(vm, name)?;
            let spec = new_spec(vm, name, loader.clone(), None, Some(path.clone()), None)?;
            let d = &m.payload.dict;
            d.set_str_item(vm.intern("__path__"), path);
            d.set_str_item(vm.intern("__loader__"), loader);
            d.set_str_item(vm.intern("__spec__"), spec);
            d.set_str_item(vm.intern("__package__"), new_str(name).into_value());
            d.set_str_item(vm.intern("__file__"), none::none());
            d.del_str_item(&vm.intern("__file__"));
            let v = m.into_value();
            modules.set_item(vm, new_str(name).into_value(), v.clone())?;
            Ok(v)
        }
        Found::Source { path, package_dir } => {
            let file = path.to_string_lossy().into_owned();
            let m = new_module(vm, name)?;
            let loader = source_loader(vm, name, &file)?;
            let search = package_dir
                .as_ref()
                .map(|p| new_list(vec![new_string(p.to_string_lossy().into_owned()).into_value()]).into_value());
            let cached = cache_path(&path);
            let spec = new_spec(vm, name, loader.clone(), Some(&file), search.clone(), cached.clone())?;
            let d = m.payload.dict.clone();
            d.set_str_item(vm.intern("__file__"), new_string(file.clone()).into_value());
            d.set_str_item(vm.intern("__cached__"), cached.map_or_else(none::none, |c| new_string(c).into_value()));
            d.set_str_item(vm.intern("__loader__"), loader);
            d.set_str_item(vm.intern("__spec__"), spec.clone());
            let package = if package_dir.is_some() { name.to_string() } else { name.rsplit_once('.').map(|(a, _)| a.to_string()).unwrap_or_default() };
            d.set_str_item(vm.intern("__package__"), new_string(package).into_value());
            if let Some(s) = search {
                d.set_str_item(vm.intern("__path__"), s);
            }
            let key = new_str(name).into_value();
            let v = m.into_value();
            modules.set_item(vm, key.clone(), v.clone())?;
            set_initializing(vm, &spec, true);
            let r = exec_source_file(vm, &path, &file, d);
            set_initializing(vm, &spec, false);
            if let Err(e) = r {
                let _ = modules.del_item(vm, &key);
                return Err(e);
            }
            // The module may have replaced itself in sys.modules.
            match modules.get_item(vm, &key)? {
                Some(m) => Ok(m),
                None => Err(vm.key_error(new_string(format!("'{name}' not in sys.modules as expected")).into_value())),
            }
        }
        Found::Spec(spec) => {
            let loader = vm.get_attr_str_opt(&spec, "loader")?.filter(|l| !none::is_none(l));
            let m = match &loader {
                Some(l) => match vm.get_attr_str_opt(l, "create_module")? {
                    Some(cm) => vm.call(&cm, std::slice::from_ref(&spec))?,
                    None => none::none(),
                },
                None => none::none(),
            };
            let m = if none::is_none(&m) { new_module(vm, name)?.into_value() } else { m };
            let _ = vm.set_attr_str(&m, "__spec__", spec.clone());
            if let Some(l) = &loader {
                let _ = vm.set_attr_str(&m, "__loader__", l.clone());
            }
            let key = new_str(name).into_value();
            modules.set_item(vm, key.clone(), m.clone())?;
            if let Some(l) = &loader {
                if let Some(em) = vm.get_attr_str_opt(l, "exec_module")? {
                    if let Err(e) = vm.call(&em, std::slice::from_ref(&m)) {
                        let _ = modules.del_item(vm, &key);
                        return Err(e);
                    }
                }
            }
            Ok(modules.get_item(vm, &key)?.unwrap_or(m))
        }
    }
}

/// Compiles and runs a source file in a module namespace.
fn exec_source_file(vm: &Vm, path: &Path, file: &str, globals: PyRef<Dict>) -> PyResult<()> {
    let source = std::fs::read(path).map_err(|e| exceptions::os_error_from_io(vm, &e, Some(&new_str(file).into_value())))?;
    let code = crate::run::compile_module_cached(vm, &source, file)?;
    vm.run_code(code, globals, None)?;
    Ok(())
}

/// The loader object of a source module: an instance-like namespace with
/// `name`, `path` and the methods `linecache` and `inspect` call.
fn source_loader(vm: &Vm, name: &str, path: &str) -> PyResult<Value> {
    let d = new_dict(vm);
    d.set_str_item(vm.intern("name"), new_str(name).into_value());
    d.set_str_item(vm.intern("path"), new_str(path).into_value());
    crate::objects::namespace::new_namespace(vm, d)
}

fn namespace_loader(vm: &Vm, name: &str) -> PyResult<Value> {
    let d = new_dict(vm);
    d.set_str_item(vm.intern("name"), new_str(name).into_value());
    crate::objects::namespace::new_namespace(vm, d)
}
