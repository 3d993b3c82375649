//! Text dumps of codegen output for comparison with CPython 3.14
//! (scripts/record_codegen.py prints CPython's the same way).

use crate::code::{CodeCore, Constant, kinds};
use crate::compile::{CompileFlags, codegen_only, localsplus};
use crate::instr::InstrSequence;
use crate::opcode::{HAS_ARG, OPCODE_FLAGS, OPNAMES};
use std::fmt::Write;
use syntax::ast::repr;

/// `repr()` of a constant; code objects print as `<code NAME>`.
pub fn const_repr(c: &Constant) -> String {
    let mut s = String::new();
    match c {
        Constant::None => s.push_str("None"),
        Constant::Ellipsis => s.push_str("Ellipsis"),
        Constant::Bool(b) => s.push_str(if *b { "True" } else { "False" }),
        Constant::Int(i) => {
            if repr::int_repr(&mut s, i, usize::MAX).is_err() {
                s = "<int>".into();
            }
        }
        Constant::Float(f) => repr::float_repr(&mut s, *f),
        Constant::Complex { real, imag } => repr::complex_repr(&mut s, *real, *imag),
        Constant::Str(v) => repr::str_repr(&mut s, v),
        Constant::Bytes(b) => repr::bytes_repr(&mut s, b),
        Constant::Tuple(items) => {
            s.push('(');
            for (i, x) in items.iter().enumerate() {
                if i > 0 {
                    s.push_str(", ");
                }
                s.push_str(&const_repr(x));
            }
            if items.len() == 1 {
                s.push(',');
            }
            s.push(')');
        }
        Constant::FrozenSet(items) => {
            let mut parts: Vec<String> = items.iter().map(const_repr).collect();
            parts.sort();
            if parts.is_empty() {
                s.push_str("frozenset()");
            } else {
                let _ = write!(s, "frozenset({{{}}})", parts.join(", "));
            }
        }
        Constant::Slice(b) => {
            let _ = write!(
                s,
                "slice({}, {}, {})",
                const_repr(&b[0]),
                const_repr(&b[1]),
                const_repr(&b[2])
            );
        }
        Constant::Code(co) => {
            let _ = write!(s, "<code {}>", co.name);
        }
    }
    s
}

fn names_line(out: &mut String, ind: &str, label: &str, names: &[&str]) {
    let _ = writeln!(out, "{ind}  {label}=[{}]", names.join(","));
}

#[allow(clippy::too_many_arguments)]
fn meta_lines(
    out: &mut String,
    ind: &str,
    name: &str,
    qualname: &str,
    flags: u32,
    counts: (u32, u32, u32),
    firstlineno: i32,
    lp_names: &[Box<str>],
    lp_kinds: &[u8],
    names: &[Box<str>],
) {
    let _ = writeln!(
        out,
        "{ind}unit {name} qualname={qualname} flags={flags} argcount={} posonly={} kwonly={} firstlineno={firstlineno}",
        counts.0, counts.1, counts.2
    );
    let pick = |k: u8| -> Vec<&str> {
        lp_names
            .iter()
            .zip(lp_kinds)
            .filter(|(_, kk)| **kk & k != 0)
            .map(|(n, _)| &**n)
            .collect()
    };
    names_line(out, ind, "varnames", &pick(kinds::CO_FAST_LOCAL));
    names_line(out, ind, "cellvars", &pick(kinds::CO_FAST_CELL));
    names_line(out, ind, "freevars", &pick(kinds::CO_FAST_FREE));
    let n: Vec<&str> = names.iter().map(|x| &**x).collect();
    names_line(out, ind, "names", &n);
}

fn instrs(out: &mut String, ind: &str, seq: &InstrSequence) {
    for i in &seq.instrs {
        let name = OPNAMES.get(i.opcode as usize).copied().unwrap_or("?");
        let has_arg = OPCODE_FLAGS.get(i.opcode as usize).copied().unwrap_or(0) & HAS_ARG != 0;
        let arg = if has_arg {
            i.oparg.to_string()
        } else {
            "None".into()
        };
        let l = i.loc;
        let _ = writeln!(
            out,
            "{ind}  {name} {arg} ({}, {}, {}, {})",
            l.lineno, l.end_lineno, l.col_offset, l.end_col_offset
        );
    }
}

fn nested(out: &mut String, depth: usize, seq: &InstrSequence, codes: &[&CodeCore]) {
    for (i, n) in seq.nested.iter().enumerate() {
        let ind = "  ".repeat(depth);
        match codes.get(i) {
            Some(co) => {
                meta_lines(
                    out,
                    &ind,
                    &co.name,
                    &co.qualname,
                    co.flags,
                    (co.argcount, co.posonlyargcount, co.kwonlyargcount),
                    co.firstlineno,
                    &co.localsplusnames,
                    &co.localspluskinds,
                    &co.names,
                );
                instrs(out, &ind, n);
                let sub: Vec<&CodeCore> = code_consts(&co.consts);
                nested(out, depth + 1, n, &sub);
            }
            None => {
                let _ = writeln!(out, "{ind}unit <unpaired>");
                instrs(out, &ind, n);
                nested(out, depth + 1, n, &[]);
            }
        }
    }
}

fn code_consts(consts: &[Constant]) -> Vec<&CodeCore> {
    consts
        .iter()
        .filter_map(|c| match c {
            Constant::Code(co) => Some(&**co),
            _ => None,
        })
        .collect()
}

/// The codegen dump of a module, or its error, as scripts/record_codegen.py
/// prints CPython's.
pub fn codegen_dump(source: &[u8], filename: &str, optimize: i32) -> String {
    let module = match syntax::parser::parse_module(source, filename) {
        Ok(m) => m,
        Err(e) => return format!("{}: {} {}\n", e.kind.name(), e.msg, e.location_repr()),
    };
    let mut out = String::new();
    match codegen_only(&module, filename, CompileFlags::default(), optimize) {
        Err(e) => {
            let _ = writeln!(out, "SyntaxError: {} {}", e.msg, e.location_repr());
        }
        Ok((seq, meta, flags, warnings)) => {
            let consts: Vec<String> = meta.consts.iter().map(const_repr).collect();
            let _ = writeln!(out, "consts=[{}]", consts.join(", "));
            let (lpn, lpk) = localsplus(&meta);
            meta_lines(
                &mut out,
                "",
                &meta.name,
                &meta.qualname,
                flags,
                (meta.argcount, meta.posonlyargcount, meta.kwonlyargcount),
                meta.firstlineno,
                &lpn,
                &lpk,
                &meta.names,
            );
            instrs(&mut out, "", &seq);
            nested(&mut out, 1, &seq, &code_consts(&meta.consts));
            for w in warnings {
                let _ = writeln!(out, "warning {}: {} ({})", w.category, w.msg, w.lineno);
            }
        }
    }
    out
}
