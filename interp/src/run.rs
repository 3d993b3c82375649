//! Compiling and running source: `compile()`, `exec()`, `eval()`,
//! `__build_class__`, and the `__main__` module of the command line.
//!
//! CPython: Python/bltinmodule.c (`builtin_compile_impl`, `builtin_exec_impl`,
//! `builtin_eval_impl`, `builtin___build_class__`), Python/pythonrun.c.

use compile::CompileFlags;
use std::sync::Arc;

use syntax::parser::Mode;
use syntax::syntax_error::{SyntaxError, SyntaxErrorKind};

use crate::errors::PyErr;
use crate::objects::code::{Code, new_code};
use crate::objects::dict::Dict;
use crate::objects::exceptions;
use crate::objects::function::Function;
use crate::objects::int::new_int;
use crate::objects::none;
use crate::objects::str::{Str, new_str, new_string};
use crate::objects::tuple::{Tuple, new_tuple};
use crate::objects::type_::{TYPE_TYPE, TypeObject};
use crate::objects::value::{PyRef, Value};
use crate::vm::{FuncArgs, PyResult, Vm};

/// `PyCF_ONLY_AST`: compile() returns the AST.
pub const PYCF_ONLY_AST: u32 = 0x0400;
/// `PyCF_MASK_OBSOLETE` (`CO_NESTED`), still accepted.
const PYCF_MASK_OBSOLETE: u32 = 0x0010;
/// `PyCF_COMPILE_MASK`: the PyCF_* flags compile() accepts.
const PYCF_COMPILE_MASK: u32 = 0x0200 | 0x0400 | 0x1000 | 0x2000 | 0x4000 | 0x8000;
/// `PyCF_SOURCE_IS_UTF8` | `PyCF_IGNORE_COOKIE`: set by compile() itself.
const PYCF_INTERNAL: u32 = 0x0100 | 0x0800;

/// The line `lineno` (1-based) of `source`, with its newline, as CPython puts
/// it in `SyntaxError.text`.
fn error_line(source: &[u8], lineno: i64) -> Option<String> {
    if lineno < 1 {
        return None;
    }
    let mut start = 0usize;
    for _ in 1..lineno {
        let nl = source[start..].iter().position(|&b| b == b'\n')?;
        start += nl + 1;
    }
    if start > source.len() {
        return None;
    }
    let end = source[start..].iter().position(|&b| b == b'\n').map_or(source.len(), |i| start + i + 1);
    let mut text = String::from_utf8_lossy(&source[start..end]).into_owned();
    if !text.ends_with('\n') {
        text.push('\n');
    }
    Some(text)
}

/// The Python exception for a front-end or compiler error.
pub fn syntax_error(vm: &Vm, e: &SyntaxError, filename: &str, source: &[u8]) -> PyErr {
    let ty: &TypeObject = match e.kind {
        SyntaxErrorKind::SyntaxError => exceptions::SYNTAX_ERROR.get(),
        SyntaxErrorKind::IndentationError => exceptions::INDENTATION_ERROR.get(),
        SyntaxErrorKind::TabError => exceptions::TAB_ERROR.get(),
        SyntaxErrorKind::MemoryError => exceptions::MEMORY_ERROR.get(),
        SyntaxErrorKind::OverflowError => exceptions::OVERFLOW_ERROR.get(),
        SyntaxErrorKind::RuntimeError => exceptions::RUNTIME_ERROR.get(),
    };
    let err = if ty.is_subtype(exceptions::SYNTAX_ERROR.get()) {
        let opt = |v: Option<i64>| v.map_or_else(none::none, new_int);
        let text = e.lineno.and_then(|l| error_line(source, l)).map_or_else(none::none, |t| new_string(t).into_value());
        let details = new_tuple(vec![
            new_str(filename).into_value(),
            opt(e.lineno),
            opt(e.offset),
            text,
            opt(e.end_lineno),
            opt(e.end_offset),
        ]);
        let args = [new_string(e.msg.clone()).into_value(), details.into_value()];
        match vm.call(&ty.to_value(), &args) {
            Ok(v) => PyErr::from_value(vm, v),
            Err(e) => e,
        }
    } else {
        vm.new_exception_msg(ty, e.msg.clone())
    };
    if let Some(note) = &e.note {
        vm.add_note(&err, note);
    }
    err
}

