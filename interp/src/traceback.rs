//! Printing exceptions: what `sys.excepthook` writes for an uncaught
//! exception.
//!
//! CPython 3.13+ prints uncaught exceptions with the `traceback` module
//! (`traceback._print_exception_bltin`, called from Python/pythonrun.c
//! `_PyErr_Display`); this file produces the same text natively, so that
//! printing an exception needs no import and cannot fail halfway.
//!
//! CPython: Lib/traceback.py (`TracebackException.format`,
//! `StackSummary.format_frame_summary`, `_format_syntax_error`).

use std::cell::RefCell;
use std::collections::HashMap;

use crate::objects::exceptions::{self, BaseExceptionData, field};
use crate::objects::none;
use crate::objects::str::Str;
use crate::objects::traceback::Traceback;
use crate::objects::value::Value;
use crate::vm::Vm;

thread_local! {
    /// Source files read for tracebacks, by name (CPython's `linecache`).
    static LINES: RefCell<HashMap<String, Option<Vec<String>>>> = RefCell::new(HashMap::new());
}

/// Line `lineno` (1-based) of the file `filename`, without its newline.
pub fn source_line(filename: &str, lineno: i32) -> Option<String> {
    if lineno < 1 || filename.starts_with('<') {
        return None;
    }
    LINES.with(|c| {
        let mut c = c.borrow_mut();
        let lines = c.entry(filename.to_string()).or_insert_with(|| {
            let bytes = std::fs::read(filename).ok()?;
            let text = String::from_utf8_lossy(&bytes).into_owned();
            Some(text.split_inclusive('\n').map(|l| l.trim_end_matches(['\n', '\r']).to_string()).collect())
        });
        lines.as_ref()?.get(lineno as usize - 1).cloned()
    })
}

/// Forgets cached source (CPython `linecache.checkcache`).
pub fn clear_source_cache() {
    LINES.with(|c| c.borrow_mut().clear());
}

fn exc_data(v: &Value) -> Option<&BaseExceptionData> {
    v.downcast_ref::<BaseExceptionData>().map(|e| &e.payload)
}

/// One entry of a traceback: file, line, function name.
struct Entry {
    filename: String,
    lineno: Option<i32>,
    name: String,
}

fn entries(tb: Option<Value>) -> Vec<Entry> {
    let mut out = Vec::new();
    let mut cur = tb;
    while let Some(t) = cur {
        let Some(tbo) = t.downcast_ref::<Traceback>() else { break };
        let frame = &tbo.payload.frame;
        let code = frame.code();
        out.push(Entry {
            filename: code.core.filename.to_string(),
            lineno: tbo.payload.lineno.get(),
            name: code.core.name.to_string(),
        });
        cur = tbo.payload.next.borrow().clone();
    }
    out
}

/// The recursion-aware frame list (CPython `StackSummary.format`): after
/// three identical consecutive entries, the rest are counted.
fn format_stack(entries: &[Entry], out: &mut String) {
    const RECURSIVE_CUTOFF: usize = 3;
    let mut last: Option<(&str, Option<i32>, &str)> = None;
    let mut count = 0usize;
    let flush = |count: usize, out: &mut String| {
        if count > RECURSIVE_CUTOFF {
            let n = count - RECURSIVE_CUTOFF;
            out.push_str(&format!("  [Previous line repeated {n} more time{}]\n", if n > 1 { "s" } else { "" }));
        }
    };
    for e in entries {
        let key = (e.filename.as_str(), e.lineno, e.name.as_str());
        if last != Some(key) {
            flush(count, out);
            last = Some(key);
            count = 0;
        }
        count += 1;
        if count > RECURSIVE_CUTOFF {
            continue;
        }
        match e.lineno {
            Some(l) => out.push_str(&format!("  File \"{}\", line {}, in {}\n", e.filename, l, e.name)),
            None => out.push_str(&format!("  File \"{}\", line None, in {}\n", e.filename, e.name)),
        }
        if let Some(line) = e.lineno.and_then(|l| source_line(&e.filename, l)) {
            let t = line.trim();
            if !t.is_empty() {
                out.push_str(&format!("    {t}\n"));
            }
        }
    }
    flush(count, out);
}

/// `str(exc)` or CPython's placeholder when that fails.
fn safe_str(vm: &Vm, v: &Value) -> String {
    match vm.str(v) {
        Ok(s) => s.to_string_lossy(),
        Err(_) => "<exception str() failed>".to_string(),
    }
}

/// The exception's type as shown: `module.Qualname` unless the module is
/// `builtins` or `__main__`.
fn type_str(vm: &Vm, v: &Value) -> String {
    let ty = v.ty();
    let qual = vm
        .get_attr_str(&ty.to_value(), "__qualname__")
        .ok()
        .and_then(|q| q.downcast_ref::<Str>().map(|s| s.to_string_lossy()))
        .unwrap_or_else(|| ty.name().to_string());
    let module = vm
        .get_attr_str(&ty.to_value(), "__module__")
        .ok()
        .and_then(|m| m.downcast_ref::<Str>().map(|s| s.to_string_lossy()));
    match module.as_deref() {
        None | Some("builtins") | Some("__main__") => qual,
        Some(m) => format!("{m}.{qual}"),
    }
}

