//! CPython 3.14's PEG parser (`Grammar/python.gram`), hand-written.
//!
//! One method per grammar rule, named after it (`// python.gram: rule`), over a
//! token array filled lazily from the tokenizer (CPython: `p->tokens`,
//! `_PyPegen_fill_token`). Semantics follow `Parser/pegen.c`:
//! ordered choice with backtracking; a first pass without the `invalid_*`
//! rules and, when it fails, a second pass with them
//! (`_PyPegen_run_parser`); error placement of `Parser/pegen_errors.c`.
//!
//! Where a rule's alternatives share a prefix, the prefix is parsed once: rules
//! are pure functions of the position (and of `call_invalid_rules`), so this
//! gives the same result as CPython's backtracking with memoisation. In the
//! second pass the expression rules are memoised as CPython does, so the
//! `invalid_*` rules cannot make parsing exponential.

// Nested `if`s follow the grammar's sequences item by item (one test per
// token or sub-rule), which keeps each alternative readable against python.gram.
#![allow(clippy::collapsible_if)]

mod expr;
mod helpers;
mod literal;
pub mod number;
mod pattern;
mod stmt;
pub mod string_parser;

use crate::ast::{self, Expr, ExprContext, ExprKind, Location, Mod};
use crate::syntax_error::{SyntaxError, SyntaxErrorKind};
use crate::tokenizer::{Keyword as Kw, Token, TokenKind as T, Tokenizer};
use helpers::tok_loc;
use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// A warning raised while parsing (CPython emits it with `PyErr_WarnExplicit`).
/// ast.parse shows it as `FILENAME:LINENO: CATEGORY: MESSAGE`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Warning {
    /// `"SyntaxWarning"` or `"DeprecationWarning"`.
    pub category: &'static str,
    pub msg: String,
    pub lineno: i64,
    pub offset: i64,
    pub end_lineno: i64,
    pub end_offset: i64,
}

/// The `mode` argument of `compile()` / `ast.parse()`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// `'exec'`: a module (`file` rule).
    Exec,
    /// `'eval'`: one expression (`eval` rule).
    Eval,
    /// `'single'`: one interactive statement (`interactive` rule).
    Single,
    /// `'func_type'`: a function type comment signature (`func_type` rule).
    FuncType,
}

/// Parses a module, as `ast.parse(source, filename)` does.
pub fn parse_module(source: &[u8], filename: &str) -> Result<Mod, SyntaxError> {
    parse(source, filename, Mode::Exec)
}

/// [`parse_module`], also returning the warnings CPython would have emitted.
pub fn parse_module_with_warnings(
    source: &[u8],
    filename: &str,
) -> (Result<Mod, SyntaxError>, Vec<Warning>) {
    parse_with_warnings(source, filename, Mode::Exec)
}

/// Parses `source` in `mode`, as `ast.parse(source, filename, mode)` does.
pub fn parse(source: &[u8], filename: &str, mode: Mode) -> Result<Mod, SyntaxError> {
    parse_with_warnings(source, filename, mode).0
}

/// [`parse`], also returning the warnings.
pub fn parse_with_warnings(
    source: &[u8],
    _filename: &str,
    mode: Mode,
) -> (Result<Mod, SyntaxError>, Vec<Warning>) {
    // The parse keeps CPython's depth count exactly only when it tracks
    // which rules CPython would answer from its memo (`track_memo`), which
    // costs time on every rule. Without it the count is never lower, so when
    // that parse does not overflow, neither would the tracked one, and the
    // results are the same; only an overflow needs the tracked parse.
    let mut first = true;
    loop {
        // CPython adds a missing final newline in 'exec' mode only
        // (_PyPegen_run_parser_from_string: exec_input).
        let tok = match Tokenizer::from_bytes(source, mode == Mode::Exec) {
            Ok(t) => t,
            Err(e) => return (Err(e), Vec::new()),
        };
        let mut p = Parser::new(tok, mode);
        p.track_memo = !first;
        p.source_has_final_newline = matches!(source.last(), Some(b'\n' | b'\r'));
        // CPython reads the error line back from the file when it exists
        // (_PyErr_ProgramDecodedTextObject), else from the tokenizer's buffer.
        // A pseudo file name ("<string>", "<unknown>") never names a file; any
        // other name is taken as the file the source was read from (the
        // in-process corpus runner passes bare names relative to another
        // directory).
        p.error_line_from_file =
            !_filename.starts_with('<') || std::path::Path::new(_filename).is_file();
        let r = run_parser(&mut p);
        if first && p.stack_overflow {
            first = false;
            continue;
        }
        return (r, std::mem::take(&mut p.warnings));
    }
}

/// CPython's MAXSTACK: a rule entered at this nesting depth raises
/// `MemoryError: Parser stack overflowed - Python source too complex to parse`.
const MAXSTACK: u32 = 6000;

/// The depth the count starts at, as CPython's (`p->level`).
const BASE_LEVEL: u32 = 0;

/// Rust stack kept free before a rule recurses; below it the stack grows
/// onto the heap (deep inputs never overflow the native stack).
pub(crate) const RED_ZONE: usize = 256 * 1024;
pub(crate) const STACK_SEGMENT: usize = 4 * 1024 * 1024;

