//! The methods of `str`.
//!
//! CPython: Objects/unicodeobject.c, Objects/stringlib/.

use super::int::new_int;
use super::list::new_list;
use super::str::{EMPTY_STR, Str, new_str_from_code_points, new_str_from_gen_utf8, new_string};
use super::str_type::{STR_TYPE, char_str, find_bytes};
use super::type_::{MethodDef, MethodFn};
use super::value::Value;
use crate::objects::{bool_, none};
use crate::vm::{FuncArgs, PyResult, Vm};

fn this<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a Str> {
    v.downcast_ref::<Str>().map(|s| &s.payload).ok_or_else(|| {
        vm.type_error(format!(
            "descriptor requires a 'str' object but received a '{}'",
            v.ty().tp_name()
        ))
    })
}

fn arg_str<'a>(vm: &Vm, v: &'a Value, what: &str) -> PyResult<&'a Str> {
    v.downcast_ref::<Str>().map(|s| &s.payload).ok_or_else(|| {
        vm.type_error(format!("{what} must be str, not {}", v.ty().tp_name()))
    })
}

fn s(v: String) -> Value {
    new_string(v).into_value()
}

/// `sep.join(iterable)`.
fn str_join(vm: &Vm, v: &Value, it: &Value) -> PyResult {
    let sep = this(vm, v)?;
    let items = vm.to_vec(it)?;
    if items.len() == 1 && items[0].is_type(STR_TYPE.get()) {
        return Ok(items[0].clone());
    }
    let mut out = Vec::new();
    for (i, x) in items.iter().enumerate() {
        let Some(xs) = x.downcast_ref::<Str>() else {
            return Err(vm.type_error(format!(
                "sequence item {i}: expected str instance, {} found",
                x.ty().tp_name()
            )));
        };
        if i > 0 {
            out.extend_from_slice(sep.as_bytes());
        }
        out.extend_from_slice(xs.as_bytes());
    }
    Ok(new_str_from_gen_utf8(out).into_value())
}

fn is_py_space(cp: u32) -> bool {
    matches!(cp, 0x09..=0x0D | 0x1C..=0x20 | 0x85 | 0xA0 | 0x1680 | 0x2000..=0x200A | 0x2028 | 0x2029 | 0x202F | 0x205F | 0x3000)
}

/// `split(sep=None, maxsplit=-1)` and `rsplit`.
fn split_impl(vm: &Vm, v: &Value, args: FuncArgs<'_>, right: bool) -> PyResult {
    let name = if right { "rsplit" } else { "split" };
    let p = crate::vm::call::parse_args(vm, name, args, &["sep", "maxsplit"], 0, 2)?;
    let st = this(vm, v)?;
    let maxsplit = match &p[1] {
        Some(m) => vm.index_isize(m)?,
        None => -1,
    };
    let max = if maxsplit < 0 { usize::MAX } else { maxsplit as usize };
    let sep = p[0].clone().filter(|x| !none::is_none(x));
    let mut parts: Vec<Value> = Vec::new();
    match sep {
        None => {
            let cps: Vec<u32> = st.code_points().collect();
            let mut words: Vec<(usize, usize)> = Vec::new();
            let mut i = 0;
            let n = cps.len();
            if !right {
                while i < n {
                    while i < n && is_py_space(cps[i]) {
                        i += 1;
                    }
                    if i >= n {
                        break;
                    }
                    if words.len() == max {
                        let mut end = n;
                        while end > i && is_py_space(cps[end - 1]) {
                            end -= 1;
                        }
                        words.push((i, end));
                        break;
                    }
                    let start = i;
                    while i < n && !is_py_space(cps[i]) {
                        i += 1;
                    }
                    words.push((start, i));
                }
            } else {
                let mut j = n;
                while j > 0 {
                    while j > 0 && is_py_space(cps[j - 1]) {
                        j -= 1;
                    }
                    if j == 0 {
                        break;
                    }
                    if words.len() == max {
                        let mut start = 0;
                        while start < j && is_py_space(cps[start]) {
                            start += 1;
                        }
                        words.push((start, j));
                        break;
                    }
                    let end = j;
                    while j > 0 && !is_py_space(cps[j - 1]) {
                        j -= 1;
                    }
                    words.push((j, end));
                }
                words.reverse();
            }
            for (a, b) in words {
                parts.push(new_str_from_code_points(cps[a..b].iter().copied()).into_value());
            }
        }
        Some(sepv) => {
            let sp = arg_str(vm, &sepv, "must be str or None")
                .map_err(|_| vm.type_error(format!("must be str or None, not {}", sepv.ty().tp_name())))?;
            if sp.char_len() == 0 {
                return Err(vm.value_error("empty separator"));
            }
            let hay = st.as_bytes();
            let needle = sp.as_bytes();
            let mut pieces: Vec<&[u8]> = Vec::new();
            if !right {
                let mut pos = 0;
                while pieces.len() < max {
                    match find_bytes(hay, needle, pos) {
                        Some(f) => {
                            pieces.push(&hay[pos..f]);
                            pos = f + needle.len();
                        }
                        None => break,
                    }
                }
                pieces.push(&hay[pos..]);
            } else {
                let mut end = hay.len();
                while pieces.len() < max {
                    match rfind_bytes(&hay[..end], needle) {
                        Some(f) => {
                            pieces.push(&hay[f + needle.len()..end]);
                            end = f;
                        }
                        None => break,
                    }
                }
                pieces.push(&hay[..end]);
                pieces.reverse();
            }
            for piece in pieces {
                parts.push(new_str_from_gen_utf8(piece.to_vec()).into_value());
            }
        }
    }
    Ok(new_list(parts).into_value())
}

