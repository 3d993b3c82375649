//! Code generation: the AST to an instruction sequence with pseudo
//! instructions and labels, unit by unit, exactly as CPython 3.14 emits it.
//!
//! - this file: instruction helpers, modules and bodies, functions, classes,
//!   type parameters, annotations (PEP 649), closures, names;
//! - [`stmt`]: statements, loops, `try`, `with`, frame-block unwinding;
//! - [`expr`]: expressions, calls, comprehensions, f-strings and t-strings;
//! - [`pattern`]: `match` (PEP 634).
//!
//! CPython: Python/codegen.c.

// The ports keep CPython's shapes: index loops, immediately called
// closures for its error paths, parameters passed down recursions.
#![allow(
    clippy::needless_range_loop,
    clippy::redundant_closure_call,
    clippy::only_used_in_recursion
)]

mod expr;
mod pattern;
mod stmt;

use crate::code::{CodeCore, Constant};
use crate::compile::{CResult, Compiler, FBlockDatum, FBlockType, OpType, ScopeType};
use crate::future::CO_FUTURE_ANNOTATIONS;
use crate::instr::{Label, SourceLocation};
use crate::opcode::op::*;
use crate::symtable::{BlockType, GLOBAL_IMPLICIT, Key, src_loc};
use syntax::ast::{
    Arg, Arguments, ConstantValue, Expr, ExprContext, ExprKind, Location, Mod, PyInt, PyStr,
    PyStrBuf, Stmt, StmtKind, TypeParam, TypeParamKind,
};

pub(crate) const NO_LOCATION: SourceLocation = SourceLocation::NONE;
pub(crate) const NEXT_LOCATION: SourceLocation = SourceLocation::new(-2, -2, -2, -2);

/// `_PY_STACK_USE_GUIDELINE`.
pub(crate) const STACK_USE_GUIDELINE: usize = 30;

// RESUME opargs.
pub(crate) const RESUME_AT_FUNC_START: i32 = 0;
pub(crate) const RESUME_AFTER_YIELD: i32 = 1;
pub(crate) const RESUME_AFTER_YIELD_FROM: i32 = 2;
pub(crate) const RESUME_AFTER_AWAIT: i32 = 3;

// MAKE_FUNCTION / SET_FUNCTION_ATTRIBUTE flags.
pub(crate) const MAKE_FUNCTION_DEFAULTS: i32 = 0x01;
pub(crate) const MAKE_FUNCTION_KWDEFAULTS: i32 = 0x02;
pub(crate) const MAKE_FUNCTION_ANNOTATIONS: i32 = 0x04;
pub(crate) const MAKE_FUNCTION_CLOSURE: i32 = 0x08;
pub(crate) const MAKE_FUNCTION_ANNOTATE: i32 = 0x10;

// CALL_INTRINSIC_1 / CALL_INTRINSIC_2.
pub(crate) const INTRINSIC_PRINT: i32 = 1;
pub(crate) const INTRINSIC_IMPORT_STAR: i32 = 2;
pub(crate) const INTRINSIC_STOPITERATION_ERROR: i32 = 3;
pub(crate) const INTRINSIC_ASYNC_GEN_WRAP: i32 = 4;
pub(crate) const INTRINSIC_UNARY_POSITIVE: i32 = 5;
pub(crate) const INTRINSIC_LIST_TO_TUPLE: i32 = 6;
pub(crate) const INTRINSIC_TYPEVAR: i32 = 7;
pub(crate) const INTRINSIC_PARAMSPEC: i32 = 8;
pub(crate) const INTRINSIC_TYPEVARTUPLE: i32 = 9;
pub(crate) const INTRINSIC_SUBSCRIPT_GENERIC: i32 = 10;
pub(crate) const INTRINSIC_TYPEALIAS: i32 = 11;
pub(crate) const INTRINSIC_PREP_RERAISE_STAR: i32 = 1;
pub(crate) const INTRINSIC_TYPEVAR_WITH_BOUND: i32 = 2;
pub(crate) const INTRINSIC_TYPEVAR_WITH_CONSTRAINTS: i32 = 3;
pub(crate) const INTRINSIC_SET_FUNCTION_TYPE_PARAMS: i32 = 4;
pub(crate) const INTRINSIC_SET_TYPEPARAM_DEFAULT: i32 = 5;

// LOAD_COMMON_CONSTANT.
pub(crate) const CONSTANT_ASSERTIONERROR: i32 = 0;
pub(crate) const CONSTANT_NOTIMPLEMENTEDERROR: i32 = 1;
pub(crate) const CONSTANT_BUILTIN_TUPLE: i32 = 2;
pub(crate) const CONSTANT_BUILTIN_ALL: i32 = 3;
pub(crate) const CONSTANT_BUILTIN_ANY: i32 = 4;

// LOAD_SPECIAL.
pub(crate) const SPECIAL_ENTER: i32 = 0;
pub(crate) const SPECIAL_EXIT: i32 = 1;
pub(crate) const SPECIAL_AENTER: i32 = 2;
pub(crate) const SPECIAL_AEXIT: i32 = 3;

/// `_Py_ANNOTATE_FORMAT_VALUE_WITH_FAKE_GLOBALS`.
const FORMAT_VALUE_WITH_FAKE_GLOBALS: i64 = 2;

// Rich comparison ops and the COMPARE_OP masks (pycore_code.h).
pub(crate) const PY_LT: i32 = 0;
pub(crate) const PY_LE: i32 = 1;
pub(crate) const PY_EQ: i32 = 2;
pub(crate) const PY_NE: i32 = 3;
pub(crate) const PY_GT: i32 = 4;
pub(crate) const PY_GE: i32 = 5;
pub(crate) const fn compare_mask(cmp: i32) -> i32 {
    match cmp {
        PY_LT => 2,
        PY_LE => 2 | 8,
        PY_EQ => 8,
        PY_NE => 1 | 2 | 4,
        PY_GT => 4,
        _ => 4 | 8,
    }
}

