//! `match` statements (PEP 634). Every `pattern_*` routine consumes the
//! subject on top of the stack and jumps to a `fail_pop` block on failure;
//! captured names are kept under the items in use and stored only once the
//! whole pattern has matched.
//!
//! CPython: Python/codegen.c (codegen_pattern_* and codegen_match).

use super::*;
use syntax::ast::{CmpOp, MatchCase, Pattern, PatternKind};

/// CPython `pattern_context`.
struct PatternContext {
    stores: Vec<Box<str>>,
    allow_irrefutable: bool,
    fail_pop: Vec<Label>,
    on_top: usize,
}

fn wildcard_check(p: &Pattern) -> bool {
    matches!(
        &p.node,
        PatternKind::MatchAs {
            pattern: None,
            name: None
        }
    )
}

fn wildcard_star_check(p: &Pattern) -> bool {
    matches!(&p.node, PatternKind::MatchStar { name: None })
}

/// The `repr` of a name for error messages (`%R`).
fn name_repr(n: &str) -> String {
    let mut s = String::new();
    syntax::ast::repr::str_repr(&mut s, &PyStr::from(n));
    s
}

impl<'a> Compiler<'a> {
    /// `ensure_fail_pop`.
    fn ensure_fail_pop(&mut self, pc: &mut PatternContext, n: usize) {
        while pc.fail_pop.len() < n + 1 {
            let l = self.new_label();
            pc.fail_pop.push(l);
        }
    }

    /// `jump_to_fail_pop`.
    fn jump_to_fail_pop(&mut self, l: SourceLocation, pc: &mut PatternContext, op: u16) {
        let pops = pc.on_top + pc.stores.len();
        self.ensure_fail_pop(pc, pops);
        self.addop_j(op, pc.fail_pop[pops], l);
    }

    /// `emit_and_reset_fail_pop`.
    fn emit_and_reset_fail_pop(&mut self, l: SourceLocation, pc: &mut PatternContext) {
        if pc.fail_pop.is_empty() {
            return;
        }
        for i in (1..pc.fail_pop.len()).rev() {
            self.use_label(pc.fail_pop[i]);
            self.addop(POP_TOP, l);
        }
        self.use_label(pc.fail_pop[0]);
        pc.fail_pop.clear();
    }

    /// `codegen_pattern_helper_rotate`.
    fn pattern_helper_rotate(&mut self, l: SourceLocation, mut count: usize) {
        while count > 1 {
            self.addop_i(SWAP, count as i32, l);
            count -= 1;
        }
    }

    /// `codegen_pattern_helper_store_name`.
    fn pattern_helper_store_name(
        &mut self,
        l: SourceLocation,
        n: Option<&str>,
        pc: &mut PatternContext,
    ) -> CResult {
        let Some(n) = n else {
            self.addop(POP_TOP, l);
            return Ok(());
        };
        if pc.stores.iter().any(|s| &**s == n) {
            return self.error(
                l,
                format!("multiple assignments to name {} in pattern", name_repr(n)),
            );
        }
        // Rotate this object underneath the items to preserve.
        let rotations = pc.on_top + pc.stores.len() + 1;
        self.pattern_helper_rotate(l, rotations);
        pc.stores.push(n.into());
        Ok(())
    }

    /// `codegen_pattern_unpack_helper`.
    fn pattern_unpack_helper(&mut self, l: SourceLocation, elts: &[Pattern]) -> CResult {
        let n = elts.len();
        let mut seen_star = false;
        for (i, e) in elts.iter().enumerate() {
            if matches!(e.node, PatternKind::MatchStar { .. }) {
                if !seen_star {
                    if i >= (1 << 8) || (n - i - 1) as i64 >= (i32::MAX >> 8) as i64 {
                        return self
                            .error(l, "too many expressions in star-unpacking sequence pattern");
                    }
                    self.addop_i(UNPACK_EX, (i + ((n - i - 1) << 8)) as i32, l);
                    seen_star = true;
                } else {
                    return self.error(l, "multiple starred expressions in sequence pattern");
                }
            }
        }
        if !seen_star {
            self.addop_i(UNPACK_SEQUENCE, n as i32, l);
        }
        Ok(())
    }