/// Rule ids for the memo tables (second pass only).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
#[repr(u8)]
pub(crate) enum MemoRule {
    Expression,
    NamedExpression,
    StarNamedExpression,
    StarExpression,
    Disjunction,
    BitwiseOr,
    Sum,
    TPrimary,
    StarTarget,
    TargetWithStarAtom,
    DelTarget,
    DefaultExpression,
    Strings,
    ClosedPattern,
    StarPattern,
    Block,
    // Rules CPython memoises that oxpy parses without a memo table; they only
    // take part in the depth accounting of `cpython_memo_hit`.
    Conjunction,
    Inversion,
    Factor,
    AwaitPrimary,
    BitwiseXor,
    BitwiseAnd,
    ShiftExpr,
    Term,
    Primary,
}

// `cpython_memo_hit` keeps one bit per rule in a u32 (Primary is the last).
const _: () = assert!((MemoRule::Primary as u8) < 32);

impl MemoRule {
    /// Whether python.gram memoises the rule (`(memo)` or left-recursive).
    /// NamedExpression, StarNamedExpression and DefaultExpression are
    /// memoised by oxpy's second pass only, to keep the invalid_ rules'
    /// lookaheads linear.
    fn cpython_memoizes(self) -> bool {
        !matches!(
            self,
            MemoRule::NamedExpression | MemoRule::StarNamedExpression | MemoRule::DefaultExpression
        )
    }
}

/// A memo table: (token position, rule) to (result, position after it).
type MemoTable<T> = HashMap<(u32, MemoRule), (Option<T>, u32), BuildHasherDefault<MemoHasher>>;

pub(crate) struct Parser<'src> {
    tok: Tokenizer<'src>,
    /// CPython: `p->tokens[0..p->fill]`.
    tokens: Vec<Token>,
    /// CPython: `Token.level` (bracket depth) of each token.
    levels: Vec<u32>,
    paren_level: u32,
    /// Tokens whose literal warnings were already collected.
    warned: HashSet<usize>,
    mark: usize,
    /// The tokenizer reported an error or ENDMARKER: never call it again.
    tok_done: bool,
    /// CPython: `p->error_indicator` plus the pending exception.
    error: Option<SyntaxError>,
    /// The error came from the tokenizer (it wins over parser errors).
    error_from_tokenizer: bool,
    call_invalid_rules: bool,
    /// In the second pass (memo tables on).
    error_pass: bool,
    level: u32,
    /// Per token, a bit per `MemoRule` CPython would have memoised there by
    /// now (see `cpython_memo_hit`).
    memo_seen: Vec<u32>,
    /// How many rule functions are running (native frames, unlike `level`,
    /// which also counts the helper rules of CPython's that oxpy has no
    /// function for): `rule!` checks the native stack at every eighth.
    rule_depth: u32,
    /// Whether `memo_seen` is kept (see `parse_with_warnings`).
    track_memo: bool,
    /// Nesting of rules CPython would answer from its memo: below them,
    /// CPython does not recurse, so no depth limit applies.
    uncounted: u32,
    memo: MemoTable<Expr>,
    /// `closed_pattern` and `star_pattern`, memoised in both passes as CPython does.
    pattern_memo: MemoTable<ast::Pattern>,
    /// `block` (memo in python.gram), second pass only: the invalid_ rules of
    /// compound statements re-parse their block, once per nesting level.
    block_memo: MemoTable<Vec<ast::Stmt>>,
    pub(crate) warnings: Vec<Warning>,
    mode: Mode,
    /// The parser pass has raised a stack overflow (MemoryError in CPython).
    stack_overflow: bool,
    /// The raw source ended with a newline (the tokenizer adds one when not;
    /// CPython reads the error line from the file, without it).
    source_has_final_newline: bool,
    error_line_from_file: bool,
    /// CPython: PyPARSE_BARRY_AS_BDFL, set by `from __future__ import barry_as_FLUFL`.
    pub(crate) barry_as_flufl: bool,
    /// CPython: p->parsing_started ('single' mode).
    parsing_started: bool,
    pending_endmarker: Option<Token>,
}

/// Outcome of `run_parser` internals.
fn run_parser(p: &mut Parser<'_>) -> Result<Mod, SyntaxError> {
    // CPython: Parser/pegen.c _PyPegen_run_parser
    let res = stacker::maybe_grow(RED_ZONE, STACK_SEGMENT, || p.start_rule());
    if let Some(m) = res {
        if p.error.is_none() {
            if p.mode == Mode::Single && p.bad_single_statement() {
                p.raise_error(
                    SyntaxErrorKind::SyntaxError,
                    false,
                    "multiple statements found while compiling a single statement",
                );
                return Err(p.take_error());
            }
            // CPython: compile(..., PyCF_ONLY_AST) also runs future.c's
            // future_parse on the module.
            check_future_features(&m)?;
            return Ok(m);
        }
    }
    if p.stack_overflow {
        return Err(p.take_error());
    }
    // Second pass with the invalid_ rules, from the start.
    let last_token = p.tokens.len().saturating_sub(1);
    p.reset_for_error_pass();
    let _ = stacker::maybe_grow(RED_ZONE, STACK_SEGMENT, || p.start_rule());
    p.set_syntax_error(last_token);
    Err(p.take_error())
}