pub fn rfind_bytes(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(hay.len());
    }
    if needle.len() > hay.len() {
        return None;
    }
    (0..=hay.len() - needle.len()).rev().find(|&i| &hay[i..i + needle.len()] == needle)
}

fn str_split(vm: &Vm, v: &Value, args: FuncArgs<'_>) -> PyResult {
    split_impl(vm, v, args, false)
}

fn str_rsplit(vm: &Vm, v: &Value, args: FuncArgs<'_>) -> PyResult {
    split_impl(vm, v, args, true)
}

fn strip_impl(vm: &Vm, v: &Value, args: &[Value], left: bool, right: bool, name: &str) -> PyResult {
    crate::vm::call::check_arity(vm, name, args.len(), 0, 1)?;
    let st = this(vm, v)?;
    let chars: Option<Vec<u32>> = match args.first().filter(|a| !none::is_none(a)) {
        Some(c) => Some(arg_str(vm, c, &format!("{name} arg"))
            .map_err(|_| vm.type_error(format!("{name} arg must be None or str")))?
            .code_points()
            .collect()),
        None => None,
    };
    let strip = |c: u32| match &chars {
        Some(set) => set.contains(&c),
        None => is_py_space(c),
    };
    let cps: Vec<u32> = st.code_points().collect();
    let mut a = 0;
    let mut b = cps.len();
    if left {
        while a < b && strip(cps[a]) {
            a += 1;
        }
    }
    if right {
        while b > a && strip(cps[b - 1]) {
            b -= 1;
        }
    }
    if a == 0 && b == cps.len() && v.is_type(STR_TYPE.get()) {
        return Ok(v.clone());
    }
    Ok(new_str_from_code_points(cps[a..b].iter().copied()).into_value())
}

fn str_strip(vm: &Vm, v: &Value, args: &[Value]) -> PyResult {
    strip_impl(vm, v, args, true, true, "strip")
}
fn str_lstrip(vm: &Vm, v: &Value, args: &[Value]) -> PyResult {
    strip_impl(vm, v, args, true, false, "lstrip")
}
fn str_rstrip(vm: &Vm, v: &Value, args: &[Value]) -> PyResult {
    strip_impl(vm, v, args, false, true, "rstrip")
}

/// Resolves `start`/`end` arguments to a code-point range.
fn range_args(vm: &Vm, st: &Str, args: &[Value]) -> PyResult<(usize, usize)> {
    let n = st.char_len() as isize;
    let norm = |i: isize| -> usize {
        let j = if i < 0 { (i + n).max(0) } else { i.min(n) };
        j as usize
    };
    let start = match args.first().filter(|a| !none::is_none(a)) {
        Some(a) => norm(vm.slice_index(a)?),
        None => 0,
    };
    let end = match args.get(1).filter(|a| !none::is_none(a)) {
        Some(a) => norm(vm.slice_index(a)?),
        None => n as usize,
    };
    Ok((start, end))
}

fn affix_impl(vm: &Vm, v: &Value, args: &[Value], name: &str, ends: bool) -> PyResult {
    crate::vm::call::check_arity(vm, name, args.len(), 1, 3)?;
    let st = this(vm, v)?;
    let (start, end) = range_args(vm, st, &args[1..])?;
    let candidates: Vec<Value> = if let Some(t) = args[0].downcast_ref::<super::tuple::Tuple>() {
        t.as_slice().to_vec()
    } else if args[0].downcast_ref::<Str>().is_some() {
        vec![args[0].clone()]
    } else {
        return Err(vm.type_error(format!(
            "{name} first arg must be str or a tuple of str, not {}",
            args[0].ty().tp_name()
        )));
    };
    if start > st.char_len() || start > end {
        return Ok(bool_::new_bool(false));
    }
    let a = st.byte_offset(start);
    let b = st.byte_offset(end);
    let hay = &st.as_bytes()[a..b];
    for c in candidates {
        let Some(cs) = c.downcast_ref::<Str>() else {
            return Err(vm.type_error(format!(
                "tuple for {name} must only contain str, not {}",
                c.ty().tp_name()
            )));
        };
        let ok = if ends { hay.ends_with(cs.as_bytes()) } else { hay.starts_with(cs.as_bytes()) };
        if ok {
            return Ok(bool_::new_bool(true));
        }
    }
    Ok(bool_::new_bool(false))
}