/// Issues a compile-time warning (SyntaxWarning, DeprecationWarning) at a
/// source location (CPython `_PyErr_EmitSyntaxWarning`).
fn emit_warning(vm: &Vm, category: &str, msg: &str, filename: &str, lineno: i64, source: &[u8], e: &SyntaxError) -> PyResult<()> {
    let cat = match category {
        "DeprecationWarning" => exceptions::DEPRECATION_WARNING.get(),
        _ => exceptions::SYNTAX_WARNING.get(),
    };
    match crate::modules::warnings::warn_explicit(vm, cat, msg, filename, lineno as i32) {
        Ok(()) => Ok(()),
        // A warning turned into an error becomes a SyntaxError at the same place.
        Err(err) if err.ty().is_subtype(cat) => Err(syntax_error(vm, e, filename, source)),
        Err(err) => Err(err),
    }
}

/// Parses and compiles `source` (CPython `Py_CompileStringObject`).
pub fn compile_source(vm: &Vm, source: &[u8], filename: &str, mode: Mode, flags: u32, optimize: i32) -> PyResult<PyRef<Code>> {
    let (parsed, warnings) = syntax::parser::parse_with_warnings(source, filename, mode);
    for w in &warnings {
        let e = SyntaxError::new(SyntaxErrorKind::SyntaxError, w.msg.clone(), w.lineno, w.offset, w.end_lineno, w.end_offset);
        emit_warning(vm, w.category, &w.msg, filename, w.lineno, source, &e)?;
    }
    let module = parsed.map_err(|e| syntax_error(vm, &e, filename, source))?;
    let optimize = if optimize < 0 { vm.state().config.optimize } else { optimize };
    let compiled = compile::compile(&module, filename, mode, CompileFlags { flags }, optimize)
        .map_err(|e| syntax_error(vm, &e, filename, source))?;
    for w in &compiled.warnings {
        let e = SyntaxError::new(SyntaxErrorKind::SyntaxError, w.msg.clone(), w.lineno, w.offset, w.end_lineno, w.end_offset);
        emit_warning(vm, w.category, &w.msg, filename, w.lineno, source, &e)?;
    }
    new_code(vm, compiled.code)
}

/// Compiled module code shared by every interpreter of the process (DESIGN
/// 4): a module file imported by a second interpreter is not parsed or
/// compiled again. Keyed by file name, source (length and hash), and
/// optimization level; the source itself is kept to compare exactly.
static CODE_CACHE: std::sync::Mutex<Option<std::collections::HashMap<CacheKey, (Box<[u8]>, Arc<compile::code::CodeCore>)>>> =
    std::sync::Mutex::new(None);
static CACHE_HITS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
static CACHE_MISSES: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

#[derive(Clone, PartialEq, Eq, Hash)]
struct CacheKey {
    filename: String,
    len: usize,
    hash: u64,
    optimize: i32,
}

/// How often module code came from the process-wide cache, and how often
/// it was compiled (for tests and diagnostics).
pub fn code_cache_stats() -> (u64, u64) {
    use std::sync::atomic::Ordering::Relaxed;
    (CACHE_HITS.load(Relaxed), CACHE_MISSES.load(Relaxed))
}

