//! The sort behind `list.sort` and `sorted`: stable, using only `<`, and
//! stopping at the first comparison that raises.
//!
//! CPython: Objects/listsort.txt, Objects/listobject.c `list_sort_impl`.
//!
//! A merge sort with binary insertion for short runs. It never assumes the
//! comparison is a total order (Rust's own sorts may panic on an inconsistent
//! one), so any `__lt__` is safe. Keys that are all small ints or all exact
//! strs compare without calling Python, as CPython's pre-sort type checks do.

use super::str::{STR_TYPE, Str};
use super::type_::CompareOp;
use super::value::Value;
use crate::errors::PyErr;
use crate::vm::{PyResult, Vm};

/// Sorts `items` (by `key` if given), stable; on error returns the items in
/// their partially sorted order together with the error.
pub fn sort_values(
    vm: &Vm,
    items: Vec<Value>,
    key: Option<&Value>,
    reverse: bool,
) -> Result<Vec<Value>, (Vec<Value>, PyErr)> {
    let mut items = items;
    // CPython reverses first so that equal items keep their order under
    // reverse=True, sorts, then reverses back.
    if reverse {
        items.reverse();
    }
    let keys: Vec<Value> = match key {
        Some(k) => {
            let mut keys = Vec::with_capacity(items.len());
            for it in &items {
                match vm.call(k, std::slice::from_ref(it)) {
                    Ok(v) => keys.push(v),
                    Err(e) => {
                        if reverse {
                            items.reverse();
                        }
                        return Err((items, e));
                    }
                }
            }
            keys
        }
        None => items.clone(),
    };
    let mut pairs: Vec<(Value, Value)> = keys.into_iter().zip(items).collect();
    let cmp = pick_comparison(&pairs);
    let result = merge_sort(&mut pairs, &mut |a, b| cmp(vm, &a.0, &b.0));
    let mut out: Vec<Value> = pairs.into_iter().map(|(_, v)| v).collect();
    if reverse {
        out.reverse();
    }
    match result {
        Ok(()) => Ok(out),
        Err(e) => Err((out, e)),
    }
}

type LtFn = fn(&Vm, &Value, &Value) -> PyResult<bool>;

fn pick_comparison(pairs: &[(Value, Value)]) -> LtFn {
    if pairs.iter().all(|(k, _)| k.is_small_int()) {
        return |_, a, b| Ok(a.as_small_int() < b.as_small_int());
    }
    let str_ty = STR_TYPE.get();
    if pairs.iter().all(|(k, _)| k.is_type(str_ty)) {
        return |_, a, b| {
            // SAFETY: every key was checked to be an exact str.
            let (x, y) = unsafe { (a.downcast_unchecked::<Str>(), b.downcast_unchecked::<Str>()) };
            Ok(x.cmp_str(y) == std::cmp::Ordering::Less)
        };
    }
    |vm, a, b| vm.rich_compare_bool(a, b, CompareOp::Lt)
}

/// Stable merge sort calling `lt`; stops at the first error.
fn merge_sort<T: Clone>(v: &mut Vec<T>, lt: &mut impl FnMut(&T, &T) -> PyResult<bool>) -> PyResult<()> {
    const RUN: usize = 32;
    let n = v.len();
    if n < 2 {
        return Ok(());
    }
    // Binary insertion sort on each run.
    let mut start = 0;
    while start < n {
        let end = (start + RUN).min(n);
        for i in start + 1..end {
            let x = v[i].clone();
            // Find the insertion point: after every element not greater than x.
            let (mut lo, mut hi) = (start, i);
            while lo < hi {
                let mid = (lo + hi) / 2;
                if lt(&x, &v[mid])? {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            v[lo..=i].rotate_right(1);
        }
        start = end;
    }
    // Bottom-up merges.
    let mut width = RUN;
    let mut buf: Vec<T> = Vec::with_capacity(n);
    while width < n {
        let mut lo = 0;
        while lo < n {
            let mid = (lo + width).min(n);
            let hi = (lo + 2 * width).min(n);
            if mid < hi {
                buf.clear();
                let (mut i, mut j) = (lo, mid);
                while i < mid && j < hi {
                    // Take from the right only when strictly less: stability.
                    match lt(&v[j], &v[i]) {
                        Ok(true) => {
                            buf.push(v[j].clone());
                            j += 1;
                        }
                        Ok(false) => {
                            buf.push(v[i].clone());
                            i += 1;
                        }
                        Err(e) => {
                            // Leave the slice a permutation of its items.
                            buf.extend_from_slice(&v[i..mid]);
                            buf.extend_from_slice(&v[j..hi]);
                            v[lo..hi].clone_from_slice(&buf);
                            return Err(e);
                        }
                    }
                }
                buf.extend_from_slice(&v[i..mid]);
                buf.extend_from_slice(&v[j..hi]);
                v[lo..hi].clone_from_slice(&buf);
            }
            lo = hi;
        }
        width *= 2;
    }
    Ok(())
}
