//! What is left of AST optimisation in CPython 3.14, run before the symbol
//! table: `__debug__` becomes a constant, `'%s' % (x,)` formats become
//! f-strings, negative and complex constants of match patterns are folded,
//! docstrings go at `-OO`, and PEP 765's warnings for `return` / `break` /
//! `continue` in a `finally` block.
//!
//! CPython: Python/ast_preprocess.c.

use crate::future::CO_FUTURE_ANNOTATIONS;
use syntax::ast::{
    Arguments, ConstantValue, Expr, ExprKind, Location, Mod, Operator, Pattern, PatternKind, PyInt,
    PyStrBuf, Stmt, StmtKind, TypeParam, TypeParamKind, UnaryOp,
};
use syntax::parser::Warning;
use syntax::syntax_error::SyntaxError;

#[derive(Clone, Copy)]
struct CfContext {
    in_finally: bool,
    in_funcdef: bool,
    in_loop: bool,
}

struct State<'w> {
    optimize: i32,
    ff_features: u32,
    cf: Vec<CfContext>,
    warnings: &'w mut Vec<Warning>,
}

type R = Result<(), SyntaxError>;

const RED_ZONE: usize = 64 * 1024;
const STACK_SEGMENT: usize = 2 * 1024 * 1024;

/// CPython `_PyAST_Preprocess` as `compile()` runs it (warnings on, folding on).
pub fn preprocess(
    module: &mut Mod,
    _filename: &str,
    optimize: i32,
    ff_features: u32,
    warnings: &mut Vec<Warning>,
) -> R {
    let mut st = State {
        optimize,
        ff_features,
        cf: Vec::new(),
        warnings,
    };
    match module {
        Mod::Module { body, .. } => st.body(body),
        Mod::Interactive { body } => st.stmts(body),
        Mod::Expression { body } => st.expr(body),
        Mod::FunctionType { .. } => Ok(()),
    }
}

fn is_docstring(body: &[Stmt]) -> bool {
    crate::future::get_docstring(body).is_some()
}

