//! The values of an f-/t-string and the concatenation of adjacent string
//! literals: what the grammar actions of `fstring`, `tstring` and `strings`
//! build from the parts the parser collected.
//!
//! CPython: Parser/action_helpers.c (3.14) `_get_resized_exprs`,
//! `_PyPegen_concatenate_strings`, `_PyPegen_concatenate_tstrings`,
//! `_build_concatenated_str`, `_build_concatenated_bytes`,
//! `_build_concatenated_unicode`.

use super::{
    ErrorLocation, FStringPart, LiteralError, LiteralExceptionKind, WarnToken, decode_fstring_part,
};
use crate::ast::{ConstantValue, Expr, ExprKind, Location, PyStr, PyStrBuf};
use crate::parser::Warning;

/// The values of an f-string (`JoinedStr`) or t-string (`TemplateStr`) from the
/// items its grammar rule collected: literal parts as `Constant`s holding the
/// *undecoded* FSTRING_MIDDLE text (CPython: `_PyPegen_constant_from_token`),
/// replacement fields as `FormattedValue`/`Interpolation`, and for a `{x=}`
/// field the two-element `JoinedStr` [debug text, field]
/// (`_PyPegen_formatted_value`), which is spliced in. Literal parts are decoded
/// (`raw`: the FSTRING_START text has `r`/`R`), with `end_token` (the
/// FSTRING_END) for the warnings of every part; parts that decode to `''` are
/// dropped. A decoding error is located at its part's token
/// ([`ErrorLocation::Range`]), never [`ErrorLocation::Token`].
///
/// CPython: Parser/action_helpers.c `_get_resized_exprs`.
pub fn fstring_values(
    mut items: Vec<Expr>,
    raw: bool,
    end_token: WarnToken<'_>,
    warnings: &mut Vec<Warning>,
) -> Result<Vec<Expr>, LiteralError> {
    // Decoding in place keeps the text of a part without escapes and the list
    // itself, unless a `{x=}` pair is to be spliced in or a part became ''.
    let mut reshape = false;
    for item in &mut items {
        let loc = item.loc;
        match &mut item.node {
            ExprKind::JoinedStr { .. } => reshape = true,
            ExprKind::Constant {
                value: ConstantValue::Str(text),
                ..
            } => {
                // An FSTRING_MIDDLE's text is source text: UTF-8.
                let src = text.as_str().unwrap_or_default();
                let decoded =
                    decode_fstring_part(src, raw, FStringPart::Literal, end_token, warnings)
                        .map_err(|e| e.at_token(loc))?;
                if let Some(v) = decoded {
                    *text = v;
                }
                reshape |= text.is_empty();
            }
            _ => {}
        }
    }
    if !reshape {
        return Ok(items);
    }
    let spliced: usize = items
        .iter()
        .map(|e| match &e.node {
            ExprKind::JoinedStr { values } => values.len().saturating_sub(1),
            _ => 0,
        })
        .sum();
    let mut out = Vec::with_capacity(items.len() + spliced);
    for item in items {
        let loc = item.loc;
        match item.into_node() {
            ExprKind::JoinedStr { values } => out.extend(values),
            // "Tokenizer emits string parts even when the underlying string
            // might become an empty value" (`\` newline, say).
            ExprKind::Constant {
                value: ConstantValue::Str(s),
                ..
            } if s.is_empty() => {}
            node => out.push(Expr::new(node, loc)),
        }
    }
    Ok(out)
}

impl LiteralError {
    /// The error with [`ErrorLocation::Token`] made explicit as `loc`, the
    /// span of the token that was decoded.
    fn at_token(mut self, loc: Location) -> LiteralError {
        if self.location == ErrorLocation::Token {
            self.location = ErrorLocation::Range {
                lineno: u32::try_from(loc.lineno).unwrap_or(0),
                col_offset: loc.col_offset,
                end_lineno: u32::try_from(loc.end_lineno).unwrap_or(0),
                end_col_offset: loc.end_col_offset,
            };
        }
        self
    }
}

/// `strings: (fstring|string)+`: the concatenation of the parts (each a
/// `Constant` from [`super::parse_string`] or a `JoinedStr` whose values come
/// from [`fstring_values`]) at `loc`, the location of the whole rule. A lone
/// STRING comes back as it is; an f-string is always rebuilt, so
/// `f'a{x=}'` has the one value `Constant('ax=')` before its field.
///
/// CPython: Parser/action_helpers.c `_PyPegen_concatenate_strings`.
pub fn concatenate_strings(mut strings: Vec<Expr>, loc: Location) -> Result<Expr, LiteralError> {
    let mut f_string_found = false;
    let mut unicode_found = false;
    let mut bytes_found = false;
    for e in &strings {
        match &e.node {
            ExprKind::Constant {
                value: ConstantValue::Bytes(_),
                ..
            } => bytes_found = true,
            ExprKind::Constant { .. } => unicode_found = true,
            _ => f_string_found = true,
        }
    }
    if (unicode_found || f_string_found) && bytes_found {
        return Err(LiteralError {
            exception: LiteralExceptionKind::SyntaxError,
            msg: "cannot mix bytes and nonbytes literals".into(),
            location: ErrorLocation::LastToken,
        });
    }
    if f_string_found {
        let values = build_concatenated_str(strings);
        return Ok(Expr::new(ExprKind::JoinedStr { values }, loc));
    }
    if strings.len() == 1
        && let Some(only) = strings.pop()
    {
        return Ok(only);
    }
    Ok(build_concatenated_constant(&strings, bytes_found, loc))
}

