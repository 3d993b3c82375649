//! Expressions: operators, conditions, calls (with the method-call,
//! `super()` and `all`/`any`/`tuple` shortcuts), displays, comprehensions
//! (inlined per PEP 709 or not), f-strings and t-strings.
//!
//! CPython: Python/codegen.c (codegen_visit_expr and the functions it calls).

use super::stmt::{
    should_apply_two_element_slice_optimization, update_start_location_to_match_attr,
};
use super::*;
use crate::compile::InlinedComprehensionState;
use crate::opcode::nb;
use crate::symtable::{
    CELL, DEF_IMPORT, DEF_LOCAL, DEF_NONLOCAL, FREE, SymbolTable, symbol_to_scope,
};
use syntax::ast::{BoolOp, CmpOp, Comprehension, Keyword, Operator, UnaryOp};

#[derive(Clone, Copy, PartialEq, Eq)]
enum CompType {
    GenExp,
    ListComp,
    SetComp,
    DictComp,
}

/// `infer_type`: the type name a literal-ish expression has, if known.
fn infer_type(e: &Expr) -> Option<&'static str> {
    Some(match &e.node {
        ExprKind::Tuple { .. } => "tuple",
        ExprKind::List { .. } | ExprKind::ListComp { .. } => "list",
        ExprKind::Dict { .. } | ExprKind::DictComp { .. } => "dict",
        ExprKind::Set { .. } | ExprKind::SetComp { .. } => "set",
        ExprKind::GeneratorExp { .. } => "generator",
        ExprKind::Lambda { .. } => "function",
        ExprKind::TemplateStr { .. } | ExprKind::Interpolation { .. } => {
            "string.templatelib.Template"
        }
        ExprKind::JoinedStr { .. } | ExprKind::FormattedValue { .. } => "str",
        ExprKind::Constant { value, .. } => match value {
            ConstantValue::None => "NoneType",
            ConstantValue::Bool(_) => "bool",
            ConstantValue::Ellipsis => "ellipsis",
            ConstantValue::Int(_) => "int",
            ConstantValue::Float(_) => "float",
            ConstantValue::Complex { .. } => "complex",
            ConstantValue::Str(_) => "str",
            ConstantValue::Bytes(_) => "bytes",
        },
        _ => return None,
    })
}

/// `check_is_arg`: false for a constant other than the named singletons.
fn check_is_arg(e: &Expr) -> bool {
    match &e.node {
        ExprKind::Tuple { elts, .. } => !elts
            .iter()
            .all(|x| matches!(x.node, ExprKind::Constant { .. })),
        ExprKind::Constant { value, .. } => matches!(
            value,
            ConstantValue::None | ConstantValue::Bool(_) | ConstantValue::Ellipsis
        ),
        _ => true,
    }
}

