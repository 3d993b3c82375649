//! Pattern matching helpers for `MATCH_KEYS` and `MATCH_CLASS`.
//!
//! CPython: Python/ceval.c (`match_keys`, `match_class`, `match_class_attr`).

use super::{PyResult, Vm};
use crate::objects::tuple::{Tuple, new_tuple};
use crate::objects::type_::{TypeData, tpflags};
use crate::objects::value::Value;
use crate::objects::{exceptions, none};

/// The values for `keys` in the mapping `subject`, or None if one is missing.
pub fn match_keys(vm: &Vm, subject: &Value, keys: &Value) -> PyResult<Value> {
    let keys = keys.downcast_ref::<Tuple>().ok_or_else(|| vm.internal_error("MATCH_KEYS keys"))?;
    if keys.is_empty() {
        return Ok(new_tuple(Vec::new()).into_value());
    }
    let get = vm.get_attr_str(subject, "get")?;
    let dummy = crate::objects::baseobject::alloc_instance(vm, crate::objects::baseobject::OBJECT_TYPE.get())?;
    let seen = crate::objects::set::new_set(vm)?;
    let mut values = Vec::with_capacity(keys.len());
    for k in keys.as_slice() {
        if seen.contains(vm, k)? {
            let r = vm.repr(k)?;
            return Err(vm.value_error(format!("mapping pattern checks duplicate key ({})", r.to_string_lossy())));
        }
        seen.add(vm, k.clone())?;
        let v = vm.call(&get, &[k.clone(), dummy.clone()])?;
        if v.is(&dummy) {
            return Ok(none::none());
        }
        values.push(v);
    }
    Ok(new_tuple(values).into_value())
}

fn match_class_attr(vm: &Vm, subject: &Value, ty: &Value, name: &Value, seen: &[Value]) -> PyResult<Option<Value>> {
    for s in seen {
        if vm.eq(s, name)? {
            let tn = ty.downcast_ref::<TypeData>().map(|t| t.name().to_string()).unwrap_or_default();
            return Err(vm.type_error(format!(
                "{}() got multiple sub-patterns for attribute {}",
                tn,
                vm.repr(name)?.to_string_lossy()
            )));
        }
    }
    let n = name.clone().downcast::<crate::objects::str::Str>().map_err(|_| vm.type_error("attribute name must be string"))?;
    vm.get_attr_opt(subject, &n)
}

/// `case C(p0, p1, k=p2)`: the matched attributes, or None.
pub fn match_class(vm: &Vm, subject: &Value, cls: &Value, nargs: usize, kwnames: &Value) -> PyResult<Value> {
    let Some(ty) = cls.downcast_ref::<TypeData>() else {
        return Err(vm.type_error("called match pattern must be a class"));
    };
    if !vm.isinstance(subject, cls)? {
        return Ok(none::none());
    }
    let kw = kwnames.downcast_ref::<Tuple>().map(|t| t.as_slice().to_vec()).unwrap_or_default();
    let mut seen: Vec<Value> = Vec::new();
    let mut attrs: Vec<Value> = Vec::new();
    let mut match_self = false;
    if nargs > 0 {
        let match_args = match vm.get_attr_str_opt(cls, "__match_args__")? {
            Some(m) => {
                if m.downcast_ref::<Tuple>().is_none() {
                    return Err(vm.type_error(format!(
                        "{}.__match_args__ must be a tuple (got {})",
                        ty.name(),
                        m.ty().tp_name()
                    )));
                }
                m
            }
            None => {
                match_self = ty.has_flag(tpflags::MATCH_SELF);
                new_tuple(Vec::new()).into_value()
            }
        };
        let ma = match_args.downcast_ref::<Tuple>().map(|t| t.as_slice().to_vec()).unwrap_or_default();
        let allowed = if match_self { 1 } else { ma.len() };
        if allowed < nargs {
            let plural = if allowed == 1 { "" } else { "s" };
            return Err(vm.type_error(format!(
                "{}() accepts {} positional sub-pattern{} ({} given)",
                ty.name(),
                allowed,
                plural,
                nargs
            )));
        }
        if match_self {
            attrs.push(subject.clone());
        } else {
            for name in ma.iter().take(nargs) {
                if name.downcast_ref::<crate::objects::str::Str>().is_none() {
                    return Err(vm.type_error(format!(
                        "__match_args__ elements must be strings (got {})",
                        name.ty().tp_name()
                    )));
                }
                match match_class_attr(vm, subject, cls, name, &seen)? {
                    Some(v) => attrs.push(v),
                    None => return Ok(none::none()),
                }
                seen.push(name.clone());
            }
        }
    }
    for name in &kw {
        match match_class_attr(vm, subject, cls, name, &seen)? {
            Some(v) => attrs.push(v),
            None => return Ok(none::none()),
        }
        seen.push(name.clone());
    }
    let _ = exceptions::TYPE_ERROR.get();
    Ok(new_tuple(attrs).into_value())
}