impl State<'_> {
    fn future_annotations(&self) -> bool {
        self.ff_features & CO_FUTURE_ANNOTATIONS != 0
    }

    fn warn(&mut self, kw: &str, loc: &Location) {
        self.warnings.push(Warning {
            category: "SyntaxWarning",
            msg: format!("'{kw}' in a 'finally' block"),
            lineno: loc.lineno as i64,
            offset: loc.col_offset as i64 + 1,
            end_lineno: loc.end_lineno as i64,
            end_offset: loc.end_col_offset as i64 + 1,
        });
    }

    fn before_return(&mut self, loc: &Location) {
        if let Some(ctx) = self.cf.last()
            && ctx.in_finally
            && !ctx.in_funcdef
        {
            self.warn("return", loc);
        }
    }

    fn before_loop_exit(&mut self, loc: &Location, kw: &str) {
        if let Some(ctx) = self.cf.last()
            && ctx.in_finally
            && !ctx.in_loop
        {
            self.warn(kw, loc);
        }
    }

    fn with_cf<F: FnOnce(&mut Self) -> R>(&mut self, ctx: CfContext, f: F) -> R {
        self.cf.push(ctx);
        let r = f(self);
        self.cf.pop();
        r
    }

    /// `astfold_body`.
    fn body(&mut self, stmts: &mut Vec<Stmt>) -> R {
        if is_docstring(stmts) && self.optimize >= 2 {
            // A body that is only a docstring keeps a `pass` in its place.
            if stmts.len() == 1 {
                let loc = stmts[0].loc;
                stmts[0] = Stmt::new(
                    StmtKind::Pass,
                    Location::new(loc.lineno, loc.col_offset, loc.lineno, loc.col_offset + 4),
                );
            } else {
                stmts.remove(0);
            }
        }
        self.stmts(stmts)
    }

    fn stmts(&mut self, stmts: &mut [Stmt]) -> R {
        for s in stmts {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn exprs(&mut self, es: &mut [Expr]) -> R {
        for e in es {
            self.expr(e)?;
        }
        Ok(())
    }

    fn opt(&mut self, e: &mut Option<Box<Expr>>) -> R {
        if let Some(e) = e {
            self.expr(e)?;
        }
        Ok(())
    }

    fn arguments(&mut self, a: &mut Arguments) -> R {
        let fa = self.future_annotations();
        for arg in a
            .posonlyargs
            .iter_mut()
            .chain(a.args.iter_mut())
            .chain(a.vararg.as_deref_mut())
            .chain(a.kwonlyargs.iter_mut())
        {
            if !fa && let Some(ann) = &mut arg.annotation {
                self.expr(ann)?;
            }
        }
        for d in a.kw_defaults.iter_mut().flatten() {
            self.expr(d)?;
        }
        if let Some(k) = &mut a.kwarg
            && !fa
            && let Some(ann) = &mut k.annotation
        {
            self.expr(ann)?;
        }
        self.exprs(&mut a.defaults)
    }

    fn type_params(&mut self, tps: &mut [TypeParam]) -> R {
        for tp in tps {
            match &mut tp.node {
                TypeParamKind::TypeVar {
                    bound,
                    default_value,
                    ..
                } => {
                    self.opt(bound)?;
                    self.opt(default_value)?;
                }
                TypeParamKind::ParamSpec { default_value, .. }
                | TypeParamKind::TypeVarTuple { default_value, .. } => self.opt(default_value)?,
            }
        }
        Ok(())
    }

    fn stmt(&mut self, s: &mut Stmt) -> R {
        stacker::maybe_grow(RED_ZONE, STACK_SEGMENT, || self.stmt_inner(s))
    }

    fn stmt_inner(&mut self, s: &mut Stmt) -> R {
        let loc = s.loc;
        let fa = self.future_annotations();
        let func = CfContext {
            in_finally: false,
            in_funcdef: true,
            in_loop: false,
        };
        let lp = CfContext {
            in_finally: false,
            in_funcdef: false,
            in_loop: true,
        };
        let fin = CfContext {
            in_finally: true,
            in_funcdef: false,
            in_loop: false,
        };
        match &mut s.node {
            StmtKind::FunctionDef {
                args,
                body,
                decorator_list,
                returns,
                type_params,
                ..
            }
            | StmtKind::AsyncFunctionDef {
                args,
                body,
                decorator_list,
                returns,
                type_params,
                ..
            } => {
                self.type_params(type_params)?;
                self.arguments(args)?;
                self.with_cf(func, |st| st.body(body))?;
                self.exprs(decorator_list)?;
                if !fa {
                    self.opt(returns)?;
                }
            }
            StmtKind::ClassDef {
                bases,
                keywords,
                body,
                decorator_list,
                type_params,
                ..
            } => {
                self.type_params(type_params)?;
                self.exprs(bases)?;
                for k in keywords {
                    self.expr(&mut k.value)?;
                }
                self.body(body)?;
                self.exprs(decorator_list)?;
            }
            StmtKind::Return { value } => {
                self.before_return(&loc);
                self.opt(value)?;
            }
            StmtKind::Delete { targets } => self.exprs(targets)?,
            StmtKind::Assign { targets, value, .. } => {
                self.exprs(targets)?;
                self.expr(value)?;
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(target)?;
                self.expr(value)?;
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                ..
            } => {
                self.expr(target)?;
                if !fa {
                    self.expr(annotation)?;
                }
                self.opt(value)?;
            }
            StmtKind::TypeAlias {
                name,
                type_params,
                value,
            } => {
                self.expr(name)?;
                self.type_params(type_params)?;
                self.expr(value)?;
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                ..
            }
            | StmtKind::AsyncFor {
                target,
                iter,
                body,
                orelse,
                ..
            } => {
                self.expr(target)?;
                self.expr(iter)?;
                self.with_cf(lp, |st| st.stmts(body))?;
                self.stmts(orelse)?;
            }
            StmtKind::While { test, body, orelse } => {
                self.expr(test)?;
                self.with_cf(lp, |st| st.stmts(body))?;
                self.stmts(orelse)?;
            }
            StmtKind::If { test, body, orelse } => {
                self.expr(test)?;
                self.stmts(body)?;
                self.stmts(orelse)?;
            }
            StmtKind::With { items, body, .. } | StmtKind::AsyncWith { items, body, .. } => {
                for i in items.iter_mut() {
                    self.expr(&mut i.context_expr)?;
                    self.opt(&mut i.optional_vars)?;
                }
                self.stmts(body)?;
            }
            StmtKind::Raise { exc, cause } => {
                self.opt(exc)?;
                self.opt(cause)?;
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            }
            | StmtKind::TryStar {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                self.stmts(body)?;
                for h in handlers.iter_mut() {
                    self.opt(&mut h.r#type)?;
                    self.stmts(&mut h.body)?;
                }
                self.stmts(orelse)?;
                self.with_cf(fin, |st| st.stmts(finalbody))?;
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test)?;
                self.opt(msg)?;
            }
            StmtKind::Expr { value } => self.expr(value)?,
            StmtKind::Match { subject, cases } => {
                self.expr(subject)?;
                for c in cases.iter_mut() {
                    self.pattern(&mut c.pattern)?;
                    self.opt(&mut c.guard)?;
                    self.stmts(&mut c.body)?;
                }
            }
            StmtKind::Break => self.before_loop_exit(&loc, "break"),
            StmtKind::Continue => self.before_loop_exit(&loc, "continue"),
            StmtKind::Import { .. }
            | StmtKind::ImportFrom { .. }
            | StmtKind::Global { .. }
            | StmtKind::Nonlocal { .. }
            | StmtKind::Pass => {}
        }
        Ok(())
    }

    fn expr(&mut self, e: &mut Expr) -> R {
        stacker::maybe_grow(RED_ZONE, STACK_SEGMENT, || self.expr_inner(e))
    }

    fn expr_inner(&mut self, e: &mut Expr) -> R {
        match &mut e.node {
            ExprKind::BoolOp { values, .. } => self.exprs(values)?,
            ExprKind::BinOp { left, right, .. } => {
                self.expr(left)?;
                self.expr(right)?;
                fold_binop(e);
            }
            ExprKind::UnaryOp { operand, .. } => self.expr(operand)?,
            ExprKind::Lambda { args, body } => {
                self.arguments(args)?;
                self.expr(body)?;
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test)?;
                self.expr(body)?;
                self.expr(orelse)?;
            }
            ExprKind::Dict { keys, values } => {
                for k in keys.iter_mut().flatten() {
                    self.expr(k)?;
                }
                self.exprs(values)?;
            }
            ExprKind::Set { elts } | ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => {
                self.exprs(elts)?
            }
            ExprKind::ListComp { elt, generators }
            | ExprKind::SetComp { elt, generators }
            | ExprKind::GeneratorExp { elt, generators } => {
                self.expr(elt)?;
                for g in generators.iter_mut() {
                    self.expr(&mut g.target)?;
                    self.expr(&mut g.iter)?;
                    self.exprs(&mut g.ifs)?;
                }
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => {
                self.expr(key)?;
                self.expr(value)?;
                for g in generators.iter_mut() {
                    self.expr(&mut g.target)?;
                    self.expr(&mut g.iter)?;
                    self.exprs(&mut g.ifs)?;
                }
            }
            ExprKind::Await { value } | ExprKind::YieldFrom { value } => self.expr(value)?,
            ExprKind::Yield { value } => self.opt(value)?,
            ExprKind::Compare {
                left, comparators, ..
            } => {
                self.expr(left)?;
                self.exprs(comparators)?;
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.expr(func)?;
                self.exprs(args)?;
                for k in keywords.iter_mut() {
                    self.expr(&mut k.value)?;
                }
            }
            ExprKind::FormattedValue {
                value, format_spec, ..
            }
            | ExprKind::Interpolation {
                value, format_spec, ..
            } => {
                self.expr(value)?;
                self.opt(format_spec)?;
            }
            ExprKind::JoinedStr { values } | ExprKind::TemplateStr { values } => {
                self.exprs(values)?
            }
            ExprKind::Attribute { value, .. } | ExprKind::Starred { value, .. } => {
                self.expr(value)?
            }
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(value)?;
                self.expr(slice)?;
            }
            ExprKind::Slice { lower, upper, step } => {
                self.opt(lower)?;
                self.opt(upper)?;
                self.opt(step)?;
            }
            ExprKind::Name { id, ctx } => {
                if *ctx == syntax::ast::ExprContext::Load && &**id == "__debug__" {
                    e.node = ExprKind::Constant {
                        value: ConstantValue::Bool(self.optimize == 0),
                        kind: None,
                    };
                }
            }
            ExprKind::NamedExpr { value, .. } => self.expr(value)?,
            ExprKind::Constant { .. } => {}
        }
        Ok(())
    }

    fn pattern(&mut self, p: &mut Pattern) -> R {
        stacker::maybe_grow(RED_ZONE, STACK_SEGMENT, || self.pattern_inner(p))
    }

    fn pattern_inner(&mut self, p: &mut Pattern) -> R {
        match &mut p.node {
            PatternKind::MatchValue { value } => fold_const_match_patterns(value),
            PatternKind::MatchSingleton { .. } | PatternKind::MatchStar { .. } => {}
            PatternKind::MatchSequence { patterns } | PatternKind::MatchOr { patterns } => {
                for q in patterns {
                    self.pattern(q)?;
                }
            }
            PatternKind::MatchMapping { keys, patterns, .. } => {
                for k in keys.iter_mut() {
                    fold_const_match_patterns(k);
                }
                for q in patterns {
                    self.pattern(q)?;
                }
            }
            PatternKind::MatchClass {
                cls,
                patterns,
                kwd_patterns,
                ..
            } => {
                self.expr(cls)?;
                for q in patterns.iter_mut().chain(kwd_patterns.iter_mut()) {
                    self.pattern(q)?;
                }
            }
            PatternKind::MatchAs { pattern, .. } => {
                if let Some(q) = pattern {
                    self.pattern(q)?;
                }
            }
        }
        Ok(())
    }
}