    fn pattern_helper_sequence_unpack(
        &mut self,
        l: SourceLocation,
        patterns: &'a [Pattern],
        pc: &mut PatternContext,
    ) -> CResult {
        self.pattern_unpack_helper(l, patterns)?;
        pc.on_top += patterns.len();
        for p in patterns {
            pc.on_top -= 1;
            self.pattern_subpattern(p, pc)?;
        }
        Ok(())
    }

    /// `pattern_helper_sequence_subscr`: BINARY_OP/NB_SUBSCR instead of
    /// unpacking, for patterns with a starred wildcard.
    fn pattern_helper_sequence_subscr(
        &mut self,
        l: SourceLocation,
        patterns: &'a [Pattern],
        star: usize,
        pc: &mut PatternContext,
    ) -> CResult {
        pc.on_top += 1;
        let size = patterns.len();
        for (i, p) in patterns.iter().enumerate() {
            if wildcard_check(p) || i == star {
                continue;
            }
            self.addop_i(COPY, 1, l);
            if i < star {
                self.load_const(int_const(i as i64), l);
            } else {
                // The subject may not support negative indexing.
                self.addop(GET_LEN, l);
                self.load_const(int_const((size - i) as i64), l);
                self.addop_binary(l, syntax::ast::Operator::Sub, false);
            }
            self.addop_i(BINARY_OP, crate::opcode::nb::SUBSCR as i32, l);
            self.pattern_subpattern(p, pc)?;
        }
        pc.on_top -= 1;
        self.addop(POP_TOP, l);
        Ok(())
    }

    /// `codegen_pattern_subpattern`: irrefutable patterns are fine here.
    fn pattern_subpattern(&mut self, p: &'a Pattern, pc: &mut PatternContext) -> CResult {
        let allow = pc.allow_irrefutable;
        pc.allow_irrefutable = true;
        self.pattern(p, pc)?;
        pc.allow_irrefutable = allow;
        Ok(())
    }

    fn pattern(&mut self, p: &'a Pattern, pc: &mut PatternContext) -> CResult {
        stacker::maybe_grow(RED_ZONE, STACK_SEGMENT, || self.pattern_inner(p, pc))
    }

    fn pattern_inner(&mut self, p: &'a Pattern, pc: &mut PatternContext) -> CResult {
        let l = loc(&p.loc);
        match &p.node {
            PatternKind::MatchValue { value } => {
                if !matches!(
                    value.node,
                    ExprKind::Constant { .. } | ExprKind::Attribute { .. }
                ) {
                    return self.error(l, "patterns may only match literals and attribute lookups");
                }
                self.visit_expr(value)?;
                self.addop_compare(l, CmpOp::Eq);
                self.addop(TO_BOOL, l);
                self.jump_to_fail_pop(l, pc, POP_JUMP_IF_FALSE);
            }
            PatternKind::MatchSingleton { value } => {
                self.load_const(const_of(value), l);
                self.addop_compare(l, CmpOp::Is);
                self.jump_to_fail_pop(l, pc, POP_JUMP_IF_FALSE);
            }
            PatternKind::MatchSequence { patterns } => self.pattern_sequence(l, patterns, pc)?,
            PatternKind::MatchMapping {
                keys,
                patterns,
                rest,
            } => self.pattern_mapping(p, keys, patterns, rest.as_deref(), pc)?,
            PatternKind::MatchClass {
                cls,
                patterns,
                kwd_attrs,
                kwd_patterns,
            } => self.pattern_class(p, cls, patterns, kwd_attrs, kwd_patterns, pc)?,
            PatternKind::MatchStar { name } => {
                self.pattern_helper_store_name(l, name.as_deref(), pc)?
            }
            PatternKind::MatchAs { pattern, name } => match pattern {
                None => {
                    if !pc.allow_irrefutable {
                        return match name {
                            Some(n) => self.error(
                                l,
                                format!(
                                    "name capture {} makes remaining patterns unreachable",
                                    name_repr(n)
                                ),
                            ),
                            None => self.error(l, "wildcard makes remaining patterns unreachable"),
                        };
                    }
                    self.pattern_helper_store_name(l, name.as_deref(), pc)?;
                }
                Some(inner) => {
                    // A copy for (maybe) storing later.
                    pc.on_top += 1;
                    self.addop_i(COPY, 1, l);
                    self.pattern(inner, pc)?;
                    pc.on_top -= 1;
                    self.pattern_helper_store_name(l, name.as_deref(), pc)?;
                }
            },
            PatternKind::MatchOr { patterns } => self.pattern_or(p, patterns, pc)?,
        }
        Ok(())
    }