fn str_startswith(vm: &Vm, v: &Value, args: &[Value]) -> PyResult {
    affix_impl(vm, v, args, "startswith", false)
}

fn str_endswith(vm: &Vm, v: &Value, args: &[Value]) -> PyResult {
    affix_impl(vm, v, args, "endswith", true)
}

/// The code-point index of `sub` in `st[start:end]`, searching from the left or right.
fn find_impl(vm: &Vm, v: &Value, args: &[Value], name: &str, right: bool) -> PyResult<Option<usize>> {
    crate::vm::call::check_arity(vm, name, args.len(), 1, 3)?;
    let st = this(vm, v)?;
    let sub = arg_str(vm, &args[0], "must be str")
        .map_err(|_| vm.type_error(format!("must be str, not {}", args[0].ty().tp_name())))?;
    let (start, end) = range_args(vm, st, &args[1..])?;
    if start > end || start > st.char_len() {
        return Ok(None);
    }
    let a = st.byte_offset(start);
    let b = st.byte_offset(end);
    let hay = &st.as_bytes()[a..b];
    let found = if right { rfind_bytes(hay, sub.as_bytes()) } else { find_bytes(hay, sub.as_bytes(), 0) };
    Ok(found.map(|byte| {
        let prefix = &st.as_bytes()[..a + byte];
        prefix.iter().filter(|&&c| c & 0xC0 != 0x80).count()
    }))
}

fn str_find(vm: &Vm, v: &Value, args: &[Value]) -> PyResult {
    Ok(new_int(find_impl(vm, v, args, "find", false)?.map_or(-1, |i| i as i64)))
}

fn str_rfind(vm: &Vm, v: &Value, args: &[Value]) -> PyResult {
    Ok(new_int(find_impl(vm, v, args, "rfind", true)?.map_or(-1, |i| i as i64)))
}

fn str_index(vm: &Vm, v: &Value, args: &[Value]) -> PyResult {
    match find_impl(vm, v, args, "index", false)? {
        Some(i) => Ok(new_int(i as i64)),
        None => Err(vm.value_error("substring not found")),
    }
}

fn str_rindex(vm: &Vm, v: &Value, args: &[Value]) -> PyResult {
    match find_impl(vm, v, args, "rindex", true)? {
        Some(i) => Ok(new_int(i as i64)),
        None => Err(vm.value_error("substring not found")),
    }
}

fn str_count(vm: &Vm, v: &Value, args: &[Value]) -> PyResult {
    crate::vm::call::check_arity(vm, "count", args.len(), 1, 3)?;
    let st = this(vm, v)?;
    let sub = arg_str(vm, &args[0], "must be str")
        .map_err(|_| vm.type_error(format!("must be str, not {}", args[0].ty().tp_name())))?;
    let (start, end) = range_args(vm, st, &args[1..])?;
    if start > end || start > st.char_len() {
        return Ok(new_int(0));
    }
    if sub.char_len() == 0 {
        return Ok(new_int((end - start + 1) as i64));
    }
    let a = st.byte_offset(start);
    let b = st.byte_offset(end);
    let hay = &st.as_bytes()[a..b];
    let mut n = 0;
    let mut pos = 0;
    while let Some(f) = find_bytes(hay, sub.as_bytes(), pos) {
        n += 1;
        pos = f + sub.as_bytes().len();
    }
    Ok(new_int(n))
}

fn str_replace(vm: &Vm, v: &Value, args: FuncArgs<'_>) -> PyResult {
    let p = crate::vm::call::parse_args(vm, "replace", args, &["", "", "count"], 2, 3)?;
    let st = this(vm, v)?;
    let old = p[0].as_ref().ok_or_else(|| vm.internal_error("replace"))?;
    let new = p[1].as_ref().ok_or_else(|| vm.internal_error("replace"))?;
    let old = arg_str(vm, old, "replace() argument 1")?;
    let new = arg_str(vm, new, "replace() argument 2")?;
    let count = match &p[2] {
        Some(c) => vm.index_isize(c)?,
        None => -1,
    };
    let max = if count < 0 { usize::MAX } else { count as usize };
    let hay = st.as_bytes();
    let mut out = Vec::with_capacity(hay.len());
    if old.char_len() == 0 {
        // Insert `new` between every character.
        let mut n = 0;
        let mut cps = st.code_points().peekable();
        if n < max {
            out.extend_from_slice(new.as_bytes());
            n += 1;
        }
        while let Some(c) = cps.next() {
            super::str::push_code_point(&mut out, c);
            if n < max && cps.peek().is_some() {
                out.extend_from_slice(new.as_bytes());
                n += 1;
            } else if n < max && cps.peek().is_none() {
                out.extend_from_slice(new.as_bytes());
                n += 1;
            }
        }
        return Ok(new_str_from_gen_utf8(out).into_value());
    }
    let mut pos = 0;
    let mut n = 0;
    while n < max {
        match find_bytes(hay, old.as_bytes(), pos) {
            Some(f) => {
                out.extend_from_slice(&hay[pos..f]);
                out.extend_from_slice(new.as_bytes());
                pos = f + old.as_bytes().len();
                n += 1;
            }
            None => break,
        }
    }
    if n == 0 && v.is_type(STR_TYPE.get()) {
        return Ok(v.clone());
    }
    out.extend_from_slice(&hay[pos..]);
    Ok(new_str_from_gen_utf8(out).into_value())
}