// Pseudo "methods" of codegen_addop_name.
pub(crate) const LOAD_METHOD: i32 = -1;
pub(crate) const LOAD_SUPER_METHOD: i32 = -2;
pub(crate) const LOAD_ZERO_SUPER_ATTR: i32 = -3;
pub(crate) const LOAD_ZERO_SUPER_METHOD: i32 = -4;

const RED_ZONE: usize = 128 * 1024;
const STACK_SEGMENT: usize = 4 * 1024 * 1024;

pub(crate) fn loc(l: &Location) -> SourceLocation {
    src_loc(l)
}

pub(crate) fn const_of(v: &ConstantValue) -> Constant {
    match v {
        ConstantValue::None => Constant::None,
        ConstantValue::Bool(b) => Constant::Bool(*b),
        ConstantValue::Ellipsis => Constant::Ellipsis,
        ConstantValue::Int(i) => Constant::Int(i.clone()),
        ConstantValue::Float(f) => Constant::Float(*f),
        ConstantValue::Complex { real, imag } => Constant::Complex {
            real: *real,
            imag: *imag,
        },
        ConstantValue::Str(s) => Constant::Str(s.clone()),
        ConstantValue::Bytes(b) => Constant::Bytes(b.clone()),
    }
}

pub(crate) fn str_const(s: &str) -> Constant {
    Constant::Str(PyStr::from(s))
}

pub(crate) fn int_const(i: i64) -> Constant {
    Constant::Int(PyInt::Small(i))
}

/// `_PyCompile_CleanDoc`: `inspect.cleandoc` without removing leading and
/// trailing blank lines (line numbers stay right).
pub(crate) fn clean_doc(doc: &PyStr) -> PyStr {
    // expandtabs(8) on code points.
    let mut cps: Vec<u32> = Vec::new();
    let mut col = 0usize;
    for c in doc.code_points() {
        if c == '\t' as u32 {
            let n = 8 - col % 8;
            cps.extend(std::iter::repeat_n(' ' as u32, n));
            col += n;
        } else {
            cps.push(c);
            col = if c == '\n' as u32 || c == '\r' as u32 {
                0
            } else {
                col + 1
            };
        }
    }
    let sp = ' ' as u32;
    let nl = '\n' as u32;
    let n = cps.len();
    // Minimum indentation of the non-blank lines after the first.
    let mut p = 0;
    while p < n {
        let c = cps[p];
        p += 1;
        if c == nl {
            break;
        }
    }
    let mut margin = usize::MAX;
    while p < n {
        let s = p;
        while p < n && cps[p] == sp {
            p += 1;
        }
        if p < n && cps[p] != nl {
            margin = margin.min(p - s);
        }
        while p < n {
            let c = cps[p];
            p += 1;
            if c == nl {
                break;
            }
        }
    }
    if margin == usize::MAX {
        margin = 0;
    }
    let mut p = 0;
    while p < n && cps[p] == sp {
        p += 1;
    }
    if p == 0 && margin == 0 {
        return to_pystr(&cps);
    }
    let mut out = Vec::with_capacity(n);
    while p < n {
        let c = cps[p];
        p += 1;
        out.push(c);
        if c == nl {
            break;
        }
    }
    while p < n {
        let mut i = 0;
        while i < margin && p < n && cps[p] == sp {
            i += 1;
            p += 1;
        }
        while p < n {
            let c = cps[p];
            p += 1;
            out.push(c);
            if c == nl {
                break;
            }
        }
    }
    to_pystr(&out)
}

fn to_pystr(cps: &[u32]) -> PyStr {
    let mut b = PyStrBuf::with_capacity(cps.len());
    for &c in cps {
        let _ = b.push_code_point(c);
    }
    b.finish()
}

pub(crate) fn get_docstring(body: &[Stmt]) -> Option<&PyStr> {
    crate::future::get_docstring(body)
}

impl<'a> Compiler<'a> {
    // --- instruction helpers ------------------------------------------------

    pub(crate) fn addop(&mut self, op: u16, l: SourceLocation) {
        self.u().seq.addop(op, 0, l);
    }

    pub(crate) fn addop_i(&mut self, op: u16, oparg: i32, l: SourceLocation) {
        self.u().seq.addop(op, oparg, l);
    }

    pub(crate) fn addop_j(&mut self, op: u16, target: Label, l: SourceLocation) {
        self.u().seq.addop(op, target.0 as i32, l);
    }

    pub(crate) fn new_label(&mut self) -> Label {
        self.u().seq.new_label()
    }

    pub(crate) fn use_label(&mut self, l: Label) {
        self.u().seq.use_label(l);
    }

    pub(crate) fn add_const(&mut self, c: Constant) -> i32 {
        self.u().meta.consts.add_const(c) as i32
    }

    pub(crate) fn load_const(&mut self, c: Constant, l: SourceLocation) {
        let i = self.add_const(c);
        self.addop_i(LOAD_CONST, i, l);
    }

    pub(crate) fn mangle(&self, name: &str) -> Box<str> {
        crate::symtable::mangle(self.ur().private.as_deref(), name).into()
    }

    pub(crate) fn maybe_mangle(&self, name: &str) -> Box<str> {
        self.st
            .maybe_mangle(self.ur().private.as_deref(), self.ur().ste, name)
            .into()
    }

    /// `codegen_addop_name` for the `names` dict (attributes, imports).
    pub(crate) fn addop_name(&mut self, op: i32, name: &str, l: SourceLocation) {
        let mangled = self.maybe_mangle(name);
        let mut arg = self.u().meta.names.add(&mangled) as i32;
        let mut opcode = op;
        if op == LOAD_ATTR as i32 {
            arg <<= 1;
        }
        if op == LOAD_METHOD {
            opcode = LOAD_ATTR as i32;
            arg = (arg << 1) | 1;
        }
        if op == LOAD_SUPER_ATTR as i32 {
            arg = (arg << 2) | 2;
        }
        if op == LOAD_SUPER_METHOD {
            opcode = LOAD_SUPER_ATTR as i32;
            arg = (arg << 2) | 3;
        }
        if op == LOAD_ZERO_SUPER_ATTR {
            opcode = LOAD_SUPER_ATTR as i32;
            arg <<= 2;
        }
        if op == LOAD_ZERO_SUPER_METHOD {
            opcode = LOAD_SUPER_ATTR as i32;
            arg = (arg << 2) | 1;
        }
        self.addop_i(opcode as u16, arg, l);
    }