/// [`compile_source`] for a module file, through the process-wide cache.
/// Compile-time warnings are issued only when the file is compiled, as
/// CPython issues them only when it writes the `.pyc`.
pub fn compile_module_cached(vm: &Vm, source: &[u8], filename: &str) -> PyResult<PyRef<Code>> {
    use std::hash::{Hash, Hasher};
    use std::sync::atomic::Ordering::Relaxed;
    let optimize = vm.state().config.optimize;
    let mut h = std::collections::hash_map::DefaultHasher::new();
    source.hash(&mut h);
    let key = CacheKey { filename: filename.to_string(), len: source.len(), hash: h.finish(), optimize };
    let hit = {
        let guard = CODE_CACHE.lock().unwrap_or_else(|p| p.into_inner());
        guard.as_ref().and_then(|m| m.get(&key)).filter(|(src, _)| &src[..] == source).map(|(_, c)| c.clone())
    };
    if let Some(core) = hit {
        CACHE_HITS.fetch_add(1, Relaxed);
        return new_code(vm, core);
    }
    CACHE_MISSES.fetch_add(1, Relaxed);
    let code = compile_source(vm, source, filename, Mode::Exec, 0, -1)?;
    let mut guard = CODE_CACHE.lock().unwrap_or_else(|p| p.into_inner());
    guard.get_or_insert_with(Default::default).insert(key, (source.into(), code.core.clone()));
    Ok(code)
}

/// The future flags the calling frame's code was compiled with (CPython
/// `PyEval_MergeCompilerFlags`).
fn inherited_flags(vm: &Vm) -> u32 {
    let f = vm.frames.current.get();
    if f.is_null() {
        return 0;
    }
    // SAFETY: the current frame is live on this thread.
    let flags = unsafe { (&*f).code.core.flags };
    flags & compile::future::PYCF_MASK
}

/// Source text from a str or bytes-like object (`source_as_string`).
fn source_bytes(vm: &Vm, src: &Value, what: &str, allow_code: bool) -> PyResult<Vec<u8>> {
    if let Some(s) = src.downcast_ref::<Str>() {
        return Ok(s.as_bytes().to_vec());
    }
    if let Some(b) = crate::objects::bytes::bytes_like(src) {
        return Ok(b);
    }
    let kinds = if allow_code { "a string, bytes or code object" } else { "a string, bytes or AST object" };
    Err(vm.type_error(format!("{what}() arg 1 must be {kinds}")))
}

/// `compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1, *, _feature_version=-1)`.
pub fn builtin_compile(vm: &Vm, args: FuncArgs<'_>) -> PyResult {
    let p = crate::vm::call::parse_args(
        vm,
        "compile",
        args,
        &["source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version"],
        3,
        7,
    )?;
    let arg = |i: usize| p[i].clone().unwrap_or_else(none::none);
    let filename = vm.fsdecode(&arg(1))?;
    let mode_v = arg(2);
    let Some(mode_s) = mode_v.downcast_ref::<Str>() else {
        return Err(vm.type_error(format!("compile() argument 'mode' must be str, not {}", mode_v.ty().tp_name())));
    };
    let flags = match &p[3] {
        Some(f) => vm.index_isize(f)? as i64,
        None => 0,
    };
    let dont_inherit = match &p[4] {
        Some(d) => vm.is_true(d)?,
        None => false,
    };
    let optimize = match &p[5] {
        Some(o) => vm.index_isize(o)? as i64,
        None => -1,
    };
    let allowed = (compile::future::PYCF_MASK | PYCF_MASK_OBSOLETE | PYCF_COMPILE_MASK | PYCF_INTERNAL) as i64;
    if flags & !allowed != 0 {
        return Err(vm.value_error("compile(): unrecognised flags"));
    }
    if !(-1..=2).contains(&optimize) {
        return Err(vm.value_error("compile(): invalid optimize value"));
    }
    let mode = match mode_s.as_str_lossy() {
        "exec" => Mode::Exec,
        "eval" => Mode::Eval,
        "single" => Mode::Single,
        "func_type" if flags as u32 & PYCF_ONLY_AST != 0 => Mode::FuncType,
        "func_type" => return Err(vm.value_error("compile() mode 'func_type' requires flag PyCF_ONLY_AST")),
        _ => return Err(vm.value_error("compile() mode must be 'exec', 'eval' or 'single'")),
    };
    let mut flags = flags as u32;
    if !dont_inherit {
        flags |= inherited_flags(vm);
    }
    let src = arg(0);
    if flags & PYCF_ONLY_AST != 0 {
        return Err(vm.not_implemented_error("compile() with PyCF_ONLY_AST: the _ast module is not implemented yet"));
    }
    let source = source_bytes(vm, &src, "compile", false)?;
    let code = compile_source(vm, &source, &filename, mode, flags & !PYCF_INTERNAL, optimize as i32)?;
    Ok(code.into_value())
}