fn map_chars(st: &Str, f: impl Fn(char) -> String) -> Value {
    let mut out = String::with_capacity(st.as_bytes().len());
    for cp in st.code_points() {
        match char::from_u32(cp) {
            Some(c) => out.push_str(&f(c)),
            None => {
                let mut b = Vec::new();
                super::str::push_code_point(&mut b, cp);
                // Surrogates pass through unchanged.
                return {
                    let mut all = Vec::new();
                    for cp2 in st.code_points() {
                        match char::from_u32(cp2) {
                            Some(c2) => all.extend_from_slice(f(c2).as_bytes()),
                            None => super::str::push_code_point(&mut all, cp2),
                        }
                    }
                    new_str_from_gen_utf8(all).into_value()
                };
            }
        }
    }
    s(out)
}

fn str_upper(vm: &Vm, v: &Value) -> PyResult {
    let st = this(vm, v)?;
    if let Some(t) = st.as_str() {
        if t.is_ascii() {
            return Ok(s(t.to_ascii_uppercase()));
        }
    }
    Ok(map_chars(st, |c| c.to_uppercase().collect()))
}

fn str_lower(vm: &Vm, v: &Value) -> PyResult {
    let st = this(vm, v)?;
    if let Some(t) = st.as_str() {
        if t.is_ascii() {
            return Ok(s(t.to_ascii_lowercase()));
        }
    }
    Ok(map_chars(st, |c| c.to_lowercase().collect()))
}

fn str_casefold(vm: &Vm, v: &Value) -> PyResult {
    str_lower(vm, v)
}

fn str_swapcase(vm: &Vm, v: &Value) -> PyResult {
    let st = this(vm, v)?;
    Ok(map_chars(st, |c| {
        if c.is_uppercase() {
            c.to_lowercase().collect()
        } else if c.is_lowercase() {
            c.to_uppercase().collect()
        } else {
            c.to_string()
        }
    }))
}

fn str_capitalize(vm: &Vm, v: &Value) -> PyResult {
    let st = this(vm, v)?;
    let t = st.to_string_lossy();
    let mut out = String::with_capacity(t.len());
    for (i, c) in t.chars().enumerate() {
        if i == 0 {
            out.extend(c.to_uppercase());
        } else {
            out.extend(c.to_lowercase());
        }
    }
    Ok(s(out))
}

fn str_title(vm: &Vm, v: &Value) -> PyResult {
    let st = this(vm, v)?;
    let t = st.to_string_lossy();
    let mut out = String::with_capacity(t.len());
    let mut prev_cased = false;
    for c in t.chars() {
        if prev_cased {
            out.extend(c.to_lowercase());
        } else {
            out.extend(c.to_uppercase());
        }
        prev_cased = c.is_alphabetic() && (c.is_uppercase() || c.is_lowercase());
    }
    Ok(s(out))
}

macro_rules! predicate {
    ($fn:ident, $empty:expr, |$c:ident| $test:expr) => {
        fn $fn(vm: &Vm, v: &Value) -> PyResult {
            let st = this(vm, v)?;
            if st.char_len() == 0 {
                return Ok(bool_::new_bool($empty));
            }
            let ok = st.code_points().all(|cp| match char::from_u32(cp) {
                Some($c) => $test,
                None => false,
            });
            Ok(bool_::new_bool(ok))
        }
    };
}

predicate!(str_isdigit, false, |c| c.is_ascii_digit() || (c.is_numeric() && super::str_type::unicode_decimal(c as u32).is_some()) || c.to_digit(10).is_some());
predicate!(str_isdecimal, false, |c| super::str_type::unicode_decimal(c as u32).is_some());
predicate!(str_isnumeric, false, |c| c.is_numeric());
predicate!(str_isalpha, false, |c| c.is_alphabetic());
predicate!(str_isalnum, false, |c| c.is_alphanumeric());
predicate!(str_isspace, false, |c| is_py_space(c as u32));
predicate!(str_isascii_inner, true, |c| c.is_ascii());
predicate!(str_isprintable_inner, true, |c| !c.is_control() && (c == ' ' || !c.is_whitespace()));

