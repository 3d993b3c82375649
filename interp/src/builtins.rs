//! The `builtins` module.
//!
//! CPython: Python/bltinmodule.c.

use crate::objects::dict::Dict;
use crate::objects::int::{as_int, new_bigint, new_int};
use crate::objects::list::{List, new_list};
use crate::objects::str::{Str, new_string};
use crate::objects::tuple::{Tuple, new_tuple};
use crate::objects::type_::{MethodDef, MethodFn, TypeData};
use crate::objects::value::{PyRef, Value};
use crate::objects::{bool_, exceptions, none};
use crate::vm::{FuncArgs, PyResult, Vm};

fn b_abs(vm: &Vm, _m: &Value, x: &Value) -> PyResult {
    vm.absolute(x)
}

fn b_all(vm: &Vm, _m: &Value, it: &Value) -> PyResult {
    let it = vm.iter(it)?;
    while let Some(x) = vm.next(&it)? {
        if !vm.is_true(&x)? {
            return Ok(bool_::new_bool(false));
        }
    }
    Ok(bool_::new_bool(true))
}

fn b_any(vm: &Vm, _m: &Value, it: &Value) -> PyResult {
    let it = vm.iter(it)?;
    while let Some(x) = vm.next(&it)? {
        if vm.is_true(&x)? {
            return Ok(bool_::new_bool(true));
        }
    }
    Ok(bool_::new_bool(false))
}

fn b_ascii(vm: &Vm, _m: &Value, x: &Value) -> PyResult {
    Ok(vm.ascii(x)?.into_value())
}

fn radix_repr(vm: &Vm, x: &Value, radix: u32, prefix: &str) -> PyResult {
    let i = vm.index(x)?;
    let v = as_int(&i).map(|v| v.to_bigint()).unwrap_or_default();
    let neg = v.sign() == num_bigint::Sign::Minus;
    let digits = num_traits::Signed::abs(&v).to_str_radix(radix);
    Ok(new_string(format!("{}{}{}", if neg { "-" } else { "" }, prefix, digits)).into_value())
}

fn b_bin(vm: &Vm, _m: &Value, x: &Value) -> PyResult {
    radix_repr(vm, x, 2, "0b")
}

fn b_oct(vm: &Vm, _m: &Value, x: &Value) -> PyResult {
    radix_repr(vm, x, 8, "0o")
}

fn b_hex(vm: &Vm, _m: &Value, x: &Value) -> PyResult {
    radix_repr(vm, x, 16, "0x")
}

fn b_callable(vm: &Vm, _m: &Value, x: &Value) -> PyResult {
    Ok(bool_::new_bool(vm.is_callable(x)))
}

fn b_chr(vm: &Vm, _m: &Value, x: &Value) -> PyResult {
    let i = vm.index(x)?;
    let v = as_int(&i).and_then(|v| v.to_i64());
    match v {
        Some(c) if (0..0x110000).contains(&c) => Ok(crate::objects::str_type::char_str(c as u32)),
        Some(_) => Err(vm.value_error("chr() arg not in range(0x110000)")),
        None => Err(vm.overflow_error("Python int too large to convert to C int")),
    }
}

fn b_ord(vm: &Vm, _m: &Value, x: &Value) -> PyResult {
    if let Some(s) = x.downcast_ref::<Str>() {
        if s.char_len() != 1 {
            return Err(vm.type_error(format!(
                "ord() expected a character, but string of length {} found",
                s.char_len()
            )));
        }
        return Ok(new_int(s.char_at(0).unwrap_or(0) as i64));
    }
    if let Some(b) = crate::objects::bytes::bytes_like(x) {
        if b.len() != 1 {
            return Err(vm.type_error(format!(
                "ord() expected a character, but string of length {} found",
                b.len()
            )));
        }
        return Ok(new_int(b[0] as i64));
    }
    Err(vm.type_error(format!(
        "ord() expected string of length 1, but {} found",
        x.ty().tp_name()
    )))
}

fn b_delattr(vm: &Vm, _m: &Value, args: &[Value]) -> PyResult {
    crate::vm::call::check_arity(vm, "delattr", args.len(), 2, 2)?;
    let name = attr_name(vm, &args[1])?;
    vm.del_attr(&args[0], &name)?;
    Ok(none::none())
}

