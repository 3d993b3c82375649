//! The compiler driver: the stack of code units, name resolution against the
//! symbol table, the metadata of each unit, `compute_code_flags`, and the
//! public [`compile`] entry point.
//!
//! CPython: Python/compile.c.

use crate::code::{CodeCore, Constant, kinds};
use crate::consts::ConstTable;
use crate::future::{self, FutureFeatures, PYCF_MASK};
use crate::instr::{InstrSequence, Label, SourceLocation, UnitMetadata};
use crate::symtable::{
    self, BlockType, CELL, DEF_LOCAL, DEF_NONLOCAL, FREE, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, Key,
    LOCAL, ScopeId, SymbolTable, symbol_to_scope,
};
use std::collections::HashMap;
use std::sync::Arc;
use syntax::ast::{Mod, Stmt};
use syntax::parser::{Mode, Warning};
use syntax::syntax_error::{SyntaxError, SyntaxErrorKind};

/// `co_flags` bits codegen computes.
use crate::code::flags::*;

/// Flags for [`compile`]: `from __future__` bits and `PyCF_*` bits
/// (`PyCF_ALLOW_TOP_LEVEL_AWAIT`).
#[derive(Clone, Copy, Debug, Default)]
pub struct CompileFlags {
    pub flags: u32,
}

/// What [`compile`] returns.
#[derive(Debug)]
pub struct Compiled {
    pub code: Arc<CodeCore>,
    pub warnings: Vec<Warning>,
}

/// Turns a finished unit into a code core (CPython
/// `optimize_and_assemble_code_unit`).
pub type Assembler =
    fn(InstrSequence, UnitMetadata, u32, &Arc<str>) -> Result<CodeCore, SyntaxError>;

/// CPython `_PyCompile_CodeUnitMetadata`'s name dicts: name -> index in
/// insertion order.
#[derive(Clone, Debug, Default)]
pub struct NameDict {
    names: Vec<Box<str>>,
    index: HashMap<Box<str>, u32>,
}

impl NameDict {
    /// `_PyCompile_DictAddObj`.
    pub fn add(&mut self, name: &str) -> u32 {
        if let Some(&i) = self.index.get(name) {
            return i;
        }
        let i = self.names.len() as u32;
        self.index.insert(name.into(), i);
        self.names.push(name.into());
        i
    }
    pub fn get(&self, name: &str) -> Option<u32> {
        self.index.get(name).copied()
    }
    pub fn len(&self) -> usize {
        self.names.len()
    }
    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }
    pub fn names(&self) -> &[Box<str>] {
        &self.names
    }
    fn with_offset(names: Vec<Box<str>>, offset: u32) -> NameDict {
        let mut d = NameDict::default();
        for (i, n) in names.into_iter().enumerate() {
            d.index.insert(n.clone(), offset + i as u32);
            d.names.push(n);
        }
        d
    }
}

/// `COMPILE_SCOPE_*`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeType {
    Module,
    Class,
    Function,
    AsyncFunction,
    Lambda,
    Comprehension,
    Annotations,
}

/// `_PyCompile_FBlockType`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FBlockType {
    WhileLoop,
    ForLoop,
    TryExcept,
    FinallyTry,
    FinallyEnd,
    With,
    AsyncWith,
    HandlerCleanup,
    PopValue,
    ExceptionHandler,
    ExceptionGroupHandler,
    AsyncComprehensionGenerator,
    StopIteration,
    AsyncForLoop,
}

/// What an fblock carries (`fb_datum`).
#[derive(Clone, Copy, Debug)]
pub enum FBlockDatum<'a> {
    None,
    FinalBody(&'a [Stmt]),
    Name(&'a str),
    Some,
}

#[derive(Clone, Copy, Debug)]
pub struct FBlock<'a> {
    pub kind: FBlockType,
    pub block: Option<Label>,
    pub exit: Option<Label>,
    pub loc: SourceLocation,
    pub datum: FBlockDatum<'a>,
}

/// `CO_MAXBLOCKS`.
const CO_MAXBLOCKS: usize = 21;

