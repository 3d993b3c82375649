//! The symbol table: the scopes of a module and the scope of every name in
//! them, as CPython 3.14 computes them.
//!
//! Two passes, as in CPython: the visitors collect raw facts per block (a
//! name is a parameter, is assigned, is used, is declared global ...), then
//! [`analyze`] decides each name's scope (local, cell, free, global) walking
//! the blocks with the sets of names bound and free around them, inlining
//! comprehensions (PEP 709) into their parent.
//!
//! Blocks are found again by codegen through the AST node that made them
//! ([`Key`]), as CPython keys them by the node's address.
//!
//! CPython: Python/symtable.c, Include/internal/pycore_symtable.h.

use crate::future::{CO_FUTURE_ANNOTATIONS, FutureFeatures, PYCF_ALLOW_TOP_LEVEL_AWAIT};
use crate::instr::SourceLocation;
use std::collections::{HashMap, HashSet};
use syntax::ast::{
    Alias, Arg, Arguments, Comprehension, ExceptHandler, Expr, ExprContext, ExprKind, Keyword,
    Location, MatchCase, Mod, Pattern, PatternKind, Stmt, StmtKind, TypeParam, TypeParamKind,
    WithItem,
};
use syntax::syntax_error::{SyntaxError, SyntaxErrorKind};

// Symbol flags (`DEF_*`, `USE`), as `_symtable` exports them.
pub const DEF_GLOBAL: i64 = 1;
pub const DEF_LOCAL: i64 = 2;
pub const DEF_PARAM: i64 = 4;
pub const DEF_NONLOCAL: i64 = 8;
pub const USE: i64 = 16;
pub const DEF_FREE_CLASS: i64 = 64;
pub const DEF_IMPORT: i64 = 128;
pub const DEF_ANNOT: i64 = 256;
pub const DEF_COMP_ITER: i64 = 512;
pub const DEF_TYPE_PARAM: i64 = 1024;
pub const DEF_COMP_CELL: i64 = 2048;
pub const DEF_BOUND: i64 = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

/// The scope bits sit above the flags (`SCOPE_OFFSET`).
pub const SCOPE_OFFSET: i64 = 12;
pub const SCOPE_MASK: i64 = 15;

// Scopes (`LOCAL` ... `CELL`).
pub const LOCAL: i64 = 1;
pub const GLOBAL_EXPLICIT: i64 = 2;
pub const GLOBAL_IMPLICIT: i64 = 3;
pub const FREE: i64 = 4;
pub const CELL: i64 = 5;

/// `SYMBOL_TO_SCOPE`.
pub const fn symbol_to_scope(flags: i64) -> i64 {
    (flags >> SCOPE_OFFSET) & SCOPE_MASK
}

/// `_Py_block_ty`; the numbers are `_symtable.TYPE_*`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BlockType {
    Function = 0,
    Class = 1,
    Module = 2,
    Annotation = 3,
    TypeAlias = 4,
    TypeParameters = 5,
    TypeVariable = 6,
}

/// `_Py_comprehension_ty`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ComprehensionType {
    None,
    List,
    Dict,
    Set,
    Generator,
}

/// What a block is keyed by: the address of the AST node that made it, with
/// a tag for the kind of node (CPython keys by address alone; Rust stores
/// some nodes inline, where a node and its first element share an address).
/// `plus1` marks CPython's "address + 1" keys (an annotation block of a
/// module or class body, a type parameter's default).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Key {
    addr: usize,
    tag: u8,
}

impl Key {
    const MOD: u8 = 1;
    const STMT: u8 = 2;
    const EXPR: u8 = 3;
    const ARGS: u8 = 4;
    const TYPE_PARAM: u8 = 5;
    const TYPE_PARAMS: u8 = 6;
    const PLUS1: u8 = 0x80;

    pub fn of_mod(m: &Mod) -> Key {
        Key {
            addr: m as *const Mod as usize,
            tag: Self::MOD,
        }
    }
    pub fn of_stmt(s: &Stmt) -> Key {
        Key {
            addr: s as *const Stmt as usize,
            tag: Self::STMT,
        }
    }
    pub fn of_expr(e: &Expr) -> Key {
        Key {
            addr: e as *const Expr as usize,
            tag: Self::EXPR,
        }
    }
    pub fn of_args(a: &Arguments) -> Key {
        Key {
            addr: a as *const Arguments as usize,
            tag: Self::ARGS,
        }
    }
    pub fn of_type_param(t: &TypeParam) -> Key {
        Key {
            addr: t as *const TypeParam as usize,
            tag: Self::TYPE_PARAM,
        }
    }
    pub fn of_type_params(t: &[TypeParam]) -> Key {
        Key {
            addr: t.as_ptr() as usize,
            tag: Self::TYPE_PARAMS,
        }
    }
    /// CPython's `(uintptr_t)key + 1`.
    pub fn plus1(self) -> Key {
        Key {
            addr: self.addr,
            tag: self.tag | Self::PLUS1,
        }
    }
}

/// Index of a block in [`SymbolTable::entries`].
pub type ScopeId = usize;

/// The symbols of a block: name -> flags, in insertion order (CPython's
/// dict), which codegen's iteration order depends on.
#[derive(Clone, Debug, Default)]
pub struct Symbols {
    entries: Vec<(Box<str>, i64)>,
    index: HashMap<Box<str>, usize>,
}

impl Symbols {
    pub fn get(&self, name: &str) -> Option<i64> {
        self.index.get(name).map(|&i| self.entries[i].1)
    }
    /// `PyDict_SetItem`: keeps the position of an existing name.
    pub fn set(&mut self, name: &str, flags: i64) {
        if let Some(&i) = self.index.get(name) {
            self.entries[i].1 = flags;
        } else {
            self.index.insert(name.into(), self.entries.len());
            self.entries.push((name.into(), flags));
        }
    }
    pub fn remove(&mut self, name: &str) {
        if let Some(i) = self.index.remove(name) {
            self.entries.remove(i);
            for (j, (n, _)) in self.entries.iter().enumerate().skip(i) {
                if let Some(slot) = self.index.get_mut(n) {
                    *slot = j;
                }
            }
        }
    }
    pub fn iter(&self) -> impl Iterator<Item = (&str, i64)> {
        self.entries.iter().map(|(n, f)| (&**n, *f))
    }
    pub fn len(&self) -> usize {
        self.entries.len()
    }
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

/// A block (CPython `PySTEntryObject`).
#[derive(Debug)]
pub struct Entry {
    pub name: Box<str>,
    pub key: Key,
    pub block_type: BlockType,
    pub symbols: Symbols,
    /// Parameters in order (`ste_varnames`).
    pub varnames: Vec<Box<str>>,
    pub children: Vec<ScopeId>,
    /// `global` / `nonlocal` names with where they were declared.
    pub directives: Vec<(Box<str>, SourceLocation)>,
    /// Names to mangle in a generic class's type-parameter scope
    /// (`ste_mangled_names`, shared with the blocks inside it).
    pub mangled_names: Option<usize>,
    pub scope_info: Option<&'static str>,
    pub nested: bool,
    pub generator: bool,
    pub coroutine: bool,
    pub comprehension: ComprehensionType,
    pub varargs: bool,
    pub varkeywords: bool,
    pub returns_value: bool,
    pub needs_class_closure: bool,
    pub needs_classdict: bool,
    pub has_conditional_annotations: bool,
    pub in_conditional_block: bool,
    pub in_unevaluated_annotation: bool,
    pub comp_inlined: bool,
    pub comp_iter_target: bool,
    pub can_see_class_scope: bool,
    pub comp_iter_expr: i32,
    pub annotations_used: bool,
    pub has_docstring: bool,
    pub method: bool,
    pub annotation_block: Option<ScopeId>,
    pub loc: SourceLocation,
}

impl Entry {
    /// `_PyST_IsFunctionLike`.
    pub fn is_function_like(&self) -> bool {
        !matches!(self.block_type, BlockType::Class | BlockType::Module)
    }
    /// `_PyST_GetSymbol` (0 when absent).
    pub fn symbol(&self, name: &str) -> i64 {
        self.symbols.get(name).unwrap_or(0)
    }
    /// `_PyST_GetScope`.
    pub fn scope(&self, name: &str) -> i64 {
        symbol_to_scope(self.symbol(name))
    }
}

/// CPython `struct symtable`, after analysis.
#[derive(Debug)]
pub struct SymbolTable {
    pub entries: Vec<Entry>,
    blocks: HashMap<Key, ScopeId>,
    mangled_sets: Vec<HashSet<Box<str>>>,
}

impl SymbolTable {
    pub const TOP: ScopeId = 0;