fn str_isascii(vm: &Vm, v: &Value) -> PyResult {
    Ok(bool_::new_bool(this(vm, v)?.is_ascii()))
}

fn str_isprintable(vm: &Vm, v: &Value) -> PyResult {
    str_isprintable_inner(vm, v)
}

fn str_isupper(vm: &Vm, v: &Value) -> PyResult {
    let st = this(vm, v)?;
    let mut cased = false;
    for c in st.to_string_lossy().chars() {
        if c.is_lowercase() {
            return Ok(bool_::new_bool(false));
        }
        if c.is_uppercase() {
            cased = true;
        }
    }
    Ok(bool_::new_bool(cased))
}

fn str_islower(vm: &Vm, v: &Value) -> PyResult {
    let st = this(vm, v)?;
    let mut cased = false;
    for c in st.to_string_lossy().chars() {
        if c.is_uppercase() {
            return Ok(bool_::new_bool(false));
        }
        if c.is_lowercase() {
            cased = true;
        }
    }
    Ok(bool_::new_bool(cased))
}

fn str_isidentifier(vm: &Vm, v: &Value) -> PyResult {
    let st = this(vm, v)?;
    let t = st.to_string_lossy();
    let mut chars = t.chars();
    let ok = match chars.next() {
        Some(c) if c == '_' || c.is_alphabetic() => chars.all(|c| c == '_' || c.is_alphanumeric()),
        _ => false,
    };
    Ok(bool_::new_bool(ok && st.as_str().is_some()))
}

fn pad_impl(vm: &Vm, v: &Value, args: &[Value], name: &str, how: i8) -> PyResult {
    crate::vm::call::check_arity(vm, name, args.len(), 1, 2)?;
    let st = this(vm, v)?;
    let width = vm.index_isize(&args[0])?;
    let fill = match args.get(1) {
        Some(f) => {
            let fs = arg_str(vm, f, "fill character").map_err(|_| {
                vm.type_error(format!(
                    "{name}() argument 2 must be str, not {}",
                    f.ty().tp_name()
                ))
            })?;
            if fs.char_len() != 1 {
                return Err(vm.type_error("The fill character must be exactly one character long"));
            }
            fs.char_at(0).unwrap_or(b' ' as u32)
        }
        None => b' ' as u32,
    };
    let n = st.char_len() as isize;
    if width <= n {
        if v.is_type(STR_TYPE.get()) {
            return Ok(v.clone());
        }
        return Ok(new_str_from_gen_utf8(st.as_bytes().to_vec()).into_value());
    }
    let total = (width - n) as usize;
    let (left, right) = match how {
        -1 => (0, total),
        1 => (total, 0),
        _ => {
            // CPython's center puts the extra space on the left when the width is odd... see `pad`.
            let left = total / 2 + (total & width as usize & 1);
            (left, total - left)
        }
    };
    let mut out = Vec::new();
    for _ in 0..left {
        super::str::push_code_point(&mut out, fill);
    }
    out.extend_from_slice(st.as_bytes());
    for _ in 0..right {
        super::str::push_code_point(&mut out, fill);
    }
    Ok(new_str_from_gen_utf8(out).into_value())
}

fn str_ljust(vm: &Vm, v: &Value, args: &[Value]) -> PyResult {
    pad_impl(vm, v, args, "ljust", -1)
}
fn str_rjust(vm: &Vm, v: &Value, args: &[Value]) -> PyResult {
    pad_impl(vm, v, args, "rjust", 1)
}
fn str_center(vm: &Vm, v: &Value, args: &[Value]) -> PyResult {
    pad_impl(vm, v, args, "center", 0)
}

fn str_zfill(vm: &Vm, v: &Value, width: &Value) -> PyResult {
    let st = this(vm, v)?;
    let w = vm.index_isize(width)?;
    let cps: Vec<u32> = st.code_points().collect();
    if w <= cps.len() as isize {
        return Ok(new_str_from_gen_utf8(st.as_bytes().to_vec()).into_value());
    }
    let fill = w as usize - cps.len();
    let mut out: Vec<u32> = Vec::with_capacity(w as usize);
    let (sign, rest) = match cps.first() {
        Some(&c) if c == '+' as u32 || c == '-' as u32 => (Some(c), &cps[1..]),
        _ => (None, &cps[..]),
    };
    if let Some(sg) = sign {
        out.push(sg);
    }
    out.extend(std::iter::repeat_n('0' as u32, fill));
    out.extend_from_slice(rest);
    Ok(new_str_from_code_points(out).into_value())
}