fn attr_name(vm: &Vm, v: &Value) -> PyResult<PyRef<Str>> {
    v.clone().downcast::<Str>().map_err(|v| {
        vm.type_error(format!("attribute name must be string, not '{}'", v.ty().tp_name()))
    })
}

fn b_getattr(vm: &Vm, _m: &Value, args: &[Value]) -> PyResult {
    crate::vm::call::check_arity(vm, "getattr", args.len(), 2, 3)?;
    let name = attr_name(vm, &args[1])?;
    match args.get(2) {
        Some(default) => Ok(vm.get_attr_opt(&args[0], &name)?.unwrap_or_else(|| default.clone())),
        None => vm.get_attr(&args[0], &name),
    }
}

fn b_setattr(vm: &Vm, _m: &Value, args: &[Value]) -> PyResult {
    crate::vm::call::check_arity(vm, "setattr", args.len(), 3, 3)?;
    let name = attr_name(vm, &args[1])?;
    vm.set_attr(&args[0], &name, args[2].clone())?;
    Ok(none::none())
}

fn b_hasattr(vm: &Vm, _m: &Value, args: &[Value]) -> PyResult {
    crate::vm::call::check_arity(vm, "hasattr", args.len(), 2, 2)?;
    let name = attr_name(vm, &args[1])?;
    Ok(bool_::new_bool(vm.has_attr(&args[0], &name)?))
}

fn b_dir(vm: &Vm, _m: &Value, args: &[Value]) -> PyResult {
    crate::vm::call::check_arity(vm, "dir", args.len(), 0, 1)?;
    let names = match args.first() {
        None => {
            let locals = current_locals(vm)?;
            let keys = vm.call(&vm.get_attr_str(&locals, "keys")?, &[])?;
            new_list(vm.to_vec(&keys)?).into_value()
        }
        Some(x) => {
            let d = vm.lookup_special(x, "__dir__")?.ok_or_else(|| vm.type_error("object does not provide __dir__"))?;
            let r = vm.call(&d, &[])?;
            new_list(vm.to_vec(&r)?).into_value()
        }
    };
    let l = names.downcast_ref::<List>().ok_or_else(|| vm.internal_error("dir list"))?;
    let sorted = crate::objects::listsort::sort_values(vm, l.to_vec(), None, false).map_err(|(_, e)| e)?;
    drop(l.replace_all(sorted));
    Ok(names)
}

fn b_divmod(vm: &Vm, _m: &Value, args: &[Value]) -> PyResult {
    crate::vm::call::check_arity(vm, "divmod", args.len(), 2, 2)?;
    let (a, b) = (&args[0], &args[1]);
    let va = a.ty().slots.nb_divmod.get();
    let vb = b.ty().slots.nb_divmod.get();
    if let Some(f) = va {
        let r = f(vm, a, b)?;
        if !r.is_static(&none::NOT_IMPLEMENTED) {
            return Ok(r);
        }
    }
    if let Some(f) = vb {
        if va.is_none_or(|x| !std::ptr::fn_addr_eq(x, f)) {
            let r = f(vm, a, b)?;
            if !r.is_static(&none::NOT_IMPLEMENTED) {
                return Ok(r);
            }
        }
    }
    Err(vm.type_error(format!(
        "unsupported operand type(s) for divmod(): '{}' and '{}'",
        a.ty().tp_name(),
        b.ty().tp_name()
    )))
}

fn b_format(vm: &Vm, _m: &Value, args: &[Value]) -> PyResult {
    crate::vm::call::check_arity(vm, "format", args.len(), 1, 2)?;
    let spec = match args.get(1) {
        Some(s) => {
            if s.downcast_ref::<Str>().is_none() {
                return Err(vm.type_error(format!(
                    "format() argument 2 must be str, not {}",
                    s.ty().tp_name()
                )));
            }
            s.clone()
        }
        None => crate::objects::str::EMPTY_STR.value(),
    };
    vm.format(&args[0], &spec)
}

fn b_hash(vm: &Vm, _m: &Value, x: &Value) -> PyResult {
    Ok(new_int(vm.hash(x)?))
}

/// `id(x)`: the address (tagged ints: the value word, DESIGN 8).
fn b_id(_vm: &Vm, _m: &Value, x: &Value) -> PyResult {
    Ok(new_bigint(num_bigint::BigInt::from(x.id_word())))
}

fn b_isinstance(vm: &Vm, _m: &Value, args: &[Value]) -> PyResult {
    crate::vm::call::check_arity(vm, "isinstance", args.len(), 2, 2)?;
    Ok(bool_::new_bool(vm.isinstance(&args[0], &args[1])?))
}

