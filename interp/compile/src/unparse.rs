//! Annotations as strings under `from __future__ import annotations`: an
//! expression back to source text, parenthesised by precedence.
//!
//! CPython: Python/ast_unparse.c (`_PyAST_ExprAsUnicode`).

use syntax::ast::{
    Arguments, BoolOp, CmpOp, Comprehension, ConstantValue, Expr, ExprKind, Operator, PyStr,
    PyStrBuf, UnaryOp,
};

const PR_TUPLE: u8 = 0;
const PR_TEST: u8 = 1;
const PR_OR: u8 = 2;
const PR_AND: u8 = 3;
const PR_NOT: u8 = 4;
const PR_CMP: u8 = 5;
const PR_EXPR: u8 = 6;
const PR_BOR: u8 = PR_EXPR;
const PR_BXOR: u8 = 7;
const PR_BAND: u8 = 8;
const PR_SHIFT: u8 = 9;
const PR_ARITH: u8 = 10;
const PR_TERM: u8 = 11;
const PR_FACTOR: u8 = 12;
const PR_POWER: u8 = 13;
const PR_AWAIT: u8 = 14;
const PR_ATOM: u8 = 15;

/// `_PyAST_ExprAsUnicode`.
pub fn expr_as_unicode(e: &Expr) -> PyStr {
    let mut w = PyStrBuf::new();
    append_expr(&mut w, e, PR_TEST);
    w.finish()
}

fn s(w: &mut PyStrBuf, t: &str) {
    w.push_str(t);
}

fn repr_into(w: &mut PyStrBuf, v: &ConstantValue) {
    let mut r = v.repr().unwrap_or_default();
    // Infinity reads back as a float literal too large to represent.
    let is_inf_float = matches!(v, ConstantValue::Float(f) if f.is_infinite());
    if is_inf_float || matches!(v, ConstantValue::Complex { .. }) {
        r = r.replace("inf", "1e309");
    }
    // repr() of a str with surrogates is pure ASCII-escaped; push as is.
    w.push_str(&r);
}

fn append_expr(w: &mut PyStrBuf, e: &Expr, level: u8) {
    stacker::maybe_grow(64 * 1024, 1024 * 1024, || append_expr_inner(w, e, level))
}

fn paren_if(w: &mut PyStrBuf, cond: bool, t: &str) {
    if cond {
        s(w, t);
    }
}

