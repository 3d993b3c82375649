//! `except*`: matching exception groups and re-raising what is left.
//!
//! CPython: Python/ceval.c (`_PyEval_ExceptionGroupMatch`),
//! Objects/exceptions.c (`_PyExc_PrepReraiseStar`).

use super::{PyResult, Vm};
use crate::objects::exceptions::{self, BaseExceptionData, field};
use crate::objects::list::List;
use crate::objects::tuple::{Tuple, new_tuple};
use crate::objects::value::Value;
use crate::objects::none;

fn is_group(v: &Value) -> bool {
    v.ty().is_subtype(exceptions::BASE_EXCEPTION_GROUP.get())
}

/// `CHECK_EG_MATCH`: (rest, match) for `except* T`.
pub fn exception_group_match(vm: &Vm, eg: &Value, typ: &Value) -> PyResult<(Value, Value)> {
    if none::is_none(eg) {
        return Ok((none::none(), none::none()));
    }
    if vm.isinstance(eg, typ)? {
        // A naked exception matching: wrap it in an ExceptionGroup("", [exc]).
        let matched = if is_group(eg) {
            eg.clone()
        } else {
            let list = crate::objects::list::new_list(vec![eg.clone()]).into_value();
            let g = vm.call(&exceptions::EXCEPTION_GROUP.value(), &[crate::objects::str::EMPTY_STR.value(), list])?;
            copy_traceback_info(eg, &g);
            g
        };
        return Ok((none::none(), matched));
    }
    if is_group(eg) {
        let split = vm.get_attr_str(eg, "split")?;
        let pair = vm.call(&split, std::slice::from_ref(typ))?;
        let t = pair.downcast_ref::<Tuple>().ok_or_else(|| vm.type_error("split must return a tuple, not something else"))?;
        if t.len() != 2 {
            return Err(vm.type_error("split must return a 2-tuple"));
        }
        let matched = t.as_slice()[0].clone();
        let rest = t.as_slice()[1].clone();
        if !none::is_none(&matched) {
            return Ok((rest, matched));
        }
    }
    Ok((eg.clone(), none::none()))
}

fn copy_traceback_info(from: &Value, to: &Value) {
    if let (Some(a), Some(b)) = (from.downcast_ref::<BaseExceptionData>(), to.downcast_ref::<BaseExceptionData>()) {
        b.set_traceback(a.traceback());
        b.set_context(a.context());
        b.set_cause(a.cause());
    }
}

/// `PREP_RERAISE_STAR`: the group to re-raise from the original `orig` and
/// the list of exceptions the except* clauses raised or re-raised.
pub fn prep_reraise_star(vm: &Vm, orig: Value, excs: Value) -> PyResult {
    let list = excs.downcast_ref::<List>().map(|l| l.to_vec()).unwrap_or_default();
    let raised: Vec<Value> = list.into_iter().filter(|e| !none::is_none(e)).collect();
    if raised.is_empty() {
        return Ok(none::none());
    }
    if !is_group(&orig) {
        // A naked exception was caught and something was raised.
        return Ok(raised.into_iter().next().unwrap_or_else(none::none));
    }
    // Split the re-raised ones (in the original's leaf set) from the new ones.
    let mut reraised: Vec<Value> = Vec::new();
    let mut new: Vec<Value> = Vec::new();
    let leaves = collect_leaves(&orig);
    for e in raised {
        let is_re = if is_group(&e) {
            let el = collect_leaves(&e);
            !el.is_empty() && el.iter().all(|x| leaves.iter().any(|l| l.is(x)))
        } else {
            leaves.iter().any(|l| l.is(&e))
        };
        if is_re {
            reraised.push(e);
        } else {
            new.push(e);
        }
    }
    let reraised_eg = if reraised.is_empty() {
        none::none()
    } else {
        // Project the original onto the re-raised leaves (CPython `exception_group_projection`).
        let keep: Vec<Value> = reraised.iter().flat_map(|e| if is_group(e) { collect_leaves(e) } else { vec![e.clone()] }).collect();
        project(vm, &orig, &keep)?
    };
    if new.is_empty() {
        return Ok(reraised_eg);
    }
    let mut all = new;
    if !none::is_none(&reraised_eg) {
        all.push(reraised_eg);
    }
    if all.len() == 1 && is_group(&all[0]) && false {
        return Ok(all.remove(0));
    }
    let l = crate::objects::list::new_list(all).into_value();
    vm.call(&exceptions::EXCEPTION_GROUP.value(), &[crate::objects::str::EMPTY_STR.value(), l])
        .or_else(|_| {
            let l2 = crate::objects::list::new_list(vec![]).into_value();
            vm.call(&exceptions::BASE_EXCEPTION_GROUP.value(), &[crate::objects::str::EMPTY_STR.value(), l2])
        })
}

fn collect_leaves(e: &Value) -> Vec<Value> {
    if !is_group(e) {
        return vec![e.clone()];
    }
    let subs = e
        .downcast_ref::<BaseExceptionData>()
        .and_then(|x| x.field(field::GROUP_EXCEPTIONS))
        .and_then(|t| t.downcast_ref::<Tuple>().map(|t| t.as_slice().to_vec()))
        .unwrap_or_default();
    subs.iter().flat_map(collect_leaves).collect()
}

fn project(vm: &Vm, eg: &Value, keep: &[Value]) -> PyResult {
    let keep_list: Vec<Value> = keep.to_vec();
    let set = crate::objects::list::new_list(keep_list).into_value();
    let _ = set;
    // eg.split(lambda e: e in keep)[0], by identity.
    let subs = eg
        .downcast_ref::<BaseExceptionData>()
        .and_then(|x| x.field(field::GROUP_EXCEPTIONS))
        .and_then(|t| t.downcast_ref::<Tuple>().map(|t| t.as_slice().to_vec()))
        .unwrap_or_default();
    let mut kept = Vec::new();
    for s in subs {
        if is_group(&s) {
            let p = project(vm, &s, keep)?;
            if !none::is_none(&p) {
                kept.push(p);
            }
        } else if keep.iter().any(|k| k.is(&s)) {
            kept.push(s);
        }
    }
    if kept.is_empty() {
        return Ok(none::none());
    }
    let derive = vm.get_attr_str(eg, "derive")?;
    let l = crate::objects::list::new_list(kept).into_value();
    let r = vm.call(&derive, &[l])?;
    copy_traceback_info(eg, &r);
    if let (Some(a), Some(b)) = (eg.downcast_ref::<BaseExceptionData>(), r.downcast_ref::<BaseExceptionData>()) {
        b.suppress_context.set(a.suppress_context.get());
    }
    if let Some(notes) = vm.get_attr_str_opt(eg, "__notes__")? {
        vm.set_attr_str(&r, "__notes__", notes)?;
    }
    let _ = new_tuple;
    Ok(r)
}