/// `exec(source, /, globals=None, locals=None, *, closure=None)` and
/// `eval(source, /, globals=None, locals=None)`.
pub fn builtin_exec(vm: &Vm, args: FuncArgs<'_>, is_eval: bool) -> PyResult {
    let what = if is_eval { "eval" } else { "exec" };
    let names: &[&str] = if is_eval { &["source", "globals", "locals"] } else { &["source", "globals", "locals", "closure"] };
    let p = crate::vm::call::parse_args(vm, what, args, names, 1, names.len())?;
    let src = p[0].clone().unwrap_or_else(none::none);
    let globals = p[1].clone().filter(|g| !none::is_none(g));
    let locals = p[2].clone().filter(|l| !none::is_none(l));
    let closure = p.get(3).cloned().flatten().filter(|c| !none::is_none(c));
    if let Some(g) = &globals {
        if g.downcast_ref::<Dict>().is_none() {
            return Err(if is_eval {
                if vm.is_mapping(g) {
                    vm.type_error("globals must be a real dict; try eval(expr, {}, mapping)")
                } else {
                    vm.type_error("globals must be a dict")
                }
            } else {
                vm.type_error(format!("exec() globals must be a dict, not {}", g.ty().tp_name()))
            });
        }
    }
    if let Some(l) = &locals {
        if !vm.is_mapping(l) {
            return Err(if is_eval {
                vm.type_error("locals must be a mapping")
            } else {
                vm.type_error(format!("locals must be a mapping or None, not {}", l.ty().tp_name()))
            });
        }
    }
    let (globals, locals): (PyRef<Dict>, Value) = match globals {
        Some(g) => {
            let g = g.downcast::<Dict>().map_err(|_| vm.internal_error("globals"))?;
            let l = locals.unwrap_or_else(|| g.as_value().clone());
            (g, l)
        }
        None => {
            let f = vm.frames.current.get();
            if f.is_null() {
                return Err(vm.system_error("globals and locals cannot be NULL"));
            }
            // SAFETY: the current frame is live on this thread.
            let g = unsafe { (*f).globals.clone() };
            let l = match locals {
                Some(l) => l,
                None => crate::builtins::current_locals(vm)?,
            };
            (g, l)
        }
    };
    if globals.get_str_item_rs("__builtins__").is_none() {
        if let Some(b) = vm.state().builtins_module.borrow().clone() {
            globals.set_str_item(vm.intern("__builtins__"), b);
        }
    }
    let code = if let Ok(c) = src.clone().downcast::<Code>() {
        if is_eval && !crate::objects::code::nfreevars(&c.core) == 0 {
            return Err(vm.type_error("code object passed to eval() may not contain free variables"));
        }
        c
    } else {
        let mut source = source_bytes(vm, &src, what, true)?;
        if is_eval {
            let skip = source.iter().take_while(|&&b| b == b' ' || b == b'\t').count();
            source.drain(..skip);
        }
        let mode = if is_eval { Mode::Eval } else { Mode::Exec };
        compile_source(vm, &source, "<string>", mode, inherited_flags(vm), -1)?
    };
    if closure.is_some() && crate::objects::code::nfreevars(&code.core) == 0 {
        return Err(vm.type_error("cannot use a closure with this code object"));
    }
    let r = match closure {
        Some(cl) => vm.run_code_with_closure(code, globals, Some(locals), &cl)?,
        None => {
            if !crate::objects::code::nfreevars(&code.core) == 0 {
                return Err(vm.type_error("code object requires a closure of exactly length 0"));
            }
            vm.run_code(code, globals, Some(locals))?
        }
    };
    Ok(if is_eval { r } else { none::none() })
}

