//! Calling: the call protocol, argument binding for Python functions, and
//! argument parsing for builtins with CPython's error messages.
//!
//! CPython: Objects/call.c, Python/ceval.c (`initialize_locals`,
//! `format_missing`, `too_many_positional`), Python/getargs.c
//! (`_PyArg_UnpackKeywords`, `_PyArg_CheckPositional`).

use super::frame::{Frame, Slot};
use super::{FuncArgs, PyResult, Vm};
use crate::objects::code::Code;
use crate::objects::dict::Dict;
use crate::objects::function::Function;
use crate::objects::str::Str;
use crate::objects::tuple::{Tuple, new_tuple};
use crate::objects::value::{PyObject, PyRef, Value};
use compile::code::flags;

/// `_PyArg_CheckPositional`: "name expected at most 2 arguments, got 3".
pub fn check_arity(vm: &Vm, name: &str, n: usize, min: usize, max: usize) -> PyResult<()> {
    if n < min {
        let msg = if min == max {
            format!("{name} expected {min} argument{}, got {n}", plural(min))
        } else {
            format!("{name} expected at least {min} argument{}, got {n}", plural(min))
        };
        return Err(vm.type_error(msg));
    }
    if n > max {
        let msg = if min == max {
            format!("{name} expected {max} argument{}, got {n}", plural(max))
        } else {
            format!("{name} expected at most {max} argument{}, got {n}", plural(max))
        };
        return Err(vm.type_error(msg));
    }
    Ok(())
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// Parses builtin arguments as Argument Clinic's `_PyArg_UnpackKeywords`
/// does. `names` lists the parameters in order: `""` for positional-only,
/// `"$name"` for keyword-only, plain names for positional-or-keyword.
/// `min` arguments are required (counting from the first); at most
/// `max_pos` may be passed positionally. Returns one slot per parameter.
pub fn parse_args(
    vm: &Vm,
    fname: &str,
    args: FuncArgs<'_>,
    names: &[&str],
    min: usize,
    max_pos: usize,
) -> PyResult<Vec<Option<Value>>> {
    let pos = args.positional();
    let mut out: Vec<Option<Value>> = vec![None; names.len()];
    if pos.len() > max_pos {
        let msg = if max_pos == 0 {
            format!("{fname}() takes no positional arguments")
        } else if min == max_pos && !args.has_kwargs() && names.iter().take(max_pos).all(|n| n.is_empty()) {
            format!("{fname}() takes exactly {max_pos} positional argument{} ({} given)", plural(max_pos), pos.len())
        } else {
            format!(
                "{fname}() takes at most {max_pos} argument{} ({} given)",
                plural(max_pos),
                pos.len() + args.nkw()
            )
        };
        return Err(vm.type_error(msg));
    }
    for (i, v) in pos.iter().enumerate() {
        out[i] = Some(v.clone());
    }
    for (k, v) in args.kwargs() {
        let key = k.downcast_ref::<Str>().map(|s| s.to_string_lossy()).unwrap_or_default();
        let idx = names.iter().position(|n| {
            let plain = n.strip_prefix('$').unwrap_or(n);
            !n.is_empty() && plain == key
        });
        match idx {
            Some(i) => {
                if out[i].is_some() {
                    return Err(vm.type_error(format!(
                        "argument for {fname}() given by name ('{key}') and position ({})",
                        i + 1
                    )));
                }
                out[i] = Some(v.clone());
            }
            None => {
                return Err(vm.type_error(format!("{fname}() got an unexpected keyword argument '{key}'")));
            }
        }
    }
    for i in 0..min {
        if out[i].is_none() {
            let n = names[i].strip_prefix('$').unwrap_or(names[i]);
            if n.is_empty() || pos.len() < i && names[..i].iter().all(|n| n.is_empty()) {
                return Err(vm.type_error(format!(
                    "{fname}() takes at least {min} positional argument{} ({} given)",
                    plural(min),
                    pos.len()
                )));
            }
            return Err(vm.type_error(format!("{fname}() missing required argument '{n}' (pos {})", i + 1)));
        }
    }
    Ok(out)
}

impl Vm {
    /// `callable(*args)`.
    #[inline]
    pub fn call(&self, callable: &Value, args: &[Value]) -> PyResult {
        self.call_args(callable, FuncArgs::positional_only(args))
    }

    /// `callable(*args, **kwargs)` in vectorcall form.
    pub fn call_args(&self, callable: &Value, args: FuncArgs<'_>) -> PyResult {
        if callable.is_type(crate::objects::function::FUNCTION_TYPE.get()) {
            return self.call_function(callable, args);
        }
        match callable.ty().slots.call.get() {
            Some(f) => self.with_native_recursion(" while calling a Python object", || f(self, callable, args)),
            None => Err(self.type_error(format!("'{}' object is not callable", callable.ty().tp_name()))),
        }
    }

    /// Whether `v` is callable (`callable()`).
    pub fn is_callable(&self, v: &Value) -> bool {
        v.ty().slots.call.get().is_some()
    }

    /// Calls with a keyword dict (CALL_FUNCTION_EX).
    pub fn call_with_kwargs(&self, callable: &Value, positional: &[Value], kwargs: Option<&Dict>) -> PyResult {
        let Some(kw) = kwargs.filter(|k| !k.is_empty()) else {
            return self.call(callable, positional);
        };
        let mut all: Vec<Value> = positional.to_vec();
        let mut names = Vec::with_capacity(kw.len());
        for (k, v) in kw.items() {
            if k.downcast_ref::<Str>().is_none() {
                return Err(self.type_error("keywords must be strings"));
            }
            names.push(k);
            all.push(v);
        }
        let kwnames = new_tuple(names);
        self.call_args(callable, FuncArgs { args: &all, kwnames: Some(&kwnames) })
    }

    /// Calls a Python function: a new frame, arguments bound, run to completion.
    pub fn call_function(&self, func: &Value, args: FuncArgs<'_>) -> PyResult {
        let f = self.push_function_frame(func, args)?;
        // SAFETY: `f` was just pushed on this thread and is live.
        unsafe { (*f).is_entry = true };
        self.run_frame(f)
    }

    /// Runs a function's code with `locals` as its locals mapping and no
    /// arguments: a class body (CPython `_PyEval_Vector(func, locals)`).
    pub fn call_with_locals(&self, func: &Value, locals: Value) -> PyResult {
        let f = self.push_function_frame(func, FuncArgs::EMPTY)?;
        // SAFETY: just pushed, not yet running.
        unsafe {
            (*f).locals = Some(locals);
            (*f).is_entry = true;
        }
        self.run_frame(f)
    }

    /// Runs module-level `code` whose free variables come from `closure`
    /// (`exec(code, globals, locals, closure=...)`).
    pub fn run_code_with_closure(
        &self,
        code: PyRef<Code>,
        globals: PyRef<Dict>,
        locals: Option<Value>,
        closure: &Value,
    ) -> PyResult {
        let n = crate::objects::code::nfreevars(&code.core);
        let cells = self.to_vec(closure)?;
        if cells.len() != n || cells.iter().any(|c| c.downcast_ref::<crate::objects::cell::Cell>().is_none()) {
            return Err(self.type_error(format!("code object requires a closure of exactly length {n}")));
        }
        let func = crate::objects::function::new_function(self, code, globals.clone())?;
        if let Some(fo) = func.downcast_ref::<Function>() {
            *fo.payload.closure.borrow_mut() = Some(new_tuple(cells));
        }
        let locals = locals.unwrap_or_else(|| globals.as_value().clone());
        self.call_with_locals(&func, locals)
    }

    /// The call fast path: a Python function whose parameters are `n`
    /// positional ones (some with defaults), called with `n` or fewer
    /// positional arguments and no keywords. The arguments are *moved* from
    /// `args` into the new frame (the caller forgets them). `Ok(None)` when
    /// the function does not qualify (nothing was moved).
    ///
    /// # Safety
    /// `args` points to `n` bound slots the caller owns and will not read
    /// again if this returns `Ok(Some(_))`.
    pub(crate) unsafe fn push_function_frame_exact(&self, func: &Value, args: *mut Slot, n: usize) -> PyResult<Option<*mut Frame>> {
        let Some(fobj) = func.downcast_ref::<Function>() else { return Ok(None) };
        let code = fobj.code.borrow();
        let core = &code.core;
        let argcount = core.argcount as usize;
        if core.flags & (flags::CO_VARARGS | flags::CO_VARKEYWORDS) != 0 || core.kwonlyargcount != 0 || n > argcount {
            return Ok(None);
        }
        let defaults = fobj.defaults.borrow();
        let missing = argcount - n;
        if missing > 0 {
            match defaults.as_ref() {
                Some(d) if d.len() >= missing => {}
                _ => return Ok(None),
            }
        }
        self.check_recursion()?;
        let locals = if core.flags & flags::CO_OPTIMIZED == 0 { Some(fobj.globals.as_value().clone()) } else { None };
        let frame = self.frames.push(code.clone(), Some(func.clone()), fobj.globals.clone(), fobj.builtins.clone(), locals);
        // SAFETY: the new frame has nlocalsplus >= argcount >= n unbound slots;
        // `args` holds n owned values (the caller's contract), moved here.
        unsafe {
            std::ptr::copy_nonoverlapping(args, (*frame).localsplus, n);
            if missing > 0 {
                if let Some(d) = defaults.as_ref() {
                    let d = d.as_slice();
                    for (k, v) in d[d.len() - missing..].iter().enumerate() {
                        *(*frame).slot_mut(n + k) = Some(v.clone());
                    }
                }
            }
        }
        Ok(Some(frame))
    }

    /// Pushes a frame for a call of `func` with `args` bound (CPython
    /// `_PyEvalFramePushAndInit`). On a binding error the frame is popped.
    pub(crate) fn push_function_frame(&self, func: &Value, args: FuncArgs<'_>) -> PyResult<*mut Frame> {
        // SAFETY: callers pass a function object.
        let fobj = func
            .downcast_ref::<Function>()
            .ok_or_else(|| self.internal_error("push_function_frame of a non-function"))?;
        let code = fobj.code();
        self.check_recursion()?;
        let locals = if code.core.flags & flags::CO_OPTIMIZED == 0 { Some(fobj.globals.as_value().clone()) } else { None };
        let frame = self.frames.push(
            code.clone(),
            Some(func.clone()),
            fobj.globals.clone(),
            fobj.builtins.clone(),
            locals,
        );
        if let Err(e) = initialize_locals(self, frame, fobj, &code, args) {
            // SAFETY: the frame was just pushed and is not yet linked as current.
            unsafe { self.frames.pop(frame) };
            self.leave_recursion();
            return Err(e);
        }
        Ok(frame)
    }
}

/// Binds call arguments into a new frame's locals (CPython `initialize_locals`).
fn initialize_locals(vm: &Vm, frame: *mut Frame, func: &PyObject<Function>, code: &PyRef<Code>, args: FuncArgs<'_>) -> PyResult<()> {
    // SAFETY: `frame` was just pushed; its locals slots are initialised to None.
    let f = unsafe { &mut *frame };
    let core = &code.core;
    let argcount = core.argcount as usize;
    let posonly = core.posonlyargcount as usize;
    let kwonly = core.kwonlyargcount as usize;
    let total_args = argcount + kwonly;
    let has_varargs = core.flags & flags::CO_VARARGS != 0;
    let has_varkw = core.flags & flags::CO_VARKEYWORDS != 0;
    let positional = args.positional();
    let n = positional.len();
    let set = |i: usize, v: Value| {
        // SAFETY: i < nlocalsplus of this live frame.
        unsafe { *f.slot_mut(i) = Some(v) };
    };
    let get = |i: usize| -> bool {
        // SAFETY: as above.
        unsafe { f.slot(i).is_some() }
    };

    // **kwargs dict first (its slot follows *args).
    let kwdict = if has_varkw {
        let d = crate::objects::dict::new_dict(vm);
        let idx = total_args + usize::from(has_varargs);
        set(idx, d.clone().into_value());
        Some(d)
    } else {
        None
    };

    let take = n.min(argcount);
    for (i, v) in positional.iter().take(take).enumerate() {
        set(i, v.clone());
    }
    if has_varargs {
        let extra: Vec<Value> = if n > argcount { positional[argcount..].to_vec() } else { Vec::new() };
        set(total_args, new_tuple(extra).into_value());
    } else if n > argcount {
        return Err(too_many_positional(vm, func, code, n, args));
    }

    // Keyword arguments.
    let mut posonly_as_kw: Vec<String> = Vec::new();
    for (name, value) in args.kwargs() {
        let Some(name_s) = name.downcast_ref::<Str>() else {
            return Err(vm.type_error(format!("{}() keywords must be strings", qualname(func))));
        };
        // Identity first, then equality (CPython's two passes).
        let mut idx = None;
        for j in posonly..total_args {
            if code.localsplusnames[j].as_value().is(name) {
                idx = Some(j);
                break;
            }
        }
        if idx.is_none() {
            for j in posonly..total_args {
                if code.localsplusnames[j].eq_str(name_s) {
                    idx = Some(j);
                    break;
                }
            }
        }
        match idx {
            Some(j) => {
                if get(j) {
                    return Err(vm.type_error(format!(
                        "{}() got multiple values for argument '{}'",
                        qualname(func),
                        name_s.to_string_lossy()
                    )));
                }
                set(j, value.clone());
            }
            None => {
                if let Some(d) = &kwdict {
                    d.set_item(vm, name.clone(), value.clone())?;
                    continue;
                }
                if (0..posonly).any(|j| code.localsplusnames[j].eq_str(name_s)) {
                    posonly_as_kw.push(name_s.to_string_lossy());
                    continue;
                }
                let mut msg = format!(
                    "{}() got an unexpected keyword argument '{}'",
                    qualname(func),
                    name_s.to_string_lossy()
                );
                let candidates: Vec<String> = code.localsplusnames[posonly..total_args].iter().map(|n| n.to_string_lossy()).collect();
                if let Some(s) = crate::suggestions::best_match(&name_s.to_string_lossy(), candidates.iter().map(|s| s.as_str())) {
                    msg.push_str(&format!(". Did you mean '{s}'?"));
                }
                return Err(vm.type_error(msg));
            }
        }
    }
    if !posonly_as_kw.is_empty() {
        return Err(vm.type_error(format!(
            "{}() got some positional-only arguments passed as keyword arguments: '{}'",
            qualname(func),
            posonly_as_kw.join(", ")
        )));
    }

    // Defaults for missing positional arguments.
    if n < argcount {
        let defaults = func.defaults.borrow().clone();
        let ndef = defaults.as_ref().map_or(0, |d| d.len());
        let first_default = argcount - ndef;
        let mut missing: Vec<String> = Vec::new();
        for i in n..first_default {
            if !get(i) {
                missing.push(code.localsplusnames[i].to_string_lossy());
            }
        }
        if !missing.is_empty() {
            return Err(format_missing(vm, func, "positional", &missing));
        }
        if let Some(d) = defaults {
            for i in first_default.max(n)..argcount {
                if !get(i) {
                    set(i, d.as_slice()[i - first_default].clone());
                }
            }
        }
    }
    // Keyword-only defaults.
    if kwonly > 0 {
        let kwdefaults = func.kwdefaults.borrow().clone();
        let mut missing: Vec<String> = Vec::new();
        for i in argcount..total_args {
            if get(i) {
                continue;
            }
            let name = &code.localsplusnames[i];
            match kwdefaults.as_ref().and_then(|d| d.get_str_item(name)) {
                Some(v) => set(i, v),
                None => missing.push(name.to_string_lossy()),
            }
        }
        if !missing.is_empty() {
            return Err(format_missing(vm, func, "keyword-only", &missing));
        }
    }
    Ok(())
}

fn qualname(func: &Function) -> String {
    func.qualname.borrow().to_string_lossy()
}

/// "f() missing 2 required positional arguments: 'a' and 'b'".
fn format_missing(vm: &Vm, func: &Function, kind: &str, names: &[String]) -> crate::errors::PyErr {
    let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    let list = match quoted.len() {
        1 => quoted[0].clone(),
        2 => format!("{} and {}", quoted[0], quoted[1]),
        _ => {
            let (last, rest) = quoted.split_last().unwrap_or((&quoted[0], &[]));
            format!("{}, and {}", rest.join(", "), last)
        }
    };
    vm.type_error(format!(
        "{}() missing {} required {} argument{}: {}",
        qualname(func),
        names.len(),
        kind,
        plural(names.len()),
        list
    ))
}

/// "f() takes 2 positional arguments but 3 were given" (CPython `too_many_positional`).
fn too_many_positional(vm: &Vm, func: &Function, code: &Code, given: usize, args: FuncArgs<'_>) -> crate::errors::PyErr {
    let core = &code.core;
    let argcount = core.argcount as usize;
    let ndef = func.defaults.borrow().as_ref().map_or(0, |d| d.len());
    let kwonly_given = args
        .kwargs()
        .filter(|(k, _)| {
            (argcount..argcount + core.kwonlyargcount as usize)
                .any(|j| k.downcast_ref::<Str>().is_some_and(|s| code.localsplusnames[j].eq_str(s)))
        })
        .count();
    let sig = if ndef > 0 {
        format!("from {} to {}", argcount - ndef, argcount)
    } else {
        argcount.to_string()
    };
    let plural_sig = !(ndef == 0 && argcount == 1);
    let kw_msg = if kwonly_given > 0 {
        format!(
            " positional argument{} (and {} keyword-only argument{})",
            plural(given),
            kwonly_given,
            plural(kwonly_given)
        )
    } else {
        String::new()
    };
    vm.type_error(format!(
        "{}() takes {} positional argument{} but {}{} {} given",
        qualname(func),
        sig,
        if plural_sig { "s" } else { "" },
        given,
        kw_msg,
        if given == 1 && kwonly_given == 0 { "was" } else { "were" }
    ))
}

pub fn _unused(_: &Tuple) {}