// ---------------------------------------------------------------------------
// `'%s' % (x,)` to an f-string (CPython: optimize_format).

const F_LJUST: u32 = 1;
const MAXDIGITS: i32 = 3;

fn const_expr(v: ConstantValue, loc: Location) -> Expr {
    Expr::new(
        ExprKind::Constant {
            value: v,
            kind: None,
        },
        loc,
    )
}

const NOLOC: Location = Location::new(-1, -1, -1, -1);

fn str_from_cps(cps: &[u32]) -> syntax::ast::PyStr {
    let mut b = PyStrBuf::with_capacity(cps.len());
    for &c in cps {
        // Code points come from a PyStr, so all are valid.
        let _ = b.push_code_point(c);
    }
    b.finish()
}

/// `parse_literal`: the text up to the next lone `%`, with `%%` unescaped.
fn parse_literal(fmt: &[u32], pos: &mut usize) -> Option<Expr> {
    let start = *pos;
    let mut p = start;
    let mut out = Vec::new();
    while p < fmt.len() {
        if fmt[p] != '%' as u32 {
            out.push(fmt[p]);
            p += 1;
        } else if p + 1 < fmt.len() && fmt[p + 1] == '%' as u32 {
            out.push('%' as u32);
            p += 2;
        } else {
            break;
        }
    }
    *pos = p;
    if p == start {
        return None;
    }
    Some(const_expr(ConstantValue::Str(str_from_cps(&out)), NOLOC))
}

