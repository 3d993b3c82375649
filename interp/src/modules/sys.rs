//! The `sys` module.
//!
//! CPython: Python/sysmodule.c. Every interpreter has its own `sys` (its own
//! `sys.modules`, `sys.path`, streams and hooks), created at interpreter
//! start before anything can be imported.

use crate::objects::bool_::new_bool;
use crate::objects::dict::Dict;
use crate::objects::exceptions;
use crate::objects::int::new_int;
use crate::objects::list::new_list;
use crate::objects::module::Module;
use crate::objects::none;
use crate::objects::str::{Str, new_str};
use crate::objects::structseq::{self, StructSeqDesc};
use crate::objects::tuple::new_tuple;
use crate::objects::type_::{MethodDef, MethodFn};
use crate::objects::value::{PyRef, Value};
use crate::vm::call::check_arity;
use crate::vm::{FuncArgs, PyResult, Vm};

use super::ModuleDef;

/// The version oxpy implements, as `sys.version_info` shows it.
pub const VERSION: (u32, u32, u32) = (3, 14, 0);

/// `sys.NAME`, or RuntimeError("lost sys.NAME") as CPython raises it.
pub fn get_sys_attr(vm: &Vm, name: &str) -> PyResult {
    sys_dict(vm)
        .and_then(|d| d.get_str_item_rs(name))
        .ok_or_else(|| vm.runtime_error(format!("lost sys.{name}")))
}

/// `sys.NAME` if it is set.
pub fn get_sys_attr_opt(vm: &Vm, name: &str) -> Option<Value> {
    sys_dict(vm).and_then(|d| d.get_str_item_rs(name))
}

fn sys_dict(vm: &Vm) -> Option<PyRef<Dict>> {
    let m = vm.state().sys_module.borrow().clone()?;
    m.downcast_ref::<Module>().map(|m| m.payload.dict.clone())
}

/// Writes to `sys.stderr`, or straight to descriptor 2 when that is gone or
/// fails (CPython `PySys_WriteStderr` and the fallbacks of `PyErr_Display`).
pub fn write_stderr(vm: &Vm, text: &str) {
    if let Some(err) = get_sys_attr_opt(vm, "stderr").filter(|e| !none::is_none(e)) {
        let saved = vm.save_exception_state();
        let ok = super::io::write_text(vm, &err, text).is_ok();
        vm.restore_exception_state(saved);
        if ok {
            return;
        }
    }
    use std::io::Write;
    let _ = std::io::stderr().write_all(text.as_bytes());
}

fn sys_exit(vm: &Vm, _m: &Value, args: &[Value]) -> PyResult {
    check_arity(vm, "exit", args.len(), 0, 1)?;
    let arg = args.first().cloned().into_iter().collect();
    Err(vm.new_exception(exceptions::SYSTEM_EXIT.get(), arg))
}

fn sys_exc_info(vm: &Vm, _m: &Value) -> PyResult {
    Ok(match vm.current_exception() {
        Some(e) => {
            let tb = e
                .downcast_ref::<exceptions::BaseExceptionData>()
                .and_then(|x| x.payload.traceback())
                .unwrap_or_else(none::none);
            new_tuple(vec![e.ty().to_value(), e, tb]).into_value()
        }
        None => new_tuple(vec![none::none(), none::none(), none::none()]).into_value(),
    })
}

fn sys_exception(vm: &Vm, _m: &Value) -> PyResult {
    Ok(vm.current_exception().unwrap_or_else(none::none))
}

fn sys_getrecursionlimit(vm: &Vm, _m: &Value) -> PyResult {
    Ok(new_int(vm.state().recursion_limit.get() as i64))
}

fn sys_setrecursionlimit(vm: &Vm, _m: &Value, n: &Value) -> PyResult {
    if n.ty().is_subtype(crate::objects::float::FLOAT_TYPE.get()) {
        return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
    }
    let n = vm.index_isize(n)?;
    if n < 1 {
        return Err(vm.value_error("recursion limit must be greater or equal than 1"));
    }
    let n = n.min(i32::MAX as isize) as i32;
    let depth = vm.recursion_depth();
    if n <= depth {
        return Err(vm.recursion_error(format!(
            "cannot set the recursion limit to {n} at the recursion depth {depth}: the limit is too low"
        )));
    }
    vm.set_recursion_limit(n);
    Ok(none::none())
}