    /// `codegen_addop_name` for the `varnames` dict.
    pub(crate) fn addop_varname(&mut self, op: u16, name: &str, l: SourceLocation) {
        let mangled = self.maybe_mangle(name);
        let arg = self.u().meta.varnames.add(&mangled) as i32;
        self.addop_i(op, arg, l);
    }

    pub(crate) fn addop_cellvar(&mut self, op: u16, name: &str, l: SourceLocation) {
        let mangled = self.maybe_mangle(name);
        let arg = self.u().meta.cellvars.add(&mangled) as i32;
        self.addop_i(op, arg, l);
    }

    pub(crate) fn addop_freevar(&mut self, op: u16, name: &str, l: SourceLocation) {
        let mangled = self.maybe_mangle(name);
        let arg = self.u().meta.freevars.add(&mangled) as i32;
        self.addop_i(op, arg, l);
    }

    /// ADDOP_N for names not mangled (CPython passes interned names).
    pub(crate) fn addop_n_names(&mut self, op: u16, name: &str, l: SourceLocation) {
        let arg = self.u().meta.names.add(name) as i32;
        self.addop_i(op, arg, l);
    }

    pub(crate) fn addop_n_cellvars(&mut self, op: u16, name: &str, l: SourceLocation) {
        let arg = self.u().meta.cellvars.add(name) as i32;
        self.addop_i(op, arg, l);
    }

    pub(crate) fn addop_n_freevars(&mut self, op: u16, name: &str, l: SourceLocation) {
        let arg = self.u().meta.freevars.add(name) as i32;
        self.addop_i(op, arg, l);
    }

    pub(crate) fn add_return_at_end(&mut self, add_none: bool) {
        if add_none {
            self.load_const(Constant::None, NO_LOCATION);
        }
        self.addop(RETURN_VALUE, NO_LOCATION);
    }

    pub(crate) fn is_interactive_top_level(&self) -> bool {
        self.interactive && self.units.len() == 1
    }

    // --- names --------------------------------------------------------------

    /// `codegen_nameop`.
    pub(crate) fn nameop(&mut self, l: SourceLocation, name: &str, ctx: ExprContext) -> CResult {
        let mangled = self.maybe_mangle(name);
        let scope = self.ste().scope(&mangled);
        let (optype, mut arg) = self.resolve_nameop(&mangled, scope);
        let block_type = self.ste().block_type;
        let can_see_class_scope = self.ste().can_see_class_scope;
        let in_inlined = self.ur().in_inlined_comp != 0;
        let op = match optype {
            OpType::Deref => match ctx {
                ExprContext::Load => {
                    if block_type == BlockType::Class && !in_inlined {
                        self.addop(LOAD_LOCALS, l);
                        LOAD_FROM_DICT_OR_DEREF
                    } else if can_see_class_scope {
                        self.addop_n_freevars(LOAD_DEREF, "__classdict__", l);
                        LOAD_FROM_DICT_OR_DEREF
                    } else {
                        LOAD_DEREF
                    }
                }
                ExprContext::Store => STORE_DEREF,
                ExprContext::Del => DELETE_DEREF,
            },
            OpType::Fast => {
                let op = match ctx {
                    ExprContext::Load => LOAD_FAST,
                    ExprContext::Store => STORE_FAST,
                    ExprContext::Del => DELETE_FAST,
                };
                let i = self.u().meta.varnames.add(&mangled) as i32;
                self.addop_i(op, i, l);
                return Ok(());
            }
            OpType::Global => match ctx {
                ExprContext::Load => {
                    if can_see_class_scope && scope == GLOBAL_IMPLICIT {
                        self.addop_n_freevars(LOAD_DEREF, "__classdict__", l);
                        LOAD_FROM_DICT_OR_GLOBALS
                    } else {
                        LOAD_GLOBAL
                    }
                }
                ExprContext::Store => STORE_GLOBAL,
                ExprContext::Del => DELETE_GLOBAL,
            },
            OpType::Name => match ctx {
                ExprContext::Load => {
                    if block_type == BlockType::Class && in_inlined {
                        LOAD_GLOBAL
                    } else {
                        LOAD_NAME
                    }
                }
                ExprContext::Store => STORE_NAME,
                ExprContext::Del => DELETE_NAME,
            },
        };
        if op == LOAD_GLOBAL {
            arg <<= 1;
        }
        self.addop_i(op, arg as i32, l);
        Ok(())
    }

    // --- modules and bodies ---------------------------------------------------

    /// `codegen_enter_scope`.
    pub(crate) fn codegen_enter_scope(
        &mut self,
        name: &str,
        scope_type: ScopeType,
        key: Key,
        lineno: i32,
        private: Option<Box<str>>,
        argcounts: (u32, u32, u32),
    ) -> CResult {
        self.enter_scope(name, scope_type, key, lineno, private, argcounts)?;
        let mut l = SourceLocation::new(lineno, lineno, 0, 0);
        if scope_type == ScopeType::Module {
            l.lineno = 0;
        }
        self.addop_i(RESUME, RESUME_AT_FUNC_START, l);
        if scope_type == ScopeType::Module {
            self.addop(ANNOTATIONS_PLACEHOLDER, l);
        }
        Ok(())
    }

    /// `compiler_codegen`: enters the module scope and emits its body.
    pub fn codegen_mod(&mut self, module: &'a Mod) -> CResult {
        self.codegen_enter_scope(
            "<module>",
            ScopeType::Module,
            Key::of_mod(module),
            1,
            None,
            (0, 0, 0),
        )?;
        match module {
            Mod::Module { body, .. } => {
                let l = start_location(body);
                self.codegen_module(l, body, false)
            }
            Mod::Interactive { body } => {
                self.interactive = true;
                let l = start_location(body);
                self.codegen_module(l, body, true)
            }
            Mod::Expression { body } => self.visit_expr(body),
            Mod::FunctionType { .. } => {
                self.error(NO_LOCATION, "module kind should not be possible")
            }
        }
    }

