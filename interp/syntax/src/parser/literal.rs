//! Literals: NUMBER and STRING tokens, f-strings and t-strings, and the
//! `strings` rule's concatenation (python.gram LITERALS; action_helpers.c
//! `_PyPegen_joined_str`, `_PyPegen_template_str`, `_PyPegen_formatted_value`,
//! `_PyPegen_interpolation`, `_PyPegen_concatenate_strings`).

use super::helpers::{bx, rule, tok_loc};
use super::number::parse_number;
use super::string_parser::{
    ErrorLocation, FStringPart, LiteralError, WarnToken, build_concatenated_str,
    concatenate_strings, concatenate_tstrings, decode_fstring_middle, fstring_values, parse_string,
    str_constant,
};
use super::{MemoRule, Parser};
use crate::ast::{ConstantValue, Expr, ExprKind, Location, PyStr};
use crate::tokenizer::{Token, TokenKind as T};

/// `f` or `t`: which kind of string a replacement field belongs to.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    F,
    T,
}

impl Kind {
    fn middle(self) -> T {
        if self == Kind::F {
            T::FstringMiddle
        } else {
            T::TstringMiddle
        }
    }
    fn prefix(self) -> char {
        if self == Kind::F { 'f' } else { 't' }
    }
}

/// CPython: ResultTokenWithMetadata (the conversion or format spec with the
/// expression text up to it).
struct WithMeta {
    result: Expr,
    metadata: String,
}

impl<'src> Parser<'src> {
    /// CPython: _PyPegen_number_token.
    pub(crate) fn number_constant(&mut self, t: &Token) -> Option<Expr> {
        match parse_number(self.tok.text(t), t.lineno, t.end_lineno) {
            Ok(value) => Some(Expr {
                node: ExprKind::Constant { value, kind: None },
                loc: tok_loc(t),
            }),
            Err(e) => {
                self.raise_literal_error(e, tok_loc(t));
                None
            }
        }
    }

    fn raise_literal_error(&mut self, e: LiteralError, at: Location) {
        match e.location {
            ErrorLocation::LastToken => self.raise_syntax(&e.msg),
            ErrorLocation::Token => self.raise_at(at, &e.msg),
            ErrorLocation::Range {
                lineno,
                col_offset,
                end_lineno,
                end_col_offset,
            } => self.raise_known_location(
                lineno as i64,
                col_offset as i64,
                end_lineno as i64,
                end_col_offset as i64,
                &e.msg,
            ),
        }
    }

    /// Collects warnings of a literal decoded for token `idx` only the first
    /// time (the first pass may decode a token more than once when it
    /// backtracks; CPython memoises `strings`) and never in the second pass.
    fn take_warnings(&mut self, idx: usize, ws: Vec<super::Warning>) {
        if ws.is_empty() || self.call_invalid_rules {
            return;
        }
        if self.warned.insert(idx) {
            self.warnings.extend(ws);
        }
    }

    // python.gram: string
    fn string(&mut self) -> Option<Expr> {
        let idx = self.mark;
        let t = self.expect(T::String)?;
        let mut ws = Vec::new();
        match parse_string(
            self.tok.text(&t),
            t.lineno,
            t.col_offset.max(0) as u32,
            &mut ws,
        ) {
            Ok(v) => {
                self.take_warnings(idx, ws);
                let kind = if v.kind_u { Some("u".into()) } else { None };
                Some(Expr {
                    node: ExprKind::Constant {
                        value: v.value,
                        kind,
                    },
                    loc: tok_loc(&t),
                })
            }
            Err(e) => {
                self.take_warnings(idx, ws);
                self.raise_literal_error(e, tok_loc(&t));
                None
            }
        }
    }

    // python.gram: strings (memo)
    pub(crate) fn strings(&mut self) -> Option<Expr> {
        rule!(self, {
            self.memo_expr(MemoRule::Strings, |p| p.strings_body())
        })
    }

