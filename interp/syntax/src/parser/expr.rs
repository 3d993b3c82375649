//! Expression rules of python.gram (EXPRESSIONS, primary elements, atoms,
//! comprehensions, call arguments, assignment targets) and their invalid_ rules.

use super::helpers::{
    CallArgs, TargetsType, bx, empty_arguments, expr_name, get_invalid_target, rule,
    set_expr_context, tok_loc,
};
use super::{MemoRule, Parser};
use crate::ast::{
    self, BoolOp, CmpOp, Comprehension, ConstantValue, Expr, ExprContext, ExprKind, Location,
    Operator, UnaryOp,
};
use crate::tokenizer::{Keyword as Kw, TokenKind as T};

/// CPython: KeywordOrStarred.
enum KwOrStarred {
    Kw(ast::Keyword),
    Starred(Expr),
}

impl<'src> Parser<'src> {
    // python.gram: expressions
    pub(crate) fn expressions(&mut self) -> Option<Expr> {
        rule!(self, { self.comma_tuple(Self::expression) })
    }

    // python.gram: expression (memo)
    pub(crate) fn expression(&mut self) -> Option<Expr> {
        rule!(self, {
            self.memo_expr(MemoRule::Expression, |p| p.expression_body(true))
        })
    }

    /// CPython: expression_without_invalid (runs with call_invalid_rules off).
    pub(crate) fn expression_without_invalid(&mut self) -> Option<Expr> {
        let prev = self.call_invalid_rules;
        self.call_invalid_rules = false;
        let r = rule!(self, { self.expression_body(false) });
        self.call_invalid_rules = prev;
        r
    }

    fn expression_body(&mut self, with_invalid: bool) -> Option<Expr> {
        let mark = self.mark;
        if with_invalid && self.call_invalid_rules {
            self.deeper(1, Self::invalid_expression);
            if self.failed() {
                return None;
            }
            self.mark = mark;
            self.deeper(1, Self::invalid_legacy_expression);
            if self.failed() {
                return None;
            }
            self.mark = mark;
        }
        let start = self.start();
        if let Some(a) = self.disjunction() {
            let m2 = self.mark;
            if self.expect_kw(Kw::If).is_some() {
                if let Some(b) = self.disjunction() {
                    if self.expect_kw(Kw::Else).is_some() {
                        if let Some(c) = self.expression() {
                            return Some(self.mk(
                                ExprKind::IfExp {
                                    test: bx(b),
                                    body: bx(a),
                                    orelse: bx(c),
                                },
                                start,
                            ));
                        }
                    }
                }
            }
            if self.failed() {
                return None;
            }
            self.mark = m2;
            return Some(a);
        }
        if self.failed() {
            return None;
        }
        self.mark = mark;
        self.lambdef()
    }

    // python.gram: invalid_expression
    fn invalid_expression(&mut self) {
        let mark = self.mark;
        // STRING a=(!STRING expression_without_invalid)+ STRING
        if self.expect(T::String).is_some() {
            let mut items: Vec<Expr> = Vec::new();
            loop {
                if self.next_is(T::String) {
                    break;
                }
                let m = self.mark;
                match self.expression_without_invalid() {
                    Some(e) => items.push(e),
                    None => {
                        self.mark = m;
                        break;
                    }
                }
            }
            if self.failed() {
                return;
            }
            if !items.is_empty() && self.expect(T::String).is_some() {
                let (a, b) = (items[0].loc, items[items.len() - 1].loc);
                self.raise_range(
                    a,
                    b,
                    "invalid syntax. Is this intended to be part of the string?",
                );
                return;
            }
        }
        self.mark = mark;
        // !(NAME STRING | SOFT_KEYWORD) a=disjunction b=expression_without_invalid
        let la = {
            let m = self.mark;
            let r1 = self.name_token().is_some() && self.expect(T::String).is_some();
            self.mark = m;
            let r2 = self.soft_keyword_token().is_some();
            self.mark = m;
            r1 || r2
        };
        if self.failed() {
            return;
        }
        if !la {
            if let Some(a) = self.disjunction() {
                if let Some(b) = self.expression_without_invalid() {
                    let level = self.token_level(self.mark.wrapping_sub(1));
                    if !check_legacy_stmt(&a) && level != 0 {
                        self.raise_range(
                            a.loc,
                            b.loc,
                            "invalid syntax. Perhaps you forgot a comma?",
                        );
                        return;
                    }
                }
            }
            if self.failed() {
                return;
            }
        }
        self.mark = mark;
        // a=disjunction 'if' b=disjunction !('else'|':')
        // a=disjunction 'if' b=disjunction 'else' !expression
        if let Some(a) = self.disjunction() {
            if self.expect_kw(Kw::If).is_some() {
                if let Some(b) = self.disjunction() {
                    let m = self.mark;
                    if !self.next_is_kw(Kw::Else) && !self.next_is(T::Colon) {
                        self.raise_range(a.loc, b.loc, "expected 'else' after 'if' expression");
                        return;
                    }
                    self.mark = m;
                    if self.expect_kw(Kw::Else).is_some() {
                        let m2 = self.mark;
                        let ok = self.expression().is_some();
                        if self.failed() {
                            return;
                        }
                        self.mark = m2;
                        if !ok {
                            self.raise_on_next_token(
                                "expected expression after 'else', but statement is given",
                            );
                            return;
                        }
                    }
                }
            }
        }
        if self.failed() {
            return;
        }
        self.mark = mark;
        // a=(pass_stmt|break_stmt|continue_stmt) 'if' b=disjunction 'else' c=simple_stmt
        if let Some(t) = self.peek() {
            if t.kind == T::Name
                && matches!(
                    t.keyword,
                    Some(Kw::Pass) | Some(Kw::Break) | Some(Kw::Continue)
                )
            {
                self.mark += 1;
                if self.expect_kw(Kw::If).is_some()
                    && self.disjunction().is_some()
                    && self.expect_kw(Kw::Else).is_some()
                    && self.simple_stmt().is_some()
                {
                    self.raise_at(
                        tok_loc(&t),
                        "expected expression before 'if', but statement is given",
                    );
                    return;
                }
            }
        }
        if self.failed() {
            return;
        }
        self.mark = mark;
        // a='lambda' [lambda_params] b=':' &(FSTRING_MIDDLE | TSTRING_MIDDLE)
        if let Some(a) = self.expect_kw(Kw::Lambda) {
            let m = self.mark;
            if self.lambda_params().is_none() {
                if self.failed() {
                    return;
                }
                self.mark = m;
            }
            if let Some(b) = self.expect(T::Colon) {
                if self.next_is(T::FstringMiddle) {
                    self.raise_range(
                        tok_loc(&a),
                        tok_loc(&b),
                        "f-string: lambda expressions are not allowed without parentheses",
                    );
                    return;
                }
                if self.next_is(T::TstringMiddle) {
                    self.raise_range(
                        tok_loc(&a),
                        tok_loc(&b),
                        "t-string: lambda expressions are not allowed without parentheses",
                    );
                    return;
                }
            }
        }
        self.mark = mark;
    }

    // python.gram: invalid_legacy_expression
    fn invalid_legacy_expression(&mut self) {
        let mark = self.mark;
        if let Some(a) = self.name() {
            if !self.next_is(T::Lpar) {
                if let Some(b) = self.star_expressions() {
                    if check_legacy_stmt(&a) {
                        let id = match &a.node {
                            ExprKind::Name { id, .. } => id.to_string(),
                            _ => String::new(),
                        };
                        self.raise_range(
                            a.loc,
                            b.loc,
                            &format!(
                                "Missing parentheses in call to '{id}'. Did you mean {id}(...)?"
                            ),
                        );
                        return;
                    }
                }
            }
        }
        self.mark = mark;
    }

    // python.gram: yield_expr
    pub(crate) fn yield_expr(&mut self) -> Option<Expr> {
        rule!(self, {
            let start = self.start();
            self.expect_kw(Kw::Yield)?;
            let m = self.mark;
            if self.expect_kw(Kw::From).is_some() {
                if let Some(a) = self.expression() {
                    return Some(self.mk(ExprKind::YieldFrom { value: bx(a) }, start));
                }
                if self.failed() {
                    return None;
                }
                self.mark = m;
            }
            let a = self.star_expressions();
            if self.failed() {
                return None;
            }
            if a.is_none() {
                self.mark = m;
            }
            Some(self.mk(ExprKind::Yield { value: a.map(bx) }, start))
        })
    }

    // python.gram: star_expressions
    pub(crate) fn star_expressions(&mut self) -> Option<Expr> {
        rule!(self, { self.comma_tuple(Self::star_expression) })
    }

    // python.gram: star_expression (memo)
    pub(crate) fn star_expression(&mut self) -> Option<Expr> {
        rule!(self, {
            self.memo_expr(MemoRule::StarExpression, |p| {
                let start = p.start();
                if p.expect(T::Star).is_some() {
                    if let Some(a) = p.bitwise_or() {
                        return Some(p.mk(
                            ExprKind::Starred {
                                value: bx(a),
                                ctx: ExprContext::Load,
                            },
                            start,
                        ));
                    }
                    if p.failed() {
                        return None;
                    }
                    p.mark = start;
                }
                p.expression()
            })
        })
    }

    // python.gram: star_named_expressions
    pub(crate) fn star_named_expressions(&mut self) -> Option<Vec<Expr>> {
        rule!(self, {
            let a = self.deeper(1, Self::star_named_expression)?;
            let mut v = vec![a];
            self.gather_rest(&mut v, |p| p.star_named_expression())?;
            let _ = self.expect(T::Comma);
            Some(v)
        })
    }

    /// The `(',' elem)*` tail of a gather `','.elem+`; None on error.
    /// `elem (',' elem)* [',']`: a Tuple (Load) when a comma appears, else the
    /// single element. python.gram: expressions, star_expressions.
    fn comma_tuple(&mut self, elem: fn(&mut Self) -> Option<Expr>) -> Option<Expr> {
        let start = self.start();
        let first = elem(self)?;
        let mut elts = vec![first];
        self.gather_rest(&mut elts, elem)?;
        // A comma not followed by an element was left unconsumed by gather_rest.
        let trailing_comma = self.expect(T::Comma).is_some();
        if elts.len() == 1 && !trailing_comma {
            return elts.pop();
        }
        Some(self.mk(
            ExprKind::Tuple {
                elts,
                ctx: ExprContext::Load,
            },
            start,
        ))
    }

    ///
    /// Each element is parsed two frames deeper than the caller, as CPython's
    /// `_gather_N` + `_loop0_N` (for `','.elem+`) or `_loop1_N` + `_tmp_N`
    /// (for `(',' elem)+`) nest it.
    pub(crate) fn gather_rest<X>(
        &mut self,
        v: &mut Vec<X>,
        mut f: impl FnMut(&mut Self) -> Option<X>,
    ) -> Option<()> {
        loop {
            let m = self.mark;
            if self.expect(T::Comma).is_none() {
                break;
            }
            match self.deeper(2, &mut f) {
                Some(x) => v.push(x),
                None => {
                    if self.failed() {
                        return None;
                    }
                    self.mark = m;
                    break;
                }
            }
        }
        Some(())
    }

