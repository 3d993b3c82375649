//! Statements: assignments, control flow, `try`, `with`, imports, and the
//! unwinding of frame blocks for `return` / `break` / `continue`.
//!
//! CPython: Python/codegen.c (codegen_visit_stmt and the functions it calls).

use super::*;
use crate::compile::FBlock;
use syntax::ast::{ExceptHandler, WithItem};

impl<'a> Compiler<'a> {
    /// `codegen_call_exit_with_nones`.
    fn call_exit_with_nones(&mut self, l: SourceLocation) {
        self.load_const(Constant::None, l);
        self.load_const(Constant::None, l);
        self.load_const(Constant::None, l);
        self.addop_i(CALL, 3, l);
    }

    /// `codegen_add_yield_from`.
    pub(crate) fn add_yield_from(&mut self, l: SourceLocation, is_await: bool) {
        let send = self.new_label();
        let fail = self.new_label();
        let exit = self.new_label();
        self.use_label(send);
        self.addop_j(SEND, exit, l);
        // A virtual try/except for StopIteration raised by close or throw.
        self.addop_j(SETUP_FINALLY, fail, l);
        self.addop_i(YIELD_VALUE, 1, l);
        self.addop(POP_BLOCK, NO_LOCATION);
        self.addop_i(
            RESUME,
            if is_await {
                RESUME_AFTER_AWAIT
            } else {
                RESUME_AFTER_YIELD_FROM
            },
            l,
        );
        self.addop_j(JUMP_NO_INTERRUPT, send, l);
        self.use_label(fail);
        self.addop(CLEANUP_THROW, l);
        self.use_label(exit);
        self.addop(END_SEND, l);
    }

    /// `codegen_pop_except_and_reraise`.
    fn pop_except_and_reraise(&mut self, l: SourceLocation) {
        self.addop_i(COPY, 3, l);
        self.addop(POP_EXCEPT, l);
        self.addop_i(RERAISE, 1, l);
    }

    /// `codegen_unwind_fblock`.
    fn unwind_fblock(
        &mut self,
        ploc: &mut SourceLocation,
        info: &FBlock<'a>,
        preserve_tos: bool,
    ) -> CResult {
        match info.kind {
            FBlockType::WhileLoop
            | FBlockType::ExceptionHandler
            | FBlockType::ExceptionGroupHandler
            | FBlockType::AsyncComprehensionGenerator
            | FBlockType::StopIteration => {}
            FBlockType::ForLoop => {
                // In 3.14.10 an iterator takes one stack slot.
                if preserve_tos {
                    self.addop_i(SWAP, 2, *ploc);
                }
                self.addop(POP_TOP, *ploc);
            }
            FBlockType::AsyncForLoop => {
                if preserve_tos {
                    self.addop_i(SWAP, 2, *ploc);
                }
                self.addop(POP_TOP, *ploc);
            }
            FBlockType::TryExcept => self.addop(POP_BLOCK, *ploc),
            FBlockType::FinallyTry => {
                // This POP_BLOCK gets the line number of the unwinding statement.
                self.addop(POP_BLOCK, *ploc);
                if preserve_tos {
                    self.push_fblock(*ploc, FBlockType::PopValue, None, None, FBlockDatum::None)?;
                }
                if let FBlockDatum::FinalBody(body) = info.datum {
                    for s in body {
                        self.visit_stmt(s)?;
                    }
                }
                if preserve_tos {
                    self.pop_fblock(FBlockType::PopValue);
                }
                // The finally block should appear to run after the
                // unwinding statement.
                *ploc = NO_LOCATION;
            }
            FBlockType::FinallyEnd => {
                if preserve_tos {
                    self.addop_i(SWAP, 2, *ploc);
                }
                self.addop(POP_TOP, *ploc);
                if preserve_tos {
                    self.addop_i(SWAP, 2, *ploc);
                }
                self.addop(POP_BLOCK, *ploc);
                self.addop(POP_EXCEPT, *ploc);
            }
            FBlockType::With | FBlockType::AsyncWith => {
                *ploc = info.loc;
                self.addop(POP_BLOCK, *ploc);
                if preserve_tos {
                    self.addop_i(SWAP, 3, *ploc);
                    self.addop_i(SWAP, 2, *ploc);
                }
                self.call_exit_with_nones(*ploc);
                if info.kind == FBlockType::AsyncWith {
                    self.addop_i(GET_AWAITABLE, 2, *ploc);
                    self.load_const(Constant::None, *ploc);
                    self.add_yield_from(*ploc, true);
                }
                self.addop(POP_TOP, *ploc);
                *ploc = NO_LOCATION;
            }
            FBlockType::HandlerCleanup => {
                let name = match info.datum {
                    FBlockDatum::Name(n) => Some(n),
                    _ => None,
                };
                if name.is_some() {
                    self.addop(POP_BLOCK, *ploc);
                }
                if preserve_tos {
                    self.addop_i(SWAP, 2, *ploc);
                }
                self.addop(POP_BLOCK, *ploc);
                self.addop(POP_EXCEPT, *ploc);
                if let Some(n) = name {
                    self.load_const(Constant::None, *ploc);
                    self.nameop(*ploc, n, ExprContext::Store)?;
                    self.nameop(*ploc, n, ExprContext::Del)?;
                }
            }
            FBlockType::PopValue => {
                if preserve_tos {
                    self.addop_i(SWAP, 2, *ploc);
                }
                self.addop(POP_TOP, *ploc);
            }
        }
        Ok(())
    }