impl<'src> Parser<'src> {
    fn new(tok: Tokenizer<'src>, mode: Mode) -> Self {
        Parser {
            tok,
            tokens: Vec::with_capacity(256),
            levels: Vec::with_capacity(256),
            paren_level: 0,
            warned: HashSet::new(),
            mark: 0,
            tok_done: false,
            error: None,
            error_from_tokenizer: false,
            call_invalid_rules: false,
            error_pass: false,
            level: BASE_LEVEL,
            memo_seen: Vec::new(),
            track_memo: false,
            rule_depth: 0,
            uncounted: 0,
            memo: HashMap::default(),
            pattern_memo: HashMap::default(),
            block_memo: HashMap::default(),
            warnings: Vec::new(),
            mode,
            stack_overflow: false,
            source_has_final_newline: true,
            error_line_from_file: false,
            barry_as_flufl: false,
            parsing_started: false,
            pending_endmarker: None,
        }
    }

    fn start_rule(&mut self) -> Option<Mod> {
        match self.mode {
            Mode::Exec => self.file(),
            Mode::Eval => self.eval(),
            Mode::Single => self.interactive(),
            Mode::FuncType => self.func_type(),
        }
    }

    fn reset_for_error_pass(&mut self) {
        // CPython: reset_parser_state_for_error_pass. The pending error (if
        // any) stays: the second pass then fails at once and it is reported.
        self.memo.clear();
        self.memo_seen.clear();
        self.pattern_memo.clear();
        self.block_memo.clear();
        self.mark = 0;
        self.level = BASE_LEVEL;
        self.call_invalid_rules = true;
        self.error_pass = true;
        self.tok.set_report_warnings(false);
    }

    fn take_error(&mut self) -> SyntaxError {
        self.error.take().unwrap_or_else(|| {
            SyntaxError::new(SyntaxErrorKind::SyntaxError, "invalid syntax", 1, 0, 1, 0)
        })
    }

    // ---------------------------------------------------------------
    // Tokens
    // ---------------------------------------------------------------

    /// CPython: _PyPegen_fill_token. False on a tokenizer error (now pending).
    #[inline]
    fn fill_token(&mut self) -> bool {
        if self.error.is_some() || self.tok_done {
            return false;
        }
        if let Some(t) = self.pending_endmarker.take() {
            self.tok_done = true;
            self.levels.push(self.paren_level);
            self.tokens.push(t);
            return true;
        }
        loop {
            let r = self.tok.next_token();
            self.drain_tokenizer_warnings();
            match r {
                Ok(t) => {
                    if matches!(t.kind, T::Comment | T::Nl | T::TypeComment | T::TypeIgnore) {
                        continue;
                    }
                    let mut t = t;
                    if t.kind == T::EndMarker {
                        // CPython: initialize_token: in 'single' mode the
                        // first ENDMARKER after some input becomes a NEWLINE.
                        if self.mode == Mode::Single && self.parsing_started {
                            self.parsing_started = false;
                            self.pending_endmarker = Some(t);
                            t.kind = T::Newline;
                        } else {
                            self.tok_done = true;
                        }
                    } else {
                        self.parsing_started = true;
                    }
                    match t.kind {
                        T::Lpar | T::Lsqb | T::Lbrace => self.paren_level += 1,
                        T::Rpar | T::Rsqb | T::Rbrace => {
                            self.paren_level = self.paren_level.saturating_sub(1)
                        }
                        _ => {}
                    }
                    self.levels.push(self.paren_level);
                    self.tokens.push(t);
                    return true;
                }
                Err(e) => {
                    self.tok_done = true;
                    self.error = Some(e);
                    self.error_from_tokenizer = true;
                    return false;
                }
            }
        }
    }

    /// Moves the tokenizer's SyntaxWarnings to ours, keeping their order
    /// with the literal warnings.
    fn drain_tokenizer_warnings(&mut self) {
        for w in self.tok.take_warnings() {
            self.warnings.push(Warning {
                category: "SyntaxWarning",
                msg: w.msg,
                lineno: w.lineno as i64,
                offset: 0,
                end_lineno: w.lineno as i64,
                end_offset: 0,
            });
        }
    }

    /// The token at the mark, filling it if needed.
    #[inline]
    fn peek(&mut self) -> Option<Token> {
        if self.mark >= self.tokens.len() {
            if self.mark > self.tokens.len() || !self.fill_token() {
                // Past ENDMARKER (or tokenizer error): behave as ENDMARKER.
                if self.error.is_some() {
                    return None;
                }
                return self.tokens.last().copied();
            }
        }
        self.tokens.get(self.mark).copied()
    }

    /// The token `n` positions after the mark.
    fn peek_at(&mut self, n: usize) -> Option<Token> {
        let save = self.mark;
        let mut t = None;
        for _ in 0..=n {
            t = self.peek();
            if t.is_none() {
                break;
            }
            self.mark += 1;
        }
        self.mark = save;
        t
    }