    /// `_PySymtable_Lookup`.
    pub fn lookup(&self, key: Key) -> Option<ScopeId> {
        self.blocks.get(&key).copied()
    }

    pub fn entry(&self, id: ScopeId) -> &Entry {
        &self.entries[id]
    }

    pub fn entry_mut(&mut self, id: ScopeId) -> &mut Entry {
        &mut self.entries[id]
    }

    /// `_Py_MaybeMangle`: inside a generic class's type-parameter scope only
    /// the type parameters are mangled.
    pub fn maybe_mangle<'a>(
        &self,
        private: Option<&str>,
        ste: ScopeId,
        name: &'a str,
    ) -> std::borrow::Cow<'a, str> {
        if let Some(set) = self.entries[ste].mangled_names
            && !self.mangled_sets[set].contains(name)
        {
            return std::borrow::Cow::Borrowed(name);
        }
        mangle(private, name)
    }
}

/// `_Py_Mangle`: `__spam` in class `Ham` becomes `_Ham__spam`.
pub fn mangle<'a>(private: Option<&str>, ident: &'a str) -> std::borrow::Cow<'a, str> {
    use std::borrow::Cow;
    let Some(private) = private else {
        return Cow::Borrowed(ident);
    };
    if !ident.starts_with("__") || ident.ends_with("__") || ident.contains('.') {
        // A name of just "__" or "___" ends with "__" too.
        return Cow::Borrowed(ident);
    }
    let stripped = private.trim_start_matches('_');
    if stripped.is_empty() {
        return Cow::Borrowed(ident);
    }
    let mut s = String::with_capacity(1 + stripped.len() + ident.len());
    s.push('_');
    s.push_str(stripped);
    s.push_str(ident);
    Cow::Owned(s)
}

pub(crate) fn src_loc(l: &Location) -> SourceLocation {
    SourceLocation::new(l.lineno, l.end_lineno, l.col_offset, l.end_col_offset)
}

/// A SyntaxError at a node (`SET_ERROR_LOCATION`: 1-based columns).
pub(crate) fn error_at(msg: impl Into<String>, loc: SourceLocation) -> SyntaxError {
    SyntaxError::new(
        SyntaxErrorKind::SyntaxError,
        msg,
        loc.lineno as i64,
        loc.col_offset as i64 + 1,
        loc.end_lineno as i64,
        loc.end_col_offset as i64 + 1,
    )
}

type R = Result<(), SyntaxError>;

const RED_ZONE: usize = 64 * 1024;
const STACK_SEGMENT: usize = 2 * 1024 * 1024;

struct Builder<'f> {
    entries: Vec<Entry>,
    blocks: HashMap<Key, ScopeId>,
    mangled_sets: Vec<HashSet<Box<str>>>,
    stack: Vec<ScopeId>,
    cur: Option<ScopeId>,
    top: ScopeId,
    private: Option<Box<str>>,
    future: &'f FutureFeatures,
}

/// CPython `_PySymtable_Build`: both passes.
pub fn build(module: &Mod, future: &FutureFeatures) -> Result<SymbolTable, SyntaxError> {
    let mut b = Builder {
        entries: Vec::new(),
        blocks: HashMap::new(),
        mangled_sets: Vec::new(),
        stack: Vec::new(),
        cur: None,
        top: 0,
        private: None,
        future,
    };
    let loc0 = SourceLocation::new(0, 0, 0, 0);
    b.enter_block("top", BlockType::Module, Key::of_mod(module), loc0)?;
    b.top = b.cur();
    match module {
        Mod::Module { body, .. } => {
            if crate::future::get_docstring(body).is_some() {
                let top = b.top;
                b.entries[top].has_docstring = true;
            }
            for s in body {
                b.visit_stmt(s)?;
            }
        }
        Mod::Expression { body } => b.visit_expr(body)?,
        Mod::Interactive { body } => {
            for s in body {
                b.visit_stmt(s)?;
            }
        }
        Mod::FunctionType { .. } => {
            return Err(SyntaxError::without_location(SyntaxErrorKind::SyntaxError, "this compiler does not handle FunctionTypes"));
        }
    }
    b.exit_block();
    let mut st = SymbolTable {
        entries: b.entries,
        blocks: b.blocks,
        mangled_sets: b.mangled_sets,
    };
    analyze(&mut st)?;
    Ok(st)
}

// ---------------------------------------------------------------------------
// Second pass: analysis.

type NameSet = HashSet<Box<str>>;

fn directive_error(st: &SymbolTable, ste: ScopeId, name: &str, msg: String) -> SyntaxError {
    // CPython: error_at_directive.
    for (n, loc) in &st.entries[ste].directives {
        if &**n == name {
            return error_at(msg, *loc);
        }
    }
    SyntaxError::without_location(SyntaxErrorKind::SyntaxError, msg)
}

#[allow(clippy::too_many_arguments)]
fn analyze_name(
    st: &SymbolTable,
    ste: ScopeId,
    scopes: &mut HashMap<Box<str>, i64>,
    name: &str,
    flags: i64,
    bound: Option<&mut NameSet>,
    local: &mut NameSet,
    free: &mut NameSet,
    global: &mut NameSet,
    type_params: &mut NameSet,
    class_entry: Option<ScopeId>,
) -> R {
    if flags & DEF_GLOBAL != 0 {
        if flags & DEF_NONLOCAL != 0 {
            return Err(directive_error(
                st,
                ste,
                name,
                format!("name '{name}' is nonlocal and global"),
            ));
        }
        scopes.insert(name.into(), GLOBAL_EXPLICIT);
        global.insert(name.into());
        if let Some(b) = bound {
            b.remove(name);
        }
        return Ok(());
    }
    if flags & DEF_NONLOCAL != 0 {
        let Some(bound) = bound else {
            return Err(directive_error(
                st,
                ste,
                name,
                "nonlocal declaration not allowed at module level".into(),
            ));
        };
        if !bound.contains(name) {
            return Err(directive_error(
                st,
                ste,
                name,
                format!("no binding for nonlocal '{name}' found"),
            ));
        }
        if type_params.contains(name) {
            return Err(directive_error(
                st,
                ste,
                name,
                format!("nonlocal binding not allowed for type parameter '{name}'"),
            ));
        }
        scopes.insert(name.into(), FREE);
        free.insert(name.into());
        return Ok(());
    }
    if flags & DEF_BOUND != 0 {
        scopes.insert(name.into(), LOCAL);
        local.insert(name.into());
        global.remove(name);
        if flags & DEF_TYPE_PARAM != 0 {
            type_params.insert(name.into());
        } else {
            type_params.remove(name);
        }
        return Ok(());
    }
    // A name bound both by the class around an annotation or type-parameter
    // scope and by an outer function resolves through the class namespace
    // and the globals only.
    if let Some(ce) = class_entry {
        let class_flags = st.entries[ce].symbol(name);
        if class_flags & DEF_GLOBAL != 0 {
            scopes.insert(name.into(), GLOBAL_EXPLICIT);
            return Ok(());
        } else if class_flags & DEF_BOUND != 0 && class_flags & DEF_NONLOCAL == 0 {
            scopes.insert(name.into(), GLOBAL_IMPLICIT);
            return Ok(());
        }
    }
    if let Some(b) = bound
        && b.contains(name)
    {
        scopes.insert(name.into(), FREE);
        free.insert(name.into());
        return Ok(());
    }
    scopes.insert(name.into(), GLOBAL_IMPLICIT);
    Ok(())
}

fn is_free_in_any_child(st: &SymbolTable, entry: ScopeId, key: &str) -> bool {
    st.entries[entry]
        .children
        .iter()
        .any(|&c| st.entries[c].scope(key) == FREE)
}

