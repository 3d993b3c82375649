//! `from __future__ import ...`: which features a module turns on, and the
//! errors for unknown ones.
//!
//! CPython: Python/future.c.

use crate::instr::SourceLocation;
use syntax::ast::{ConstantValue, ExprKind, Mod, Stmt, StmtKind};
use syntax::syntax_error::{SyntaxError, SyntaxErrorKind};

/// `co_flags` bits a future import sets (Include/cpython/code.h).
pub const CO_FUTURE_BARRY_AS_BDFL: u32 = 0x40_0000;
pub const CO_FUTURE_ANNOTATIONS: u32 = 0x100_0000;

/// `PyCF_*` compiler flags (Include/cpython/compile.h) that matter here.
pub const PYCF_ALLOW_TOP_LEVEL_AWAIT: u32 = 0x2000;
/// `PyCF_MASK`: the future flags code objects inherit.
pub const PYCF_MASK: u32 =
    0x2_0000 | 0x4_0000 | 0x8_0000 | 0x10_0000 | 0x20_0000 | 0x40_0000 | 0x80_0000 | 0x100_0000;

/// CPython `_PyFutureFeatures`.
#[derive(Clone, Copy, Debug)]
pub struct FutureFeatures {
    pub features: u32,
    /// Where the last future import is (`ff_location`); all `-1` if none.
    pub location: SourceLocation,
}

/// CPython `_PyAST_GetDocString`: the docstring of a body, if its first
/// statement is a string constant.
pub fn get_docstring(body: &[Stmt]) -> Option<&syntax::ast::PyStr> {
    let first = body.first()?;
    if let StmtKind::Expr { value } = &first.node
        && let ExprKind::Constant {
            value: ConstantValue::Str(s),
            ..
        } = &value.node
    {
        return Some(s);
    }
    None
}

fn ranged_error(msg: String, loc: &syntax::ast::Location) -> SyntaxError {
    SyntaxError::new(
        SyntaxErrorKind::SyntaxError,
        msg,
        loc.lineno as i64,
        loc.col_offset as i64 + 1,
        loc.end_lineno as i64,
        loc.end_col_offset as i64 + 1,
    )
}

fn check_features(ff: &mut FutureFeatures, s: &Stmt) -> Result<(), SyntaxError> {
    let StmtKind::ImportFrom { names, .. } = &s.node else {
        return Ok(());
    };
    for name in names {
        match &*name.name {
            "nested_scopes" | "generators" | "division" | "absolute_import" | "with_statement"
            | "print_function" | "unicode_literals" | "generator_stop" => {}
            "barry_as_FLUFL" => ff.features |= CO_FUTURE_BARRY_AS_BDFL,
            "annotations" => ff.features |= CO_FUTURE_ANNOTATIONS,
            "braces" => return Err(ranged_error("not a chance".into(), &name.loc)),
            other => {
                // CPython formats the name with "%.100s" (100 bytes of UTF-8).
                let mut end = other.len().min(100);
                while !other.is_char_boundary(end) {
                    end -= 1;
                }
                return Err(ranged_error(
                    format!("future feature {} is not defined", &other[..end]),
                    &name.loc,
                ));
            }
        }
    }
    Ok(())
}

/// CPython `_PyFuture_FromAST`.
pub fn from_ast(module: &Mod) -> Result<FutureFeatures, SyntaxError> {
    let mut ff = FutureFeatures {
        features: 0,
        location: SourceLocation::NONE,
    };
    let body = match module {
        Mod::Module { body, .. } | Mod::Interactive { body } => body,
        _ => return Ok(ff),
    };
    let start = usize::from(get_docstring(body).is_some());
    for s in body.iter().skip(start) {
        match &s.node {
            StmtKind::ImportFrom {
                module: Some(m),
                level,
                ..
            } if level.unwrap_or(0) == 0 && &**m == "__future__" => {
                check_features(&mut ff, s)?;
                ff.location = SourceLocation::new(
                    s.loc.lineno,
                    s.loc.end_lineno,
                    s.loc.col_offset,
                    s.loc.end_col_offset,
                );
            }
            _ => break,
        }
    }
    Ok(ff)
}