    #[inline]
    fn next_is(&mut self, kind: T) -> bool {
        matches!(self.peek(), Some(t) if t.kind == kind)
    }

    #[inline]
    fn next_is_kw(&mut self, kw: Kw) -> bool {
        matches!(self.peek(), Some(t) if t.kind == T::Name && t.keyword == Some(kw))
    }

    /// CPython: _PyPegen_expect_token.
    #[inline]
    fn expect(&mut self, kind: T) -> Option<Token> {
        let t = self.peek()?;
        if t.kind == kind {
            self.mark += 1;
            Some(t)
        } else {
            None
        }
    }

    /// A hard or soft keyword.
    #[inline]
    fn expect_kw(&mut self, kw: Kw) -> Option<Token> {
        let t = self.peek()?;
        if t.kind == T::Name && t.keyword == Some(kw) {
            self.mark += 1;
            Some(t)
        } else {
            None
        }
    }

    /// CPython: _PyPegen_expect_forced_token (`&&'x'`).
    fn expect_forced(&mut self, kind: T, what: &str) -> Option<Token> {
        let t = self.peek()?;
        if t.kind == kind {
            self.mark += 1;
            return Some(t);
        }
        self.raise_known_location(
            t.lineno as i64,
            t.col_offset as i64,
            t.end_lineno as i64,
            t.end_col_offset as i64,
            &format!("expected '{what}'"),
        );
        None
    }

    /// CPython: _PyPegen_name_token: a NAME that is not a hard keyword.
    #[inline]
    fn name_token(&mut self) -> Option<Token> {
        let t = self.peek()?;
        if t.kind == T::Name && t.keyword.is_none_or(|k| k.is_soft()) {
            self.mark += 1;
            Some(t)
        } else {
            None
        }
    }

    /// NAME as a `Name` expression (Load).
    fn name(&mut self) -> Option<Expr> {
        let t = self.name_token()?;
        let id = self.identifier(&t);
        Some(Expr {
            node: ExprKind::Name {
                id,
                ctx: ExprContext::Load,
            },
            loc: tok_loc(&t),
        })
    }

    /// SOFT_KEYWORD: a NAME spelling a soft keyword.
    fn soft_keyword_token(&mut self) -> Option<Token> {
        let t = self.peek()?;
        if t.kind == T::Name && t.keyword.is_some_and(|k| k.is_soft()) {
            self.mark += 1;
            Some(t)
        } else {
            None
        }
    }

    fn text(&self, t: &Token) -> &str {
        self.tok.text(t)
    }

    /// CPython: _PyPegen_new_identifier (NFKC for non-ASCII names).
    fn identifier(&self, t: &Token) -> ast::Identifier {
        let s = self.text(t);
        if s.is_ascii() {
            s.into()
        } else {
            use unicode_normalization::UnicodeNormalization;
            s.nfkc().collect::<String>().into_boxed_str()
        }
    }

    /// Ensures the token at the mark exists (CPython fills it at the start of
    /// every rule with locations) and returns the mark.
    #[inline]
    fn start(&mut self) -> usize {
        let _ = self.peek();
        self.mark
    }

    /// CPython: _PyPegen_get_last_nonnwhitespace_token.
    fn last_nonws(&self) -> Option<&Token> {
        let mut m = self.mark;
        let mut last = None;
        while m > 0 {
            m -= 1;
            let t = self.tokens.get(m)?;
            last = Some(t);
            if t.kind != T::EndMarker && !matches!(t.kind, T::Newline | T::Indent | T::Dedent) {
                break;
            }
        }
        last
    }

    /// EXTRA: the location from token `start` to the last consumed token.
    fn loc(&self, start: usize) -> Location {
        let (l, c) = match self.tokens.get(start) {
            Some(t) => (t.lineno as i32, t.col_offset),
            None => (1, 0),
        };
        match self.last_nonws() {
            Some(e) => Location::new(l, c, e.end_lineno as i32, e.end_col_offset),
            None => Location::new(l, c, l, c),
        }
    }

    fn mk(&self, node: ExprKind, start: usize) -> Expr {
        Expr {
            node,
            loc: self.loc(start),
        }
    }

    // ---------------------------------------------------------------
    // Rule bookkeeping
    // ---------------------------------------------------------------

    /// Entry of every rule: bail out on a pending error, count the depth.
    #[inline]
    fn enter(&mut self) -> bool {
        if self.error.is_some() {
            return false;
        }
        if self.level >= MAXSTACK && self.uncounted == 0 {
            self.raise_stack_overflow();
            return false;
        }
        self.level += 1;
        self.rule_depth += 1;
        true
    }

    #[inline]
    fn leave(&mut self) {
        self.level -= 1;
        self.rule_depth -= 1;
    }

    /// A rule CPython enters `extra` frames below the current one and leaves
    /// at once, without consuming input (a lookahead group such as atom's
    /// `&(STRING|FSTRING_START|TSTRING_START)`): only its depth check
    /// matters. False when that check overflows.
    #[inline]
    pub(crate) fn transient_frame(&mut self, extra: u32) -> bool {
        self.deeper(extra, |p| {
            if !p.enter() {
                return false;
            }
            p.leave();
            true
        })
    }