fn partition_impl(vm: &Vm, v: &Value, sep: &Value, right: bool) -> PyResult {
    let st = this(vm, v)?;
    let sp = arg_str(vm, sep, "must be str")
        .map_err(|_| vm.type_error(format!("must be str, not {}", sep.ty().tp_name())))?;
    if sp.char_len() == 0 {
        return Err(vm.value_error("empty separator"));
    }
    let hay = st.as_bytes();
    let found = if right { rfind_bytes(hay, sp.as_bytes()) } else { find_bytes(hay, sp.as_bytes(), 0) };
    let mk = |b: &[u8]| new_str_from_gen_utf8(b.to_vec()).into_value();
    let t = match found {
        Some(f) => vec![mk(&hay[..f]), sep.clone(), mk(&hay[f + sp.as_bytes().len()..])],
        None if right => vec![EMPTY_STR.value(), EMPTY_STR.value(), v.clone()],
        None => vec![v.clone(), EMPTY_STR.value(), EMPTY_STR.value()],
    };
    Ok(super::tuple::new_tuple(t).into_value())
}

fn str_partition(vm: &Vm, v: &Value, sep: &Value) -> PyResult {
    partition_impl(vm, v, sep, false)
}

fn str_rpartition(vm: &Vm, v: &Value, sep: &Value) -> PyResult {
    partition_impl(vm, v, sep, true)
}

fn str_splitlines(vm: &Vm, v: &Value, args: FuncArgs<'_>) -> PyResult {
    let p = crate::vm::call::parse_args(vm, "splitlines", args, &["keepends"], 0, 1)?;
    let keep = match &p[0] {
        Some(k) => vm.is_true(k)?,
        None => false,
    };
    let st = this(vm, v)?;
    let cps: Vec<u32> = st.code_points().collect();
    let mut out = Vec::new();
    let mut i = 0;
    let mut start = 0;
    while i < cps.len() {
        let c = cps[i];
        let is_break = matches!(c, 0x0A | 0x0B | 0x0C | 0x0D | 0x1C | 0x1D | 0x1E | 0x85 | 0x2028 | 0x2029);
        if is_break {
            let mut end = i + 1;
            if c == 0x0D && cps.get(i + 1) == Some(&0x0A) {
                end = i + 2;
            }
            let stop = if keep { end } else { i };
            out.push(new_str_from_code_points(cps[start..stop].iter().copied()).into_value());
            start = end;
            i = end;
        } else {
            i += 1;
        }
    }
    if start < cps.len() {
        out.push(new_str_from_code_points(cps[start..].iter().copied()).into_value());
    }
    Ok(new_list(out).into_value())
}

fn str_expandtabs(vm: &Vm, v: &Value, args: FuncArgs<'_>) -> PyResult {
    let p = crate::vm::call::parse_args(vm, "expandtabs", args, &["tabsize"], 0, 1)?;
    let tab = match &p[0] {
        Some(t) => vm.index_isize(t)?,
        None => 8,
    };
    let st = this(vm, v)?;
    let mut out = Vec::new();
    let mut col = 0isize;
    for cp in st.code_points() {
        if cp == '\t' as u32 {
            if tab > 0 {
                let n = tab - (col % tab);
                for _ in 0..n {
                    out.push(' ' as u32);
                }
                col += n;
            }
        } else {
            out.push(cp);
            col += 1;
            if cp == '\n' as u32 || cp == '\r' as u32 {
                col = 0;
            }
        }
    }
    Ok(new_str_from_code_points(out).into_value())
}

fn str_encode(vm: &Vm, v: &Value, args: FuncArgs<'_>) -> PyResult {
    let p = crate::vm::call::parse_args(vm, "encode", args, &["encoding", "errors"], 0, 2)?;
    let st = this(vm, v)?;
    let enc = p[0].as_ref().map(crate::objects::str_type::display_str).unwrap_or_else(|| "utf-8".into());
    let errs = p[1].as_ref().map(crate::objects::str_type::display_str).unwrap_or_else(|| "strict".into());
    let b = super::codecs_bridge::encode(vm, st, &enc, &errs)?;
    Ok(super::bytes::new_bytes(b).into_value())
}

fn str_removeprefix(vm: &Vm, v: &Value, p: &Value) -> PyResult {
    let st = this(vm, v)?;
    let ps = arg_str(vm, p, "removeprefix() argument")?;
    match st.as_bytes().strip_prefix(ps.as_bytes()) {
        Some(rest) if !ps.as_bytes().is_empty() => Ok(new_str_from_gen_utf8(rest.to_vec()).into_value()),
        _ => Ok(new_str_from_gen_utf8(st.as_bytes().to_vec()).into_value()),
    }
}

