//! The match statement and its patterns (python.gram "Match statement").

use super::Parser;
use super::helpers::{bx, expr_name, rule, set_expr_context, tok_loc};
use crate::ast::{
    ConstantValue, Expr, ExprContext, ExprKind, MatchCase, Operator, Pattern, PatternKind, Stmt,
    StmtKind, UnaryOp,
};
use crate::tokenizer::{Keyword as Kw, TokenKind as T};

impl<'src> Parser<'src> {
    // python.gram: match_stmt
    pub(crate) fn match_stmt(&mut self) -> Option<Stmt> {
        rule!(self, {
            let start = self.start();
            if self.expect_kw(Kw::Match).is_some() {
                if let Some(subject) = self.subject_expr() {
                    if self.expect(T::Colon).is_some()
                        && self.expect(T::Newline).is_some()
                        && self.expect(T::Indent).is_some()
                    {
                        let cases = self.many_cases()?;
                        if !cases.is_empty() && self.expect(T::Dedent).is_some() {
                            return Some(Stmt {
                                node: StmtKind::Match {
                                    subject: bx(subject),
                                    cases,
                                },
                                loc: self.loc(start),
                            });
                        }
                    }
                }
            }
            if self.failed() {
                return None;
            }
            self.mark = start;
            if self.call_invalid_rules {
                self.deeper(1, Self::invalid_match_stmt);
                self.mark = start;
            }
            None
        })
    }

    fn many_cases(&mut self) -> Option<Vec<MatchCase>> {
        let mut v = Vec::new();
        loop {
            let m = self.mark;
            // case_block+ nests _loop1.
            match self.deeper(1, Self::case_block) {
                Some(c) => v.push(c),
                None => {
                    if self.failed() {
                        return None;
                    }
                    self.mark = m;
                    return Some(v);
                }
            }
        }
    }

    // python.gram: invalid_match_stmt
    fn invalid_match_stmt(&mut self) {
        let mark = self.mark;
        if let Some(a) = self.expect_kw(Kw::Match) {
            if self.subject_expr().is_some() {
                if self.newline_for_colon() {
                    return;
                }
                if self.colon_without_block("'match' statement", a.lineno) {
                    return;
                }
            }
        }
        if self.failed() {
            return;
        }
        self.mark = mark;
        // a="case" patterns guard? b=':' block
        if let Some(a) = self.expect_kw(Kw::Case) {
            if self.patterns().is_some() {
                let _ = self.opt_guard();
                if self.failed() {
                    return;
                }
                if let Some(b) = self.expect(T::Colon) {
                    if self.block().is_some() {
                        self.raise_range(
                            tok_loc(&a),
                            tok_loc(&b),
                            "case statement must be inside match statement",
                        );
                        return;
                    }
                }
            }
        }
        self.mark = mark;
    }

    // python.gram: subject_expr
    fn subject_expr(&mut self) -> Option<Expr> {
        rule!(self, {
            let start = self.start();
            if let Some(value) = self.star_named_expression() {
                if self.expect(T::Comma).is_some() {
                    let m = self.mark;
                    let mut elts = vec![value];
                    match self.star_named_expressions() {
                        Some(v) => elts.extend(v),
                        None => {
                            if self.failed() {
                                return None;
                            }
                            self.mark = m;
                        }
                    }
                    return Some(self.mk(
                        ExprKind::Tuple {
                            elts,
                            ctx: ExprContext::Load,
                        },
                        start,
                    ));
                }
            }
            if self.failed() {
                return None;
            }
            self.mark = start;
            self.named_expression()
        })
    }

    // python.gram: case_block
    fn case_block(&mut self) -> Option<MatchCase> {
        rule!(self, {
            let start = self.start();
            if self.call_invalid_rules {
                self.deeper(1, Self::invalid_case_block);
                if self.failed() {
                    return None;
                }
                self.mark = start;
            }
            self.expect_kw(Kw::Case)?;
            let pattern = self.patterns()?;
            let guard = self.opt_guard()?;
            self.expect(T::Colon)?;
            let body = self.block()?;
            Some(MatchCase {
                pattern: bx(pattern),
                guard: guard.map(bx),
                body,
            })
        })
    }