fn b_issubclass(vm: &Vm, _m: &Value, args: &[Value]) -> PyResult {
    crate::vm::call::check_arity(vm, "issubclass", args.len(), 2, 2)?;
    Ok(bool_::new_bool(vm.issubclass(&args[0], &args[1])?))
}

fn b_iter(vm: &Vm, _m: &Value, args: &[Value]) -> PyResult {
    crate::vm::call::check_arity(vm, "iter", args.len(), 1, 2)?;
    match args.get(1) {
        None => vm.iter(&args[0]),
        Some(sentinel) => {
            if !vm.is_callable(&args[0]) {
                return Err(vm.type_error("iter(v, w): v must be callable"));
            }
            Ok(crate::objects::iter::new_callable_iter(vm, args[0].clone(), sentinel.clone()))
        }
    }
}

fn b_aiter(vm: &Vm, _m: &Value, x: &Value) -> PyResult {
    match x.ty().slots.am_aiter.get() {
        Some(f) => f(vm, x),
        None => Err(vm.type_error(format!("'{}' object is not an async iterable", x.ty().tp_name()))),
    }
}

fn b_anext(vm: &Vm, _m: &Value, args: &[Value]) -> PyResult {
    crate::vm::call::check_arity(vm, "anext", args.len(), 1, 2)?;
    match args[0].ty().slots.am_anext.get() {
        Some(f) => f(vm, &args[0]),
        None => Err(vm.type_error(format!("'{}' object is not an async iterator", args[0].ty().tp_name()))),
    }
}

fn b_len(vm: &Vm, _m: &Value, x: &Value) -> PyResult {
    Ok(new_int(vm.len(x)? as i64))
}

fn b_next(vm: &Vm, _m: &Value, args: &[Value]) -> PyResult {
    crate::vm::call::check_arity(vm, "next", args.len(), 1, 2)?;
    let it = &args[0];
    if it.ty().slots.iternext.get().is_none() {
        return Err(vm.type_error(format!("'{}' object is not an iterator", it.ty().tp_name())));
    }
    let f = it.ty().slots.iternext.get().ok_or_else(|| vm.internal_error("iternext"))?;
    match f(vm, it)? {
        Some(x) => Ok(x),
        None => match args.get(1) {
            Some(d) => {
                vm.take_stop_iteration_value();
                Ok(d.clone())
            }
            None => Err(vm.stop_iteration_from_state()),
        },
    }
}

fn min_max(vm: &Vm, args: FuncArgs<'_>, name: &str, op: crate::objects::type_::CompareOp) -> PyResult {
    let pos = args.positional();
    let mut key = None;
    let mut default = None;
    for (k, v) in args.kwargs() {
        match crate::objects::str_type::display_str(k).as_str() {
            "key" => key = Some(v.clone()).filter(|v| !none::is_none(v)),
            "default" => default = Some(v.clone()),
            other => {
                return Err(vm.type_error(format!("{name}() got an unexpected keyword argument '{other}'")));
            }
        }
    }
    if pos.is_empty() {
        return Err(vm.type_error(format!("{name} expected at least 1 argument, got 0")));
    }
    let items: Vec<Value> = if pos.len() == 1 {
        vm.to_vec(&pos[0])?
    } else {
        if default.is_some() {
            return Err(vm.type_error(format!(
                "Cannot specify a default for {name}() with multiple positional arguments"
            )));
        }
        pos.to_vec()
    };
    let mut best: Option<(Value, Value)> = None;
    for x in items {
        let k = match &key {
            Some(f) => vm.call(f, std::slice::from_ref(&x))?,
            None => x.clone(),
        };
        best = match best {
            None => Some((k, x)),
            Some((bk, bx)) => {
                if vm.rich_compare_bool(&k, &bk, op)? { Some((k, x)) } else { Some((bk, bx)) }
            }
        };
    }
    match best {
        Some((_, x)) => Ok(x),
        None => match default {
            Some(d) => Ok(d),
            None => Err(vm.value_error(format!("{name}() iterable argument is empty"))),
        },
    }
}

fn b_min(vm: &Vm, _m: &Value, args: FuncArgs<'_>) -> PyResult {
    min_max(vm, args, "min", crate::objects::type_::CompareOp::Lt)
}