    // python.gram: star_named_expression
    pub(crate) fn star_named_expression(&mut self) -> Option<Expr> {
        rule!(self, {
            // Memoised in the second pass although CPython does not: the invalid_* rules
            // re-enter it from lookaheads (`!(list | tuple | genexp ...)` in
            // invalid_named_expression, invalid_comprehension) once per enclosing
            // bracket, which is exponential in the nesting depth without a memo here.
            // Rules are pure functions of the position, so this changes cost only.
            self.memo_expr(MemoRule::StarNamedExpression, |p| {
                p.star_named_expression_body()
            })
        })
    }

    fn star_named_expression_body(&mut self) -> Option<Expr> {
        {
            let start = self.start();
            if self.expect(T::Star).is_some() {
                if let Some(a) = self.bitwise_or() {
                    return Some(self.mk(
                        ExprKind::Starred {
                            value: bx(a),
                            ctx: ExprContext::Load,
                        },
                        start,
                    ));
                }
                if self.failed() {
                    return None;
                }
                self.mark = start;
            }
            self.named_expression()
        }
    }

    // python.gram: assignment_expression
    pub(crate) fn assignment_expression(&mut self) -> Option<Expr> {
        rule!(self, {
            let start = self.start();
            let t0 = self.peek()?;
            if !(t0.kind == T::Name && t0.keyword.is_none_or(|k| k.is_soft())) {
                return None;
            }
            let t1 = self.peek_at(1)?;
            if t1.kind != T::ColonEqual {
                return None;
            }
            let a = self.name()?;
            self.mark += 1;
            // `~`: nothing else to try after ':='.
            let b = self.expression()?;
            Some(self.mk(
                ExprKind::NamedExpr {
                    target: bx(set_expr_context(a, ExprContext::Store)),
                    value: bx(b),
                },
                start,
            ))
        })
    }

    // python.gram: named_expression
    pub(crate) fn named_expression(&mut self) -> Option<Expr> {
        rule!(self, {
            // Memoised in the second pass although CPython does not: the invalid_* rules
            // re-enter it from lookaheads (`!(list | tuple | genexp ...)` in
            // invalid_named_expression, invalid_comprehension) once per enclosing
            // bracket, which is exponential in the nesting depth without a memo here.
            // Rules are pure functions of the position, so this changes cost only.
            self.memo_expr(MemoRule::NamedExpression, |p| p.named_expression_body())
        })
    }

    fn named_expression_body(&mut self) -> Option<Expr> {
        {
            let mark = self.mark;
            if let Some(e) = self.assignment_expression() {
                return Some(e);
            }
            if self.failed() {
                return None;
            }
            self.mark = mark;
            if self.call_invalid_rules {
                self.deeper(1, Self::invalid_named_expression);
                if self.failed() {
                    return None;
                }
                self.mark = mark;
            }
            let e = self.expression()?;
            if self.next_is(T::ColonEqual) {
                self.mark = mark;
                return None;
            }
            Some(e)
        }
    }