    // python.gram: invalid_case_block
    fn invalid_case_block(&mut self) {
        let Some(a) = self.expect_kw(Kw::Case) else {
            return;
        };
        if self.patterns().is_none() {
            return;
        }
        if self.opt_guard().is_none() {
            return;
        }
        if !self.newline_for_colon() {
            self.colon_without_block("'case' statement", a.lineno);
        }
    }

    /// `guard?`: Some(None) when absent, None on error.
    fn opt_guard(&mut self) -> Option<Option<Expr>> {
        let m = self.mark;
        if self.expect_kw(Kw::If).is_some() {
            // The guard rule's frame.
            if let Some(g) = self.deeper(1, Self::named_expression) {
                return Some(Some(g));
            }
            if self.failed() {
                return None;
            }
        }
        self.mark = m;
        Some(None)
    }

    // python.gram: patterns
    fn patterns(&mut self) -> Option<Pattern> {
        rule!(self, {
            let start = self.start();
            if let Some(patterns) = self.open_sequence_pattern() {
                return Some(Pattern {
                    node: PatternKind::MatchSequence { patterns },
                    loc: self.loc(start),
                });
            }
            if self.failed() {
                return None;
            }
            self.mark = start;
            self.pattern()
        })
    }

    // python.gram: pattern (as_pattern | or_pattern, the or_pattern parsed once)
    fn pattern(&mut self) -> Option<Pattern> {
        rule!(self, { self.as_pattern() })
    }

    // python.gram: as_pattern
    fn as_pattern(&mut self) -> Option<Pattern> {
        rule!(self, {
            let start = self.start();
            if let Some(pattern) = self.or_pattern() {
                let after = self.mark;
                if !self.next_is_kw(Kw::As) {
                    return Some(pattern);
                }

                let or_copy = if self.call_invalid_rules {
                    None
                } else {
                    Some(pattern.clone())
                };
                if self.expect_kw(Kw::As).is_some() {
                    if let Some(target) = self.pattern_capture_target() {
                        let name = match target.into_node() {
                            ExprKind::Name { id, .. } => id,
                            _ => return None,
                        };
                        return Some(Pattern {
                            node: PatternKind::MatchAs {
                                pattern: Some(bx(pattern)),
                                name: Some(name),
                            },
                            loc: self.loc(start),
                        });
                    }
                }
                if self.failed() {
                    return None;
                }
                if let Some(p) = or_copy {
                    self.mark = after;
                    return Some(p);
                }
            }
            if self.failed() {
                return None;
            }
            self.mark = start;
            if self.call_invalid_rules {
                // invalid_as_pattern (its rules one frame deeper)
                if self.deeper(1, Self::or_pattern).is_some() && self.expect_kw(Kw::As).is_some() {
                    let m = self.mark;
                    if let Some(a) = self.expect_kw(Kw::Underscore) {
                        self.raise_at(tok_loc(&a), "cannot use '_' as a target");
                        return None;
                    }
                    self.mark = m;
                    if let Some(a) = self.deeper(1, Self::expression) {
                        let msg = format!("cannot use {} as pattern target", expr_name(&a));
                        self.raise_at(a.loc, &msg);
                        return None;
                    }
                }
                if self.failed() {
                    return None;
                }
                self.mark = start;
                // pattern's second alternative: or_pattern
                return self.or_pattern();
            }
            None
        })
    }

    // python.gram: or_pattern
    fn or_pattern(&mut self) -> Option<Pattern> {
        rule!(self, {
            let start = self.start();
            let first = self.closed_pattern()?;
            let mut v = vec![first];
            loop {
                let m = self.mark;
                if self.expect(T::Vbar).is_none() {
                    break;
                }
                match self.closed_pattern() {
                    Some(p) => v.push(p),
                    None => {
                        if self.failed() {
                            return None;
                        }
                        self.mark = m;
                        break;
                    }
                }
            }
            if v.len() == 1 {
                return v.pop();
            }
            Some(Pattern {
                node: PatternKind::MatchOr { patterns: v },
                loc: self.loc(start),
            })
        })
    }

