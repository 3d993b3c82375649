//! Statement rules of python.gram (starting rules, simple and compound
//! statements, function parameters, type parameters) and their invalid_ rules.

use super::helpers::{
    CallArgs, TargetsType, bx, empty_arguments, expr_name, rule, set_expr_context, tok_loc,
};
use super::{MemoRule, Parser};
use crate::ast::{
    self, Alias, Arg, Arguments, ExceptHandler, Expr, ExprContext, ExprKind, Location, Mod,
    Operator, Stmt, StmtKind, TypeParam, TypeParamKind, WithItem,
};
use crate::tokenizer::{Keyword as Kw, Token, TokenKind as T};

/// CPython: NameDefaultPair.
struct NameDefault {
    arg: Arg,
    value: Option<Expr>,
}

/// CPython: SlashWithDefault.
struct SlashWithDefault {
    plain: Vec<Arg>,
    with_defaults: Vec<NameDefault>,
}

/// CPython: StarEtc.
struct StarEtc {
    vararg: Option<Arg>,
    kwonly: Vec<NameDefault>,
    kwarg: Option<Arg>,
}

/// CPython: _PyPegen_make_arguments.
fn make_arguments(
    slash_no_default: Option<Vec<Arg>>,
    slash_with_default: Option<SlashWithDefault>,
    plain_names: Vec<Arg>,
    names_with_default: Vec<NameDefault>,
    star_etc: Option<StarEtc>,
) -> Arguments {
    let mut defaults = Vec::new();
    let posonlyargs = if let Some(a) = slash_no_default {
        a
    } else if let Some(s) = slash_with_default {
        let mut v = s.plain;
        for nd in s.with_defaults {
            v.push(nd.arg);
            if let Some(d) = nd.value {
                defaults.push(d);
            }
        }
        v
    } else {
        Vec::new()
    };
    let mut args = plain_names;
    for nd in names_with_default {
        args.push(nd.arg);
        if let Some(d) = nd.value {
            defaults.push(d);
        }
    }
    let (vararg, kwonly, kwarg) = match star_etc {
        Some(s) => (s.vararg, s.kwonly, s.kwarg),
        None => (None, Vec::new(), None),
    };
    let mut kwonlyargs = Vec::new();
    let mut kw_defaults = Vec::new();
    for nd in kwonly {
        kwonlyargs.push(nd.arg);
        kw_defaults.push(nd.value);
    }
    Arguments {
        posonlyargs,
        args,
        vararg: vararg.map(Box::new),
        kwonlyargs,
        kw_defaults,
        kwarg: kwarg.map(Box::new),
        defaults,
    }
}

impl<'src> Parser<'src> {
    // python.gram: file
    pub(crate) fn file(&mut self) -> Option<Mod> {
        rule!(self, {
            let m = self.mark;
            let body = match self.statements() {
                Some(s) => s,
                None => {
                    if self.failed() {
                        return None;
                    }
                    self.mark = m;
                    Vec::new()
                }
            };
            self.expect(T::EndMarker)?;
            Some(Mod::Module {
                body,
                type_ignores: Vec::new(),
            })
        })
    }

    // python.gram: interactive
    pub(crate) fn interactive(&mut self) -> Option<Mod> {
        rule!(self, {
            let body = self.statement_newline()?;
            Some(Mod::Interactive { body })
        })
    }

    // python.gram: statement_newline
    fn statement_newline(&mut self) -> Option<Vec<Stmt>> {
        rule!(self, {
            let start = self.start();
            if let Some(s) = self.compound_stmt() {
                if self.expect(T::Newline).is_some() {
                    return Some(vec![s]);
                }
            }
            if self.failed() {
                return None;
            }
            self.mark = start;
            if let Some(s) = self.simple_stmts() {
                return Some(s);
            }
            if self.failed() {
                return None;
            }
            self.mark = start;
            if self.expect(T::Newline).is_some() {
                return Some(vec![Stmt {
                    node: StmtKind::Pass,
                    loc: self.loc(start),
                }]);
            }
            if self.expect(T::EndMarker).is_some() {
                // CPython: _PyPegen_interactive_exit
                return None;
            }
            None
        })
    }

    // python.gram: eval
    pub(crate) fn eval(&mut self) -> Option<Mod> {
        rule!(self, {
            let a = self.expressions()?;
            while self.expect(T::Newline).is_some() {}
            self.expect(T::EndMarker)?;
            Some(Mod::Expression { body: bx(a) })
        })
    }

    // python.gram: func_type
    pub(crate) fn func_type(&mut self) -> Option<Mod> {
        rule!(self, {
            self.expect(T::Lpar)?;
            let m = self.mark;
            let a = self.type_expressions();
            if self.failed() {
                return None;
            }
            if a.is_none() {
                self.mark = m;
            }
            self.expect(T::Rpar)?;
            self.expect(T::Rarrow)?;
            let b = self.expression()?;
            while self.expect(T::Newline).is_some() {}
            self.expect(T::EndMarker)?;
            Some(Mod::FunctionType {
                argtypes: a.unwrap_or_default(),
                returns: bx(b),
            })
        })
    }

    // python.gram: type_expressions
    fn type_expressions(&mut self) -> Option<Vec<Expr>> {
        rule!(self, {
            let mark = self.mark;
            let mut v = Vec::new();
            if let Some(e) = self.expression() {
                v.push(e);
                loop {
                    let m = self.mark;
                    if self.expect(T::Comma).is_none() {
                        break;
                    }
                    match self.expression() {
                        Some(e) => v.push(e),
                        None => {
                            if self.failed() {
                                return None;
                            }
                            self.mark = m;
                            break;
                        }
                    }
                }
                let m = self.mark;
                if self.expect(T::Comma).is_some() {
                    if self.expect(T::Star).is_some() {
                        if let Some(b) = self.expression() {
                            v.push(b);
                            let m2 = self.mark;
                            if self.expect(T::Comma).is_some()
                                && self.expect(T::DoubleStar).is_some()
                            {
                                if let Some(c) = self.expression() {
                                    v.push(c);
                                    return Some(v);
                                }
                            }
                            self.mark = m2;
                            return Some(v);
                        }
                    } else if self.expect(T::DoubleStar).is_some() {
                        if let Some(b) = self.expression() {
                            v.push(b);
                            return Some(v);
                        }
                    }
                }
                if self.failed() {
                    return None;
                }
                self.mark = m;
                return Some(v);
            }
            if self.failed() {
                return None;
            }
            self.mark = mark;
            if self.expect(T::Star).is_some() {
                let a = self.expression()?;
                let m = self.mark;
                if self.expect(T::Comma).is_some() && self.expect(T::DoubleStar).is_some() {
                    if let Some(b) = self.expression() {
                        return Some(vec![a, b]);
                    }
                }
                self.mark = m;
                return Some(vec![a]);
            }
            if self.expect(T::DoubleStar).is_some() {
                let a = self.expression()?;
                return Some(vec![a]);
            }
            None
        })
    }