    fn pattern_class(
        &mut self,
        p: &'a Pattern,
        cls: &'a Expr,
        patterns: &'a [Pattern],
        kwd_attrs: &[syntax::ast::Identifier],
        kwd_patterns: &'a [Pattern],
        pc: &mut PatternContext,
    ) -> CResult {
        let l = loc(&p.loc);
        let nargs = patterns.len();
        let nattrs = kwd_attrs.len();
        if nattrs != kwd_patterns.len() {
            return self.error(
                l,
                format!(
                    "kwd_attrs ({nattrs}) / kwd_patterns ({}) length mismatch in class pattern",
                    kwd_patterns.len()
                ),
            );
        }
        for i in 0..nattrs {
            for j in i + 1..nattrs {
                if kwd_attrs[i] == kwd_attrs[j] {
                    return self.error(
                        loc(&kwd_patterns[j].loc),
                        format!("attribute name repeated in class pattern: {}", kwd_attrs[i]),
                    );
                }
            }
        }
        self.visit_expr(cls)?;
        let names: Box<[Constant]> = kwd_attrs.iter().map(|a| str_const(a)).collect();
        self.load_const(Constant::Tuple(names), l);
        self.addop_i(MATCH_CLASS, nargs as i32, l);
        self.addop_i(COPY, 1, l);
        self.load_const(Constant::None, l);
        self.addop_i(IS_OP, 1, l);
        // TOS is a tuple of (nargs + nattrs) attributes, or None.
        pc.on_top += 1;
        self.jump_to_fail_pop(l, pc, POP_JUMP_IF_FALSE);
        self.addop_i(UNPACK_SEQUENCE, (nargs + nattrs) as i32, l);
        pc.on_top += nargs + nattrs;
        pc.on_top -= 1;
        for i in 0..nargs + nattrs {
            pc.on_top -= 1;
            let pattern = if i < nargs {
                &patterns[i]
            } else {
                &kwd_patterns[i - nargs]
            };
            if wildcard_check(pattern) {
                self.addop(POP_TOP, l);
                continue;
            }
            self.pattern_subpattern(pattern, pc)?;
        }
        Ok(())
    }