    /// Runs `f` `extra` frames deeper: the helper rules CPython's generated
    /// parser nests where oxpy calls the rule directly (`_tmp_N` for a group
    /// or an optional group, `_gather_N` and `_loop0_N` for a repetition,
    /// an alternative list `( a | b )`), so the depth limit falls where
    /// CPython's does (the front end's parser::depth test, scripts/depth_probe.py).
    #[inline]
    pub(crate) fn deeper<T>(&mut self, extra: u32, f: impl FnOnce(&mut Self) -> T) -> T {
        self.level += extra;
        let r = f(self);
        self.level -= extra;
        r
    }

    fn raise_stack_overflow(&mut self) {
        // CPython: _Pypegen_stack_overflow raises MemoryError.
        self.stack_overflow = true;
        self.error = Some(SyntaxError::new(
            SyntaxErrorKind::MemoryError,
            "Parser stack overflowed - Python source too complex to parse",
            0,
            0,
            0,
            0,
        ));
    }

    #[inline]
    fn failed(&self) -> bool {
        self.error.is_some()
    }

    /// Runs a memoised expression rule (second pass only, see module doc).
    #[inline]
    fn memo_expr(
        &mut self,
        rule: MemoRule,
        f: impl FnOnce(&mut Self) -> Option<Expr>,
    ) -> Option<Expr> {
        // The memo is shared by the whole second pass, also where
        // `_without_invalid` rules turn the invalid_ rules off, as CPython's is.
        if !self.error_pass {
            if rule.cpython_memoizes() {
                return self.counted_as_cpython(rule, f);
            }
            return f(self);
        }
        self.memoized(|p| &mut p.memo, rule, error_pass_clone, f)
    }

    /// CPython's memoisation of `rule` at the current position in `table`:
    /// the stored result (copied by `copy`) and end position when there is
    /// one, else `f`'s, stored unless it raised. CPython: Parser/pegen.c
    /// `_PyPegen_is_memoized`, `_PyPegen_insert_memo`.
    #[inline]
    fn memoized<T>(
        &mut self,
        table: fn(&mut Self) -> &mut MemoTable<T>,
        rule: MemoRule,
        copy: fn(&T) -> T,
        f: impl FnOnce(&mut Self) -> Option<T>,
    ) -> Option<T> {
        let key = (self.mark as u32, rule);
        if let Some((r, end)) = table(self).get(&key) {
            let (r, end) = (r.as_ref().map(copy), *end);
            self.mark = end as usize;
            return r;
        }
        let r = f(self);
        if self.error.is_none() {
            let entry = (r.as_ref().map(copy), self.mark as u32);
            table(self).insert(key, entry);
        }
        r
    }

    /// Runs a pattern rule CPython memoises (`closed_pattern`, `star_pattern`), in
    /// both passes: without it, nested parenthesised patterns are re-parsed by
    /// each alternative that starts with '(' and parsing is exponential.
    fn memo_pattern(
        &mut self,
        rule: MemoRule,
        f: impl FnOnce(&mut Self) -> Option<ast::Pattern>,
    ) -> Option<ast::Pattern> {
        self.memoized(|p| &mut p.pattern_memo, rule, ast::Pattern::clone, f)
    }

    /// A rule CPython memoises that needs no memo table here: its callers
    /// are memoised (in the second pass), so it is entered once per
    /// position. Its depth is still counted as CPython's
    /// ([`Self::counted_as_cpython`]).
    #[inline]
    fn no_memo(
        &mut self,
        rule: MemoRule,
        f: impl FnOnce(&mut Self) -> Option<Expr>,
    ) -> Option<Expr> {
        self.counted_as_cpython(rule, f)
    }

    /// Runs `f`, a rule CPython memoises but oxpy does not store, keeping the
    /// depth accounting CPython's: when CPython would answer from its memo
    /// (the rule already ran at this position), the frames `f` nests are not
    /// counted towards MAXSTACK, since CPython's parser does not recurse
    /// there. Without this, a re-parse after a failed alternative (an
    /// assignment target tried before the expression statement) reaches
    /// "Parser stack overflowed" at depths CPython parses.
    #[inline]
    fn counted_as_cpython<T>(&mut self, rule: MemoRule, f: impl FnOnce(&mut Self) -> T) -> T {
        if self.cpython_memo_hit(rule) {
            self.uncounted += 1;
            let r = f(self);
            self.uncounted -= 1;
            r
        } else {
            f(self)
        }
    }

    /// Records that CPython has `rule` memoised at the current position from
    /// now on; true if it already had. CPython: Parser/pegen.c
    /// `_PyPegen_is_memoized`, `_PyPegen_insert_memo` (failures are
    /// memoised too).
    #[inline]
    fn cpython_memo_hit(&mut self, rule: MemoRule) -> bool {
        if !self.track_memo {
            return false;
        }
        let bit = 1u32 << (rule as u8);
        let i = self.mark;
        if i >= self.memo_seen.len() {
            self.memo_seen.resize(i + 64, 0);
        }
        let w = &mut self.memo_seen[i];
        let hit = *w & bit != 0;
        *w |= bit;
        hit
    }