fn inline_comprehension(
    st: &mut SymbolTable,
    ste: ScopeId,
    comp: ScopeId,
    scopes: &mut HashMap<Box<str>, i64>,
    comp_free: &mut NameSet,
    inlined_cells: &mut NameSet,
) {
    let mut remove_dunder: Vec<Box<str>> = Vec::new();
    let comp_symbols: Vec<(Box<str>, i64)> = st.entries[comp]
        .symbols
        .iter()
        .map(|(n, f)| (n.into(), f))
        .collect();
    let is_class = st.entries[ste].block_type == BlockType::Class;
    for (k, comp_flags) in comp_symbols {
        if comp_flags & DEF_PARAM != 0 {
            // The comprehension's ".0" parameter.
            continue;
        }
        let mut scope = symbol_to_scope(comp_flags);
        let only_flags = comp_flags & ((1 << SCOPE_OFFSET) - 1);
        if scope == CELL || only_flags & DEF_COMP_CELL != 0 {
            inlined_cells.insert(k.clone());
        }
        let existing = st.entries[ste].symbols.get(&k);
        // __class__, __classdict__ and __conditional_annotations__ are never
        // free through a class scope (drop_class_free).
        if scope == FREE
            && is_class
            && matches!(
                &*k,
                "__class__" | "__classdict__" | "__conditional_annotations__"
            )
        {
            scope = GLOBAL_IMPLICIT;
            // A closure inside the comprehension still needs the cell
            // (recorded CPython 3.14.10 behaviour, test_listcomps).
            if !is_free_in_any_child(st, comp, &k) {
                comp_free.remove(&*k);
            }
            remove_dunder.push(k.clone());
        }
        match existing {
            None => {
                st.entries[ste].symbols.set(&k, only_flags);
                scopes.insert(k, scope);
            }
            Some(flags) => {
                // Free names of the comprehension that are locals outside
                // are just locals now, unless a child of the comprehension
                // needs them free, or the outer scope is a class.
                if flags & DEF_BOUND != 0 && !is_class && !is_free_in_any_child(st, comp, &k) {
                    comp_free.remove(&*k);
                }
                // CPython 3.14.10 marks the outer name used when the
                // comprehension uses it through its closure (recorded
                // behaviour; see tests/compile/symtable/comp_use_*.py).
                if scope == FREE && comp_flags & USE != 0 && flags & USE == 0 {
                    st.entries[ste].symbols.set(&k, flags | USE);
                }
            }
        }
    }
    for k in remove_dunder {
        st.entries[comp].symbols.remove(&k);
    }
}

fn analyze_cells(scopes: &mut HashMap<Box<str>, i64>, free: &mut NameSet, inlined_cells: &NameSet) {
    for (name, scope) in scopes.iter_mut() {
        if *scope != LOCAL {
            continue;
        }
        if !free.contains(name) && !inlined_cells.contains(name) {
            continue;
        }
        *scope = CELL;
        free.remove(name);
    }
}

fn drop_class_free(ste: &mut Entry, free: &mut NameSet) {
    if free.remove("__class__") {
        ste.needs_class_closure = true;
    }
    if free.remove("__classdict__") {
        ste.needs_classdict = true;
    }
    if free.remove("__conditional_annotations__") {
        ste.has_conditional_annotations = true;
    }
}

fn update_symbols(
    symbols: &mut Symbols,
    scopes: &HashMap<Box<str>, i64>,
    bound: Option<&NameSet>,
    free: &NameSet,
    inlined_cells: &NameSet,
    classflag: bool,
) {
    for (name, flags) in symbols.entries.iter_mut() {
        if inlined_cells.contains(name) {
            *flags |= DEF_COMP_CELL;
        }
        let scope = scopes.get(name).copied().unwrap_or(0);
        *flags |= scope << SCOPE_OFFSET;
    }
    // Free names of children not resolved here (CPython iterates a set, so
    // the order of these additions is arbitrary there too).
    let mut extra: Vec<&Box<str>> = free.iter().collect();
    extra.sort();
    for name in extra {
        if let Some(v) = symbols.get(name) {
            // A free variable of a method with the same name as a class
            // local or global.
            if classflag {
                symbols.set(name, v | DEF_FREE_CLASS);
            }
            continue;
        }
        if let Some(b) = bound
            && !b.contains(&**name)
        {
            continue; // a global
        }
        symbols.set(name, FREE << SCOPE_OFFSET);
    }
}

#[allow(clippy::too_many_arguments)]
fn analyze_block(
    st: &mut SymbolTable,
    ste: ScopeId,
    mut bound: Option<NameSet>,
    free: &mut NameSet,
    mut global: NameSet,
    mut type_params: NameSet,
    class_entry: Option<ScopeId>,
) -> R {
    stacker::maybe_grow(RED_ZONE, STACK_SEGMENT, || {
        let mut local = NameSet::new();
        let mut scopes: HashMap<Box<str>, i64> = HashMap::new();
        let mut newglobal = NameSet::new();
        let mut newfree = NameSet::new();
        let mut newbound = NameSet::new();
        let mut inlined_cells = NameSet::new();
        let block_type = st.entries[ste].block_type;
        let is_class = block_type == BlockType::Class;

        if is_class {
            newglobal.extend(global.iter().cloned());
            if let Some(b) = &bound {
                newbound.extend(b.iter().cloned());
            }
        }

        let syms: Vec<(Box<str>, i64)> = st.entries[ste]
            .symbols
            .iter()
            .map(|(n, f)| (n.into(), f))
            .collect();
        for (name, flags) in &syms {
            analyze_name(
                st,
                ste,
                &mut scopes,
                name,
                *flags,
                bound.as_mut(),
                &mut local,
                free,
                &mut global,
                &mut type_params,
                class_entry,
            )?;
        }

        if !is_class {
            if st.entries[ste].is_function_like() {
                newbound.extend(local.iter().cloned());
            }
            if let Some(b) = &bound {
                newbound.extend(b.iter().cloned());
            }
            newglobal.extend(global.iter().cloned());
        } else {
            newbound.insert("__class__".into());
            newbound.insert("__classdict__".into());
            newbound.insert("__conditional_annotations__".into());
        }

        let children = st.entries[ste].children.clone();
        let ste_can_see_class_scope = st.entries[ste].can_see_class_scope;
        for &entry in &children {
            let new_class_entry = if st.entries[entry].can_see_class_scope {
                if is_class { Some(ste) } else { class_entry }
            } else {
                None
            };
            // Every comprehension but a generator expression is inlined,
            // except in annotation scopes nested in classes.
            let e = &st.entries[entry];
            let inline_comp = e.comprehension != ComprehensionType::None
                && !e.generator
                && !ste_can_see_class_scope;
            // analyze_child_block: the child works on copies.
            let mut child_free = newfree.clone();
            analyze_block(
                st,
                entry,
                Some(newbound.clone()),
                &mut child_free,
                newglobal.clone(),
                type_params.clone(),
                new_class_entry,
            )?;
            if inline_comp {
                inline_comprehension(
                    st,
                    ste,
                    entry,
                    &mut scopes,
                    &mut child_free,
                    &mut inlined_cells,
                );
                st.entries[entry].comp_inlined = true;
            }
            newfree.extend(child_free);
        }

        // Splice the children of inlined comprehensions into ours.
        if children.iter().any(|&c| st.entries[c].comp_inlined) {
            let mut spliced = Vec::with_capacity(children.len());
            for &c in &children {
                if st.entries[c].comp_inlined {
                    spliced.extend(st.entries[c].children.iter().copied());
                } else {
                    spliced.push(c);
                }
            }
            st.entries[ste].children = spliced;
        }

        if st.entries[ste].is_function_like() {
            analyze_cells(&mut scopes, &mut newfree, &inlined_cells);
        } else if is_class {
            drop_class_free(&mut st.entries[ste], &mut newfree);
        }
        let classflag = is_class || st.entries[ste].can_see_class_scope;
        update_symbols(
            &mut st.entries[ste].symbols,
            &scopes,
            bound.as_ref(),
            &newfree,
            &inlined_cells,
            classflag,
        );
        free.extend(newfree);
        Ok(())
    })
}

fn analyze(st: &mut SymbolTable) -> R {
    let mut free = NameSet::new();
    analyze_block(
        st,
        SymbolTable::TOP,
        None,
        &mut free,
        NameSet::new(),
        NameSet::new(),
        None,
    )
}

// ---------------------------------------------------------------------------
// First pass: the visitors.

const NAMED_EXPR_COMP_IN_CLASS: &str =
    "assignment expression within a comprehension cannot be used in a class body";
const NAMED_EXPR_COMP_IN_TYPEVAR_BOUND: &str =
    "assignment expression within a comprehension cannot be used in a TypeVar bound";
const NAMED_EXPR_COMP_IN_TYPEALIAS: &str =
    "assignment expression within a comprehension cannot be used in a type alias";
const NAMED_EXPR_COMP_IN_TYPEPARAM: &str = "assignment expression within a comprehension cannot be used within the definition of a generic";
const NAMED_EXPR_COMP_ITER_EXPR: &str =
    "assignment expression cannot be used in a comprehension iterable expression";

fn has_kwonlydefaults(args: &Arguments) -> bool {
    args.kwonlyargs
        .iter()
        .enumerate()
        .any(|(i, _)| matches!(args.kw_defaults.get(i), Some(Some(_))))
}