/// A unit's metadata while codegen fills it (`_PyCompile_CodeUnitMetadata`).
#[derive(Debug, Default)]
pub struct Meta {
    pub name: Box<str>,
    pub qualname: Box<str>,
    pub consts: ConstTable,
    pub names: NameDict,
    pub varnames: NameDict,
    pub cellvars: NameDict,
    pub freevars: NameDict,
    pub fasthidden: Vec<(Box<str>, bool)>,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub firstlineno: i32,
}

impl Meta {
    pub fn fasthidden_get(&self, name: &str) -> Option<bool> {
        self.fasthidden
            .iter()
            .find(|(n, _)| &**n == name)
            .map(|(_, v)| *v)
    }
    pub fn fasthidden_set(&mut self, name: &str, v: bool) {
        if let Some(slot) = self.fasthidden.iter_mut().find(|(n, _)| &**n == name) {
            slot.1 = v;
        } else {
            self.fasthidden.push((name.into(), v));
        }
    }
}

/// CPython `struct compiler_unit`.
pub struct Unit<'a> {
    pub ste: ScopeId,
    pub scope_type: ScopeType,
    pub private: Option<Box<str>>,
    pub static_attributes: Option<Vec<Box<str>>>,
    pub deferred_annotations: Option<Vec<&'a Stmt>>,
    pub conditional_annotation_indices: Vec<i64>,
    pub next_conditional_annotation_index: i64,
    pub seq: InstrSequence,
    pub stashed_seq: Option<InstrSequence>,
    pub fblocks: Vec<FBlock<'a>>,
    pub in_inlined_comp: i32,
    pub in_conditional_block: i32,
    pub meta: Meta,
}

/// CPython `struct _PyCompiler`.
pub struct Compiler<'a> {
    pub filename: Arc<str>,
    pub st: SymbolTable,
    pub future: FutureFeatures,
    /// `c_flags.cf_flags` merged with the future features.
    pub cf_flags: u32,
    pub optimize: i32,
    pub interactive: bool,
    pub units: Vec<Unit<'a>>,
    pub save_nested_seqs: bool,
    pub disable_warning: i32,
    pub warnings: Vec<Warning>,
    pub assembler: Assembler,
}

/// The temporary changes an inlined comprehension makes to its parent
/// (`_PyCompile_InlinedComprehensionState`).
#[derive(Default)]
pub struct InlinedComprehensionState {
    pub pushed_locals: Option<Vec<Box<str>>>,
    pub temp_symbols: Option<Vec<(Box<str>, i64)>>,
    pub fast_hidden: Option<Vec<Box<str>>>,
    pub cleanup: Option<Label>,
}

/// How codegen names a variable (`_PyCompile_optype`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OpType {
    Fast,
    Global,
    Deref,
    Name,
}

pub type CResult<T = ()> = Result<T, SyntaxError>;