    /// [`Self::memo_expr`] in both passes.
    #[inline]
    fn memo_expr_always(
        &mut self,
        rule: MemoRule,
        f: impl FnOnce(&mut Self) -> Option<Expr>,
    ) -> Option<Expr> {
        self.memoized(|p| &mut p.memo, rule, Expr::clone, f)
    }

    // ---------------------------------------------------------------
    // Errors (Parser/pegen_errors.c)
    // ---------------------------------------------------------------

    /// Line `lineno` of the source with its newline, as CPython's error line.
    fn line_text(&self, lineno: i64) -> &str {
        if lineno < 1 {
            return "";
        }
        let src = self.tok.source();
        let mut start = 0usize;
        for _ in 1..lineno {
            match src.get(start..).and_then(|r| r.find('\n')) {
                Some(i) => start += i + 1,
                None => return "",
            }
        }
        let rest = src.get(start..).unwrap_or("");
        let line = match rest.find('\n') {
            Some(i)
                if i + 1 == rest.len()
                    && !self.source_has_final_newline
                    && self.error_line_from_file =>
            {
                &rest[..i]
            }
            Some(i) => &rest[..=i],
            None => rest,
        };
        if self.error_line_from_file && line.len() > 999 {
            // err_programtext reads the line with fgets into a 1000-byte buffer.
            let mut cut = 999;
            while !line.is_char_boundary(cut) {
                cut -= 1;
            }
            return &line[..cut];
        }
        line
    }

    /// CPython: _PyPegen_raise_error_known_location (offsets are 1-based
    /// byte offsets here, converted to character offsets).
    fn raise_error_known_location_1based(
        &mut self,
        kind: SyntaxErrorKind,
        lineno: i64,
        col: i64,
        end_lineno: i64,
        end_col: i64,
        msg: &str,
    ) {
        if self.error.is_some() {
            return;
        }
        let line = self.line_text(lineno);
        let offset = byte_offset_to_character_offset(line, col);
        let end_line = if end_lineno == lineno {
            line
        } else {
            self.line_text(end_lineno)
        };
        let _ = end_line;
        let end_offset = if end_col > 0 {
            byte_offset_to_character_offset(line, end_col)
        } else {
            end_col
        };
        self.error = Some(SyntaxError::new(
            kind, msg, lineno, offset, end_lineno, end_offset,
        ));
    }

    /// CPython: RAISE_ERROR_KNOWN_LOCATION (0-based columns; -1 stays 0).
    fn raise_known_location(
        &mut self,
        lineno: i64,
        col: i64,
        end_lineno: i64,
        end_col: i64,
        msg: &str,
    ) {
        self.raise_known_location_kind(
            SyntaxErrorKind::SyntaxError,
            lineno,
            col,
            end_lineno,
            end_col,
            msg,
        )
    }

    fn raise_known_location_kind(
        &mut self,
        kind: SyntaxErrorKind,
        lineno: i64,
        col: i64,
        end_lineno: i64,
        end_col: i64,
        msg: &str,
    ) {
        self.raise_error_known_location_1based(kind, lineno, col + 1, end_lineno, end_col + 1, msg)
    }

    /// RAISE_SYNTAX_ERROR_KNOWN_LOCATION(a, msg)
    fn raise_at(&mut self, loc: Location, msg: &str) {
        self.raise_known_location(
            loc.lineno as i64,
            loc.col_offset as i64,
            loc.end_lineno as i64,
            loc.end_col_offset as i64,
            msg,
        )
    }

    /// RAISE_SYNTAX_ERROR_KNOWN_RANGE(a, b, msg)
    fn raise_range(&mut self, a: Location, b: Location, msg: &str) {
        self.raise_known_location(
            a.lineno as i64,
            a.col_offset as i64,
            b.end_lineno as i64,
            b.end_col_offset as i64,
            msg,
        )
    }

    /// RAISE_SYNTAX_ERROR_STARTING_FROM(a, msg): the end is the tokenizer's
    /// current position (CURRENT_POS), the end of the last token read.
    fn raise_starting_from(&mut self, a: Location, msg: &str) {
        let (el, ec) = match self.tokens.last() {
            Some(t) => (t.end_lineno as i64, t.end_col_offset as i64),
            None => (a.end_lineno as i64, a.end_col_offset as i64),
        };
        // CURRENT_POS columns are not shifted by one.
        self.raise_error_known_location_1based(
            SyntaxErrorKind::SyntaxError,
            a.lineno as i64,
            a.col_offset as i64 + 1,
            el,
            ec,
            msg,
        )
    }