    /// `_PyCodegen_Module`.
    fn codegen_module(
        &mut self,
        l: SourceLocation,
        stmts: &'a [Stmt],
        interactive: bool,
    ) -> CResult {
        if self.ste().has_conditional_annotations {
            self.addop_i(BUILD_SET, 0, l);
            self.addop_n_names(STORE_NAME, "__conditional_annotations__", l);
        }
        self.codegen_body(l, stmts, interactive)
    }

    /// `codegen_body`: a module or class body, with its docstring and
    /// deferred annotations.
    pub(crate) fn codegen_body(
        &mut self,
        l: SourceLocation,
        stmts: &'a [Stmt],
        is_interactive: bool,
    ) -> CResult {
        let future_annotations = self.future.features & CO_FUTURE_ANNOTATIONS != 0;
        if future_annotations && self.ste().annotations_used {
            self.addop(SETUP_ANNOTATIONS, l);
        }
        if stmts.is_empty() {
            return Ok(());
        }
        let mut first = 0;
        if !is_interactive
            && self.ste().has_docstring
            && let Some(doc) = get_docstring(stmts)
        {
            first = 1;
            let cleaned = clean_doc(doc);
            let dl = match &stmts[0].node {
                StmtKind::Expr { value } => loc(&value.loc),
                _ => NO_LOCATION,
            };
            self.load_const(Constant::Str(cleaned), dl);
            self.nameop(NO_LOCATION, "__doc__", ExprContext::Store)?;
        }
        for s in &stmts[first..] {
            self.visit_stmt(s)?;
        }
        if !future_annotations {
            self.process_deferred_annotations(l)?;
        }
        Ok(())
    }

    // --- closures -------------------------------------------------------------

    /// `codegen_make_closure`: `freevars` are the nested unit's free
    /// variables in order.
    pub(crate) fn make_closure(
        &mut self,
        l: SourceLocation,
        co: CodeCore,
        mut flags: i32,
    ) -> CResult {
        let freevars: Vec<Box<str>> = co
            .localsplusnames
            .iter()
            .zip(co.localspluskinds.iter())
            .filter(|(_, k)| **k & crate::code::kinds::CO_FAST_FREE != 0)
            .map(|(n, _)| n.clone())
            .collect();
        if !freevars.is_empty() {
            for name in &freevars {
                let arg = self.lookup_arg(name)?;
                self.addop_i(LOAD_CLOSURE, arg as i32, l);
            }
            flags |= MAKE_FUNCTION_CLOSURE;
            self.addop_i(BUILD_TUPLE, freevars.len() as i32, l);
        }
        self.load_const(Constant::Code(std::sync::Arc::new(co)), l);
        self.addop(MAKE_FUNCTION, l);
        for f in [
            MAKE_FUNCTION_CLOSURE,
            MAKE_FUNCTION_ANNOTATIONS,
            MAKE_FUNCTION_ANNOTATE,
            MAKE_FUNCTION_KWDEFAULTS,
            MAKE_FUNCTION_DEFAULTS,
        ] {
            if flags & f != 0 {
                self.addop_i(SET_FUNCTION_ATTRIBUTE, f, l);
            }
        }
        Ok(())
    }

    /// Assembles the current unit and leaves it, returning its code.
    pub(crate) fn finish_unit(&mut self, add_none: bool) -> CResult<CodeCore> {
        let r = self.optimize_and_assemble(add_none);
        match r {
            Ok((code, saved)) => {
                self.exit_scope(saved);
                Ok(code)
            }
            Err(e) => {
                self.exit_scope(None);
                Err(e)
            }
        }
    }

    // --- annotations ----------------------------------------------------------

    /// `codegen_setup_annotations_scope`.
    fn setup_annotations_scope(&mut self, l: SourceLocation, key: Key, name: &str) -> CResult {
        self.codegen_enter_scope(name, ScopeType::Annotations, key, l.lineno, None, (0, 1, 0))?;
        // if .format > VALUE_WITH_FAKE_GLOBALS: raise NotImplementedError
        self.addop_i(LOAD_FAST, 0, l);
        self.load_const(int_const(FORMAT_VALUE_WITH_FAKE_GLOBALS), l);
        self.addop_i(COMPARE_OP, (PY_GT << 5) | compare_mask(PY_GT), l);
        let body = self.new_label();
        self.addop_j(POP_JUMP_IF_FALSE, body, l);
        self.addop_i(LOAD_COMMON_CONSTANT, CONSTANT_NOTIMPLEMENTEDERROR, l);
        self.addop_i(RAISE_VARARGS, 1, l);
        self.use_label(body);
        Ok(())
    }

    /// `codegen_leave_annotations_scope`.
    fn leave_annotations_scope(&mut self, l: SourceLocation) -> CResult {
        self.addop(RETURN_VALUE, l);
        let mut co = self.finish_unit(true)?;
        // The parameter shows as "format" in signatures; the symbol table
        // calls it ".format" so an annotation may use "format".
        let mut names = co.localsplusnames.to_vec();
        if let Some(first) = names.first_mut() {
            *first = "format".into();
        }
        co.localsplusnames = names.into_boxed_slice();
        self.make_closure(l, co, 0)
    }