    /// `codegen_unwind_fblock_stack`: unwinds to the first loop when `loop_`
    /// is wanted (and returns it).
    fn unwind_fblock_stack(
        &mut self,
        ploc: &mut SourceLocation,
        preserve_tos: bool,
        want_loop: bool,
    ) -> CResult<Option<FBlock<'a>>> {
        let Some(top) = self.ur().fblocks.last().copied() else {
            return Ok(None);
        };
        if top.kind == FBlockType::ExceptionGroupHandler {
            return self.error(
                *ploc,
                "'break', 'continue' and 'return' cannot appear in an except* block",
            );
        }
        if want_loop
            && matches!(
                top.kind,
                FBlockType::WhileLoop | FBlockType::ForLoop | FBlockType::AsyncForLoop
            )
        {
            return Ok(Some(top));
        }
        self.pop_fblock(top.kind);
        self.unwind_fblock(ploc, &top, preserve_tos)?;
        let r = self.unwind_fblock_stack(ploc, preserve_tos, want_loop)?;
        self.push_fblock(top.loc, top.kind, top.block, top.exit, top.datum)?;
        Ok(r)
    }

    fn visit_stmts(&mut self, body: &'a [Stmt]) -> CResult {
        for s in body {
            self.visit_stmt(s)?;
        }
        Ok(())
    }

    fn cond_block<F: FnOnce(&mut Self) -> CResult>(&mut self, f: F) -> CResult {
        self.u().in_conditional_block += 1;
        let r = f(self);
        self.u().in_conditional_block -= 1;
        r
    }

    pub(crate) fn visit_stmt_inner(&mut self, s: &'a Stmt) -> CResult {
        let l = loc(&s.loc);
        match &s.node {
            StmtKind::FunctionDef { .. } => self.codegen_function(s, false),
            StmtKind::AsyncFunctionDef { .. } => self.codegen_function(s, true),
            StmtKind::ClassDef { .. } => self.codegen_class(s),
            StmtKind::TypeAlias { .. } => self.codegen_typealias(s),
            StmtKind::Return { value } => self.codegen_return(s, value.as_deref()),
            StmtKind::Delete { targets } => {
                for t in targets {
                    self.visit_expr(t)?;
                }
                Ok(())
            }
            StmtKind::Assign { targets, value, .. } => {
                self.visit_expr(value)?;
                let n = targets.len();
                for (i, t) in targets.iter().enumerate() {
                    if i + 1 < n {
                        self.addop_i(COPY, 1, l);
                    }
                    self.visit_expr(t)?;
                }
                Ok(())
            }
            StmtKind::AugAssign { target, op, value } => self.augassign(s, target, *op, value),
            StmtKind::AnnAssign { .. } => self.annassign(s),
            StmtKind::For { .. } => self.cond_block(|c| c.codegen_for(s)),
            StmtKind::While { test, body, orelse } => {
                self.cond_block(|c| c.codegen_while(s, test, body, orelse))
            }
            StmtKind::If { test, body, orelse } => {
                self.cond_block(|c| c.codegen_if(s, test, body, orelse))
            }
            StmtKind::Match { subject, cases } => {
                self.cond_block(|c| c.codegen_match(subject, cases))
            }
            StmtKind::Raise { exc, cause } => {
                let mut n = 0;
                if let Some(e) = exc {
                    self.visit_expr(e)?;
                    n += 1;
                    if let Some(c) = cause {
                        self.visit_expr(c)?;
                        n += 1;
                    }
                }
                self.addop_i(RAISE_VARARGS, n, l);
                Ok(())
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => self.cond_block(|c| {
                if !finalbody.is_empty() {
                    c.try_finally(s, body, handlers, orelse, finalbody, false)
                } else {
                    c.try_except(s, body, handlers, orelse)
                }
            }),
            StmtKind::TryStar {
                body,
                handlers,
                orelse,
                finalbody,
            } => self.cond_block(|c| {
                if !finalbody.is_empty() {
                    c.try_finally(s, body, handlers, orelse, finalbody, true)
                } else {
                    c.try_star_except(s, body, handlers, orelse)
                }
            }),
            StmtKind::Assert { test, msg } => self.codegen_assert(s, test, msg.as_deref()),
            StmtKind::Import { names } => self.codegen_import(l, names),
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => self.codegen_from_import(l, module.as_deref(), names, level.unwrap_or(0)),
            StmtKind::Global { .. } | StmtKind::Nonlocal { .. } => Ok(()),
            StmtKind::Expr { value } => self.stmt_expr(l, value),
            StmtKind::Pass => {
                self.addop(NOP, l);
                Ok(())
            }
            StmtKind::Break => self.codegen_break(l),
            StmtKind::Continue => self.codegen_continue(l),
            StmtKind::With { items, body, .. } => {
                self.cond_block(|c| c.with_inner(s, items, body, 0))
            }
            StmtKind::AsyncWith { items, body, .. } => {
                self.cond_block(|c| c.async_with_inner(s, items, body, 0))
            }
            StmtKind::AsyncFor { .. } => self.cond_block(|c| c.codegen_async_for(s)),
        }
    }

    /// `codegen_stmt_expr`.
    fn stmt_expr(&mut self, l: SourceLocation, value: &'a Expr) -> CResult {
        if self.is_interactive_top_level() {
            self.visit_expr(value)?;
            self.addop_i(CALL_INTRINSIC_1, INTRINSIC_PRINT, l);
            self.addop(POP_TOP, NO_LOCATION);
            return Ok(());
        }
        if matches!(value.node, ExprKind::Constant { .. }) {
            // A constant statement is ignored.
            self.addop(NOP, l);
            return Ok(());
        }
        self.visit_expr(value)?;
        self.addop(POP_TOP, NO_LOCATION);
        Ok(())
    }

    /// `codegen_if`.
    fn codegen_if(
        &mut self,
        s: &'a Stmt,
        test: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
    ) -> CResult {
        let end = self.new_label();
        let next = if !orelse.is_empty() {
            self.new_label()
        } else {
            end
        };
        self.jump_if(loc(&s.loc), test, next, false)?;
        self.visit_stmts(body)?;
        if !orelse.is_empty() {
            self.addop_j(JUMP_NO_INTERRUPT, end, NO_LOCATION);
            self.use_label(next);
            self.visit_stmts(orelse)?;
        }
        self.use_label(end);
        Ok(())
    }

    /// `codegen_for`.
    fn codegen_for(&mut self, s: &'a Stmt) -> CResult {
        let StmtKind::For {
            target,
            iter,
            body,
            orelse,
            ..
        } = &s.node
        else {
            return Ok(());
        };
        let start = self.new_label();
        let body_l = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        self.push_fblock(
            loc(&s.loc),
            FBlockType::ForLoop,
            Some(start),
            Some(end),
            FBlockDatum::None,
        )?;
        self.visit_expr(iter)?;
        let il = loc(&iter.loc);
        self.addop(GET_ITER, il);
        self.use_label(start);
        self.addop_j(FOR_ITER, cleanup, il);
        // A NOP for the line tracing of multi-line for statements.
        self.addop(NOP, loc(&target.loc));
        self.use_label(body_l);
        self.visit_expr(target)?;
        self.visit_stmts(body)?;
        self.addop_j(JUMP, start, NO_LOCATION);
        self.use_label(cleanup);
        // END_FOR first: generators jump to it, other iterators past it.
        self.addop(END_FOR, NO_LOCATION);
        self.addop(POP_ITER, NO_LOCATION);
        self.pop_fblock(FBlockType::ForLoop);
        self.visit_stmts(orelse)?;
        self.use_label(end);
        Ok(())
    }

    /// `codegen_async_for`.
    fn codegen_async_for(&mut self, s: &'a Stmt) -> CResult {
        let StmtKind::AsyncFor {
            target,
            iter,
            body,
            orelse,
            ..
        } = &s.node
        else {
            return Ok(());
        };
        let l = loc(&s.loc);
        let start = self.new_label();
        let send = self.new_label();
        let except = self.new_label();
        let end = self.new_label();
        self.visit_expr(iter)?;
        self.addop(GET_AITER, loc(&iter.loc));
        self.use_label(start);
        self.push_fblock(
            l,
            FBlockType::AsyncForLoop,
            Some(start),
            Some(end),
            FBlockDatum::None,
        )?;
        // SETUP_FINALLY guards the __anext__ call.
        self.addop_j(SETUP_FINALLY, except, l);
        self.addop(GET_ANEXT, l);
        self.load_const(Constant::None, l);
        self.use_label(send);
        self.add_yield_from(l, true);
        self.addop(POP_BLOCK, l);
        self.addop(NOT_TAKEN, l);
        self.visit_expr(target)?;
        self.visit_stmts(body)?;
        self.addop_j(JUMP, start, NO_LOCATION);
        self.pop_fblock(FBlockType::AsyncForLoop);
        self.use_label(except);
        // END_ASYNC_FOR takes the iterator's line: it follows the `for`.
        self.addop_j(END_ASYNC_FOR, send, loc(&iter.loc));
        self.visit_stmts(orelse)?;
        self.use_label(end);
        Ok(())
    }

    /// `codegen_while`.
    fn codegen_while(
        &mut self,
        s: &'a Stmt,
        test: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
    ) -> CResult {
        let lp = self.new_label();
        let end = self.new_label();
        let anchor = self.new_label();
        self.use_label(lp);
        self.push_fblock(
            loc(&s.loc),
            FBlockType::WhileLoop,
            Some(lp),
            Some(end),
            FBlockDatum::None,
        )?;
        self.jump_if(loc(&s.loc), test, anchor, false)?;
        self.visit_stmts(body)?;
        self.addop_j(JUMP, lp, NO_LOCATION);
        self.pop_fblock(FBlockType::WhileLoop);
        self.use_label(anchor);
        self.visit_stmts(orelse)?;
        self.use_label(end);
        Ok(())
    }

    /// `codegen_return`.
    fn codegen_return(&mut self, s: &'a Stmt, value: Option<&'a Expr>) -> CResult {
        let mut l = loc(&s.loc);
        let preserve_tos = value.is_some_and(|v| !matches!(v.node, ExprKind::Constant { .. }));
        let ste = self.ste();
        if !ste.is_function_like() {
            return self.error(l, "'return' outside function");
        }
        if value.is_some() && ste.coroutine && ste.generator {
            return self.error(l, "'return' with value in async generator");
        }
        if preserve_tos {
            if let Some(v) = value {
                self.visit_expr(v)?;
            }
        } else if let Some(v) = value {
            // An instruction with the line number of the return value.
            l = loc(&v.loc);
            self.addop(NOP, l);
        }
        if value.is_none_or(|v| v.loc.lineno != s.loc.lineno) {
            l = loc(&s.loc);
            self.addop(NOP, l);
        }
        self.unwind_fblock_stack(&mut l, preserve_tos, false)?;
        match value {
            None => self.load_const(Constant::None, l),
            Some(v) if !preserve_tos => {
                if let ExprKind::Constant { value, .. } = &v.node {
                    self.load_const(const_of(value), l);
                }
            }
            _ => {}
        }
        self.addop(RETURN_VALUE, l);
        Ok(())
    }

    /// `codegen_break`.
    fn codegen_break(&mut self, l: SourceLocation) -> CResult {
        let mut ploc = l;
        self.addop(NOP, l);
        let lp = self.unwind_fblock_stack(&mut ploc, false, true)?;
        let Some(lp) = lp else {
            return self.error(l, "'break' outside loop");
        };
        self.unwind_fblock(&mut ploc, &lp, false)?;
        if let Some(exit) = lp.exit {
            self.addop_j(JUMP, exit, ploc);
        }
        Ok(())
    }

    /// `codegen_continue`.
    fn codegen_continue(&mut self, l: SourceLocation) -> CResult {
        let mut ploc = l;
        self.addop(NOP, l);
        let lp = self.unwind_fblock_stack(&mut ploc, false, true)?;
        let Some(lp) = lp else {
            return self.error(l, "'continue' not properly in loop");
        };
        if let Some(block) = lp.block {
            self.addop_j(JUMP, block, ploc);
        }
        Ok(())
    }

    /// `codegen_try_finally` and `codegen_try_star_finally`.
    fn try_finally(
        &mut self,
        s: &'a Stmt,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
        finalbody: &'a [Stmt],
        star: bool,
    ) -> CResult {
        let l = loc(&s.loc);
        let body_l = self.new_label();
        let end = self.new_label();
        let exit = self.new_label();
        let cleanup = self.new_label();
        self.addop_j(SETUP_FINALLY, end, l);
        self.use_label(body_l);
        self.push_fblock(
            l,
            FBlockType::FinallyTry,
            Some(body_l),
            Some(end),
            FBlockDatum::FinalBody(finalbody),
        )?;
        if !handlers.is_empty() {
            if star {
                self.try_star_except(s, body, handlers, orelse)?;
            } else {
                self.try_except(s, body, handlers, orelse)?;
            }
        } else {
            self.visit_stmts(body)?;
        }
        self.addop(POP_BLOCK, NO_LOCATION);
        self.pop_fblock(FBlockType::FinallyTry);
        self.visit_stmts(finalbody)?;
        self.addop_j(JUMP_NO_INTERRUPT, exit, NO_LOCATION);
        // `finally` block
        self.use_label(end);
        self.addop_j(SETUP_CLEANUP, cleanup, NO_LOCATION);
        self.addop(PUSH_EXC_INFO, NO_LOCATION);
        self.push_fblock(
            NO_LOCATION,
            FBlockType::FinallyEnd,
            Some(end),
            None,
            FBlockDatum::None,
        )?;
        self.visit_stmts(finalbody)?;
        self.pop_fblock(FBlockType::FinallyEnd);
        self.addop_i(RERAISE, 0, NO_LOCATION);
        self.use_label(cleanup);
        self.pop_except_and_reraise(NO_LOCATION);
        self.use_label(exit);
        Ok(())
    }

    /// `codegen_try_except`.
    fn try_except(
        &mut self,
        s: &'a Stmt,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
    ) -> CResult {
        let l = loc(&s.loc);
        let body_l = self.new_label();
        let mut except = self.new_label();
        let end = self.new_label();
        let cleanup = self.new_label();
        self.addop_j(SETUP_FINALLY, except, l);
        self.use_label(body_l);
        self.push_fblock(
            l,
            FBlockType::TryExcept,
            Some(body_l),
            None,
            FBlockDatum::None,
        )?;
        self.visit_stmts(body)?;
        self.pop_fblock(FBlockType::TryExcept);
        self.addop(POP_BLOCK, NO_LOCATION);
        self.visit_stmts(orelse)?;
        self.addop_j(JUMP_NO_INTERRUPT, end, NO_LOCATION);
        let n = handlers.len();
        self.use_label(except);
        self.addop_j(SETUP_CLEANUP, cleanup, NO_LOCATION);
        self.addop(PUSH_EXC_INFO, NO_LOCATION);
        // The runtime pushes a block here.
        self.push_fblock(
            l,
            FBlockType::ExceptionHandler,
            None,
            None,
            FBlockDatum::None,
        )?;
        for (i, handler) in handlers.iter().enumerate() {
            let hl = loc(&handler.loc);
            if handler.r#type.is_none() && i + 1 < n {
                return self.error(hl, "default 'except:' must be last");
            }
            except = self.new_label();
            if let Some(t) = &handler.r#type {
                self.visit_expr(t)?;
                self.addop(CHECK_EXC_MATCH, hl);
                self.addop_j(POP_JUMP_IF_FALSE, except, hl);
            }
            if let Some(name) = &handler.name {
                let cleanup_end = self.new_label();
                let cleanup_body = self.new_label();
                self.nameop(hl, name, ExprContext::Store)?;
                // try: body finally: name = None; del name
                self.addop_j(SETUP_CLEANUP, cleanup_end, hl);
                self.use_label(cleanup_body);
                self.push_fblock(
                    hl,
                    FBlockType::HandlerCleanup,
                    Some(cleanup_body),
                    None,
                    FBlockDatum::Name(name),
                )?;
                self.visit_stmts(&handler.body)?;
                self.pop_fblock(FBlockType::HandlerCleanup);
                self.addop(POP_BLOCK, NO_LOCATION);
                self.addop(POP_BLOCK, NO_LOCATION);
                self.addop(POP_EXCEPT, NO_LOCATION);
                self.load_const(Constant::None, NO_LOCATION);
                self.nameop(NO_LOCATION, name, ExprContext::Store)?;
                self.nameop(NO_LOCATION, name, ExprContext::Del)?;
                self.addop_j(JUMP_NO_INTERRUPT, end, NO_LOCATION);
                // except:
                self.use_label(cleanup_end);
                self.load_const(Constant::None, NO_LOCATION);
                self.nameop(NO_LOCATION, name, ExprContext::Store)?;
                self.nameop(NO_LOCATION, name, ExprContext::Del)?;
                self.addop_i(RERAISE, 1, NO_LOCATION);
            } else {
                let cleanup_body = self.new_label();
                self.addop(POP_TOP, hl);
                self.use_label(cleanup_body);
                self.push_fblock(
                    hl,
                    FBlockType::HandlerCleanup,
                    Some(cleanup_body),
                    None,
                    FBlockDatum::None,
                )?;
                self.visit_stmts(&handler.body)?;
                self.pop_fblock(FBlockType::HandlerCleanup);
                self.addop(POP_BLOCK, NO_LOCATION);
                self.addop(POP_EXCEPT, NO_LOCATION);
                self.addop_j(JUMP_NO_INTERRUPT, end, NO_LOCATION);
            }
            self.use_label(except);
        }
        self.pop_fblock(FBlockType::ExceptionHandler);
        self.addop_i(RERAISE, 0, NO_LOCATION);
        self.use_label(cleanup);
        self.pop_except_and_reraise(NO_LOCATION);
        self.use_label(end);
        Ok(())
    }

    /// `codegen_try_star_except`.
    fn try_star_except(
        &mut self,
        s: &'a Stmt,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
    ) -> CResult {
        let l = loc(&s.loc);
        let body_l = self.new_label();
        let mut except = self.new_label();
        let orelse_l = self.new_label();
        let end = self.new_label();
        let cleanup = self.new_label();
        let reraise_star = self.new_label();
        self.addop_j(SETUP_FINALLY, except, l);
        self.use_label(body_l);
        self.push_fblock(
            l,
            FBlockType::TryExcept,
            Some(body_l),
            None,
            FBlockDatum::None,
        )?;
        self.visit_stmts(body)?;
        self.pop_fblock(FBlockType::TryExcept);
        self.addop(POP_BLOCK, NO_LOCATION);
        self.addop_j(JUMP_NO_INTERRUPT, orelse_l, NO_LOCATION);
        let n = handlers.len();
        self.use_label(except);
        self.addop_j(SETUP_CLEANUP, cleanup, NO_LOCATION);
        self.addop(PUSH_EXC_INFO, NO_LOCATION);
        self.push_fblock(
            l,
            FBlockType::ExceptionGroupHandler,
            None,
            None,
            FBlockDatum::Some,
        )?;
        for (i, handler) in handlers.iter().enumerate() {
            let hl = loc(&handler.loc);
            except = self.new_label();
            let except_with_error = self.new_label();
            let no_match = self.new_label();
            if i == 0 {
                // [orig] BUILD_LIST; [orig, []] COPY 2; [orig, [], exc]
                self.addop_i(BUILD_LIST, 0, hl);
                self.addop_i(COPY, 2, hl);
            }
            if let Some(t) = &handler.r#type {
                self.visit_expr(t)?;
                self.addop(CHECK_EG_MATCH, hl);
                self.addop_i(COPY, 1, hl);
                self.addop_j(POP_JUMP_IF_NONE, no_match, hl);
            }
            let cleanup_end = self.new_label();
            let cleanup_body = self.new_label();
            match &handler.name {
                Some(name) => self.nameop(hl, name, ExprContext::Store)?,
                None => self.addop(POP_TOP, hl),
            }
            self.addop_j(SETUP_CLEANUP, cleanup_end, hl);
            self.use_label(cleanup_body);
            self.push_fblock(
                hl,
                FBlockType::HandlerCleanup,
                Some(cleanup_body),
                None,
                match &handler.name {
                    Some(n) => FBlockDatum::Name(n),
                    None => FBlockDatum::None,
                },
            )?;
            self.visit_stmts(&handler.body)?;
            self.pop_fblock(FBlockType::HandlerCleanup);
            self.addop(POP_BLOCK, NO_LOCATION);
            if let Some(name) = &handler.name {
                self.load_const(Constant::None, NO_LOCATION);
                self.nameop(NO_LOCATION, name, ExprContext::Store)?;
                self.nameop(NO_LOCATION, name, ExprContext::Del)?;
            }
            self.addop_j(JUMP_NO_INTERRUPT, except, NO_LOCATION);
            // except:
            self.use_label(cleanup_end);
            if let Some(name) = &handler.name {
                self.load_const(Constant::None, NO_LOCATION);
                self.nameop(NO_LOCATION, name, ExprContext::Store)?;
                self.nameop(NO_LOCATION, name, ExprContext::Del)?;
            }
            // The exception raised goes to the result list.
            self.addop_i(LIST_APPEND, 3, NO_LOCATION);
            self.addop(POP_TOP, NO_LOCATION);
            self.addop_j(JUMP_NO_INTERRUPT, except_with_error, NO_LOCATION);
            self.use_label(except);
            self.addop(NOP, NO_LOCATION);
            self.addop_j(JUMP_NO_INTERRUPT, except_with_error, NO_LOCATION);
            self.use_label(no_match);
            self.addop(POP_TOP, hl);
            self.use_label(except_with_error);
            if i + 1 == n {
                // The unhandled rest of the group (or None) too.
                self.addop_i(LIST_APPEND, 1, NO_LOCATION);
                self.addop_j(JUMP_NO_INTERRUPT, reraise_star, NO_LOCATION);
            }
        }
        self.pop_fblock(FBlockType::ExceptionGroupHandler);
        let reraise = self.new_label();
        self.use_label(reraise_star);
        self.addop_i(CALL_INTRINSIC_2, INTRINSIC_PREP_RERAISE_STAR, NO_LOCATION);
        self.addop_i(COPY, 1, NO_LOCATION);
        self.addop_j(POP_JUMP_IF_NOT_NONE, reraise, NO_LOCATION);
        // Nothing to reraise.
        self.addop(POP_TOP, NO_LOCATION);
        self.addop(POP_BLOCK, NO_LOCATION);
        self.addop(POP_EXCEPT, NO_LOCATION);
        self.addop_j(JUMP_NO_INTERRUPT, end, NO_LOCATION);
        self.use_label(reraise);
        self.addop(POP_BLOCK, NO_LOCATION);
        self.addop_i(SWAP, 2, NO_LOCATION);
        self.addop(POP_EXCEPT, NO_LOCATION);
        self.addop_i(RERAISE, 0, NO_LOCATION);
        self.use_label(cleanup);
        self.pop_except_and_reraise(NO_LOCATION);
        self.use_label(orelse_l);
        self.visit_stmts(orelse)?;
        self.use_label(end);
        Ok(())
    }

    /// `codegen_import_as`.
    fn import_as(&mut self, l: SourceLocation, name: &str, asname: &str) -> CResult {
        if let Some(dot) = name.find('.') {
            // Consume the base module name to get the first attribute.
            let mut rest = &name[dot + 1..];
            loop {
                let (attr, more) = match rest.find('.') {
                    Some(d) => (&rest[..d], Some(&rest[d + 1..])),
                    None => (rest, None),
                };
                self.addop_n_names(IMPORT_FROM, attr, l);
                match more {
                    None => break,
                    Some(m) => {
                        self.addop_i(SWAP, 2, l);
                        self.addop(POP_TOP, l);
                        rest = m;
                    }
                }
            }
            self.nameop(l, asname, ExprContext::Store)?;
            self.addop(POP_TOP, l);
            return Ok(());
        }
        self.nameop(l, asname, ExprContext::Store)
    }

    /// `codegen_import`.
    fn codegen_import(&mut self, l: SourceLocation, names: &'a [syntax::ast::Alias]) -> CResult {
        for alias in names {
            self.load_const(int_const(0), l);
            self.load_const(Constant::None, l);
            self.addop_name(IMPORT_NAME as i32, &alias.name, l);
            if let Some(asname) = &alias.asname {
                self.import_as(l, &alias.name, asname)?;
            } else {
                let tmp = match alias.name.find('.') {
                    Some(d) => &alias.name[..d],
                    None => &alias.name,
                };
                self.nameop(l, tmp, ExprContext::Store)?;
            }
        }
        Ok(())
    }

    /// `codegen_from_import`.
    fn codegen_from_import(
        &mut self,
        l: SourceLocation,
        module: Option<&str>,
        names: &'a [syntax::ast::Alias],
        level: i32,
    ) -> CResult {
        self.load_const(int_const(level as i64), l);
        let tuple: Box<[Constant]> = names.iter().map(|a| str_const(&a.name)).collect();
        self.load_const(Constant::Tuple(tuple), l);
        self.addop_name(IMPORT_NAME as i32, module.unwrap_or(""), l);
        for (i, alias) in names.iter().enumerate() {
            if i == 0 && alias.name.starts_with('*') {
                self.addop_i(CALL_INTRINSIC_1, INTRINSIC_IMPORT_STAR, l);
                self.addop(POP_TOP, NO_LOCATION);
                return Ok(());
            }
            self.addop_name(IMPORT_FROM as i32, &alias.name, l);
            let store = alias.asname.as_deref().unwrap_or(&alias.name);
            self.nameop(l, store, ExprContext::Store)?;
        }
        // The imported module.
        self.addop(POP_TOP, l);
        Ok(())
    }

    /// `codegen_assert`.
    fn codegen_assert(&mut self, s: &'a Stmt, test: &'a Expr, msg: Option<&'a Expr>) -> CResult {
        let l = loc(&s.loc);
        // Always warn for a non-empty tuple.
        if let ExprKind::Tuple { elts, .. } = &test.node
            && !elts.is_empty()
        {
            self.warn(l, "assertion is always true, perhaps remove parentheses?")?;
        }
        if self.optimize != 0 {
            return Ok(());
        }
        let end = self.new_label();
        self.jump_if(l, test, end, true)?;
        self.addop_i(LOAD_COMMON_CONSTANT, CONSTANT_ASSERTIONERROR, l);
        if let Some(m) = msg {
            self.visit_expr(m)?;
            self.addop_i(CALL, 0, l);
        }
        self.addop_i(RAISE_VARARGS, 1, loc(&test.loc));
        self.use_label(end);
        Ok(())
    }

    /// `codegen_with_except_finish`.
    fn with_except_finish(&mut self, cleanup: Label) {
        let suppress = self.new_label();
        self.addop(TO_BOOL, NO_LOCATION);
        self.addop_j(POP_JUMP_IF_TRUE, suppress, NO_LOCATION);
        self.addop_i(RERAISE, 2, NO_LOCATION);
        self.use_label(suppress);
        self.addop(POP_TOP, NO_LOCATION);
        self.addop(POP_BLOCK, NO_LOCATION);
        self.addop(POP_EXCEPT, NO_LOCATION);
        self.addop(POP_TOP, NO_LOCATION);
        self.addop(POP_TOP, NO_LOCATION);
        self.addop(POP_TOP, NO_LOCATION);
        let exit = self.new_label();
        self.addop_j(JUMP_NO_INTERRUPT, exit, NO_LOCATION);
        self.use_label(cleanup);
        self.pop_except_and_reraise(NO_LOCATION);
        self.use_label(exit);
    }

    /// `codegen_async_with_inner`.
    fn async_with_inner(
        &mut self,
        s: &'a Stmt,
        items: &'a [WithItem],
        body: &'a [Stmt],
        pos: usize,
    ) -> CResult {
        let Some(item) = items.get(pos) else {
            return Ok(());
        };
        let block = self.new_label();
        let final_l = self.new_label();
        let exit = self.new_label();
        let cleanup = self.new_label();
        self.visit_expr(&item.context_expr)?;
        let l = loc(&item.context_expr.loc);
        self.addop_i(COPY, 1, l);
        self.addop_i(LOAD_SPECIAL, SPECIAL_AEXIT, l);
        self.addop_i(SWAP, 2, l);
        self.addop_i(SWAP, 3, l);
        self.addop_i(LOAD_SPECIAL, SPECIAL_AENTER, l);
        self.addop_i(CALL, 0, l);
        self.addop_i(GET_AWAITABLE, 1, l);
        self.load_const(Constant::None, l);
        self.add_yield_from(l, true);
        self.addop_j(SETUP_WITH, final_l, l);
        // SETUP_WITH pushes a finally block.
        self.use_label(block);
        self.push_fblock(
            l,
            FBlockType::AsyncWith,
            Some(block),
            Some(final_l),
            FBlockDatum::Some,
        )?;
        match &item.optional_vars {
            Some(v) => self.visit_expr(v)?,
            None => self.addop(POP_TOP, l),
        }
        if pos + 1 == items.len() {
            self.visit_stmts(body)?;
        } else {
            self.async_with_inner(s, items, body, pos + 1)?;
        }
        self.pop_fblock(FBlockType::AsyncWith);
        self.addop(POP_BLOCK, l);
        // Success: call __exit__(None, None, None).
        self.call_exit_with_nones(l);
        self.addop_i(GET_AWAITABLE, 2, l);
        self.load_const(Constant::None, l);
        self.add_yield_from(l, true);
        self.addop(POP_TOP, l);
        self.addop_j(JUMP, exit, l);
        // An exception.
        self.use_label(final_l);
        self.addop_j(SETUP_CLEANUP, cleanup, l);
        self.addop(PUSH_EXC_INFO, l);
        self.addop(WITH_EXCEPT_START, l);
        self.addop_i(GET_AWAITABLE, 2, l);
        self.load_const(Constant::None, l);
        self.add_yield_from(l, true);
        self.with_except_finish(cleanup);
        self.use_label(exit);
        Ok(())
    }

    /// `codegen_with_inner`.
    fn with_inner(
        &mut self,
        s: &'a Stmt,
        items: &'a [WithItem],
        body: &'a [Stmt],
        pos: usize,
    ) -> CResult {
        let Some(item) = items.get(pos) else {
            return Ok(());
        };
        let block = self.new_label();
        let final_l = self.new_label();
        let exit = self.new_label();
        let cleanup = self.new_label();
        self.visit_expr(&item.context_expr)?;
        let l = loc(&item.context_expr.loc);
        self.addop_i(COPY, 1, l);
        self.addop_i(LOAD_SPECIAL, SPECIAL_EXIT, l);
        self.addop_i(SWAP, 2, l);
        self.addop_i(SWAP, 3, l);
        self.addop_i(LOAD_SPECIAL, SPECIAL_ENTER, l);
        self.addop_i(CALL, 0, l);
        self.addop_j(SETUP_WITH, final_l, l);
        self.use_label(block);
        self.push_fblock(
            l,
            FBlockType::With,
            Some(block),
            Some(final_l),
            FBlockDatum::Some,
        )?;
        match &item.optional_vars {
            Some(v) => self.visit_expr(v)?,
            None => self.addop(POP_TOP, l),
        }
        if pos + 1 == items.len() {
            self.visit_stmts(body)?;
        } else {
            self.with_inner(s, items, body, pos + 1)?;
        }
        self.addop(POP_BLOCK, NO_LOCATION);
        self.pop_fblock(FBlockType::With);
        self.call_exit_with_nones(l);
        self.addop(POP_TOP, l);
        self.addop_j(JUMP, exit, l);
        self.use_label(final_l);
        self.addop_j(SETUP_CLEANUP, cleanup, l);
        self.addop(PUSH_EXC_INFO, l);
        self.addop(WITH_EXCEPT_START, l);
        self.with_except_finish(cleanup);
        self.use_label(exit);
        Ok(())
    }

    /// `codegen_check_ann_expr`.
    fn check_ann_expr(&mut self, e: &'a Expr) -> CResult {
        self.visit_expr(e)?;
        self.addop(POP_TOP, loc(&e.loc));
        Ok(())
    }

    /// `codegen_check_ann_subscr`.
    fn check_ann_subscr(&mut self, e: &'a Expr) -> CResult {
        match &e.node {
            ExprKind::Slice { lower, upper, step } => {
                for x in [lower, upper, step].into_iter().flatten() {
                    self.check_ann_expr(x)?;
                }
                Ok(())
            }
            ExprKind::Tuple { elts, .. } => {
                for x in elts {
                    self.check_ann_subscr(x)?;
                }
                Ok(())
            }
            _ => self.check_ann_expr(e),
        }
    }

    /// `codegen_annassign`.
    fn annassign(&mut self, s: &'a Stmt) -> CResult {
        let StmtKind::AnnAssign {
            target,
            annotation,
            value,
            simple,
        } = &s.node
        else {
            return Ok(());
        };
        let l = loc(&s.loc);
        let future_annotations = self.future.features & CO_FUTURE_ANNOTATIONS != 0;
        if let Some(v) = value {
            self.visit_expr(v)?;
            self.visit_expr(target)?;
        }
        match &target.node {
            ExprKind::Name { id, .. } => {
                let st = self.ur().scope_type;
                if *simple != 0 && matches!(st, ScopeType::Module | ScopeType::Class) {
                    if future_annotations {
                        self.visit_annexpr(annotation)?;
                        self.addop_n_names(LOAD_NAME, "__annotations__", l);
                        let mangled = self.maybe_mangle(id);
                        self.load_const(Constant::Str(PyStr::from(&*mangled)), l);
                        self.addop(STORE_SUBSCR, l);
                    } else if let Some(idx) = self.add_deferred_annotation(s) {
                        if st == ScopeType::Class {
                            self.addop_cellvar(LOAD_DEREF, "__conditional_annotations__", l);
                        } else {
                            self.addop_n_names(LOAD_NAME, "__conditional_annotations__", l);
                        }
                        self.load_const(int_const(idx), l);
                        self.addop_i(SET_ADD, 1, l);
                        self.addop(POP_TOP, l);
                    }
                }
            }
            ExprKind::Attribute { value: av, .. } => {
                if value.is_none() {
                    self.check_ann_expr(av)?;
                }
            }
            ExprKind::Subscript {
                value: sv, slice, ..
            } => {
                if value.is_none() {
                    self.check_ann_expr(sv)?;
                    self.check_ann_subscr(slice)?;
                }
            }
            _ => return self.error(l, "invalid node type for annotated assignment"),
        }
        Ok(())
    }

    /// `codegen_augassign`.
    fn augassign(
        &mut self,
        s: &'a Stmt,
        e: &'a Expr,
        op: syntax::ast::Operator,
        value: &'a Expr,
    ) -> CResult {
        let mut l = loc(&e.loc);
        match &e.node {
            ExprKind::Attribute {
                value: av, attr, ..
            } => {
                self.visit_expr(av)?;
                self.addop_i(COPY, 1, l);
                l = update_start_location_to_match_attr(l, e);
                self.addop_name(LOAD_ATTR as i32, attr, l);
            }
            ExprKind::Subscript {
                value: sv, slice, ..
            } => {
                self.visit_expr(sv)?;
                if should_apply_two_element_slice_optimization(slice) {
                    self.slice_two_parts(slice)?;
                    self.addop_i(COPY, 3, l);
                    self.addop_i(COPY, 3, l);
                    self.addop_i(COPY, 3, l);
                    self.addop(BINARY_SLICE, l);
                } else {
                    self.visit_expr(slice)?;
                    self.addop_i(COPY, 2, l);
                    self.addop_i(COPY, 2, l);
                    self.addop_i(BINARY_OP, crate::opcode::nb::SUBSCR as i32, l);
                }
            }
            ExprKind::Name { id, .. } => self.nameop(l, id, ExprContext::Load)?,
            _ => return self.error(l, "invalid node type for augmented assignment"),
        }
        let sl = loc(&s.loc);
        self.visit_expr(value)?;
        self.addop_binary(sl, op, true);
        let mut l = loc(&e.loc);
        match &e.node {
            ExprKind::Attribute { attr, .. } => {
                l = update_start_location_to_match_attr(l, e);
                self.addop_i(SWAP, 2, l);
                self.addop_name(STORE_ATTR as i32, attr, l);
            }
            ExprKind::Subscript { slice, .. } => {
                if should_apply_two_element_slice_optimization(slice) {
                    self.addop_i(SWAP, 4, l);
                    self.addop_i(SWAP, 3, l);
                    self.addop_i(SWAP, 2, l);
                    self.addop(STORE_SLICE, l);
                } else {
                    self.addop_i(SWAP, 3, l);
                    self.addop_i(SWAP, 2, l);
                    self.addop(STORE_SUBSCR, l);
                }
            }
            ExprKind::Name { id, .. } => return self.nameop(l, id, ExprContext::Store),
            _ => {}
        }
        Ok(())
    }
}