fn sys_getrefcount(_vm: &Vm, _m: &Value, o: &Value) -> PyResult {
    Ok(match o.as_object() {
        // Immortal objects report CPython's immortal refcount.
        Some(h) if h.is_immortal() => new_int(u32::MAX as i64),
        // The argument's own reference is counted, as in CPython.
        Some(h) => new_int(h.refcount() as i64),
        None => new_int(u32::MAX as i64),
    })
}

fn sys_getsizeof(vm: &Vm, _m: &Value, args: FuncArgs<'_>) -> PyResult {
    let p = crate::vm::call::parse_args(vm, "getsizeof", args, &["object", "default"], 1, 2)?;
    let o = p[0].clone().unwrap_or_else(none::none);
    if let Some(m) = vm.lookup_special(&o, "__sizeof__")? {
        let r = vm.call(&m, &[])?;
        let n = vm.index_isize(&r)?;
        if n < 0 {
            return Err(vm.value_error("__sizeof__() should return >= 0"));
        }
        let gc = if o.ty().flags() & crate::objects::type_::tpflags::HAVE_GC != 0 { 16 } else { 0 };
        return Ok(new_int((n as i64) + gc));
    }
    match &p[1] {
        Some(d) => Ok(d.clone()),
        None => Err(vm.type_error(format!("Type {} doesn't define __sizeof__", o.ty().tp_name()))),
    }
}

fn sys_intern(vm: &Vm, _m: &Value, s: &Value) -> PyResult {
    match s.clone().downcast::<Str>() {
        Ok(s) if std::ptr::eq(s.ty(), crate::objects::str::STR_TYPE.get()) => Ok(vm.intern_ref(s).into_value()),
        Ok(s) => Err(vm.type_error(format!("can't intern {}", s.ty().tp_name()))),
        Err(v) => Err(vm.type_error(format!("intern() argument must be str, not {}", v.ty().tp_name()))),
    }
}

fn sys_getframe(vm: &Vm, _m: &Value, args: &[Value]) -> PyResult {
    check_arity(vm, "_getframe", args.len(), 0, 1)?;
    let depth = match args.first() {
        Some(d) => vm.index_isize(d)?,
        None => 0,
    };
    match vm.frame_object_at(depth.max(0) as usize) {
        Some(f) => Ok(f.into_value()),
        None => Err(vm.value_error("call stack is not deep enough")),
    }
}

fn sys_getframemodulename(vm: &Vm, _m: &Value, args: FuncArgs<'_>) -> PyResult {
    let p = crate::vm::call::parse_args(vm, "_getframemodulename", args, &["depth"], 0, 1)?;
    let depth = match &p[0] {
        Some(d) => vm.index_isize(d)?,
        None => 0,
    };
    let Some(f) = vm.frame_object_at(depth.max(0) as usize) else {
        return Ok(none::none());
    };
    Ok(f.globals().get_str_item_rs("__name__").unwrap_or_else(none::none))
}

fn sys_getdefaultencoding(_vm: &Vm, _m: &Value) -> PyResult {
    Ok(new_str("utf-8").into_value())
}

fn sys_getfilesystemencodeerrors(_vm: &Vm, _m: &Value) -> PyResult {
    Ok(new_str("surrogateescape").into_value())
}

fn sys_getswitchinterval(vm: &Vm, _m: &Value) -> PyResult {
    Ok(crate::objects::float::new_float(vm.state().switch_interval.get()))
}

fn sys_setswitchinterval(vm: &Vm, _m: &Value, v: &Value) -> PyResult {
    let x = vm.float_value(v)?;
    if x <= 0.0 {
        return Err(vm.value_error("switch interval must be strictly positive"));
    }
    vm.state().switch_interval.set(x);
    let _ = vm.interpreter().gil_state().gil().set_switch_interval(std::time::Duration::from_secs_f64(x.min(1e9)));
    Ok(none::none())
}

fn sys_get_int_max_str_digits(vm: &Vm, _m: &Value) -> PyResult {
    Ok(new_int(vm.state().int_max_str_digits.get() as i64))
}