fn b_max(vm: &Vm, _m: &Value, args: FuncArgs<'_>) -> PyResult {
    min_max(vm, args, "max", crate::objects::type_::CompareOp::Gt)
}

fn b_pow(vm: &Vm, _m: &Value, args: FuncArgs<'_>) -> PyResult {
    let p = crate::vm::call::parse_args(vm, "pow", args, &["base", "exp", "mod"], 2, 3)?;
    let base = p[0].clone().unwrap_or_else(none::none);
    let exp = p[1].clone().unwrap_or_else(none::none);
    let m = p[2].clone().unwrap_or_else(none::none);
    if !none::is_none(&m) && m.as_small_int() == Some(0) && as_int(&base).is_some() && as_int(&exp).is_some() {
        return Err(vm.value_error("pow() 3rd argument cannot be 0"));
    }
    vm.power(&base, &exp, &m)
}

/// `print(*objects, sep=' ', end='\n', file=None, flush=False)`.
fn b_print(vm: &Vm, _m: &Value, args: FuncArgs<'_>) -> PyResult {
    let mut sep: Option<Value> = None;
    let mut end: Option<Value> = None;
    let mut file: Option<Value> = None;
    let mut flush = false;
    for (k, v) in args.kwargs() {
        match crate::objects::str_type::display_str(k).as_str() {
            "sep" => sep = Some(v.clone()).filter(|v| !none::is_none(v)),
            "end" => end = Some(v.clone()).filter(|v| !none::is_none(v)),
            "file" => file = Some(v.clone()).filter(|v| !none::is_none(v)),
            "flush" => flush = vm.is_true(v)?,
            other => return Err(vm.type_error(format!("print() got an unexpected keyword argument '{other}'"))),
        }
    }
    for (what, v) in [("sep", &sep), ("end", &end)] {
        if let Some(v) = v {
            if v.downcast_ref::<Str>().is_none() {
                return Err(vm.type_error(format!("{what} must be None or a string, not {}", v.ty().tp_name())));
            }
        }
    }
    let file = match file {
        Some(f) => f,
        None => {
            let out = crate::modules::sys::get_sys_attr(vm, "stdout")?;
            if none::is_none(&out) {
                return Ok(none::none());
            }
            out
        }
    };
    let write = vm.get_attr_str(&file, "write")?;
    let sep = sep.unwrap_or_else(|| new_string(" ".into()).into_value());
    for (i, x) in args.positional().iter().enumerate() {
        if i > 0 {
            vm.call(&write, std::slice::from_ref(&sep))?;
        }
        let s = vm.str(x)?;
        vm.call(&write, &[s.into_value()])?;
    }
    let end = end.unwrap_or_else(|| new_string("\n".into()).into_value());
    vm.call(&write, &[end])?;
    if flush {
        let f = vm.get_attr_str(&file, "flush")?;
        vm.call(&f, &[])?;
    }
    Ok(none::none())
}

fn b_repr(vm: &Vm, _m: &Value, x: &Value) -> PyResult {
    Ok(vm.repr(x)?.into_value())
}

fn b_round(vm: &Vm, _m: &Value, args: FuncArgs<'_>) -> PyResult {
    let p = crate::vm::call::parse_args(vm, "round", args, &["number", "ndigits"], 1, 2)?;
    let number = p[0].clone().unwrap_or_else(none::none);
    let Some(m) = vm.lookup_special(&number, "__round__")? else {
        return Err(vm.type_error(format!(
            "type {} doesn't define __round__ method",
            number.ty().tp_name()
        )));
    };
    match p[1].clone().filter(|n| !none::is_none(n)) {
        Some(n) => vm.call(&m, &[n]),
        None => vm.call(&m, &[]),
    }
}

fn b_sorted(vm: &Vm, _m: &Value, args: FuncArgs<'_>) -> PyResult {
    let pos = args.positional();
    if pos.len() != 1 {
        return Err(vm.type_error(format!("sorted expected 1 argument, got {}", pos.len())));
    }
    let l = new_list(vm.to_vec(&pos[0])?).into_value();
    let sort = vm.get_attr_str(&l, "sort")?;
    let kw = FuncArgs { args: &args.args[1..], kwnames: args.kwnames };
    vm.call_args(&sort, kw)?;
    Ok(l)
}