/// `simple_format_arg_parse`: (spec, flags, width, prec).
fn simple_format_arg_parse(fmt: &[u32], ppos: &mut usize) -> Option<(u32, u32, i32, i32)> {
    let mut pos = *ppos;
    let next = |pos: &mut usize| -> Option<u32> {
        let c = *fmt.get(*pos)?;
        *pos += 1;
        Some(c)
    };
    let mut flags = 0;
    let mut width = -1;
    let mut prec = -1;
    let mut ch;
    loop {
        ch = next(&mut pos)?;
        match char::from_u32(ch) {
            Some('-') => flags |= F_LJUST,
            Some('+') => flags |= 2,
            Some(' ') => flags |= 4,
            Some('#') => flags |= 8,
            Some('0') => flags |= 16,
            _ => break,
        }
    }
    let digit = |c: u32| ('0' as u32..='9' as u32).contains(&c);
    if digit(ch) {
        width = 0;
        let mut digits = 0;
        while digit(ch) {
            width = width * 10 + (ch - '0' as u32) as i32;
            ch = next(&mut pos)?;
            digits += 1;
            if digits >= MAXDIGITS {
                return None;
            }
        }
    }
    if ch == '.' as u32 {
        ch = next(&mut pos)?;
        prec = 0;
        if digit(ch) {
            let mut digits = 0;
            while digit(ch) {
                prec = prec * 10 + (ch - '0' as u32) as i32;
                ch = next(&mut pos)?;
                digits += 1;
                if digits >= MAXDIGITS {
                    return None;
                }
            }
        }
    }
    *ppos = pos;
    Some((ch, flags, width, prec))
}