    // python.gram: closed_pattern (memo)
    fn closed_pattern(&mut self) -> Option<Pattern> {
        rule!(self, {
            self.memo_pattern(super::MemoRule::ClosedPattern, |p| p.closed_pattern_body())
        })
    }

    fn closed_pattern_body(&mut self) -> Option<Pattern> {
        {
            let start = self.mark;
            type Alt<'s> = fn(&mut Parser<'s>) -> Option<Pattern>;
            let alts: [Alt<'src>; 8] = [
                Self::literal_pattern,
                Self::capture_pattern,
                Self::wildcard_pattern,
                Self::value_pattern,
                Self::paren_or_sequence_pattern,
                Self::sequence_pattern,
                Self::mapping_pattern,
                Self::class_pattern,
            ];
            for alt in alts {
                self.mark = start;
                if let Some(p) = alt(self) {
                    return Some(p);
                }
                if self.failed() {
                    return None;
                }
            }
            self.mark = start;
            None
        }
    }

    // python.gram: literal_pattern
    fn literal_pattern(&mut self) -> Option<Pattern> {
        rule!(self, {
            let start = self.start();
            let t = self.peek()?;
            if t.kind == T::Name {
                let value = match t.keyword {
                    Some(Kw::None) => ConstantValue::None,
                    Some(Kw::True) => ConstantValue::Bool(true),
                    Some(Kw::False) => ConstantValue::Bool(false),
                    _ => return None,
                };
                self.mark += 1;
                return Some(Pattern {
                    node: PatternKind::MatchSingleton { value },
                    loc: self.loc(start),
                });
            }
            if matches!(t.kind, T::String | T::FstringStart | T::TstringStart) {
                let value = self.strings()?;
                return Some(Pattern {
                    node: PatternKind::MatchValue { value: bx(value) },
                    loc: self.loc(start),
                });
            }
            let value = self.number_literal()?;
            Some(Pattern {
                node: PatternKind::MatchValue { value: bx(value) },
                loc: self.loc(start),
            })
        })
    }

    /// `signed_number !('+' | '-') | complex_number` (literal_pattern, literal_expr).
    fn number_literal(&mut self) -> Option<Expr> {
        let start = self.mark;
        if let Some(v) = self.signed_number() {
            if !self.next_is(T::Plus) && !self.next_is(T::Minus) {
                return Some(v);
            }
        }
        if self.failed() {
            return None;
        }
        self.mark = start;
        self.complex_number()
    }

    // python.gram: literal_expr
    fn literal_expr(&mut self) -> Option<Expr> {
        rule!(self, {
            let start = self.start();
            let t = self.peek()?;
            if t.kind == T::Name {
                let value = match t.keyword {
                    Some(Kw::None) => ConstantValue::None,
                    Some(Kw::True) => ConstantValue::Bool(true),
                    Some(Kw::False) => ConstantValue::Bool(false),
                    _ => return None,
                };
                self.mark += 1;
                return Some(self.mk(ExprKind::Constant { value, kind: None }, start));
            }
            if matches!(t.kind, T::String | T::FstringStart | T::TstringStart) {
                return self.strings();
            }
            self.number_literal()
        })
    }

    // python.gram: complex_number
    fn complex_number(&mut self) -> Option<Expr> {
        rule!(self, {
            let start = self.start();
            let real = self.signed_real_number()?;
            let op = if self.expect(T::Plus).is_some() {
                Operator::Add
            } else if self.expect(T::Minus).is_some() {
                Operator::Sub
            } else {
                return None;
            };
            let imag = self.imaginary_number()?;
            Some(self.mk(
                ExprKind::BinOp {
                    left: bx(real),
                    op,
                    right: bx(imag),
                },
                start,
            ))
        })
    }

    // python.gram: signed_number
    fn signed_number(&mut self) -> Option<Expr> {
        rule!(self, {
            let start = self.start();
            if self.expect(T::Minus).is_some() {
                let t = self.expect(T::Number)?;
                let n = self.number_constant(&t)?;
                return Some(self.mk(
                    ExprKind::UnaryOp {
                        op: UnaryOp::USub,
                        operand: bx(n),
                    },
                    start,
                ));
            }
            let t = self.expect(T::Number)?;
            self.number_constant(&t)
        })
    }

    // python.gram: signed_real_number
    fn signed_real_number(&mut self) -> Option<Expr> {
        rule!(self, {
            let start = self.start();
            if self.expect(T::Minus).is_some() {
                let n = self.real_number()?;
                return Some(self.mk(
                    ExprKind::UnaryOp {
                        op: UnaryOp::USub,
                        operand: bx(n),
                    },
                    start,
                ));
            }
            self.real_number()
        })
    }

    // python.gram: real_number
    fn real_number(&mut self) -> Option<Expr> {
        rule!(self, {
            let t = self.expect(T::Number)?;
            let e = self.number_constant(&t)?;
            // CPython: _PyPegen_ensure_real
            if matches!(
                e.node,
                ExprKind::Constant {
                    value: ConstantValue::Complex { .. },
                    ..
                }
            ) {
                self.raise_at(e.loc, "real number required in complex literal");
                return None;
            }
            Some(e)
        })
    }

    // python.gram: imaginary_number
    fn imaginary_number(&mut self) -> Option<Expr> {
        rule!(self, {
            let t = self.expect(T::Number)?;
            let e = self.number_constant(&t)?;
            // CPython: _PyPegen_ensure_imaginary
            if !matches!(
                e.node,
                ExprKind::Constant {
                    value: ConstantValue::Complex { .. },
                    ..
                }
            ) {
                self.raise_at(e.loc, "imaginary number required in complex literal");
                return None;
            }
            Some(e)
        })
    }

    // python.gram: capture_pattern
    fn capture_pattern(&mut self) -> Option<Pattern> {
        rule!(self, {
            let start = self.start();
            let target = self.pattern_capture_target()?;
            let name = match target.into_node() {
                ExprKind::Name { id, .. } => id,
                _ => return None,
            };
            Some(Pattern {
                node: PatternKind::MatchAs {
                    pattern: None,
                    name: Some(name),
                },
                loc: self.loc(start),
            })
        })
    }

    // python.gram: pattern_capture_target
    fn pattern_capture_target(&mut self) -> Option<Expr> {
        rule!(self, {
            if self.next_is_kw(Kw::Underscore) {
                return None;
            }
            let name = self.name()?;
            if matches!(self.peek(), Some(t) if matches!(t.kind, T::Dot | T::Lpar | T::Equal)) {
                return None;
            }
            Some(set_expr_context(name, ExprContext::Store))
        })
    }

    // python.gram: wildcard_pattern
    fn wildcard_pattern(&mut self) -> Option<Pattern> {
        rule!(self, {
            let start = self.start();
            self.expect_kw(Kw::Underscore)?;
            Some(Pattern {
                node: PatternKind::MatchAs {
                    pattern: None,
                    name: None,
                },
                loc: self.loc(start),
            })
        })
    }

    // python.gram: value_pattern
    fn value_pattern(&mut self) -> Option<Pattern> {
        rule!(self, {
            let start = self.start();
            let a = self.attr()?;
            if matches!(self.peek(), Some(t) if matches!(t.kind, T::Dot | T::Lpar | T::Equal)) {
                return None;
            }
            Some(Pattern {
                node: PatternKind::MatchValue { value: bx(a) },
                loc: self.loc(start),
            })
        })
    }

    // python.gram: attr (left-recursive through name_or_attr): NAME ('.' NAME)+
    fn attr(&mut self) -> Option<Expr> {
        rule!(self, 1, {
            let start = self.start();
            let e = self.name_or_attr()?;
            if matches!(e.node, ExprKind::Attribute { .. }) {
                Some(e)
            } else {
                self.mark = start;
                None
            }
        })
    }

    // python.gram: name_or_attr
    fn name_or_attr(&mut self) -> Option<Expr> {
        rule!(self, {
            let start = self.start();
            let mut a = self.name()?;
            loop {
                let m = self.mark;
                if self.expect(T::Dot).is_some() {
                    if let Some(b) = self.name_token() {
                        let attr = self.identifier(&b);
                        a = self.mk(
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
                self.mark = m;
                break;
            }
            Some(a)
        })
    }

    /// python.gram: group_pattern, then sequence_pattern's '(' form, with the
    /// first inner pattern parsed once (both start with it).
    fn paren_or_sequence_pattern(&mut self) -> Option<Pattern> {
        rule!(self, {
            let start = self.start();
            self.expect(T::Lpar)?;
            let q = self.mark;
            if self.next_is(T::Star) || self.next_is(T::Rpar) {
                self.mark = start;
                return self.sequence_pattern();
            }
            let p = self.pattern()?;
            if self.expect(T::Rpar).is_some() {
                return Some(p);
            }
            // '(' open_sequence_pattern? ')' with maybe_star_pattern = p
            let _ = q;
            self.expect(T::Comma)?;
            let m = self.mark;
            let mut patterns = vec![p];
            match self.maybe_sequence_pattern() {
                Some(rest) => patterns.extend(rest),
                None => {
                    if self.failed() {
                        return None;
                    }
                    self.mark = m;
                }
            }
            self.expect(T::Rpar)?;
            Some(Pattern {
                node: PatternKind::MatchSequence { patterns },
                loc: self.loc(start),
            })
        })
    }

    // python.gram: sequence_pattern
    fn sequence_pattern(&mut self) -> Option<Pattern> {
        rule!(self, {
            let start = self.start();
            type SeqRule<'s> = fn(&mut Parser<'s>) -> Option<Vec<Pattern>>;
            let (close, seq): (T, SeqRule<'src>) = if self.expect(T::Lsqb).is_some() {
                (T::Rsqb, Self::maybe_sequence_pattern)
            } else if self.expect(T::Lpar).is_some() {
                (T::Rpar, Self::open_sequence_pattern)
            } else {
                return None;
            };
            let m = self.mark;
            let patterns = match seq(self) {
                Some(p) => p,
                None => {
                    if self.failed() {
                        return None;
                    }
                    self.mark = m;
                    Vec::new()
                }
            };
            self.expect(close)?;
            Some(Pattern {
                node: PatternKind::MatchSequence { patterns },
                loc: self.loc(start),
            })
        })
    }

    // python.gram: open_sequence_pattern
    fn open_sequence_pattern(&mut self) -> Option<Vec<Pattern>> {
        rule!(self, {
            let first = self.maybe_star_pattern()?;
            self.expect(T::Comma)?;
            let m = self.mark;
            let mut v = vec![first];
            match self.maybe_sequence_pattern() {
                Some(rest) => v.extend(rest),
                None => {
                    if self.failed() {
                        return None;
                    }
                    self.mark = m;
                }
            }
            Some(v)
        })
    }

    // python.gram: maybe_sequence_pattern
    fn maybe_sequence_pattern(&mut self) -> Option<Vec<Pattern>> {
        rule!(self, {
            let first = self.maybe_star_pattern()?;
            let mut v = vec![first];
            self.gather_rest(&mut v, |p| p.maybe_star_pattern())?;
            let _ = self.expect(T::Comma);
            Some(v)
        })
    }

    // python.gram: maybe_star_pattern
    fn maybe_star_pattern(&mut self) -> Option<Pattern> {
        rule!(self, {
            let m = self.mark;
            if let Some(p) = self.star_pattern() {
                return Some(p);
            }
            if self.failed() {
                return None;
            }
            self.mark = m;
            self.pattern()
        })
    }

    // python.gram: star_pattern (memo)
    fn star_pattern(&mut self) -> Option<Pattern> {
        rule!(self, {
            self.memo_pattern(super::MemoRule::StarPattern, |p| p.star_pattern_body())
        })
    }

    fn star_pattern_body(&mut self) -> Option<Pattern> {
        {
            let start = self.start();
            self.expect(T::Star)?;
            let m = self.mark;
            if let Some(t) = self.pattern_capture_target() {
                let name = match t.into_node() {
                    ExprKind::Name { id, .. } => Some(id),
                    _ => None,
                };
                return Some(Pattern {
                    node: PatternKind::MatchStar { name },
                    loc: self.loc(start),
                });
            }
            self.mark = m;
            self.wildcard_pattern()?;
            Some(Pattern {
                node: PatternKind::MatchStar { name: None },
                loc: self.loc(start),
            })
        }
    }

    // python.gram: mapping_pattern
    fn mapping_pattern(&mut self) -> Option<Pattern> {
        rule!(self, {
            let start = self.start();
            self.expect(T::Lbrace)?;
            let after = self.mark;
            if self.expect(T::Rbrace).is_some() {
                return Some(self.mapping(Vec::new(), Vec::new(), None, start));
            }
            // '{' rest=double_star_pattern ','? '}'
            if let Some(rest) = self.double_star_pattern() {
                let _ = self.expect(T::Comma);
                if self.expect(T::Rbrace).is_some() {
                    return Some(self.mapping(Vec::new(), Vec::new(), Some(rest), start));
                }
            }
            if self.failed() {
                return None;
            }
            self.mark = after;
            let items = self.items_pattern()?;
            let m = self.mark;
            // items_pattern ',' rest=double_star_pattern ','? '}'
            if self.expect(T::Comma).is_some() {
                if let Some(rest) = self.double_star_pattern() {
                    let _ = self.expect(T::Comma);
                    if self.expect(T::Rbrace).is_some() {
                        let (k, p) = items.into_iter().unzip();
                        return Some(self.mapping(k, p, Some(rest), start));
                    }
                }
            }
            if self.failed() {
                return None;
            }
            self.mark = m;
            let _ = self.expect(T::Comma);
            self.expect(T::Rbrace)?;
            let (k, p) = items.into_iter().unzip();
            Some(self.mapping(k, p, None, start))
        })
    }

    fn mapping(
        &self,
        keys: Vec<Expr>,
        patterns: Vec<Pattern>,
        rest: Option<Expr>,
        start: usize,
    ) -> Pattern {
        let rest = rest.and_then(|r| match r.into_node() {
            ExprKind::Name { id, .. } => Some(id),
            _ => None,
        });
        Pattern {
            node: PatternKind::MatchMapping {
                keys,
                patterns,
                rest,
            },
            loc: self.loc(start),
        }
    }

    // python.gram: items_pattern
    fn items_pattern(&mut self) -> Option<Vec<(Expr, Pattern)>> {
        rule!(self, {
            let first = self.key_value_pattern()?;
            let mut v = vec![first];
            self.gather_rest(&mut v, |p| p.key_value_pattern())?;
            Some(v)
        })
    }

    // python.gram: key_value_pattern
    fn key_value_pattern(&mut self) -> Option<(Expr, Pattern)> {
        rule!(self, {
            let m = self.mark;
            let key = match self.literal_expr() {
                Some(k) => k,
                None => {
                    if self.failed() {
                        return None;
                    }
                    self.mark = m;
                    self.attr()?
                }
            };
            self.expect(T::Colon)?;
            let p = self.pattern()?;
            Some((key, p))
        })
    }

    // python.gram: double_star_pattern
    fn double_star_pattern(&mut self) -> Option<Expr> {
        rule!(self, {
            self.expect(T::DoubleStar)?;
            self.pattern_capture_target()
        })
    }

    // python.gram: class_pattern
    fn class_pattern(&mut self) -> Option<Pattern> {
        rule!(self, {
            let start = self.start();
            let cls = self.name_or_attr()?;
            self.expect(T::Lpar)?;
            let after = self.mark;
            if self.expect(T::Rpar).is_some() {
                return Some(self.class(cls, Vec::new(), Vec::new(), start));
            }
            // positional_patterns ','? ')'
            if let Some(pats) = self.positional_patterns() {
                let m = self.mark;
                let _ = self.expect(T::Comma);
                if self.expect(T::Rpar).is_some() {
                    let mut c = self.class(cls, pats, Vec::new(), start);
                    let _ = &mut c;
                    return Some(c);
                }
                // positional_patterns ',' keyword_patterns ','? ')'
                self.mark = m;
                if self.expect(T::Comma).is_some() {
                    if let Some(kws) = self.keyword_patterns() {
                        let _ = self.expect(T::Comma);
                        if self.expect(T::Rpar).is_some() {
                            return Some(self.class(cls, pats, kws, start));
                        }
                    }
                }
            }
            if self.failed() {
                return None;
            }
            self.mark = after;
            // keyword_patterns ','? ')'
            if let Some(kws) = self.keyword_patterns() {
                let _ = self.expect(T::Comma);
                if self.expect(T::Rpar).is_some() {
                    return Some(self.class(cls, Vec::new(), kws, start));
                }
            }
            if self.failed() {
                return None;
            }
            if self.call_invalid_rules {
                // invalid_class_pattern: name_or_attr '(' a=invalid_class_argument_pattern
                // invalid_class_argument_pattern: [positional_patterns ','] keyword_patterns ',' a=positional_patterns
                self.mark = after;
                let m = self.mark;
                if !(self.positional_patterns().is_some() && self.expect(T::Comma).is_some()) {
                    self.mark = m;
                }
                if self.failed() {
                    return None;
                }
                if self.keyword_patterns().is_some() && self.expect(T::Comma).is_some() {
                    if let Some(a) = self.positional_patterns() {
                        let (f, l) = (a[0].loc, a[a.len() - 1].loc);
                        self.raise_range(f, l, "positional patterns follow keyword patterns");
                        return None;
                    }
                }
            }
            None
        })
    }

    fn class(
        &self,
        cls: Expr,
        patterns: Vec<Pattern>,
        kws: Vec<(Expr, Pattern)>,
        start: usize,
    ) -> Pattern {
        let mut kwd_attrs = Vec::new();
        let mut kwd_patterns = Vec::new();
        for (k, p) in kws {
            if let ExprKind::Name { id, .. } = k.into_node() {
                kwd_attrs.push(id);
            }
            kwd_patterns.push(p);
        }
        Pattern {
            node: PatternKind::MatchClass {
                cls: bx(cls),
                patterns,
                kwd_attrs,
                kwd_patterns,
            },
            loc: self.loc(start),
        }
    }

    // python.gram: positional_patterns
    fn positional_patterns(&mut self) -> Option<Vec<Pattern>> {
        rule!(self, {
            let first = self.pattern()?;
            let mut v = vec![first];
            self.gather_rest(&mut v, |p| p.pattern())?;
            Some(v)
        })
    }

    // python.gram: keyword_patterns
    fn keyword_patterns(&mut self) -> Option<Vec<(Expr, Pattern)>> {
        rule!(self, {
            let first = self.keyword_pattern()?;
            let mut v = vec![first];
            self.gather_rest(&mut v, |p| p.keyword_pattern())?;
            Some(v)
        })
    }

    // python.gram: keyword_pattern
    fn keyword_pattern(&mut self) -> Option<(Expr, Pattern)> {
        rule!(self, {
            let arg = self.name()?;
            self.expect(T::Equal)?;
            let value = self.pattern()?;
            Some((arg, value))
        })
    }
}