/// `__build_class__(func, name, /, *bases, metaclass=None, **kwds)`.
pub fn build_class(vm: &Vm, args: FuncArgs<'_>) -> PyResult {
    let pos = args.positional();
    if pos.len() < 2 {
        return Err(vm.type_error("__build_class__: not enough arguments"));
    }
    let func = &pos[0];
    if func.downcast_ref::<Function>().is_none() {
        return Err(vm.type_error("__build_class__: func must be a function"));
    }
    let name = &pos[1];
    if name.downcast_ref::<Str>().is_none() {
        return Err(vm.type_error("__build_class__: name is not a string"));
    }
    let orig_bases = &pos[2..];
    let bases = update_bases(vm, orig_bases)?;
    let mut meta: Option<Value> = None;
    let mut kwnames = Vec::new();
    let mut kwvalues = Vec::new();
    for (k, v) in args.kwargs() {
        if crate::objects::str_type::display_str(k) == "metaclass" {
            meta = Some(v.clone());
        } else {
            kwnames.push(k.clone());
            kwvalues.push(v.clone());
        }
    }
    let (meta, isclass) = match meta {
        Some(m) => {
            let isclass = m.downcast_ref::<crate::objects::type_::TypeData>().is_some();
            (m, isclass)
        }
        None => match bases.as_slice().first() {
            Some(b) => (b.ty().to_value(), true),
            None => (TYPE_TYPE.value(), true),
        },
    };
    let meta = if isclass {
        let m = meta.downcast_ref::<crate::objects::type_::TypeData>().ok_or_else(|| vm.internal_error("metaclass"))?;
        let winner = crate::objects::type_new::calculate_metaclass(vm, m, bases.as_slice())?;
        winner.to_value()
    } else {
        meta
    };
    let kwnames_t = new_tuple(kwnames);
    let ns = match vm.get_attr_str_opt(&meta, "__prepare__")? {
        Some(prep) => {
            let mut a = vec![name.clone(), bases.as_value().clone()];
            a.extend(kwvalues.iter().cloned());
            vm.call_args(&prep, FuncArgs { args: &a, kwnames: (!kwnames_t.is_empty()).then_some(&*kwnames_t) })?
        }
        None => crate::objects::dict::new_dict(vm).into_value(),
    };
    if !vm.is_mapping(&ns) {
        let who = if isclass {
            meta.downcast_ref::<crate::objects::type_::TypeData>().map(|t| t.name().to_string()).unwrap_or_default()
        } else {
            "<metaclass>".to_string()
        };
        return Err(vm.type_error(format!("{who}.__prepare__() must return a mapping, not {}", ns.ty().tp_name())));
    }
    let cell = vm.call_with_locals(func, ns.clone())?;
    if !std::ptr::eq(bases.as_slice().as_ptr(), orig_bases.as_ptr()) || bases.len() != orig_bases.len() {
        let changed = bases.len() != orig_bases.len() || bases.as_slice().iter().zip(orig_bases).any(|(a, b)| !a.is(b));
        if changed {
            vm.set_item(&ns, new_str("__orig_bases__").into_value(), new_tuple(orig_bases.to_vec()).into_value())?;
        }
    }
    let mut a = vec![name.clone(), bases.into_value(), ns];
    a.extend(kwvalues);
    let cls = vm.call_args(&meta, FuncArgs { args: &a, kwnames: (!kwnames_t.is_empty()).then_some(&*kwnames_t) })?;
    if cls.downcast_ref::<crate::objects::type_::TypeData>().is_some() {
        if let Some(c) = cell.downcast_ref::<crate::objects::cell::Cell>() {
            match c.payload.get() {
                None => {
                    return Err(vm.runtime_error(format!(
                        "__class__ not set defining {} as {}. Was __classcell__ propagated to type.__new__?",
                        vm.repr(name)?.as_str_lossy(),
                        vm.repr(&cls)?.as_str_lossy()
                    )));
                }
                Some(cc) if !cc.is(&cls) => {
                    return Err(vm.type_error(format!(
                        "__class__ set to {} defining {} as {}",
                        vm.repr(&cc)?.as_str_lossy(),
                        vm.repr(name)?.as_str_lossy(),
                        vm.repr(&cls)?.as_str_lossy()
                    )));
                }
                Some(_) => {}
            }
        }
    }
    Ok(cls)
}