fn str_removesuffix(vm: &Vm, v: &Value, p: &Value) -> PyResult {
    let st = this(vm, v)?;
    let ps = arg_str(vm, p, "removesuffix() argument")?;
    match st.as_bytes().strip_suffix(ps.as_bytes()) {
        Some(rest) if !ps.as_bytes().is_empty() => Ok(new_str_from_gen_utf8(rest.to_vec()).into_value()),
        _ => Ok(new_str_from_gen_utf8(st.as_bytes().to_vec()).into_value()),
    }
}

fn str_format_method(vm: &Vm, v: &Value, args: FuncArgs<'_>) -> PyResult {
    super::str_format::format(vm, v, args)
}

fn str_format_map(vm: &Vm, v: &Value, mapping: &Value) -> PyResult {
    super::str_format::format_map(vm, v, mapping)
}

fn str_dunder_format(vm: &Vm, v: &Value, spec: &Value) -> PyResult {
    super::format::format_str(vm, v, spec)
}

fn str_getnewargs(vm: &Vm, v: &Value) -> PyResult {
    let st = this(vm, v)?;
    Ok(super::tuple::new_tuple(vec![new_str_from_gen_utf8(st.as_bytes().to_vec()).into_value()]).into_value())
}

fn str_sizeof(vm: &Vm, v: &Value) -> PyResult {
    let st = this(vm, v)?;
    let n = st.char_len() as i64;
    let size = match st.kind() {
        super::str::StrKind::Ascii => 41 + n,
        super::str::StrKind::Latin1 => 57 + n,
        super::str::StrKind::Ucs2 => 58 + 2 * n,
        super::str::StrKind::Ucs4 => 60 + 4 * n,
    };
    Ok(new_int(size))
}

fn str_translate(vm: &Vm, v: &Value, table: &Value) -> PyResult {
    let st = this(vm, v)?;
    let mut out = Vec::new();
    for cp in st.code_points() {
        match vm.get_item(table, &new_int(cp as i64)) {
            Ok(r) => {
                if none::is_none(&r) {
                    continue;
                }
                if let Some(rs) = r.downcast_ref::<Str>() {
                    out.extend_from_slice(rs.as_bytes());
                } else if let Some(i) = super::int::as_int(&r) {
                    let c = i.to_i64().filter(|c| (0..0x110000).contains(c)).ok_or_else(|| {
                        vm.value_error("character mapping must be in range(0x110000)")
                    })?;
                    super::str::push_code_point(&mut out, c as u32);
                } else {
                    return Err(vm.type_error("character mapping must return integer, None or str"));
                }
            }
            Err(e) if e.matches(crate::objects::exceptions::LOOKUP_ERROR.get()) => {
                super::str::push_code_point(&mut out, cp);
            }
            Err(e) => return Err(e),
        }
    }
    Ok(new_str_from_gen_utf8(out).into_value())
}

fn str_maketrans(vm: &Vm, _cls: &Value, args: FuncArgs<'_>) -> PyResult {
    let a = args.positional();
    crate::vm::call::check_arity(vm, "maketrans", a.len(), 1, 3)?;
    let d = super::dict::new_dict(vm);
    if a.len() == 1 {
        let Some(src) = a[0].downcast_ref::<super::dict::Dict>() else {
            return Err(vm.type_error("if you give only one argument to maketrans it must be a dict"));
        };
        for (k, val) in src.items() {
            let key = if let Some(ks) = k.downcast_ref::<Str>() {
                if ks.char_len() != 1 {
                    return Err(vm.value_error("string keys in translate table must be of length 1"));
                }
                new_int(ks.char_at(0).unwrap_or(0) as i64)
            } else if super::int::as_int(&k).is_some() {
                k.clone()
            } else {
                return Err(vm.type_error("keys in translate table must be strings or integers"));
            };
            d.set_item(vm, key, val)?;
        }
        return Ok(d.into_value());
    }
    let x = arg_str(vm, &a[0], "maketrans() argument 1")?;
    let y = arg_str(vm, &a[1], "maketrans() argument 2")?;
    if x.char_len() != y.char_len() {
        return Err(vm.value_error("the first two maketrans arguments must have equal length"));
    }
    for (cx, cy) in x.code_points().zip(y.code_points()) {
        d.set_item(vm, new_int(cx as i64), new_int(cy as i64))?;
    }
    if let Some(z) = a.get(2) {
        let zs = arg_str(vm, z, "maketrans() argument 3")?;
        for cz in zs.code_points() {
            d.set_item(vm, new_int(cz as i64), none::none())?;
        }
    }
    Ok(d.into_value())
}

fn str_iter_chars(v: &Str) -> Vec<Value> {
    v.code_points().map(char_str).collect()
}