impl<'a> Compiler<'a> {
    pub fn new(
        module: &Mod,
        filename: &str,
        flags: CompileFlags,
        optimize: i32,
        assembler: Assembler,
    ) -> CResult<Compiler<'a>> {
        let mut future = future::from_ast(module)?;
        let merged = future.features | flags.flags;
        future.features = merged;
        let st = symtable::build(module, &future)?;
        Ok(Compiler {
            filename: filename.into(),
            st,
            future,
            cf_flags: merged,
            optimize,
            interactive: false,
            units: Vec::new(),
            save_nested_seqs: false,
            disable_warning: 0,
            warnings: Vec::new(),
            assembler,
        })
    }

    pub fn u(&mut self) -> &mut Unit<'a> {
        // A unit is entered before any codegen and left after it.
        let n = self.units.len();
        &mut self.units[n.saturating_sub(1)]
    }

    pub fn ur(&self) -> &Unit<'a> {
        &self.units[self.units.len().saturating_sub(1)]
    }

    pub fn ste(&self) -> &symtable::Entry {
        self.st.entry(self.ur().ste)
    }

    /// `_PyCompile_Error`.
    pub fn error<T>(&self, loc: SourceLocation, msg: impl Into<String>) -> CResult<T> {
        Err(symtable::error_at(msg, loc))
    }

    /// `_PyCompile_Warn`.
    pub fn warn(&mut self, loc: SourceLocation, msg: impl Into<String>) -> CResult {
        if self.disable_warning != 0 {
            return Ok(());
        }
        self.warnings.push(Warning {
            category: "SyntaxWarning",
            msg: msg.into(),
            lineno: loc.lineno as i64,
            offset: loc.col_offset as i64 + 1,
            end_lineno: loc.end_lineno as i64,
            end_offset: loc.end_col_offset as i64 + 1,
        });
        Ok(())
    }

    /// `_PyCompile_EnterScope`.
    pub fn enter_scope(
        &mut self,
        name: &str,
        scope_type: ScopeType,
        key: Key,
        lineno: i32,
        private: Option<Box<str>>,
        argcounts: (u32, u32, u32),
    ) -> CResult {
        let Some(ste) = self.st.lookup(key) else {
            return Err(SyntaxError::without_location(SyntaxErrorKind::SyntaxError, "unknown symbol table entry"));
        };
        let entry = self.st.entry(ste);
        let varnames = NameDict::with_offset(entry.varnames.clone(), 0);
        // dictbytype: the keys sorted, those of the scope or with the flag.
        let mut sorted: Vec<(&str, i64)> = entry.symbols.iter().collect();
        sorted.sort_by(|a, b| a.0.cmp(b.0));
        let mut cellvars = NameDict::default();
        for (n, f) in &sorted {
            if symbol_to_scope(*f) == CELL || f & symtable::DEF_COMP_CELL != 0 {
                cellvars.add(n);
            }
        }
        if entry.needs_class_closure {
            cellvars.add("__class__");
        }
        if entry.needs_classdict {
            cellvars.add("__classdict__");
        }
        if entry.has_conditional_annotations {
            cellvars.add("__conditional_annotations__");
        }
        let mut freevars = NameDict::default();
        let off = cellvars.len() as u32;
        for (n, f) in &sorted {
            if symbol_to_scope(*f) == FREE || f & symtable::DEF_FREE_CLASS != 0 {
                let i = off + freevars.names.len() as u32;
                freevars.index.insert((*n).into(), i);
                freevars.names.push((*n).into());
            }
        }
        let private = match private {
            Some(p) => Some(p),
            None => self.units.last().and_then(|u| u.private.clone()),
        };
        let unit = Unit {
            ste,
            scope_type,
            private,
            static_attributes: (scope_type == ScopeType::Class).then(Vec::new),
            deferred_annotations: None,
            conditional_annotation_indices: Vec::new(),
            next_conditional_annotation_index: 0,
            seq: InstrSequence::new(),
            stashed_seq: None,
            fblocks: Vec::new(),
            in_inlined_comp: 0,
            in_conditional_block: 0,
            meta: Meta {
                name: name.into(),
                // A module's qualname is its name (the assembler's default).
                qualname: name.into(),
                consts: ConstTable::new(),
                names: NameDict::default(),
                varnames,
                cellvars,
                freevars,
                fasthidden: Vec::new(),
                argcount: argcounts.0,
                posonlyargcount: argcounts.1,
                kwonlyargcount: argcounts.2,
                firstlineno: lineno,
            },
        };
        self.units.push(unit);
        if scope_type != ScopeType::Module {
            self.set_qualname();
        }
        Ok(())
    }

    /// `compiler_set_qualname`.
    fn set_qualname(&mut self) {
        let n = self.units.len();
        let u = &self.units[n - 1];
        let mut base: Option<String> = None;
        // CPython's c_stack holds the parents only.
        let stack_size = n - 1;
        if stack_size > 1 {
            let mut parent = &self.units[n - 2];
            if parent.scope_type == ScopeType::Annotations {
                // An annotation scope: look at the grandparent.
                if stack_size == 2 {
                    let name = u.meta.name.clone();
                    self.units[n - 1].meta.qualname = name;
                    return;
                }
                parent = &self.units[n - 3];
            }
            let mut force_global = false;
            if matches!(
                u.scope_type,
                ScopeType::Function | ScopeType::AsyncFunction | ScopeType::Class
            ) {
                let mangled = symtable::mangle(parent.private.as_deref(), &u.meta.name);
                let scope = self.st.entry(parent.ste).scope(&mangled);
                if scope == GLOBAL_EXPLICIT {
                    force_global = true;
                }
            }
            if !force_global {
                if matches!(
                    parent.scope_type,
                    ScopeType::Function | ScopeType::AsyncFunction | ScopeType::Lambda
                ) {
                    base = Some(format!("{}.<locals>", parent.meta.qualname));
                } else {
                    base = Some(parent.meta.qualname.to_string());
                }
            }
        }
        let qualname: Box<str> = match base {
            Some(b) => format!("{b}.{}", u.meta.name).into(),
            None => u.meta.name.clone(),
        };
        self.units[n - 1].meta.qualname = qualname;
    }

    /// `_PyCompile_ExitScope`: drops the unit (its sequence goes to the
    /// parent's nested list when they are kept).
    pub fn exit_scope(&mut self, assembled_seq: Option<InstrSequence>) {
        self.units.pop();
        if self.save_nested_seqs
            && let Some(seq) = assembled_seq
            && let Some(parent) = self.units.last_mut()
        {
            parent.seq.nested.push(seq);
        }
    }

    /// `_PyCompile_PushFBlock`.
    pub fn push_fblock(
        &mut self,
        loc: SourceLocation,
        kind: FBlockType,
        block: Option<Label>,
        exit: Option<Label>,
        datum: FBlockDatum<'a>,
    ) -> CResult {
        if self.ur().fblocks.len() >= CO_MAXBLOCKS {
            return self.error(loc, "too many statically nested blocks");
        }
        self.u().fblocks.push(FBlock {
            kind,
            block,
            exit,
            loc,
            datum,
        });
        if kind == FBlockType::FinallyEnd {
            self.disable_warning += 1;
        }
        Ok(())
    }

    /// `_PyCompile_PopFBlock`.
    pub fn pop_fblock(&mut self, kind: FBlockType) {
        self.u().fblocks.pop();
        if kind == FBlockType::FinallyEnd {
            self.disable_warning -= 1;
        }
    }

    /// `_PyCompile_GetRefType`.
    pub fn get_ref_type(&self, name: &str) -> i64 {
        if self.ur().scope_type == ScopeType::Class
            && matches!(
                name,
                "__class__" | "__classdict__" | "__conditional_annotations__"
            )
        {
            return CELL;
        }
        self.ste().scope(name)
    }

    /// `_PyCompile_LookupArg`: where a closure variable of a nested unit
    /// lives here.
    pub fn lookup_arg(&self, name: &str) -> CResult<u32> {
        let reftype = self.get_ref_type(name);
        let m = &self.ur().meta;
        let r = if reftype == CELL {
            m.cellvars.get(name)
        } else {
            m.freevars.get(name)
        };
        r.ok_or_else(|| {
            SyntaxError::without_location(
                SyntaxErrorKind::SyntaxError,
                format!(
                    "compiler_lookup_arg(name='{name}') with reftype={reftype} failed in {}",
                    m.name
                ),
            )
        })
    }

    /// `_PyCompile_ResolveNameop`.
    pub fn resolve_nameop(&mut self, mangled: &str, scope: i64) -> (OpType, u32) {
        let function_like = self.ste().is_function_like();
        let (optype, dict) = match scope {
            FREE => (OpType::Deref, 1),
            CELL => (OpType::Deref, 2),
            LOCAL => {
                if function_like || self.ur().meta.fasthidden_get(mangled) == Some(true) {
                    (OpType::Fast, 0)
                } else {
                    (OpType::Name, 0)
                }
            }
            GLOBAL_IMPLICIT => {
                if function_like {
                    (OpType::Global, 0)
                } else {
                    (OpType::Name, 0)
                }
            }
            GLOBAL_EXPLICIT => (OpType::Global, 0),
            _ => (OpType::Name, 0),
        };
        if optype == OpType::Fast {
            return (optype, 0);
        }
        let m = &mut self.u().meta;
        let arg = match dict {
            1 => m.freevars.add(mangled),
            2 => m.cellvars.add(mangled),
            _ => m.names.add(mangled),
        };
        (optype, arg)
    }

    /// `_PyCompile_TweakInlinedComprehensionScopes`.
    pub fn tweak_inlined_comprehension_scopes(
        &mut self,
        comp: ScopeId,
        state: &mut InlinedComprehensionState,
    ) {
        let outer = self.ur().ste;
        let in_class_block =
            self.st.entry(outer).block_type == BlockType::Class && self.ur().in_inlined_comp == 0;
        self.u().in_inlined_comp += 1;
        let comp_syms: Vec<(Box<str>, i64)> = self
            .st
            .entry(comp)
            .symbols
            .iter()
            .map(|(n, f)| (n.into(), f))
            .collect();
        for (k, symbol) in comp_syms {
            let scope = symbol_to_scope(symbol);
            let outsymbol = self.st.entry(outer).symbol(&k);
            let outsc = symbol_to_scope(outsymbol);
            // A name with another scope inside than outside is handled with
            // the inside scope while the comprehension is compiled.
            if (scope != outsc && scope != FREE && !(scope == CELL && outsc == FREE))
                || in_class_block
            {
                self.st.entry_mut(outer).symbols.set(&k, symbol);
                state
                    .temp_symbols
                    .get_or_insert_with(Vec::new)
                    .push((k.clone(), outsymbol));
            }
            // Names bound in the comprehension are fast locals in it.
            if (symbol & DEF_LOCAL != 0 && symbol & DEF_NONLOCAL == 0) || in_class_block {
                let is_fn = self.st.entry(outer).is_function_like();
                if !is_fn && self.ur().meta.fasthidden_get(&k) != Some(true) {
                    self.u().meta.fasthidden_set(&k, true);
                    state
                        .fast_hidden
                        .get_or_insert_with(Vec::new)
                        .push(k.clone());
                }
            }
        }
    }

    /// `_PyCompile_RevertInlinedComprehensionScopes`.
    pub fn revert_inlined_comprehension_scopes(&mut self, state: &mut InlinedComprehensionState) {
        self.u().in_inlined_comp -= 1;
        let outer = self.ur().ste;
        if let Some(temp) = state.temp_symbols.take() {
            for (k, v) in temp {
                self.st.entry_mut(outer).symbols.set(&k, v);
            }
        }
        if let Some(hidden) = state.fast_hidden.take() {
            // False rather than removed: these names are CO_FAST_HIDDEN.
            for k in hidden {
                self.u().meta.fasthidden_set(&k, false);
            }
        }
    }

    /// `_PyCompile_AddDeferredAnnotation`; returns the conditional index.
    pub fn add_deferred_annotation(&mut self, s: &'a Stmt) -> Option<i64> {
        let u = self.u();
        u.deferred_annotations.get_or_insert_with(Vec::new).push(s);
        if u.scope_type == ScopeType::Module || u.in_conditional_block != 0 {
            let idx = u.next_conditional_annotation_index;
            u.next_conditional_annotation_index += 1;
            u.conditional_annotation_indices.push(idx);
            Some(idx)
        } else {
            u.conditional_annotation_indices.push(-1);
            None
        }
    }

    /// `compute_code_flags`.
    pub fn compute_code_flags(&self) -> u32 {
        let ste = self.ste();
        let mut flags = 0;
        if ste.is_function_like() {
            flags |= CO_NEWLOCALS | CO_OPTIMIZED;
            if ste.nested {
                flags |= CO_NESTED;
            }
            if ste.generator && !ste.coroutine {
                flags |= CO_GENERATOR;
            }
            if ste.generator && ste.coroutine {
                flags |= CO_ASYNC_GENERATOR;
            }
            if ste.varargs {
                flags |= CO_VARARGS;
            }
            if ste.varkeywords {
                flags |= CO_VARKEYWORDS;
            }
            if ste.has_docstring {
                flags |= CO_HAS_DOCSTRING;
            }
            if ste.method {
                flags |= CO_METHOD;
            }
        }
        if ste.coroutine && !ste.generator {
            flags |= CO_COROUTINE;
        }
        flags | (self.cf_flags & PYCF_MASK)
    }

    /// The metadata the optimiser and assembler get for the current unit.
    pub fn unit_metadata(&mut self) -> UnitMetadata {
        let nparams = self.ste().varnames.len();
        let m = &mut self.u().meta;
        let _ = nparams;
        UnitMetadata {
            name: m.name.clone(),
            qualname: m.qualname.clone(),
            consts: m.consts.as_slice().to_vec(),
            names: m.names.names().to_vec(),
            varnames: m.varnames.names().to_vec(),
            cellvars: m.cellvars.names().to_vec(),
            freevars: m.freevars.names().to_vec(),
            fasthidden: m.fasthidden.clone(),
            argcount: m.argcount,
            posonlyargcount: m.posonlyargcount,
            kwonlyargcount: m.kwonlyargcount,
            firstlineno: m.firstlineno,
        }
    }

    /// `_PyCompile_OptimizeAndAssemble`: finishes the current unit (adds the
    /// final return) and makes its code core. The caller leaves the scope.
    pub fn optimize_and_assemble(
        &mut self,
        add_none: bool,
    ) -> CResult<(CodeCore, Option<InstrSequence>)> {
        let flags = self.compute_code_flags();
        self.add_return_at_end(add_none);
        let meta = self.unit_metadata();
        let seq = std::mem::take(&mut self.u().seq);
        let saved = if self.save_nested_seqs {
            let mut s = seq.clone();
            apply_label_map(&mut s);
            Some(s)
        } else {
            None
        };
        let code = (self.assembler)(seq, meta, flags, &self.filename)?;
        Ok((code, saved))
    }
}