    // python.gram: statements
    fn statements(&mut self) -> Option<Vec<Stmt>> {
        rule!(self, {
            let mut v = Vec::new();
            loop {
                let m = self.mark;
                // statement+ nests _loop1.
                match self.deeper(1, Self::statement) {
                    Some(s) => v.extend(s),
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

    // python.gram: statement
    fn statement(&mut self) -> Option<Vec<Stmt>> {
        rule!(self, {
            let m = self.mark;
            if let Some(s) = self.compound_stmt() {
                return Some(vec![s]);
            }
            if self.failed() {
                return None;
            }
            self.mark = m;
            self.simple_stmts()
        })
    }

    // python.gram: simple_stmts
    fn simple_stmts(&mut self) -> Option<Vec<Stmt>> {
        rule!(self, {
            let a = self.simple_stmt()?;
            if !self.next_is(T::Semi) && self.expect(T::Newline).is_some() {
                return Some(vec![a]);
            }
            if self.failed() {
                return None;
            }
            let mut v = vec![a];
            loop {
                let m = self.mark;
                if self.expect(T::Semi).is_none() {
                    break;
                }
                // ';'.simple_stmt+ nests _gather, _loop0.
                match self.deeper(2, Self::simple_stmt) {
                    Some(s) => v.push(s),
                    None => {
                        if self.failed() {
                            return None;
                        }
                        self.mark = m;
                        break;
                    }
                }
            }
            let _ = self.expect(T::Semi);
            self.expect(T::Newline)?;
            Some(v)
        })
    }

    // python.gram: simple_stmt (memo)
    pub(crate) fn simple_stmt(&mut self) -> Option<Stmt> {
        rule!(self, {
            let start = self.start();
            let t = self.peek()?;
            if let Some(s) = self.assignment() {
                return Some(s);
            }
            if self.failed() {
                return None;
            }
            self.mark = start;
            if t.is_keyword(Kw::Type) {
                if let Some(s) = self.type_alias() {
                    return Some(s);
                }
                if self.failed() {
                    return None;
                }
                self.mark = start;
            }
            if t.is_keyword(Kw::Import) || t.is_keyword(Kw::From) {
                if let Some(s) = self.import_stmt() {
                    return Some(s);
                }
                if self.failed() {
                    return None;
                }
                self.mark = start;
            }
            if let Some(e) = self.star_expressions() {
                return Some(Stmt {
                    node: StmtKind::Expr { value: bx(e) },
                    loc: self.loc(start),
                });
            }
            if self.failed() {
                return None;
            }
            self.mark = start;
            if t.kind != T::Name {
                return None;
            }
            match t.keyword {
                Some(Kw::Return) => self.return_stmt(),
                Some(Kw::Raise) => self.raise_stmt(),
                Some(Kw::Pass) => self.simple_keyword_stmt(StmtKind::Pass),
                Some(Kw::Del) => self.del_stmt(),
                Some(Kw::Yield) => self.yield_stmt(),
                Some(Kw::Assert) => self.assert_stmt(),
                Some(Kw::Break) => self.simple_keyword_stmt(StmtKind::Break),
                Some(Kw::Continue) => self.simple_keyword_stmt(StmtKind::Continue),
                Some(Kw::Global) => self.global_stmt(true),
                Some(Kw::Nonlocal) => self.global_stmt(false),
                _ => None,
            }
        })
    }

    // python.gram: pass_stmt / break_stmt / continue_stmt
    fn simple_keyword_stmt(&mut self, node: StmtKind) -> Option<Stmt> {
        rule!(self, {
            let start = self.start();
            self.mark += 1;
            Some(Stmt {
                node,
                loc: self.loc(start),
            })
        })
    }

    // python.gram: compound_stmt
    fn compound_stmt(&mut self) -> Option<Stmt> {
        rule!(self, {
            let t = self.peek()?;
            match t.kind {
                T::At => {
                    let m = self.mark;
                    if let Some(s) = self.function_def() {
                        return Some(s);
                    }
                    if self.failed() {
                        return None;
                    }
                    self.mark = m;
                    self.class_def()
                }
                T::Name => match t.keyword {
                    Some(Kw::Def) => self.function_def(),
                    Some(Kw::If) => self.if_stmt(),
                    Some(Kw::Class) => self.class_def(),
                    Some(Kw::Async) => {
                        let m = self.mark;
                        if let Some(s) = self.function_def() {
                            return Some(s);
                        }
                        if self.failed() {
                            return None;
                        }
                        self.mark = m;
                        if let Some(s) = self.with_stmt() {
                            return Some(s);
                        }
                        if self.failed() {
                            return None;
                        }
                        self.mark = m;
                        self.for_stmt()
                    }
                    Some(Kw::With) => self.with_stmt(),
                    Some(Kw::For) => self.for_stmt(),
                    Some(Kw::Try) => self.try_stmt(),
                    Some(Kw::While) => self.while_stmt(),
                    Some(Kw::Match) => self.match_stmt(),
                    Some(_) => None,
                    None => {
                        if self.call_invalid_rules {
                            // match_stmt starts with the soft keyword only.
                            None
                        } else {
                            None
                        }
                    }
                },
                _ => None,
            }
        })
    }

    // python.gram: assignment
    fn assignment(&mut self) -> Option<Stmt> {
        rule!(self, {
            let start = self.start();
            // a=NAME ':' b=expression c=['=' d=annotated_rhs]
            if let Some(a) = self.name() {
                if self.expect(T::Colon).is_some() {
                    if let Some(b) = self.expression() {
                        let c = self.opt_eq_annotated_rhs()?;
                        return Some(Stmt {
                            node: StmtKind::AnnAssign {
                                target: bx(set_expr_context(a, ExprContext::Store)),
                                annotation: bx(b),
                                value: c.map(bx),
                                simple: 1,
                            },
                            loc: self.loc(start),
                        });
                    }
                }
            }
            if self.failed() {
                return None;
            }
            self.mark = start;
            // a=('(' b=single_target ')' | single_subscript_attribute_target) ':' b=expression c=[...]
            // The group `('(' single_target ')' | single_subscript_attribute_target)`
            // is a _tmp rule.
            let a = if self.expect(T::Lpar).is_some() {
                match self.deeper(1, Self::single_target) {
                    Some(b) if self.expect(T::Rpar).is_some() => Some(b),
                    _ => None,
                }
            } else {
                None
            };
            if self.failed() {
                return None;
            }
            let a = match a {
                Some(a) => Some(a),
                None => {
                    self.mark = start;
                    self.deeper(1, Self::single_subscript_attribute_target)
                }
            };
            if let Some(a) = a {
                if self.expect(T::Colon).is_some() {
                    if let Some(b) = self.expression() {
                        let c = self.opt_eq_annotated_rhs()?;
                        return Some(Stmt {
                            node: StmtKind::AnnAssign {
                                target: bx(a),
                                annotation: bx(b),
                                value: c.map(bx),
                                simple: 0,
                            },
                            loc: self.loc(start),
                        });
                    }
                }
            }
            if self.failed() {
                return None;
            }
            self.mark = start;
            // a=(z=star_targets '=')+ b=annotated_rhs !'=' tc=[TYPE_COMMENT]
            let mut targets = Vec::new();
            loop {
                let m = self.mark;
                // Depth: CPython's `(z=star_targets '=')+` nests _loop1, _tmp.
                match self.deeper(2, Self::star_targets) {
                    Some(z) if self.expect(T::Equal).is_some() => targets.push(z),
                    _ => {
                        if self.failed() {
                            return None;
                        }
                        self.mark = m;
                        break;
                    }
                }
            }
            if !targets.is_empty() {
                if let Some(b) = self.annotated_rhs() {
                    if !self.next_is(T::Equal) {
                        return Some(Stmt {
                            node: StmtKind::Assign {
                                targets,
                                value: bx(b),
                                type_comment: None,
                            },
                            loc: self.loc(start),
                        });
                    }
                }
                if self.failed() {
                    return None;
                }
            }
            self.mark = start;
            // a=single_target b=augassign ~ c=annotated_rhs
            if let Some(a) = self.single_target() {
                if let Some(op) = self.augassign() {
                    // `~`: no other alternative once the operator matched.
                    let c = self.annotated_rhs()?;
                    return Some(Stmt {
                        node: StmtKind::AugAssign {
                            target: bx(a),
                            op,
                            value: bx(c),
                        },
                        loc: self.loc(start),
                    });
                }
            }
            if self.failed() {
                return None;
            }
            self.mark = start;
            if self.call_invalid_rules {
                self.deeper(1, Self::invalid_assignment);
                self.mark = start;
            }
            None
        })
    }

    /// `['=' d=annotated_rhs]`: Some(None) when absent, None on error.
    fn opt_eq_annotated_rhs(&mut self) -> Option<Option<Expr>> {
        let m = self.mark;
        if self.expect(T::Equal).is_some() {
            if let Some(d) = self.deeper(1, Self::annotated_rhs) {
                return Some(Some(d));
            }
            if self.failed() {
                return None;
            }
        }
        self.mark = m;
        Some(None)
    }

    // python.gram: annotated_rhs
    pub(crate) fn annotated_rhs(&mut self) -> Option<Expr> {
        rule!(self, {
            if self.next_is_kw(Kw::Yield) {
                let m = self.mark;
                if let Some(y) = self.yield_expr() {
                    return Some(y);
                }
                if self.failed() {
                    return None;
                }
                self.mark = m;
            }
            self.star_expressions()
        })
    }

    // python.gram: augassign
    fn augassign(&mut self) -> Option<Operator> {
        let t = self.peek()?;
        let op = match t.kind {
            T::PlusEqual => Operator::Add,
            T::MinEqual => Operator::Sub,
            T::StarEqual => Operator::Mult,
            T::AtEqual => Operator::MatMult,
            T::SlashEqual => Operator::Div,
            T::PercentEqual => Operator::Mod,
            T::AmperEqual => Operator::BitAnd,
            T::VbarEqual => Operator::BitOr,
            T::CircumflexEqual => Operator::BitXor,
            T::LeftShiftEqual => Operator::LShift,
            T::RightShiftEqual => Operator::RShift,
            T::DoubleStarEqual => Operator::Pow,
            T::DoubleSlashEqual => Operator::FloorDiv,
            _ => return None,
        };
        self.mark += 1;
        Some(op)
    }

    // python.gram: invalid_assignment
    fn invalid_assignment(&mut self) {
        let mark = self.mark;
        // a=invalid_ann_assign_target ':' expression
        if let Some(a) = self.deeper(1, Self::invalid_ann_assign_target) {
            if self.expect(T::Colon).is_some() && self.expression().is_some() {
                let msg = format!(
                    "only single target (not {}) can be annotated",
                    expr_name(&a)
                );
                self.raise_at(a.loc, &msg);
                return;
            }
        }
        if self.failed() {
            return;
        }
        self.mark = mark;
        // a=star_named_expression ',' star_named_expressions* ':' expression
        if let Some(a) = self.star_named_expression() {
            if self.expect(T::Comma).is_some() {
                loop {
                    let m = self.mark;
                    if self.star_named_expressions().is_none() {
                        self.mark = m;
                        break;
                    }
                }
                if self.failed() {
                    return;
                }
                if self.expect(T::Colon).is_some() && self.expression().is_some() {
                    self.raise_at(a.loc, "only single target (not tuple) can be annotated");
                    return;
                }
            }
        }
        if self.failed() {
            return;
        }
        self.mark = mark;
        // a=expression ':' expression
        if let Some(a) = self.expression() {
            if self.expect(T::Colon).is_some() && self.expression().is_some() {
                self.raise_at(a.loc, "illegal target for annotation");
                return;
            }
        }
        if self.failed() {
            return;
        }
        self.mark = mark;
        // (star_targets '=')* a=star_expressions '='
        // (star_targets '=')* a=yield_expr '='
        self.skip_star_targets_eq();
        if self.failed() {
            return;
        }
        let after = self.mark;
        if let Some(a) = self.star_expressions() {
            if self.expect(T::Equal).is_some() {
                self.raise_invalid_target(TargetsType::StarTargets, &a);
                if self.failed() {
                    return;
                }
            }
        }
        if self.failed() {
            return;
        }
        self.mark = mark;
        self.skip_star_targets_eq();
        if self.failed() {
            return;
        }
        let _ = after;
        if let Some(a) = self.yield_expr() {
            if self.expect(T::Equal).is_some() {
                self.raise_at(a.loc, "assignment to yield expression not possible");
                return;
            }
        }
        if self.failed() {
            return;
        }
        self.mark = mark;
        // a=star_expressions augassign annotated_rhs
        if let Some(a) = self.star_expressions() {
            if self.augassign().is_some() && self.annotated_rhs().is_some() {
                let msg = format!(
                    "'{}' is an illegal expression for augmented assignment",
                    expr_name(&a)
                );
                self.raise_at(a.loc, &msg);
                return;
            }
        }
        self.mark = mark;
    }

    /// `(star_targets '=')*`
    fn skip_star_targets_eq(&mut self) {
        loop {
            let m = self.mark;
            if self.star_targets().is_some() && self.expect(T::Equal).is_some() {
                continue;
            }
            self.mark = m;
            break;
        }
    }

    // python.gram: invalid_ann_assign_target
    fn invalid_ann_assign_target(&mut self) -> Option<Expr> {
        rule!(self, {
            let m = self.mark;
            if let Some(e) = self.list() {
                return Some(e);
            }
            if self.failed() {
                return None;
            }
            self.mark = m;
            if let Some(e) = self.tuple() {
                return Some(e);
            }
            if self.failed() {
                return None;
            }
            self.mark = m;
            self.expect(T::Lpar)?;
            let a = self.deeper(1, Self::invalid_ann_assign_target)?;
            self.expect(T::Rpar)?;
            Some(a)
        })
    }

    // python.gram: return_stmt
    fn return_stmt(&mut self) -> Option<Stmt> {
        rule!(self, {
            let start = self.start();
            self.expect_kw(Kw::Return)?;
            let m = self.mark;
            let a = self.star_expressions();
            if self.failed() {
                return None;
            }
            if a.is_none() {
                self.mark = m;
            }
            Some(Stmt {
                node: StmtKind::Return { value: a.map(bx) },
                loc: self.loc(start),
            })
        })
    }

    // python.gram: raise_stmt
    fn raise_stmt(&mut self) -> Option<Stmt> {
        rule!(self, {
            let start = self.start();
            self.expect_kw(Kw::Raise)?;
            let m = self.mark;
            if let Some(a) = self.expression() {
                let m2 = self.mark;
                if self.expect_kw(Kw::From).is_some() {
                    // ['from' z=expression] is a _tmp rule.
                    if let Some(b) = self.deeper(1, Self::expression) {
                        return Some(Stmt {
                            node: StmtKind::Raise {
                                exc: Some(bx(a)),
                                cause: Some(bx(b)),
                            },
                            loc: self.loc(start),
                        });
                    }
                    if self.failed() {
                        return None;
                    }
                }
                self.mark = m2;
                return Some(Stmt {
                    node: StmtKind::Raise {
                        exc: Some(bx(a)),
                        cause: None,
                    },
                    loc: self.loc(start),
                });
            }
            if self.failed() {
                return None;
            }
            self.mark = m;
            Some(Stmt {
                node: StmtKind::Raise {
                    exc: None,
                    cause: None,
                },
                loc: self.loc(start),
            })
        })
    }

    // python.gram: global_stmt / nonlocal_stmt
    fn global_stmt(&mut self, global: bool) -> Option<Stmt> {
        rule!(self, {
            let start = self.start();
            self.mark += 1;
            let t = self.name_token()?;
            let mut names = vec![self.identifier(&t)];
            loop {
                let m = self.mark;
                if self.expect(T::Comma).is_none() {
                    break;
                }
                match self.name_token() {
                    Some(t) => names.push(self.identifier(&t)),
                    None => {
                        self.mark = m;
                        break;
                    }
                }
            }
            let node = if global {
                StmtKind::Global { names }
            } else {
                StmtKind::Nonlocal { names }
            };
            Some(Stmt {
                node,
                loc: self.loc(start),
            })
        })
    }

    // python.gram: del_stmt
    // python.gram: invalid_while_stmt
    fn invalid_while_stmt(&mut self) {
        let Some(a) = self.expect_kw(Kw::While) else {
            return;
        };
        if self.named_expression().is_none() {
            return;
        }
        if !self.newline_for_colon() {
            self.colon_without_block("'while' statement", a.lineno);
        }
    }

    fn del_stmt(&mut self) -> Option<Stmt> {
        rule!(self, {
            let start = self.start();
            self.expect_kw(Kw::Del)?;
            if let Some(a) = self.del_targets() {
                if self.next_is(T::Semi) || self.next_is(T::Newline) {
                    return Some(Stmt {
                        node: StmtKind::Delete { targets: a },
                        loc: self.loc(start),
                    });
                }
            }
            if self.failed() {
                return None;
            }
            self.mark = start;
            if self.call_invalid_rules {
                // invalid_del_stmt: 'del' a=star_expressions (one frame deeper)
                self.mark = start + 1;
                if let Some(a) = self.deeper(1, Self::star_expressions) {
                    self.raise_invalid_target(TargetsType::DelTargets, &a);
                }
                self.mark = start;
            }
            None
        })
    }

    // python.gram: yield_stmt
    fn yield_stmt(&mut self) -> Option<Stmt> {
        rule!(self, {
            let start = self.start();
            let y = self.yield_expr()?;
            Some(Stmt {
                node: StmtKind::Expr { value: bx(y) },
                loc: self.loc(start),
            })
        })
    }

    // python.gram: assert_stmt
    fn assert_stmt(&mut self) -> Option<Stmt> {
        rule!(self, {
            let start = self.start();
            self.expect_kw(Kw::Assert)?;
            let a = self.expression()?;
            let m = self.mark;
            let mut b = None;
            if self.expect(T::Comma).is_some() {
                // [',' z=expression] is a _tmp rule.
                b = self.deeper(1, Self::expression);
                if self.failed() {
                    return None;
                }
                if b.is_none() {
                    self.mark = m;
                }
            }
            Some(Stmt {
                node: StmtKind::Assert {
                    test: bx(a),
                    msg: b.map(bx),
                },
                loc: self.loc(start),
            })
        })
    }

    // python.gram: import_stmt (memo)
    fn import_stmt(&mut self) -> Option<Stmt> {
        rule!(self, {
            let start = self.start();
            if self.call_invalid_rules {
                self.deeper(1, Self::invalid_import);
                if self.failed() {
                    return None;
                }
                self.mark = start;
            }
            if let Some(s) = self.import_name() {
                return Some(s);
            }
            if self.failed() {
                return None;
            }
            self.mark = start;
            self.import_from()
        })
    }

    // python.gram: invalid_import
    fn invalid_import(&mut self) {
        let mark = self.mark;
        if let Some(a) = self.expect_kw(Kw::Import) {
            let m = self.mark;
            if self.dotted_name().is_some() {
                let mut v = Vec::new();
                if self.gather_rest(&mut v, |p| p.dotted_name()).is_some()
                    && self.expect_kw(Kw::From).is_some()
                    && self.dotted_name().is_some()
                {
                    self.raise_starting_from(
                        tok_loc(&a),
                        "Did you mean to use 'from ... import ...' instead?",
                    );
                    return;
                }
            }
            if self.failed() {
                return;
            }
            self.mark = m;
            if let Some(t) = self.expect(T::Newline) {
                self.raise_starting_from(tok_loc(&t), "Expected one or more names after 'import'");
                return;
            }
        }
        self.mark = mark;
    }

    // python.gram: import_name
    fn import_name(&mut self) -> Option<Stmt> {
        rule!(self, {
            let start = self.start();
            self.expect_kw(Kw::Import)?;
            let a = self.dotted_as_names()?;
            Some(Stmt {
                node: StmtKind::Import { names: a },
                loc: self.loc(start),
            })
        })
    }

    // python.gram: import_from
    fn import_from(&mut self) -> Option<Stmt> {
        rule!(self, {
            let start = self.start();
            self.expect_kw(Kw::From)?;
            let mut level = 0;
            loop {
                if self.expect(T::Dot).is_some() {
                    level += 1;
                } else if self.expect(T::Ellipsis).is_some() {
                    level += 3;
                } else {
                    break;
                }
            }
            let m = self.mark;
            if let Some(b) = self.dotted_name() {
                if self.expect_kw(Kw::Import).is_some() {
                    if let Some(c) = self.import_from_targets() {
                        // CPython: _PyPegen_checked_future_import
                        if level == 0
                            && b == "__future__"
                            && c.iter().any(|a| &*a.name == "barry_as_FLUFL")
                        {
                            self.barry_as_flufl = true;
                        }
                        return Some(Stmt {
                            node: StmtKind::ImportFrom {
                                module: Some(b.into_boxed_str()),
                                names: c,
                                level: Some(level),
                            },
                            loc: self.loc(start),
                        });
                    }
                }
            }
            if self.failed() {
                return None;
            }
            self.mark = m;
            if level == 0 {
                return None;
            }
            self.expect_kw(Kw::Import)?;
            let b = self.import_from_targets()?;
            Some(Stmt {
                node: StmtKind::ImportFrom {
                    module: None,
                    names: b,
                    level: Some(level),
                },
                loc: self.loc(start),
            })
        })
    }

    // python.gram: import_from_targets
    fn import_from_targets(&mut self) -> Option<Vec<Alias>> {
        rule!(self, {
            let start = self.start();
            if self.expect(T::Lpar).is_some() {
                if let Some(a) = self.import_from_as_names() {
                    let _ = self.expect(T::Comma);
                    if self.expect(T::Rpar).is_some() {
                        return Some(a);
                    }
                }
                if self.failed() {
                    return None;
                }
                self.mark = start;
            }
            if let Some(a) = self.import_from_as_names() {
                if !self.next_is(T::Comma) {
                    return Some(a);
                }
            }
            if self.failed() {
                return None;
            }
            self.mark = start;
            if self.expect(T::Star).is_some() {
                return Some(vec![Alias {
                    name: "*".into(),
                    asname: None,
                    loc: self.loc(start),
                }]);
            }
            if self.call_invalid_rules {
                // invalid_import_from_targets
                if self.import_from_as_names().is_some()
                    && self.expect(T::Comma).is_some()
                    && self.expect(T::Newline).is_some()
                {
                    self.raise_syntax("trailing comma not allowed without surrounding parentheses");
                    return None;
                }
                if self.failed() {
                    return None;
                }
                self.mark = start;
                if let Some(t) = self.expect(T::Newline) {
                    self.raise_starting_from(
                        tok_loc(&t),
                        "Expected one or more names after 'import'",
                    );
                    return None;
                }
                self.mark = start;
            }
            None
        })
    }

    // python.gram: import_from_as_names
    fn import_from_as_names(&mut self) -> Option<Vec<Alias>> {
        rule!(self, {
            let a = self.import_from_as_name()?;
            let mut v = vec![a];
            self.gather_rest(&mut v, |p| p.import_from_as_name())?;
            Some(v)
        })
    }

    // python.gram: import_from_as_name
    fn import_from_as_name(&mut self) -> Option<Alias> {
        rule!(self, {
            let start = self.start();
            if self.call_invalid_rules {
                // invalid_import_from_as_name
                if self.name_token().is_some() {
                    self.deeper(1, Self::invalid_as_import_target);
                    if self.failed() {
                        return None;
                    }
                }
                self.mark = start;
            }
            let a = self.name_token()?;
            let name = self.identifier(&a);
            let asname = self.opt_as_name();
            Some(Alias {
                name,
                asname,
                loc: self.loc(start),
            })
        })
    }

    /// `'as' !(NAME (',' | ')' | ';' | NEWLINE)) a=expression` of
    /// invalid_import_from_as_name and invalid_dotted_as_name.
    fn invalid_as_import_target(&mut self) {
        if self.expect_kw(Kw::As).is_none() {
            return;
        }
        let m = self.mark;
        let la = self.name_token().is_some()
            && matches!(self.peek(), Some(t) if matches!(t.kind, T::Comma | T::Rpar | T::Semi | T::Newline));
        self.mark = m;
        if la {
            return;
        }
        if let Some(a) = self.expression() {
            let msg = format!("cannot use {} as import target", expr_name(&a));
            self.raise_at(a.loc, &msg);
        }
    }

    /// `['as' z=NAME]`
    fn opt_as_name(&mut self) -> Option<ast::Identifier> {
        let m = self.mark;
        if self.expect_kw(Kw::As).is_some() {
            if let Some(z) = self.name_token() {
                return Some(self.identifier(&z));
            }
        }
        self.mark = m;
        None
    }

    // python.gram: dotted_as_names
    fn dotted_as_names(&mut self) -> Option<Vec<Alias>> {
        rule!(self, {
            let a = self.dotted_as_name()?;
            let mut v = vec![a];
            self.gather_rest(&mut v, |p| p.dotted_as_name())?;
            Some(v)
        })
    }

    // python.gram: dotted_as_name
    fn dotted_as_name(&mut self) -> Option<Alias> {
        rule!(self, {
            let start = self.start();
            if self.call_invalid_rules {
                if self.dotted_name().is_some() {
                    self.deeper(1, Self::invalid_as_import_target);
                    if self.failed() {
                        return None;
                    }
                }
                self.mark = start;
            }
            let a = self.dotted_name()?;
            let asname = self.opt_as_name();
            Some(Alias {
                name: a.into_boxed_str(),
                asname,
                loc: self.loc(start),
            })
        })
    }

    // python.gram: dotted_name (left-recursive)
    fn dotted_name(&mut self) -> Option<String> {
        rule!(self, 1, {
            let t = self.name_token()?;
            let mut s = self.identifier(&t).to_string();
            loop {
                let m = self.mark;
                if self.expect(T::Dot).is_some() {
                    if let Some(t) = self.name_token() {
                        s.push('.');
                        s.push_str(&self.identifier(&t));
                        continue;
                    }
                }
                self.mark = m;
                break;
            }
            Some(s)
        })
    }

    // python.gram: block (memo)
    pub(crate) fn block(&mut self) -> Option<Vec<Stmt>> {
        rule!(self, {
            if !self.error_pass {
                return self.block_body();
            }
            self.memoized(
                |p| &mut p.block_memo,
                MemoRule::Block,
                Vec::clone,
                Self::block_body,
            )
        })
    }

    fn block_body(&mut self) -> Option<Vec<Stmt>> {
        {
            let start = self.start();
            if self.expect(T::Newline).is_some() && self.expect(T::Indent).is_some() {
                if let Some(a) = self.statements() {
                    if self.expect(T::Dedent).is_some() {
                        return Some(a);
                    }
                }
            }
            if self.failed() {
                return None;
            }
            self.mark = start;
            if let Some(s) = self.simple_stmts() {
                return Some(s);
            }
            if self.failed() {
                return None;
            }
            self.mark = start;
            if self.call_invalid_rules {
                // invalid_block: NEWLINE !INDENT
                if self.expect(T::Newline).is_some() && !self.next_is(T::Indent) {
                    self.raise_indentation("expected an indented block");
                    return None;
                }
                self.mark = start;
            }
            None
        }
    }

    // python.gram: decorators
    fn decorators(&mut self) -> Option<Vec<Expr>> {
        rule!(self, {
            let mut v = Vec::new();
            loop {
                let m = self.mark;
                if self.expect(T::At).is_some() {
                    // ('@' f=named_expression NEWLINE)+ nests _loop1, _tmp.
                    if let Some(f) = self.deeper(2, Self::named_expression) {
                        if self.expect(T::Newline).is_some() {
                            v.push(f);
                            continue;
                        }
                    }
                }
                if self.failed() {
                    return None;
                }
                self.mark = m;
                break;
            }
            if v.is_empty() { None } else { Some(v) }
        })
    }

    // python.gram: class_def
    fn class_def(&mut self) -> Option<Stmt> {
        rule!(self, {
            let m = self.mark;
            if self.next_is(T::At) {
                let d = self.decorators()?;
                let mut s = self.class_def_raw()?;
                if let StmtKind::ClassDef { decorator_list, .. } = &mut s.node {
                    *decorator_list = d;
                }
                return Some(s);
            }
            self.mark = m;
            self.class_def_raw()
        })
    }

    // python.gram: class_def_raw
    fn class_def_raw(&mut self) -> Option<Stmt> {
        rule!(self, {
            let start = self.start();
            if self.call_invalid_rules {
                self.deeper(1, Self::invalid_class_def_raw);
                if self.failed() {
                    return None;
                }
                self.mark = start;
            }
            self.expect_kw(Kw::Class)?;
            let a = self.name_token()?;
            let t = self.opt_type_params()?;
            let m = self.mark;
            let mut bases = Vec::new();
            let mut keywords = Vec::new();
            if self.expect(T::Lpar).is_some() {
                // ['(' z=[arguments] ')'] is a _tmp rule.
                let z = self.deeper(1, Self::opt_arguments_pub);
                if self.failed() {
                    return None;
                }
                if self.expect(T::Rpar).is_some() {
                    if let Some(z) = z {
                        bases = z.args;
                        keywords = z.keywords;
                    }
                } else {
                    self.mark = m;
                }
            }
            self.expect(T::Colon)?;
            let c = self.block()?;
            let name = self.identifier(&a);
            Some(Stmt {
                node: StmtKind::ClassDef {
                    name,
                    bases,
                    keywords,
                    body: c,
                    decorator_list: Vec::new(),
                    type_params: t,
                },
                loc: self.loc(start),
            })
        })
    }

    fn opt_arguments_pub(&mut self) -> Option<CallArgs> {
        let m = self.mark;
        let r = self.arguments();
        if r.is_none() {
            self.mark = m;
        }
        r
    }

    /// `[type_params]`: Some(empty) when absent, None on error.
    fn opt_type_params(&mut self) -> Option<Vec<TypeParam>> {
        let m = self.mark;
        if !self.next_is(T::Lsqb) {
            return Some(Vec::new());
        }
        match self.type_params() {
            Some(t) => Some(t),
            None => {
                if self.failed() {
                    return None;
                }
                self.mark = m;
                Some(Vec::new())
            }
        }
    }

    // python.gram: invalid_class_def_raw
    fn invalid_class_def_raw(&mut self) {
        let mark = self.mark;
        if let Some(a) = self.expect_kw(Kw::Class) {
            if self.name_token().is_some() {
                if self.opt_type_params().is_none() {
                    return;
                }
                let m = self.mark;
                if self.expect(T::Lpar).is_some() {
                    // ['(' [arguments] ')'] is a _tmp rule.
                    let _ = self.deeper(1, Self::opt_arguments_pub);
                    if self.failed() {
                        return;
                    }
                    if self.expect(T::Rpar).is_none() {
                        self.mark = m;
                    }
                }
                if self.newline_for_colon() {
                    return;
                }
                if self.colon_without_block("class definition", a.lineno) {
                    return;
                }
            }
        }
        self.mark = mark;
    }

    // python.gram: function_def
    fn function_def(&mut self) -> Option<Stmt> {
        rule!(self, {
            if self.next_is(T::At) {
                let d = self.decorators()?;
                let mut s = self.function_def_raw()?;
                match &mut s.node {
                    StmtKind::FunctionDef { decorator_list, .. }
                    | StmtKind::AsyncFunctionDef { decorator_list, .. } => *decorator_list = d,
                    _ => {}
                }
                return Some(s);
            }
            self.function_def_raw()
        })
    }

    // python.gram: function_def_raw
    fn function_def_raw(&mut self) -> Option<Stmt> {
        rule!(self, {
            let start = self.start();
            if self.call_invalid_rules {
                self.deeper(1, Self::invalid_def_raw);
                if self.failed() {
                    return None;
                }
                self.mark = start;
            }
            let is_async = self.expect_kw(Kw::Async).is_some();
            self.expect_kw(Kw::Def)?;
            let n = self.name_token()?;
            let t = self.opt_type_params()?;
            self.expect(T::Lpar)?;
            let m = self.mark;
            let params = self.params(false);
            if self.failed() {
                return None;
            }
            if params.is_none() {
                self.mark = m;
            }
            self.expect(T::Rpar)?;
            let m = self.mark;
            let mut returns = None;
            if self.expect(T::Rarrow).is_some() {
                // ['->' z=expression] is a _tmp rule.
                returns = self.deeper(1, Self::expression);
                if self.failed() {
                    return None;
                }
                if returns.is_none() {
                    self.mark = m;
                }
            }
            self.expect(T::Colon)?;
            let b = self.block()?;
            let name = self.identifier(&n);
            let args = Box::new(params.unwrap_or_else(empty_arguments));
            let node = if is_async {
                StmtKind::AsyncFunctionDef {
                    name,
                    args,
                    body: b,
                    decorator_list: Vec::new(),
                    returns: returns.map(bx),
                    type_comment: None,
                    type_params: t,
                }
            } else {
                StmtKind::FunctionDef {
                    name,
                    args,
                    body: b,
                    decorator_list: Vec::new(),
                    returns: returns.map(bx),
                    type_comment: None,
                    type_params: t,
                }
            };
            Some(Stmt {
                node,
                loc: self.loc(start),
            })
        })
    }

    // python.gram: invalid_def_raw
    fn invalid_def_raw(&mut self) {
        let mark = self.mark;
        let _ = self.expect_kw(Kw::Async);
        let Some(a) = self.expect_kw(Kw::Def) else {
            self.mark = mark;
            return;
        };
        if self.name_token().is_none() {
            self.mark = mark;
            return;
        }
        if self.opt_type_params().is_none() {
            return;
        }
        let after_tp = self.mark;
        // alt 1: ... '(' [params] ')' ['->' expression] ':' NEWLINE !INDENT
        if self.expect(T::Lpar).is_some() {
            let m = self.mark;
            if self.params(false).is_none() {
                if self.failed() {
                    return;
                }
                self.mark = m;
            }
            if self.expect(T::Rpar).is_some() {
                let m = self.mark;
                if self.expect(T::Rarrow).is_some() {
                    if self.expression().is_none() {
                        if self.failed() {
                            return;
                        }
                        self.mark = m;
                    }
                }
                if self.colon_without_block("function definition", a.lineno) {
                    return;
                }
            }
        }
        if self.failed() {
            return;
        }
        // alt 2: ... &&'(' [params] ')' ['->' expression] &&':' [func_type_comment] block
        self.mark = after_tp;
        if self.expect_forced(T::Lpar, "(").is_none() {
            return;
        }
        let m = self.mark;
        if self.params(false).is_none() {
            if self.failed() {
                return;
            }
            self.mark = m;
        }
        if self.expect(T::Rpar).is_some() {
            let m = self.mark;
            if self.expect(T::Rarrow).is_some() && self.expression().is_none() {
                if self.failed() {
                    return;
                }
                self.mark = m;
            }
            if self.expect_forced(T::Colon, ":").is_none() {
                return;
            }
            // `[func_type_comment] block`: the block's result is not used, but
            // CPython parses (and memoises) it here, so its depth is counted
            // from this rule, and its errors are raised from here.
            let _ = self.block();
        }
        self.mark = mark;
    }

    // python.gram: params / lambda_params
    pub(crate) fn params(&mut self, lambda: bool) -> Option<Arguments> {
        rule!(self, {
            let start = self.mark;
            if self.call_invalid_rules {
                self.deeper(1, |p| p.invalid_parameters(lambda));
                if self.failed() {
                    return None;
                }
                self.mark = start;
            }
            self.parameters(lambda)
        })
    }

    pub(crate) fn lambda_params(&mut self) -> Option<Arguments> {
        self.params(true)
    }

    // python.gram: parameters / lambda_parameters
    fn parameters(&mut self, lambda: bool) -> Option<Arguments> {
        rule!(self, {
            let start = self.mark;
            // a=slash_no_default b=param_no_default* c=param_with_default* d=[star_etc]
            if let Some(a) = self.slash_no_default(lambda) {
                let b = self.many(|p| p.param_no_default(lambda))?;
                let c = self.many(|p| p.param_with_default(lambda))?;
                let d = self.opt_star_etc(lambda)?;
                return Some(make_arguments(Some(a), None, b, c, d));
            }
            if self.failed() {
                return None;
            }
            self.mark = start;
            // a=slash_with_default b=param_with_default* c=[star_etc]
            if let Some(a) = self.slash_with_default(lambda) {
                let b = self.many(|p| p.param_with_default(lambda))?;
                let c = self.opt_star_etc(lambda)?;
                return Some(make_arguments(None, Some(a), Vec::new(), b, c));
            }
            if self.failed() {
                return None;
            }
            self.mark = start;
            // a=param_no_default+ b=param_with_default* c=[star_etc]
            let a = self.many(|p| p.param_no_default(lambda))?;
            if !a.is_empty() {
                let b = self.many(|p| p.param_with_default(lambda))?;
                let c = self.opt_star_etc(lambda)?;
                return Some(make_arguments(None, None, a, b, c));
            }
            self.mark = start;
            // a=param_with_default+ b=[star_etc]
            let a = self.many(|p| p.param_with_default(lambda))?;
            if !a.is_empty() {
                let b = self.opt_star_etc(lambda)?;
                return Some(make_arguments(None, None, Vec::new(), a, b));
            }
            self.mark = start;
            let a = self.star_etc(lambda)?;
            Some(make_arguments(None, None, Vec::new(), Vec::new(), Some(a)))
        })
    }

    /// `x*`: the items; None only on error.
    /// `x*` / `x+`; each item one frame deeper, under CPython's `_loop0_N` /
    /// `_loop1_N`.
    fn many<X>(&mut self, mut f: impl FnMut(&mut Self) -> Option<X>) -> Option<Vec<X>> {
        let mut v = Vec::new();
        loop {
            let m = self.mark;
            match self.deeper(1, &mut f) {
                Some(x) => v.push(x),
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

    fn opt_star_etc(&mut self, lambda: bool) -> Option<Option<StarEtc>> {
        let m = self.mark;
        match self.star_etc(lambda) {
            Some(s) => Some(Some(s)),
            None => {
                if self.failed() {
                    return None;
                }
                self.mark = m;
                Some(None)
            }
        }
    }

    /// The token that closes a parameter list: ')' for def, ':' for lambda.
    fn param_end_kind(lambda: bool) -> T {
        if lambda { T::Colon } else { T::Rpar }
    }

    /// `',' | &')'` (def) or `',' | &':'` (lambda) after a parameter.
    fn param_sep(&mut self, lambda: bool) -> bool {
        if self.expect(T::Comma).is_some() {
            return true;
        }
        self.next_is(Self::param_end_kind(lambda))
    }

    // python.gram: slash_no_default
    fn slash_no_default(&mut self, lambda: bool) -> Option<Vec<Arg>> {
        rule!(self, {
            let a = self.many(|p| p.param_no_default(lambda))?;
            if a.is_empty() {
                return None;
            }
            self.expect(T::Slash)?;
            if !self.param_sep(lambda) {
                return None;
            }
            Some(a)
        })
    }

    // python.gram: slash_with_default
    fn slash_with_default(&mut self, lambda: bool) -> Option<SlashWithDefault> {
        rule!(self, {
            let a = self.many(|p| p.param_no_default(lambda))?;
            let b = self.many(|p| p.param_with_default(lambda))?;
            if b.is_empty() {
                return None;
            }
            self.expect(T::Slash)?;
            if !self.param_sep(lambda) {
                return None;
            }
            Some(SlashWithDefault {
                plain: a,
                with_defaults: b,
            })
        })
    }

    // python.gram: star_etc
    fn star_etc(&mut self, lambda: bool) -> Option<StarEtc> {
        rule!(self, {
            let start = self.mark;
            if self.call_invalid_rules {
                self.deeper(1, |p| p.invalid_star_etc(lambda));
                if self.failed() {
                    return None;
                }
                self.mark = start;
            }
            if self.expect(T::Star).is_some() {
                let m = self.mark;
                // '*' a=param_no_default b=param_maybe_default* c=[kwds]
                let a = match self.param_no_default(lambda) {
                    Some(a) => Some(a),
                    None if !lambda => {
                        if self.failed() {
                            return None;
                        }
                        self.mark = m;
                        // '*' a=param_no_default_star_annotation ...
                        self.param_no_default_star_annotation()
                    }
                    None => None,
                };
                if self.failed() {
                    return None;
                }
                if let Some(a) = a {
                    let b = self.many(|p| p.param_maybe_default(lambda))?;
                    let c = self.opt_kwds(lambda)?;
                    return Some(StarEtc {
                        vararg: Some(a),
                        kwonly: b,
                        kwarg: c,
                    });
                }
                self.mark = m;
                // '*' ',' b=param_maybe_default+ c=[kwds]
                if self.expect(T::Comma).is_some() {
                    let b = self.many(|p| p.param_maybe_default(lambda))?;
                    if !b.is_empty() {
                        let c = self.opt_kwds(lambda)?;
                        return Some(StarEtc {
                            vararg: None,
                            kwonly: b,
                            kwarg: c,
                        });
                    }
                }
                self.mark = start;
            }
            let a = self.kwds(lambda)?;
            Some(StarEtc {
                vararg: None,
                kwonly: Vec::new(),
                kwarg: Some(a),
            })
        })
    }

    fn opt_kwds(&mut self, lambda: bool) -> Option<Option<Arg>> {
        let m = self.mark;
        match self.kwds(lambda) {
            Some(a) => Some(Some(a)),
            None => {
                if self.failed() {
                    return None;
                }
                self.mark = m;
                Some(None)
            }
        }
    }

    // python.gram: kwds
    fn kwds(&mut self, lambda: bool) -> Option<Arg> {
        rule!(self, {
            let start = self.mark;
            if self.call_invalid_rules {
                self.deeper(1, |p| p.invalid_kwds(lambda));
                if self.failed() {
                    return None;
                }
                self.mark = start;
            }
            self.expect(T::DoubleStar)?;
            self.param_no_default(lambda)
        })
    }

    // python.gram: param_no_default
    fn param_no_default(&mut self, lambda: bool) -> Option<Arg> {
        rule!(self, {
            let a = self.param(lambda)?;
            if !self.param_sep(lambda) {
                return None;
            }
            Some(a)
        })
    }

    // python.gram: param_no_default_star_annotation
    fn param_no_default_star_annotation(&mut self) -> Option<Arg> {
        rule!(self, {
            let start = self.start();
            let t = self.name_token()?;
            self.expect(T::Colon)?;
            // The star_annotation rule's frame.
            let ann = self.deeper(1, Self::star_expression)?;
            let arg = Arg {
                arg: self.identifier(&t),
                annotation: Some(bx(ann)),
                type_comment: None,
                loc: self.loc(start),
            };
            if !self.param_sep(false) {
                return None;
            }
            Some(arg)
        })
    }

    // python.gram: param_with_default
    fn param_with_default(&mut self, lambda: bool) -> Option<NameDefault> {
        rule!(self, {
            let a = self.param(lambda)?;
            let c = self.default()?;
            if !self.param_sep(lambda) {
                return None;
            }
            Some(NameDefault {
                arg: a,
                value: Some(c),
            })
        })
    }

    // python.gram: param_maybe_default
    fn param_maybe_default(&mut self, lambda: bool) -> Option<NameDefault> {
        rule!(self, {
            let a = self.param(lambda)?;
            let m = self.mark;
            let c = self.default();
            if self.failed() {
                return None;
            }
            if c.is_none() {
                self.mark = m;
            }
            if !self.param_sep(lambda) {
                return None;
            }
            Some(NameDefault { arg: a, value: c })
        })
    }

    // python.gram: param / lambda_param
    fn param(&mut self, lambda: bool) -> Option<Arg> {
        rule!(self, {
            let start = self.start();
            let t = self.name_token()?;
            let mut annotation = None;
            if !lambda {
                let m = self.mark;
                if self.expect(T::Colon).is_some() {
                    // The annotation rule's frame.
                    annotation = self.deeper(1, Self::expression);
                    if self.failed() {
                        return None;
                    }
                    if annotation.is_none() {
                        self.mark = m;
                    }
                }
            }
            Some(Arg {
                arg: self.identifier(&t),
                annotation: annotation.map(bx),
                type_comment: None,
                loc: self.loc(start),
            })
        })
    }

    // python.gram: default
    fn default(&mut self) -> Option<Expr> {
        rule!(self, {
            let start = self.mark;
            if self.expect(T::Equal).is_some() {
                // Defaults are re-parsed by the alternatives of `parameters`;
                // memoise them in both passes so nesting stays linear.
                let saved = self.call_invalid_rules;
                let r = self.memo_default();
                let _ = saved;
                if r.is_some() || self.failed() {
                    return r;
                }
            }
            self.mark = start;
            if self.call_invalid_rules {
                // invalid_default: a='=' &(')'|',')
                if let Some(a) = self.expect(T::Equal) {
                    if self.next_is(T::Rpar) || self.next_is(T::Comma) {
                        self.raise_at(tok_loc(&a), "expected default value expression");
                        return None;
                    }
                }
                self.mark = start;
            }
            None
        })
    }

    fn memo_default(&mut self) -> Option<Expr> {
        let key = (self.mark as u32, MemoRule::DefaultExpression);
        if let Some((r, end)) = self.memo.get(&key) {
            let r = r.clone();
            self.mark = *end as usize;
            return r;
        }
        let r = self.expression();
        if self.error.is_none() {
            self.memo.insert(key, (r.clone(), self.mark as u32));
        }
        r
    }

    // python.gram: invalid_parameters / invalid_lambda_parameters
    fn invalid_parameters(&mut self, lambda: bool) {
        let mark = self.mark;
        // a="/" ','
        if let Some(a) = self.expect(T::Slash) {
            if self.expect(T::Comma).is_some() {
                self.raise_at(tok_loc(&a), "at least one argument must precede /");
                return;
            }
        }
        self.mark = mark;
        // (slash_no_default | slash_with_default) param_maybe_default* a='/'
        if self.slash_any(lambda) {
            if self.many(|p| p.param_maybe_default(lambda)).is_none() {
                return;
            }
            if let Some(a) = self.expect(T::Slash) {
                self.raise_at(tok_loc(&a), "/ may appear only once");
                return;
            }
        }
        if self.failed() {
            return;
        }
        self.mark = mark;
        // slash_no_default? param_no_default* invalid_parameters_helper a=param_no_default
        {
            let m = self.mark;
            if self.slash_no_default(lambda).is_none() {
                self.mark = m;
            }
            if self.failed() {
                return;
            }
            if self.many(|p| p.param_no_default(lambda)).is_none() {
                return;
            }
            // invalid_parameters_helper: slash_with_default | param_with_default+
            let m2 = self.mark;
            let helper = if self.slash_with_default(lambda).is_some() {
                true
            } else {
                if self.failed() {
                    return;
                }
                self.mark = m2;
                match self.many(|p| p.param_with_default(lambda)) {
                    Some(v) => !v.is_empty(),
                    None => return,
                }
            };
            if helper {
                let s = self.start();
                if let Some(a) = self.param_no_default(lambda) {
                    let _ = s;
                    self.raise_at(
                        a.loc,
                        "parameter without a default follows parameter with a default",
                    );
                    return;
                }
            }
        }
        if self.failed() {
            return;
        }
        self.mark = mark;
        // param_no_default* a='(' param_no_default+ ','? b=')'
        // (lambda: lambda_param_no_default* a='(' ','.lambda_param+ ','? b=')')
        if self.many(|p| p.param_no_default(lambda)).is_none() {
            return;
        }
        if let Some(a) = self.expect(T::Lpar) {
            let ok = if lambda {
                if self.param(true).is_some() {
                    let mut v = Vec::new();
                    self.gather_rest(&mut v, |p| p.param(true)).is_some()
                } else {
                    false
                }
            } else {
                matches!(self.many(|p| p.param_no_default(false)), Some(v) if !v.is_empty())
            };
            if ok {
                let _ = self.expect(T::Comma);
                if let Some(b) = self.expect(T::Rpar) {
                    let msg = if lambda {
                        "Lambda expression parameters cannot be parenthesized"
                    } else {
                        "Function parameters cannot be parenthesized"
                    };
                    self.raise_range(tok_loc(&a), tok_loc(&b), msg);
                    return;
                }
            }
        }
        if self.failed() {
            return;
        }
        self.mark = mark;
        // (slash_no_default | slash_with_default)? param_maybe_default* '*' (',' | param_no_default)
        //   param_maybe_default* a='/'
        {
            let m = self.mark;
            if !self.slash_any(lambda) {
                self.mark = m;
            }
            if self.failed() {
                return;
            }
            if self.many(|p| p.param_maybe_default(lambda)).is_none() {
                return;
            }
            if self.expect(T::Star).is_some() {
                let ok = self.expect(T::Comma).is_some() || self.param_no_default(lambda).is_some();
                if ok && self.many(|p| p.param_maybe_default(lambda)).is_some() {
                    if let Some(a) = self.expect(T::Slash) {
                        self.raise_at(tok_loc(&a), "/ must be ahead of *");
                        return;
                    }
                }
            }
        }
        if self.failed() {
            return;
        }
        self.mark = mark;
        // param_maybe_default+ '/' a='*'
        if let Some(v) = self.many(|p| p.param_maybe_default(lambda)) {
            if !v.is_empty() && self.expect(T::Slash).is_some() {
                if let Some(a) = self.expect(T::Star) {
                    self.raise_at(tok_loc(&a), "expected comma between / and *");
                    return;
                }
            }
        }
        self.mark = mark;
    }

    /// `(slash_no_default | slash_with_default)`
    fn slash_any(&mut self, lambda: bool) -> bool {
        let m = self.mark;
        if self.slash_no_default(lambda).is_some() {
            return true;
        }
        if self.failed() {
            return false;
        }
        self.mark = m;
        if self.slash_with_default(lambda).is_some() {
            return true;
        }
        self.mark = m;
        false
    }

    // python.gram: invalid_star_etc / invalid_lambda_star_etc
    fn invalid_star_etc(&mut self, lambda: bool) {
        let mark = self.mark;
        let end = Self::param_end_kind(lambda);
        // a='*' (')' | ',' (')' | '**'))
        if let Some(a) = self.expect(T::Star) {
            let ok = self.expect(end).is_some()
                || (self.expect(T::Comma).is_some()
                    && (self.expect(end).is_some() || self.expect(T::DoubleStar).is_some()));
            if ok {
                if lambda {
                    self.raise_syntax("named arguments must follow bare *");
                } else {
                    self.raise_at(tok_loc(&a), "named arguments must follow bare *");
                }
                return;
            }
        }
        self.mark = mark;
        // '*' param a='='
        if self.expect(T::Star).is_some() && self.param(lambda).is_some() {
            if let Some(a) = self.expect(T::Equal) {
                self.raise_at(
                    tok_loc(&a),
                    "var-positional argument cannot have default value",
                );
                return;
            }
        }
        if self.failed() {
            return;
        }
        self.mark = mark;
        // '*' (param_no_default | ',') param_maybe_default* a='*' (param_no_default | ',')
        if self.expect(T::Star).is_some() {
            let m = self.mark;
            let ok = self.param_no_default(lambda).is_some() || {
                self.mark = m;
                self.expect(T::Comma).is_some()
            };
            if ok && self.many(|p| p.param_maybe_default(lambda)).is_some() {
                if let Some(a) = self.expect(T::Star) {
                    let m = self.mark;
                    let ok2 = self.param_no_default(lambda).is_some() || {
                        self.mark = m;
                        self.expect(T::Comma).is_some()
                    };
                    if ok2 {
                        self.raise_at(tok_loc(&a), "* argument may appear only once");
                        return;
                    }
                }
            }
        }
        self.mark = mark;
    }

    // python.gram: invalid_kwds / invalid_lambda_kwds
    fn invalid_kwds(&mut self, lambda: bool) {
        let mark = self.mark;
        if self.expect(T::DoubleStar).is_some() && self.param(lambda).is_some() {
            let m = self.mark;
            if let Some(a) = self.expect(T::Equal) {
                self.raise_at(
                    tok_loc(&a),
                    "var-keyword argument cannot have default value",
                );
                return;
            }
            self.mark = m;
            if self.expect(T::Comma).is_some() {
                let m2 = self.mark;
                if let Some(a) = self.param(lambda) {
                    self.raise_at(a.loc, "arguments cannot follow var-keyword argument");
                    return;
                }
                if self.failed() {
                    return;
                }
                self.mark = m2;
                if let Some(t) = self.peek() {
                    if matches!(t.kind, T::Star | T::DoubleStar | T::Slash) {
                        self.raise_at(tok_loc(&t), "arguments cannot follow var-keyword argument");
                        return;
                    }
                }
            }
        }
        self.mark = mark;
    }

    // python.gram: if_stmt / elif_stmt
    fn if_stmt(&mut self) -> Option<Stmt> {
        rule!(self, { self.if_or_elif(Kw::If) })
    }

    fn if_or_elif(&mut self, kw: Kw) -> Option<Stmt> {
        let start = self.start();
        if self.call_invalid_rules {
            self.deeper(1, |p| p.invalid_if_stmt(kw));
            if self.failed() {
                return None;
            }
            self.mark = start;
        }
        self.expect_kw(kw)?;
        let a = self.named_expression()?;
        self.expect(T::Colon)?;
        let b = self.block()?;
        let m = self.mark;
        if self.next_is_kw(Kw::Elif) {
            if let Some(c) = self.elif_stmt() {
                return Some(Stmt {
                    node: StmtKind::If {
                        test: bx(a),
                        body: b,
                        orelse: vec![c],
                    },
                    loc: self.loc(start),
                });
            }
            if self.failed() {
                return None;
            }
            self.mark = m;
        }
        let c = self.opt_else_block()?;
        Some(Stmt {
            node: StmtKind::If {
                test: bx(a),
                body: b,
                orelse: c,
            },
            loc: self.loc(start),
        })
    }

    fn elif_stmt(&mut self) -> Option<Stmt> {
        rule!(self, { self.if_or_elif(Kw::Elif) })
    }

    // python.gram: invalid_if_stmt / invalid_elif_stmt
    fn invalid_if_stmt(&mut self, kw: Kw) {
        let mark = self.mark;
        if let Some(a) = self.expect_kw(kw) {
            if self.named_expression().is_some() {
                if self.newline_for_colon() {
                    return;
                }
                if self.colon_without_block(&format!("'{}' statement", kw.as_str()), a.lineno) {
                    return;
                }
            }
        }
        self.mark = mark;
    }

    /// `[else_block]`: Some(empty) when absent, None on error.
    fn opt_else_block(&mut self) -> Option<Vec<Stmt>> {
        let m = self.mark;
        if !self.next_is_kw(Kw::Else) {
            return Some(Vec::new());
        }
        match self.else_block() {
            Some(b) => Some(b),
            None => {
                if self.failed() {
                    return None;
                }
                self.mark = m;
                Some(Vec::new())
            }
        }
    }

    // python.gram: else_block
    fn else_block(&mut self) -> Option<Vec<Stmt>> {
        rule!(self, {
            let start = self.mark;
            if self.call_invalid_rules {
                // invalid_else_stmt
                if let Some(a) = self.expect_kw(Kw::Else) {
                    if self.expect(T::Colon).is_some() {
                        let m = self.mark;
                        if self.expect(T::Newline).is_some() && !self.next_is(T::Indent) {
                            let msg = format!(
                                "expected an indented block after 'else' statement on line {}",
                                a.lineno
                            );
                            self.raise_indentation(&msg);
                            return None;
                        }
                        self.mark = m;
                        if self.block().is_some() && self.next_is_kw(Kw::Elif) {
                            self.mark += 1;
                            self.raise_syntax("'elif' block follows an 'else' block");
                            return None;
                        }
                        if self.failed() {
                            return None;
                        }
                    }
                }
                self.mark = start;
            }
            self.expect_kw(Kw::Else)?;
            self.expect_forced(T::Colon, ":")?;
            self.block()
        })
    }

    // python.gram: while_stmt
    fn while_stmt(&mut self) -> Option<Stmt> {
        rule!(self, {
            let start = self.start();
            if self.call_invalid_rules {
                self.deeper(1, Self::invalid_while_stmt);
                if self.failed() {
                    return None;
                }
                self.mark = start;
            }
            self.expect_kw(Kw::While)?;
            let a = self.named_expression()?;
            self.expect(T::Colon)?;
            let b = self.block()?;
            let c = self.opt_else_block()?;
            Some(Stmt {
                node: StmtKind::While {
                    test: bx(a),
                    body: b,
                    orelse: c,
                },
                loc: self.loc(start),
            })
        })
    }

    // python.gram: for_stmt
    fn for_stmt(&mut self) -> Option<Stmt> {
        rule!(self, {
            let start = self.start();
            if self.call_invalid_rules {
                self.deeper(1, Self::invalid_for_stmt);
                if self.failed() {
                    return None;
                }
                self.mark = start;
            }
            let is_async = self.expect_kw(Kw::Async).is_some();
            if self.expect_kw(Kw::For).is_some() {
                if let Some(t) = self.star_targets() {
                    if self.expect_kw(Kw::In).is_some() {
                        // `~`: after 'in' no other alternative is tried.
                        let ex = self.star_expressions()?;
                        self.expect(T::Colon)?;
                        let b = self.block()?;
                        let el = self.opt_else_block()?;
                        let (target, iter) = (bx(t), bx(ex));
                        let node = if is_async {
                            StmtKind::AsyncFor {
                                target,
                                iter,
                                body: b,
                                orelse: el,
                                type_comment: None,
                            }
                        } else {
                            StmtKind::For {
                                target,
                                iter,
                                body: b,
                                orelse: el,
                                type_comment: None,
                            }
                        };
                        return Some(Stmt {
                            node,
                            loc: self.loc(start),
                        });
                    }
                }
            }
            if self.failed() {
                return None;
            }
            self.mark = start;
            if self.call_invalid_rules {
                self.deeper(1, Self::invalid_for_target);
                self.mark = start;
            }
            None
        })
    }

    // python.gram: invalid_for_stmt
    fn invalid_for_stmt(&mut self) {
        let mark = self.mark;
        let _ = self.expect_kw(Kw::Async);
        if let Some(a) = self.expect_kw(Kw::For) {
            if self.star_targets().is_some()
                && self.expect_kw(Kw::In).is_some()
                && self.star_expressions().is_some()
            {
                if self.newline_for_colon() {
                    return;
                }
                if self.colon_without_block("'for' statement", a.lineno) {
                    return;
                }
            }
        }
        self.mark = mark;
    }

    // python.gram: with_stmt
    fn with_stmt(&mut self) -> Option<Stmt> {
        rule!(self, {
            let start = self.start();
            if self.call_invalid_rules {
                self.deeper(1, Self::invalid_with_stmt_indent);
                if self.failed() {
                    return None;
                }
                self.mark = start;
            }
            let is_async = self.expect_kw(Kw::Async).is_some();
            self.expect_kw(Kw::With)?;
            let after_with = self.mark;
            // '(' ','.with_item+ ','? ')' ':' block
            if self.expect(T::Lpar).is_some() {
                if let Some(a) = self.deeper(1, Self::with_item) {
                    let mut items = vec![a];
                    self.gather_rest(&mut items, |p| p.with_item())?;
                    let _ = self.expect(T::Comma);
                    if self.expect(T::Rpar).is_some() && self.expect(T::Colon).is_some() {
                        let b = self.block();
                        if let Some(b) = b {
                            return Some(self.make_with(is_async, items, b, start));
                        }
                    }
                }
                if self.failed() {
                    return None;
                }
                self.mark = after_with;
            }
            // ','.with_item+ ':' block
            if let Some(a) = self.deeper(1, Self::with_item) {
                let mut items = vec![a];
                self.gather_rest(&mut items, |p| p.with_item())?;
                if self.expect(T::Colon).is_some() {
                    if let Some(b) = self.block() {
                        return Some(self.make_with(is_async, items, b, start));
                    }
                }
            }
            if self.failed() {
                return None;
            }
            self.mark = start;
            if self.call_invalid_rules {
                self.deeper(1, Self::invalid_with_stmt);
                self.mark = start;
            }
            None
        })
    }

    fn make_with(
        &self,
        is_async: bool,
        items: Vec<WithItem>,
        body: Vec<Stmt>,
        start: usize,
    ) -> Stmt {
        let node = if is_async {
            StmtKind::AsyncWith {
                items,
                body,
                type_comment: None,
            }
        } else {
            StmtKind::With {
                items,
                body,
                type_comment: None,
            }
        };
        Stmt {
            node,
            loc: self.loc(start),
        }
    }

    // python.gram: with_item
    fn with_item(&mut self) -> Option<WithItem> {
        rule!(self, {
            let start = self.mark;
            let e = self.expression()?;
            let m = self.mark;
            if self.expect_kw(Kw::As).is_some() {
                if let Some(t) = self.star_target() {
                    if matches!(self.peek(), Some(x) if matches!(x.kind, T::Comma | T::Rpar | T::Colon))
                    {
                        return Some(WithItem {
                            context_expr: bx(e),
                            optional_vars: Some(bx(t)),
                        });
                    }
                }
                if self.failed() {
                    return None;
                }
                if self.call_invalid_rules {
                    // invalid_with_item: expression 'as' a=expression &(',' | ')' | ':')
                    self.mark = m + 1;
                    if let Some(a) = self.expression() {
                        if matches!(self.peek(), Some(x) if matches!(x.kind, T::Comma | T::Rpar | T::Colon))
                        {
                            self.raise_invalid_target(TargetsType::StarTargets, &a);
                            if self.failed() {
                                return None;
                            }
                        }
                    }
                    if self.failed() {
                        return None;
                    }
                }
            }
            let _ = start;
            self.mark = m;
            Some(WithItem {
                context_expr: bx(e),
                optional_vars: None,
            })
        })
    }

    /// `','.(expression ['as' star_target])+` (or `expressions` when `paren`).
    fn with_items_loose(&mut self, paren: bool) -> bool {
        // `(expression ['as' star_target])`, a `_tmp` rule (depth only).
        let item = |p: &mut Self| -> Option<()> {
            p.deeper(1, |p| {
                if paren {
                    p.expressions()?;
                } else {
                    p.expression()?;
                }
                let m = p.mark;
                if p.expect_kw(Kw::As).is_some() && p.deeper(1, Self::star_target).is_some() {
                    return Some(());
                }
                p.mark = m;
                Some(())
            })
        };
        // The first item under `_gather`.
        if self.deeper(1, item).is_none() {
            return false;
        }
        let mut v = Vec::new();
        self.gather_rest(&mut v, item).is_some()
    }

    // python.gram: invalid_with_stmt
    fn invalid_with_stmt(&mut self) {
        let mark = self.mark;
        let _ = self.expect_kw(Kw::Async);
        if self.expect_kw(Kw::With).is_some() {
            let m = self.mark;
            if self.with_items_loose(false) && self.next_is(T::Newline) {
                self.mark += 1;
                self.raise_syntax("expected ':'");
                return;
            }
            if self.failed() {
                return;
            }
            self.mark = m;
            if self.expect(T::Lpar).is_some() && self.with_items_loose(true) {
                let _ = self.expect(T::Comma);
                if self.expect(T::Rpar).is_some() && self.next_is(T::Newline) {
                    self.mark += 1;
                    self.raise_syntax("expected ':'");
                    return;
                }
            }
        }
        self.mark = mark;
    }

    // python.gram: invalid_with_stmt_indent
    fn invalid_with_stmt_indent(&mut self) {
        let mark = self.mark;
        let _ = self.expect_kw(Kw::Async);
        if let Some(a) = self.expect_kw(Kw::With) {
            let m = self.mark;
            for paren in [false, true] {
                self.mark = m;
                let ok = if paren {
                    self.expect(T::Lpar).is_some() && self.with_items_loose(true) && {
                        let _ = self.expect(T::Comma);
                        self.expect(T::Rpar).is_some()
                    }
                } else {
                    self.with_items_loose(false)
                };
                if self.failed() {
                    return;
                }
                if ok && self.colon_without_block("'with' statement", a.lineno) {
                    return;
                }
            }
        }
        self.mark = mark;
    }

    // python.gram: try_stmt
    fn try_stmt(&mut self) -> Option<Stmt> {
        rule!(self, {
            let start = self.start();
            if self.call_invalid_rules {
                self.deeper(1, Self::invalid_try_stmt);
                if self.failed() {
                    return None;
                }
                self.mark = start;
            }
            self.expect_kw(Kw::Try)?;
            self.expect_forced(T::Colon, ":")?;
            let b = self.block()?;
            let after_block = self.mark;
            // 'try' &&':' b=block f=finally_block
            if self.next_is_kw(Kw::Finally) {
                if let Some(f) = self.finally_block() {
                    return Some(Stmt {
                        node: StmtKind::Try {
                            body: b,
                            handlers: Vec::new(),
                            orelse: Vec::new(),
                            finalbody: f,
                        },
                        loc: self.loc(start),
                    });
                }
                if self.failed() {
                    return None;
                }
                self.mark = after_block;
            }
            // ex=except_block+ el=[else_block] f=[finally_block]
            let ex = self.many(|p| p.except_block())?;
            if !ex.is_empty() {
                let el = self.opt_else_block()?;
                let f = self.opt_finally_block()?;
                return Some(Stmt {
                    node: StmtKind::Try {
                        body: b,
                        handlers: ex,
                        orelse: el,
                        finalbody: f,
                    },
                    loc: self.loc(start),
                });
            }
            self.mark = after_block;
            let ex = self.many(|p| p.except_star_block())?;
            if !ex.is_empty() {
                let el = self.opt_else_block()?;
                let f = self.opt_finally_block()?;
                return Some(Stmt {
                    node: StmtKind::TryStar {
                        body: b,
                        handlers: ex,
                        orelse: el,
                        finalbody: f,
                    },
                    loc: self.loc(start),
                });
            }
            None
        })
    }

    fn opt_finally_block(&mut self) -> Option<Vec<Stmt>> {
        let m = self.mark;
        if !self.next_is_kw(Kw::Finally) {
            return Some(Vec::new());
        }
        match self.finally_block() {
            Some(b) => Some(b),
            None => {
                if self.failed() {
                    return None;
                }
                self.mark = m;
                Some(Vec::new())
            }
        }
    }

    // python.gram: invalid_try_stmt
    fn invalid_try_stmt(&mut self) {
        let mark = self.mark;
        let Some(a) = self.expect_kw(Kw::Try) else {
            return;
        };
        if self.expect(T::Colon).is_none() {
            self.mark = mark;
            return;
        }
        let after_colon = self.mark;
        // a='try' ':' NEWLINE !INDENT
        if self.expect(T::Newline).is_some() && !self.next_is(T::Indent) {
            let msg = format!(
                "expected an indented block after 'try' statement on line {}",
                a.lineno
            );
            self.raise_indentation(&msg);
            return;
        }
        self.mark = after_colon;
        // 'try' ':' block !('except' | 'finally')
        if self.block().is_some() && !self.next_is_kw(Kw::Except) && !self.next_is_kw(Kw::Finally) {
            self.raise_syntax("expected 'except' or 'finally' block");
            return;
        }
        if self.failed() {
            return;
        }
        // 'try' ':' block* except_block+ a='except' b='*' expression ['as' NAME] ':'
        self.mark = after_colon;
        if self.many(|p| p.block()).is_none() {
            return;
        }
        let after_blocks = self.mark;
        if let Some(v) = self.many(|p| p.except_block()) {
            if !v.is_empty() {
                if let Some(a) = self.expect_kw(Kw::Except) {
                    if let Some(b) = self.expect(T::Star) {
                        if self.expression().is_some() {
                            let m = self.mark;
                            if !(self.expect_kw(Kw::As).is_some() && self.name_token().is_some()) {
                                self.mark = m;
                            }
                            if self.expect(T::Colon).is_some() {
                                self.raise_range(
                                    tok_loc(&a),
                                    tok_loc(&b),
                                    "cannot have both 'except' and 'except*' on the same 'try'",
                                );
                                return;
                            }
                        }
                    }
                }
            }
        }
        if self.failed() {
            return;
        }
        // 'try' ':' block* except_star_block+ a='except' [expression ['as' NAME]] ':'
        self.mark = after_blocks;
        if let Some(v) = self.many(|p| p.except_star_block()) {
            if !v.is_empty() {
                if let Some(a) = self.expect_kw(Kw::Except) {
                    let m = self.mark;
                    if self.expression().is_some() {
                        let m2 = self.mark;
                        if !(self.expect_kw(Kw::As).is_some() && self.name_token().is_some()) {
                            self.mark = m2;
                        }
                    } else {
                        self.mark = m;
                    }
                    if self.failed() {
                        return;
                    }
                    if self.expect(T::Colon).is_some() {
                        self.raise_at(
                            tok_loc(&a),
                            "cannot have both 'except' and 'except*' on the same 'try'",
                        );
                        return;
                    }
                }
            }
        }
        self.mark = mark;
    }

    // python.gram: except_block / except_star_block
    fn except_block(&mut self) -> Option<ExceptHandler> {
        rule!(self, { self.except_block_impl(false) })
    }

    fn except_star_block(&mut self) -> Option<ExceptHandler> {
        rule!(self, { self.except_block_impl(true) })
    }

    fn except_block_impl(&mut self, star: bool) -> Option<ExceptHandler> {
        let start = self.start();
        if self.call_invalid_rules {
            self.deeper(1, |p| p.invalid_except_stmt_indent(star));
            if self.failed() {
                return None;
            }
            self.mark = start;
        }
        self.expect_kw(Kw::Except)?;
        if star {
            self.expect(T::Star)?;
        }
        let after = self.mark;
        if let Some(e) = self.expression() {
            let m = self.mark;
            // e=expression ':' b=block
            if self.expect(T::Colon).is_some() {
                if let Some(b) = self.block() {
                    return Some(ExceptHandler {
                        r#type: Some(bx(e)),
                        name: None,
                        body: b,
                        loc: self.loc(start),
                    });
                }
            }
            if self.failed() {
                return None;
            }
            self.mark = m;
            // e=expression 'as' t=NAME ':' b=block
            if self.expect_kw(Kw::As).is_some() {
                if let Some(t) = self.name_token() {
                    if self.expect(T::Colon).is_some() {
                        if let Some(b) = self.block() {
                            let name = self.identifier(&t);
                            return Some(ExceptHandler {
                                r#type: Some(bx(e)),
                                name: Some(name),
                                body: b,
                                loc: self.loc(start),
                            });
                        }
                    }
                }
            }
            if self.failed() {
                return None;
            }
            // e=expressions ':' b=block
            self.mark = after;
            if let Some(e) = self.expressions() {
                if self.expect(T::Colon).is_some() {
                    if let Some(b) = self.block() {
                        return Some(ExceptHandler {
                            r#type: Some(bx(e)),
                            name: None,
                            body: b,
                            loc: self.loc(start),
                        });
                    }
                }
            }
            if self.failed() {
                return None;
            }
        }
        if self.failed() {
            return None;
        }
        self.mark = after;
        if !star && self.expect(T::Colon).is_some() {
            if let Some(b) = self.block() {
                return Some(ExceptHandler {
                    r#type: None,
                    name: None,
                    body: b,
                    loc: self.loc(start),
                });
            }
            if self.failed() {
                return None;
            }
        }
        self.mark = start;
        if self.call_invalid_rules {
            self.deeper(1, |p| p.invalid_except_stmt(star));
            self.mark = start;
        }
        None
    }

    // python.gram: invalid_except_stmt / invalid_except_star_stmt
    fn invalid_except_stmt(&mut self, star: bool) {
        let mark = self.mark;
        let Some(kw) = self.expect_kw(Kw::Except) else {
            return;
        };
        if star && self.expect(T::Star).is_none() {
            self.mark = mark;
            return;
        }
        let after = self.mark;
        // 'except' a=expression ',' expressions 'as' NAME ':'
        if let Some(a) = self.expression() {
            if self.expect(T::Comma).is_some()
                && self.expressions().is_some()
                && self.expect_kw(Kw::As).is_some()
                && self.name_token().is_some()
                && self.expect(T::Colon).is_some()
            {
                self.raise_starting_from(
                    a.loc,
                    "multiple exception types must be parenthesized when using 'as'",
                );
                return;
            }
        }
        if self.failed() {
            return;
        }
        // a='except' expression ['as' NAME ] NEWLINE
        self.mark = after;
        if self.expression().is_some() {
            let m = self.mark;
            if !(self.expect_kw(Kw::As).is_some() && self.name_token().is_some()) {
                self.mark = m;
            }
            if self.expect(T::Newline).is_some() {
                self.raise_syntax("expected ':'");
                return;
            }
        }
        if self.failed() {
            return;
        }
        self.mark = after;
        if !star {
            // a='except' NEWLINE
            if self.expect(T::Newline).is_some() {
                self.raise_syntax("expected ':'");
                return;
            }
        } else {
            // a='except' '*' (NEWLINE | ':')
            if self.expect(T::Newline).is_some() || self.expect(T::Colon).is_some() {
                self.raise_syntax("expected one or more exception types");
                return;
            }
        }
        self.mark = after;
        // 'except' expression 'as' a=expression ':' block
        if self.expression().is_some() && self.expect_kw(Kw::As).is_some() {
            if let Some(a) = self.expression() {
                if self.expect(T::Colon).is_some() && self.block().is_some() {
                    let msg = format!(
                        "cannot use {} statement with {}",
                        if star { "except*" } else { "except" },
                        expr_name(&a)
                    );
                    self.raise_at(a.loc, &msg);
                    return;
                }
            }
        }
        let _ = kw;
        self.mark = mark;
    }

    // python.gram: invalid_except_stmt_indent / invalid_except_star_stmt_indent
    fn invalid_except_stmt_indent(&mut self, star: bool) {
        let mark = self.mark;
        let Some(a) = self.expect_kw(Kw::Except) else {
            return;
        };
        if star && self.expect(T::Star).is_none() {
            self.mark = mark;
            return;
        }
        let after = self.mark;
        let what = if star { "except*" } else { "except" };
        if self.expression().is_some() {
            let m = self.mark;
            if !(self.expect_kw(Kw::As).is_some() && self.name_token().is_some()) {
                self.mark = m;
            }
            if self.colon_without_block(&format!("'{what}' statement"), a.lineno) {
                return;
            }
        }
        if self.failed() {
            return;
        }
        self.mark = after;
        if !star && self.colon_without_block("'except' statement", a.lineno) {
            return;
        }
        self.mark = mark;
    }

    // python.gram: finally_block
    fn finally_block(&mut self) -> Option<Vec<Stmt>> {
        rule!(self, {
            let start = self.mark;
            if self.call_invalid_rules {
                // invalid_finally_stmt
                if let Some(a) = self.expect_kw(Kw::Finally) {
                    if self.colon_without_block("'finally' statement", a.lineno) {
                        return None;
                    }
                }
                self.mark = start;
            }
            self.expect_kw(Kw::Finally)?;
            self.expect_forced(T::Colon, ":")?;
            self.block()
        })
    }

    // python.gram: type_alias
    fn type_alias(&mut self) -> Option<Stmt> {
        rule!(self, {
            let start = self.start();
            self.expect_kw(Kw::Type)?;
            let n = self.name()?;
            let t = self.opt_type_params()?;
            self.expect(T::Equal)?;
            let b = self.expression()?;
            Some(Stmt {
                node: StmtKind::TypeAlias {
                    name: bx(set_expr_context(n, ExprContext::Store)),
                    type_params: t,
                    value: bx(b),
                },
                loc: self.loc(start),
            })
        })
    }

    // python.gram: type_params
    fn type_params(&mut self) -> Option<Vec<TypeParam>> {
        rule!(self, {
            let start = self.mark;
            if self.call_invalid_rules {
                // invalid_type_params: '[' token=']'
                if self.expect(T::Lsqb).is_some() {
                    if let Some(t) = self.expect(T::Rsqb) {
                        self.raise_starting_from(
                            tok_loc(&t),
                            "Type parameter list cannot be empty",
                        );
                        return None;
                    }
                }
                self.mark = start;
            }
            self.expect(T::Lsqb)?;
            // Depth: type_param_seq, then `_gather` for the first parameter.
            let v = self.deeper(1, |p| {
                let a = p.deeper(1, Self::type_param)?;
                let mut v = vec![a];
                p.gather_rest(&mut v, |p| p.type_param())?;
                Some(v)
            })?;
            let _ = self.expect(T::Comma);
            self.expect(T::Rsqb)?;
            Some(v)
        })
    }

    // python.gram: type_param (memo)
    fn type_param(&mut self) -> Option<TypeParam> {
        rule!(self, {
            let start = self.start();
            if let Some(a) = self.name_token() {
                let m = self.mark;
                let mut bound = None;
                if self.expect(T::Colon).is_some() {
                    // The type_param_bound rule's frame.
                    bound = self.deeper(1, Self::expression);
                    if self.failed() {
                        return None;
                    }
                    if bound.is_none() {
                        self.mark = m;
                    }
                }
                let default = self.opt_type_param_default(false)?;
                let name = self.identifier(&a);
                return Some(TypeParam {
                    node: TypeParamKind::TypeVar {
                        name,
                        bound: bound.map(bx),
                        default_value: default.map(bx),
                    },
                    loc: self.loc(start),
                });
            }
            if self.call_invalid_rules {
                // invalid_type_param
                for (kind, what) in [(T::Star, "TypeVarTuple"), (T::DoubleStar, "ParamSpec")] {
                    self.mark = start;
                    if self.expect(kind).is_some() && self.name_token().is_some() {
                        if let Some(colon) = self.expect(T::Colon) {
                            if let Some(e) = self.expression() {
                                let msg = if matches!(e.node, ExprKind::Tuple { .. }) {
                                    format!("cannot use constraints with {what}")
                                } else {
                                    format!("cannot use bound with {what}")
                                };
                                self.raise_starting_from(tok_loc(&colon), &msg);
                                return None;
                            }
                        }
                    }
                    if self.failed() {
                        return None;
                    }
                }
                self.mark = start;
            }
            if self.expect(T::Star).is_some() {
                let a = self.name_token()?;
                let d = self.opt_type_param_default(true)?;
                let name = self.identifier(&a);
                return Some(TypeParam {
                    node: TypeParamKind::TypeVarTuple {
                        name,
                        default_value: d.map(bx),
                    },
                    loc: self.loc(start),
                });
            }
            if self.expect(T::DoubleStar).is_some() {
                let a = self.name_token()?;
                let d = self.opt_type_param_default(false)?;
                let name = self.identifier(&a);
                return Some(TypeParam {
                    node: TypeParamKind::ParamSpec {
                        name,
                        default_value: d.map(bx),
                    },
                    loc: self.loc(start),
                });
            }
            None
        })
    }

    /// `[type_param_default]` / `[type_param_starred_default]`.
    fn opt_type_param_default(&mut self, starred: bool) -> Option<Option<Expr>> {
        let m = self.mark;
        if self.expect(T::Equal).is_some() {
            // The type_param_default rule's frame.
            let e = if starred {
                self.deeper(1, Self::star_expression)
            } else {
                self.deeper(1, Self::expression)
            };
            if self.failed() {
                return None;
            }
            if e.is_some() {
                return Some(e);
            }
        }
        self.mark = m;
        Some(None)
    }
}

#[allow(dead_code)]
fn loc_of(t: &Token) -> Location {
    tok_loc(t)
}