fn parse_format(fmt: &[u32], pos: &mut usize, arg: Expr) -> Result<Expr, Expr> {
    let Some((spec, flags, width, prec)) = simple_format_arg_parse(fmt, pos) else {
        return Err(arg);
    };
    let Some(conv @ ('s' | 'r' | 'a')) = char::from_u32(spec) else {
        return Err(arg);
    };
    let mut buf = String::new();
    if flags & F_LJUST == 0 && width > 0 {
        buf.push('>');
    }
    if width >= 0 {
        buf.push_str(&width.to_string());
    }
    if prec >= 0 {
        buf.push('.');
        buf.push_str(&prec.to_string());
    }
    let format_spec = (!buf.is_empty())
        .then(|| Box::new(const_expr(ConstantValue::Str(buf.as_str().into()), NOLOC)));
    let loc = arg.loc;
    Ok(Expr::new(
        ExprKind::FormattedValue {
            value: Box::new(arg),
            conversion: conv as i32,
            format_spec,
        },
        loc,
    ))
}

/// `fold_binop` (all that is left of it): `str % tuple`.
fn fold_binop(node: &mut Expr) {
    let ExprKind::BinOp {
        left,
        op: Operator::Mod,
        right,
    } = &mut node.node
    else {
        return;
    };
    let ExprKind::Constant {
        value: ConstantValue::Str(fmt),
        ..
    } = &left.node
    else {
        return;
    };
    let ExprKind::Tuple { elts, .. } = &mut right.node else {
        return;
    };
    if elts
        .iter()
        .any(|e| matches!(e.node, ExprKind::Starred { .. }))
    {
        return;
    }
    let fmt: Vec<u32> = fmt.code_points().collect();
    // Work on a copy of the items: an unsupported format leaves the node.
    let items = elts.clone();
    let mut seq = Vec::with_capacity(items.len() * 2 + 1);
    let mut pos = 0;
    let mut it = items.into_iter();
    loop {
        if let Some(lit) = parse_literal(&fmt, &mut pos) {
            seq.push(lit);
        }
        if pos >= fmt.len() {
            break;
        }
        let Some(arg) = it.next() else {
            return; // more format units than items
        };
        pos += 1; // the '%'
        match parse_format(&fmt, &mut pos, arg) {
            Ok(e) => seq.push(e),
            Err(_) => return,
        }
    }
    if it.next().is_some() {
        return; // more items than format units
    }
    node.node = ExprKind::JoinedStr { values: seq };
}

// ---------------------------------------------------------------------------
// Match pattern constants (CPython: fold_const_match_patterns).

#[derive(Clone)]
enum Num {
    Int(PyInt),
    Float(f64),
    Complex(f64, f64),
}

fn to_num(v: &ConstantValue) -> Option<Num> {
    match v {
        ConstantValue::Int(i) => Some(Num::Int(i.clone())),
        ConstantValue::Float(f) => Some(Num::Float(*f)),
        ConstantValue::Complex { real, imag } => Some(Num::Complex(*real, *imag)),
        _ => None,
    }
}