/// `_PyInstructionSequence_ApplyLabelMap`: jump targets become instruction
/// indices.
pub fn apply_label_map(seq: &mut InstrSequence) {
    use crate::opcode::{HAS_EXC, HAS_JUMP, OPCODE_FLAGS};
    let map = seq.label_map.clone();
    for i in seq.instrs.iter_mut() {
        let f = OPCODE_FLAGS.get(i.opcode as usize).copied().unwrap_or(0);
        if f & (HAS_JUMP | HAS_EXC) != 0
            && let Some(&t) = map.get(i.oparg as usize)
        {
            i.oparg = t;
        }
    }
}

/// A stand-in assembler that keeps only the metadata (names, locals and
/// flags) in the code core: enough for codegen's own tests, which compare
/// instruction sequences before any optimisation.
pub fn metadata_only_assembler(
    seq: InstrSequence,
    meta: UnitMetadata,
    flags: u32,
    filename: &Arc<str>,
) -> Result<CodeCore, SyntaxError> {
    let (localsplusnames, localspluskinds) = localsplus(&meta);
    Ok(CodeCore {
        // co_argcount counts the positional-only parameters too.
        argcount: meta.argcount + meta.posonlyargcount,
        posonlyargcount: meta.posonlyargcount,
        kwonlyargcount: meta.kwonlyargcount,
        stacksize: 0,
        flags,
        firstlineno: meta.firstlineno,
        code: Box::new([]),
        consts: meta.consts.into_boxed_slice(),
        names: meta.names.into_boxed_slice(),
        localsplusnames,
        localspluskinds,
        filename: filename.clone(),
        name: meta.name,
        qualname: meta.qualname,
        // The instructions, so that code constants compare as CPython's do.
        linetable: seq
            .instrs
            .iter()
            .flat_map(|i| {
                let l = i.loc;
                [
                    i.opcode as i32,
                    i.oparg,
                    l.lineno,
                    l.end_lineno,
                    l.col_offset,
                    l.end_col_offset,
                ]
            })
            .flat_map(|v| v.to_le_bytes())
            .collect(),
        exceptiontable: Box::new([]),
    })
}