/// The final line(s) of an exception: `Type: message`, then its notes
/// (CPython `TracebackException.format_exception_only`).
fn format_exception_only(vm: &Vm, v: &Value, out: &mut String) {
    let stype = type_str(vm, v);
    if v.ty().is_subtype(exceptions::SYNTAX_ERROR.get()) {
        format_syntax_error(vm, v, &stype, out);
    } else {
        let s = safe_str(vm, v);
        let s = s + &crate::suggestions::suggestion_suffix(vm, v);
        if s.is_empty() {
            out.push_str(&format!("{stype}\n"));
        } else {
            out.push_str(&format!("{stype}: {s}\n"));
        }
    }
    if let Ok(Some(notes)) = vm.get_attr_str_opt(v, "__notes__") {
        match vm.to_vec(&notes) {
            Ok(items) if notes.downcast_ref::<crate::objects::list::List>().is_some() || notes.downcast_ref::<crate::objects::tuple::Tuple>().is_some() => {
                for n in items {
                    let t = if n.downcast_ref::<Str>().is_some() { safe_str(vm, &n) } else {
                        vm.repr(&n).map(|r| r.to_string_lossy()).unwrap_or_else(|_| "<note str() failed>".into())
                    };
                    out.push_str(&t);
                    out.push('\n');
                }
            }
            _ => {
                let r = vm.repr(&notes).map(|r| r.to_string_lossy()).unwrap_or_else(|_| "<__notes__ repr() failed>".into());
                out.push_str(&r);
                out.push('\n');
            }
        }
    }
}

/// `_format_syntax_error`: the file and line, the text with carets, then
/// `Type: msg`.
fn format_syntax_error(vm: &Vm, v: &Value, stype: &str, out: &mut String) {
    let Some(e) = exc_data(v) else { return };
    let get = |i: usize| e.field(i).filter(|x| !none::is_none(x));
    let filename = get(field::SYNTAX_FILENAME).map(|f| safe_str(vm, &f));
    let lineno = get(field::SYNTAX_LINENO).and_then(|l| l.as_small_int());
    let msg = get(field::SYNTAX_MSG).map(|m| safe_str(vm, &m)).unwrap_or_else(|| "<no detail available>".into());
    let filename_suffix = if let Some(l) = lineno {
        out.push_str(&format!("  File \"{}\", line {}\n", filename.clone().unwrap_or_else(|| "<string>".into()), l));
        String::new()
    } else if let Some(f) = &filename {
        format!(" ({f})")
    } else {
        String::new()
    };
    if let Some(text) = get(field::SYNTAX_TEXT).map(|t| safe_str(vm, &t)) {
        let rtext = text.trim_end_matches(['\n', '\r', ' ', '\t', '\x0c']);
        let ltext = rtext.trim_start_matches([' ', '\n', '\t', '\x0c']);
        let spaces = rtext.chars().count() - ltext.chars().count();
        out.push_str(&format!("    {ltext}\n"));
        let offset = get(field::SYNTAX_OFFSET).and_then(|o| o.as_small_int());
        if let Some(offset) = offset {
            let end_offset = get(field::SYNTAX_END_OFFSET).and_then(|o| o.as_small_int());
            let end_lineno = get(field::SYNTAX_END_LINENO).and_then(|o| o.as_small_int());
            let end_offset = match (end_offset, end_lineno, lineno) {
                (Some(eo), Some(el), Some(l)) if el <= l && eo > 0 => eo,
                (Some(eo), None, _) if eo > 0 => eo,
                _ => offset + 1,
            };
            let end_offset = if end_offset == offset { offset + 1 } else { end_offset };
            let offset = offset - 1 - spaces as i64;
            let end_offset = end_offset - 1 - spaces as i64;
            if offset >= 0 {
                let n = ltext.chars().count() as i64;
                let width = (end_offset.min(n + 1) - offset).max(1);
                let caret_space: String = ltext
                    .chars()
                    .take(offset as usize)
                    .map(|c| if c.is_whitespace() { c } else { ' ' })
                    .collect();
                out.push_str(&format!("    {}{}\n", caret_space, "^".repeat(width as usize)));
            }
        }
    }
    out.push_str(&format!("{stype}: {msg}{filename_suffix}\n"));
}

/// The whole report of an exception and its chain, as `sys.excepthook`
/// prints it.
pub fn format_exception(vm: &Vm, exc: &Value, chain: bool) -> String {
    let mut out = String::new();
    let mut seen: Vec<usize> = Vec::new();
    format_recursive(vm, exc, chain, &mut seen, &mut out);
    out
}

fn format_recursive(vm: &Vm, exc: &Value, chain: bool, seen: &mut Vec<usize>, out: &mut String) {
    seen.push(exc.id_word());
    let Some(e) = exc_data(exc) else {
        out.push_str(&format!("TypeError: print_exception(): Exception expected for value, {} found\n", exc.ty().tp_name()));
        return;
    };
    if chain {
        if let Some(cause) = e.cause().filter(|c| !none::is_none(c)) {
            if !seen.contains(&cause.id_word()) {
                format_recursive(vm, &cause, chain, seen, out);
                out.push_str("\nThe above exception was the direct cause of the following exception:\n\n");
            }
        } else if let Some(ctx) = e.context().filter(|c| !none::is_none(c)) {
            if !e.suppress_context.get() && !seen.contains(&ctx.id_word()) {
                format_recursive(vm, &ctx, chain, seen, out);
                out.push_str("\nDuring handling of the above exception, another exception occurred:\n\n");
            }
        }
    }
    let tb = e.traceback();
    if tb.is_some() {
        out.push_str("Traceback (most recent call last):\n");
        format_stack(&entries(tb), out);
    }
    format_exception_only(vm, exc, out);
}