/// `update_start_location_to_match_attr`: an attribute access spanning
/// lines starts at the attribute name.
pub(crate) fn update_start_location_to_match_attr(
    mut l: SourceLocation,
    attr: &Expr,
) -> SourceLocation {
    let ExprKind::Attribute { attr: name, .. } = &attr.node else {
        return l;
    };
    if l.lineno != attr.loc.end_lineno {
        l.lineno = attr.loc.end_lineno;
        let len = name.chars().count() as i32;
        if len <= attr.loc.end_col_offset {
            l.col_offset = attr.loc.end_col_offset - len;
        } else {
            // GH-94694: a strange AST; drop the columns.
            l.col_offset = -1;
            l.end_col_offset = -1;
        }
        l.end_lineno = l.lineno.max(l.end_lineno);
        if l.lineno == l.end_lineno {
            l.end_col_offset = l.col_offset.max(l.end_col_offset);
        }
    }
    l
}

/// `is_constant_slice`.
pub(crate) fn is_constant_slice(s: &Expr) -> bool {
    let c = |x: &Option<Box<Expr>>| {
        x.as_ref()
            .is_none_or(|e| matches!(e.node, ExprKind::Constant { .. }))
    };
    matches!(&s.node, ExprKind::Slice { lower, upper, step } if c(lower) && c(upper) && c(step))
}

/// `should_apply_two_element_slice_optimization`.
pub(crate) fn should_apply_two_element_slice_optimization(s: &Expr) -> bool {
    !is_constant_slice(s) && matches!(&s.node, ExprKind::Slice { step: None, .. })
}