fn sys_set_int_max_str_digits(vm: &Vm, _m: &Value, args: FuncArgs<'_>) -> PyResult {
    let p = crate::vm::call::parse_args(vm, "set_int_max_str_digits", args, &["maxdigits"], 1, 1)?;
    let n = vm.index_isize(p[0].as_ref().ok_or_else(|| vm.internal_error("maxdigits"))?)?;
    if n != 0 && n < 640 {
        return Err(vm.value_error(format!("maxdigits must be >= 640 or 0 for unlimited")));
    }
    vm.state().int_max_str_digits.set(n as usize);
    Ok(none::none())
}

fn sys_is_finalizing(_vm: &Vm, _m: &Value) -> PyResult {
    Ok(new_bool(false))
}

fn sys_audit(_vm: &Vm, _m: &Value, _args: FuncArgs<'_>) -> PyResult {
    Ok(none::none())
}

fn sys_addaudithook(_vm: &Vm, _m: &Value, _hook: &Value) -> PyResult {
    Ok(none::none())
}

fn sys_settrace(vm: &Vm, _m: &Value, f: &Value) -> PyResult {
    set_sys(vm, "_oxpy_trace", f.clone());
    Ok(none::none())
}

fn sys_gettrace(vm: &Vm, _m: &Value) -> PyResult {
    Ok(get_sys_attr_opt(vm, "_oxpy_trace").unwrap_or_else(none::none))
}

fn sys_setprofile(vm: &Vm, _m: &Value, f: &Value) -> PyResult {
    set_sys(vm, "_oxpy_profile", f.clone());
    Ok(none::none())
}

fn sys_getprofile(vm: &Vm, _m: &Value) -> PyResult {
    Ok(get_sys_attr_opt(vm, "_oxpy_profile").unwrap_or_else(none::none))
}

fn sys_call_tracing(vm: &Vm, _m: &Value, args: &[Value]) -> PyResult {
    check_arity(vm, "call_tracing", args.len(), 2, 2)?;
    let a = vm.to_vec(&args[1])?;
    vm.call(&args[0], &a)
}

fn sys_is_gil_enabled(_vm: &Vm, _m: &Value) -> PyResult {
    Ok(new_bool(true))
}

fn set_sys(vm: &Vm, name: &str, v: Value) {
    if let Some(d) = sys_dict(vm) {
        d.set_str_item(vm.intern(name), v);
    }
}

/// `sys.displayhook`: prints `repr(value)` and stores it in `builtins._`.
fn sys_displayhook(vm: &Vm, _m: &Value, v: &Value) -> PyResult {
    if none::is_none(v) {
        return Ok(none::none());
    }
    let b = vm.state().builtins.clone();
    b.set_str_item(vm.intern("_"), none::none());
    let out = get_sys_attr(vm, "stdout")?;
    if none::is_none(&out) {
        return Err(vm.runtime_error("lost sys.stdout"));
    }
    let r = vm.repr(v)?;
    super::io::write_str(vm, &out, r.as_value())?;
    super::io::write_text(vm, &out, "\n")?;
    b.set_str_item(vm.intern("_"), v.clone());
    Ok(none::none())
}

/// `sys.excepthook`: prints the exception and its traceback to stderr.
fn sys_excepthook(vm: &Vm, _m: &Value, args: &[Value]) -> PyResult {
    check_arity(vm, "excepthook", args.len(), 3, 3)?;
    let text = crate::traceback::format_exception(vm, &args[1], true);
    write_stderr(vm, &text);
    Ok(none::none())
}

/// `sys.unraisablehook` default (CPython `_PyErr_WriteUnraisableDefaultHook`).
fn sys_unraisablehook(vm: &Vm, _m: &Value, arg: &Value) -> PyResult {
    let get = |n: &str| vm.get_attr_str(arg, n).unwrap_or_else(|_| none::none());
    let exc = get("exc_value");
    let msg = get("err_msg");
    let obj = get("object");
    let mut header = if none::is_none(&msg) {
        "Exception ignored in".to_string()
    } else {
        vm.str(&msg)?.to_string_lossy()
    };
    if !none::is_none(&obj) {
        let r = vm.repr(&obj).map(|r| r.to_string_lossy()).unwrap_or_else(|_| "<object repr() failed>".into());
        header = format!("{header}: {r}");
    }
    let text = if none::is_none(&exc) { String::new() } else { crate::traceback::format_exception(vm, &exc, true) };
    write_stderr(vm, &format!("{header}\n{text}"));
    Ok(none::none())
}

