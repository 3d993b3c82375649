//! "Did you mean ...?" suggestions: CPython's weighted Levenshtein distance.
//!
//! CPython: Python/suggestions.c (`levenshtein_distance`, `_Py_CalculateSuggestions`).

use crate::objects::exceptions::{self, BaseExceptionData, field};
use crate::objects::frame::FrameObject;
use crate::objects::str::Str;
use crate::objects::traceback::Traceback;
use crate::objects::value::{PyRef, Value};
use crate::vm::Vm;

const MAX_CANDIDATE_ITEMS: usize = 750;
const MAX_STRING_SIZE: usize = 40;
const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;

fn substitution_cost(a: u8, b: u8) -> usize {
    if (a & 31) != (b & 31) {
        return MOVE_COST;
    }
    if a == b {
        return 0;
    }
    if a.to_ascii_lowercase() == b.to_ascii_lowercase() {
        return CASE_COST;
    }
    MOVE_COST
}

/// The distance between `a` and `b`, or `max_cost + 1` when it exceeds `max_cost`.
pub fn levenshtein(a: &[u8], b: &[u8], max_cost: usize) -> usize {
    let (mut a, mut b) = (a, b);
    if a == b {
        return 0;
    }
    while let (Some(x), Some(y)) = (a.first(), b.first()) {
        if x != y {
            break;
        }
        a = &a[1..];
        b = &b[1..];
    }
    while let (Some(x), Some(y)) = (a.last(), b.last()) {
        if x != y {
            break;
        }
        a = &a[..a.len() - 1];
        b = &b[..b.len() - 1];
    }
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max_cost + 1;
    }
    if b.len() < a.len() {
        std::mem::swap(&mut a, &mut b);
    }
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    let mut buffer: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (bi, &code) in b.iter().enumerate() {
        let mut distance = bi * MOVE_COST;
        result = distance;
        let mut minimum = usize::MAX;
        for (ai, &ac) in a.iter().enumerate() {
            let substitute = distance + substitution_cost(code, ac);
            distance = buffer[ai];
            let insert_delete = result.min(distance) + MOVE_COST;
            result = insert_delete.min(substitute);
            buffer[ai] = result;
            minimum = minimum.min(result);
        }
        if minimum > max_cost {
            return max_cost + 1;
        }
    }
    result
}

/// The closest candidate to `name` (CPython `_Py_CalculateSuggestions`).
pub fn best_match<'a>(name: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<String> {
    let items: Vec<&str> = candidates.into_iter().collect();
    if items.len() >= MAX_CANDIDATE_ITEMS {
        return None;
    }
    let mut best: Option<&str> = None;
    let mut best_distance = usize::MAX;
    for item in items {
        if item == name {
            continue;
        }
        let max_distance = (name.len() + item.len() + 3) * MOVE_COST / 6;
        let max_distance = max_distance.min(best_distance.saturating_sub(1));
        let d = levenshtein(name.as_bytes(), item.as_bytes(), max_distance);
        if d > max_distance {
            continue;
        }
        if best.is_none() || d < best_distance {
            best = Some(item);
            best_distance = d;
        }
    }
    best.map(|s| s.to_string())
}

/// The names `dir()` shows for `obj`, sorted, strings only (traceback.py
/// `_get_safe___dir__`).
fn safe_dir(vm: &Vm, obj: &Value) -> Option<Vec<String>> {
    let d = match vm.call_method(obj, "__dir__", &[]) {
        Ok(d) => d,
        Err(e) if e.matches(exceptions::TYPE_ERROR.get()) => {
            let m = vm.get_attr_str(&obj.ty().to_value(), "__dir__").ok()?;
            vm.call(&m, std::slice::from_ref(obj)).ok()?
        }
        Err(_) => return None,
    };
    let mut names: Vec<String> = vm
        .to_vec(&d)
        .ok()?
        .iter()
        .filter_map(|x| x.downcast_ref::<Str>().map(|s| s.to_string_lossy()))
        .collect();
    names.sort();
    Some(names)
}

fn last_frame(tb: Option<Value>) -> Option<PyRef<FrameObject>> {
    let mut tb = tb?;
    loop {
        let next = tb.downcast_ref::<Traceback>()?.payload.next.borrow().clone();
        match next {
            Some(n) => tb = n,
            None => break,
        }
    }
    Some(tb.downcast_ref::<Traceback>()?.payload.frame.clone())
}