fn from_num(n: Num) -> ConstantValue {
    match n {
        Num::Int(i) => ConstantValue::Int(i),
        Num::Float(f) => ConstantValue::Float(f),
        Num::Complex(real, imag) => ConstantValue::Complex { real, imag },
    }
}

fn int_to_f64(i: &PyInt) -> Option<f64> {
    use num_traits_lite::ToF64;
    i.to_f64_checked()
}

mod num_traits_lite {
    use syntax::ast::PyInt;
    pub trait ToF64 {
        fn to_f64_checked(&self) -> Option<f64>;
    }
    impl ToF64 for PyInt {
        fn to_f64_checked(&self) -> Option<f64> {
            match self {
                PyInt::Small(v) => Some(*v as f64),
                PyInt::Big(b) => {
                    // Python raises OverflowError past the float range; then
                    // folding is skipped.
                    let f: f64 = b.to_string().parse().ok()?;
                    f.is_finite().then_some(f)
                }
            }
        }
    }
}

fn as_complex(n: &Num) -> Option<(f64, f64)> {
    match n {
        Num::Int(i) => Some((int_to_f64(i)?, 0.0)),
        Num::Float(f) => Some((*f, 0.0)),
        Num::Complex(r, i) => Some((*r, *i)),
    }
}

fn neg(n: Num) -> Option<Num> {
    Some(match n {
        Num::Int(i) => Num::Int(PyInt::from_bigint(-i.to_bigint())),
        Num::Float(f) => Num::Float(-f),
        Num::Complex(r, i) => Num::Complex(-r, -i),
    })
}

fn add_sub(a: Num, b: Num, sub: bool) -> Option<Num> {
    Some(match (&a, &b) {
        (Num::Int(x), Num::Int(y)) => {
            let (x, y) = (x.to_bigint(), y.to_bigint());
            Num::Int(PyInt::from_bigint(if sub { x - y } else { x + y }))
        }
        // Python 3.14's mixed-mode rules: a real operand is not turned into
        // a complex with a zero imaginary part (`0 - 0j` is `(0-0j)`).
        (Num::Complex(ar, ai), Num::Complex(br, bi)) => {
            if sub {
                Num::Complex(ar - br, ai - bi)
            } else {
                Num::Complex(ar + br, ai + bi)
            }
        }
        (Num::Complex(ar, ai), _) => {
            let (r, _) = as_complex(&b)?;
            Num::Complex(if sub { ar - r } else { ar + r }, *ai)
        }
        (_, Num::Complex(br, bi)) => {
            let (r, _) = as_complex(&a)?;
            if sub {
                Num::Complex(r - br, -bi)
            } else {
                Num::Complex(r + br, *bi)
            }
        }
        _ => {
            let (x, _) = as_complex(&a)?;
            let (y, _) = as_complex(&b)?;
            Num::Float(if sub { x - y } else { x + y })
        }
    })
}

fn fold_const_match_patterns(node: &mut Expr) {
    let folded = match &mut node.node {
        ExprKind::UnaryOp {
            op: UnaryOp::USub,
            operand,
        } => match &operand.node {
            ExprKind::Constant { value, .. } => to_num(value).and_then(neg),
            _ => None,
        },
        ExprKind::BinOp { left, op, right }
            if matches!(op, Operator::Add | Operator::Sub)
                && matches!(right.node, ExprKind::Constant { .. }) =>
        {
            let sub = *op == Operator::Sub;
            fold_const_match_patterns(left);
            match (&left.node, &right.node) {
                (ExprKind::Constant { value: l, .. }, ExprKind::Constant { value: r, .. }) => {
                    match (to_num(l), to_num(r)) {
                        (Some(a), Some(b)) => add_sub(a, b, sub),
                        _ => None,
                    }
                }
                _ => None,
            }
        }
        _ => None,
    };
    if let Some(v) = folded {
        node.node = ExprKind::Constant {
            value: from_num(v),
            kind: None,
        };
    }
}