    fn strings_body(&mut self) -> Option<Expr> {
        let start = self.start();
        if self.call_invalid_rules {
            self.deeper(1, Self::invalid_string_tstring_concat);
            if self.failed() {
                return None;
            }
            self.mark = start;
        }
        // a=(fstring|string)+
        if let Some(first) = self.string_parts_item() {
            let Some(second) = self.string_parts_item() else {
                if self.failed() {
                    return None;
                }
                // The commonest literal: CPython's _PyPegen_concatenate_strings
                // returns a lone STRING as it is, and we skip building the list.
                if matches!(first.node, ExprKind::Constant { .. }) {
                    return Some(first);
                }
                return self.concatenated_strings(vec![first], start);
            };
            let mut parts = vec![first, second];
            while let Some(e) = self.string_parts_item() {
                parts.push(e);
            }
            if self.failed() {
                return None;
            }
            return self.concatenated_strings(parts, start);
        }
        if self.failed() {
            return None;
        }
        self.mark = start;
        // a=tstring+
        let mut parts = Vec::new();
        loop {
            let m = self.mark;
            if !self.next_is(T::TstringStart) {
                // The failed tstring attempt's frame, under `_loop1`.
                self.transient_frame(1);
                break;
            }
            // tstring+ nests _loop1.
            match self.deeper(1, Self::tstring) {
                Some(e) => parts.push(e),
                None => {
                    if self.failed() {
                        return None;
                    }
                    self.mark = m;
                    break;
                }
            }
        }
        if parts.is_empty() {
            return None;
        }
        Some(concatenate_tstrings(parts, self.loc(start)))
    }

    /// `(fstring|string)`: `None` at any other token. The group is a `_tmp`
    /// rule, and `string` a rule of its own that oxpy inlines: both only
    /// count towards the depth limit.
    fn string_part(&mut self) -> Option<Expr> {
        self.deeper(1, |p| match p.peek()?.kind {
            T::FstringStart => p.fstring(),
            // fstring is tried first, then the string rule: one frame.
            T::String if p.transient_frame(0) => p.string(),
            _ => {
                p.transient_frame(0);
                None
            }
        })
    }

    /// An item of `(fstring|string)+`, under its `_loop1` rule; a failed
    /// item leaves the position where it was, as the loop does.
    fn string_parts_item(&mut self) -> Option<Expr> {
        let m = self.mark;
        let r = self.deeper(1, Self::string_part);
        if r.is_none() {
            self.mark = m;
        }
        r
    }

    fn concatenated_strings(&mut self, parts: Vec<Expr>, start: usize) -> Option<Expr> {
        let loc = self.loc(start);
        match concatenate_strings(parts, loc) {
            Ok(e) => Some(e),
            Err(e) => {
                self.raise_literal_error(e, loc);
                None
            }
        }
    }

    // python.gram: invalid_string_tstring_concat
    fn invalid_string_tstring_concat(&mut self) {
        let mark = self.mark;
        // a=(fstring|string)+ b=tstring
        let mut last: Option<Location> = None;
        while let Some(e) = self.string_parts_item() {
            last = Some(e.loc);
        }
        if self.failed() {
            return;
        }
        if let Some(a) = last {
            if self.next_is(T::TstringStart) {
                if let Some(b) = self.tstring() {
                    self.raise_range(
                        a,
                        b.loc,
                        "cannot mix t-string literals with string or bytes literals",
                    );
                    return;
                }
            }
        }
        if self.failed() {
            return;
        }
        self.mark = mark;
        // a=tstring+ b=(fstring|string)
        let mut last: Option<Location> = None;
        while self.next_is(T::TstringStart) {
            match self.deeper(1, Self::tstring) {
                Some(e) => last = Some(e.loc),
                None => break,
            }
        }
        if self.failed() {
            return;
        }
        if let Some(a) = last {
            if let Some(b) = self.string_part() {
                self.raise_range(
                    a,
                    b.loc,
                    "cannot mix t-string literals with string or bytes literals",
                );
                return;
            }
        }
        self.mark = mark;
    }

    // python.gram: fstring
    fn fstring(&mut self) -> Option<Expr> {
        self.fstring_or_tstring(Kind::F)
    }

    // python.gram: tstring (memo)
    fn tstring(&mut self) -> Option<Expr> {
        self.fstring_or_tstring(Kind::T)
    }

    /// `a=FSTRING_START b=fstring_middle* c=FSTRING_END` (likewise TSTRING_*).
    fn fstring_or_tstring(&mut self, kind: Kind) -> Option<Expr> {
        rule!(self, {
            let (start, end) = match kind {
                Kind::F => (T::FstringStart, T::FstringEnd),
                Kind::T => (T::TstringStart, T::TstringEnd),
            };
            let a = self.expect(start)?;
            let raw_items = self.string_middles(kind)?;
            let end_idx = self.mark;
            let b = self.expect(end)?;
            let values = self.resized_exprs(&a, raw_items, &b, end_idx)?;
            let node = match kind {
                Kind::F => ExprKind::JoinedStr { values },
                Kind::T => ExprKind::TemplateStr { values },
            };
            Some(Expr {
                node,
                loc: Location::new(
                    a.lineno as i32,
                    a.col_offset,
                    b.end_lineno as i32,
                    b.end_col_offset,
                ),
            })
        })
    }