/// PEP 560 `__mro_entries__` (CPython `update_bases`).
fn update_bases(vm: &Vm, bases: &[Value]) -> PyResult<PyRef<Tuple>> {
    let mut out: Option<Vec<Value>> = None;
    for (i, base) in bases.iter().enumerate() {
        if base.downcast_ref::<crate::objects::type_::TypeData>().is_some() {
            if let Some(o) = &mut out {
                o.push(base.clone());
            }
            continue;
        }
        let Some(meth) = vm.get_attr_str_opt(base, "__mro_entries__")? else {
            if let Some(o) = &mut out {
                o.push(base.clone());
            }
            continue;
        };
        let r = vm.call(&meth, &[new_tuple(bases.to_vec()).into_value()])?;
        let Some(t) = r.downcast_ref::<Tuple>() else {
            return Err(vm.type_error("__mro_entries__ must return a tuple"));
        };
        let o = out.get_or_insert_with(|| bases[..i].to_vec());
        o.extend(t.payload.as_slice().iter().cloned());
    }
    Ok(new_tuple(out.unwrap_or_else(|| bases.to_vec())))
}

/// The exit status for a SystemExit (CPython `_Py_HandleSystemExit`):
/// `None` is 0, an int is itself, anything else is printed and gives 1.
pub fn system_exit_status(vm: &Vm, e: &PyErr) -> i32 {
    let code = e.exception().payload.field(exceptions::field::SYSTEM_EXIT_CODE).unwrap_or_else(none::none);
    if none::is_none(&code) {
        return 0;
    }
    if code.ty().is_subtype(crate::objects::int::INT_TYPE.get()) {
        return match crate::objects::int::as_int(&code).and_then(|i| i.to_i64()) {
            Some(n) => n as i32,
            None => -1,
        };
    }
    let text = match vm.str(&code) {
        Ok(s) => s.to_string_lossy(),
        Err(_) => String::new(),
    };
    crate::modules::sys::write_stderr(vm, &format!("{text}\n"));
    1
}

/// Prints an uncaught exception through `sys.excepthook` (CPython
/// `_PyErr_PrintEx`), or returns the status of a SystemExit.
pub fn handle_uncaught(vm: &Vm, e: PyErr) -> i32 {
    if e.matches(exceptions::SYSTEM_EXIT.get()) {
        return system_exit_status(vm, &e);
    }
    let v = e.value();
    let hook = crate::modules::sys::get_sys_attr_opt(vm, "excepthook");
    let tb = e.exception().payload.traceback().unwrap_or_else(none::none);
    match hook {
        Some(h) if !none::is_none(&h) => {
            if let Err(e2) = vm.call(&h, &[v.ty().to_value(), v.clone(), tb]) {
                if e2.matches(exceptions::SYSTEM_EXIT.get()) {
                    return system_exit_status(vm, &e2);
                }
                crate::modules::sys::write_stderr(vm, "Error in sys.excepthook:\n");
                let t = crate::traceback::format_exception(vm, &e2.value(), true);
                crate::modules::sys::write_stderr(vm, &t);
                crate::modules::sys::write_stderr(vm, "\nOriginal exception was:\n");
                let t = crate::traceback::format_exception(vm, &v, true);
                crate::modules::sys::write_stderr(vm, &t);
            }
        }
        _ => {
            crate::modules::sys::write_stderr(vm, "sys.excepthook is missing\n");
            let t = crate::traceback::format_exception(vm, &v, true);
            crate::modules::sys::write_stderr(vm, &t);
        }
    }
    if e.matches(exceptions::KEYBOARD_INTERRUPT.get()) {
        vm.state().unhandled_keyboard_interrupt.set(true);
        return 130;
    }
    1
}