    fn pattern_mapping(
        &mut self,
        p: &'a Pattern,
        keys: &'a [Expr],
        patterns: &'a [Pattern],
        star_target: Option<&str>,
        pc: &mut PatternContext,
    ) -> CResult {
        let l = loc(&p.loc);
        let size = keys.len();
        if size != patterns.len() {
            return self.error(
                l,
                format!(
                    "keys ({size}) / patterns ({}) length mismatch in mapping pattern",
                    patterns.len()
                ),
            );
        }
        // The subject stays on top for the mapping and length checks.
        pc.on_top += 1;
        self.addop(MATCH_MAPPING, l);
        self.jump_to_fail_pop(l, pc, POP_JUMP_IF_FALSE);
        if size == 0 && star_target.is_none() {
            // Just "{}".
            pc.on_top -= 1;
            self.addop(POP_TOP, l);
            return Ok(());
        }
        if size > 0 {
            self.addop(GET_LEN, l);
            self.load_const(int_const(size as i64), l);
            self.addop_compare(l, CmpOp::GtE);
            self.jump_to_fail_pop(l, pc, POP_JUMP_IF_FALSE);
        }
        // Keys are literals (checked for duplicates) or attribute lookups.
        let mut seen: Vec<Constant> = Vec::new();
        for key in keys {
            match &key.node {
                ExprKind::Constant { value, .. } => {
                    let c = const_of(value);
                    if seen.iter().any(|s| python_eq(s, &c)) {
                        let r = syntax::ast::ConstantValue::repr(value).unwrap_or_default();
                        return self
                            .error(l, format!("mapping pattern checks duplicate key ({r})"));
                    }
                    seen.push(c);
                }
                ExprKind::Attribute { .. } => {}
                _ => {
                    return self.error(
                        l,
                        "mapping pattern keys may only match literals and attribute lookups",
                    );
                }
            }
            self.visit_expr(key)?;
        }
        self.addop_i(BUILD_TUPLE, size as i32, l);
        self.addop(MATCH_KEYS, l);
        // A tuple of keys and a tuple of values on top of the subject.
        pc.on_top += 2;
        self.addop_i(COPY, 1, l);
        self.load_const(Constant::None, l);
        self.addop_i(IS_OP, 1, l);
        self.jump_to_fail_pop(l, pc, POP_JUMP_IF_FALSE);
        self.addop_i(UNPACK_SEQUENCE, size as i32, l);
        pc.on_top += size;
        pc.on_top -= 1;
        for q in patterns {
            pc.on_top -= 1;
            self.pattern_subpattern(q, pc)?;
        }
        // A match: what follows consumes the keys and the subject.
        pc.on_top -= 2;
        if let Some(star) = star_target {
            // rest = dict(subject); del rest[key] for each key.
            self.addop_i(BUILD_MAP, 0, l);
            self.addop_i(SWAP, 3, l);
            self.addop_i(DICT_UPDATE, 2, l);
            self.addop_i(UNPACK_SEQUENCE, size as i32, l);
            let mut n = size;
            while n > 0 {
                self.addop_i(COPY, 1 + n as i32, l);
                n -= 1;
                self.addop_i(SWAP, 2, l);
                self.addop(DELETE_SUBSCR, l);
            }
            self.pattern_helper_store_name(l, Some(star), pc)?;
        } else {
            self.addop(POP_TOP, l);
            self.addop(POP_TOP, l);
        }
        Ok(())
    }