/// The localsplus layout of a unit (CPython assemble.c
/// `compute_localsplus_info`).
pub fn localsplus(meta: &UnitMetadata) -> (Box<[Box<str>]>, Box<[u8]>) {
    let mut names = Vec::new();
    let mut ks = Vec::new();
    for v in &meta.varnames {
        let mut k = kinds::CO_FAST_LOCAL;
        if meta.cellvars.contains(v) {
            k |= kinds::CO_FAST_CELL;
        }
        if meta.fasthidden.iter().any(|(n, h)| n == v && *h) {
            k |= kinds::CO_FAST_HIDDEN;
        }
        names.push(v.clone());
        ks.push(k);
    }
    for c in &meta.cellvars {
        if !meta.varnames.contains(c) {
            names.push(c.clone());
            ks.push(kinds::CO_FAST_CELL);
        }
    }
    for f in &meta.freevars {
        names.push(f.clone());
        ks.push(kinds::CO_FAST_FREE);
    }
    (names.into_boxed_slice(), ks.into_boxed_slice())
}

/// CPython `_PyAST_Compile`: the AST (after `ast_preprocess`) to a code core.
pub fn compile(
    module: &Mod,
    filename: &str,
    mode: Mode,
    flags: CompileFlags,
    optimize: i32,
) -> Result<Compiled, SyntaxError> {
    compile_with(module, filename, mode, flags, optimize, crate::assemble::assembler)
}