fn append_expr_inner(w: &mut PyStrBuf, e: &Expr, level: u8) {
    match &e.node {
        ExprKind::BoolOp { op, values } => {
            let (pr, sep) = match op {
                BoolOp::And => (PR_AND, " and "),
                BoolOp::Or => (PR_OR, " or "),
            };
            paren_if(w, level > pr, "(");
            for (i, v) in values.iter().enumerate() {
                if i > 0 {
                    s(w, sep);
                }
                append_expr(w, v, pr + 1);
            }
            paren_if(w, level > pr, ")");
        }
        ExprKind::BinOp { left, op, right } => {
            let (pr, t) = match op {
                Operator::Add => (PR_ARITH, " + "),
                Operator::Sub => (PR_ARITH, " - "),
                Operator::Mult => (PR_TERM, " * "),
                Operator::MatMult => (PR_TERM, " @ "),
                Operator::Div => (PR_TERM, " / "),
                Operator::Mod => (PR_TERM, " % "),
                Operator::LShift => (PR_SHIFT, " << "),
                Operator::RShift => (PR_SHIFT, " >> "),
                Operator::BitOr => (PR_BOR, " | "),
                Operator::BitXor => (PR_BXOR, " ^ "),
                Operator::BitAnd => (PR_BAND, " & "),
                Operator::FloorDiv => (PR_TERM, " // "),
                Operator::Pow => (PR_POWER, " ** "),
            };
            let rassoc = u8::from(*op == Operator::Pow);
            paren_if(w, level > pr, "(");
            append_expr(w, left, pr + rassoc);
            s(w, t);
            append_expr(w, right, pr + 1 - rassoc);
            paren_if(w, level > pr, ")");
        }
        ExprKind::UnaryOp { op, operand } => {
            let (pr, t) = match op {
                UnaryOp::Invert => (PR_FACTOR, "~"),
                UnaryOp::Not => (PR_NOT, "not "),
                UnaryOp::UAdd => (PR_FACTOR, "+"),
                UnaryOp::USub => (PR_FACTOR, "-"),
            };
            paren_if(w, level > pr, "(");
            s(w, t);
            append_expr(w, operand, pr);
            paren_if(w, level > pr, ")");
        }
        ExprKind::Lambda { args, body } => {
            paren_if(w, level > PR_TEST, "(");
            let n = args.posonlyargs.len()
                + args.args.len()
                + args.kwonlyargs.len()
                + usize::from(args.vararg.is_some())
                + usize::from(args.kwarg.is_some());
            if n > 0 {
                s(w, "lambda ");
                append_args(w, args);
            } else {
                s(w, "lambda");
            }
            s(w, ": ");
            append_expr(w, body, PR_TEST);
            paren_if(w, level > PR_TEST, ")");
        }
        ExprKind::IfExp { test, body, orelse } => {
            paren_if(w, level > PR_TEST, "(");
            append_expr(w, body, PR_TEST + 1);
            s(w, " if ");
            append_expr(w, test, PR_TEST + 1);
            s(w, " else ");
            append_expr(w, orelse, PR_TEST);
            paren_if(w, level > PR_TEST, ")");
        }
        ExprKind::Dict { keys, values } => {
            s(w, "{");
            for (i, v) in values.iter().enumerate() {
                if i > 0 {
                    s(w, ", ");
                }
                match keys.get(i) {
                    Some(Some(k)) => {
                        append_expr(w, k, PR_TEST);
                        s(w, ": ");
                        append_expr(w, v, PR_TEST);
                    }
                    _ => {
                        s(w, "**");
                        append_expr(w, v, PR_EXPR);
                    }
                }
            }
            s(w, "}");
        }
        ExprKind::Set { elts } => {
            if elts.is_empty() {
                s(w, "{*()}");
                return;
            }
            s(w, "{");
            seq(w, elts, PR_TEST);
            s(w, "}");
        }
        ExprKind::GeneratorExp { elt, generators } => {
            s(w, "(");
            append_expr(w, elt, PR_TEST);
            comprehensions(w, generators);
            s(w, ")");
        }
        ExprKind::ListComp { elt, generators } => {
            s(w, "[");
            append_expr(w, elt, PR_TEST);
            comprehensions(w, generators);
            s(w, "]");
        }
        ExprKind::SetComp { elt, generators } => {
            s(w, "{");
            append_expr(w, elt, PR_TEST);
            comprehensions(w, generators);
            s(w, "}");
        }
        ExprKind::DictComp {
            key,
            value,
            generators,
        } => {
            s(w, "{");
            append_expr(w, key, PR_TEST);
            s(w, ": ");
            append_expr(w, value, PR_TEST);
            comprehensions(w, generators);
            s(w, "}");
        }
        ExprKind::Yield { value } => match value {
            None => s(w, "(yield)"),
            Some(v) => {
                s(w, "(yield ");
                append_expr(w, v, PR_TEST);
                s(w, ")");
            }
        },
        ExprKind::YieldFrom { value } => {
            s(w, "(yield from ");
            append_expr(w, value, PR_TEST);
            s(w, ")");
        }
        ExprKind::Await { value } => {
            paren_if(w, level > PR_AWAIT, "(");
            s(w, "await ");
            append_expr(w, value, PR_ATOM);
            paren_if(w, level > PR_AWAIT, ")");
        }
        ExprKind::Compare {
            left,
            ops,
            comparators,
        } => {
            paren_if(w, level > PR_CMP, "(");
            append_expr(w, left, PR_CMP + 1);
            for (op, c) in ops.iter().zip(comparators) {
                s(
                    w,
                    match op {
                        CmpOp::Eq => " == ",
                        CmpOp::NotEq => " != ",
                        CmpOp::Lt => " < ",
                        CmpOp::LtE => " <= ",
                        CmpOp::Gt => " > ",
                        CmpOp::GtE => " >= ",
                        CmpOp::Is => " is ",
                        CmpOp::IsNot => " is not ",
                        CmpOp::In => " in ",
                        CmpOp::NotIn => " not in ",
                    },
                );
                append_expr(w, c, PR_CMP + 1);
            }
            paren_if(w, level > PR_CMP, ")");
        }
        ExprKind::Call {
            func,
            args,
            keywords,
        } => {
            append_expr(w, func, PR_ATOM);
            if args.len() == 1
                && keywords.is_empty()
                && matches!(args[0].node, ExprKind::GeneratorExp { .. })
            {
                // A single generator expression keeps its own parentheses.
                append_expr(w, &args[0], PR_TEST);
                return;
            }
            s(w, "(");
            let mut first = true;
            for a in args {
                if !first {
                    s(w, ", ");
                }
                first = false;
                append_expr(w, a, PR_TEST);
            }
            for k in keywords {
                if !first {
                    s(w, ", ");
                }
                first = false;
                match &k.arg {
                    None => {
                        s(w, "**");
                        append_expr(w, &k.value, PR_TEST);
                    }
                    Some(a) => {
                        s(w, a);
                        s(w, "=");
                        append_expr(w, &k.value, PR_TEST);
                    }
                }
            }
            s(w, ")");
        }
        ExprKind::Constant { value, kind } => {
            if matches!(value, ConstantValue::Ellipsis) {
                s(w, "...");
                return;
            }
            if kind.is_some() {
                s(w, "u");
            }
            repr_into(w, value);
        }
        ExprKind::JoinedStr { values } => {
            let body = ftstring_body(values, false);
            s(w, "f");
            repr_into(w, &ConstantValue::Str(body));
        }
        ExprKind::TemplateStr { values } => {
            let body = ftstring_body(values, false);
            s(w, "t");
            repr_into(w, &ConstantValue::Str(body));
        }
        ExprKind::FormattedValue { .. } | ExprKind::Interpolation { .. } => {
            fstring_element(w, e, false);
        }
        ExprKind::Attribute { value, attr, .. } => {
            append_expr(w, value, PR_ATOM);
            // An int needs a space before the dot.
            let period = if matches!(
                value.node,
                ExprKind::Constant {
                    value: ConstantValue::Int(_),
                    ..
                }
            ) {
                " ."
            } else {
                "."
            };
            s(w, period);
            s(w, attr);
        }
        ExprKind::Subscript { value, slice, .. } => {
            append_expr(w, value, PR_ATOM);
            s(w, "[");
            append_expr(w, slice, PR_TUPLE);
            s(w, "]");
        }
        ExprKind::Starred { value, .. } => {
            s(w, "*");
            append_expr(w, value, PR_EXPR);
        }
        ExprKind::Slice { lower, upper, step } => {
            if let Some(l) = lower {
                append_expr(w, l, PR_TEST);
            }
            s(w, ":");
            if let Some(u) = upper {
                append_expr(w, u, PR_TEST);
            }
            if let Some(st) = step {
                s(w, ":");
                append_expr(w, st, PR_TEST);
            }
        }
        ExprKind::Name { id, .. } => s(w, id),
        ExprKind::List { elts, .. } => {
            s(w, "[");
            seq(w, elts, PR_TEST);
            s(w, "]");
        }
        ExprKind::Tuple { elts, .. } => {
            if elts.is_empty() {
                s(w, "()");
                return;
            }
            paren_if(w, level > PR_TUPLE, "(");
            seq(w, elts, PR_TEST);
            paren_if(w, elts.len() == 1, ",");
            paren_if(w, level > PR_TUPLE, ")");
        }
        ExprKind::NamedExpr { target, value } => {
            paren_if(w, level > PR_TUPLE, "(");
            append_expr(w, target, PR_ATOM);
            s(w, " := ");
            append_expr(w, value, PR_ATOM);
            paren_if(w, level > PR_TUPLE, ")");
        }
    }
}