/// `sum(iterable, /, start=0)` with CPython's int and float fast paths.
fn b_sum(vm: &Vm, _m: &Value, args: FuncArgs<'_>) -> PyResult {
    let p = crate::vm::call::parse_args(vm, "sum", args, &["", "start"], 1, 2)?;
    let mut acc = p[1].clone().unwrap_or_else(|| new_int(0));
    if acc.downcast_ref::<Str>().is_some() {
        return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]"));
    }
    if acc.downcast_ref::<crate::objects::bytes::Bytes>().is_some() {
        return Err(vm.type_error("sum() can't sum bytes [use b''.join(seq) instead]"));
    }
    if acc.downcast_ref::<crate::objects::bytes::ByteArray>().is_some() {
        return Err(vm.type_error("sum() can't sum bytearray [use b''.join(seq) instead]"));
    }
    let it = vm.iter(p[0].as_ref().unwrap_or(&none::none()))?;
    // Float accumulation uses compensated (Neumaier) summation (3.12+).
    let mut fsum: Option<(f64, f64)> = None;
    while let Some(x) = vm.next(&it)? {
        if let Some((s, c)) = fsum {
            if let Some(xf) = crate::objects::float::as_float(&x).filter(|_| x.is_type(crate::objects::float::FLOAT_TYPE.get())) {
                let t = s + xf;
                let c2 = if s.abs() >= xf.abs() { c + ((s - t) + xf) } else { c + ((xf - t) + s) };
                fsum = Some((t, c2));
                continue;
            }
            if let Some(i) = x.as_small_int() {
                let xf = i as f64;
                let t = s + xf;
                let c2 = if s.abs() >= xf.abs() { c + ((s - t) + xf) } else { c + ((xf - t) + s) };
                fsum = Some((t, c2));
                continue;
            }
            let total = if c != 0.0 && c.is_finite() { s + c } else { s };
            acc = crate::objects::float::new_float(total);
            fsum = None;
        }
        if acc.is_type(crate::objects::float::FLOAT_TYPE.get()) && fsum.is_none() {
            if let Some(af) = crate::objects::float::as_float(&acc) {
                if x.is_type(crate::objects::float::FLOAT_TYPE.get()) || x.is_small_int() {
                    fsum = Some((af, 0.0));
                    let xf = crate::objects::float::as_float(&x).unwrap_or_else(|| x.as_small_int().unwrap_or(0) as f64);
                    let t = af + xf;
                    let c2 = if af.abs() >= xf.abs() { (af - t) + xf } else { (xf - t) + af };
                    fsum = Some((t, c2));
                    continue;
                }
            }
        }
        acc = vm.binary_op(&acc, &x, crate::vm::ops::BinOp::Add)?;
    }
    if let Some((s, c)) = fsum {
        let total = if c != 0.0 && c.is_finite() { s + c } else { s };
        return Ok(crate::objects::float::new_float(total));
    }
    Ok(acc)
}

/// `locals()` of the running frame.
pub(crate) fn current_locals(vm: &Vm) -> PyResult<Value> {
    let f = vm.frames.current.get();
    if f.is_null() {
        return Err(vm.system_error("locals(): no current frame"));
    }
    // SAFETY: the current frame is live on this thread.
    unsafe {
        if let Some(l) = (*f).locals.clone() {
            return Ok(l);
        }
        let fo = crate::objects::frame::frame_object_of(&mut *f);
        vm.get_attr_str(fo.as_value(), "f_locals")
    }
}

fn b_locals(vm: &Vm, _m: &Value) -> PyResult {
    current_locals(vm)
}

fn b_globals(vm: &Vm, _m: &Value) -> PyResult {
    let f = vm.frames.current.get();
    if f.is_null() {
        return Err(vm.system_error("globals(): no current frame"));
    }
    // SAFETY: the current frame is live.
    Ok(unsafe { (*f).globals.as_value().clone() })
}

fn b_vars(vm: &Vm, _m: &Value, args: &[Value]) -> PyResult {
    crate::vm::call::check_arity(vm, "vars", args.len(), 0, 1)?;
    match args.first() {
        None => current_locals(vm),
        Some(x) => vm.get_attr_str_opt(x, "__dict__")?.ok_or_else(|| vm.type_error("vars() argument must have __dict__ attribute")),
    }
}