    /// `fstring_middle*` / `tstring_middle*`: replacement fields and raw
    /// (not yet decoded) literal parts.
    fn string_middles(&mut self, kind: Kind) -> Option<Vec<Expr>> {
        // CPython: _PyPegen_constant_from_token
        self.middles_and_fields(kind, kind, |p, t, _| {
            Some(Expr {
                node: ExprKind::Constant {
                    value: ConstantValue::Str(PyStr::from(p.text(&t))),
                    kind: None,
                },
                loc: tok_loc(&t),
            })
        })
    }

    /// `(MIDDLE | replacement_field)*` of an f-/t-string of `kind` (MIDDLE is
    /// FSTRING_MIDDLE or TSTRING_MIDDLE): the literal parts as `middle` makes
    /// them from the token and its index (`None`: it raised), the fields as
    /// FormattedValues (`field_kind` F) or Interpolations (T).
    fn middles_and_fields(
        &mut self,
        kind: Kind,
        field_kind: Kind,
        mut middle: impl FnMut(&mut Self, Token, usize) -> Option<Expr>,
    ) -> Option<Vec<Expr>> {
        let mut v = Vec::new();
        loop {
            let m = self.mark;
            let t = self.peek()?;
            if t.kind == kind.middle() {
                self.mark += 1;
                v.push(middle(self, t, m)?);
                continue;
            }
            // Depth: each part is a `fstring_middle` (or `_format_spec`) rule
            // under `_loop0`, which tries the replacement field first.
            if t.kind == T::Lbrace {
                match self.deeper(2, |p| p.replacement_field(kind, field_kind)) {
                    Some(e) => {
                        v.push(e);
                        continue;
                    }
                    None => {
                        if self.failed() {
                            return None;
                        }
                        self.mark = m;
                    }
                }
            } else {
                // The replacement field tried and failed at once (in the second
                // pass after its invalid_ rule's first token).
                let frames = if self.call_invalid_rules { 3 } else { 2 };
                if !self.transient_frame(frames) {
                    return None;
                }
            }
            return Some(v);
        }
    }

    /// CPython: _get_resized_exprs (3.14), the values of the f-/t-string from
    /// `a` to `b` (at token index `end_idx`).
    fn resized_exprs(
        &mut self,
        a: &Token,
        items: Vec<Expr>,
        b: &Token,
        end_idx: usize,
    ) -> Option<Vec<Expr>> {
        let raw = self.text(a).contains(['r', 'R']);
        let end_token = WarnToken {
            text: self.text(b),
            lineno: b.lineno,
            col_offset: b.col_offset.max(0) as u32,
            is_fstring_token: true,
        };
        let mut ws = Vec::new();
        let r = fstring_values(items, raw, end_token, &mut ws);
        self.take_warnings(end_idx, ws);
        match r {
            Ok(values) => Some(values),
            Err(e) => {
                // Located at the failing part already (never ErrorLocation::Token).
                self.raise_literal_error(e, tok_loc(b));
                None
            }
        }
    }

    /// fstring_replacement_field / tstring_replacement_field /
    /// tstring_format_spec_replacement_field. `string_kind` is the kind of the
    /// enclosing string; `node_kind` says whether to build an Interpolation
    /// (T) or a FormattedValue (F).
    fn replacement_field(&mut self, string_kind: Kind, node_kind: Kind) -> Option<Expr> {
        rule!(self, {
            let start = self.start();
            let lbrace = self.expect(T::Lbrace)?;
            if let Some(a) = self.annotated_rhs() {
                let debug = self.expect(T::Equal);
                // [fstring_conversion] [fstring_full_format_spec]
                let conversion = self.optional(|p| p.fstring_conversion(string_kind, &lbrace))?;
                let format = self.optional(|p| p.full_format_spec(string_kind, &lbrace))?;
                if let Some(rbrace) = self.expect(T::Rbrace) {
                    let loc = self.loc(start);
                    let brace_meta = self.source_between(&lbrace, &rbrace);
                    let expr_text = debug.map(|d| self.source_between(&lbrace, &d));
                    return Some(self.formatted_value(
                        node_kind, a, expr_text, conversion, format, brace_meta, loc,
                    ));
                }
            }
            if self.failed() {
                return None;
            }
            self.mark = start;
            if self.call_invalid_rules {
                self.invalid_replacement_field(string_kind);
            }
            None
        })
    }