    // python.gram: invalid_named_expression (memo)
    fn invalid_named_expression(&mut self) {
        let mark = self.mark;
        // a=expression ':=' expression
        if let Some(a) = self.expression() {
            if self.expect(T::ColonEqual).is_some() && self.expression().is_some() {
                let msg = format!("cannot use assignment expressions with {}", expr_name(&a));
                self.raise_at(a.loc, &msg);
                return;
            }
        }
        if self.failed() {
            return;
        }
        self.mark = mark;
        // a=NAME '=' b=bitwise_or !('='|':=')
        if let Some(a) = self.name() {
            if self.expect(T::Equal).is_some() {
                if let Some(b) = self.bitwise_or() {
                    if !self.next_is(T::Equal) && !self.next_is(T::ColonEqual) {
                        self.raise_range(
                            a.loc,
                            b.loc,
                            "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                        );
                        return;
                    }
                }
            }
        }
        if self.failed() {
            return;
        }
        self.mark = mark;
        // !(list|tuple|genexp|'True'|'None'|'False') a=bitwise_or b='=' bitwise_or !('='|':=')
        let la = {
            let m = self.mark;
            let r = self.list().is_some()
                || {
                    self.mark = m;
                    self.tuple().is_some()
                }
                || {
                    self.mark = m;
                    self.genexp().is_some()
                }
                || {
                    self.mark = m;
                    self.next_is_kw(Kw::True)
                        || self.next_is_kw(Kw::None)
                        || self.next_is_kw(Kw::False)
                };
            self.mark = m;
            r
        };
        if self.failed() {
            return;
        }
        if !la {
            if let Some(a) = self.bitwise_or() {
                if self.expect(T::Equal).is_some()
                    && self.bitwise_or().is_some()
                    && !self.next_is(T::Equal)
                    && !self.next_is(T::ColonEqual)
                {
                    let msg = format!(
                        "cannot assign to {} here. Maybe you meant '==' instead of '='?",
                        expr_name(&a)
                    );
                    self.raise_at(a.loc, &msg);
                    return;
                }
            }
        }
        self.mark = mark;
    }

    // python.gram: disjunction (memo)
    pub(crate) fn disjunction(&mut self) -> Option<Expr> {
        rule!(self, {
            self.memo_expr(MemoRule::Disjunction, |p| {
                let start = p.start();
                let a = p.conjunction()?;
                let mut values = Vec::new();
                loop {
                    let m = p.mark;
                    if p.expect_kw(Kw::Or).is_none() {
                        break;
                    }
                    // CPython: b=('or' c=conjunction)+ nests _loop1 and _tmp.
                    match p.deeper(2, Self::conjunction) {
                        Some(c) => values.push(c),
                        None => {
                            if p.failed() {
                                return None;
                            }
                            p.mark = m;
                            break;
                        }
                    }
                }
                if values.is_empty() {
                    return Some(a);
                }
                values.insert(0, a);
                Some(p.mk(
                    ExprKind::BoolOp {
                        op: BoolOp::Or,
                        values,
                    },
                    start,
                ))
            })
        })
    }

    // python.gram: conjunction (memo)
    fn conjunction(&mut self) -> Option<Expr> {
        rule!(self, {
            self.no_memo(MemoRule::Conjunction, |p| {
                let start = p.start();
                let a = p.inversion()?;
                let mut values = Vec::new();
                loop {
                    let m = p.mark;
                    if p.expect_kw(Kw::And).is_none() {
                        break;
                    }
                    // CPython: b=('and' c=inversion)+ nests _loop1 and _tmp.
                    match p.deeper(2, Self::inversion) {
                        Some(c) => values.push(c),
                        None => {
                            if p.failed() {
                                return None;
                            }
                            p.mark = m;
                            break;
                        }
                    }
                }
                if values.is_empty() {
                    return Some(a);
                }
                values.insert(0, a);
                Some(p.mk(
                    ExprKind::BoolOp {
                        op: BoolOp::And,
                        values,
                    },
                    start,
                ))
            })
        })
    }

    // python.gram: inversion (memo)
    pub(crate) fn inversion(&mut self) -> Option<Expr> {
        rule!(self, {
            self.no_memo(MemoRule::Inversion, |p| {
                let start = p.start();
                if p.expect_kw(Kw::Not).is_some() {
                    if let Some(a) = p.inversion() {
                        return Some(p.mk(
                            ExprKind::UnaryOp {
                                op: UnaryOp::Not,
                                operand: bx(a),
                            },
                            start,
                        ));
                    }
                    if p.failed() {
                        return None;
                    }
                    p.mark = start;
                }
                p.comparison()
            })
        })
    }

    // python.gram: comparison
    fn comparison(&mut self) -> Option<Expr> {
        rule!(self, {
            let start = self.start();
            let a = self.bitwise_or()?;
            let mut ops = Vec::new();
            let mut comparators = Vec::new();
            loop {
                let m = self.mark;
                // CPython: compare_op_bitwise_or_pair+ nests _loop1.
                match self.deeper(1, Self::compare_op_bitwise_or_pair) {
                    Some((op, e)) => {
                        ops.push(op);
                        comparators.push(e);
                    }
                    None => {
                        if self.failed() {
                            return None;
                        }
                        self.mark = m;
                        break;
                    }
                }
            }
            if ops.is_empty() {
                return Some(a);
            }
            Some(self.mk(
                ExprKind::Compare {
                    left: bx(a),
                    ops,
                    comparators,
                },
                start,
            ))
        })
    }

    // python.gram: compare_op_bitwise_or_pair (and its eq_bitwise_or ... is_bitwise_or)
    fn compare_op_bitwise_or_pair(&mut self) -> Option<(CmpOp, Expr)> {
        rule!(self, {
            let t = self.peek()?;
            let op = match t.kind {
                T::EqEqual => CmpOp::Eq,
                T::NotEqual => {
                    // CPython: _PyPegen_check_barry_as_flufl.
                    let is_ne = self.text(&t) == "!=";
                    if self.barry_as_flufl {
                        if is_ne {
                            self.mark += 1;
                            self.raise_syntax("with Barry as BDFL, use '<>' instead of '!='");
                            return None;
                        }
                    } else if !is_ne {
                        return None;
                    }
                    CmpOp::NotEq
                }
                T::LessEqual => CmpOp::LtE,
                T::Less => CmpOp::Lt,
                T::GreaterEqual => CmpOp::GtE,
                T::Greater => CmpOp::Gt,
                T::Name => match t.keyword {
                    Some(Kw::Not) => {
                        let t1 = self.peek_at(1)?;
                        if !t1.is_keyword(Kw::In) {
                            return None;
                        }
                        self.mark += 1;
                        CmpOp::NotIn
                    }
                    Some(Kw::In) => CmpOp::In,
                    Some(Kw::Is) => {
                        let t1 = self.peek_at(1)?;
                        if t1.is_keyword(Kw::Not) {
                            // 'is' 'not' bitwise_or, else 'is' bitwise_or
                            let m = self.mark;
                            self.mark += 2;
                            // One frame for isnot_bitwise_or.
                            if let Some(e) = self.deeper(1, Self::bitwise_or) {
                                return Some((CmpOp::IsNot, e));
                            }
                            if self.failed() {
                                return None;
                            }
                            self.mark = m;
                        }
                        CmpOp::Is
                    }
                    _ => return None,
                },
                _ => return None,
            };
            self.mark += 1;
            self.level += 1;
            let e = self.bitwise_or();
            self.level -= 1;
            Some((op, e?))
        })
    }

    /// A left-associative binary operator level, as a loop (CPython grows the
    /// seed of the left-recursive rule; the result is the same).
    fn binop_loop(
        &mut self,
        start: usize,
        mut left: Expr,
        op_of: fn(T) -> Option<Operator>,
        next: fn(&mut Self) -> Option<Expr>,
    ) -> Option<Expr> {
        loop {
            let m = self.mark;
            let Some(t) = self.peek() else { break };
            let Some(op) = op_of(t.kind) else { break };
            self.mark += 1;
            match next(self) {
                Some(r) => {
                    left = self.mk(
                        ExprKind::BinOp {
                            left: bx(left),
                            op,
                            right: bx(r),
                        },
                        start,
                    );
                }
                None => {
                    if self.failed() {
                        return None;
                    }
                    self.mark = m;
                    break;
                }
            }
        }
        Some(left)
    }

    // python.gram: bitwise_or (left-recursive)
    pub(crate) fn bitwise_or(&mut self) -> Option<Expr> {
        rule!(self, 1, {
            self.memo_expr(MemoRule::BitwiseOr, |p| {
                let start = p.start();
                let a = p.bitwise_xor()?;
                p.binop_loop(
                    start,
                    a,
                    |k| (k == T::Vbar).then_some(Operator::BitOr),
                    Self::bitwise_xor,
                )
            })
        })
    }

    // python.gram: bitwise_xor (left-recursive)
    fn bitwise_xor(&mut self) -> Option<Expr> {
        rule!(self, 1, {
            self.no_memo(MemoRule::BitwiseXor, |p| {
                let start = p.start();
                let a = p.bitwise_and()?;
                p.binop_loop(
                    start,
                    a,
                    |k| (k == T::Circumflex).then_some(Operator::BitXor),
                    Self::bitwise_and,
                )
            })
        })
    }

    // python.gram: bitwise_and (left-recursive)
    fn bitwise_and(&mut self) -> Option<Expr> {
        rule!(self, 1, {
            self.no_memo(MemoRule::BitwiseAnd, |p| {
                let start = p.start();
                let a = p.shift_expr()?;
                p.binop_loop(
                    start,
                    a,
                    |k| (k == T::Amper).then_some(Operator::BitAnd),
                    Self::shift_expr,
                )
            })
        })
    }

    // python.gram: shift_expr (left-recursive; invalid_arithmetic)
    fn shift_expr(&mut self) -> Option<Expr> {
        rule!(self, 1, {
            self.no_memo(MemoRule::ShiftExpr, |p| {
                let start = p.start();
                if p.call_invalid_rules {
                    p.deeper(1, Self::invalid_arithmetic);
                    if p.failed() {
                        return None;
                    }
                    p.mark = start;
                }
                let a = p.sum()?;
                p.binop_loop(
                    start,
                    a,
                    |k| match k {
                        T::LeftShift => Some(Operator::LShift),
                        T::RightShift => Some(Operator::RShift),
                        _ => None,
                    },
                    Self::sum,
                )
            })
        })
    }

    // python.gram: invalid_arithmetic
    fn invalid_arithmetic(&mut self) {
        let mark = self.mark;
        if self.sum().is_some() {
            if let Some(t) = self.peek() {
                if matches!(
                    t.kind,
                    T::Plus | T::Minus | T::Star | T::Slash | T::Percent | T::DoubleSlash | T::At
                ) {
                    self.mark += 1;
                    if let Some(a) = self.expect_kw(Kw::Not) {
                        if let Some(b) = self.inversion() {
                            self.raise_range(
                                tok_loc(&a),
                                b.loc,
                                "'not' after an operator must be parenthesized",
                            );
                            return;
                        }
                    }
                }
            }
        }
        self.mark = mark;
    }

    // python.gram: sum (left-recursive)
    fn sum(&mut self) -> Option<Expr> {
        rule!(self, 1, {
            self.memo_expr(MemoRule::Sum, |p| {
                let start = p.start();
                let a = p.term()?;
                p.binop_loop(
                    start,
                    a,
                    |k| match k {
                        T::Plus => Some(Operator::Add),
                        T::Minus => Some(Operator::Sub),
                        _ => None,
                    },
                    Self::term,
                )
            })
        })
    }

    // python.gram: term (left-recursive; invalid_factor)
    fn term(&mut self) -> Option<Expr> {
        rule!(self, 1, {
            self.no_memo(MemoRule::Term, |p| {
                let start = p.start();
                if p.call_invalid_rules {
                    // The invalid_factor alternative comes after the binary
                    // ones, which all start with `term`: it only matters when
                    // the whole rule would start with a unary operator + not.
                    p.deeper(1, Self::invalid_factor);
                    if p.failed() {
                        return None;
                    }
                    p.mark = start;
                }
                let a = p.factor()?;
                p.binop_loop(
                    start,
                    a,
                    |k| match k {
                        T::Star => Some(Operator::Mult),
                        T::Slash => Some(Operator::Div),
                        T::DoubleSlash => Some(Operator::FloorDiv),
                        T::Percent => Some(Operator::Mod),
                        T::At => Some(Operator::MatMult),
                        _ => None,
                    },
                    Self::factor,
                )
            })
        })
    }

    // python.gram: invalid_factor
    fn invalid_factor(&mut self) {
        let mark = self.mark;
        if let Some(t) = self.peek() {
            if matches!(t.kind, T::Plus | T::Minus | T::Tilde) {
                self.mark += 1;
                if let Some(a) = self.expect_kw(Kw::Not) {
                    if let Some(b) = self.factor() {
                        self.raise_range(
                            tok_loc(&a),
                            b.loc,
                            "'not' after an operator must be parenthesized",
                        );
                        return;
                    }
                }
            }
        }
        self.mark = mark;
    }

    // python.gram: factor (memo)
    pub(crate) fn factor(&mut self) -> Option<Expr> {
        rule!(self, {
            self.no_memo(MemoRule::Factor, |p| {
                let start = p.start();
                let t = p.peek()?;
                let op = match t.kind {
                    T::Plus => Some(UnaryOp::UAdd),
                    T::Minus => Some(UnaryOp::USub),
                    T::Tilde => Some(UnaryOp::Invert),
                    _ => None,
                };
                if let Some(op) = op {
                    p.mark += 1;
                    if let Some(a) = p.factor() {
                        return Some(p.mk(ExprKind::UnaryOp { op, operand: bx(a) }, start));
                    }
                    if p.failed() {
                        return None;
                    }
                    p.mark = start;
                    return None;
                }
                p.power()
            })
        })
    }

    // python.gram: power
    fn power(&mut self) -> Option<Expr> {
        rule!(self, {
            let start = self.start();
            let a = self.await_primary()?;
            let m = self.mark;
            if self.expect(T::DoubleStar).is_some() {
                if let Some(b) = self.factor() {
                    return Some(self.mk(
                        ExprKind::BinOp {
                            left: bx(a),
                            op: Operator::Pow,
                            right: bx(b),
                        },
                        start,
                    ));
                }
                if self.failed() {
                    return None;
                }
                self.mark = m;
            }
            Some(a)
        })
    }

    // python.gram: await_primary (memo)
    fn await_primary(&mut self) -> Option<Expr> {
        rule!(self, {
            self.no_memo(MemoRule::AwaitPrimary, |p| {
                let start = p.start();
                if p.expect_kw(Kw::Await).is_some() {
                    if let Some(a) = p.primary() {
                        return Some(p.mk(ExprKind::Await { value: bx(a) }, start));
                    }
                    if p.failed() {
                        return None;
                    }
                    p.mark = start;
                    return None;
                }
                p.primary()
            })
        })
    }

    // python.gram: primary (left-recursive)
    pub(crate) fn primary(&mut self) -> Option<Expr> {
        rule!(self, 1, {
            self.no_memo(MemoRule::Primary, |p| {
                let start = p.start();
                let mut a = p.atom()?;
                loop {
                    let m = p.mark;
                    let Some(t) = p.peek() else { break };
                    match t.kind {
                        T::Dot => {
                            p.mark += 1;
                            if let Some(b) = p.name_token() {
                                let attr = p.identifier(&b);
                                a = p.mk(
                                    ExprKind::Attribute {
                                        value: bx(a),
                                        attr,
                                        ctx: ExprContext::Load,
                                    },
                                    start,
                                );
                                continue;
                            }
                        }
                        T::Lpar => {
                            if let Some((args, keywords)) = p.paren_suffix() {
                                a = p.mk(
                                    ExprKind::Call {
                                        func: bx(a),
                                        args,
                                        keywords,
                                    },
                                    start,
                                );
                                continue;
                            }
                        }
                        T::Lsqb => {
                            // `primary genexp` comes before `primary '[' slices ']'`.
                            p.genexp_alternative();
                            if p.failed() {
                                return None;
                            }
                            p.mark = m + 1;
                            if let Some(s) = p.slices() {
                                if p.expect(T::Rsqb).is_some() {
                                    a = p.mk(
                                        ExprKind::Subscript {
                                            value: bx(a),
                                            slice: bx(s),
                                            ctx: ExprContext::Load,
                                        },
                                        start,
                                    );
                                    continue;
                                }
                            }
                        }
                        _ => {}
                    }
                    if p.failed() {
                        return None;
                    }
                    p.mark = m;
                    p.genexp_alternative();
                    if p.failed() {
                        return None;
                    }
                    p.mark = m;
                    break;
                }
                Some(a)
            })
        })
    }

    /// The `primary genexp` (`t_primary genexp`) alternative where no '('
    /// follows: it fails, but in the second pass genexp first tries
    /// invalid_comprehension, which parses `[...` and `{...` (the first
    /// parse of what follows, two frames deeper than the subscript would)
    /// and whose `('[' | '(' | '{')` group is the deepest frame under a name.
    /// The caller resets the mark.
    fn genexp_alternative(&mut self) {
        if self.call_invalid_rules {
            let _ = self.genexp();
        }
    }

    /// The call suffix of primary / t_primary: `genexp | '(' [arguments] ')'`,
    /// as (args, keywords). In the first pass the genexp element and the first
    /// argument, which are the same parse, are parsed once.
    fn paren_suffix(&mut self) -> Option<(Vec<Expr>, Vec<ast::Keyword>)> {
        let open = self.mark;
        if !self.call_invalid_rules {
            self.expect(T::Lpar)?;
            let q = self.mark;
            if self.expect(T::Rpar).is_some() {
                return Some((Vec::new(), Vec::new()));
            }
            let t = self.peek()?;
            if !matches!(t.kind, T::Star | T::DoubleStar) {
                // Depth: CPython parses the first argument in `genexp`'s
                // group (genexp, `_tmp`) before trying `arguments`.
                let e = match self.deeper(2, Self::assignment_expression) {
                    Some(e) => Some(e),
                    None => {
                        if self.failed() {
                            return None;
                        }
                        self.mark = q;
                        match self.deeper(2, Self::expression) {
                            Some(e) if !self.next_is(T::ColonEqual) => Some(e),
                            _ => None,
                        }
                    }
                };
                if self.failed() {
                    return None;
                }
                if let Some(e) = e {
                    if self.next_is_kw(Kw::For) || self.next_is_kw(Kw::Async) {
                        if let Some(gens) = self.deeper(1, Self::for_if_clauses) {
                            if self.expect(T::Rpar).is_some() {
                                let g = self.mk(
                                    ExprKind::GeneratorExp {
                                        elt: bx(e),
                                        generators: gens,
                                    },
                                    open,
                                );
                                return Some((vec![g], Vec::new()));
                            }
                        }
                        // `e` then 'for' is no argument list either (args
                        // must end at ')', kwargs start with NAME '=').
                        return None;
                    } else if !self.next_is(T::Equal) {
                        // arguments: a=args [','] &')' with args' first item
                        // `e` (depth: arguments, args).
                        let c = self.deeper(2, |p| p.args_tail(vec![e]))?;
                        let _ = self.expect(T::Comma);
                        self.expect(T::Rpar)?;
                        return Some((c.args, c.keywords));
                    }
                } else {
                    // Neither a genexp nor an argument can start here (a
                    // kwarg would have parsed its NAME as an expression, and
                    // '*', '**', ')' are handled below): re-parsing the same
                    // failing expression through `arguments` would be
                    // exponential in the nesting depth.
                    return None;
                }
            }
            self.mark = q;
            let args = self.opt_arguments();
            if self.failed() {
                return None;
            }
            self.expect(T::Rpar)?;
            return Some(match args {
                Some(c) => (c.args, c.keywords),
                None => (Vec::new(), Vec::new()),
            });
        }
        if let Some(g) = self.genexp() {
            return Some((vec![g], Vec::new()));
        }
        if self.failed() {
            return None;
        }
        self.mark = open;
        self.expect(T::Lpar)?;
        let args = self.opt_arguments();
        if self.failed() {
            return None;
        }
        self.expect(T::Rpar)?;
        Some(match args {
            Some(c) => (c.args, c.keywords),
            None => (Vec::new(), Vec::new()),
        })
    }

    /// `[arguments]` followed by nothing: resets the mark when absent.
    fn opt_arguments(&mut self) -> Option<CallArgs> {
        let m = self.mark;
        let r = self.arguments();
        if r.is_none() {
            self.mark = m;
        }
        r
    }

    // python.gram: slices
    pub(crate) fn slices(&mut self) -> Option<Expr> {
        rule!(self, {
            let start = self.start();
            // slice !','
            let first = self.slice();
            if let Some(a) = first {
                if !self.next_is(T::Comma) {
                    return Some(a);
                }
                // ','.(slice | starred_expression)+ [',']
                let mut elts = vec![a];
                self.gather_rest(&mut elts, |p| p.slice_or_starred())?;
                let _ = self.expect(T::Comma);
                return Some(self.mk(
                    ExprKind::Tuple {
                        elts,
                        ctx: ExprContext::Load,
                    },
                    start,
                ));
            }
            if self.failed() {
                return None;
            }
            self.mark = start;
            let a = self.deeper(2, Self::starred_expression)?;
            let mut elts = vec![a];
            self.gather_rest(&mut elts, |p| p.slice_or_starred())?;
            let _ = self.expect(T::Comma);
            Some(self.mk(
                ExprKind::Tuple {
                    elts,
                    ctx: ExprContext::Load,
                },
                start,
            ))
        })
    }

    /// `(slice | starred_expression)`, inside its `_tmp` rule.
    fn slice_or_starred(&mut self) -> Option<Expr> {
        let m = self.mark;
        if let Some(s) = self.deeper(1, Self::slice) {
            return Some(s);
        }
        if self.failed() {
            return None;
        }
        self.mark = m;
        self.deeper(1, Self::starred_expression)
    }

    // python.gram: slice
    fn slice(&mut self) -> Option<Expr> {
        rule!(self, {
            let start = self.start();
            // a=[expression] ':' b=[expression] c=[':' d=[expression]]
            let a = self.expression();
            if self.failed() {
                return None;
            }
            if a.is_none() {
                self.mark = start;
            }
            if self.expect(T::Colon).is_some() {
                let b = self.opt_expression()?;
                let m = self.mark;
                let mut c = None;
                if self.expect(T::Colon).is_some() {
                    c = self.deeper(1, Self::opt_expression)?;
                } else {
                    self.mark = m;
                }
                return Some(self.mk(
                    ExprKind::Slice {
                        lower: a.map(bx),
                        upper: b.map(bx),
                        step: c.map(bx),
                    },
                    start,
                ));
            }
            // named_expression gives the same expression unless a walrus follows
            // (first pass; the second memoises expression anyway).
            if let Some(a) = a {
                if !self.call_invalid_rules && !self.next_is(T::ColonEqual) {
                    return Some(a);
                }
            }
            self.mark = start;
            self.named_expression()
        })
    }

    /// `[expression]`: Some(None) when absent, None on error.
    fn opt_expression(&mut self) -> Option<Option<Expr>> {
        let m = self.mark;
        match self.expression() {
            Some(e) => Some(Some(e)),
            None => {
                if self.failed() {
                    return None;
                }
                self.mark = m;
                Some(None)
            }
        }
    }

    // python.gram: atom
    pub(crate) fn atom(&mut self) -> Option<Expr> {
        rule!(self, {
            let start = self.start();
            let t = self.peek()?;
            match t.kind {
                T::Name => {
                    let value = match t.keyword {
                        Some(Kw::True) => ConstantValue::Bool(true),
                        Some(Kw::False) => ConstantValue::Bool(false),
                        Some(Kw::None) => ConstantValue::None,
                        Some(k) if !k.is_soft() => {
                            // The strings lookahead's frame (see below).
                            self.transient_frame(0);
                            return None;
                        }
                        _ => return self.name(),
                    };
                    self.mark += 1;
                    Some(self.mk(ExprKind::Constant { value, kind: None }, start))
                }
                // Past NAME, True, False and None, CPython's atom tries the
                // lookahead group `&(STRING|FSTRING_START|TSTRING_START)`, a
                // rule of its own: its frame can be the deepest point.
                _ if !self.transient_frame(0) => None,
                T::String | T::FstringStart | T::TstringStart => self.strings(),
                T::Number => {
                    self.mark += 1;
                    self.number_constant(&t)
                }
                T::Lpar => {
                    // Second pass: each alternative inside the group's `_tmp`.
                    if self.call_invalid_rules {
                        let r = self.deeper(1, Self::tuple);
                        if r.is_some() || self.failed() {
                            return r;
                        }
                        self.mark = start;
                        let r = self.deeper(1, Self::group);
                        if r.is_some() || self.failed() {
                            return r;
                        }
                        self.mark = start;
                        return self.deeper(1, Self::genexp);
                    }
                    self.atom_paren_fast()
                }
                T::Lsqb => {
                    if self.call_invalid_rules {
                        let r = self.deeper(1, Self::list);
                        if r.is_some() || self.failed() {
                            return r;
                        }
                        self.mark = start;
                        return self.deeper(1, Self::listcomp);
                    }
                    self.atom_bracket_fast()
                }
                T::Lbrace => {
                    if self.call_invalid_rules {
                        let r = self.deeper(1, Self::dict);
                        if r.is_some() || self.failed() {
                            return r;
                        }
                        self.mark = start;
                        let r = self.deeper(1, Self::set);
                        if r.is_some() || self.failed() {
                            return r;
                        }
                        self.mark = start;
                        let r = self.deeper(1, Self::dictcomp);
                        if r.is_some() || self.failed() {
                            return r;
                        }
                        self.mark = start;
                        return self.deeper(1, Self::setcomp);
                    }
                    self.atom_brace_fast()
                }
                T::Ellipsis => {
                    self.mark += 1;
                    Some(self.mk(
                        ExprKind::Constant {
                            value: ConstantValue::Ellipsis,
                            kind: None,
                        },
                        start,
                    ))
                }
                _ => None,
            }
        })
    }

    /// First pass: `'(' (tuple | group | genexp)` with the inner expression
    /// parsed once (the three alternatives parse the same prefix).
    ///
    /// Depth: CPython parses the first element inside `tuple`'s optional
    /// group (atom, `_tmp`, tuple, `_tmp`), a yield inside `group`'s, and
    /// the comprehension clauses in `genexp`; the other alternatives find
    /// the first element memoised.
    fn atom_paren_fast(&mut self) -> Option<Expr> {
        let start = self.start();
        self.atom_paren_fast_inner(start)
    }

    fn atom_paren_fast_inner(&mut self, start: usize) -> Option<Expr> {
        self.expect(T::Lpar)?;
        if self.expect(T::Rpar).is_some() {
            return Some(self.mk(
                ExprKind::Tuple {
                    elts: Vec::new(),
                    ctx: ExprContext::Load,
                },
                start,
            ));
        }
        if self.next_is_kw(Kw::Yield) {
            let y = self.deeper(3, Self::yield_expr)?;
            self.expect(T::Rpar)?;
            return Some(y);
        }
        let starred = self.next_is(T::Star);
        let e = self.deeper(3, Self::star_named_expression)?;
        if self.expect(T::Comma).is_some() {
            let m = self.mark;
            let mut elts = vec![e];
            match self.deeper(3, Self::star_named_expressions) {
                Some(rest) => elts.extend(rest),
                None => {
                    if self.failed() {
                        return None;
                    }
                    self.mark = m;
                }
            }
            self.expect(T::Rpar)?;
            return Some(self.mk(
                ExprKind::Tuple {
                    elts,
                    ctx: ExprContext::Load,
                },
                start,
            ));
        }
        if starred {
            return None;
        }
        if self.expect(T::Rpar).is_some() {
            return Some(e);
        }
        if self.next_is_kw(Kw::For) || self.next_is_kw(Kw::Async) {
            let gens = self.deeper(2, Self::for_if_clauses)?;
            self.expect(T::Rpar)?;
            return Some(self.mk(
                ExprKind::GeneratorExp {
                    elt: bx(e),
                    generators: gens,
                },
                start,
            ));
        }
        None
    }

    /// First pass: `'[' (list | listcomp)`.
    ///
    /// Depth: CPython parses the elements in `list` (atom, `_tmp`, list,
    /// star_named_expressions, `_gather`) and the clauses in `listcomp`.
    fn atom_bracket_fast(&mut self) -> Option<Expr> {
        let start = self.start();
        self.expect(T::Lsqb)?;
        if self.expect(T::Rsqb).is_some() {
            return Some(self.mk(
                ExprKind::List {
                    elts: Vec::new(),
                    ctx: ExprContext::Load,
                },
                start,
            ));
        }
        let starred = self.next_is(T::Star);
        let e = self.deeper(4, Self::star_named_expression)?;
        if !starred && (self.next_is_kw(Kw::For) || self.next_is_kw(Kw::Async)) {
            let gens = self.deeper(2, Self::for_if_clauses)?;
            self.expect(T::Rsqb)?;
            return Some(self.mk(
                ExprKind::ListComp {
                    elt: bx(e),
                    generators: gens,
                },
                start,
            ));
        }
        let mut elts = vec![e];
        self.deeper(3, |p| {
            p.gather_rest(&mut elts, |p| p.star_named_expression())
        })?;
        let _ = self.expect(T::Comma);
        self.expect(T::Rsqb)?;
        Some(self.mk(
            ExprKind::List {
                elts,
                ctx: ExprContext::Load,
            },
            start,
        ))
    }

    /// First pass: `'{' (dict | set | dictcomp | setcomp)`.
    ///
    /// Depth: CPython tries `dict` first, so keys, values and a set's first
    /// element are parsed in kvpair (atom, `_tmp`, dict,
    /// double_starred_kvpairs, `_gather`, double_starred_kvpair, kvpair);
    /// a set's later elements and a walrus in `set`, comprehension clauses
    /// in `dictcomp` / `setcomp`.
    fn atom_brace_fast(&mut self) -> Option<Expr> {
        let start = self.start();
        self.expect(T::Lbrace)?;
        if self.expect(T::Rbrace).is_some() {
            return Some(self.mk(
                ExprKind::Dict {
                    keys: Vec::new(),
                    values: Vec::new(),
                },
                start,
            ));
        }
        let q = self.mark;
        if self.next_is(T::DoubleStar) {
            self.mark = start;
            return self.deeper(1, Self::dict);
        }
        if self.next_is(T::Star) {
            self.mark = start;
            return self.deeper(1, Self::set);
        }
        // NAME ':=' starts a named expression: set or setcomp.
        let walrus = {
            let t0 = self.peek()?;
            t0.kind == T::Name
                && t0.keyword.is_none_or(|k| k.is_soft())
                && self.peek_at(1)?.kind == T::ColonEqual
        };
        let e = if walrus {
            self.deeper(5, Self::named_expression)?
        } else {
            self.deeper(6, Self::expression)?
        };
        if !walrus && self.expect(T::Colon).is_some() {
            let v = self.deeper(6, Self::expression)?;
            if self.next_is_kw(Kw::For) || self.next_is_kw(Kw::Async) {
                let gens = self.deeper(2, Self::for_if_clauses)?;
                self.expect(T::Rbrace)?;
                return Some(self.mk(
                    ExprKind::DictComp {
                        key: bx(e),
                        value: bx(v),
                        generators: gens,
                    },
                    start,
                ));
            }
            let mut keys = vec![Some(e)];
            let mut values = vec![v];
            loop {
                let m = self.mark;
                if self.expect(T::Comma).is_none() {
                    break;
                }
                match self.deeper(5, Self::double_starred_kvpair) {
                    Some((k, v)) => {
                        keys.push(k);
                        values.push(v);
                    }
                    None => {
                        if self.failed() {
                            return None;
                        }
                        self.mark = m;
                        break;
                    }
                }
            }
            let _ = self.expect(T::Comma);
            self.expect(T::Rbrace)?;
            return Some(self.mk(ExprKind::Dict { keys, values }, start));
        }
        if self.next_is(T::ColonEqual) {
            return None;
        }
        let _ = q;
        if self.next_is_kw(Kw::For) || self.next_is_kw(Kw::Async) {
            let gens = self.deeper(2, Self::for_if_clauses)?;
            self.expect(T::Rbrace)?;
            return Some(self.mk(
                ExprKind::SetComp {
                    elt: bx(e),
                    generators: gens,
                },
                start,
            ));
        }
        let mut elts = vec![e];
        self.deeper(3, |p| {
            p.gather_rest(&mut elts, |p| p.star_named_expression())
        })?;
        let _ = self.expect(T::Comma);
        self.expect(T::Rbrace)?;
        Some(self.mk(ExprKind::Set { elts }, start))
    }

    // python.gram: group
    fn group(&mut self) -> Option<Expr> {
        rule!(self, {
            let start = self.start();
            if self.expect(T::Lpar).is_some() {
                let m = self.mark;
                // (yield_expr | named_expression) is a _tmp rule.
                let a = match self.deeper(1, Self::yield_expr) {
                    Some(y) => Some(y),
                    None => {
                        if self.failed() {
                            return None;
                        }
                        self.mark = m;
                        self.deeper(1, Self::named_expression)
                    }
                };
                if let Some(a) = a {
                    if self.expect(T::Rpar).is_some() {
                        return Some(a);
                    }
                }
                if self.failed() {
                    return None;
                }
            }
            self.mark = start;
            if self.call_invalid_rules {
                self.deeper(1, Self::invalid_group);
            }
            None
        })
    }

    // python.gram: invalid_group
    fn invalid_group(&mut self) {
        let mark = self.mark;
        if self.expect(T::Lpar).is_some() {
            if let Some(a) = self.starred_expression() {
                if self.expect(T::Rpar).is_some() {
                    self.raise_at(a.loc, "cannot use starred expression here");
                    return;
                }
            }
            if self.failed() {
                return;
            }
            self.mark = mark + 1;
            if let Some(a) = self.expect(T::DoubleStar) {
                if self.expression().is_some() && self.expect(T::Rpar).is_some() {
                    self.raise_at(tok_loc(&a), "cannot use double starred expression here");
                    return;
                }
            }
        }
        self.mark = mark;
    }

    // python.gram: lambdef
    fn lambdef(&mut self) -> Option<Expr> {
        rule!(self, {
            let start = self.start();
            self.expect_kw(Kw::Lambda)?;
            let m = self.mark;
            let a = self.lambda_params();
            if self.failed() {
                return None;
            }
            if a.is_none() {
                self.mark = m;
            }
            self.expect(T::Colon)?;
            let b = self.expression()?;
            let args = a.unwrap_or_else(empty_arguments);
            Some(self.mk(
                ExprKind::Lambda {
                    args: Box::new(args),
                    body: bx(b),
                },
                start,
            ))
        })
    }

    // python.gram: list
    pub(crate) fn list(&mut self) -> Option<Expr> {
        rule!(self, {
            let start = self.start();
            self.expect(T::Lsqb)?;
            let m = self.mark;
            let a = self.star_named_expressions();
            if self.failed() {
                return None;
            }
            if a.is_none() {
                self.mark = m;
            }
            self.expect(T::Rsqb)?;
            Some(self.mk(
                ExprKind::List {
                    elts: a.unwrap_or_default(),
                    ctx: ExprContext::Load,
                },
                start,
            ))
        })
    }

    // python.gram: tuple
    pub(crate) fn tuple(&mut self) -> Option<Expr> {
        rule!(self, {
            let start = self.start();
            self.expect(T::Lpar)?;
            let m = self.mark;
            let mut elts = Vec::new();
            // The optional group is a _tmp rule.
            if let Some(y) = self.deeper(1, Self::star_named_expression) {
                if self.expect(T::Comma).is_some() {
                    elts.push(y);
                    let m2 = self.mark;
                    match self.deeper(1, Self::star_named_expressions) {
                        Some(z) => elts.extend(z),
                        None => {
                            if self.failed() {
                                return None;
                            }
                            self.mark = m2;
                        }
                    }
                } else {
                    self.mark = m;
                }
            } else {
                if self.failed() {
                    return None;
                }
                self.mark = m;
            }
            self.expect(T::Rpar)?;
            Some(self.mk(
                ExprKind::Tuple {
                    elts,
                    ctx: ExprContext::Load,
                },
                start,
            ))
        })
    }

    // python.gram: set
    fn set(&mut self) -> Option<Expr> {
        rule!(self, {
            let start = self.start();
            self.expect(T::Lbrace)?;
            let a = self.star_named_expressions()?;
            self.expect(T::Rbrace)?;
            Some(self.mk(ExprKind::Set { elts: a }, start))
        })
    }

    // python.gram: dict
    fn dict(&mut self) -> Option<Expr> {
        rule!(self, {
            let start = self.start();
            self.expect(T::Lbrace)?;
            let m = self.mark;
            let a = self.double_starred_kvpairs();
            if self.failed() {
                return None;
            }
            if a.is_none() {
                self.mark = m;
            }
            if self.expect(T::Rbrace).is_some() {
                let (keys, values) = a.unwrap_or_default().into_iter().unzip();
                return Some(self.mk(ExprKind::Dict { keys, values }, start));
            }
            if self.failed() {
                return None;
            }
            self.mark = start;
            if self.call_invalid_rules {
                // '{' invalid_double_starred_kvpairs '}'
                self.mark = start + 1;
                self.deeper(1, Self::invalid_double_starred_kvpairs);
                self.mark = start;
            }
            None
        })
    }

    // python.gram: double_starred_kvpairs
    fn double_starred_kvpairs(&mut self) -> Option<Vec<(Option<Expr>, Expr)>> {
        rule!(self, {
            let a = self.deeper(1, Self::double_starred_kvpair)?;
            let mut v = vec![a];
            self.gather_rest(&mut v, |p| p.double_starred_kvpair())?;
            let _ = self.expect(T::Comma);
            Some(v)
        })
    }

    // python.gram: double_starred_kvpair
    fn double_starred_kvpair(&mut self) -> Option<(Option<Expr>, Expr)> {
        rule!(self, {
            let m = self.mark;
            if self.expect(T::DoubleStar).is_some() {
                if let Some(a) = self.bitwise_or() {
                    return Some((None, a));
                }
                if self.failed() {
                    return None;
                }
                self.mark = m;
            }
            let (k, v) = self.kvpair()?;
            Some((Some(k), v))
        })
    }

    // python.gram: kvpair
    fn kvpair(&mut self) -> Option<(Expr, Expr)> {
        rule!(self, {
            let a = self.expression()?;
            self.expect(T::Colon)?;
            let b = self.expression()?;
            Some((a, b))
        })
    }

    // python.gram: invalid_double_starred_kvpairs
    fn invalid_double_starred_kvpairs(&mut self) {
        let mark = self.mark;
        // ','.double_starred_kvpair+ ',' invalid_kvpair
        if let Some(first) = self.double_starred_kvpair() {
            let mut v = vec![first];
            if self
                .gather_rest(&mut v, |p| p.double_starred_kvpair())
                .is_some()
                && self.expect(T::Comma).is_some()
            {
                self.deeper(1, Self::invalid_kvpair);
                if self.failed() {
                    return;
                }
            }
        }
        if self.failed() {
            return;
        }
        self.mark = mark;
        // expression ':' a='*' bitwise_or
        if self.expression().is_some() && self.expect(T::Colon).is_some() {
            let m = self.mark;
            if let Some(a) = self.expect(T::Star) {
                if self.bitwise_or().is_some() {
                    self.raise_starting_from(
                        tok_loc(&a),
                        "cannot use a starred expression in a dictionary value",
                    );
                    return;
                }
            }
            if self.failed() {
                return;
            }
            self.mark = m;
            // expression a=':' &('}'|',')
            if self.next_is(T::Rbrace) || self.next_is(T::Comma) {
                let a = self.tokens[m - 1];
                self.raise_at(
                    tok_loc(&a),
                    "expression expected after dictionary key and ':'",
                );
                return;
            }
        }
        self.mark = mark;
    }

    // python.gram: invalid_kvpair
    fn invalid_kvpair(&mut self) {
        let mark = self.mark;
        if let Some(a) = self.expression() {
            if !self.next_is(T::Colon) {
                // RAISE_ERROR_KNOWN_LOCATION(p, PyExc_SyntaxError, a->lineno,
                // a->end_col_offset - 1, a->end_lineno, -1, ...)
                self.raise_known_location(
                    a.loc.lineno as i64,
                    a.loc.end_col_offset as i64 - 1,
                    a.loc.end_lineno as i64,
                    -1,
                    "':' expected after dictionary key",
                );
                return;
            }
            self.mark += 1;
            let m = self.mark;
            if let Some(s) = self.expect(T::Star) {
                if self.bitwise_or().is_some() {
                    self.raise_starting_from(
                        tok_loc(&s),
                        "cannot use a starred expression in a dictionary value",
                    );
                    return;
                }
            }
            if self.failed() {
                return;
            }
            self.mark = m;
            if self.next_is(T::Rbrace) || self.next_is(T::Comma) {
                let c = self.tokens[m - 1];
                self.raise_at(
                    tok_loc(&c),
                    "expression expected after dictionary key and ':'",
                );
                return;
            }
        }
        self.mark = mark;
    }

    // python.gram: for_if_clauses
    pub(crate) fn for_if_clauses(&mut self) -> Option<Vec<Comprehension>> {
        rule!(self, {
            let mut v = Vec::new();
            loop {
                let m = self.mark;
                // for_if_clause+ nests _loop1.
                match self.deeper(1, Self::for_if_clause) {
                    Some(c) => v.push(c),
                    None => {
                        if self.failed() {
                            return None;
                        }
                        self.mark = m;
                        break;
                    }
                }
            }
            if v.is_empty() { None } else { Some(v) }
        })
    }

    // python.gram: for_if_clause
    fn for_if_clause(&mut self) -> Option<Comprehension> {
        rule!(self, {
            let mark = self.mark;
            let is_async = self.expect_kw(Kw::Async).is_some();
            if self.expect_kw(Kw::For).is_some() {
                if let Some(a) = self.star_targets() {
                    if self.expect_kw(Kw::In).is_some() {
                        // `~`: no other alternative after 'in'.
                        let b = self.disjunction()?;
                        let mut ifs = Vec::new();
                        loop {
                            let m = self.mark;
                            if self.expect_kw(Kw::If).is_none() {
                                break;
                            }
                            // ('if' z=disjunction)* nests _loop0, _tmp.
                            match self.deeper(2, Self::disjunction) {
                                Some(z) => ifs.push(z),
                                None => {
                                    if self.failed() {
                                        return None;
                                    }
                                    self.mark = m;
                                    break;
                                }
                            }
                        }
                        return Some(Comprehension {
                            target: bx(a),
                            iter: bx(b),
                            ifs,
                            is_async: is_async as i32,
                        });
                    }
                }
            }
            if self.failed() {
                return None;
            }
            self.mark = mark;
            if self.call_invalid_rules {
                self.deeper(1, Self::invalid_for_if_clause);
                if self.failed() {
                    return None;
                }
                self.mark = mark;
                self.deeper(1, Self::invalid_for_target);
                if self.failed() {
                    return None;
                }
                self.mark = mark;
            }
            None
        })
    }

    // python.gram: invalid_for_if_clause
    fn invalid_for_if_clause(&mut self) {
        let mark = self.mark;
        let _ = self.expect_kw(Kw::Async);
        if self.expect_kw(Kw::For).is_some() && self.bitwise_or().is_some() {
            let mut v = Vec::new();
            if self.gather_rest(&mut v, |p| p.bitwise_or()).is_some() {
                let _ = self.expect(T::Comma);
                if !self.next_is_kw(Kw::In) && !self.failed() {
                    self.raise_syntax("'in' expected after for-loop variables");
                    return;
                }
            }
        }
        self.mark = mark;
    }

    // python.gram: invalid_for_target
    pub(crate) fn invalid_for_target(&mut self) {
        let mark = self.mark;
        let _ = self.expect_kw(Kw::Async);
        if self.expect_kw(Kw::For).is_some() {
            if let Some(a) = self.star_expressions() {
                self.raise_invalid_target(TargetsType::ForTargets, &a);
                if self.failed() {
                    return;
                }
            }
        }
        self.mark = mark;
    }

    /// CPython: RAISE_SYNTAX_ERROR_INVALID_TARGET.
    pub(crate) fn raise_invalid_target(&mut self, tt: TargetsType, e: &Expr) {
        if let Some(t) = get_invalid_target(e, tt) {
            let msg = if tt == TargetsType::DelTargets {
                format!("cannot delete {}", expr_name(t))
            } else {
                format!("cannot assign to {}", expr_name(t))
            };
            let loc = t.loc;
            self.raise_at(loc, &msg);
        }
    }

    // python.gram: listcomp
    fn listcomp(&mut self) -> Option<Expr> {
        rule!(self, {
            let start = self.start();
            if self.expect(T::Lsqb).is_some() {
                if let Some(a) = self.named_expression() {
                    if let Some(b) = self.for_if_clauses() {
                        if self.expect(T::Rsqb).is_some() {
                            return Some(self.mk(
                                ExprKind::ListComp {
                                    elt: bx(a),
                                    generators: b,
                                },
                                start,
                            ));
                        }
                    }
                }
            }
            if self.failed() {
                return None;
            }
            self.mark = start;
            if self.call_invalid_rules {
                self.deeper(1, Self::invalid_comprehension);
            }
            None
        })
    }

    // python.gram: setcomp
    fn setcomp(&mut self) -> Option<Expr> {
        rule!(self, {
            let start = self.start();
            if self.expect(T::Lbrace).is_some() {
                if let Some(a) = self.named_expression() {
                    if let Some(b) = self.for_if_clauses() {
                        if self.expect(T::Rbrace).is_some() {
                            return Some(self.mk(
                                ExprKind::SetComp {
                                    elt: bx(a),
                                    generators: b,
                                },
                                start,
                            ));
                        }
                    }
                }
            }
            if self.failed() {
                return None;
            }
            self.mark = start;
            if self.call_invalid_rules {
                self.deeper(1, Self::invalid_comprehension);
            }
            None
        })
    }

    // python.gram: genexp
    pub(crate) fn genexp(&mut self) -> Option<Expr> {
        rule!(self, {
            let start = self.start();
            if self.expect(T::Lpar).is_some() {
                let m = self.mark;
                // (assignment_expression | expression !':=') is a _tmp rule.
                let a = match self.deeper(1, Self::assignment_expression) {
                    Some(a) => Some(a),
                    None => {
                        if self.failed() {
                            return None;
                        }
                        self.mark = m;
                        match self.deeper(1, Self::expression) {
                            Some(e) if !self.next_is(T::ColonEqual) => Some(e),
                            _ => None,
                        }
                    }
                };
                if let Some(a) = a {
                    if let Some(b) = self.for_if_clauses() {
                        if self.expect(T::Rpar).is_some() {
                            return Some(self.mk(
                                ExprKind::GeneratorExp {
                                    elt: bx(a),
                                    generators: b,
                                },
                                start,
                            ));
                        }
                    }
                }
            }
            if self.failed() {
                return None;
            }
            self.mark = start;
            if self.call_invalid_rules {
                self.deeper(1, Self::invalid_comprehension);
            }
            None
        })
    }

    // python.gram: dictcomp
    fn dictcomp(&mut self) -> Option<Expr> {
        rule!(self, {
            let start = self.start();
            if self.expect(T::Lbrace).is_some() {
                if let Some((k, v)) = self.kvpair() {
                    if let Some(b) = self.for_if_clauses() {
                        if self.expect(T::Rbrace).is_some() {
                            return Some(self.mk(
                                ExprKind::DictComp {
                                    key: bx(k),
                                    value: bx(v),
                                    generators: b,
                                },
                                start,
                            ));
                        }
                    }
                }
            }
            if self.failed() {
                return None;
            }
            self.mark = start;
            if self.call_invalid_rules {
                // invalid_dict_comprehension:
                //   '{' a='**' bitwise_or for_if_clauses '}'
                if self.expect(T::Lbrace).is_some() {
                    if let Some(a) = self.expect(T::DoubleStar) {
                        // One frame deeper, in the invalid rule.
                        if self.deeper(1, Self::bitwise_or).is_some()
                            && self.deeper(1, Self::for_if_clauses).is_some()
                            && self.expect(T::Rbrace).is_some()
                        {
                            self.raise_at(
                                tok_loc(&a),
                                "dict unpacking cannot be used in dict comprehension",
                            );
                            return None;
                        }
                    }
                }
                self.mark = start;
            }
            None
        })
    }

    // python.gram: invalid_comprehension
    fn invalid_comprehension(&mut self) {
        let mark = self.mark;
        // ('[' | '(' | '{') a=starred_expression for_if_clauses; the group
        // is a rule of its own (a frame even when it fails).
        if !self.transient_frame(0) {
            return;
        }
        if let Some(t) = self.peek() {
            if matches!(t.kind, T::Lsqb | T::Lpar | T::Lbrace) {
                self.mark += 1;
                if let Some(a) = self.starred_expression() {
                    if self.for_if_clauses().is_some() {
                        self.raise_at(a.loc, "iterable unpacking cannot be used in comprehension");
                        return;
                    }
                }
                if self.failed() {
                    return;
                }
                self.mark = mark;
            }
            if matches!(t.kind, T::Lsqb | T::Lbrace) {
                // a=star_named_expression ',' b=star_named_expressions for_if_clauses
                self.mark = mark + 1;
                if let Some(a) = self.star_named_expression() {
                    let m = self.mark;
                    if self.expect(T::Comma).is_some() {
                        if let Some(b) = self.star_named_expressions() {
                            if self.for_if_clauses().is_some() {
                                let last = b.last().map(|e| e.loc).unwrap_or(a.loc);
                                self.raise_range(
                                    a.loc,
                                    last,
                                    "did you forget parentheses around the comprehension target?",
                                );
                                return;
                            }
                        }
                        if self.failed() {
                            return;
                        }
                        // a=star_named_expression b=',' for_if_clauses
                        self.mark = m;
                        let b = self.expect(T::Comma);
                        if let Some(b) = b {
                            if self.for_if_clauses().is_some() {
                                self.raise_range(
                                    a.loc,
                                    tok_loc(&b),
                                    "did you forget parentheses around the comprehension target?",
                                );
                                return;
                            }
                        }
                    }
                }
            }
        }
        self.mark = mark;
    }

    // python.gram: arguments (memo)
    pub(crate) fn arguments(&mut self) -> Option<CallArgs> {
        rule!(self, {
            let mark = self.mark;
            if let Some(a) = self.args() {
                let m = self.mark;
                let _ = self.expect(T::Comma);
                if self.next_is(T::Rpar) {
                    return Some(a);
                }
                let _ = m;
            }
            if self.failed() {
                return None;
            }
            self.mark = mark;
            if self.call_invalid_rules {
                self.deeper(1, Self::invalid_arguments);
                self.mark = mark;
            }
            None
        })
    }

    // python.gram: args
    pub(crate) fn args(&mut self) -> Option<CallArgs> {
        rule!(self, {
            let start = self.start();
            // ','.(starred_expression | (assignment_expression | expression !':=') !'=')+
            let mut a = Vec::new();
            if let Some(first) = self.deeper(1, Self::args_item) {
                a.push(first);
            }
            if self.failed() {
                return None;
            }
            if !a.is_empty() {
                return self.args_tail(a);
            }
            self.mark = start;
            let kw = self.kwargs()?;

            let mut args = Vec::new();
            let mut keywords = Vec::new();
            for item in kw {
                match item {
                    KwOrStarred::Starred(e) => args.push(e),
                    KwOrStarred::Kw(k) => keywords.push(k),
                }
            }
            Some(CallArgs { args, keywords })
        })
    }

    /// The rest of args' first alternative after its first item(s) `a`, at
    /// the depth of `args` (it is no rule of its own).
    fn args_tail(&mut self, mut a: Vec<Expr>) -> Option<CallArgs> {
        {
            {
                self.gather_rest(&mut a, |p| p.args_item())?;
                // [',' kwargs]: kwargs inside a `_tmp`.
                let m = self.mark;
                let mut kw = None;
                if self.expect(T::Comma).is_some() {
                    kw = self.deeper(1, Self::kwargs);
                    if self.failed() {
                        return None;
                    }
                    if kw.is_none() {
                        self.mark = m;
                    }
                }

                let mut keywords = Vec::new();
                if let Some(kw) = kw {
                    // CPython: _PyPegen_collect_call_seqs
                    for item in kw {
                        match item {
                            KwOrStarred::Starred(e) => a.push(e),
                            KwOrStarred::Kw(k) => keywords.push(k),
                        }
                    }
                }
                Some(CallArgs { args: a, keywords })
            }
        }
    }

    /// `(starred_expression | (assignment_expression | expression !':=') !'=')`,
    /// with the depth of its `_tmp` rules.
    fn args_item(&mut self) -> Option<Expr> {
        let m = self.mark;
        if let Some(e) = self.deeper(1, Self::starred_expression) {
            return Some(e);
        }
        if self.failed() {
            return None;
        }
        self.mark = m;
        let e = match self.deeper(2, Self::assignment_expression) {
            Some(e) => e,
            None => {
                if self.failed() {
                    return None;
                }
                self.mark = m;
                let e = self.deeper(2, Self::expression)?;
                if self.next_is(T::ColonEqual) {
                    self.mark = m;
                    return None;
                }
                e
            }
        };
        if self.next_is(T::Equal) {
            self.mark = m;
            return None;
        }
        Some(e)
    }

    // python.gram: kwargs
    fn kwargs(&mut self) -> Option<Vec<KwOrStarred>> {
        rule!(self, {
            let start = self.mark;
            // a=','.kwarg_or_starred+ ',' b=','.kwarg_or_double_starred+ | ','.kwarg_or_starred+
            if let Some(first) = self.deeper(1, Self::kwarg_or_starred) {
                let mut a = vec![first];
                self.gather_rest(&mut a, |p| p.kwarg_or_starred())?;
                let m = self.mark;
                if self.expect(T::Comma).is_some() {
                    if let Some(b0) = self.deeper(1, Self::kwarg_or_double_starred) {
                        a.push(b0);
                        self.gather_rest(&mut a, |p| p.kwarg_or_double_starred())?;
                        return Some(a);
                    }
                    if self.failed() {
                        return None;
                    }
                }
                self.mark = m;
                return Some(a);
            }
            if self.failed() {
                return None;
            }
            self.mark = start;
            let first = self.deeper(1, Self::kwarg_or_double_starred)?;
            let mut a = vec![first];
            self.gather_rest(&mut a, |p| p.kwarg_or_double_starred())?;
            Some(a)
        })
    }

    // python.gram: starred_expression
    pub(crate) fn starred_expression(&mut self) -> Option<Expr> {
        rule!(self, {
            let start = self.start();
            if self.call_invalid_rules {
                // invalid_starred_expression_unpacking: a='*' expression '=' b=expression
                // (one frame deeper, in the invalid rule).
                if let Some(a) = self.expect(T::Star) {
                    if self.deeper(1, Self::expression).is_some() && self.expect(T::Equal).is_some()
                    {
                        if let Some(b) = self.deeper(1, Self::expression) {
                            self.raise_range(
                                tok_loc(&a),
                                b.loc,
                                "cannot assign to iterable argument unpacking",
                            );
                            return None;
                        }
                    }
                }
                if self.failed() {
                    return None;
                }
                self.mark = start;
            }
            if self.expect(T::Star).is_some() {
                if let Some(a) = self.expression() {
                    return Some(self.mk(
                        ExprKind::Starred {
                            value: bx(a),
                            ctx: ExprContext::Load,
                        },
                        start,
                    ));
                }
                if self.failed() {
                    return None;
                }
            }
            self.mark = start;
            if self.call_invalid_rules {
                // invalid_starred_expression: '*'
                if self.expect(T::Star).is_some() {
                    self.raise_syntax("Invalid star expression");
                    return None;
                }
            }
            None
        })
    }

    // python.gram: kwarg_or_starred
    fn kwarg_or_starred(&mut self) -> Option<KwOrStarred> {
        rule!(self, {
            let start = self.start();
            if self.call_invalid_rules {
                self.deeper(1, Self::invalid_kwarg);
                if self.failed() {
                    return None;
                }
                self.mark = start;
            }
            if let Some(k) = self.kwarg_named(start) {
                return Some(KwOrStarred::Kw(k));
            }
            if self.failed() {
                return None;
            }
            self.mark = start;
            let a = self.starred_expression()?;
            Some(KwOrStarred::Starred(a))
        })
    }

    /// `a=NAME '=' b=expression` as a keyword.
    fn kwarg_named(&mut self, start: usize) -> Option<ast::Keyword> {
        let t = self.name_token()?;
        self.expect(T::Equal)?;
        let b = self.expression()?;
        let arg = self.identifier(&t);
        Some(ast::Keyword {
            arg: Some(arg),
            value: bx(b),
            loc: self.loc(start),
        })
    }

    // python.gram: kwarg_or_double_starred
    fn kwarg_or_double_starred(&mut self) -> Option<KwOrStarred> {
        rule!(self, {
            let start = self.start();
            if self.call_invalid_rules {
                self.deeper(1, Self::invalid_kwarg);
                if self.failed() {
                    return None;
                }
                self.mark = start;
            }
            if let Some(k) = self.kwarg_named(start) {
                return Some(KwOrStarred::Kw(k));
            }
            if self.failed() {
                return None;
            }
            self.mark = start;
            self.expect(T::DoubleStar)?;
            let a = self.expression()?;
            Some(KwOrStarred::Kw(ast::Keyword {
                arg: None,
                value: bx(a),
                loc: self.loc(start),
            }))
        })
    }

    // python.gram: invalid_kwarg
    fn invalid_kwarg(&mut self) {
        let mark = self.mark;
        // a=('True'|'False'|'None') b='='
        if let Some(a) = self.peek() {
            if a.kind == T::Name && matches!(a.keyword, Some(Kw::True | Kw::False | Kw::None)) {
                self.mark += 1;
                if let Some(b) = self.expect(T::Equal) {
                    let msg = format!("cannot assign to {}", self.text(&a));
                    self.raise_range(tok_loc(&a), tok_loc(&b), &msg);
                    return;
                }
            }
        }
        self.mark = mark;
        // a=NAME b='=' expression for_if_clauses
        if let Some(a) = self.name_token() {
            if let Some(b) = self.expect(T::Equal) {
                if self.expression().is_some() && self.for_if_clauses().is_some() {
                    self.raise_range(
                        tok_loc(&a),
                        tok_loc(&b),
                        "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                    );
                    return;
                }
            }
        }
        if self.failed() {
            return;
        }
        self.mark = mark;
        // !(NAME '=') a=expression b='='
        let la = {
            let r = self.name_token().is_some() && self.expect(T::Equal).is_some();
            self.mark = mark;
            r
        };
        if !la {
            if let Some(a) = self.expression() {
                if let Some(b) = self.expect(T::Equal) {
                    self.raise_range(
                        a.loc,
                        tok_loc(&b),
                        "expression cannot contain assignment, perhaps you meant \"==\"?",
                    );
                    return;
                }
            }
            if self.failed() {
                return;
            }
        }
        self.mark = mark;
        // a='**' expression '=' b=expression
        if let Some(a) = self.expect(T::DoubleStar) {
            if self.expression().is_some() && self.expect(T::Equal).is_some() {
                if let Some(b) = self.expression() {
                    self.raise_range(
                        tok_loc(&a),
                        b.loc,
                        "cannot assign to keyword argument unpacking",
                    );
                    return;
                }
            }
        }
        self.mark = mark;
    }

    // python.gram: invalid_arguments
    fn invalid_arguments(&mut self) {
        let mark = self.mark;
        // ((','.(starred_expression | ( assignment_expression | expression !':=') !'=')+ ',' kwargs) | kwargs)
        //   a=',' ','.(starred_expression !'=')+
        {
            let mut ok = false;
            if let Some(first) = self.args_item() {
                let mut v = vec![first];
                if self.gather_rest(&mut v, |p| p.args_item()).is_some()
                    && self.expect(T::Comma).is_some()
                    && self.kwargs().is_some()
                {
                    ok = true;
                }
            }
            if self.failed() {
                return;
            }
            if !ok {
                self.mark = mark;
                ok = self.kwargs().is_some();
            }
            if self.failed() {
                return;
            }
            if ok {
                if let Some(a) = self.expect(T::Comma) {
                    let item = |p: &mut Self| {
                        let e = p.starred_expression()?;
                        if p.next_is(T::Equal) { None } else { Some(e) }
                    };
                    if let Some(f) = item(self) {
                        let mut v = vec![f];
                        if self.gather_rest(&mut v, item).is_some() {
                            self.raise_starting_from(
                                tok_loc(&a),
                                "iterable argument unpacking follows keyword argument unpacking",
                            );
                            return;
                        }
                    }
                }
            }
        }
        if self.failed() {
            return;
        }
        self.mark = mark;
        // a=expression b=for_if_clauses ',' [args | expression for_if_clauses]
        if let Some(a) = self.expression() {
            if let Some(b) = self.for_if_clauses() {
                if self.expect(T::Comma).is_some() {
                    let m = self.mark;
                    if self.args().is_none() {
                        if self.failed() {
                            return;
                        }
                        self.mark = m;
                        if !(self.expression().is_some() && self.for_if_clauses().is_some()) {
                            if self.failed() {
                                return;
                            }
                            self.mark = m;
                        }
                    }
                    let last = last_comprehension_item(&b);
                    self.raise_range(a.loc, last, "Generator expression must be parenthesized");
                    return;
                }
            }
        }
        if self.failed() {
            return;
        }
        self.mark = mark;
        // a=NAME b='=' expression for_if_clauses
        if let Some(a) = self.name_token() {
            if let Some(b) = self.expect(T::Equal) {
                if self.expression().is_some() && self.for_if_clauses().is_some() {
                    self.raise_range(
                        tok_loc(&a),
                        tok_loc(&b),
                        "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                    );
                    return;
                }
            }
        }
        if self.failed() {
            return;
        }
        self.mark = mark;
        // (args ',')? a=NAME b='=' &(',' | ')')
        {
            let m0 = self.mark;
            if !(self.args().is_some() && self.expect(T::Comma).is_some()) {
                if self.failed() {
                    return;
                }
                self.mark = m0;
            }
            if let Some(a) = self.name_token() {
                if let Some(b) = self.expect(T::Equal) {
                    if self.next_is(T::Comma) || self.next_is(T::Rpar) {
                        self.raise_range(
                            tok_loc(&a),
                            tok_loc(&b),
                            "expected argument value expression",
                        );
                        return;
                    }
                }
            }
        }
        if self.failed() {
            return;
        }
        self.mark = mark;
        // a=args b=for_if_clauses
        if let Some(a) = self.args() {
            if let Some(b) = self.for_if_clauses() {
                // CPython: _PyPegen_nonparen_genexp_in_call
                if a.args.len() > 1 {
                    let last_arg = a.args[a.args.len() - 1].loc;
                    let last = last_comprehension_item(&b);
                    self.raise_range(last_arg, last, "Generator expression must be parenthesized");
                    return;
                }
            }
        }
        if self.failed() {
            return;
        }
        self.mark = mark;
        // args ',' a=expression b=for_if_clauses
        if self.args().is_some() && self.expect(T::Comma).is_some() {
            if let Some(a) = self.expression() {
                if let Some(b) = self.for_if_clauses() {
                    let last = last_comprehension_item(&b);
                    self.raise_range(a.loc, last, "Generator expression must be parenthesized");
                    return;
                }
            }
        }
        if self.failed() {
            return;
        }
        self.mark = mark;
        // a=args ',' args
        if let Some(a) = self.args() {
            if self.expect(T::Comma).is_some() && self.args().is_some() {
                // CPython: _PyPegen_arguments_parsing_error
                let unpack = a.keywords.iter().any(|k| k.arg.is_none());
                self.raise_syntax(if unpack {
                    "positional argument follows keyword argument unpacking"
                } else {
                    "positional argument follows keyword argument"
                });
                return;
            }
        }
        self.mark = mark;
    }

    // python.gram: star_targets
    pub(crate) fn star_targets(&mut self) -> Option<Expr> {
        rule!(self, {
            let start = self.start();
            let a = self.star_target()?;
            if !self.next_is(T::Comma) {
                return Some(a);
            }
            let mut elts = vec![a];
            self.gather_rest(&mut elts, |p| p.star_target())?;
            let _ = self.expect(T::Comma);
            Some(self.mk(
                ExprKind::Tuple {
                    elts,
                    ctx: ExprContext::Store,
                },
                start,
            ))
        })
    }

    // python.gram: star_targets_list_seq
    fn star_targets_list_seq(&mut self) -> Option<Vec<Expr>> {
        rule!(self, {
            let a = self.star_target()?;
            let mut v = vec![a];
            self.gather_rest(&mut v, |p| p.star_target())?;
            let _ = self.expect(T::Comma);
            Some(v)
        })
    }

    // python.gram: star_targets_tuple_seq
    fn star_targets_tuple_seq(&mut self) -> Option<Vec<Expr>> {
        rule!(self, {
            let a = self.star_target()?;
            let mut v = vec![a];
            self.gather_rest(&mut v, |p| p.star_target())?;
            if v.len() == 1 {
                self.expect(T::Comma)?;
            } else {
                let _ = self.expect(T::Comma);
            }
            Some(v)
        })
    }

    // python.gram: star_target (memo)
    pub(crate) fn star_target(&mut self) -> Option<Expr> {
        rule!(self, {
            self.memo_expr(MemoRule::StarTarget, |p| {
                let start = p.start();
                if p.expect(T::Star).is_some() {
                    if p.next_is(T::Star) {
                        p.mark = start;
                        return None;
                    }
                    if let Some(a) = p.star_target() {
                        return Some(p.mk(
                            ExprKind::Starred {
                                value: bx(set_expr_context(a, ExprContext::Store)),
                                ctx: ExprContext::Store,
                            },
                            start,
                        ));
                    }
                    p.mark = start;
                    return None;
                }
                p.target_with_star_atom()
            })
        })
    }

    // python.gram: target_with_star_atom (memo)
    fn target_with_star_atom(&mut self) -> Option<Expr> {
        rule!(self, {
            self.memo_expr(MemoRule::TargetWithStarAtom, |p| {
                let start = p.start();
                if let Some(e) = p.subscript_attribute_target(ExprContext::Store) {
                    return Some(e);
                }
                if p.failed() {
                    return None;
                }
                p.mark = start;
                p.star_atom()
            })
        })
    }

    /// `t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead`
    /// with context `ctx` (target_with_star_atom, single_subscript_attribute_target, del_target).
    fn subscript_attribute_target(&mut self, ctx: ExprContext) -> Option<Expr> {
        let start = self.start();
        let a = self.t_primary()?;
        let m = self.mark;
        if self.expect(T::Dot).is_some() {
            if let Some(b) = self.name_token() {
                if !self.t_lookahead() {
                    let attr = self.identifier(&b);
                    return Some(self.mk(
                        ExprKind::Attribute {
                            value: bx(a),
                            attr,
                            ctx,
                        },
                        start,
                    ));
                }
            }
            self.mark = m;
            return None;
        }
        if self.expect(T::Lsqb).is_some() {
            if let Some(s) = self.slices() {
                if self.expect(T::Rsqb).is_some() && !self.t_lookahead() {
                    return Some(self.mk(
                        ExprKind::Subscript {
                            value: bx(a),
                            slice: bx(s),
                            ctx,
                        },
                        start,
                    ));
                }
            }
            self.mark = m;
            return None;
        }
        None
    }

    // python.gram: star_atom
    fn star_atom(&mut self) -> Option<Expr> {
        rule!(self, {
            let start = self.start();
            let t = self.peek()?;
            match t.kind {
                T::Name => {
                    let a = self.name()?;
                    Some(set_expr_context(a, ExprContext::Store))
                }
                T::Lpar => {
                    // '(' a=target_with_star_atom ')' | '(' a=[star_targets_tuple_seq] ')':
                    // the tuple's first star_target is the same target_with_star_atom,
                    // parsed once (else nesting is exponential).
                    self.mark += 1;
                    let q = self.mark;
                    let first = if self.next_is(T::Star) {
                        None
                    } else {
                        self.target_with_star_atom()
                    };
                    if self.failed() {
                        return None;
                    }
                    let seq = match first {
                        Some(a) => {
                            if self.expect(T::Rpar).is_some() {
                                return Some(set_expr_context(a, ExprContext::Store));
                            }
                            let mut v = vec![a];
                            self.gather_rest(&mut v, |p| p.star_target())?;
                            if self.expect(T::Comma).is_some() || v.len() > 1 {
                                Some(v)
                            } else {
                                None
                            }
                        }
                        None => {
                            self.mark = q;
                            if self.next_is(T::Star) {
                                self.star_targets_tuple_seq()
                            } else {
                                None
                            }
                        }
                    };
                    if self.failed() {
                        return None;
                    }
                    if seq.is_none() {
                        self.mark = q;
                    }
                    self.expect(T::Rpar)?;
                    Some(self.mk(
                        ExprKind::Tuple {
                            elts: seq.unwrap_or_default(),
                            ctx: ExprContext::Store,
                        },
                        start,
                    ))
                }
                T::Lsqb => {
                    self.mark += 1;
                    let m = self.mark;
                    let a = self.star_targets_list_seq();
                    if self.failed() {
                        return None;
                    }
                    if a.is_none() {
                        self.mark = m;
                    }
                    self.expect(T::Rsqb)?;
                    Some(self.mk(
                        ExprKind::List {
                            elts: a.unwrap_or_default(),
                            ctx: ExprContext::Store,
                        },
                        start,
                    ))
                }
                _ => None,
            }
        })
    }

    // python.gram: single_target
    pub(crate) fn single_target(&mut self) -> Option<Expr> {
        rule!(self, {
            let start = self.start();
            if let Some(e) = self.single_subscript_attribute_target() {
                return Some(e);
            }
            if self.failed() {
                return None;
            }
            self.mark = start;
            if let Some(a) = self.name() {
                return Some(set_expr_context(a, ExprContext::Store));
            }
            if self.expect(T::Lpar).is_some() {
                if let Some(a) = self.single_target() {
                    if self.expect(T::Rpar).is_some() {
                        return Some(a);
                    }
                }
            }
            self.mark = start;
            None
        })
    }

    // python.gram: single_subscript_attribute_target
    pub(crate) fn single_subscript_attribute_target(&mut self) -> Option<Expr> {
        rule!(self, {
            self.subscript_attribute_target(ExprContext::Store)
        })
    }

    // python.gram: t_primary (left-recursive)
    fn t_primary(&mut self) -> Option<Expr> {
        rule!(self, 1, {
            // Memoised in both passes (CPython memoises left-recursive rules):
            // assignment's alternatives reach it up to four times per statement.
            self.memo_expr_always(MemoRule::TPrimary, |p| {
                let start = p.start();
                let mut a = p.atom()?;
                if !p.t_lookahead() {
                    p.mark = start;
                    return None;
                }
                loop {
                    let m = p.mark;
                    let t = p.peek()?;
                    match t.kind {
                        T::Dot => {
                            p.mark += 1;
                            if let Some(b) = p.name_token() {
                                if p.t_lookahead() {
                                    let attr = p.identifier(&b);
                                    a = p.mk(
                                        ExprKind::Attribute {
                                            value: bx(a),
                                            attr,
                                            ctx: ExprContext::Load,
                                        },
                                        start,
                                    );
                                    continue;
                                }
                            }
                        }
                        T::Lsqb => {
                            p.mark += 1;
                            if let Some(s) = p.slices() {
                                if p.expect(T::Rsqb).is_some() && p.t_lookahead() {
                                    a = p.mk(
                                        ExprKind::Subscript {
                                            value: bx(a),
                                            slice: bx(s),
                                            ctx: ExprContext::Load,
                                        },
                                        start,
                                    );
                                    continue;
                                }
                            }
                        }
                        T::Lpar => {
                            if let Some((args, keywords)) = p.paren_suffix() {
                                if p.t_lookahead() {
                                    a = p.mk(
                                        ExprKind::Call {
                                            func: bx(a),
                                            args,
                                            keywords,
                                        },
                                        start,
                                    );
                                    continue;
                                }
                            }
                        }
                        _ => {}
                    }
                    if p.failed() {
                        return None;
                    }
                    p.mark = m;
                    p.genexp_alternative();
                    if p.failed() {
                        return None;
                    }
                    p.mark = m;
                    break;
                }
                Some(a)
            })
        })
    }

    // python.gram: t_lookahead
    fn t_lookahead(&mut self) -> bool {
        matches!(self.peek(), Some(t) if matches!(t.kind, T::Lpar | T::Lsqb | T::Dot))
    }

    // python.gram: del_targets
    pub(crate) fn del_targets(&mut self) -> Option<Vec<Expr>> {
        rule!(self, {
            let a = self.deeper(1, Self::del_target)?;
            let mut v = vec![a];
            self.gather_rest(&mut v, |p| p.del_target())?;
            let _ = self.expect(T::Comma);
            Some(v)
        })
    }

    // python.gram: del_target (memo)
    fn del_target(&mut self) -> Option<Expr> {
        rule!(self, {
            self.memo_expr(MemoRule::DelTarget, |p| {
                let start = p.start();
                if let Some(e) = p.subscript_attribute_target(ExprContext::Del) {
                    return Some(e);
                }
                if p.failed() {
                    return None;
                }
                p.mark = start;
                p.del_t_atom()
            })
        })
    }

    // python.gram: del_t_atom
    fn del_t_atom(&mut self) -> Option<Expr> {
        rule!(self, {
            let start = self.start();
            let t = self.peek()?;
            match t.kind {
                T::Name => {
                    let a = self.name()?;
                    Some(set_expr_context(a, ExprContext::Del))
                }
                T::Lpar => {
                    // '(' a=del_target ')' | '(' a=[del_targets] ')', the first
                    // del_target parsed once.
                    self.mark += 1;
                    let q = self.mark;
                    let a = match self.del_target() {
                        Some(a) => {
                            if self.expect(T::Rpar).is_some() {
                                return Some(set_expr_context(a, ExprContext::Del));
                            }
                            let mut v = vec![a];
                            self.gather_rest(&mut v, |p| p.del_target())?;
                            let _ = self.expect(T::Comma);
                            Some(v)
                        }
                        None => None,
                    };
                    if self.failed() {
                        return None;
                    }
                    if a.is_none() {
                        self.mark = q;
                    }
                    self.expect(T::Rpar)?;
                    Some(self.mk(
                        ExprKind::Tuple {
                            elts: a.unwrap_or_default(),
                            ctx: ExprContext::Del,
                        },
                        start,
                    ))
                }
                T::Lsqb => {
                    self.mark += 1;
                    let m = self.mark;
                    let a = self.del_targets();
                    if self.failed() {
                        return None;
                    }
                    if a.is_none() {
                        self.mark = m;
                    }
                    self.expect(T::Rsqb)?;
                    Some(self.mk(
                        ExprKind::List {
                            elts: a.unwrap_or_default(),
                            ctx: ExprContext::Del,
                        },
                        start,
                    ))
                }
                _ => None,
            }
        })
    }

    /// The paren level of token `i` (CPython: `Token.level`).
    pub(crate) fn token_level(&self, i: usize) -> u32 {
        self.levels.get(i).copied().unwrap_or(0)
    }
}

/// CPython: _PyPegen_check_legacy_stmt.
fn check_legacy_stmt(e: &Expr) -> bool {
    matches!(&e.node, ExprKind::Name { id, .. } if &**id == "print" || &**id == "exec")
}

/// CPython: _PyPegen_get_last_comprehension_item of the last comprehension.
fn last_comprehension_item(b: &[Comprehension]) -> Location {
    match b.last() {
        Some(c) => match c.ifs.last() {
            Some(e) => e.loc,
            None => c.iter.loc,
        },
        None => Location::default(),
    }
}