fn b_input(vm: &Vm, _m: &Value, args: &[Value]) -> PyResult {
    crate::vm::call::check_arity(vm, "input", args.len(), 0, 1)?;
    let stdout = crate::modules::sys::get_sys_attr(vm, "stdout")?;
    if let Ok(f) = vm.get_attr_str(&stdout, "flush") {
        vm.call(&f, &[])?;
    }
    if let Some(prompt) = args.first() {
        let s = vm.str(prompt)?;
        let w = vm.get_attr_str(&stdout, "write")?;
        vm.call(&w, &[s.into_value()])?;
        if let Ok(f) = vm.get_attr_str(&stdout, "flush") {
            vm.call(&f, &[])?;
        }
    }
    let stdin = crate::modules::sys::get_sys_attr(vm, "stdin")?;
    let readline = vm.get_attr_str(&stdin, "readline")?;
    let line = vm.call(&readline, &[])?;
    let s = line.downcast_ref::<Str>().map(|s| s.to_string_lossy()).unwrap_or_default();
    if s.is_empty() {
        return Err(vm.eof_error("EOF when reading a line"));
    }
    let s = s.strip_suffix('\n').unwrap_or(&s).to_string();
    Ok(new_string(s).into_value())
}

fn b_open(vm: &Vm, _m: &Value, args: FuncArgs<'_>) -> PyResult {
    crate::modules::io::open(vm, args)
}

fn b_compile(vm: &Vm, _m: &Value, args: FuncArgs<'_>) -> PyResult {
    crate::run::builtin_compile(vm, args)
}

fn b_exec(vm: &Vm, _m: &Value, args: FuncArgs<'_>) -> PyResult {
    crate::run::builtin_exec(vm, args, false)
}

fn b_eval(vm: &Vm, _m: &Value, args: FuncArgs<'_>) -> PyResult {
    crate::run::builtin_exec(vm, args, true)
}

fn b_import(vm: &Vm, _m: &Value, args: FuncArgs<'_>) -> PyResult {
    let p = crate::vm::call::parse_args(vm, "__import__", args, &["name", "globals", "locals", "fromlist", "level"], 1, 5)?;
    let name = p[0].clone().unwrap_or_else(none::none);
    let name = name.downcast::<Str>().map_err(|v| vm.type_error(format!("__import__() argument 1 must be str, not {}", v.ty().tp_name())))?;
    let globals = p[1].clone().filter(|g| !none::is_none(g));
    let fromlist = p[3].clone().unwrap_or_else(none::none);
    let level = match &p[4] {
        Some(l) => vm.index_isize(l)? as i64,
        None => 0,
    };
    crate::import::import_module_level(vm, &name, globals.as_ref(), &fromlist, level)
}

fn b_build_class(vm: &Vm, _m: &Value, args: FuncArgs<'_>) -> PyResult {
    crate::run::build_class(vm, args)
}

fn b_breakpoint(vm: &Vm, _m: &Value, _args: FuncArgs<'_>) -> PyResult {
    Err(vm.runtime_error("lost sys.breakpointhook"))
}

macro_rules! def {
    ($name:literal, $kind:ident, $f:expr) => {
        MethodDef { name: $name, func: MethodFn::$kind($f), doc: None }
    };
}

/// The builtin functions (CPython `builtin_methods`).
pub static BUILTIN_FUNCTIONS: &[MethodDef] = &[
    def!("__build_class__", FastKw, b_build_class),
    def!("__import__", FastKw, b_import),
    def!("abs", O, b_abs),
    def!("all", O, b_all),
    def!("any", O, b_any),
    def!("ascii", O, b_ascii),
    def!("bin", O, b_bin),
    def!("breakpoint", FastKw, b_breakpoint),
    def!("callable", O, b_callable),
    def!("chr", O, b_chr),
    def!("compile", FastKw, b_compile),
    def!("delattr", Fast, b_delattr),
    def!("dir", Fast, b_dir),
    def!("divmod", Fast, b_divmod),
    def!("eval", FastKw, b_eval),
    def!("exec", FastKw, b_exec),
    def!("format", Fast, b_format),
    def!("getattr", Fast, b_getattr),
    def!("globals", NoArgs, b_globals),
    def!("hasattr", Fast, b_hasattr),
    def!("hash", O, b_hash),
    def!("hex", O, b_hex),
    def!("id", O, b_id),
    def!("input", Fast, b_input),
    def!("isinstance", Fast, b_isinstance),
    def!("issubclass", Fast, b_issubclass),
    def!("iter", Fast, b_iter),
    def!("aiter", O, b_aiter),
    def!("len", O, b_len),
    def!("locals", NoArgs, b_locals),
    def!("max", FastKw, b_max),
    def!("min", FastKw, b_min),
    def!("next", Fast, b_next),
    def!("anext", Fast, b_anext),
    def!("oct", O, b_oct),
    def!("open", FastKw, b_open),
    def!("ord", O, b_ord),
    def!("pow", FastKw, b_pow),
    def!("print", FastKw, b_print),
    def!("repr", O, b_repr),
    def!("round", FastKw, b_round),
    def!("setattr", Fast, b_setattr),
    def!("sorted", FastKw, b_sorted),
    def!("sum", FastKw, b_sum),
    def!("vars", Fast, b_vars),
];