/// `strings: tstring+`: the concatenation of `TemplateStr` parts (values from
/// [`fstring_values`]) at `loc`.
///
/// CPython: Parser/action_helpers.c `_PyPegen_concatenate_tstrings`.
pub fn concatenate_tstrings(strings: Vec<Expr>, loc: Location) -> Expr {
    let values = build_concatenated_str(strings);
    Expr::new(ExprKind::TemplateStr { values }, loc)
}

/// Plain literals only, all `bytes` (`bytes`) or all `str`: one `Constant` at
/// `loc` with the kind of the first (`u'a' 'b'` keeps `kind='u'`).
///
/// CPython: `_build_concatenated_bytes`, `_build_concatenated_unicode`.
fn build_concatenated_constant(strings: &[Expr], bytes: bool, loc: Location) -> Expr {
    let kind = match strings.first().map(|e| &e.node) {
        Some(ExprKind::Constant { kind, .. }) => kind.clone(),
        _ => None,
    };
    let value = if bytes {
        let parts = || {
            strings.iter().filter_map(|e| match &e.node {
                ExprKind::Constant {
                    value: ConstantValue::Bytes(b),
                    ..
                } => Some(&**b),
                _ => None,
            })
        };
        let mut out = Vec::with_capacity(parts().map(<[u8]>::len).sum());
        parts().for_each(|b| out.extend_from_slice(b));
        ConstantValue::Bytes(out.into_boxed_slice())
    } else {
        let parts = || strings.iter().filter_map(str_constant);
        let mut out = PyStrBuf::with_capacity(parts().map(|s| s.as_bytes().len()).sum());
        parts().for_each(|s| out.push_pystr(s));
        ConstantValue::Str(out.finish())
    };
    Expr::new(ExprKind::Constant { value, kind }, loc)
}

/// The values of the `JoinedStr`/`TemplateStr` that concatenates `parts`: the
/// values of f-/t-string parts spliced in, each run of adjacent `str`
/// constants folded into one (the kind of its first, the span from its first
/// to its last), empty constants dropped. Also the values of a format spec
/// with fields (`_PyPegen_setup_full_format_spec`).
///
/// CPython: Parser/action_helpers.c `_build_concatenated_str`.
pub(crate) fn build_concatenated_str(mut parts: Vec<Expr>) -> Vec<Expr> {
    // A lone f-/t-string usually has nothing to fold: its values already are
    // the result.
    if let [only] = parts.as_mut_slice()
        && let ExprKind::JoinedStr { values } | ExprKind::TemplateStr { values } = &mut only.node
        && is_folded(values)
    {
        return std::mem::take(values);
    }
    let flattened = parts
        .iter()
        .map(|e| match &e.node {
            ExprKind::JoinedStr { values } | ExprKind::TemplateStr { values } => values.len(),
            _ => 1,
        })
        .sum();
    let mut folder = Folder {
        values: Vec::with_capacity(flattened),
        run: None,
    };
    for part in parts {
        let loc = part.loc;
        match part.into_node() {
            ExprKind::JoinedStr { values } | ExprKind::TemplateStr { values } => {
                values.into_iter().for_each(|v| folder.push(v))
            }
            node => folder.push(Expr::new(node, loc)),
        }
    }
    folder.finish()
}

/// Whether `_build_concatenated_str` would leave `values` as they are: no
/// empty `str` constant, no two adjacent ones.
fn is_folded(values: &[Expr]) -> bool {
    !values
        .iter()
        .any(|e| str_constant(e).is_some_and(PyStr::is_empty))
        && !values
            .windows(2)
            .any(|w| w.iter().all(|e| str_constant(e).is_some()))
}

/// The value of a `str` constant.
pub(crate) fn str_constant(e: &Expr) -> Option<&PyStr> {
    match &e.node {
        ExprKind::Constant {
            value: ConstantValue::Str(s),
            ..
        } => Some(s),
        _ => None,
    }
}

/// The folding loop of `_build_concatenated_str`, fed the flattened values one
/// at a time (no flattened list is built).
struct Folder {
    values: Vec<Expr>,
    /// The run of adjacent `str` constants not yet folded.
    run: Option<Run>,
}

struct Run {
    first: Expr,
    /// The text of the run once it has a second constant.
    text: Option<PyStrBuf>,
    /// The location of its last constant.
    last: Location,
}

impl Folder {
    fn push(&mut self, e: Expr) {
        let Some(s) = str_constant(&e) else {
            self.flush();
            self.values.push(e);
            return;
        };
        match &mut self.run {
            Some(run) => {
                let text = run.text.get_or_insert_with(|| {
                    let mut t = PyStrBuf::new();
                    if let Some(first) = str_constant(&run.first) {
                        t.push_pystr(first);
                    }
                    t
                });
                text.push_pystr(s);
                run.last = e.loc;
            }
            None => {
                let last = e.loc;
                self.run = Some(Run {
                    first: e,
                    text: None,
                    last,
                });
            }
        }
    }

    /// Ends the current run: its folded constant, unless it is empty.
    fn flush(&mut self) {
        let Some(run) = self.run.take() else { return };
        let folded = match run.text {
            None if str_constant(&run.first).is_some_and(PyStr::is_empty) => return,
            None => run.first,
            Some(text) if text.is_empty() => return,
            Some(text) => {
                let first = run.first.loc;
                let kind = match run.first.into_node() {
                    ExprKind::Constant { kind, .. } => kind,
                    _ => None,
                };
                Expr::new(
                    ExprKind::Constant {
                        value: ConstantValue::Str(text.finish()),
                        kind,
                    },
                    Location::new(
                        first.lineno,
                        first.col_offset,
                        run.last.end_lineno,
                        run.last.end_col_offset,
                    ),
                )
            }
        };
        self.values.push(folded);
    }

    fn finish(mut self) -> Vec<Expr> {
        self.flush();
        self.values
    }
}