/// The `__main__` module, made fresh (CPython `pymain_run_python` via
/// `PyImport_AddModule("__main__")`).
pub fn main_module(vm: &Vm) -> PyResult<PyRef<Dict>> {
    if let Some(m) = vm.state().modules.get_str_item_rs("__main__") {
        if let Some(md) = m.downcast_ref::<crate::objects::module::Module>() {
            return Ok(md.payload.dict.clone());
        }
    }
    let m = crate::objects::module::new_module(vm, "__main__")?;
    let d = m.payload.dict.clone();
    if let Some(b) = vm.state().builtins_module.borrow().clone() {
        d.set_str_item(vm.intern("__builtins__"), b);
    }
    vm.state().modules.set_item(vm, new_str("__main__").into_value(), m.into_value())?;
    Ok(d)
}

/// Runs `source` in the `__main__` module (the embedding API's `exec`).
pub fn exec_main(vm: &Vm, source: &str, filename: &str) -> PyResult<()> {
    let globals = main_module(vm)?;
    let code = compile_source(vm, source.as_bytes(), filename, Mode::Exec, 0, -1)?;
    vm.run_code(code, globals, None)?;
    Ok(())
}

/// Evaluates an expression in `__main__` and returns its `repr()`.
pub fn eval_main_repr(vm: &Vm, source: &str) -> PyResult<String> {
    let globals = main_module(vm)?;
    let code = compile_source(vm, source.as_bytes(), "<string>", Mode::Eval, 0, -1)?;
    let v = vm.run_code(code, globals, None)?;
    Ok(vm.repr(&v)?.to_string_lossy())
}

/// Runs a script file as `__main__` and returns the exit status (the
/// `python FILE` path of CPython's `pymain_run_file`).
pub fn run_file(vm: &Vm, path: &str) -> i32 {
    let source = match std::fs::read(path) {
        Ok(s) => s,
        Err(e) => {
            let abs = std::path::absolute(path).map(|p| p.to_string_lossy().into_owned()).unwrap_or_else(|_| path.to_string());
            let errno = e.raw_os_error().unwrap_or(0);
            let text = e.to_string();
            let strerror = text.rfind(" (os error ").map_or(text.as_str(), |i| &text[..i]);
            crate::modules::sys::write_stderr(vm, &format!("{}: can't open file '{abs}': [Errno {errno}] {strerror}\n", program_name(vm)));
            return 2;
        }
    };
    // CPython makes the script's path absolute (`_Py_abspath`, no
    // normalisation) for `__file__` and the code's filename.
    let abs = std::path::absolute(path).map(|p| p.to_string_lossy().into_owned()).unwrap_or_else(|_| path.to_string());
    let status = match main_module(vm) {
        Ok(d) => {
            d.set_str_item(vm.intern("__file__"), new_str(&abs).into_value());
            d.set_str_item(vm.intern("__cached__"), none::none());
            run_source(vm, &source, &abs, d)
        }
        Err(e) => handle_uncaught(vm, e),
    };
    finish(vm, status)
}

/// `-m MODULE`: runs a module's source as `__main__` (a package runs its
/// `__main__` submodule), as CPython's `runpy._run_module_as_main`.
pub fn run_module(vm: &Vm, name: &str) -> i32 {
    let status = match run_module_inner(vm, name) {
        Ok(s) => s,
        Err(e) => handle_uncaught(vm, e),
    };
    finish(vm, status)
}