/// Fills a new interpreter's `builtins` namespace.
pub fn init_builtins(vm: &Vm, d: &Dict, module: &Value) {
    use crate::objects as o;
    let name = new_string("builtins".into()).into_value();
    for def in BUILTIN_FUNCTIONS {
        let f = crate::objects::descr::new_module_function(def, Some(module.clone()), Some(name.clone()));
        d.set_str_item(vm.intern(def.name), f);
    }
    let types: &[(&str, Value)] = &[
        ("bool", o::bool_::BOOL_TYPE.value()),
        ("bytearray", o::bytes::BYTEARRAY_TYPE.value()),
        ("bytes", o::bytes::BYTES_TYPE.value()),
        ("classmethod", o::method::CLASSMETHOD_TYPE.value()),
        ("complex", o::complex::COMPLEX_TYPE.value()),
        ("dict", o::dict_type::DICT_TYPE.value()),
        ("enumerate", o::enumerate::ENUMERATE_TYPE.value()),
        ("filter", o::enumerate::FILTER_TYPE.value()),
        ("float", o::float::FLOAT_TYPE.value()),
        ("frozenset", o::set::FROZENSET_TYPE.value()),
        ("property", o::method::PROPERTY_TYPE.value()),
        ("int", o::int::INT_TYPE.value()),
        ("list", o::list::LIST_TYPE.value()),
        ("map", o::enumerate::MAP_TYPE.value()),
        ("object", o::baseobject::OBJECT_TYPE.value()),
        ("range", o::range::RANGE_TYPE.value()),
        ("reversed", o::enumerate::REVERSED_TYPE.value()),
        ("set", o::set::SET_TYPE.value()),
        ("slice", o::slice::SLICE_TYPE.value()),
        ("staticmethod", o::method::STATICMETHOD_TYPE.value()),
        ("str", o::str::STR_TYPE.value()),
        ("super", o::super_::SUPER_TYPE.value()),
        ("tuple", o::tuple_type::TUPLE_TYPE.value()),
        ("type", o::type_::TYPE_TYPE.value()),
        ("zip", o::enumerate::ZIP_TYPE.value()),
        ("None", none::none()),
        ("Ellipsis", none::ellipsis()),
        ("NotImplemented", none::not_implemented()),
        ("False", bool_::new_bool(false)),
        ("True", bool_::new_bool(true)),
    ];
    for (k, v) in types {
        d.set_str_item(vm.intern(k), v.clone());
    }
    d.set_str_item(vm.intern("__debug__"), bool_::new_bool(vm.state().config.optimize == 0));
    for t in exceptions::ALL {
        let name = t.name().to_string();
        d.set_str_item(vm.intern(&name), t.value());
    }
    // Aliases of OSError.
    d.set_str_item(vm.intern("EnvironmentError"), exceptions::OS_ERROR.value());
    d.set_str_item(vm.intern("IOError"), exceptions::OS_ERROR.value());
    d.set_str_item(vm.intern("__name__"), name);
    d.set_str_item(vm.intern("__doc__"), new_string("Built-in functions, types, exceptions, and other objects.\n\nThis module provides direct access to all 'built-in'\nidentifiers of Python; for example, builtins.len is\nthe full name for the built-in function len().\n\nThis module is not normally accessed explicitly by most\napplications, but can be useful in modules that provide\nobjects with the same name as a built-in value, but in\nwhich the built-in of that name is also needed.".into()).into_value());
    d.set_str_item(vm.intern("__package__"), new_string(String::new()).into_value());
    let _ = TypeData::LAYOUT_ID_MARKER;
    let _ = new_tuple;
    let _: Option<&Tuple> = None;
}

impl TypeData {
    const LAYOUT_ID_MARKER: () = ();
}