/// CPython truncates `%.200s` arguments to 200 bytes.
fn trunc200(s: &str) -> &str {
    let mut end = s.len().min(200);
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

fn binop_arg(op: Operator, inplace: bool) -> u32 {
    let base = match op {
        Operator::Add => nb::ADD,
        Operator::Sub => nb::SUBTRACT,
        Operator::Mult => nb::MULTIPLY,
        Operator::MatMult => nb::MATRIX_MULTIPLY,
        Operator::Div => nb::TRUE_DIVIDE,
        Operator::Mod => nb::REMAINDER,
        Operator::Pow => nb::POWER,
        Operator::LShift => nb::LSHIFT,
        Operator::RShift => nb::RSHIFT,
        Operator::BitOr => nb::OR,
        Operator::BitXor => nb::XOR,
        Operator::BitAnd => nb::AND,
        Operator::FloorDiv => nb::FLOOR_DIVIDE,
    };
    if inplace {
        base + nb::INPLACE_ADD
    } else {
        base
    }
}

impl<'a> Compiler<'a> {
    pub(crate) fn addop_binary(&mut self, l: SourceLocation, op: Operator, inplace: bool) {
        self.addop_i(BINARY_OP, binop_arg(op, inplace) as i32, l);
    }

    /// `codegen_addcompare`.
    fn addcompare(&mut self, l: SourceLocation, op: CmpOp) {
        let cmp = match op {
            CmpOp::Eq => PY_EQ,
            CmpOp::NotEq => PY_NE,
            CmpOp::Lt => PY_LT,
            CmpOp::LtE => PY_LE,
            CmpOp::Gt => PY_GT,
            CmpOp::GtE => PY_GE,
            CmpOp::Is => return self.addop_i(IS_OP, 0, l),
            CmpOp::IsNot => return self.addop_i(IS_OP, 1, l),
            CmpOp::In => return self.addop_i(CONTAINS_OP, 0, l),
            CmpOp::NotIn => return self.addop_i(CONTAINS_OP, 1, l),
        };
        // The comparison in the top bits, the mask for quickening below.
        self.addop_i(COMPARE_OP, (cmp << 5) | compare_mask(cmp), l);
    }

    pub(crate) fn addop_compare(&mut self, l: SourceLocation, op: CmpOp) {
        self.addcompare(l, op);
    }

    /// `codegen_check_compare`: warns for `is` with a literal.
    fn check_compare(&mut self, e: &Expr) -> CResult {
        let ExprKind::Compare {
            left,
            ops,
            comparators,
        } = &e.node
        else {
            return Ok(());
        };
        let mut left_ok = check_is_arg(left);
        let mut left_expr: &Expr = left;
        for (op, right_expr) in ops.iter().zip(comparators.iter()) {
            let right = check_is_arg(right_expr);
            if matches!(op, CmpOp::Is | CmpOp::IsNot) && (!right || !left_ok) {
                let literal = if !left_ok { left_expr } else { right_expr };
                let ty = infer_type(literal).unwrap_or("object");
                let msg = if *op == CmpOp::Is {
                    format!(
                        "\"is\" with '{}' literal. Did you mean \"==\"?",
                        trunc200(ty)
                    )
                } else {
                    format!(
                        "\"is not\" with '{}' literal. Did you mean \"!=\"?",
                        trunc200(ty)
                    )
                };
                return self.warn(loc(&e.loc), msg);
            }
            left_ok = right;
            left_expr = right_expr;
        }
        Ok(())
    }

    /// `codegen_jump_if`.
    pub(crate) fn jump_if(
        &mut self,
        l: SourceLocation,
        e: &'a Expr,
        next: Label,
        cond: bool,
    ) -> CResult {
        stacker::maybe_grow(RED_ZONE, STACK_SEGMENT, || {
            self.jump_if_inner(l, e, next, cond)
        })
    }

    fn jump_if_inner(
        &mut self,
        l: SourceLocation,
        e: &'a Expr,
        next: Label,
        cond: bool,
    ) -> CResult {
        match &e.node {
            ExprKind::UnaryOp {
                op: UnaryOp::Not,
                operand,
            } => return self.jump_if(l, operand, next, !cond),
            ExprKind::BoolOp { op, values } => {
                let cond2 = *op == BoolOp::Or;
                let next2 = if cond2 != cond {
                    self.new_label()
                } else {
                    next
                };
                let n = values.len().saturating_sub(1);
                for v in &values[..n] {
                    self.jump_if(l, v, next2, cond2)?;
                }
                if let Some(last) = values.last() {
                    self.jump_if(l, last, next, cond)?;
                }
                if next2 != next {
                    self.use_label(next2);
                }
                return Ok(());
            }
            ExprKind::IfExp { test, body, orelse } => {
                let end = self.new_label();
                let next2 = self.new_label();
                self.jump_if(l, test, next2, false)?;
                self.jump_if(l, body, next, cond)?;
                self.addop_j(JUMP_NO_INTERRUPT, end, NO_LOCATION);
                self.use_label(next2);
                self.jump_if(l, orelse, next, cond)?;
                self.use_label(end);
                return Ok(());
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } if ops.len() > 1 => {
                self.check_compare(e)?;
                let el = loc(&e.loc);
                let cleanup = self.new_label();
                self.visit_expr(left)?;
                let n = ops.len() - 1;
                for i in 0..n {
                    self.visit_expr(&comparators[i])?;
                    self.addop_i(SWAP, 2, el);
                    self.addop_i(COPY, 2, el);
                    self.addcompare(el, ops[i]);
                    self.addop(TO_BOOL, el);
                    self.addop_j(POP_JUMP_IF_FALSE, cleanup, el);
                }
                self.visit_expr(&comparators[n])?;
                self.addcompare(el, ops[n]);
                self.addop(TO_BOOL, el);
                self.addop_j(
                    if cond {
                        POP_JUMP_IF_TRUE
                    } else {
                        POP_JUMP_IF_FALSE
                    },
                    next,
                    el,
                );
                let end = self.new_label();
                self.addop_j(JUMP_NO_INTERRUPT, end, NO_LOCATION);
                self.use_label(cleanup);
                self.addop(POP_TOP, el);
                if !cond {
                    self.addop_j(JUMP_NO_INTERRUPT, next, NO_LOCATION);
                }
                self.use_label(end);
                return Ok(());
            }
            _ => {}
        }
        self.visit_expr(e)?;
        let el = loc(&e.loc);
        self.addop(TO_BOOL, el);
        self.addop_j(
            if cond {
                POP_JUMP_IF_TRUE
            } else {
                POP_JUMP_IF_FALSE
            },
            next,
            el,
        );
        Ok(())
    }

    pub(crate) fn visit_expr_inner(&mut self, e: &'a Expr) -> CResult {
        let l = loc(&e.loc);
        match &e.node {
            ExprKind::NamedExpr { target, value } => {
                self.visit_expr(value)?;
                self.addop_i(COPY, 1, l);
                self.visit_expr(target)?;
            }
            ExprKind::BoolOp { op, values } => {
                let jumpi = if *op == BoolOp::And {
                    JUMP_IF_FALSE
                } else {
                    JUMP_IF_TRUE
                };
                let end = self.new_label();
                let n = values.len().saturating_sub(1);
                for v in &values[..n] {
                    self.visit_expr(v)?;
                    self.addop_j(jumpi, end, l);
                    self.addop(POP_TOP, l);
                }
                if let Some(last) = values.last() {
                    self.visit_expr(last)?;
                }
                self.use_label(end);
            }
            ExprKind::BinOp { left, op, right } => {
                self.visit_expr(left)?;
                self.visit_expr(right)?;
                self.addop_binary(l, *op, false);
            }
            ExprKind::UnaryOp { op, operand } => {
                self.visit_expr(operand)?;
                match op {
                    UnaryOp::UAdd => self.addop_i(CALL_INTRINSIC_1, INTRINSIC_UNARY_POSITIVE, l),
                    UnaryOp::Not => {
                        self.addop(TO_BOOL, l);
                        self.addop(UNARY_NOT, l);
                    }
                    UnaryOp::Invert => self.addop(UNARY_INVERT, l),
                    UnaryOp::USub => self.addop(UNARY_NEGATIVE, l),
                }
            }
            ExprKind::Lambda { args, body } => self.codegen_lambda(e, args, body)?,
            ExprKind::IfExp { test, body, orelse } => {
                let end = self.new_label();
                let next = self.new_label();
                self.jump_if(l, test, next, false)?;
                self.visit_expr(body)?;
                self.addop_j(JUMP_NO_INTERRUPT, end, NO_LOCATION);
                self.use_label(next);
                self.visit_expr(orelse)?;
                self.use_label(end);
            }
            ExprKind::Dict { keys, values } => self.codegen_dict(e, keys, values)?,
            ExprKind::Set { elts } => {
                self.starunpack_helper(l, elts, None, 0, BUILD_SET, SET_ADD, SET_UPDATE, false)?
            }
            ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension(e, CompType::GenExp, "<genexpr>", generators, elt, None)?
            }
            ExprKind::ListComp { elt, generators } => {
                self.comprehension(e, CompType::ListComp, "<listcomp>", generators, elt, None)?
            }
            ExprKind::SetComp { elt, generators } => {
                self.comprehension(e, CompType::SetComp, "<setcomp>", generators, elt, None)?
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.comprehension(
                e,
                CompType::DictComp,
                "<dictcomp>",
                generators,
                key,
                Some(value),
            )?,
            ExprKind::Yield { value } => {
                if !self.ste().is_function_like() {
                    return self.error(l, "'yield' outside function");
                }
                match value {
                    Some(v) => self.visit_expr(v)?,
                    None => self.load_const(Constant::None, l),
                }
                self.addop_yield(l);
            }
            ExprKind::YieldFrom { value } => {
                if !self.ste().is_function_like() {
                    return self.error(l, "'yield from' outside function");
                }
                if self.ur().scope_type == ScopeType::AsyncFunction {
                    return self.error(l, "'yield from' inside async function");
                }
                self.visit_expr(value)?;
                self.addop(GET_YIELD_FROM_ITER, l);
                self.load_const(Constant::None, l);
                self.add_yield_from(l, false);
            }
            ExprKind::Await { value } => {
                self.visit_expr(value)?;
                self.addop_i(GET_AWAITABLE, 0, l);
                self.load_const(Constant::None, l);
                self.add_yield_from(l, true);
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => {
                self.check_compare(e)?;
                self.visit_expr(left)?;
                let n = ops.len().saturating_sub(1);
                if n == 0 {
                    if let (Some(c), Some(op)) = (comparators.first(), ops.first()) {
                        self.visit_expr(c)?;
                        self.addcompare(l, *op);
                    }
                } else {
                    let cleanup = self.new_label();
                    for i in 0..n {
                        self.visit_expr(&comparators[i])?;
                        self.addop_i(SWAP, 2, l);
                        self.addop_i(COPY, 2, l);
                        self.addcompare(l, ops[i]);
                        self.addop_i(COPY, 1, l);
                        self.addop(TO_BOOL, l);
                        self.addop_j(POP_JUMP_IF_FALSE, cleanup, l);
                        self.addop(POP_TOP, l);
                    }
                    self.visit_expr(&comparators[n])?;
                    self.addcompare(l, ops[n]);
                    let end = self.new_label();
                    self.addop_j(JUMP_NO_INTERRUPT, end, NO_LOCATION);
                    self.use_label(cleanup);
                    self.addop_i(SWAP, 2, l);
                    self.addop(POP_TOP, l);
                    self.use_label(end);
                }
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => self.codegen_call(e, func, args, keywords)?,
            ExprKind::Constant { value, .. } => self.load_const(const_of(value), l),
            ExprKind::JoinedStr { values } => self.joined_str(e, values)?,
            ExprKind::TemplateStr { values } => self.template_str(e, values)?,
            ExprKind::FormattedValue {
                value,
                conversion,
                format_spec,
            } => {
                self.visit_expr(value)?;
                if *conversion != -1 {
                    let oparg = match u8::try_from(*conversion).map(char::from) {
                        Ok('s') => 1,
                        Ok('r') => 2,
                        Ok('a') => 3,
                        _ => return self.error(l, "Unrecognized conversion character"),
                    };
                    self.addop_i(CONVERT_VALUE, oparg, l);
                }
                match format_spec {
                    Some(spec) => {
                        self.visit_expr(spec)?;
                        self.addop(FORMAT_WITH_SPEC, l);
                    }
                    None => self.addop(FORMAT_SIMPLE, l),
                }
            }
            ExprKind::Interpolation {
                value,
                str,
                conversion,
                format_spec,
            } => {
                self.visit_expr(value)?;
                self.load_const(const_of(str), l);
                let mut oparg = 2;
                if let Some(spec) = format_spec {
                    oparg += 1;
                    self.visit_expr(spec)?;
                }
                if *conversion != -1 {
                    let c = match u8::try_from(*conversion).map(char::from) {
                        Ok('s') => 1,
                        Ok('r') => 2,
                        Ok('a') => 3,
                        _ => return self.error(l, "Unrecognized conversion character"),
                    };
                    oparg |= c << 2;
                }
                self.addop_i(BUILD_INTERPOLATION, oparg, l);
            }
            ExprKind::Attribute { value, attr, ctx } => {
                if *ctx == ExprContext::Load && self.can_optimize_super_call(e) {
                    let ExprKind::Call { args, .. } = &value.node else {
                        return Ok(());
                    };
                    self.load_args_for_super(value)?;
                    let opcode = if !args.is_empty() {
                        LOAD_SUPER_ATTR as i32
                    } else {
                        LOAD_ZERO_SUPER_ATTR
                    };
                    self.addop_name(opcode, attr, l);
                    let l2 = update_start_location_to_match_attr(l, e);
                    self.addop(NOP, l2);
                    return Ok(());
                }
                self.maybe_add_static_attribute_to_class(e);
                self.visit_expr(value)?;
                let l2 = update_start_location_to_match_attr(l, e);
                let op = match ctx {
                    ExprContext::Load => LOAD_ATTR,
                    ExprContext::Store => STORE_ATTR,
                    ExprContext::Del => DELETE_ATTR,
                };
                self.addop_name(op as i32, attr, l2);
            }
            ExprKind::Subscript { value, slice, ctx } => self.subscript(e, value, slice, *ctx)?,
            ExprKind::Starred { ctx, .. } => {
                return if *ctx == ExprContext::Store {
                    self.error(l, "starred assignment target must be in a list or tuple")
                } else {
                    self.error(l, "can't use starred expression here")
                };
            }
            ExprKind::Slice { .. } => self.codegen_slice(e)?,
            ExprKind::Name { id, ctx } => self.nameop(l, id, *ctx)?,
            ExprKind::List { elts, ctx } => match ctx {
                ExprContext::Store => self.assignment_helper(l, elts)?,
                ExprContext::Load => self.starunpack_helper(
                    l,
                    elts,
                    None,
                    0,
                    BUILD_LIST,
                    LIST_APPEND,
                    LIST_EXTEND,
                    false,
                )?,
                ExprContext::Del => {
                    for x in elts {
                        self.visit_expr(x)?;
                    }
                }
            },
            ExprKind::Tuple { elts, ctx } => match ctx {
                ExprContext::Store => self.assignment_helper(l, elts)?,
                ExprContext::Load => self.starunpack_helper(
                    l,
                    elts,
                    None,
                    0,
                    BUILD_LIST,
                    LIST_APPEND,
                    LIST_EXTEND,
                    true,
                )?,
                ExprContext::Del => {
                    for x in elts {
                        self.visit_expr(x)?;
                    }
                }
            },
        }
        Ok(())
    }

    /// `_PyCompile_MaybeAddStaticAttributeToClass`: `self.X = ...` inside a
    /// class records X in `__static_attributes__`.
    fn maybe_add_static_attribute_to_class(&mut self, e: &Expr) {
        let ExprKind::Attribute { value, attr, ctx } = &e.node else {
            return;
        };
        if *ctx != ExprContext::Store {
            return;
        }
        let ExprKind::Name { id, .. } = &value.node else {
            return;
        };
        if &**id != "self" {
            return;
        }
        for u in self.units.iter_mut().rev() {
            if u.scope_type == ScopeType::Class {
                if let Some(attrs) = &mut u.static_attributes {
                    attrs.push(attr.clone());
                }
                break;
            }
        }
    }

    /// `codegen_addop_yield`.
    pub(crate) fn addop_yield(&mut self, l: SourceLocation) {
        let ste = self.ste();
        if ste.generator && ste.coroutine {
            self.addop_i(CALL_INTRINSIC_1, INTRINSIC_ASYNC_GEN_WRAP, l);
        }
        self.addop_i(YIELD_VALUE, 0, l);
        self.addop_i(RESUME, RESUME_AFTER_YIELD, l);
    }

    /// `codegen_lambda`.
    fn codegen_lambda(&mut self, e: &'a Expr, args: &'a Arguments, body: &'a Expr) -> CResult {
        let l = loc(&e.loc);
        let funcflags = self.default_arguments(l, args)?;
        self.codegen_enter_scope(
            "<lambda>",
            ScopeType::Lambda,
            Key::of_expr(e),
            e.loc.lineno,
            None,
            (
                args.args.len() as u32,
                args.posonlyargs.len() as u32,
                args.kwonlyargs.len() as u32,
            ),
        )?;
        if let Err(err) = self.visit_expr(body) {
            self.exit_scope(None);
            return Err(err);
        }
        let co = if self.ste().generator {
            self.finish_unit(false)?
        } else {
            self.addop(RETURN_VALUE, loc(&body.loc));
            self.finish_unit(true)?
        };
        self.make_closure(l, co, funcflags)
    }

    /// `starunpack_helper_impl`.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn starunpack_helper(
        &mut self,
        l: SourceLocation,
        elts: &'a [Expr],
        injected_arg: Option<&str>,
        pushed: i32,
        build: u16,
        add: u16,
        extend: u16,
        tuple: bool,
    ) -> CResult {
        let mut n = elts.len() as i32;
        let big = n as usize + pushed as usize + usize::from(injected_arg.is_some())
            > STACK_USE_GUIDELINE;
        let seen_star = elts
            .iter()
            .any(|e| matches!(e.node, ExprKind::Starred { .. }));
        if !seen_star && !big {
            for e in elts {
                self.visit_expr(e)?;
            }
            if let Some(arg) = injected_arg {
                self.nameop(l, arg, ExprContext::Load)?;
                n += 1;
            }
            if tuple {
                self.addop_i(BUILD_TUPLE, n + pushed, l);
            } else {
                self.addop_i(build, n + pushed, l);
            }
            return Ok(());
        }
        let mut sequence_built = false;
        if big {
            self.addop_i(build, pushed, l);
            sequence_built = true;
        }
        for (i, e) in elts.iter().enumerate() {
            if let ExprKind::Starred { value, .. } = &e.node {
                if !sequence_built {
                    self.addop_i(build, i as i32 + pushed, l);
                    sequence_built = true;
                }
                self.visit_expr(value)?;
                self.addop_i(extend, 1, l);
            } else {
                self.visit_expr(e)?;
                if sequence_built {
                    self.addop_i(add, 1, l);
                }
            }
        }
        if let Some(arg) = injected_arg {
            self.nameop(l, arg, ExprContext::Load)?;
            self.addop_i(add, 1, l);
        }
        if tuple {
            self.addop_i(CALL_INTRINSIC_1, INTRINSIC_LIST_TO_TUPLE, l);
        }
        Ok(())
    }

    /// `unpack_helper`.
    fn unpack_helper(&mut self, l: SourceLocation, elts: &[Expr]) -> CResult {
        let n = elts.len();
        let mut seen_star = false;
        for (i, e) in elts.iter().enumerate() {
            if matches!(e.node, ExprKind::Starred { .. }) {
                if !seen_star {
                    if i >= (1 << 8) || (n - i - 1) as i64 >= (i32::MAX >> 8) as i64 {
                        return self.error(l, "too many expressions in star-unpacking assignment");
                    }
                    self.addop_i(UNPACK_EX, (i + ((n - i - 1) << 8)) as i32, l);
                    seen_star = true;
                } else {
                    return self.error(l, "multiple starred expressions in assignment");
                }
            }
        }
        if !seen_star {
            self.addop_i(UNPACK_SEQUENCE, n as i32, l);
        }
        Ok(())
    }

    /// `assignment_helper`.
    fn assignment_helper(&mut self, l: SourceLocation, elts: &'a [Expr]) -> CResult {
        self.unpack_helper(l, elts)?;
        for e in elts {
            match &e.node {
                ExprKind::Starred { value, .. } => self.visit_expr(value)?,
                _ => self.visit_expr(e)?,
            }
        }
        Ok(())
    }

    /// `codegen_subdict`.
    fn subdict(
        &mut self,
        e: &Expr,
        keys: &'a [Option<Expr>],
        values: &'a [Expr],
        begin: usize,
        end: usize,
    ) -> CResult {
        let n = end - begin;
        let big = n * 2 > STACK_USE_GUIDELINE;
        let l = loc(&e.loc);
        if big {
            self.addop_i(BUILD_MAP, 0, l);
        }
        for i in begin..end {
            if let Some(Some(k)) = keys.get(i) {
                self.visit_expr(k)?;
            }
            self.visit_expr(&values[i])?;
            if big {
                self.addop_i(MAP_ADD, 1, l);
            }
        }
        if !big {
            self.addop_i(BUILD_MAP, n as i32, l);
        }
        Ok(())
    }

    /// `codegen_dict`.
    fn codegen_dict(
        &mut self,
        e: &'a Expr,
        keys: &'a [Option<Expr>],
        values: &'a [Expr],
    ) -> CResult {
        let l = loc(&e.loc);
        let n = values.len();
        let mut have_dict = false;
        let mut elements = 0;
        for i in 0..n {
            let is_unpacking = matches!(keys.get(i), Some(None));
            if is_unpacking {
                if elements > 0 {
                    self.subdict(e, keys, values, i - elements, i)?;
                    if have_dict {
                        self.addop_i(DICT_UPDATE, 1, l);
                    }
                    have_dict = true;
                    elements = 0;
                }
                if !have_dict {
                    self.addop_i(BUILD_MAP, 0, l);
                    have_dict = true;
                }
                self.visit_expr(&values[i])?;
                self.addop_i(DICT_UPDATE, 1, l);
            } else if elements * 2 > STACK_USE_GUIDELINE {
                self.subdict(e, keys, values, i - elements, i + 1)?;
                if have_dict {
                    self.addop_i(DICT_UPDATE, 1, l);
                }
                have_dict = true;
                elements = 0;
            } else {
                elements += 1;
            }
        }
        if elements > 0 {
            self.subdict(e, keys, values, n - elements, n)?;
            if have_dict {
                self.addop_i(DICT_UPDATE, 1, l);
            }
            have_dict = true;
        }
        if !have_dict {
            self.addop_i(BUILD_MAP, 0, l);
        }
        Ok(())
    }

    /// `check_caller`.
    fn check_caller(&mut self, e: &Expr) -> CResult {
        match &e.node {
            ExprKind::Constant { .. }
            | ExprKind::Tuple { .. }
            | ExprKind::List { .. }
            | ExprKind::ListComp { .. }
            | ExprKind::Dict { .. }
            | ExprKind::DictComp { .. }
            | ExprKind::Set { .. }
            | ExprKind::SetComp { .. }
            | ExprKind::GeneratorExp { .. }
            | ExprKind::JoinedStr { .. }
            | ExprKind::TemplateStr { .. }
            | ExprKind::FormattedValue { .. }
            | ExprKind::Interpolation { .. } => {
                let ty = infer_type(e).unwrap_or("object");
                self.warn(
                    loc(&e.loc),
                    format!(
                        "'{}' object is not callable; perhaps you missed a comma?",
                        trunc200(ty)
                    ),
                )
            }
            _ => Ok(()),
        }
    }

    /// `check_subscripter`.
    fn check_subscripter(&mut self, e: &Expr) -> CResult {
        match &e.node {
            ExprKind::Constant { value, .. }
                if !matches!(
                    value,
                    ConstantValue::None
                        | ConstantValue::Ellipsis
                        | ConstantValue::Int(_)
                        | ConstantValue::Bool(_)
                        | ConstantValue::Float(_)
                        | ConstantValue::Complex { .. }
                ) =>
            {
                Ok(())
            }
            ExprKind::Constant { .. }
            | ExprKind::Set { .. }
            | ExprKind::SetComp { .. }
            | ExprKind::GeneratorExp { .. }
            | ExprKind::TemplateStr { .. }
            | ExprKind::Interpolation { .. }
            | ExprKind::Lambda { .. } => {
                let ty = infer_type(e).unwrap_or("object");
                self.warn(
                    loc(&e.loc),
                    format!(
                        "'{}' object is not subscriptable; perhaps you missed a comma?",
                        trunc200(ty)
                    ),
                )
            }
            _ => Ok(()),
        }
    }

    /// `check_index`.
    fn check_index(&mut self, e: &Expr, s: &Expr) -> CResult {
        let Some(index_type) = infer_type(s) else {
            return Ok(());
        };
        if matches!(index_type, "int" | "bool") {
            return Ok(());
        }
        match &e.node {
            ExprKind::Constant { value, .. }
                if !matches!(value, ConstantValue::Str(_) | ConstantValue::Bytes(_)) =>
            {
                Ok(())
            }
            ExprKind::Constant { .. }
            | ExprKind::Tuple { .. }
            | ExprKind::List { .. }
            | ExprKind::ListComp { .. }
            | ExprKind::JoinedStr { .. }
            | ExprKind::FormattedValue { .. } => {
                let ty = infer_type(e).unwrap_or("object");
                self.warn(
                    loc(&e.loc),
                    format!(
                        "{} indices must be integers or slices, not {}; perhaps you missed a comma?",
                        trunc200(ty),
                        trunc200(index_type)
                    ),
                )
            }
            _ => Ok(()),
        }
    }

    /// `is_import_originated`.
    fn is_import_originated(&self, e: &Expr) -> bool {
        match &e.node {
            ExprKind::Name { id, .. } => {
                self.st.entry(SymbolTable::TOP).symbol(id) & DEF_IMPORT != 0
            }
            _ => false,
        }
    }

    /// `can_optimize_super_call`.
    fn can_optimize_super_call(&self, attr: &Expr) -> bool {
        let ExprKind::Attribute {
            value, attr: name, ..
        } = &attr.node
        else {
            return false;
        };
        let ExprKind::Call {
            func,
            args,
            keywords,
        } = &value.node
        else {
            return false;
        };
        let ExprKind::Name { id, .. } = &func.node else {
            return false;
        };
        if &**id != "super" || &**name == "__class__" || !keywords.is_empty() {
            return false;
        }
        // Statically visible shadowing of `super`.
        if self.ste().scope(id) != GLOBAL_IMPLICIT {
            return false;
        }
        if self.st.entry(SymbolTable::TOP).scope(id) != 0 {
            return false;
        }
        if args.len() == 2 {
            return !args
                .iter()
                .any(|a| matches!(a.node, ExprKind::Starred { .. }));
        }
        if !args.is_empty() {
            return false;
        }
        // Zero-argument super(): the function has a first argument and a
        // __class__ cell.
        let m = &self.ur().meta;
        if m.argcount == 0 && m.posonlyargcount == 0 {
            return false;
        }
        self.get_ref_type("__class__") == FREE
    }

    /// `load_args_for_super`.
    fn load_args_for_super(&mut self, e: &'a Expr) -> CResult {
        let ExprKind::Call { func, args, .. } = &e.node else {
            return Ok(());
        };
        let l = loc(&e.loc);
        if let ExprKind::Name { id, .. } = &func.node {
            self.nameop(loc(&func.loc), id, ExprContext::Load)?;
        }
        if args.len() == 2 {
            self.visit_expr(&args[0])?;
            self.visit_expr(&args[1])?;
            return Ok(());
        }
        self.nameop(l, "__class__", ExprContext::Load)?;
        // The first argument (self).
        let first = self.ur().meta.varnames.names().first().cloned();
        match first {
            Some(name) => self.nameop(l, &name, ExprContext::Load),
            None => self.error(l, "super(): no arguments"),
        }
    }

    /// `maybe_optimize_function_call`: `all`, `any` and `tuple` of a
    /// generator expression run inline, unless the builtin is shadowed at
    /// run time.
    fn maybe_optimize_function_call(
        &mut self,
        func: &'a Expr,
        args: &'a [Expr],
        keywords: &[Keyword],
        end: Label,
    ) -> CResult<bool> {
        let ExprKind::Name { id, .. } = &func.node else {
            return Ok(false);
        };
        if args.len() != 1
            || !keywords.is_empty()
            || !matches!(args[0].node, ExprKind::GeneratorExp { .. })
        {
            return Ok(false);
        }
        // Not for an asynchronous generator expression (CPython 3.14.10).
        if self
            .st
            .lookup(Key::of_expr(&args[0]))
            .is_some_and(|g| self.st.entry(g).coroutine)
        {
            return Ok(false);
        }
        let l = loc(&func.loc);
        let skip_optimization = self.new_label();
        let (const_oparg, initial_res, continue_jump) = match &**id {
            "all" => (CONSTANT_BUILTIN_ALL, Some(true), POP_JUMP_IF_TRUE),
            "any" => (CONSTANT_BUILTIN_ANY, Some(false), POP_JUMP_IF_FALSE),
            "tuple" => (CONSTANT_BUILTIN_TUPLE, None, 0),
            _ => (-1, None, 0),
        };
        let mut optimized = false;
        if const_oparg != -1 {
            self.addop_i(COPY, 1, l);
            self.addop_i(LOAD_COMMON_CONSTANT, const_oparg, l);
            self.addcompare(l, CmpOp::Is);
            self.addop_j(POP_JUMP_IF_FALSE, skip_optimization, l);
            self.addop(POP_TOP, l);
            if const_oparg == CONSTANT_BUILTIN_TUPLE {
                self.addop_i(BUILD_LIST, 0, l);
            }
            self.visit_expr(&args[0])?;
            let lp = self.new_label();
            let cleanup = self.new_label();
            self.use_label(lp);
            self.addop_j(FOR_ITER, cleanup, l);
            if const_oparg == CONSTANT_BUILTIN_TUPLE {
                self.addop_i(LIST_APPEND, 2, l);
                self.addop_j(JUMP, lp, l);
            } else {
                self.addop(TO_BOOL, l);
                self.addop_j(continue_jump, lp, l);
            }
            self.addop(POP_ITER, NO_LOCATION);
            if let Some(r) = initial_res {
                self.load_const(Constant::Bool(!r), l);
            }
            self.addop_j(JUMP, end, l);
            self.use_label(cleanup);
            self.addop(END_FOR, NO_LOCATION);
            self.addop(POP_ITER, NO_LOCATION);
            match initial_res {
                None => self.addop_i(CALL_INTRINSIC_1, INTRINSIC_LIST_TO_TUPLE, l),
                Some(r) => self.load_const(Constant::Bool(r), l),
            }
            optimized = true;
            self.addop_j(JUMP, end, l);
        }
        self.use_label(skip_optimization);
        Ok(optimized)
    }

    /// `maybe_optimize_method_call`.
    fn maybe_optimize_method_call(&mut self, e: &'a Expr) -> CResult<bool> {
        let ExprKind::Call {
            func: meth,
            args,
            keywords,
        } = &e.node
        else {
            return Ok(false);
        };
        let ExprKind::Attribute {
            value,
            attr,
            ctx: ExprContext::Load,
        } = &meth.node
        else {
            return Ok(false);
        };
        if self.is_import_originated(value) {
            return Ok(false);
        }
        let argsl = args.len();
        let kwdsl = keywords.len();
        if argsl + kwdsl + usize::from(kwdsl != 0) >= STACK_USE_GUIDELINE {
            return Ok(false);
        }
        if args
            .iter()
            .any(|a| matches!(a.node, ExprKind::Starred { .. }))
            || keywords.iter().any(|k| k.arg.is_none())
        {
            return Ok(false);
        }
        let ml = loc(&meth.loc);
        if self.can_optimize_super_call(meth) {
            let ExprKind::Call { args: sargs, .. } = &value.node else {
                return Ok(false);
            };
            self.load_args_for_super(value)?;
            let opcode = if !sargs.is_empty() {
                LOAD_SUPER_METHOD
            } else {
                LOAD_ZERO_SUPER_METHOD
            };
            self.addop_name(opcode, attr, ml);
            let l2 = update_start_location_to_match_attr(ml, meth);
            self.addop(NOP, l2);
        } else {
            self.visit_expr(value)?;
            let l2 = update_start_location_to_match_attr(ml, meth);
            self.addop_name(LOAD_METHOD, attr, l2);
        }
        for a in args {
            self.visit_expr(a)?;
        }
        let el = loc(&e.loc);
        if kwdsl > 0 {
            for k in keywords {
                self.visit_expr(&k.value)?;
            }
            let l2 = update_start_location_to_match_attr(ml, meth);
            self.call_simple_kw_helper(l2, keywords);
            let l3 = update_start_location_to_match_attr(el, meth);
            self.addop_i(CALL_KW, (argsl + kwdsl) as i32, l3);
        } else {
            let l3 = update_start_location_to_match_attr(el, meth);
            self.addop_i(CALL, argsl as i32, l3);
        }
        Ok(true)
    }

    /// `codegen_validate_keywords`.
    fn validate_keywords(&self, keywords: &[Keyword]) -> CResult {
        let mut seen: std::collections::HashMap<&str, ()> = std::collections::HashMap::new();
        // CPython reports the second occurrence of the first name repeated,
        // scanning names in order.
        for (i, k) in keywords.iter().enumerate() {
            let Some(arg) = &k.arg else { continue };
            if seen.contains_key(&**arg) {
                continue;
            }
            for other in &keywords[i + 1..] {
                if other.arg.as_deref() == Some(&**arg) {
                    return self
                        .error(loc(&other.loc), format!("keyword argument repeated: {arg}"));
                }
            }
            seen.insert(arg, ());
        }
        Ok(())
    }

    /// `codegen_call`.
    fn codegen_call(
        &mut self,
        e: &'a Expr,
        func: &'a Expr,
        args: &'a [Expr],
        keywords: &'a [Keyword],
    ) -> CResult {
        self.validate_keywords(keywords)?;
        if self.maybe_optimize_method_call(e)? {
            return Ok(());
        }
        let skip_normal_call = self.new_label();
        self.check_caller(func)?;
        self.visit_expr(func)?;
        self.maybe_optimize_function_call(func, args, keywords, skip_normal_call)?;
        self.addop(PUSH_NULL, loc(&func.loc));
        let r = self.call_helper_impl(loc(&e.loc), 0, args, None, keywords);
        self.use_label(skip_normal_call);
        r
    }

    /// `codegen_call_simple_kw_helper`: the tuple of keyword names.
    fn call_simple_kw_helper(&mut self, l: SourceLocation, keywords: &[Keyword]) {
        let names: Box<[Constant]> = keywords
            .iter()
            .map(|k| str_const(k.arg.as_deref().unwrap_or("")))
            .collect();
        self.load_const(Constant::Tuple(names), l);
    }

    /// `codegen_subkwargs`.
    fn subkwargs(
        &mut self,
        l: SourceLocation,
        keywords: &'a [Keyword],
        begin: usize,
        end: usize,
    ) -> CResult {
        let n = end - begin;
        let big = n * 2 > STACK_USE_GUIDELINE;
        if big {
            self.addop_i(BUILD_MAP, 0, NO_LOCATION);
        }
        for kw in &keywords[begin..end] {
            self.load_const(str_const(kw.arg.as_deref().unwrap_or("")), l);
            self.visit_expr(&kw.value)?;
            if big {
                self.addop_i(MAP_ADD, 1, NO_LOCATION);
            }
        }
        if !big {
            self.addop_i(BUILD_MAP, n as i32, l);
        }
        Ok(())
    }

    /// `codegen_call_helper_impl`.
    pub(crate) fn call_helper_impl(
        &mut self,
        l: SourceLocation,
        n: i32,
        args: &'a [Expr],
        injected_arg: Option<&str>,
        keywords: &'a [Keyword],
    ) -> CResult {
        self.validate_keywords(keywords)?;
        let mut nelts = args.len();
        let nkwelts = keywords.len();
        let ex_call = nelts + nkwelts * 2 > STACK_USE_GUIDELINE
            || args
                .iter()
                .any(|a| matches!(a.node, ExprKind::Starred { .. }))
            || keywords.iter().any(|k| k.arg.is_none());
        if !ex_call {
            for a in args {
                self.visit_expr(a)?;
            }
            if let Some(arg) = injected_arg {
                self.nameop(l, arg, ExprContext::Load)?;
                nelts += 1;
            }
            if nkwelts > 0 {
                for k in keywords {
                    self.visit_expr(&k.value)?;
                }
                self.call_simple_kw_helper(l, keywords);
                self.addop_i(CALL_KW, n + (nelts + nkwelts) as i32, l);
            } else {
                self.addop_i(CALL, n + nelts as i32, l);
            }
            return Ok(());
        }
        // Positional arguments.
        if n == 0
            && nelts == 1
            && let ExprKind::Starred { value, .. } = &args[0].node
        {
            self.visit_expr(value)?;
        } else {
            self.starunpack_helper(
                l,
                args,
                injected_arg,
                n,
                BUILD_LIST,
                LIST_APPEND,
                LIST_EXTEND,
                true,
            )?;
        }
        // Keyword arguments.
        if nkwelts > 0 {
            let mut have_dict = false;
            let mut nseen = 0;
            for (i, kw) in keywords.iter().enumerate() {
                if kw.arg.is_none() {
                    if nseen > 0 {
                        self.subkwargs(l, keywords, i - nseen, i)?;
                        if have_dict {
                            self.addop_i(DICT_MERGE, 1, l);
                        }
                        have_dict = true;
                        nseen = 0;
                    }
                    if !have_dict {
                        self.addop_i(BUILD_MAP, 0, l);
                        have_dict = true;
                    }
                    self.visit_expr(&kw.value)?;
                    self.addop_i(DICT_MERGE, 1, l);
                } else {
                    nseen += 1;
                }
            }
            if nseen > 0 {
                self.subkwargs(l, keywords, nkwelts - nseen, nkwelts)?;
                if have_dict {
                    self.addop_i(DICT_MERGE, 1, l);
                }
            }
        }
        if nkwelts == 0 {
            self.addop(PUSH_NULL, l);
        }
        self.addop(CALL_FUNCTION_EX, l);
        Ok(())
    }

    /// `codegen_template_str`.
    fn template_str(&mut self, e: &Expr, values: &'a [Expr]) -> CResult {
        let l = loc(&e.loc);
        let mut last_was_interpolation = true;
        let mut stringslen = 0;
        for v in values {
            if matches!(v.node, ExprKind::Interpolation { .. }) {
                if last_was_interpolation {
                    self.load_const(str_const(""), l);
                    stringslen += 1;
                }
                last_was_interpolation = true;
            } else {
                self.visit_expr(v)?;
                stringslen += 1;
                last_was_interpolation = false;
            }
        }
        if last_was_interpolation {
            self.load_const(str_const(""), l);
            stringslen += 1;
        }
        self.addop_i(BUILD_TUPLE, stringslen, l);
        let mut n = 0;
        for v in values {
            if matches!(v.node, ExprKind::Interpolation { .. }) {
                self.visit_expr(v)?;
                n += 1;
            }
        }
        self.addop_i(BUILD_TUPLE, n, l);
        self.addop(BUILD_TEMPLATE, l);
        Ok(())
    }

    /// `codegen_joined_str`.
    fn joined_str(&mut self, e: &Expr, values: &'a [Expr]) -> CResult {
        let l = loc(&e.loc);
        let n = values.len();
        if n > STACK_USE_GUIDELINE {
            self.load_const(str_const(""), l);
            self.addop_name(LOAD_METHOD, "join", l);
            self.addop_i(BUILD_LIST, 0, l);
            for v in values {
                self.visit_expr(v)?;
                self.addop_i(LIST_APPEND, 1, l);
            }
            self.addop_i(CALL, 1, l);
        } else {
            for v in values {
                self.visit_expr(v)?;
            }
            if n > 1 {
                self.addop_i(BUILD_STRING, n as i32, l);
            } else if n == 0 {
                self.load_const(str_const(""), l);
            }
        }
        Ok(())
    }

    /// `codegen_subscript`.
    fn subscript(
        &mut self,
        e: &Expr,
        value: &'a Expr,
        slice: &'a Expr,
        ctx: ExprContext,
    ) -> CResult {
        let l = loc(&e.loc);
        if ctx == ExprContext::Load {
            self.check_subscripter(value)?;
            self.check_index(value, slice)?;
        }
        self.visit_expr(value)?;
        if should_apply_two_element_slice_optimization(slice) && ctx != ExprContext::Del {
            self.slice_two_parts(slice)?;
            if ctx == ExprContext::Load {
                self.addop(BINARY_SLICE, l);
            } else {
                self.addop(STORE_SLICE, l);
            }
        } else {
            self.visit_expr(slice)?;
            match ctx {
                ExprContext::Load => self.addop_i(BINARY_OP, nb::SUBSCR as i32, l),
                ExprContext::Store => self.addop(STORE_SUBSCR, l),
                ExprContext::Del => self.addop(DELETE_SUBSCR, l),
            }
        }
        Ok(())
    }

    /// `codegen_slice_two_parts`.
    pub(crate) fn slice_two_parts(&mut self, s: &'a Expr) -> CResult {
        let ExprKind::Slice { lower, upper, .. } = &s.node else {
            return Ok(());
        };
        let l = loc(&s.loc);
        match lower {
            Some(x) => self.visit_expr(x)?,
            None => self.load_const(Constant::None, l),
        }
        match upper {
            Some(x) => self.visit_expr(x)?,
            None => self.load_const(Constant::None, l),
        }
        Ok(())
    }

    /// `codegen_slice`.
    fn codegen_slice(&mut self, s: &'a Expr) -> CResult {
        let ExprKind::Slice { lower, upper, step } = &s.node else {
            return Ok(());
        };
        let l = loc(&s.loc);
        if super::stmt::is_constant_slice(s) {
            let part = |x: &Option<Box<Expr>>| match x.as_deref().map(|e| &e.node) {
                Some(ExprKind::Constant { value, .. }) => const_of(value),
                _ => Constant::None,
            };
            let slice = Constant::Slice(Box::new([part(lower), part(upper), part(step)]));
            self.load_const(slice, l);
            return Ok(());
        }
        self.slice_two_parts(s)?;
        let mut n = 2;
        if let Some(st) = step {
            n += 1;
            self.visit_expr(st)?;
        }
        self.addop_i(BUILD_SLICE, n, l);
        Ok(())
    }

    // --- comprehensions ----------------------------------------------------------

    #[allow(clippy::too_many_arguments)]
    fn comprehension_generator(
        &mut self,
        l: SourceLocation,
        generators: &'a [Comprehension],
        gen_index: usize,
        depth: i32,
        elt: &'a Expr,
        val: Option<&'a Expr>,
        ty: CompType,
        iter_on_stack: bool,
    ) -> CResult {
        stacker::maybe_grow(RED_ZONE, STACK_SEGMENT, || {
            if generators[gen_index].is_async != 0 {
                self.async_comprehension_generator(
                    l,
                    generators,
                    gen_index,
                    depth,
                    elt,
                    val,
                    ty,
                    iter_on_stack,
                )
            } else {
                self.sync_comprehension_generator(
                    l,
                    generators,
                    gen_index,
                    depth,
                    elt,
                    val,
                    ty,
                    iter_on_stack,
                )
            }
        })
    }

    fn comprehension_element(
        &mut self,
        elt: &'a Expr,
        val: Option<&'a Expr>,
        ty: CompType,
        depth: i32,
    ) -> CResult<SourceLocation> {
        let mut elt_loc = loc(&elt.loc);
        match ty {
            CompType::GenExp => {
                self.visit_expr(elt)?;
                self.addop_yield(elt_loc);
                self.addop(POP_TOP, elt_loc);
            }
            CompType::ListComp => {
                self.visit_expr(elt)?;
                self.addop_i(LIST_APPEND, depth + 1, elt_loc);
            }
            CompType::SetComp => {
                self.visit_expr(elt)?;
                self.addop_i(SET_ADD, depth + 1, elt_loc);
            }
            CompType::DictComp => {
                // With '{k: v}', k is evaluated before v.
                self.visit_expr(elt)?;
                if let Some(v) = val {
                    self.visit_expr(v)?;
                    elt_loc = SourceLocation::new(
                        elt.loc.lineno,
                        v.loc.end_lineno,
                        elt.loc.col_offset,
                        v.loc.end_col_offset,
                    );
                }
                self.addop_i(MAP_ADD, depth + 1, elt_loc);
            }
        }
        Ok(elt_loc)
    }

    #[allow(clippy::too_many_arguments)]
    fn sync_comprehension_generator(
        &mut self,
        l: SourceLocation,
        generators: &'a [Comprehension],
        gen_index: usize,
        mut depth: i32,
        elt: &'a Expr,
        val: Option<&'a Expr>,
        ty: CompType,
        iter_on_stack: bool,
    ) -> CResult {
        let mut start = Some(self.new_label());
        let if_cleanup = self.new_label();
        let anchor = self.new_label();
        let g = &generators[gen_index];
        if !iter_on_stack {
            if gen_index == 0 {
                self.addop_i(LOAD_FAST, 0, l);
            } else {
                // Fast path for `for y in [f(x)]`.
                let elts = match &g.iter.node {
                    ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => Some(elts),
                    _ => None,
                };
                if let Some(elts) = elts
                    && elts.len() == 1
                    && !matches!(elts[0].node, ExprKind::Starred { .. })
                {
                    self.visit_expr(&elts[0])?;
                    start = None;
                }
                if start.is_some() {
                    self.visit_expr(&g.iter)?;
                }
            }
        }
        if let Some(st) = start {
            // CPython 3.14.10: the outermost iterable arrives as an iterator
            // (the caller's GET_ITER); inner ones get theirs here.
            let il = loc(&g.iter.loc);
            if gen_index != 0 {
                self.addop(GET_ITER, il);
            }
            depth += 1;
            self.use_label(st);
            self.addop_j(FOR_ITER, anchor, il);
        }
        self.visit_expr(&g.target)?;
        for cond in &g.ifs {
            self.jump_if(l, cond, if_cleanup, false)?;
        }
        let mut elt_loc = loc(&elt.loc);
        if gen_index + 1 < generators.len() {
            self.comprehension_generator(l, generators, gen_index + 1, depth, elt, val, ty, false)?;
        } else {
            elt_loc = self.comprehension_element(elt, val, ty, depth)?;
        }
        self.use_label(if_cleanup);
        if let Some(st) = start {
            self.addop_j(JUMP, st, elt_loc);
            self.use_label(anchor);
            self.addop(END_FOR, NO_LOCATION);
            self.addop(POP_ITER, NO_LOCATION);
        }
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    fn async_comprehension_generator(
        &mut self,
        l: SourceLocation,
        generators: &'a [Comprehension],
        gen_index: usize,
        mut depth: i32,
        elt: &'a Expr,
        val: Option<&'a Expr>,
        ty: CompType,
        iter_on_stack: bool,
    ) -> CResult {
        let start = self.new_label();
        let send = self.new_label();
        let except = self.new_label();
        let if_cleanup = self.new_label();
        let g = &generators[gen_index];
        if !iter_on_stack {
            if gen_index == 0 {
                self.addop_i(LOAD_FAST, 0, l);
            } else {
                self.visit_expr(&g.iter)?;
            }
        }
        if gen_index != 0 {
            self.addop(GET_AITER, loc(&g.iter.loc));
        }
        self.use_label(start);
        self.push_fblock(
            l,
            FBlockType::AsyncComprehensionGenerator,
            Some(start),
            None,
            FBlockDatum::None,
        )?;
        self.addop_j(SETUP_FINALLY, except, l);
        self.addop(GET_ANEXT, l);
        self.load_const(Constant::None, l);
        self.use_label(send);
        self.add_yield_from(l, true);
        self.addop(POP_BLOCK, l);
        self.visit_expr(&g.target)?;
        for cond in &g.ifs {
            self.jump_if(l, cond, if_cleanup, false)?;
        }
        depth += 1;
        let mut elt_loc = loc(&elt.loc);
        if gen_index + 1 < generators.len() {
            self.comprehension_generator(l, generators, gen_index + 1, depth, elt, val, ty, false)?;
        } else {
            elt_loc = self.comprehension_element(elt, val, ty, depth)?;
        }
        self.use_label(if_cleanup);
        self.addop_j(JUMP, start, elt_loc);
        self.pop_fblock(FBlockType::AsyncComprehensionGenerator);
        self.use_label(except);
        self.addop_j(END_ASYNC_FOR, send, l);
        Ok(())
    }

    /// `codegen_push_inlined_comprehension_locals`.
    fn push_inlined_comprehension_locals(
        &mut self,
        l: SourceLocation,
        comp: crate::symtable::ScopeId,
        state: &mut InlinedComprehensionState,
    ) -> CResult {
        let outer = self.ur().ste;
        let in_class_block =
            self.st.entry(outer).block_type == BlockType::Class && self.ur().in_inlined_comp == 0;
        let syms: Vec<(Box<str>, i64)> = self
            .st
            .entry(comp)
            .symbols
            .iter()
            .map(|(n, f)| (n.into(), f))
            .collect();
        for (k, symbol) in syms {
            let scope = symbol_to_scope(symbol);
            let outsc = symbol_to_scope(self.st.entry(outer).symbol(&k));
            if (symbol & DEF_LOCAL != 0 && symbol & DEF_NONLOCAL == 0) || in_class_block {
                // Isolate names bound in the comprehension: push the outer
                // value (maybe NULL) on the stack.
                self.addop_varname(LOAD_FAST_AND_CLEAR, &k, l);
                if scope == CELL {
                    if outsc == FREE {
                        self.addop_freevar(MAKE_CELL, &k, l);
                    } else {
                        self.addop_cellvar(MAKE_CELL, &k, l);
                    }
                }
                state.pushed_locals.get_or_insert_with(Vec::new).push(k);
            }
        }
        if let Some(pushed) = &state.pushed_locals {
            // The outermost iterable back on top.
            self.addop_i(SWAP, pushed.len() as i32 + 1, l);
            // Restore the locals on an exception too.
            let cleanup = self.new_label();
            state.cleanup = Some(cleanup);
            self.addop_j(SETUP_FINALLY, cleanup, l);
        }
        Ok(())
    }

    /// `restore_inlined_comprehension_locals`.
    fn restore_inlined_comprehension_locals(&mut self, l: SourceLocation, pushed: &[Box<str>]) {
        self.addop_i(SWAP, pushed.len() as i32 + 1, l);
        for k in pushed.iter().rev() {
            self.addop_varname(STORE_FAST_MAYBE_NULL, k, l);
        }
    }

    /// `codegen_pop_inlined_comprehension_locals`.
    fn pop_inlined_comprehension_locals(
        &mut self,
        l: SourceLocation,
        state: &mut InlinedComprehensionState,
    ) {
        if let Some(pushed) = state.pushed_locals.take() {
            self.addop(POP_BLOCK, NO_LOCATION);
            let end = self.new_label();
            self.addop_j(JUMP_NO_INTERRUPT, end, NO_LOCATION);
            // An exception in the comprehension: drop the partial result.
            if let Some(cleanup) = state.cleanup {
                self.use_label(cleanup);
            }
            self.addop_i(SWAP, 2, NO_LOCATION);
            self.addop(POP_TOP, NO_LOCATION);
            self.restore_inlined_comprehension_locals(l, &pushed);
            self.addop_i(RERAISE, 0, NO_LOCATION);
            self.use_label(end);
            self.restore_inlined_comprehension_locals(l, &pushed);
        }
    }

    /// `codegen_comprehension`.
    fn comprehension(
        &mut self,
        e: &'a Expr,
        ty: CompType,
        name: &str,
        generators: &'a [Comprehension],
        elt: &'a Expr,
        val: Option<&'a Expr>,
    ) -> CResult {
        let Some(entry) = self.st.lookup(Key::of_expr(e)) else {
            return self.error(loc(&e.loc), "unknown symbol table entry");
        };
        let is_inlined = self.st.entry(entry).comp_inlined;
        let is_async_comprehension = self.st.entry(entry).coroutine;
        let l = loc(&e.loc);
        let Some(outermost) = generators.first() else {
            return Ok(());
        };
        let mut state = InlinedComprehensionState::default();
        let get_iter = if outermost.is_async != 0 {
            GET_AITER
        } else {
            GET_ITER
        };
        if is_inlined {
            self.visit_expr(&outermost.iter)?;
            self.addop(get_iter, loc(&outermost.iter.loc));
            self.tweak_inlined_comprehension_scopes(entry, &mut state);
            self.push_inlined_comprehension_locals(l, entry, &mut state)?;
        } else {
            self.codegen_enter_scope(
                name,
                ScopeType::Comprehension,
                Key::of_expr(e),
                e.loc.lineno,
                None,
                (1, 0, 0),
            )?;
        }
        let r = (|| {
            if ty != CompType::GenExp {
                let op = match ty {
                    CompType::ListComp => BUILD_LIST,
                    CompType::SetComp => BUILD_SET,
                    _ => BUILD_MAP,
                };
                self.addop_i(op, 0, l);
                if is_inlined {
                    self.addop_i(SWAP, 2, l);
                }
            }
            self.comprehension_generator(l, generators, 0, 0, elt, val, ty, is_inlined)
        })();
        if let Err(err) = r {
            if !is_inlined {
                self.exit_scope(None);
            }
            return Err(err);
        }
        if is_inlined {
            self.pop_inlined_comprehension_locals(l, &mut state);
            self.revert_inlined_comprehension_scopes(&mut state);
            return Ok(());
        }
        if ty != CompType::GenExp {
            self.addop(RETURN_VALUE, l);
        } else {
            self.wrap_in_stopiteration_handler();
        }
        let co = self.finish_unit(true)?;
        self.make_closure(l, co, 0)?;
        self.visit_expr(&outermost.iter)?;
        self.addop(get_iter, loc(&outermost.iter.loc));
        self.addop_i(CALL, 0, l);
        if is_async_comprehension && ty != CompType::GenExp {
            self.addop_i(GET_AWAITABLE, 0, l);
            self.load_const(Constant::None, l);
            self.add_yield_from(l, true);
        }
        Ok(())
    }
}