static SYS_METHODS: &[MethodDef] = &[
    MethodDef { name: "exit", func: MethodFn::Fast(sys_exit), doc: None },
    MethodDef { name: "exc_info", func: MethodFn::NoArgs(sys_exc_info), doc: None },
    MethodDef { name: "exception", func: MethodFn::NoArgs(sys_exception), doc: None },
    MethodDef { name: "getrecursionlimit", func: MethodFn::NoArgs(sys_getrecursionlimit), doc: None },
    MethodDef { name: "setrecursionlimit", func: MethodFn::O(sys_setrecursionlimit), doc: None },
    MethodDef { name: "getrefcount", func: MethodFn::O(sys_getrefcount), doc: None },
    MethodDef { name: "getsizeof", func: MethodFn::FastKw(sys_getsizeof), doc: None },
    MethodDef { name: "intern", func: MethodFn::O(sys_intern), doc: None },
    MethodDef { name: "_getframe", func: MethodFn::Fast(sys_getframe), doc: None },
    MethodDef { name: "_getframemodulename", func: MethodFn::FastKw(sys_getframemodulename), doc: None },
    MethodDef { name: "getdefaultencoding", func: MethodFn::NoArgs(sys_getdefaultencoding), doc: None },
    MethodDef { name: "getfilesystemencoding", func: MethodFn::NoArgs(sys_getdefaultencoding), doc: None },
    MethodDef { name: "getfilesystemencodeerrors", func: MethodFn::NoArgs(sys_getfilesystemencodeerrors), doc: None },
    MethodDef { name: "getswitchinterval", func: MethodFn::NoArgs(sys_getswitchinterval), doc: None },
    MethodDef { name: "setswitchinterval", func: MethodFn::O(sys_setswitchinterval), doc: None },
    MethodDef { name: "get_int_max_str_digits", func: MethodFn::NoArgs(sys_get_int_max_str_digits), doc: None },
    MethodDef { name: "set_int_max_str_digits", func: MethodFn::FastKw(sys_set_int_max_str_digits), doc: None },
    MethodDef { name: "is_finalizing", func: MethodFn::NoArgs(sys_is_finalizing), doc: None },
    MethodDef { name: "audit", func: MethodFn::FastKw(sys_audit), doc: None },
    MethodDef { name: "addaudithook", func: MethodFn::O(sys_addaudithook), doc: None },
    MethodDef { name: "settrace", func: MethodFn::O(sys_settrace), doc: None },
    MethodDef { name: "gettrace", func: MethodFn::NoArgs(sys_gettrace), doc: None },
    MethodDef { name: "setprofile", func: MethodFn::O(sys_setprofile), doc: None },
    MethodDef { name: "getprofile", func: MethodFn::NoArgs(sys_getprofile), doc: None },
    MethodDef { name: "call_tracing", func: MethodFn::Fast(sys_call_tracing), doc: None },
    MethodDef { name: "_is_gil_enabled", func: MethodFn::NoArgs(sys_is_gil_enabled), doc: None },
    MethodDef { name: "displayhook", func: MethodFn::O(sys_displayhook), doc: None },
    MethodDef { name: "excepthook", func: MethodFn::Fast(sys_excepthook), doc: None },
    MethodDef { name: "unraisablehook", func: MethodFn::O(sys_unraisablehook), doc: None },
];

static VERSION_INFO: StructSeqDesc = StructSeqDesc {
    name: "sys.version_info",
    doc: Some("sys.version_info\n\nVersion information as a named tuple."),
    fields: &["major", "minor", "micro", "releaselevel", "serial"],
    n_in_sequence: 5,
    constructible: false,
};

static FLAGS: StructSeqDesc = StructSeqDesc {
    name: "sys.flags",
    doc: Some("sys.flags\n\nFlags provided through command line arguments or environment vars."),
    fields: &[
        "debug",
        "inspect",
        "interactive",
        "optimize",
        "dont_write_bytecode",
        "no_user_site",
        "no_site",
        "ignore_environment",
        "verbose",
        "bytes_warning",
        "quiet",
        "hash_randomization",
        "isolated",
        "dev_mode",
        "utf8_mode",
        "warn_default_encoding",
        "safe_path",
        "int_max_str_digits",
        "gil",
        "thread_inherit_context",
        "context_aware_warnings",
    ],
    n_in_sequence: 18,
    constructible: false,
};