    /// `[rule]`: `Some(None)` when `rule` does not match (the mark back where
    /// it was), `None` when it raised.
    fn optional<R>(&mut self, rule: impl FnOnce(&mut Self) -> Option<R>) -> Option<Option<R>> {
        let mark = self.mark;
        match rule(self) {
            Some(r) => Some(Some(r)),
            None if self.failed() => None,
            None => {
                self.mark = mark;
                Some(None)
            }
        }
    }

    /// The expression text CPython attaches as token metadata: the source
    /// from after `{` up to the token.
    fn source_between(&self, lbrace: &Token, t: &Token) -> String {
        strip_comments(
            self.tok
                .source()
                .get(lbrace.end as usize..t.start as usize)
                .unwrap_or(""),
        )
    }

    // python.gram: fstring_conversion
    fn fstring_conversion(&mut self, kind: Kind, lbrace: &Token) -> Option<WithMeta> {
        rule!(self, {
            let conv_token = self.expect(T::Exclamation)?;
            let conv = self.name()?;
            // CPython: _PyPegen_check_fstring_conversion
            if conv_token.lineno as i32 != conv.loc.lineno
                || conv_token.end_col_offset != conv.loc.col_offset
            {
                let msg = format!(
                    "{}-string: conversion type must come right after the exclamation mark",
                    kind.prefix()
                );
                self.raise_range(tok_loc(&conv_token), conv.loc, &msg);
                return None;
            }
            let id = match &conv.node {
                ExprKind::Name { id, .. } => id.to_string(),
                _ => String::new(),
            };
            if id.chars().count() > 1 || !matches!(id.as_str(), "s" | "r" | "a") {
                let msg = format!(
                    "{}-string: invalid conversion character {}: expected 's', 'r', or 'a'",
                    kind.prefix(),
                    py_str_repr(&id)
                );
                self.raise_at(conv.loc, &msg);
                return None;
            }
            let metadata = self.source_between(lbrace, &conv_token);
            Some(WithMeta {
                result: conv,
                metadata,
            })
        })
    }

    // python.gram: fstring_full_format_spec / tstring_full_format_spec
    fn full_format_spec(&mut self, kind: Kind, lbrace: &Token) -> Option<WithMeta> {
        rule!(self, {
            let start = self.start();
            let colon = self.expect(T::Colon)?;
            // Nested fields in a format spec are FormattedValues, also in t-strings.
            let mut spec =
                self.middles_and_fields(kind, Kind::F, |p, t, idx| p.format_spec_middle(t, idx))?;
            // CPython: _PyPegen_setup_full_format_spec
            let loc = self.loc(start);
            spec.retain(|e| !str_constant(e).is_some_and(PyStr::is_empty));
            // Nothing, or a lone constant, stays as it is.
            let values = if spec.len() > 1
                || spec
                    .first()
                    .is_some_and(|e| !matches!(e.node, ExprKind::Constant { .. }))
            {
                build_concatenated_str(spec)
            } else {
                spec
            };
            let res = Expr {
                node: ExprKind::JoinedStr { values },
                loc,
            };
            let metadata = self.source_between(lbrace, &colon);
            Some(WithMeta {
                result: res,
                metadata,
            })
        })
    }

    /// A literal part of a format spec, token `t` at index `idx`: decoded
    /// when it is parsed, its own token the warnings' location.
    ///
    /// CPython: _PyPegen_decoded_constant_from_token.
    fn format_spec_middle(&mut self, t: Token, idx: usize) -> Option<Expr> {
        let text = self.text(&t);
        let warn = WarnToken {
            text,
            lineno: t.lineno,
            col_offset: t.col_offset.max(0) as u32,
            is_fstring_token: true,
        };
        let mut ws = Vec::new();
        let r = decode_fstring_middle(
            text,
            self.innermost_string_is_raw(idx),
            FStringPart::FormatSpec,
            warn,
            &mut ws,
        );
        self.take_warnings(idx, ws);
        match r {
            Ok(v) => Some(Expr {
                node: ExprKind::Constant {
                    value: ConstantValue::Str(v),
                    kind: None,
                },
                loc: tok_loc(&t),
            }),
            Err(e) => {
                self.raise_literal_error(e, tok_loc(&t));
                None
            }
        }
    }