    fn pattern_or(
        &mut self,
        p: &'a Pattern,
        alts: &'a [Pattern],
        pc: &mut PatternContext,
    ) -> CResult {
        let l = loc(&p.loc);
        let end = self.new_label();
        let old_stores = std::mem::take(&mut pc.stores);
        let old_allow = pc.allow_irrefutable;
        let old_fail_pop = std::mem::take(&mut pc.fail_pop);
        let old_on_top = pc.on_top;
        let mut control: Option<Vec<Box<str>>> = None;
        let size = alts.len();
        for (i, alt) in alts.iter().enumerate() {
            pc.stores = Vec::new();
            // An irrefutable alternative must come last, if allowed at all.
            pc.allow_irrefutable = i + 1 == size && old_allow;
            pc.fail_pop = Vec::new();
            pc.on_top = 0;
            self.addop_i(COPY, 1, loc(&alt.loc));
            self.pattern(alt, pc)?;
            let nstores = pc.stores.len();
            match &control {
                None => control = Some(pc.stores.clone()),
                Some(ctl) if nstores != ctl.len() => {
                    return self.error(l, "alternative patterns bind different names");
                }
                Some(ctl) if nstores > 0 => {
                    // Reorder the names on the stack to match control.
                    let ctl = ctl.clone();
                    let mut icontrol = nstores;
                    while icontrol > 0 {
                        icontrol -= 1;
                        let name = &ctl[icontrol];
                        let Some(istores) = pc.stores.iter().position(|s| s == name) else {
                            return self.error(l, "alternative patterns bind different names");
                        };
                        if icontrol != istores {
                            let rotations = istores + 1;
                            let rotated: Vec<Box<str>> = pc.stores.drain(..rotations).collect();
                            let at = icontrol - istores;
                            for (k, r) in rotated.into_iter().enumerate() {
                                pc.stores.insert(at + k, r);
                            }
                            for _ in 0..rotations {
                                self.pattern_helper_rotate(loc(&alt.loc), icontrol + 1);
                            }
                        }
                    }
                }
                Some(_) => {}
            }
            self.addop_j(JUMP, end, loc(&alt.loc));
            self.emit_and_reset_fail_pop(loc(&alt.loc), pc);
        }
        pc.stores = old_stores;
        pc.allow_irrefutable = old_allow;
        pc.fail_pop = old_fail_pop;
        pc.on_top = old_on_top;
        // No match: pop the remaining copy of the subject and fail.
        self.addop(POP_TOP, l);
        self.jump_to_fail_pop(l, pc, JUMP);
        self.use_label(end);
        let control = control.unwrap_or_default();
        let nstores = control.len();
        // Between the new stores and where they go: the other stores, a
        // copy of the subject, what is on top, and earlier stores.
        let nrots = nstores + 1 + pc.on_top + pc.stores.len();
        for name in control {
            self.pattern_helper_rotate(l, nrots);
            if pc.stores.contains(&name) {
                return self.error(
                    l,
                    format!(
                        "multiple assignments to name {} in pattern",
                        name_repr(&name)
                    ),
                );
            }
            pc.stores.push(name);
        }
        // The copy of the subject.
        self.addop(POP_TOP, l);
        Ok(())
    }

    fn pattern_sequence(
        &mut self,
        l: SourceLocation,
        patterns: &'a [Pattern],
        pc: &mut PatternContext,
    ) -> CResult {
        let size = patterns.len();
        let mut star: Option<usize> = None;
        let mut only_wildcard = true;
        let mut star_wildcard = false;
        for (i, p) in patterns.iter().enumerate() {
            if matches!(p.node, PatternKind::MatchStar { .. }) {
                if star.is_some() {
                    return self.error(l, "multiple starred names in sequence pattern");
                }
                star_wildcard = wildcard_star_check(p);
                only_wildcard &= star_wildcard;
                star = Some(i);
                continue;
            }
            only_wildcard &= wildcard_check(p);
        }
        pc.on_top += 1;
        self.addop(MATCH_SEQUENCE, l);
        self.jump_to_fail_pop(l, pc, POP_JUMP_IF_FALSE);
        match star {
            None => {
                self.addop(GET_LEN, l);
                self.load_const(int_const(size as i64), l);
                self.addop_compare(l, CmpOp::Eq);
                self.jump_to_fail_pop(l, pc, POP_JUMP_IF_FALSE);
            }
            Some(_) if size > 1 => {
                self.addop(GET_LEN, l);
                self.load_const(int_const(size as i64 - 1), l);
                self.addop_compare(l, CmpOp::GtE);
                self.jump_to_fail_pop(l, pc, POP_JUMP_IF_FALSE);
            }
            Some(_) => {}
        }
        pc.on_top -= 1;
        if only_wildcard {
            self.addop(POP_TOP, l);
        } else if star_wildcard {
            self.pattern_helper_sequence_subscr(l, patterns, star.unwrap_or(0), pc)?;
        } else {
            self.pattern_helper_sequence_unpack(l, patterns, pc)?;
        }
        Ok(())
    }