static FLOAT_INFO: StructSeqDesc = StructSeqDesc {
    name: "sys.float_info",
    doc: None,
    fields: &["max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"],
    n_in_sequence: 11,
    constructible: false,
};

static INT_INFO: StructSeqDesc = StructSeqDesc {
    name: "sys.int_info",
    doc: None,
    fields: &["bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"],
    n_in_sequence: 4,
    constructible: false,
};

static HASH_INFO: StructSeqDesc = StructSeqDesc {
    name: "sys.hash_info",
    doc: None,
    fields: &["width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"],
    n_in_sequence: 9,
    constructible: false,
};

static THREAD_INFO: StructSeqDesc = StructSeqDesc {
    name: "sys.thread_info",
    doc: None,
    fields: &["name", "lock", "version"],
    n_in_sequence: 3,
    constructible: false,
};

fn strs(v: &[String]) -> Value {
    new_list(v.iter().map(|s| new_str(s).into_value()).collect()).into_value()
}

/// Creates this interpreter's `sys` module; `sys.modules` is the
/// interpreter's module table.
pub fn create(vm: &Vm) -> PyResult<PyRef<Module>> {
    let m = crate::objects::module::new_module(vm, "sys")?;
    super::add_functions(vm, &m, SYS_METHODS);
    let d = &m.payload.dict;
    let st = vm.state();
    let cfg = &st.config;
    let set = |k: &str, v: Value| d.set_str_item(vm.intern(k), v);
    let i = |n: i64| new_int(n);
    let s = |t: &str| new_str(t).into_value();
    set("__doc__", s("This module provides access to some objects used or maintained by the\ninterpreter and to functions that interact strongly with the interpreter."));
    set("modules", st.modules.as_value().clone());
    set("argv", strs(&cfg.argv));
    set("orig_argv", strs(&cfg.orig_argv));
    set("path", strs(&cfg.path));
    set("meta_path", new_list(vec![]).into_value());
    set("path_hooks", new_list(vec![]).into_value());
    set("path_importer_cache", crate::objects::dict::new_dict(vm).into_value());
    set("warnoptions", strs(&cfg.warnoptions));
    let xopts = crate::objects::dict::new_dict(vm);
    for x in &cfg.xoptions {
        let (k, v) = match x.split_once('=') {
            Some((k, v)) => (k, s(v)),
            None => (x.as_str(), new_bool(true)),
        };
        xopts.set_item(vm, s(k), v)?;
    }
    set("_xoptions", xopts.into_value());
    let names: Vec<Value> = super::builtin_module_names().into_iter().map(s).collect();
    set("builtin_module_names", new_tuple(names).into_value());
    set("stdlib_module_names", crate::objects::set::new_frozenset_from_vec(vm, STDLIB_MODULE_NAMES.iter().map(|n| s(n)).collect())?);
    set("executable", s(&cfg.executable));
    set("_base_executable", s(&cfg.executable));
    let prefix = std::path::Path::new(&cfg.executable)
        .parent()
        .and_then(|p| p.parent())
        .map(|p| p.to_string_lossy().into_owned())
        .unwrap_or_default();
    for k in ["prefix", "exec_prefix", "base_prefix", "base_exec_prefix"] {
        set(k, s(&prefix));
    }
    set("platlibdir", s("lib"));
    set("pycache_prefix", none::none());
    set("platform", s("linux"));
    set("byteorder", s(if cfg!(target_endian = "little") { "little" } else { "big" }));
    set("maxsize", i(isize::MAX as i64));
    set("maxunicode", i(0x10FFFF));
    let (major, minor, micro) = VERSION;
    set("version", s(&format!("{major}.{minor}.{micro} (oxpy {}) [rustc]", env!("CARGO_PKG_VERSION"))));
    set("hexversion", i(((major as i64) << 24) | ((minor as i64) << 16) | ((micro as i64) << 8) | 0xf0));
    set("api_version", i(1013));
    set("copyright", s("Copyright (c) 2001 Python Software Foundation.\nAll Rights Reserved."));
    set("float_repr_style", s("short"));
    set("abiflags", s(""));
    set("dont_write_bytecode", new_bool(cfg.dont_write_bytecode));
    let vi = structseq::new_type(vm, &VERSION_INFO)?;
    set(
        "version_info",
        structseq::new_instance(vm, &vi, vec![i(major as i64), i(minor as i64), i(micro as i64), s("final"), i(0)])?,
    );
    let flags = structseq::new_type(vm, &FLAGS)?;
    let b = |x: bool| i(x as i64);
    set(
        "flags",
        structseq::new_instance(
            vm,
            &flags,
            vec![
                i(0),
                b(cfg.inspect),
                b(cfg.interactive),
                i(cfg.optimize as i64),
                b(cfg.dont_write_bytecode),
                b(cfg.isolated),
                b(cfg.no_site),
                b(cfg.ignore_environment),
                i(cfg.verbose as i64),
                i(cfg.bytes_warning as i64),
                b(cfg.quiet),
                i(1),
                b(cfg.isolated),
                new_bool(cfg.dev_mode),
                i(cfg.utf8_mode as i64),
                i(0),
                new_bool(cfg.safe_path),
                i(st.int_max_str_digits.get() as i64),
                i(1),
                new_bool(false),
                new_bool(false),
            ],
        )?,
    );
    let fi = structseq::new_type(vm, &FLOAT_INFO)?;
    let f = crate::objects::float::new_float;
    set(
        "float_info",
        structseq::new_instance(
            vm,
            &fi,
            vec![
                f(f64::MAX),
                i(f64::MAX_EXP as i64),
                i(f64::MAX_10_EXP as i64),
                f(f64::MIN_POSITIVE),
                i(f64::MIN_EXP as i64),
                i(f64::MIN_10_EXP as i64),
                i(f64::DIGITS as i64),
                i(f64::MANTISSA_DIGITS as i64),
                f(f64::EPSILON),
                i(f64::RADIX as i64),
                i(1),
            ],
        )?,
    );
    let ii = structseq::new_type(vm, &INT_INFO)?;
    set("int_info", structseq::new_instance(vm, &ii, vec![i(30), i(4), i(4300), i(640)])?);
    let hi = structseq::new_type(vm, &HASH_INFO)?;
    set(
        "hash_info",
        structseq::new_instance(
            vm,
            &hi,
            vec![i(64), i((1i64 << 61) - 1), i(314159), i(0), i(1000003), s("siphash13"), i(64), i(128), i(0)],
        )?,
    );
    let ti = structseq::new_type(vm, &THREAD_INFO)?;
    set("thread_info", structseq::new_instance(vm, &ti, vec![s("pthread"), s("mutex+cond"), none::none()])?);
    let impl_ns = crate::objects::dict::new_dict(vm);
    impl_ns.set_str_item(vm.intern("name"), s("oxpy"));
    impl_ns.set_str_item(vm.intern("cache_tag"), s("oxpy-314"));
    impl_ns.set_str_item(vm.intern("version"), sys_attr_value(d, "version_info"));
    impl_ns.set_str_item(vm.intern("hexversion"), sys_attr_value(d, "hexversion"));
    impl_ns.set_str_item(vm.intern("_multiarch"), s("x86_64-linux-gnu"));
    impl_ns.set_str_item(vm.intern("supports_isolated_interpreters"), new_bool(true));
    set("implementation", crate::objects::namespace::new_namespace(vm, impl_ns)?);
    let [stdin, stdout, stderr] = super::io::std_streams(vm)?;
    set("stdin", stdin.clone());
    set("stdout", stdout.clone());
    set("stderr", stderr.clone());
    set("__stdin__", stdin);
    set("__stdout__", stdout);
    set("__stderr__", stderr);
    for (k, orig) in [("__displayhook__", "displayhook"), ("__excepthook__", "excepthook"), ("__unraisablehook__", "unraisablehook")] {
        set(k, sys_attr_value(d, orig));
    }
    Ok(m)
}

