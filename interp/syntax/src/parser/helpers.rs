//! What the rule files share: the `rule!` macro every rule runs in, and the
//! grammar actions of Parser/action_helpers.c and Parser/pegen.c that more
//! than one of them calls. A leaf: nothing here reaches the rule files.

use crate::ast::{self, Arguments, Expr, ExprContext, ExprKind, Location};
use crate::tokenizer::Token;

/// Every rule: bail out on a pending error, count the depth as CPython does
/// (`extra` more frames for left-recursive rules, which CPython runs through a
/// `_raw` helper), and grow the native stack when needed.
macro_rules! rule {
    ($self:ident, $body:block) => {
        rule!($self, 0, $body)
    };
    ($self:ident, $extra:expr, $body:block) => {{
        if !$self.enter() {
            return None;
        }
        $self.level += $extra;
        #[allow(clippy::redundant_closure_call)]
        let r = if $self.rule_depth & 7 == 0 {
            // Checking the stack at every eighth nested rule is enough: a
            // rule's frame is far smaller than the red zone. The check must
            // fall on every recursion path, so it counts nested rules, not
            // entries (a check in a sibling call protects only that call),
            // and not `level`, which `deeper` moves by more than one.
            stacker::maybe_grow(
                $crate::parser::RED_ZONE,
                $crate::parser::STACK_SEGMENT,
                || $body,
            )
        } else {
            (|| $body)()
        };
        $self.level -= $extra;
        $self.leave();
        r
    }};
}
pub(crate) use rule;

#[inline]
pub(crate) fn bx<X>(e: X) -> Box<X> {
    Box::new(e)
}

/// Result of the `args`/`arguments` rules: a call's positional and keyword arguments.
pub(crate) struct CallArgs {
    pub args: Vec<Expr>,
    pub keywords: Vec<ast::Keyword>,
}

/// CPython: _PyPegen_empty_arguments.
pub(crate) fn empty_arguments() -> Arguments {
    Arguments {
        posonlyargs: Vec::new(),
        args: Vec::new(),
        vararg: None,
        kwonlyargs: Vec::new(),
        kw_defaults: Vec::new(),
        kwarg: None,
        defaults: Vec::new(),
    }
}

/// The location of one token.
#[inline]
pub(crate) fn tok_loc(t: &Token) -> Location {
    Location::new(
        t.lineno as i32,
        t.col_offset,
        t.end_lineno as i32,
        t.end_col_offset,
    )
}

/// CPython: _PyPegen_get_expr_name.
pub(crate) fn expr_name(e: &Expr) -> &'static str {
    use ast::ConstantValue as C;
    match &e.node {
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Starred { .. } => "starred",
        ExprKind::Name { .. } => "name",
        ExprKind::List { .. } => "list",
        ExprKind::Tuple { .. } => "tuple",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::Call { .. } => "function call",
        ExprKind::BoolOp { .. } | ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => "expression",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Yield { .. } | ExprKind::YieldFrom { .. } => "yield expression",
        ExprKind::Await { .. } => "await expression",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::Dict { .. } => "dict literal",
        ExprKind::Set { .. } => "set display",
        ExprKind::JoinedStr { .. } | ExprKind::FormattedValue { .. } => "f-string expression",
        ExprKind::TemplateStr { .. } | ExprKind::Interpolation { .. } => "t-string expression",
        ExprKind::Constant { value, .. } => match value {
            C::None => "None",
            C::Bool(false) => "False",
            C::Bool(true) => "True",
            C::Ellipsis => "ellipsis",
            _ => "literal",
        },
        ExprKind::Compare { .. } => "comparison",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::Slice { .. } => "slice",
    }
}

/// CPython: _PyPegen_set_expr_context.
pub(crate) fn set_expr_context(e: Expr, ctx: ExprContext) -> Expr {
    let loc = e.loc;
    let node = match e.into_node() {
        ExprKind::Name { id, .. } => ExprKind::Name { id, ctx },
        ExprKind::Tuple { elts, .. } => ExprKind::Tuple {
            elts: elts.into_iter().map(|x| set_expr_context(x, ctx)).collect(),
            ctx,
        },
        ExprKind::List { elts, .. } => ExprKind::List {
            elts: elts.into_iter().map(|x| set_expr_context(x, ctx)).collect(),
            ctx,
        },
        ExprKind::Subscript { value, slice, .. } => ExprKind::Subscript { value, slice, ctx },
        ExprKind::Attribute { value, attr, .. } => ExprKind::Attribute { value, attr, ctx },
        ExprKind::Starred { value, .. } => ExprKind::Starred {
            value: Box::new(set_expr_context(*value, ctx)),
            ctx,
        },
        other => other,
    };
    Expr { node, loc }
}

/// Which targets `_PyPegen_get_invalid_target` checks.
#[derive(Clone, Copy, PartialEq, Eq)]
#[allow(clippy::enum_variant_names)] // CPython's STAR_TARGETS, DEL_TARGETS, FOR_TARGETS
pub(crate) enum TargetsType {
    StarTargets,
    DelTargets,
    ForTargets,
}

/// CPython: _PyPegen_get_invalid_target.
pub(crate) fn get_invalid_target(e: &Expr, tt: TargetsType) -> Option<&Expr> {
    match &e.node {
        ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => {
            elts.iter().find_map(|x| get_invalid_target(x, tt))
        }
        ExprKind::Starred { value, .. } => {
            if tt == TargetsType::DelTargets {
                Some(e)
            } else {
                get_invalid_target(value, tt)
            }
        }
        ExprKind::Compare { left, ops, .. } => {
            if tt == TargetsType::ForTargets {
                if ops.first() == Some(&ast::CmpOp::In) {
                    return get_invalid_target(left, tt);
                }
                return None;
            }
            Some(e)
        }
        ExprKind::Name { .. } | ExprKind::Subscript { .. } | ExprKind::Attribute { .. } => None,
        _ => Some(e),
    }
}