fn seq(w: &mut PyStrBuf, elts: &[Expr], level: u8) {
    for (i, e) in elts.iter().enumerate() {
        if i > 0 {
            s(w, ", ");
        }
        append_expr(w, e, level);
    }
}

fn comprehensions(w: &mut PyStrBuf, gens: &[Comprehension]) {
    for g in gens {
        s(
            w,
            if g.is_async != 0 {
                " async for "
            } else {
                " for "
            },
        );
        append_expr(w, &g.target, PR_TUPLE);
        s(w, " in ");
        append_expr(w, &g.iter, PR_TEST + 1);
        for c in &g.ifs {
            s(w, " if ");
            append_expr(w, c, PR_TEST + 1);
        }
    }
}

fn append_arg(w: &mut PyStrBuf, a: &syntax::ast::Arg) {
    s(w, &a.arg);
    if let Some(ann) = &a.annotation {
        s(w, ": ");
        append_expr(w, ann, PR_TEST);
    }
}

fn append_args(w: &mut PyStrBuf, args: &Arguments) {
    let mut first = true;
    let npos = args.posonlyargs.len();
    let narg = args.args.len();
    let ndef = args.defaults.len();
    for i in 0..npos + narg {
        if !first {
            s(w, ", ");
        }
        first = false;
        let a = if i < npos {
            &args.posonlyargs[i]
        } else {
            &args.args[i - npos]
        };
        append_arg(w, a);
        let di = i as isize - npos as isize - narg as isize + ndef as isize;
        if di >= 0 {
            s(w, "=");
            append_expr(w, &args.defaults[di as usize], PR_TEST);
        }
        if npos > 0 && i + 1 == npos {
            s(w, ", /");
        }
    }
    if args.vararg.is_some() || !args.kwonlyargs.is_empty() {
        if !first {
            s(w, ", ");
        }
        first = false;
        s(w, "*");
        if let Some(v) = &args.vararg {
            append_arg(w, v);
        }
    }
    for (i, a) in args.kwonlyargs.iter().enumerate() {
        if !first {
            s(w, ", ");
        }
        first = false;
        append_arg(w, a);
        if let Some(Some(d)) = args.kw_defaults.get(i) {
            s(w, "=");
            append_expr(w, d, PR_TEST);
        }
    }
    if let Some(k) = &args.kwarg {
        if !first {
            s(w, ", ");
        }
        s(w, "**");
        append_arg(w, k);
    }
}