pub static STR_METHODS: &[MethodDef] = &[
    MethodDef { name: "encode", func: MethodFn::FastKw(str_encode), doc: None },
    MethodDef { name: "replace", func: MethodFn::FastKw(str_replace), doc: None },
    MethodDef { name: "split", func: MethodFn::FastKw(str_split), doc: None },
    MethodDef { name: "rsplit", func: MethodFn::FastKw(str_rsplit), doc: None },
    MethodDef { name: "join", func: MethodFn::O(str_join), doc: None },
    MethodDef { name: "capitalize", func: MethodFn::NoArgs(str_capitalize), doc: None },
    MethodDef { name: "casefold", func: MethodFn::NoArgs(str_casefold), doc: None },
    MethodDef { name: "title", func: MethodFn::NoArgs(str_title), doc: None },
    MethodDef { name: "center", func: MethodFn::Fast(str_center), doc: None },
    MethodDef { name: "count", func: MethodFn::Fast(str_count), doc: None },
    MethodDef { name: "expandtabs", func: MethodFn::FastKw(str_expandtabs), doc: None },
    MethodDef { name: "find", func: MethodFn::Fast(str_find), doc: None },
    MethodDef { name: "partition", func: MethodFn::O(str_partition), doc: None },
    MethodDef { name: "index", func: MethodFn::Fast(str_index), doc: None },
    MethodDef { name: "ljust", func: MethodFn::Fast(str_ljust), doc: None },
    MethodDef { name: "lower", func: MethodFn::NoArgs(str_lower), doc: None },
    MethodDef { name: "lstrip", func: MethodFn::Fast(str_lstrip), doc: None },
    MethodDef { name: "rfind", func: MethodFn::Fast(str_rfind), doc: None },
    MethodDef { name: "rindex", func: MethodFn::Fast(str_rindex), doc: None },
    MethodDef { name: "rjust", func: MethodFn::Fast(str_rjust), doc: None },
    MethodDef { name: "rstrip", func: MethodFn::Fast(str_rstrip), doc: None },
    MethodDef { name: "rpartition", func: MethodFn::O(str_rpartition), doc: None },
    MethodDef { name: "splitlines", func: MethodFn::FastKw(str_splitlines), doc: None },
    MethodDef { name: "strip", func: MethodFn::Fast(str_strip), doc: None },
    MethodDef { name: "swapcase", func: MethodFn::NoArgs(str_swapcase), doc: None },
    MethodDef { name: "translate", func: MethodFn::O(str_translate), doc: None },
    MethodDef { name: "upper", func: MethodFn::NoArgs(str_upper), doc: None },
    MethodDef { name: "startswith", func: MethodFn::Fast(str_startswith), doc: None },
    MethodDef { name: "endswith", func: MethodFn::Fast(str_endswith), doc: None },
    MethodDef { name: "removeprefix", func: MethodFn::O(str_removeprefix), doc: None },
    MethodDef { name: "removesuffix", func: MethodFn::O(str_removesuffix), doc: None },
    MethodDef { name: "isascii", func: MethodFn::NoArgs(str_isascii), doc: None },
    MethodDef { name: "islower", func: MethodFn::NoArgs(str_islower), doc: None },
    MethodDef { name: "isupper", func: MethodFn::NoArgs(str_isupper), doc: None },
    MethodDef { name: "isspace", func: MethodFn::NoArgs(str_isspace), doc: None },
    MethodDef { name: "isdecimal", func: MethodFn::NoArgs(str_isdecimal), doc: None },
    MethodDef { name: "isdigit", func: MethodFn::NoArgs(str_isdigit), doc: None },
    MethodDef { name: "isnumeric", func: MethodFn::NoArgs(str_isnumeric), doc: None },
    MethodDef { name: "isalpha", func: MethodFn::NoArgs(str_isalpha), doc: None },
    MethodDef { name: "isalnum", func: MethodFn::NoArgs(str_isalnum), doc: None },
    MethodDef { name: "isidentifier", func: MethodFn::NoArgs(str_isidentifier), doc: None },
    MethodDef { name: "isprintable", func: MethodFn::NoArgs(str_isprintable), doc: None },
    MethodDef { name: "zfill", func: MethodFn::O(str_zfill), doc: None },
    MethodDef { name: "format", func: MethodFn::FastKw(str_format_method), doc: None },
    MethodDef { name: "format_map", func: MethodFn::O(str_format_map), doc: None },
    MethodDef { name: "__format__", func: MethodFn::O(str_dunder_format), doc: None },
    MethodDef { name: "maketrans", func: MethodFn::Static(str_maketrans), doc: None },
    MethodDef { name: "__sizeof__", func: MethodFn::NoArgs(str_sizeof), doc: None },
    MethodDef { name: "__getnewargs__", func: MethodFn::NoArgs(str_getnewargs), doc: None },
];

pub fn _unused(v: &Str) -> Vec<Value> {
    let _ = str_isascii_inner;
    str_iter_chars(v)
}