    /// `codegen_deferred_annotations_body`.
    fn deferred_annotations_body(
        &mut self,
        l: SourceLocation,
        deferred: &[&'a Stmt],
        indices: &[i64],
        scope_type: ScopeType,
    ) -> CResult {
        self.addop_i(BUILD_MAP, 0, l);
        for (i, st) in deferred.iter().enumerate() {
            let StmtKind::AnnAssign {
                target, annotation, ..
            } = &st.node
            else {
                continue;
            };
            let ExprKind::Name { id, .. } = &target.node else {
                continue;
            };
            let mangled = self.mangle(id);
            let idx = indices.get(i).copied().unwrap_or(-1);
            let not_set = self.new_label();
            let sl = loc(&st.loc);
            if idx != -1 {
                self.load_const(int_const(idx), sl);
                if scope_type == ScopeType::Class {
                    self.addop_freevar(LOAD_DEREF, "__conditional_annotations__", sl);
                } else {
                    let arg = self.u().meta.names.add("__conditional_annotations__") as i32;
                    self.addop_i(LOAD_GLOBAL, arg << 1, sl);
                }
                self.addop_i(CONTAINS_OP, 0, sl);
                self.addop_j(POP_JUMP_IF_FALSE, not_set, sl);
            }
            self.visit_expr(annotation)?;
            self.addop_i(COPY, 2, sl);
            self.load_const(Constant::Str(PyStr::from(&*mangled)), sl);
            self.addop(STORE_SUBSCR, l);
            self.use_label(not_set);
        }
        Ok(())
    }

    /// `codegen_process_deferred_annotations`.
    fn process_deferred_annotations(&mut self, l: SourceLocation) -> CResult {
        let Some(deferred) = self.u().deferred_annotations.take() else {
            return Ok(());
        };
        let indices = std::mem::take(&mut self.u().conditional_annotation_indices);
        let scope_type = self.ur().scope_type;
        let need_separate_block = scope_type == ScopeType::Module;
        if need_separate_block {
            let parent = std::mem::take(&mut self.u().seq);
            self.u().stashed_seq = Some(parent);
        }
        let ste = self.ste();
        let key = ste.key.plus1();
        let is_class = ste.block_type == BlockType::Class;
        let name = ste
            .annotation_block
            .map(|b| self.st.entry(b).name.clone())
            .unwrap_or_else(|| "__annotate__".into());
        self.setup_annotations_scope(l, key, &name)?;
        if let Err(e) = self.deferred_annotations_body(l, &deferred, &indices, scope_type) {
            self.exit_scope(None);
            return Err(e);
        }
        self.leave_annotations_scope(l)?;
        let target = if is_class {
            "__annotate_func__"
        } else {
            "__annotate__"
        };
        self.nameop(l, target, ExprContext::Store)?;
        if need_separate_block {
            let parent = self.u().stashed_seq.take().unwrap_or_default();
            let anno = std::mem::replace(&mut self.u().seq, parent);
            self.u().seq.annotations_code = Some(Box::new(anno));
        }
        Ok(())
    }

    fn visit_annexpr(&mut self, annotation: &Expr) -> CResult {
        let s = crate::unparse::expr_as_unicode(annotation);
        self.load_const(Constant::Str(s), loc(&annotation.loc));
        Ok(())
    }

    /// `codegen_argannotation`.
    fn argannotation(
        &mut self,
        id: &str,
        annotation: Option<&'a Expr>,
        len: &mut i32,
        l: SourceLocation,
    ) -> CResult {
        let Some(annotation) = annotation else {
            return Ok(());
        };
        let mangled = self.maybe_mangle(id);
        self.load_const(Constant::Str(PyStr::from(&*mangled)), l);
        if self.future.features & CO_FUTURE_ANNOTATIONS != 0 {
            self.visit_annexpr(annotation)?;
        } else if let ExprKind::Starred { value, .. } = &annotation.node {
            // *args: *Ts -- do [annotation_value] = [*Ts].
            self.visit_expr(value)?;
            self.addop_i(UNPACK_SEQUENCE, 1, l);
        } else {
            self.visit_expr(annotation)?;
        }
        *len += 1;
        Ok(())
    }

    fn argannotations(&mut self, args: &'a [Arg], len: &mut i32, l: SourceLocation) -> CResult {
        for a in args {
            self.argannotation(&a.arg, a.annotation.as_deref(), len, l)?;
        }
        Ok(())
    }

    /// `codegen_annotations_in_scope`.
    fn annotations_in_scope(
        &mut self,
        l: SourceLocation,
        args: &'a Arguments,
        returns: Option<&'a Expr>,
        len: &mut i32,
    ) -> CResult {
        self.argannotations(&args.args, len, l)?;
        self.argannotations(&args.posonlyargs, len, l)?;
        if let Some(v) = &args.vararg {
            self.argannotation(&v.arg, v.annotation.as_deref(), len, l)?;
        }
        self.argannotations(&args.kwonlyargs, len, l)?;
        if let Some(k) = &args.kwarg {
            self.argannotation(&k.arg, k.annotation.as_deref(), len, l)?;
        }
        self.argannotation("return", returns, len, l)
    }

    /// `codegen_function_annotations`: 0 or MAKE_FUNCTION_ANNOTATE.
    fn function_annotations(
        &mut self,
        l: SourceLocation,
        args: &'a Arguments,
        returns: Option<&'a Expr>,
    ) -> CResult<i32> {
        let Some(ste) = self.st.lookup(Key::of_args(args)) else {
            return Ok(0);
        };
        if !self.st.entry(ste).annotations_used {
            return Ok(0);
        }
        let name = self.st.entry(ste).name.clone();
        self.setup_annotations_scope(l, Key::of_args(args), &name)?;
        let mut len = 0;
        if let Err(e) = self.annotations_in_scope(l, args, returns, &mut len) {
            self.exit_scope(None);
            return Err(e);
        }
        self.addop_i(BUILD_MAP, len, l);
        self.leave_annotations_scope(l)?;
        Ok(MAKE_FUNCTION_ANNOTATE)
    }

    // --- defaults ---------------------------------------------------------------

    /// `codegen_kwonlydefaults`: whether a dict was pushed.
    fn kwonlydefaults(&mut self, l: SourceLocation, args: &'a Arguments) -> CResult<bool> {
        let mut count = 0;
        for (i, arg) in args.kwonlyargs.iter().enumerate() {
            if let Some(Some(default)) = args.kw_defaults.get(i) {
                count += 1;
                let mangled = self.maybe_mangle(&arg.arg);
                self.load_const(Constant::Str(PyStr::from(&*mangled)), l);
                self.visit_expr(default)?;
            }
        }
        if count > 0 {
            self.addop_i(BUILD_MAP, count, l);
            Ok(true)
        } else {
            Ok(false)
        }
    }

    /// `codegen_default_arguments`.
    pub(crate) fn default_arguments(
        &mut self,
        l: SourceLocation,
        args: &'a Arguments,
    ) -> CResult<i32> {
        let mut flags = 0;
        if !args.defaults.is_empty() {
            for d in &args.defaults {
                self.visit_expr(d)?;
            }
            self.addop_i(BUILD_TUPLE, args.defaults.len() as i32, l);
            flags |= MAKE_FUNCTION_DEFAULTS;
        }
        if !args.kwonlyargs.is_empty() && self.kwonlydefaults(l, args)? {
            flags |= MAKE_FUNCTION_KWDEFAULTS;
        }
        Ok(flags)
    }

    /// `codegen_wrap_in_stopiteration_handler`.
    pub(crate) fn wrap_in_stopiteration_handler(&mut self) {
        let handler = self.new_label();
        self.u()
            .seq
            .insert(0, SETUP_CLEANUP, handler.0 as i32, NO_LOCATION);
        self.load_const(Constant::None, NO_LOCATION);
        self.addop(RETURN_VALUE, NO_LOCATION);
        self.use_label(handler);
        self.addop_i(CALL_INTRINSIC_1, INTRINSIC_STOPITERATION_ERROR, NO_LOCATION);
        self.addop_i(RERAISE, 1, NO_LOCATION);
    }

    // --- type parameters ----------------------------------------------------------

    /// `codegen_type_param_bound_or_default`.
    fn type_param_bound_or_default(
        &mut self,
        e: &'a Expr,
        name: &str,
        key: Key,
        allow_starred: bool,
    ) -> CResult {
        let el = loc(&e.loc);
        self.load_const(Constant::Tuple(Box::new([int_const(1)])), el);
        self.setup_annotations_scope(el, key, name)?;
        let r = (|| {
            if allow_starred && let ExprKind::Starred { value, .. } = &e.node {
                self.visit_expr(value)?;
                self.addop_i(UNPACK_SEQUENCE, 1, el);
            } else {
                self.visit_expr(e)?;
            }
            Ok(())
        })();
        if let Err(err) = r {
            self.exit_scope(None);
            return Err(err);
        }
        self.addop(RETURN_VALUE, el);
        let co = self.finish_unit(true)?;
        self.make_closure(el, co, MAKE_FUNCTION_DEFAULTS)
    }

    /// `codegen_type_params`.
    fn type_params(&mut self, type_params: &'a [TypeParam]) -> CResult {
        let mut seen_default = false;
        for tp in type_params {
            let l = loc(&tp.loc);
            let key = Key::of_type_param(tp);
            let (name, intrinsic1, default) = match &tp.node {
                TypeParamKind::TypeVar {
                    name,
                    bound,
                    default_value,
                } => {
                    self.load_const(Constant::Str(PyStr::from(&**name)), l);
                    if let Some(b) = bound {
                        self.type_param_bound_or_default(b, name, key, false)?;
                        let intrinsic = if matches!(b.node, ExprKind::Tuple { .. }) {
                            INTRINSIC_TYPEVAR_WITH_CONSTRAINTS
                        } else {
                            INTRINSIC_TYPEVAR_WITH_BOUND
                        };
                        self.addop_i(CALL_INTRINSIC_2, intrinsic, l);
                    } else {
                        self.addop_i(CALL_INTRINSIC_1, INTRINSIC_TYPEVAR, l);
                    }
                    (
                        name,
                        None,
                        default_value.as_deref().map(|d| (d, key.plus1(), false)),
                    )
                }
                TypeParamKind::TypeVarTuple {
                    name,
                    default_value,
                } => (
                    name,
                    Some(INTRINSIC_TYPEVARTUPLE),
                    default_value.as_deref().map(|d| (d, key, true)),
                ),
                TypeParamKind::ParamSpec {
                    name,
                    default_value,
                } => (
                    name,
                    Some(INTRINSIC_PARAMSPEC),
                    default_value.as_deref().map(|d| (d, key, false)),
                ),
            };
            if let Some(i) = intrinsic1 {
                self.load_const(Constant::Str(PyStr::from(&**name)), l);
                self.addop_i(CALL_INTRINSIC_1, i, l);
            }
            if let Some((d, k, starred)) = default {
                seen_default = true;
                self.type_param_bound_or_default(d, name, k, starred)?;
                self.addop_i(CALL_INTRINSIC_2, INTRINSIC_SET_TYPEPARAM_DEFAULT, l);
            } else if seen_default {
                return self.error(
                    l,
                    format!("non-default type parameter '{name}' follows default type parameter"),
                );
            }
            self.addop_i(COPY, 1, l);
            self.nameop(l, name, ExprContext::Store)?;
        }
        if let Some(first) = type_params.first() {
            self.addop_i(BUILD_TUPLE, type_params.len() as i32, loc(&first.loc));
        }
        Ok(())
    }

    // --- functions -----------------------------------------------------------------

    /// `codegen_function_body`.
    #[allow(clippy::too_many_arguments)]
    fn function_body(
        &mut self,
        s: &'a Stmt,
        is_async: bool,
        name: &str,
        args: &'a Arguments,
        body: &'a [Stmt],
        funcflags: i32,
        firstlineno: i32,
    ) -> CResult {
        let scope_type = if is_async {
            ScopeType::AsyncFunction
        } else {
            ScopeType::Function
        };
        self.codegen_enter_scope(
            name,
            scope_type,
            Key::of_stmt(s),
            firstlineno,
            None,
            (
                args.args.len() as u32,
                args.posonlyargs.len() as u32,
                args.kwonlyargs.len() as u32,
            ),
        )?;
        let r = self.function_body_inner(body);
        if let Err(e) = r {
            self.exit_scope(None);
            return Err(e);
        }
        let co = self.finish_unit(true)?;
        self.make_closure(loc(&s.loc), co, funcflags)
    }

    fn function_body_inner(&mut self, body: &'a [Stmt]) -> CResult {
        let mut first = 0;
        if self.ste().has_docstring
            && let Some(doc) = get_docstring(body)
        {
            first = 1;
            self.add_const(Constant::Str(clean_doc(doc)));
        }
        let start = self.new_label();
        self.use_label(start);
        let ste = self.ste();
        let add_stopiteration_handler = ste.coroutine || ste.generator;
        if add_stopiteration_handler {
            self.push_fblock(
                NO_LOCATION,
                FBlockType::StopIteration,
                Some(start),
                None,
                FBlockDatum::None,
            )?;
        }
        for s in &body[first..] {
            self.visit_stmt(s)?;
        }
        if add_stopiteration_handler {
            self.wrap_in_stopiteration_handler();
            self.pop_fblock(FBlockType::StopIteration);
        }
        Ok(())
    }

    /// `codegen_function`.
    pub(crate) fn codegen_function(&mut self, s: &'a Stmt, is_async: bool) -> CResult {
        let (name, args, body, decos, returns, type_params) = match &s.node {
            StmtKind::FunctionDef {
                name,
                args,
                body,
                decorator_list,
                returns,
                type_params,
                ..
            }
            | StmtKind::AsyncFunctionDef {
                name,
                args,
                body,
                decorator_list,
                returns,
                type_params,
                ..
            } => (name, args, body, decorator_list, returns, type_params),
            _ => return Ok(()),
        };
        for d in decos {
            self.visit_expr(d)?;
        }
        let firstlineno = decos.first().map_or(s.loc.lineno, |d| d.loc.lineno);
        let l = loc(&s.loc);
        let is_generic = !type_params.is_empty();
        let mut funcflags = self.default_arguments(l, args)?;
        let mut num_typeparam_args = 0;
        if is_generic {
            if funcflags & MAKE_FUNCTION_DEFAULTS != 0 {
                num_typeparam_args += 1;
            }
            if funcflags & MAKE_FUNCTION_KWDEFAULTS != 0 {
                num_typeparam_args += 1;
            }
            if num_typeparam_args == 2 {
                self.addop_i(SWAP, 2, l);
            }
            let tp_name = format!("<generic parameters of {name}>");
            self.codegen_enter_scope(
                &tp_name,
                ScopeType::Annotations,
                Key::of_type_params(type_params),
                firstlineno,
                None,
                (num_typeparam_args, 0, 0),
            )?;
            if let Err(e) = self.type_params(type_params) {
                self.exit_scope(None);
                return Err(e);
            }
            for i in 0..num_typeparam_args {
                self.addop_i(LOAD_FAST, i as i32, l);
            }
        }
        let r = (|| {
            let annotations_flag = self.function_annotations(l, args, returns.as_deref())?;
            funcflags |= annotations_flag;
            self.function_body(s, is_async, name, args, body, funcflags, firstlineno)
        })();
        if let Err(e) = r {
            if is_generic {
                self.exit_scope(None);
            }
            return Err(e);
        }
        if is_generic {
            self.addop_i(SWAP, 2, l);
            self.addop_i(CALL_INTRINSIC_2, INTRINSIC_SET_FUNCTION_TYPE_PARAMS, l);
            let co = self.finish_unit(false)?;
            self.make_closure(l, co, 0)?;
            if num_typeparam_args > 0 {
                self.addop_i(SWAP, num_typeparam_args as i32 + 1, l);
                self.addop_i(CALL, num_typeparam_args as i32 - 1, l);
            } else {
                self.addop(PUSH_NULL, l);
                self.addop_i(CALL, 0, l);
            }
        }
        for d in decos.iter().rev() {
            self.addop_i(CALL, 0, loc(&d.loc));
        }
        self.nameop(l, name, ExprContext::Store)
    }

    // --- classes ---------------------------------------------------------------------

    /// `codegen_class_body`.
    fn class_body(&mut self, s: &'a Stmt, firstlineno: i32) -> CResult {
        let StmtKind::ClassDef {
            name,
            body,
            type_params,
            ..
        } = &s.node
        else {
            return Ok(());
        };
        self.codegen_enter_scope(
            name,
            ScopeType::Class,
            Key::of_stmt(s),
            firstlineno,
            Some(name.clone()),
            (0, 0, 0),
        )?;
        let r = self.class_body_inner(firstlineno, body, !type_params.is_empty());
        if let Err(e) = r {
            self.exit_scope(None);
            return Err(e);
        }
        let co = self.finish_unit(true)?;
        let l = loc(&s.loc);
        self.addop(LOAD_BUILD_CLASS, l);
        self.addop(PUSH_NULL, l);
        self.make_closure(l, co, 0)?;
        self.load_const(Constant::Str(PyStr::from(&**name)), l);
        Ok(())
    }

    fn class_body_inner(&mut self, firstlineno: i32, body: &'a [Stmt], generic: bool) -> CResult {
        let l = SourceLocation::new(firstlineno, firstlineno, 0, 0);
        self.nameop(l, "__name__", ExprContext::Load)?;
        self.nameop(l, "__module__", ExprContext::Store)?;
        let qualname = self.ur().meta.qualname.clone();
        self.load_const(Constant::Str(PyStr::from(&*qualname)), l);
        self.nameop(l, "__qualname__", ExprContext::Store)?;
        let fl = self.ur().meta.firstlineno;
        self.load_const(int_const(fl as i64), l);
        self.nameop(l, "__firstlineno__", ExprContext::Store)?;
        if generic {
            self.nameop(l, ".type_params", ExprContext::Load)?;
            self.nameop(l, "__type_params__", ExprContext::Store)?;
        }
        if self.ste().needs_classdict {
            self.addop(LOAD_LOCALS, l);
            self.addop_n_cellvars(STORE_DEREF, "__classdict__", l);
        }
        if self.ste().has_conditional_annotations {
            self.addop_i(BUILD_SET, 0, l);
            self.addop_n_cellvars(STORE_DEREF, "__conditional_annotations__", l);
        }
        self.codegen_body(l, body, false)?;
        let mut attrs = self.u().static_attributes.take().unwrap_or_default();
        attrs.sort();
        attrs.dedup();
        let tuple: Box<[Constant]> = attrs
            .iter()
            .map(|a| Constant::Str(PyStr::from(&**a)))
            .collect();
        self.load_const(Constant::Tuple(tuple), NO_LOCATION);
        self.nameop(NO_LOCATION, "__static_attributes__", ExprContext::Store)?;
        if self.ste().needs_classdict {
            let i = self.ur().meta.cellvars.get("__classdict__").unwrap_or(0);
            self.addop_i(LOAD_CLOSURE, i as i32, NO_LOCATION);
            self.nameop(NO_LOCATION, "__classdictcell__", ExprContext::Store)?;
        }
        if self.ste().needs_class_closure {
            let i = self.ur().meta.cellvars.get("__class__").unwrap_or(0);
            self.addop_i(LOAD_CLOSURE, i as i32, NO_LOCATION);
            self.addop_i(COPY, 1, NO_LOCATION);
            self.nameop(NO_LOCATION, "__classcell__", ExprContext::Store)?;
        } else {
            self.load_const(Constant::None, NO_LOCATION);
        }
        self.addop(RETURN_VALUE, NO_LOCATION);
        Ok(())
    }

    /// `codegen_class`.
    pub(crate) fn codegen_class(&mut self, s: &'a Stmt) -> CResult {
        let StmtKind::ClassDef {
            name,
            bases,
            keywords,
            decorator_list: decos,
            type_params,
            ..
        } = &s.node
        else {
            return Ok(());
        };
        for d in decos {
            self.visit_expr(d)?;
        }
        let firstlineno = decos.first().map_or(s.loc.lineno, |d| d.loc.lineno);
        let l = loc(&s.loc);
        let is_generic = !type_params.is_empty();
        if is_generic {
            let tp_name = format!("<generic parameters of {name}>");
            self.codegen_enter_scope(
                &tp_name,
                ScopeType::Annotations,
                Key::of_type_params(type_params),
                firstlineno,
                Some(name.clone()),
                (0, 0, 0),
            )?;
            let r = (|| {
                self.type_params(type_params)?;
                self.nameop(l, ".type_params", ExprContext::Store)
            })();
            if let Err(e) = r {
                self.exit_scope(None);
                return Err(e);
            }
        }
        let r = self.class_body(s, firstlineno);
        if let Err(e) = r {
            if is_generic {
                self.exit_scope(None);
            }
            return Err(e);
        }
        if is_generic {
            let r = (|| {
                self.nameop(l, ".type_params", ExprContext::Load)?;
                self.addop_i(CALL_INTRINSIC_1, INTRINSIC_SUBSCRIPT_GENERIC, l);
                self.nameop(l, ".generic_base", ExprContext::Store)?;
                self.call_helper_impl(l, 2, bases, Some(".generic_base"), keywords)
            })();
            if let Err(e) = r {
                self.exit_scope(None);
                return Err(e);
            }
            let co = self.finish_unit(false)?;
            self.make_closure(l, co, 0)?;
            self.addop(PUSH_NULL, l);
            self.addop_i(CALL, 0, l);
        } else {
            self.call_helper_impl(l, 2, bases, None, keywords)?;
        }
        for d in decos.iter().rev() {
            self.addop_i(CALL, 0, loc(&d.loc));
        }
        self.nameop(l, name, ExprContext::Store)
    }

    // --- type aliases --------------------------------------------------------------------

    /// `codegen_typealias_body`.
    fn typealias_body(&mut self, s: &'a Stmt, name: &str, value: &'a Expr) -> CResult {
        let l = loc(&s.loc);
        self.load_const(Constant::Tuple(Box::new([int_const(1)])), l);
        self.setup_annotations_scope(l, Key::of_stmt(s), name)?;
        if let Err(e) = self.visit_expr(value) {
            self.exit_scope(None);
            return Err(e);
        }
        self.addop(RETURN_VALUE, l);
        let co = self.finish_unit(false)?;
        self.make_closure(l, co, MAKE_FUNCTION_DEFAULTS)?;
        self.addop_i(BUILD_TUPLE, 3, l);
        self.addop_i(CALL_INTRINSIC_1, INTRINSIC_TYPEALIAS, l);
        Ok(())
    }

    /// `codegen_typealias`.
    pub(crate) fn codegen_typealias(&mut self, s: &'a Stmt) -> CResult {
        let StmtKind::TypeAlias {
            name,
            type_params,
            value,
        } = &s.node
        else {
            return Ok(());
        };
        let ExprKind::Name { id: name, .. } = &name.node else {
            return Ok(());
        };
        let l = loc(&s.loc);
        let is_generic = !type_params.is_empty();
        if is_generic {
            let tp_name = format!("<generic parameters of {name}>");
            self.codegen_enter_scope(
                &tp_name,
                ScopeType::Annotations,
                Key::of_type_params(type_params),
                l.lineno,
                None,
                (0, 0, 0),
            )?;
            self.load_const(Constant::Str(PyStr::from(&**name)), l);
            if let Err(e) = self.type_params(type_params) {
                self.exit_scope(None);
                return Err(e);
            }
        } else {
            self.load_const(Constant::Str(PyStr::from(&**name)), l);
            self.load_const(Constant::None, l);
        }
        if let Err(e) = self.typealias_body(s, name, value) {
            if is_generic {
                self.exit_scope(None);
            }
            return Err(e);
        }
        if is_generic {
            let co = self.finish_unit(false)?;
            self.make_closure(l, co, 0)?;
            self.addop(PUSH_NULL, l);
            self.addop_i(CALL, 0, l);
        }
        self.nameop(l, name, ExprContext::Store)
    }

    // --- recursion guard -------------------------------------------------------------

    pub(crate) fn visit_stmt(&mut self, s: &'a Stmt) -> CResult {
        stacker::maybe_grow(RED_ZONE, STACK_SEGMENT, || self.visit_stmt_inner(s))
    }

    pub(crate) fn visit_expr(&mut self, e: &'a Expr) -> CResult {
        stacker::maybe_grow(RED_ZONE, STACK_SEGMENT, || self.visit_expr_inner(e))
    }
}

/// `start_location`.
fn start_location(stmts: &[Stmt]) -> SourceLocation {
    match stmts.first() {
        Some(s) => loc(&s.loc),
        None => SourceLocation::new(1, 1, 0, 0),
    }
}