    /// CPython: _PyPegen_raise_error (RAISE_SYNTAX_ERROR, RAISE_INDENTATION_ERROR,
    /// RAISE_SYNTAX_ERROR_ON_NEXT_TOKEN with `use_mark`).
    fn raise_error(&mut self, kind: SyntaxErrorKind, use_mark: bool, msg: &str) {
        if self.error.is_some() {
            return;
        }
        if self.tokens.is_empty() {
            self.raise_error_known_location_1based(kind, 0, 0, 0, -1, msg);
            return;
        }
        if use_mark && self.mark == self.tokens.len() && !self.fill_token() {
            return;
        }
        let idx = if use_mark {
            self.mark
        } else {
            self.tokens.len() - 1
        };
        let t = match self.tokens.get(idx).or(self.tokens.last()) {
            Some(t) => *t,
            None => return,
        };
        // INDENT/DEDENT carry no columns: CPython then uses the tokenizer's
        // current position (just after the indentation) and no end column.
        let col = if t.col_offset == -1 && idx + 1 == self.tokens.len() {
            self.tok.cursor_col()
        } else if t.col_offset == -1 {
            let line = self.line_text(t.lineno as i64);
            let prev_same_line = idx > 0
                && self
                    .tokens
                    .get(idx - 1)
                    .is_some_and(|p| p.end_lineno == t.lineno);
            let rest = line.trim_start_matches([' ', '\t', '\x0c']);
            let no_code = rest.is_empty() || rest.starts_with(['#', '\n', '\r']);
            if prev_same_line || no_code || t.kind == T::EndMarker {
                // A DEDENT at the end of the input: the tokenizer is at the
                // end of the last line, after its (maybe implicit) newline.
                self.tok.line_text(t.lineno).len() as i64 + 1
            } else {
                line.bytes()
                    .take_while(|&c| c == b' ' || c == b'\t' || c == b'\x0c')
                    .count() as i64
            }
        } else {
            t.col_offset as i64 + 1
        };
        let end_col = if t.end_col_offset == -1 {
            -1
        } else {
            t.end_col_offset as i64 + 1
        };
        self.raise_error_known_location_1based(
            kind,
            t.lineno as i64,
            col,
            t.end_lineno as i64,
            end_col,
            msg,
        )
    }

    fn raise_syntax(&mut self, msg: &str) {
        self.raise_error(SyntaxErrorKind::SyntaxError, false, msg)
    }

    fn raise_on_next_token(&mut self, msg: &str) {
        self.raise_error(SyntaxErrorKind::SyntaxError, true, msg)
    }

    fn raise_indentation(&mut self, msg: &str) {
        self.raise_error(SyntaxErrorKind::IndentationError, false, msg)
    }

    /// `NEWLINE` where a compound statement's ':' belongs, the first
    /// alternative of its invalid_ rule: raises "expected ':'" at the
    /// newline. True if it raised.
    fn newline_for_colon(&mut self) -> bool {
        if !self.next_is(T::Newline) {
            return false;
        }
        self.mark += 1;
        self.raise_syntax("expected ':'");
        true
    }

    /// `':' NEWLINE !INDENT`, the other alternative: raises the
    /// IndentationError "expected an indented block after {what} on line
    /// {lineno}" (`what`: "'while' statement", "function definition" ...).
    /// True if it raised.
    fn colon_without_block(&mut self, what: &str, lineno: u32) -> bool {
        if self.expect(T::Colon).is_some()
            && self.expect(T::Newline).is_some()
            && !self.next_is(T::Indent)
        {
            self.raise_indentation(&format!(
                "expected an indented block after {what} on line {lineno}"
            ));
            return true;
        }
        false
    }

    /// CPython: _Pypegen_set_syntax_error, after the second pass.
    fn set_syntax_error(&mut self, last_token: usize) {
        if self.error.is_some() {
            if !self.error_from_tokenizer && !self.stack_overflow {
                self.tokenize_full_source_to_check_for_errors();
            }
            return;
        }
        let Some(last) = self.tokens.get(last_token).copied() else {
            self.raise_syntax("error at start before reading any input");
            return;
        };
        if last.kind == T::Indent || last.kind == T::Dedent {
            let msg = if last.kind == T::Indent {
                "unexpected indent"
            } else {
                "unexpected unindent"
            };
            self.raise_indentation(msg);
            return;
        }
        let msg = if last.kind == T::NotEqual && !self.barry_as_flufl && self.text(&last) == "<>" {
            "invalid syntax.  Maybe you meant '!=' instead of '<>'?"
        } else {
            "invalid syntax"
        };
        self.raise_known_location(
            last.lineno as i64,
            last.col_offset as i64,
            last.end_lineno as i64,
            last.end_col_offset as i64,
            msg,
        );
        self.tokenize_full_source_to_check_for_errors();
    }

    /// CPython: _PyPegen_tokenize_full_source_to_check_for_errors. A tokenizer
    /// error further in the file replaces a parser error; an unclosed bracket
    /// does so only when it opened on an earlier line than the error.
    fn tokenize_full_source_to_check_for_errors(&mut self) {
        // CPython uses the line of the last token read.
        let current_err_line = match self.tokens.last() {
            Some(t) => t.lineno as i64,
            None => return,
        };
        // Warnings of the rest of the source are emitted (recorded).
        self.tok.set_report_warnings(true);
        let replacement = self.tok.check_rest_for_errors(current_err_line);
        self.drain_tokenizer_warnings();
        if let Some(e) = replacement {
            self.error = Some(e);
        }
        self.tok_done = true;
    }