fn frame_locals(vm: &Vm, f: &PyRef<FrameObject>) -> Option<Value> {
    vm.get_attr_str(f.as_value(), "f_locals").ok()
}

/// traceback.py `_compute_suggestion_error`: the name to suggest for a
/// NameError, AttributeError or ImportError.
fn compute(vm: &Vm, exc: &Value, wrong: &str) -> Option<String> {
    let ty = exc.ty();
    let tb = exc.downcast_ref::<BaseExceptionData>().and_then(|e| e.payload.traceback());
    let names: Vec<String> = if ty.is_subtype(exceptions::ATTRIBUTE_ERROR.get()) {
        let obj = exc.downcast_ref::<BaseExceptionData>()?.payload.field(field::ATTRIBUTE_OBJ)?;
        let d = safe_dir(vm, &obj)?;
        let mut hide = !wrong.starts_with('_');
        if hide {
            if let Some(f) = last_frame(tb) {
                let is_self = frame_locals(vm, &f)
                    .and_then(|l| vm.get_item(&l, &crate::objects::str::new_str("self").into_value()).ok())
                    .is_some_and(|s| s.is(&obj));
                if is_self {
                    hide = false;
                }
            }
        }
        if hide { d.into_iter().filter(|x| !x.starts_with('_')).collect() } else { d }
    } else if ty.is_subtype(exceptions::IMPORT_ERROR.get()) {
        let name = exc.downcast_ref::<BaseExceptionData>()?.payload.field(field::IMPORT_NAME)?;
        let name = name.downcast_ref::<Str>()?.to_string_lossy();
        let m = crate::import::import_module(vm, &name).ok()?;
        let d = safe_dir(vm, &m)?;
        if wrong.starts_with('_') { d } else { d.into_iter().filter(|x| !x.starts_with('_')).collect() }
    } else {
        let f = last_frame(tb)?;
        let locals = frame_locals(vm, &f)?;
        let mut d: Vec<String> = Vec::new();
        for m in [locals.clone(), f.globals().as_value().clone(), vm.get_attr_str(f.as_value(), "f_builtins").ok()?] {
            for k in vm.to_vec(&m).ok()? {
                if let Some(s) = k.downcast_ref::<Str>() {
                    d.push(s.to_string_lossy());
                }
            }
        }
        if let Ok(zelf) = vm.get_item(&locals, &crate::objects::str::new_str("self").into_value()) {
            if vm.get_attr_str_opt(&zelf, wrong).ok().flatten().is_some() {
                return Some(format!("self.{wrong}"));
            }
        }
        d
    };
    best_match(wrong, names.iter().map(String::as_str))
}

/// What traceback.py appends to an exception's message: ". Did you mean:
/// 'x'?" and, for a NameError naming a stdlib module, the import hint.
pub fn suggestion_suffix(vm: &Vm, exc: &Value) -> String {
    let ty = exc.ty();
    let Some(e) = exc.downcast_ref::<BaseExceptionData>() else { return String::new() };
    let wrong = if ty.is_subtype(exceptions::IMPORT_ERROR.get()) {
        e.payload.field(field::IMPORT_NAME_FROM)
    } else if ty.is_subtype(exceptions::NAME_ERROR.get()) {
        e.payload.field(field::NAME_NAME)
    } else if ty.is_subtype(exceptions::ATTRIBUTE_ERROR.get()) {
        e.payload.field(field::ATTRIBUTE_NAME)
    } else {
        return String::new();
    };
    let Some(wrong) = wrong.and_then(|w| w.downcast_ref::<Str>().map(|s| s.to_string_lossy())) else {
        return String::new();
    };
    let saved = vm.save_exception_state();
    let suggestion = compute(vm, exc, &wrong);
    vm.restore_exception_state(saved);
    let mut out = String::new();
    if let Some(s) = &suggestion {
        out.push_str(&format!(". Did you mean: '{s}'?"));
    }
    if ty.is_subtype(exceptions::NAME_ERROR.get()) && crate::modules::sys::is_stdlib_module(&wrong) {
        if suggestion.is_some() {
            out.push_str(&format!(" Or did you forget to import '{wrong}'?"));
        } else {
            out.push_str(&format!(". Did you forget to import '{wrong}'?"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggestions_like_cpython() {
        assert_eq!(best_match("abd", ["abc"]).as_deref(), Some("abc"));
        assert_eq!(best_match("xyy", ["abc", "xyz"]).as_deref(), Some("xyz"));
        assert_eq!(best_match("zzzz", ["abc"]), None);
    }
}