/// [`compile`] with a given assembler.
pub fn compile_with(
    module: &Mod,
    filename: &str,
    _mode: Mode,
    flags: CompileFlags,
    optimize: i32,
    assembler: Assembler,
) -> Result<Compiled, SyntaxError> {
    let mut module = module.clone();
    let optimize = if optimize < 0 { 0 } else { optimize };
    let ff = future::from_ast(&module)?;
    let mut warnings = Vec::new();
    crate::preprocess::preprocess(
        &mut module,
        filename,
        optimize,
        ff.features | flags.flags,
        &mut warnings,
    )?;
    let mut c = Compiler::new(&module, filename, flags, optimize, assembler)?;
    c.warnings = warnings;
    let code = c.compile_mod(&module)?;
    Ok(Compiled {
        code: Arc::new(code),
        warnings: c.warnings,
    })
}

/// Codegen's output for a module, as `_testinternalcapi.compiler_codegen`
/// returns it: the module's instruction sequence (labels applied, nested
/// units' sequences inside it) and its metadata.
pub fn codegen_only(
    module: &Mod,
    filename: &str,
    flags: CompileFlags,
    optimize: i32,
) -> Result<(InstrSequence, UnitMetadata, u32, Vec<Warning>), SyntaxError> {
    let mut module = module.clone();
    let ff = future::from_ast(&module)?;
    let mut warnings = Vec::new();
    crate::preprocess::preprocess(
        &mut module,
        filename,
        optimize,
        ff.features | flags.flags,
        &mut warnings,
    )?;
    let mut c = Compiler::new(&module, filename, flags, optimize, metadata_only_assembler)?;
    c.warnings = warnings;
    c.save_nested_seqs = true;
    c.codegen_mod(&module)?;
    let add_none = !matches!(&module, Mod::Expression { .. });
    let code_flags = c.compute_code_flags();
    c.add_return_at_end(add_none);
    let meta = c.unit_metadata();
    let mut seq = std::mem::take(&mut c.u().seq);
    apply_label_map(&mut seq);
    Ok((seq, meta, code_flags, c.warnings))
}

impl<'a> Compiler<'a> {
    /// `compiler_mod`.
    pub fn compile_mod(&mut self, module: &'a Mod) -> CResult<CodeCore> {
        self.codegen_mod(module)?;
        let add_none = !matches!(module, Mod::Expression { .. });
        let (code, _) = self.optimize_and_assemble(add_none)?;
        self.exit_scope(None);
        Ok(code)
    }

    /// Constants a unit refers to, for tests.
    pub fn consts_of(meta: &UnitMetadata) -> &[Constant] {
        &meta.consts
    }
}