/// `{` and `}` doubled, as in an f-string's literal text.
fn fstring_unicode(w: &mut PyStrBuf, v: &PyStr) {
    let mut b = PyStrBuf::new();
    for c in v.code_points() {
        let _ = b.push_code_point(c);
        if c == '{' as u32 || c == '}' as u32 {
            let _ = b.push_code_point(c);
        }
    }
    w.push_pystr(&b.finish());
}

fn ftstring_body(values: &[Expr], is_format_spec: bool) -> PyStr {
    let mut b = PyStrBuf::new();
    for v in values {
        fstring_element(&mut b, v, is_format_spec);
    }
    b.finish()
}

fn fstring_element(w: &mut PyStrBuf, e: &Expr, is_format_spec: bool) {
    match &e.node {
        ExprKind::Constant {
            value: ConstantValue::Str(v),
            ..
        } => fstring_unicode(w, v),
        ExprKind::JoinedStr { values } => {
            let body = ftstring_body(values, is_format_spec);
            if is_format_spec {
                w.push_pystr(&body);
            } else {
                s(w, "f");
                repr_into(w, &ConstantValue::Str(body));
            }
        }
        ExprKind::FormattedValue {
            value,
            conversion,
            format_spec,
        } => {
            let inner = {
                let mut b = PyStrBuf::new();
                // PR_TEST + 1: a lambda needs its parentheses here.
                append_expr(&mut b, value, PR_TEST + 1);
                b.finish()
            };
            replacement_field(w, &inner, *conversion, format_spec.as_deref());
        }
        ExprKind::Interpolation {
            value,
            conversion,
            format_spec,
            ..
        } => {
            let inner = {
                let mut b = PyStrBuf::new();
                append_expr(&mut b, value, PR_TEST + 1);
                b.finish()
            };
            replacement_field(w, &inner, *conversion, format_spec.as_deref());
        }
        _ => {}
    }
}

fn replacement_field(w: &mut PyStrBuf, inner: &PyStr, conversion: i32, spec: Option<&Expr>) {
    // An expression starting with a brace is kept apart from the outer one.
    if inner.as_bytes().first() == Some(&b'{') {
        s(w, "{ ");
    } else {
        s(w, "{");
    }
    w.push_pystr(inner);
    if conversion > 0 {
        match u8::try_from(conversion).map(char::from) {
            Ok('a') => s(w, "!a"),
            Ok('r') => s(w, "!r"),
            Ok('s') => s(w, "!s"),
            _ => {}
        }
    }
    if let Some(spec) = spec {
        s(w, ":");
        fstring_element(w, spec, true);
    }
    s(w, "}");
}