    /// CPython: bad_single_statement (mode 'single'): anything but blanks and
    /// comments after the statement.
    fn bad_single_statement(&self) -> bool {
        let src = self.tok.source().as_bytes();
        let mut i = self.tokens.last().map(|t| t.end as usize).unwrap_or(0);
        loop {
            while matches!(src.get(i), Some(b' ' | b'\t' | b'\n' | b'\x0c' | b'\r')) {
                i += 1;
            }
            match src.get(i) {
                None => return false,
                Some(b'#') => {
                    while !matches!(src.get(i), None | Some(b'\n')) {
                        i += 1;
                    }
                }
                Some(_) => return true,
            }
        }
    }
}

/// CPython: Python/future.c future_parse / future_check_features: the
/// `from __future__` imports at the start of a module must name known features.
fn check_future_features(m: &Mod) -> Result<(), SyntaxError> {
    let body = match m {
        Mod::Module { body, .. } | Mod::Interactive { body } => body,
        _ => return Ok(()),
    };
    let mut i = 0;
    // _PyAST_GetDocString: a leading string constant expression.
    if let Some(ast::Stmt {
        node: ast::StmtKind::Expr { value },
        ..
    }) = body.first()
    {
        if matches!(
            value.node,
            ExprKind::Constant {
                value: ast::ConstantValue::Str(_),
                ..
            }
        ) {
            i = 1;
        }
    }
    for s in body.iter().skip(i) {
        let ast::StmtKind::ImportFrom {
            module: Some(module),
            names,
            level,
        } = &s.node
        else {
            return Ok(());
        };
        if *level != Some(0) || &**module != "__future__" {
            return Ok(());
        }
        for a in names {
            let msg = match &*a.name {
                "nested_scopes" | "generators" | "division" | "absolute_import"
                | "with_statement" | "print_function" | "unicode_literals" | "generator_stop"
                | "barry_as_FLUFL" | "annotations" => continue,
                "braces" => "not a chance".to_string(),
                other => {
                    let shown: String = other.chars().take(100).collect();
                    format!("future feature {shown} is not defined")
                }
            };
            return Err(SyntaxError::new(
                SyntaxErrorKind::SyntaxError,
                msg,
                a.loc.lineno as i64,
                a.loc.col_offset as i64 + 1,
                a.loc.end_lineno as i64,
                a.loc.end_col_offset as i64 + 1,
            ));
        }
    }
    Ok(())
}

/// Hasher for the memo keys (a token position and a rule id): one multiply,
/// where SipHash would dominate the memo lookups.
#[derive(Default)]
struct MemoHasher(u64);

impl Hasher for MemoHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(8) ^ b as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        }
    }
    fn write_u8(&mut self, i: u8) {
        self.0 = (self.0.rotate_left(8) ^ i as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
    fn write_u32(&mut self, i: u32) {
        self.0 = (self.0.rotate_left(32) ^ i as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
}

/// CPython: _PyPegen_byte_offset_to_character_offset (1-based in and out).
fn byte_offset_to_character_offset(line: &str, col: i64) -> i64 {
    if col <= 0 {
        return col;
    }
    let bytes = line.as_bytes();
    let mut n = col as usize;
    if n > bytes.len() + 1 {
        n = bytes.len() + 1;
    }
    // Decode the first `n` bytes with "replace": count characters, a cut
    // multibyte sequence counting as one replacement character.
    let take = n.min(bytes.len());
    let prefix = &bytes[..take];
    let chars = String::from_utf8_lossy(prefix).chars().count();
    chars as i64 + (n - take) as i64
}

/// A copy of a second-pass result for the memo. Second-pass trees are only
/// looked at by the invalid_ rules (kinds, locations, names, the elements of
/// tuples and lists, starred values, a comparison's left side, call argument
/// counts), so the operands of operators and conditional expressions are
/// replaced by placeholders: deep right-nested chains would otherwise be
/// copied once per level (quadratic).
fn error_pass_clone(e: &Expr) -> Expr {
    fn stub(e: &Expr) -> Box<Expr> {
        Box::new(Expr {
            node: ExprKind::Constant {
                value: ast::ConstantValue::None,
                kind: None,
            },
            loc: e.loc,
        })
    }
    let node = match &e.node {
        ExprKind::IfExp { test, body, orelse } => ExprKind::IfExp {
            test: stub(test),
            body: stub(body),
            orelse: stub(orelse),
        },
        ExprKind::BinOp { left, op, right } => ExprKind::BinOp {
            left: stub(left),
            op: *op,
            right: stub(right),
        },
        ExprKind::BoolOp { op, values } => ExprKind::BoolOp {
            op: *op,
            values: values.iter().map(|v| *stub(v)).collect(),
        },
        ExprKind::UnaryOp { op, operand } => ExprKind::UnaryOp {
            op: *op,
            operand: stub(operand),
        },
        ExprKind::Lambda { args, body } => ExprKind::Lambda {
            args: args.clone(),
            body: stub(body),
        },
        ExprKind::Await { value } => ExprKind::Await { value: stub(value) },
        _ => return e.clone(),
    };
    Expr { node, loc: e.loc }
}