impl Builder<'_> {
    fn cur(&self) -> ScopeId {
        // The module block is entered first and left last; every visitor
        // runs inside it.
        self.cur.unwrap_or(self.top)
    }

    fn cur_entry(&mut self) -> &mut Entry {
        let c = self.cur();
        &mut self.entries[c]
    }

    fn new_entry(
        &mut self,
        name: &str,
        block: BlockType,
        key: Key,
        loc: SourceLocation,
    ) -> ScopeId {
        let (nested, method) = match self.cur {
            Some(c) => {
                let cur = &self.entries[c];
                (
                    cur.nested || cur.is_function_like(),
                    cur.block_type == BlockType::Class && block == BlockType::Function,
                )
            }
            None => (false, false),
        };
        let id = self.entries.len();
        self.entries.push(Entry {
            name: name.into(),
            key,
            block_type: block,
            symbols: Symbols::default(),
            varnames: Vec::new(),
            children: Vec::new(),
            directives: Vec::new(),
            mangled_names: None,
            scope_info: None,
            nested,
            generator: false,
            coroutine: false,
            comprehension: ComprehensionType::None,
            varargs: false,
            varkeywords: false,
            returns_value: false,
            needs_class_closure: false,
            needs_classdict: false,
            has_conditional_annotations: false,
            in_conditional_block: false,
            in_unevaluated_annotation: false,
            comp_inlined: false,
            comp_iter_target: false,
            can_see_class_scope: false,
            comp_iter_expr: 0,
            annotations_used: false,
            has_docstring: false,
            method,
            annotation_block: None,
            loc,
        });
        self.blocks.insert(key, id);
        id
    }

    /// `add_to_children` is false when an annotation block is entered again
    /// for a later annotation: it is a child of its parent once.
    fn enter_existing_block(&mut self, ste: ScopeId, add_to_children: bool) {
        self.stack.push(ste);
        let prev = self.cur;
        if let Some(p) = prev {
            self.entries[ste].comp_iter_expr = self.entries[p].comp_iter_expr;
            if let Some(m) = self.entries[p].mangled_names
                && self.entries[ste].block_type != BlockType::Class
            {
                self.entries[ste].mangled_names = Some(m);
            }
        }
        self.cur = Some(ste);
        // Under `from __future__ import annotations` annotation blocks are
        // compiled to strings, so they stay out of the tree.
        if self.future.features & CO_FUTURE_ANNOTATIONS != 0
            && self.entries[ste].block_type == BlockType::Annotation
        {
            return;
        }
        if let Some(p) = prev
            && add_to_children
        {
            self.entries[p].children.push(ste);
        }
    }

    fn enter_block(&mut self, name: &str, block: BlockType, key: Key, loc: SourceLocation) -> R {
        let ste = self.new_entry(name, block, key, loc);
        self.enter_existing_block(ste, true);
        if matches!(
            block,
            BlockType::Annotation | BlockType::TypeVariable | BlockType::TypeAlias
        ) {
            self.add_def(".format", DEF_PARAM, loc)?;
            self.add_def(".format", USE, loc)?;
        }
        Ok(())
    }

    fn exit_block(&mut self) {
        self.stack.pop();
        self.cur = self.stack.last().copied();
    }

    fn mangled(&self, ste: ScopeId, name: &str) -> Box<str> {
        let private = self.private.as_deref();
        if let Some(set) = self.entries[ste].mangled_names
            && !self.mangled_sets[set].contains(name)
        {
            return name.into();
        }
        mangle(private, name).into()
    }

    fn lookup_entry(&self, ste: ScopeId, name: &str) -> i64 {
        let mangled = self.mangled(ste, name);
        self.entries[ste].symbol(&mangled)
    }

    fn lookup(&self, name: &str) -> i64 {
        self.lookup_entry(self.cur(), name)
    }

    fn add_def_helper(&mut self, name: &str, flag: i64, ste: ScopeId, loc: SourceLocation) -> R {
        let mangled = self.mangled(self.cur(), name);
        let mut val = match self.entries[ste].symbols.get(&mangled) {
            Some(v) => {
                if flag & DEF_PARAM != 0 && v & DEF_PARAM != 0 {
                    return Err(error_at(
                        format!("duplicate argument '{name}' in function definition"),
                        loc,
                    ));
                }
                if flag & DEF_TYPE_PARAM != 0 && v & DEF_TYPE_PARAM != 0 {
                    return Err(error_at(format!("duplicate type parameter '{name}'"), loc));
                }
                v | flag
            }
            None => flag,
        };
        if self.entries[ste].comp_iter_target {
            // An iteration variable of a comprehension: named expressions
            // may not rebind it.
            if val & (DEF_GLOBAL | DEF_NONLOCAL) != 0 {
                return Err(error_at(
                    format!(
                        "comprehension inner loop cannot rebind assignment expression target '{name}'"
                    ),
                    loc,
                ));
            }
            val |= DEF_COMP_ITER;
        }
        self.entries[ste].symbols.set(&mangled, val);
        if flag & DEF_PARAM != 0 {
            self.entries[ste].varnames.push(mangled);
        } else if flag & DEF_GLOBAL != 0 {
            let top = self.top;
            let v = self.entries[top].symbol(&mangled) | flag;
            self.entries[top].symbols.set(&mangled, v);
        }
        Ok(())
    }

    fn check_name(&self, name: &str, loc: SourceLocation, ctx: ExprContext) -> R {
        if name == "__debug__" {
            match ctx {
                ExprContext::Store => return Err(error_at("cannot assign to __debug__", loc)),
                ExprContext::Del => return Err(error_at("cannot delete __debug__", loc)),
                ExprContext::Load => {}
            }
        }
        Ok(())
    }

    fn check_keywords(&self, keywords: &[Keyword]) -> R {
        for k in keywords {
            if let Some(arg) = &k.arg {
                self.check_name(arg, src_loc(&k.loc), ExprContext::Store)?;
            }
        }
        Ok(())
    }

    fn add_def_ctx(&mut self, name: &str, flag: i64, loc: SourceLocation, ctx: ExprContext) -> R {
        let write_mask = DEF_PARAM | DEF_LOCAL | DEF_IMPORT;
        if flag & write_mask != 0 {
            self.check_name(name, loc, ctx)?;
        }
        if flag & DEF_TYPE_PARAM != 0
            && let Some(set) = self.cur_entry().mangled_names
        {
            self.mangled_sets[set].insert(name.into());
        }
        let cur = self.cur();
        self.add_def_helper(name, flag, cur, loc)
    }

    fn add_def(&mut self, name: &str, flag: i64, loc: SourceLocation) -> R {
        let ctx = if flag == USE {
            ExprContext::Load
        } else {
            ExprContext::Store
        };
        self.add_def_ctx(name, flag, loc, ctx)
    }

    fn enter_type_param_block(
        &mut self,
        name: &str,
        key: Key,
        has_defaults: bool,
        has_kwdefaults: bool,
        is_class: bool,
        loc: SourceLocation,
    ) -> R {
        let current_type = self.cur_entry().block_type;
        self.enter_block(name, BlockType::TypeParameters, key, loc)?;
        if current_type == BlockType::Class {
            self.cur_entry().can_see_class_scope = true;
            self.add_def("__classdict__", USE, loc)?;
        }
        if is_class {
            // Set when the type params tuple is made, used for the bases.
            self.add_def(".type_params", DEF_LOCAL, loc)?;
            self.add_def(".type_params", USE, loc)?;
            self.add_def(".generic_base", DEF_LOCAL, loc)?;
            self.add_def(".generic_base", USE, loc)?;
        }
        if has_defaults {
            self.add_def(".defaults", DEF_PARAM, loc)?;
        }
        if has_kwdefaults {
            self.add_def(".kwdefaults", DEF_PARAM, loc)?;
        }
        Ok(())
    }

    fn record_directive(&mut self, name: &str, loc: SourceLocation) {
        let cur = self.cur();
        let mangled = self.mangled(cur, name);
        self.entries[cur].directives.push((mangled, loc));
    }

    fn check_import_from(&self, s: &Stmt) -> R {
        let StmtKind::ImportFrom { module, level, .. } = &s.node else {
            return Ok(());
        };
        let fut = self.future.location;
        if module.as_deref() == Some("__future__")
            && level.unwrap_or(0) == 0
            && (s.loc.lineno > fut.lineno
                || (s.loc.lineno == fut.end_lineno && s.loc.col_offset > fut.end_col_offset))
        {
            return Err(error_at(
                "from __future__ imports must occur at the beginning of the file",
                src_loc(&s.loc),
            ));
        }
        Ok(())
    }

    fn allows_top_level_await(&self) -> bool {
        self.future.features & PYCF_ALLOW_TOP_LEVEL_AWAIT != 0
            && self.entries[self.cur()].block_type == BlockType::Module
    }

    fn is_async_def(&self) -> bool {
        let e = &self.entries[self.cur()];
        e.block_type == BlockType::Function && e.coroutine
    }

    fn maybe_set_coroutine_for_module(&mut self) {
        if self.allows_top_level_await() {
            self.cur_entry().coroutine = true;
        }
    }

    fn raise_if_not_coroutine(&self, msg: &str, loc: SourceLocation) -> R {
        if !self.entries[self.cur()].coroutine {
            return Err(error_at(msg, loc));
        }
        Ok(())
    }

    fn visit_stmts(&mut self, body: &[Stmt]) -> R {
        for s in body {
            self.visit_stmt(s)?;
        }
        Ok(())
    }

    fn visit_exprs(&mut self, es: &[Expr]) -> R {
        for e in es {
            self.visit_expr(e)?;
        }
        Ok(())
    }

    fn conditional<F: FnOnce(&mut Self) -> R>(&mut self, f: F) -> R {
        let saved = self.cur_entry().in_conditional_block;
        self.cur_entry().in_conditional_block = true;
        let r = f(self);
        self.cur_entry().in_conditional_block = saved;
        r
    }

    fn visit_stmt(&mut self, s: &Stmt) -> R {
        stacker::maybe_grow(RED_ZONE, STACK_SEGMENT, || self.visit_stmt_inner(s))
    }

    #[allow(clippy::too_many_arguments)]
    fn visit_function(
        &mut self,
        s: &Stmt,
        name: &str,
        args: &Arguments,
        body: &[Stmt],
        decorator_list: &[Expr],
        returns: Option<&Expr>,
        type_params: &[TypeParam],
        is_async: bool,
    ) -> R {
        let loc = src_loc(&s.loc);
        self.add_def(name, DEF_LOCAL, loc)?;
        self.visit_exprs(&args.defaults)?;
        for d in args.kw_defaults.iter().flatten() {
            self.visit_expr(d)?;
        }
        self.visit_exprs(decorator_list)?;
        if !type_params.is_empty() {
            self.enter_type_param_block(
                name,
                Key::of_type_params(type_params),
                // CPython tests `args->defaults != NULL`, and the parser
                // always makes the (maybe empty) sequence.
                true,
                has_kwonlydefaults(args),
                false,
                loc,
            )?;
            for tp in type_params {
                self.visit_type_param(tp)?;
            }
        }
        let new_ste = self.new_entry(name, BlockType::Function, Key::of_stmt(s), loc);
        if crate::future::get_docstring(body).is_some() {
            self.entries[new_ste].has_docstring = true;
        }
        self.visit_annotations(s, args, returns)?;
        self.enter_existing_block(new_ste, true);
        if is_async {
            self.cur_entry().coroutine = true;
        }
        self.visit_arguments(args)?;
        self.visit_stmts(body)?;
        self.exit_block();
        if !type_params.is_empty() {
            self.exit_block();
        }
        Ok(())
    }

    fn visit_stmt_inner(&mut self, s: &Stmt) -> R {
        let loc = src_loc(&s.loc);
        match &s.node {
            StmtKind::FunctionDef {
                name,
                args,
                body,
                decorator_list,
                returns,
                type_params,
                ..
            } => self.visit_function(
                s,
                name,
                args,
                body,
                decorator_list,
                returns.as_deref(),
                type_params,
                false,
            )?,
            StmtKind::AsyncFunctionDef {
                name,
                args,
                body,
                decorator_list,
                returns,
                type_params,
                ..
            } => self.visit_function(
                s,
                name,
                args,
                body,
                decorator_list,
                returns.as_deref(),
                type_params,
                true,
            )?,
            StmtKind::ClassDef {
                name,
                bases,
                keywords,
                body,
                decorator_list,
                type_params,
            } => {
                self.add_def(name, DEF_LOCAL, loc)?;
                self.visit_exprs(decorator_list)?;
                let tmp = self.private.take();
                self.private = tmp.clone();
                if !type_params.is_empty() {
                    self.enter_type_param_block(
                        name,
                        Key::of_type_params(type_params),
                        false,
                        false,
                        true,
                        loc,
                    )?;
                    self.private = Some(name.clone());
                    let set = self.mangled_sets.len();
                    self.mangled_sets.push(HashSet::new());
                    self.cur_entry().mangled_names = Some(set);
                    for tp in type_params {
                        self.visit_type_param(tp)?;
                    }
                }
                self.visit_exprs(bases)?;
                self.check_keywords(keywords)?;
                for k in keywords {
                    self.visit_expr(&k.value)?;
                }
                self.enter_block(name, BlockType::Class, Key::of_stmt(s), loc)?;
                self.private = Some(name.clone());
                if !type_params.is_empty() {
                    self.add_def("__type_params__", DEF_LOCAL, loc)?;
                    self.add_def(".type_params", USE, loc)?;
                }
                if crate::future::get_docstring(body).is_some() {
                    self.cur_entry().has_docstring = true;
                }
                self.visit_stmts(body)?;
                self.exit_block();
                if !type_params.is_empty() {
                    self.exit_block();
                }
                self.private = tmp;
            }
            StmtKind::TypeAlias {
                name,
                type_params,
                value,
            } => {
                self.visit_expr(name)?;
                let ExprKind::Name { id, .. } = &name.node else {
                    return Ok(());
                };
                let is_in_class = self.cur_entry().block_type == BlockType::Class;
                let is_generic = !type_params.is_empty();
                if is_generic {
                    self.enter_type_param_block(
                        id,
                        Key::of_type_params(type_params),
                        false,
                        false,
                        false,
                        loc,
                    )?;
                    for tp in type_params {
                        self.visit_type_param(tp)?;
                    }
                }
                self.enter_block(id, BlockType::TypeAlias, Key::of_stmt(s), loc)?;
                self.cur_entry().can_see_class_scope = is_in_class;
                if is_in_class {
                    self.add_def("__classdict__", USE, src_loc(&value.loc))?;
                }
                self.visit_expr(value)?;
                self.exit_block();
                if is_generic {
                    self.exit_block();
                }
            }
            StmtKind::Return { value } => {
                if let Some(v) = value {
                    self.visit_expr(v)?;
                    self.cur_entry().returns_value = true;
                }
            }
            StmtKind::Delete { targets } => self.visit_exprs(targets)?,
            StmtKind::Assign { targets, value, .. } => {
                self.visit_exprs(targets)?;
                self.visit_expr(value)?;
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => {
                self.cur_entry().annotations_used = true;
                if let ExprKind::Name { id, .. } = &target.node {
                    let cur = self.lookup(id);
                    let top = self.top;
                    if cur & (DEF_GLOBAL | DEF_NONLOCAL) != 0 && self.cur() != top && *simple != 0 {
                        let msg = if cur & DEF_GLOBAL != 0 {
                            format!("annotated name '{id}' can't be global")
                        } else {
                            format!("annotated name '{id}' can't be nonlocal")
                        };
                        return Err(error_at(msg, loc));
                    }
                    if *simple != 0 {
                        self.add_def(id, DEF_ANNOT | DEF_LOCAL, src_loc(&target.loc))?;
                    } else if value.is_some() {
                        self.add_def(id, DEF_LOCAL, src_loc(&target.loc))?;
                    }
                } else {
                    self.visit_expr(target)?;
                }
                let key = self.cur_entry().key.plus1();
                self.visit_annotation(annotation, key)?;
                if let Some(v) = value {
                    self.visit_expr(v)?;
                }
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.visit_expr(target)?;
                self.visit_expr(value)?;
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                ..
            } => {
                self.visit_expr(target)?;
                self.visit_expr(iter)?;
                self.conditional(|b| {
                    b.visit_stmts(body)?;
                    b.visit_stmts(orelse)
                })?;
            }
            StmtKind::While { test, body, orelse } => {
                self.visit_expr(test)?;
                self.conditional(|b| {
                    b.visit_stmts(body)?;
                    b.visit_stmts(orelse)
                })?;
            }
            StmtKind::If { test, body, orelse } => {
                self.visit_expr(test)?;
                self.conditional(|b| {
                    b.visit_stmts(body)?;
                    b.visit_stmts(orelse)
                })?;
            }
            StmtKind::Match { subject, cases } => {
                self.visit_expr(subject)?;
                self.conditional(|b| {
                    for m in cases {
                        b.visit_match_case(m)?;
                    }
                    Ok(())
                })?;
            }
            StmtKind::Raise { exc, cause } => {
                if let Some(e) = exc {
                    self.visit_expr(e)?;
                    if let Some(c) = cause {
                        self.visit_expr(c)?;
                    }
                }
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
                self.conditional(|b| {
                    b.visit_stmts(body)?;
                    for h in handlers {
                        b.visit_excepthandler(h)?;
                    }
                    b.visit_stmts(orelse)?;
                    b.visit_stmts(finalbody)
                })?;
            }
            StmtKind::Assert { test, msg } => {
                self.visit_expr(test)?;
                if let Some(m) = msg {
                    self.visit_expr(m)?;
                }
            }
            StmtKind::Import { names } => {
                for a in names {
                    self.visit_alias(a)?;
                }
            }
            StmtKind::ImportFrom { names, .. } => {
                for a in names {
                    self.visit_alias(a)?;
                }
                self.check_import_from(s)?;
            }
            StmtKind::Global { names } => {
                for name in names {
                    let cur = self.lookup(name);
                    if cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT) != 0 {
                        let msg = if cur & DEF_PARAM != 0 {
                            format!("name '{name}' is parameter and global")
                        } else if cur & USE != 0 {
                            format!("name '{name}' is used prior to global declaration")
                        } else if cur & DEF_ANNOT != 0 {
                            format!("annotated name '{name}' can't be global")
                        } else {
                            format!("name '{name}' is assigned to before global declaration")
                        };
                        return Err(error_at(msg, loc));
                    }
                    self.add_def(name, DEF_GLOBAL, loc)?;
                    self.record_directive(name, loc);
                }
            }
            StmtKind::Nonlocal { names } => {
                for name in names {
                    let cur = self.lookup(name);
                    if cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT) != 0 {
                        let msg = if cur & DEF_PARAM != 0 {
                            format!("name '{name}' is parameter and nonlocal")
                        } else if cur & USE != 0 {
                            format!("name '{name}' is used prior to nonlocal declaration")
                        } else if cur & DEF_ANNOT != 0 {
                            format!("annotated name '{name}' can't be nonlocal")
                        } else {
                            format!("name '{name}' is assigned to before nonlocal declaration")
                        };
                        return Err(error_at(msg, loc));
                    }
                    self.add_def(name, DEF_NONLOCAL, loc)?;
                    self.record_directive(name, loc);
                }
            }
            StmtKind::Expr { value } => self.visit_expr(value)?,
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => {}
            StmtKind::With { items, body, .. } => {
                self.conditional(|b| {
                    for i in items {
                        b.visit_withitem(i)?;
                    }
                    b.visit_stmts(body)
                })?;
            }
            StmtKind::AsyncWith { items, body, .. } => {
                self.maybe_set_coroutine_for_module();
                self.raise_if_not_coroutine("'async with' outside async function", loc)?;
                self.conditional(|b| {
                    for i in items {
                        b.visit_withitem(i)?;
                    }
                    b.visit_stmts(body)
                })?;
            }
            StmtKind::AsyncFor {
                target,
                iter,
                body,
                orelse,
                ..
            } => {
                self.maybe_set_coroutine_for_module();
                self.raise_if_not_coroutine("'async for' outside async function", loc)?;
                self.visit_expr(target)?;
                self.visit_expr(iter)?;
                self.conditional(|b| {
                    b.visit_stmts(body)?;
                    b.visit_stmts(orelse)
                })?;
            }
        }
        Ok(())
    }

    fn extend_namedexpr_scope(&mut self, e: &Expr) -> R {
        let ExprKind::Name { id: target, .. } = &e.node else {
            return Ok(());
        };
        let loc = src_loc(&e.loc);
        for i in (0..self.stack.len()).rev() {
            let ste = self.stack[i];
            // A comprehension scope: check for a conflict with an iteration
            // variable, then look further out.
            if self.entries[ste].comprehension != ComprehensionType::None {
                let t = self.lookup_entry(ste, target);
                if t & DEF_COMP_ITER != 0 && t & DEF_LOCAL != 0 {
                    return Err(error_at(
                        format!(
                            "assignment expression cannot rebind comprehension iteration variable '{target}'"
                        ),
                        loc,
                    ));
                }
                continue;
            }
            match self.entries[ste].block_type {
                BlockType::Function => {
                    let t = self.lookup_entry(ste, target);
                    if t & DEF_GLOBAL != 0 {
                        self.add_def(target, DEF_GLOBAL, loc)?;
                    } else {
                        self.add_def(target, DEF_NONLOCAL, loc)?;
                    }
                    self.record_directive(target, loc);
                    return self.add_def_helper(target, DEF_LOCAL, ste, loc);
                }
                BlockType::Module => {
                    self.add_def(target, DEF_GLOBAL, loc)?;
                    self.record_directive(target, loc);
                    return self.add_def_helper(target, DEF_GLOBAL, ste, loc);
                }
                BlockType::Class => return Err(error_at(NAMED_EXPR_COMP_IN_CLASS, loc)),
                BlockType::TypeParameters => {
                    return Err(error_at(NAMED_EXPR_COMP_IN_TYPEPARAM, loc));
                }
                BlockType::TypeAlias => return Err(error_at(NAMED_EXPR_COMP_IN_TYPEALIAS, loc)),
                BlockType::TypeVariable => {
                    return Err(error_at(NAMED_EXPR_COMP_IN_TYPEVAR_BOUND, loc));
                }
                BlockType::Annotation => {}
            }
        }
        Ok(())
    }

    fn handle_namedexpr(&mut self, e: &Expr, target: &Expr, value: &Expr) -> R {
        if self.cur_entry().comp_iter_expr > 0 {
            return Err(error_at(NAMED_EXPR_COMP_ITER_EXPR, src_loc(&e.loc)));
        }
        if self.cur_entry().comprehension != ComprehensionType::None {
            self.extend_namedexpr_scope(target)?;
        }
        self.visit_expr(value)?;
        self.visit_expr(target)
    }

    fn visit_expr(&mut self, e: &Expr) -> R {
        stacker::maybe_grow(RED_ZONE, STACK_SEGMENT, || self.visit_expr_inner(e))
    }

    fn visit_expr_inner(&mut self, e: &Expr) -> R {
        let loc = src_loc(&e.loc);
        match &e.node {
            ExprKind::NamedExpr { target, value } => {
                self.raise_if_annotation_block("named expression", e)?;
                self.handle_namedexpr(e, target, value)?;
            }
            ExprKind::BoolOp { values, .. } => self.visit_exprs(values)?,
            ExprKind::BinOp { left, right, .. } => {
                self.visit_expr(left)?;
                self.visit_expr(right)?;
            }
            ExprKind::UnaryOp { operand, .. } => self.visit_expr(operand)?,
            ExprKind::Lambda { args, body } => {
                self.visit_exprs(&args.defaults)?;
                for d in args.kw_defaults.iter().flatten() {
                    self.visit_expr(d)?;
                }
                self.enter_block("lambda", BlockType::Function, Key::of_expr(e), loc)?;
                self.visit_arguments(args)?;
                self.visit_expr(body)?;
                self.exit_block();
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.visit_expr(test)?;
                self.visit_expr(body)?;
                self.visit_expr(orelse)?;
            }
            ExprKind::Dict { keys, values } => {
                for k in keys.iter().flatten() {
                    self.visit_expr(k)?;
                }
                self.visit_exprs(values)?;
            }
            ExprKind::Set { elts } => self.visit_exprs(elts)?,
            ExprKind::GeneratorExp { elt, generators } => {
                self.handle_comprehension(e, "genexpr", generators, elt, None)?
            }
            ExprKind::ListComp { elt, generators } => {
                self.handle_comprehension(e, "listcomp", generators, elt, None)?
            }
            ExprKind::SetComp { elt, generators } => {
                self.handle_comprehension(e, "setcomp", generators, elt, None)?
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.handle_comprehension(e, "dictcomp", generators, key, Some(value))?,
            ExprKind::Yield { value } => {
                self.raise_if_annotation_block("yield expression", e)?;
                if let Some(v) = value {
                    self.visit_expr(v)?;
                }
                self.cur_entry().generator = true;
                if self.cur_entry().comprehension != ComprehensionType::None {
                    return Err(self.comprehension_yield_error(e));
                }
            }
            ExprKind::YieldFrom { value } => {
                self.raise_if_annotation_block("yield expression", e)?;
                self.visit_expr(value)?;
                self.cur_entry().generator = true;
                if self.cur_entry().comprehension != ComprehensionType::None {
                    return Err(self.comprehension_yield_error(e));
                }
            }
            ExprKind::Await { value } => {
                self.raise_if_annotation_block("await expression", e)?;
                if !self.allows_top_level_await() {
                    if !self.entries[self.cur()].is_function_like() {
                        return Err(error_at("'await' outside function", loc));
                    }
                    if !self.is_async_def()
                        && self.entries[self.cur()].comprehension == ComprehensionType::None
                    {
                        return Err(error_at("'await' outside async function", loc));
                    }
                }
                self.visit_expr(value)?;
                self.cur_entry().coroutine = true;
            }
            ExprKind::Compare {
                left, comparators, ..
            } => {
                self.visit_expr(left)?;
                self.visit_exprs(comparators)?;
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.visit_expr(func)?;
                self.visit_exprs(args)?;
                self.check_keywords(keywords)?;
                for k in keywords {
                    self.visit_expr(&k.value)?;
                }
            }
            ExprKind::FormattedValue {
                value, format_spec, ..
            } => {
                self.visit_expr(value)?;
                if let Some(f) = format_spec {
                    self.visit_expr(f)?;
                }
            }
            ExprKind::Interpolation {
                value, format_spec, ..
            } => {
                self.visit_expr(value)?;
                if let Some(f) = format_spec {
                    self.visit_expr(f)?;
                }
            }
            ExprKind::JoinedStr { values } | ExprKind::TemplateStr { values } => {
                self.visit_exprs(values)?
            }
            ExprKind::Constant { .. } => {}
            ExprKind::Attribute { value, attr, ctx } => {
                self.check_name(attr, loc, *ctx)?;
                self.visit_expr(value)?;
            }
            ExprKind::Subscript { value, slice, .. } => {
                self.visit_expr(value)?;
                self.visit_expr(slice)?;
            }
            ExprKind::Starred { value, .. } => self.visit_expr(value)?,
            ExprKind::Slice { lower, upper, step } => {
                for x in [lower, upper, step].into_iter().flatten() {
                    self.visit_expr(x)?;
                }
            }
            ExprKind::Name { id, ctx } => {
                if !self.cur_entry().in_unevaluated_annotation {
                    let flag = if *ctx == ExprContext::Load {
                        USE
                    } else {
                        DEF_LOCAL
                    };
                    self.add_def_ctx(id, flag, loc, *ctx)?;
                    // `super` counts as a use of __class__.
                    if *ctx == ExprContext::Load
                        && self.entries[self.cur()].is_function_like()
                        && &**id == "super"
                    {
                        self.add_def("__class__", USE, loc)?;
                    }
                }
            }
            ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => self.visit_exprs(elts)?,
        }
        Ok(())
    }

    fn visit_type_param_bound_or_default(
        &mut self,
        e: Option<&Expr>,
        name: &str,
        key: Key,
        tp_loc: SourceLocation,
        scope_info: &'static str,
    ) -> R {
        if name == "__classdict__" {
            return Err(error_at(
                format!("reserved name '{name}' cannot be used for type parameter"),
                tp_loc,
            ));
        }
        if let Some(e) = e {
            let is_in_class = self.cur_entry().can_see_class_scope;
            let eloc = src_loc(&e.loc);
            self.enter_block(name, BlockType::TypeVariable, key, eloc)?;
            self.cur_entry().can_see_class_scope = is_in_class;
            if is_in_class {
                self.add_def("__classdict__", USE, eloc)?;
            }
            self.cur_entry().scope_info = Some(scope_info);
            self.visit_expr(e)?;
            self.exit_block();
        }
        Ok(())
    }

    fn visit_type_param(&mut self, tp: &TypeParam) -> R {
        let loc = src_loc(&tp.loc);
        let key = Key::of_type_param(tp);
        match &tp.node {
            TypeParamKind::TypeVar {
                name,
                bound,
                default_value,
            } => {
                self.add_def(name, DEF_TYPE_PARAM | DEF_LOCAL, loc)?;
                let info = match bound.as_deref() {
                    Some(b) if matches!(b.node, ExprKind::Tuple { .. }) => "a TypeVar constraint",
                    _ => "a TypeVar bound",
                };
                self.visit_type_param_bound_or_default(bound.as_deref(), name, key, loc, info)?;
                self.visit_type_param_bound_or_default(
                    default_value.as_deref(),
                    name,
                    key.plus1(),
                    loc,
                    "a TypeVar default",
                )?;
            }
            TypeParamKind::TypeVarTuple {
                name,
                default_value,
            } => {
                self.add_def(name, DEF_TYPE_PARAM | DEF_LOCAL, loc)?;
                self.visit_type_param_bound_or_default(
                    default_value.as_deref(),
                    name,
                    key,
                    loc,
                    "a TypeVarTuple default",
                )?;
            }
            TypeParamKind::ParamSpec {
                name,
                default_value,
            } => {
                self.add_def(name, DEF_TYPE_PARAM | DEF_LOCAL, loc)?;
                self.visit_type_param_bound_or_default(
                    default_value.as_deref(),
                    name,
                    key,
                    loc,
                    "a ParamSpec default",
                )?;
            }
        }
        Ok(())
    }

    fn visit_pattern(&mut self, p: &Pattern) -> R {
        stacker::maybe_grow(RED_ZONE, STACK_SEGMENT, || self.visit_pattern_inner(p))
    }

    fn visit_pattern_inner(&mut self, p: &Pattern) -> R {
        let loc = src_loc(&p.loc);
        match &p.node {
            PatternKind::MatchValue { value } => self.visit_expr(value)?,
            PatternKind::MatchSingleton { .. } => {}
            PatternKind::MatchSequence { patterns } => {
                for q in patterns {
                    self.visit_pattern(q)?;
                }
            }
            PatternKind::MatchStar { name } => {
                if let Some(n) = name {
                    self.add_def(n, DEF_LOCAL, loc)?;
                }
            }
            PatternKind::MatchMapping {
                keys,
                patterns,
                rest,
            } => {
                self.visit_exprs(keys)?;
                for q in patterns {
                    self.visit_pattern(q)?;
                }
                if let Some(r) = rest {
                    self.add_def(r, DEF_LOCAL, loc)?;
                }
            }
            PatternKind::MatchClass {
                cls,
                patterns,
                kwd_attrs,
                kwd_patterns,
            } => {
                self.visit_expr(cls)?;
                for q in patterns {
                    self.visit_pattern(q)?;
                }
                for (i, attr) in kwd_attrs.iter().enumerate() {
                    let l = kwd_patterns.get(i).map(|q| src_loc(&q.loc)).unwrap_or(loc);
                    self.check_name(attr, l, ExprContext::Store)?;
                }
                for q in kwd_patterns {
                    self.visit_pattern(q)?;
                }
            }
            PatternKind::MatchAs { pattern, name } => {
                if let Some(q) = pattern {
                    self.visit_pattern(q)?;
                }
                if let Some(n) = name {
                    self.add_def(n, DEF_LOCAL, loc)?;
                }
            }
            PatternKind::MatchOr { patterns } => {
                for q in patterns {
                    self.visit_pattern(q)?;
                }
            }
        }
        Ok(())
    }

    fn implicit_arg(&mut self, pos: usize) -> R {
        let loc = self.cur_entry().loc;
        self.add_def(&format!(".{pos}"), DEF_PARAM, loc)
    }

    fn visit_params(&mut self, args: &[Arg]) -> R {
        for a in args {
            self.add_def(&a.arg, DEF_PARAM, src_loc(&a.loc))?;
        }
        Ok(())
    }

    fn visit_annotation(&mut self, annotation: &Expr, key: Key) -> R {
        // Annotations of locals in functions are never evaluated.
        let is_unevaluated = self.cur_entry().block_type == BlockType::Function;
        let aloc = src_loc(&annotation.loc);
        {
            let cur = self.cur_entry();
            // Module-level annotations always count as conditional (the
            // module may stop part way), as codegen indexes them.
            if (cur.block_type == BlockType::Module
                || (cur.block_type == BlockType::Class && cur.in_conditional_block))
                && !cur.has_conditional_annotations
            {
                cur.has_conditional_annotations = true;
                self.add_def("__conditional_annotations__", USE, aloc)?;
            }
        }
        let parent = self.cur();
        match self.entries[parent].annotation_block {
            None => {
                let current_type = self.entries[parent].block_type;
                self.enter_block("__annotate__", BlockType::Annotation, key, aloc)?;
                let cur = self.cur();
                self.entries[parent].annotation_block = Some(cur);
                let future_annotations = self.future.features & CO_FUTURE_ANNOTATIONS != 0;
                if current_type == BlockType::Class && !future_annotations {
                    self.cur_entry().can_see_class_scope = true;
                    self.add_def("__classdict__", USE, aloc)?;
                }
            }
            Some(block) => self.enter_existing_block(block, false),
        }
        if is_unevaluated {
            self.cur_entry().in_unevaluated_annotation = true;
        }
        let rc = self.visit_expr(annotation);
        if is_unevaluated {
            self.cur_entry().in_unevaluated_annotation = false;
        }
        self.exit_block();
        rc
    }

    fn visit_argannotations(&mut self, args: &[Arg]) -> R {
        for a in args {
            if let Some(ann) = &a.annotation {
                self.cur_entry().annotations_used = true;
                self.visit_expr(ann)?;
            }
        }
        Ok(())
    }

    fn visit_annotations(&mut self, s: &Stmt, a: &Arguments, returns: Option<&Expr>) -> R {
        let is_in_class = self.cur_entry().can_see_class_scope;
        let current_type = self.cur_entry().block_type;
        let loc = src_loc(&s.loc);
        self.enter_block("__annotate__", BlockType::Annotation, Key::of_args(a), loc)?;
        if is_in_class || current_type == BlockType::Class {
            self.cur_entry().can_see_class_scope = true;
            self.add_def("__classdict__", USE, loc)?;
        }
        self.visit_argannotations(&a.posonlyargs)?;
        self.visit_argannotations(&a.args)?;
        if let Some(v) = &a.vararg
            && let Some(ann) = &v.annotation
        {
            self.cur_entry().annotations_used = true;
            self.visit_expr(ann)?;
        }
        if let Some(v) = &a.kwarg
            && let Some(ann) = &v.annotation
        {
            self.cur_entry().annotations_used = true;
            self.visit_expr(ann)?;
        }
        self.visit_argannotations(&a.kwonlyargs)?;
        if let Some(r) = returns {
            self.cur_entry().annotations_used = true;
            self.visit_expr(r)?;
        }
        self.exit_block();
        Ok(())
    }

    fn visit_arguments(&mut self, a: &Arguments) -> R {
        self.visit_params(&a.posonlyargs)?;
        self.visit_params(&a.args)?;
        self.visit_params(&a.kwonlyargs)?;
        if let Some(v) = &a.vararg {
            self.add_def(&v.arg, DEF_PARAM, src_loc(&v.loc))?;
            self.cur_entry().varargs = true;
        }
        if let Some(k) = &a.kwarg {
            self.add_def(&k.arg, DEF_PARAM, src_loc(&k.loc))?;
            self.cur_entry().varkeywords = true;
        }
        Ok(())
    }

    fn visit_excepthandler(&mut self, eh: &ExceptHandler) -> R {
        if let Some(t) = &eh.r#type {
            self.visit_expr(t)?;
        }
        if let Some(n) = &eh.name {
            self.add_def(n, DEF_LOCAL, src_loc(&eh.loc))?;
        }
        self.visit_stmts(&eh.body)
    }

    fn visit_withitem(&mut self, item: &WithItem) -> R {
        self.visit_expr(&item.context_expr)?;
        if let Some(v) = &item.optional_vars {
            self.visit_expr(v)?;
        }
        Ok(())
    }

    fn visit_match_case(&mut self, m: &MatchCase) -> R {
        self.visit_pattern(&m.pattern)?;
        if let Some(g) = &m.guard {
            self.visit_expr(g)?;
        }
        self.visit_stmts(&m.body)
    }

    fn visit_alias(&mut self, a: &Alias) -> R {
        // The name an import binds: the first component of a dotted name.
        let name = a.asname.as_deref().unwrap_or(&a.name);
        let store_name = match name.find('.') {
            Some(dot) => &name[..dot],
            None => name,
        };
        if name != "*" {
            self.add_def(store_name, DEF_IMPORT, src_loc(&a.loc))
        } else if self.cur_entry().block_type != BlockType::Module {
            Err(error_at(
                "import * only allowed at module level",
                src_loc(&a.loc),
            ))
        } else {
            Ok(())
        }
    }

    fn visit_comprehension(&mut self, lc: &Comprehension) -> R {
        self.cur_entry().comp_iter_target = true;
        self.visit_expr(&lc.target)?;
        self.cur_entry().comp_iter_target = false;
        self.cur_entry().comp_iter_expr += 1;
        self.visit_expr(&lc.iter)?;
        self.cur_entry().comp_iter_expr -= 1;
        self.visit_exprs(&lc.ifs)?;
        if lc.is_async != 0 {
            self.cur_entry().coroutine = true;
        }
        Ok(())
    }

    fn handle_comprehension(
        &mut self,
        e: &Expr,
        scope_name: &str,
        generators: &[Comprehension],
        elt: &Expr,
        value: Option<&Expr>,
    ) -> R {
        let is_generator = matches!(e.node, ExprKind::GeneratorExp { .. });
        let Some(outermost) = generators.first() else {
            return Ok(());
        };
        // The outermost iterator is evaluated in the current scope.
        self.cur_entry().comp_iter_expr += 1;
        self.visit_expr(&outermost.iter)?;
        self.cur_entry().comp_iter_expr -= 1;
        let loc = src_loc(&e.loc);
        self.enter_block(scope_name, BlockType::Function, Key::of_expr(e), loc)?;
        self.cur_entry().comprehension = match e.node {
            ExprKind::ListComp { .. } => ComprehensionType::List,
            ExprKind::SetComp { .. } => ComprehensionType::Set,
            ExprKind::DictComp { .. } => ComprehensionType::Dict,
            _ => ComprehensionType::Generator,
        };
        if outermost.is_async != 0 {
            self.cur_entry().coroutine = true;
        }
        // The outermost iterable is passed as an argument.
        self.implicit_arg(0)?;
        self.cur_entry().comp_iter_target = true;
        self.visit_expr(&outermost.target)?;
        self.cur_entry().comp_iter_target = false;
        self.visit_exprs(&outermost.ifs)?;
        for g in &generators[1..] {
            self.visit_comprehension(g)?;
        }
        if let Some(v) = value {
            self.visit_expr(v)?;
        }
        self.visit_expr(elt)?;
        self.cur_entry().generator = is_generator;
        let is_async = self.cur_entry().coroutine && !is_generator;
        self.exit_block();
        if is_async
            && !self.is_async_def()
            && self.entries[self.cur()].comprehension == ComprehensionType::None
            && !self.allows_top_level_await()
        {
            return Err(error_at(
                "asynchronous comprehension outside of an asynchronous function",
                loc,
            ));
        }
        if is_async {
            self.cur_entry().coroutine = true;
        }
        Ok(())
    }

    fn raise_if_annotation_block(&self, name: &str, e: &Expr) -> R {
        let cur = &self.entries[self.cur()];
        let msg = match cur.block_type {
            BlockType::Annotation => format!("{name} cannot be used within an annotation"),
            BlockType::TypeVariable => format!(
                "{name} cannot be used within {}",
                cur.scope_info.unwrap_or("")
            ),
            BlockType::TypeAlias => format!("{name} cannot be used within a type alias"),
            BlockType::TypeParameters => {
                format!("{name} cannot be used within the definition of a generic")
            }
            _ => return Ok(()),
        };
        Err(error_at(msg, src_loc(&e.loc)))
    }

    fn comprehension_yield_error(&self, e: &Expr) -> SyntaxError {
        let msg = match self.entries[self.cur()].comprehension {
            ComprehensionType::List => "'yield' inside list comprehension",
            ComprehensionType::Set => "'yield' inside set comprehension",
            ComprehensionType::Dict => "'yield' inside dict comprehension",
            _ => "'yield' inside generator expression",
        };
        error_at(msg, src_loc(&e.loc))
    }
}

// ---------------------------------------------------------------------------
// A dump for comparison with CPython's `_symtable` (tests and tools).

impl SymbolTable {
    /// The tree as `scripts/record_symtable.py` prints CPython's: one line
    /// per block (type, name, lineno, nested, varnames), its symbols sorted
    /// by name with their raw flags, then its children indented.
    pub fn dump(&self) -> String {
        let mut out = String::new();
        self.dump_entry(Self::TOP, 0, &mut out);
        out
    }

    fn dump_entry(&self, id: ScopeId, depth: usize, out: &mut String) {
        use std::fmt::Write;
        let e = &self.entries[id];
        let ind = "  ".repeat(depth);
        let _ = writeln!(
            out,
            "{ind}{} {} line={} nested={} varnames=[{}]",
            e.block_type as u8,
            e.name,
            e.loc.lineno,
            u8::from(e.nested),
            e.varnames.join(",")
        );
        let mut syms: Vec<(&str, i64)> = e.symbols.iter().collect();
        syms.sort();
        for (n, f) in syms {
            let _ = writeln!(out, "{ind}  {n}: {f}");
        }
        for &c in &e.children {
            self.dump_entry(c, depth + 1, out);
        }
    }
}