    /// Whether the f-/t-string containing token `idx` has an `r` prefix
    /// (CPython reads the tokenizer mode: the innermost open string).
    fn innermost_string_is_raw(&self, idx: usize) -> bool {
        let mut depth = 0i32;
        let mut i = idx;
        while i > 0 {
            i -= 1;
            let Some(t) = self.tokens.get(i) else { break };
            match t.kind {
                T::FstringEnd | T::TstringEnd => depth += 1,
                T::FstringStart | T::TstringStart => {
                    if depth == 0 {
                        return self.text(t).contains(['r', 'R']);
                    }
                    depth -= 1;
                }
                _ => {}
            }
        }
        false
    }

    /// CPython: _PyPegen_formatted_value / _PyPegen_interpolation.
    #[allow(clippy::too_many_arguments)]
    fn formatted_value(
        &mut self,
        node_kind: Kind,
        expression: Expr,
        debug_expr_text: Option<String>,
        conversion: Option<WithMeta>,
        format: Option<WithMeta>,
        brace_meta: String,
        loc: Location,
    ) -> Expr {
        let debug = debug_expr_text.is_some();
        let conversion_val = match &conversion {
            Some(c) => match &c.result.node {
                ExprKind::Name { id, .. } => id.chars().next().map(|c| c as i32).unwrap_or(-1),
                _ => -1,
            },
            None if debug && format.is_none() => 'r' as i32,
            None => -1,
        };
        let (debug_end_line, debug_end_offset, metadata) = if let Some(c) = &conversion {
            (
                c.result.loc.lineno,
                c.result.loc.col_offset,
                c.metadata.clone(),
            )
        } else if let Some(f) = &format {
            (
                f.result.loc.lineno,
                f.result.loc.col_offset + 1,
                f.metadata.clone(),
            )
        } else {
            (loc.end_lineno, loc.end_col_offset, brace_meta)
        };
        let format_spec = format.map(|f| bx(f.result));
        let value = if node_kind == Kind::T {
            // CPython: the expression text, without the debug `=` and what follows it.
            let s = match &debug_expr_text {
                Some(t) => t.as_str(),
                None => metadata.as_str(),
            };
            ExprKind::Interpolation {
                value: bx(expression),
                str: ConstantValue::Str(PyStr::from(s)),
                conversion: conversion_val,
                format_spec,
            }
        } else {
            ExprKind::FormattedValue {
                value: bx(expression),
                conversion: conversion_val,
                format_spec,
            }
        };
        let fv = Expr { node: value, loc };
        if !debug {
            return fv;
        }
        let debug_text = Expr {
            node: ExprKind::Constant {
                value: ConstantValue::Str(PyStr::from(metadata.as_str())),
                kind: None,
            },
            loc: Location::new(
                loc.lineno,
                loc.col_offset + 1,
                debug_end_line,
                debug_end_offset - 1,
            ),
        };
        Expr {
            node: ExprKind::JoinedStr {
                values: vec![debug_text, fv],
            },
            loc: Location::new(loc.lineno, loc.col_offset, debug_end_line, debug_end_offset),
        }
    }