fn run_module_inner(vm: &Vm, name: &str) -> PyResult<i32> {
    let program = program_name(vm);
    let mut mod_name = name.to_string();
    let mut found = crate::import::find_source(vm, &mod_name)?;
    if let Some((_, true)) = found {
        mod_name = format!("{name}.__main__");
        found = crate::import::find_source(vm, &mod_name)?;
        if found.is_none() {
            crate::modules::sys::write_stderr(
                vm,
                &format!("{program}: No module named {mod_name}; '{name}' is a package and cannot be directly executed\n"),
            );
            return Ok(1);
        }
    }
    let Some((path, _)) = found else {
        crate::modules::sys::write_stderr(vm, &format!("{program}: No module named {name}\n"));
        return Ok(1);
    };
    let file = std::path::absolute(&path).map(|p| p.to_string_lossy().into_owned()).unwrap_or_else(|_| path.to_string_lossy().into_owned());
    let source = std::fs::read(&path).map_err(|e| exceptions::os_error_from_io(vm, &e, Some(&new_str(&file).into_value())))?;
    if let Some(argv) = crate::modules::sys::get_sys_attr_opt(vm, "argv") {
        vm.set_item(&argv, new_int(0), new_str(&file).into_value())?;
    }
    let d = main_module(vm)?;
    d.set_str_item(vm.intern("__file__"), new_str(&file).into_value());
    d.set_str_item(vm.intern("__cached__"), none::none());
    let package = mod_name.rsplit_once('.').map(|(p, _)| p.to_string()).unwrap_or_default();
    d.set_str_item(vm.intern("__package__"), new_str(&package).into_value());
    let code = compile_source(vm, &source, &file, Mode::Exec, 0, -1)?;
    vm.run_code(code, d, None)?;
    Ok(0)
}

/// Runs `-c` source as `__main__`.
pub fn run_command(vm: &Vm, source: &str) -> i32 {
    let status = match main_module(vm) {
        Ok(d) => run_source(vm, source.as_bytes(), "<string>", d),
        Err(e) => handle_uncaught(vm, e),
    };
    finish(vm, status)
}

/// Runs source read from standard input as `__main__`.
pub fn run_stdin(vm: &Vm, source: &str) -> i32 {
    let status = match main_module(vm) {
        Ok(d) => run_source(vm, source.as_bytes(), "<stdin>", d),
        Err(e) => handle_uncaught(vm, e),
    };
    finish(vm, status)
}

fn program_name(vm: &Vm) -> String {
    let exe = &vm.state().config.executable;
    std::path::Path::new(exe).file_name().map(|f| f.to_string_lossy().into_owned()).unwrap_or_else(|| "oxpy".into())
}

fn run_source(vm: &Vm, source: &[u8], filename: &str, globals: PyRef<Dict>) -> i32 {
    let r = compile_source(vm, source, filename, Mode::Exec, 0, -1).and_then(|code| vm.run_code(code, globals, None));
    match r {
        Ok(_) => 0,
        Err(e) => handle_uncaught(vm, e),
    }
}

/// Exit-time work: flush the standard streams (CPython `flush_std_files`).
/// A failed flush of stdout makes the status 120, as in CPython.
pub fn finish(vm: &Vm, status: i32) -> i32 {
    let mut status = status;
    for name in ["stdout", "stderr"] {
        if let Some(f) = crate::modules::sys::get_sys_attr_opt(vm, name) {
            if none::is_none(&f) {
                continue;
            }
            if let Err(e) = crate::modules::io::flush_stream(vm, &f) {
                if name == "stdout" {
                    vm.write_unraisable(e, "Exception ignored while flushing sys.stdout", None);
                    if status == 0 {
                        status = 120;
                    }
                }
            }
        }
    }
    status
}