fn sys_attr_value(d: &Dict, name: &str) -> Value {
    d.get_str_item_rs(name).unwrap_or_else(none::none)
}

/// Whether `name` is in `sys.stdlib_module_names`.
pub fn is_stdlib_module(name: &str) -> bool {
    STDLIB_MODULE_NAMES.binary_search(&name).is_ok()
}

/// `sys.stdlib_module_names` of CPython 3.14 (Python/stdlib_module_names.h).
static STDLIB_MODULE_NAMES: &[&str] = &[
    "__future__", "_abc", "_aix_support", "_android_support", "_apple_support", "_ast", "_asyncio", "_bisect",
    "_blake2", "_bz2", "_codecs", "_codecs_cn", "_codecs_hk", "_codecs_iso2022", "_codecs_jp", "_codecs_kr",
    "_codecs_tw", "_collections", "_collections_abc", "_colorize", "_compat_pickle", "_compression", "_contextvars",
    "_csv", "_ctypes", "_curses", "_curses_panel", "_datetime", "_dbm", "_decimal", "_elementtree", "_frozen_importlib",
    "_frozen_importlib_external", "_functools", "_gdbm", "_hashlib", "_heapq", "_hmac", "_imp", "_interpchannels",
    "_interpqueues", "_interpreters", "_io", "_ios_support", "_json", "_locale", "_lsprof", "_lzma", "_markupbase",
    "_md5", "_multibytecodec", "_multiprocessing", "_opcode", "_opcode_metadata", "_operator", "_osx_support",
    "_overlapped", "_pickle", "_posixshmem", "_posixsubprocess", "_py_abc", "_py_warnings", "_pydatetime",
    "_pydecimal", "_pyio", "_pylong", "_pyrepl", "_queue", "_random", "_remote_debugging", "_scproxy", "_sha1",
    "_sha2", "_sha3", "_signal", "_sitebuiltins", "_socket", "_sqlite3", "_sre", "_ssl", "_stat", "_statistics",
    "_string", "_strptime", "_struct", "_suggestions", "_symtable", "_sysconfig", "_thread", "_threading_local",
    "_tkinter", "_tokenize", "_tracemalloc", "_types", "_typing", "_uuid", "_warnings", "_weakref", "_weakrefset",
    "_winapi", "_wmi", "_zoneinfo", "_zstd", "abc", "annotationlib", "antigravity", "argparse", "array", "ast",
    "asyncio", "atexit", "base64", "bdb", "binascii", "bisect", "builtins", "bz2", "cProfile", "calendar", "cmath",
    "cmd", "code", "codecs", "codeop", "collections", "colorsys", "compileall", "compression", "concurrent",
    "configparser", "contextlib", "contextvars", "copy", "copyreg", "csv", "ctypes", "curses", "dataclasses",
    "datetime", "dbm", "decimal", "difflib", "dis", "doctest", "email", "encodings", "ensurepip", "enum", "errno",
    "faulthandler", "fcntl", "filecmp", "fileinput", "fnmatch", "fractions", "ftplib", "functools", "gc",
    "genericpath", "getopt", "getpass", "gettext", "glob", "graphlib", "grp", "gzip", "hashlib", "heapq", "hmac",
    "html", "http", "idlelib", "imaplib", "importlib", "inspect", "io", "ipaddress", "itertools", "json", "keyword",
    "linecache", "locale", "logging", "lzma", "mailbox", "marshal", "math", "mimetypes", "mmap", "modulefinder",
    "msvcrt", "multiprocessing", "netrc", "nt", "ntpath", "nturl2path", "numbers", "opcode", "operator", "optparse",
    "os", "pathlib", "pdb", "pickle", "pickletools", "pkgutil", "platform", "plistlib", "poplib", "posix",
    "posixpath", "pprint", "profile", "pstats", "pty", "pwd", "py_compile", "pyclbr", "pydoc", "pydoc_data",
    "pyexpat", "queue", "quopri", "random", "re", "readline", "reprlib", "resource", "rlcompleter", "runpy", "sched",
    "secrets", "select", "selectors", "shelve", "shlex", "shutil", "signal", "site", "smtplib", "socket",
    "socketserver", "sqlite3", "sre_compile", "sre_constants", "sre_parse", "ssl", "stat", "statistics", "string",
    "stringprep", "struct", "subprocess", "symtable", "sys", "sysconfig", "syslog", "tabnanny", "tarfile",
    "tempfile", "termios", "textwrap", "this", "threading", "time", "timeit", "tkinter", "token", "tokenize",
    "tomllib", "trace", "traceback", "tracemalloc", "tty", "turtle", "turtledemo", "types", "typing", "unicodedata",
    "unittest", "urllib", "uuid", "venv", "warnings", "wave", "weakref", "webbrowser", "winreg", "winsound",
    "wsgiref", "xml", "xmlrpc", "zipapp", "zipfile", "zipimport", "zlib", "zoneinfo",
];

/// `sys` itself is made by [`create`]; this def only names it.
pub static MODULE_DEF: ModuleDef = ModuleDef { name: "sys", doc: None, methods: SYS_METHODS, exec: None };