    /// `codegen_match`.
    pub(crate) fn codegen_match(&mut self, subject: &'a Expr, cases: &'a [MatchCase]) -> CResult {
        self.visit_expr(subject)?;
        let end = self.new_label();
        let ncases = cases.len();
        let Some(last) = cases.last() else {
            return Ok(());
        };
        let has_default = wildcard_check(&last.pattern) && ncases > 1;
        let mut pc = PatternContext {
            stores: Vec::new(),
            allow_irrefutable: false,
            fail_pop: Vec::new(),
            on_top: 0,
        };
        let nloop = ncases - usize::from(has_default);
        for (i, m) in cases[..nloop].iter().enumerate() {
            let pl = loc(&m.pattern.loc);
            // Copy the subject, except for the last case.
            if i + 1 != nloop {
                self.addop_i(COPY, 1, pl);
            }
            pc.stores = Vec::new();
            // Irrefutable cases must be guarded, last, or both.
            pc.allow_irrefutable = m.guard.is_some() || i + 1 == ncases;
            pc.fail_pop = Vec::new();
            pc.on_top = 0;
            self.pattern(&m.pattern, &mut pc)?;
            // A match: store the captured names (they are on the stack).
            let stores = std::mem::take(&mut pc.stores);
            for name in &stores {
                self.nameop(pl, name, ExprContext::Store)?;
            }
            if let Some(g) = &m.guard {
                self.ensure_fail_pop(&mut pc, 0);
                let target = pc.fail_pop[0];
                self.jump_if(pl, g, target, false)?;
            }
            if i + 1 != nloop {
                // The next location gives better locations for branch events.
                self.addop(POP_TOP, NEXT_LOCATION);
            }
            for s in &m.body {
                self.visit_stmt(s)?;
            }
            self.addop_j(JUMP, end, NO_LOCATION);
            // A failed match cleans up at the pattern's line.
            self.emit_and_reset_fail_pop(pl, &mut pc);
        }
        if has_default {
            let pl = loc(&last.pattern.loc);
            if ncases == 1 {
                self.addop(POP_TOP, pl);
            } else {
                // Line coverage for the default case.
                self.addop(NOP, pl);
            }
            if let Some(g) = &last.guard {
                self.jump_if(pl, g, end, false)?;
            }
            for s in &last.body {
                self.visit_stmt(s)?;
            }
        }
        self.use_label(end);
        Ok(())
    }
}

/// Python `==` between two constants (for duplicate mapping keys, which
/// CPython finds with a set: `1`, `1.0` and `True` are the same key).
fn python_eq(a: &Constant, b: &Constant) -> bool {
    fn num(c: &Constant) -> Option<(f64, f64, Option<PyInt>)> {
        match c {
            Constant::Bool(b) => Some((*b as i64 as f64, 0.0, Some(PyInt::Small(*b as i64)))),
            Constant::Int(i) => Some((
                match i {
                    PyInt::Small(v) => *v as f64,
                    PyInt::Big(b) => b.to_string().parse().unwrap_or(f64::INFINITY),
                },
                0.0,
                Some(i.clone()),
            )),
            Constant::Float(f) => Some((*f, 0.0, None)),
            Constant::Complex { real, imag } => Some((*real, *imag, None)),
            _ => None,
        }
    }
    match (num(a), num(b)) {
        (Some((ar, ai, aint)), Some((br, bi, bint))) => match (aint, bint) {
            (Some(x), Some(y)) => x == y,
            _ => ar == br && ai == bi,
        },
        _ => match (a, b) {
            (Constant::Str(x), Constant::Str(y)) => x == y,
            (Constant::Bytes(x), Constant::Bytes(y)) => x == y,
            (Constant::None, Constant::None) => true,
            (Constant::Ellipsis, Constant::Ellipsis) => true,
            _ => false,
        },
    }
}