    // python.gram: invalid_fstring_replacement_field / invalid_tstring_replacement_field
    fn invalid_replacement_field(&mut self, kind: Kind) {
        let mark = self.mark;
        let p = kind.prefix();
        if self.expect(T::Lbrace).is_none() {
            return;
        }
        let after = self.mark;
        // '{' a=('=' | '!' | ':' | '}')
        if let Some(a) = self.peek() {
            let what = match a.kind {
                T::Equal => Some("="),
                T::Exclamation => Some("!"),
                T::Colon => Some(":"),
                T::Rbrace => Some("}"),
                _ => None,
            };
            if let Some(w) = what {
                self.raise_at(
                    tok_loc(&a),
                    &format!("{p}-string: valid expression required before '{w}'"),
                );
                return;
            }
        }
        // '{' !annotated_rhs
        let ok = self.annotated_rhs().is_some();
        if self.failed() {
            return;
        }
        if !ok {
            self.mark = after;
            self.raise_on_next_token(&format!(
                "{p}-string: expecting a valid expression after '{{'"
            ));
            return;
        }
        let after_expr = self.mark;
        // '{' annotated_rhs !('=' | '!' | ':' | '}')
        if !matches!(self.peek(), Some(t) if matches!(t.kind, T::Equal | T::Exclamation | T::Colon | T::Rbrace))
        {
            if !self.failed() {
                self.raise_on_next_token(&format!(
                    "{p}-string: expecting '=', or '!', or ':', or '}}'"
                ));
            }
            return;
        }
        // '{' annotated_rhs '=' !('!' | ':' | '}')
        if self.expect(T::Equal).is_some()
            && !matches!(self.peek(), Some(t) if matches!(t.kind, T::Exclamation | T::Colon | T::Rbrace))
        {
            if !self.failed() {
                self.raise_on_next_token(&format!("{p}-string: expecting '!', or ':', or '}}'"));
            }
            return;
        }
        self.mark = after_expr;
        let _ = self.expect(T::Equal);
        let after_eq = self.mark;
        // '{' annotated_rhs '='? invalid_fstring_conversion_character
        if self.expect(T::Exclamation).is_some() {
            if matches!(self.peek(), Some(t) if matches!(t.kind, T::Colon | T::Rbrace)) {
                self.raise_on_next_token(&format!("{p}-string: missing conversion character"));
                return;
            }
            if self.name_token().is_none() {
                if self.failed() {
                    return;
                }
                self.raise_on_next_token(&format!("{p}-string: invalid conversion character"));
                return;
            }
        }
        self.mark = after_eq;
        // ['!' NAME]
        let m = self.mark;
        if !(self.expect(T::Exclamation).is_some() && self.name_token().is_some()) {
            self.mark = m;
        }
        let after_conv = self.mark;
        // !(':' | '}')
        if !matches!(self.peek(), Some(t) if matches!(t.kind, T::Colon | T::Rbrace)) {
            if !self.failed() {
                self.raise_on_next_token(&format!("{p}-string: expecting ':' or '}}'"));
            }
            return;
        }
        // ':' fstring_format_spec* !'}'
        if self.expect(T::Colon).is_some() {
            loop {
                let m = self.mark;
                let Some(t) = self.peek() else { return };
                if t.kind == T::FstringMiddle {
                    self.mark += 1;
                    continue;
                }
                if t.kind == T::Lbrace {
                    if self.replacement_field(Kind::F, Kind::F).is_some() {
                        continue;
                    }
                    if self.failed() {
                        return;
                    }
                    self.mark = m;
                }
                break;
            }
            if !self.next_is(T::Rbrace) {
                if !self.failed() {
                    self.raise_on_next_token(&format!(
                        "{p}-string: expecting '}}', or format specs"
                    ));
                }
                return;
            }
        }
        self.mark = after_conv;
        if !self.next_is(T::Rbrace) {
            if !self.failed() {
                self.raise_on_next_token(&format!("{p}-string: expecting '}}'"));
            }
            return;
        }
        self.mark = mark;
    }
}

/// The expression text as CPython's tokenizer keeps it for `=` and
/// Interpolation.str: comments removed up to the end of their line.
fn strip_comments(s: &str) -> String {
    if !s.contains('#') {
        return s.to_string();
    }
    let b = s.as_bytes();
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    let mut quote: Option<(u8, bool)> = None;
    let mut seg_start = 0;
    while i < b.len() {
        let c = b[i];
        match quote {
            Some((q, triple)) => {
                if c == b'\\' {
                    i += 2;
                    continue;
                }
                if c == q {
                    if !triple {
                        quote = None;
                    } else if b.get(i + 1) == Some(&q) && b.get(i + 2) == Some(&q) {
                        quote = None;
                        i += 3;
                        continue;
                    }
                }
                i += 1;
            }
            None => {
                if c == b'\'' || c == b'"' {
                    let triple = b.get(i + 1) == Some(&c) && b.get(i + 2) == Some(&c);
                    quote = Some((c, triple));
                    i += if triple { 3 } else { 1 };
                } else if c == b'#' {
                    out.push_str(s.get(seg_start..i).unwrap_or(""));
                    while i < b.len() && b[i] != b'\n' {
                        i += 1;
                    }
                    seg_start = i;
                } else {
                    i += 1;
                }
            }
        }
    }
    out.push_str(s.get(seg_start..).unwrap_or(""));
    out
}

/// Python's `repr()` of a str (the `%R` of an identifier in an error message).
fn py_str_repr(s: &str) -> String {
    let q = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::new();
    out.push(q);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            c if c == q => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out.push(q);
    out
}
