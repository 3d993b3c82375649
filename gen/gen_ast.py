#!/usr/bin/env python3.14
"""Generate interp/syntax/src/ast/nodes.rs, dump/fields.rs, teardown.rs and
interp/syntax/tests/front_end/ast/dump_lib/read_nodes.rs (a test helper).

The node definitions are read from the installed CPython 3.14 `ast` module: each
node class's docstring is its line of Parser/Python.asdl, and `_attributes`
tells which types carry locations.  So the output follows exactly the asdl of
the interpreter that runs this script (run it with CPython 3.14 only).

Run: python3.14 gen/gen_ast.py (gen/regen.sh runs it).
"""
import ast
import os
import re
import sys

from genlib import ROOT, header, require_314, rustfmt

require_314()
OUT_NODES = os.path.join(ROOT, "interp", "syntax", "src", "ast", "nodes.rs")
OUT_DUMP = os.path.join(ROOT, "interp", "syntax", "src", "ast", "dump", "fields.rs")

# asdl type names in asdl order.
TYPES = [
    "mod", "stmt", "expr", "expr_context", "boolop", "operator", "unaryop", "cmpop",
    "comprehension", "excepthandler", "arguments", "arg", "keyword", "alias",
    "withitem", "match_case", "pattern", "type_ignore", "type_param",
]

RUST_TYPE = {
    "mod": "Mod", "stmt": "Stmt", "expr": "Expr", "expr_context": "ExprContext",
    "boolop": "BoolOp", "operator": "Operator", "unaryop": "UnaryOp", "cmpop": "CmpOp",
    "comprehension": "Comprehension", "excepthandler": "ExceptHandler",
    "arguments": "Arguments", "arg": "Arg", "keyword": "Keyword", "alias": "Alias",
    "withitem": "WithItem", "match_case": "MatchCase", "pattern": "Pattern",
    "type_ignore": "TypeIgnore", "type_param": "TypeParam",
}

RUST_KEYWORDS = {"type", "str"}  # `str` is legal as a field name, `type` is not


def parse_fields(text):
    fields = []
    text = text.strip()
    if not text:
        return fields
    for part in text.split(","):
        typ, name = part.split()
        opt = seq = False
        if typ.endswith("*"):
            seq = True
            typ = typ[:-1]
        if typ.endswith("?"):
            opt = True
            typ = typ[:-1]
        fields.append((typ, opt, seq, name))
    return fields


def parse_doc(doc):
    """Parse one asdl definition (a class docstring) into [(ctor, fields)]."""
    doc = " ".join(doc.split())
    m = re.match(r"^(\w+)\s*(=)?\s*(.*)$", doc)
    name, is_sum, rest = m.group(1), m.group(2), m.group(3)
    if not is_sum:  # product: name(fields)
        inner = rest.strip()
        assert inner.startswith("(") and inner.endswith(")"), doc
        return name, False, [(None, parse_fields(inner[1:-1]))]
    ctors = []
    for alt in rest.split("|"):
        alt = alt.strip()
        m = re.match(r"^(\w+)(?:\((.*)\))?$", alt)
        ctors.append((m.group(1), parse_fields(m.group(2) or "")))
    return name, True, ctors


def field_name(name):
    return "r#" + name if name in ("type",) else name


def rust_field_type(typ, opt, seq):
    base = {
        "identifier": "Identifier",
        "string": "Box<str>",
        "int": "i32",
        "constant": "ConstantValue",
    }.get(typ)
    if base is not None:
        if seq:
            assert not opt
            return f"Vec<{base}>"
        return f"Option<{base}>" if opt else base
    rt = RUST_TYPE[typ]
    if typ in SIMPLE:
        assert not opt
        return f"Vec<{rt}>" if seq else rt
    if seq:
        return f"Vec<Option<{rt}>>" if opt else f"Vec<{rt}>"
    return f"Option<Box<{rt}>>" if opt else f"Box<{rt}>"


defs = {}
attrs = {}
for t in TYPES:
    cls = getattr(ast, t)
    name, is_sum, ctors = parse_doc(cls.__doc__)
    assert name == t, (name, t)
    defs[t] = (is_sum, ctors)
    attrs[t] = tuple(cls._attributes)
    # Cross-check against the runtime classes.
    for ctor, fields in ctors:
        if ctor is not None:
            c = getattr(ast, ctor)
            assert c._fields == tuple(f[3] for f in fields), (ctor, c._fields)
            assert tuple(c._attributes) == attrs[t], ctor
        else:
            assert cls._fields == tuple(f[3] for f in fields), t

SIMPLE = {t for t, (s, ctors) in defs.items() if s and all(not f for _, f in ctors) and not attrs[t]}
LOC_ATTRS = ("lineno", "col_offset", "end_lineno", "end_col_offset")
for t, a in attrs.items():
    assert a in ((), LOC_ATTRS), (t, a)

HEADER = header("gen_ast.py") + """// From CPython 3.14's Parser/Python.asdl, read from the installed `ast` module.
"""

out = [HEADER]
out.append("""//! The node types of CPython 3.14's `Parser/Python.asdl`.
//!
//! Conventions: node kinds and fields keep CPython's names and order (`type` is
//! spelled `r#type`). Every singular node-valued field is `Box<T>` (or
//! `Option<Box<T>>` for `T?`), sequences are `Vec<T>`, and `expr?*` is
//! `Vec<Option<Expr>>`. Sum types with location attributes are a struct
//! `{ node: XKind, loc: Location }`; product types with attributes carry `loc`.
//! Sum types with a single constructor (`excepthandler`, `type_ignore`) are
//! flattened into one struct named after the constructor.

use super::{ConstantValue, Identifier, Location};
""")


def doc_line(ctor, fields):
    parts = []
    for typ, opt, seq, name in fields:
        parts.append(f"{typ}{'?' if opt else ''}{'*' if seq else ''} {name}")
    return f"{ctor}({', '.join(parts)})" if parts else ctor


def emit_fields(fields, indent, vis="pub "):
    lines = []
    for typ, opt, seq, name in fields:
        lines.append(f"{indent}{vis}{field_name(name)}: {rust_field_type(typ, opt, seq)},")
    return lines


for t in TYPES:
    is_sum, ctors = defs[t]
    rt = RUST_TYPE[t]
    has_loc = bool(attrs[t])
    if t in SIMPLE:
        out.append(f"/// asdl `{t}`.")
        out.append("#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]")
        out.append(f"pub enum {rt} {{")
        for ctor, _ in ctors:
            out.append(f"    {ctor},")
        out.append("}\n")
        out.append(f"impl {rt} {{")
        out.append("    /// The Python class name of this node.")
        out.append("    pub fn name(self) -> &'static str {")
        out.append("        match self {")
        for ctor, _ in ctors:
            out.append(f'            {rt}::{ctor} => "{ctor}",')
        out.append("        }")
        out.append("    }")
        out.append("}\n")
        continue
    if not is_sum or len(ctors) == 1 and t != "mod":
        ctor, fields = ctors[0]
        pyname = ctor or t
        out.append(f"/// asdl `{t}`: `{doc_line(pyname, fields)}`.")
        out.append("#[derive(Clone, Debug, PartialEq)]")
        out.append(f"pub struct {rt} {{")
        out.extend(emit_fields(fields, "    "))
        if has_loc:
            out.append("    pub loc: Location,")
        out.append("}\n")
        continue
    kind = rt + "Kind" if has_loc else rt
    if has_loc:
        out.append(f"/// asdl `{t}` with its location attributes.")
        out.append("#[derive(Debug, PartialEq)]")
        out.append(f"pub struct {rt} {{")
        out.append(f"    pub node: {kind},")
        out.append("    pub loc: Location,")
        out.append("}\n")
        if rt == "Expr":
            # Expressions nest without bound (`1+1+...`, `not not ...`): the parser drops deep
            # subtrees when it backtracks, so the drop glue must not recurse on the native stack.
            out.append("/// Dropping recurses once per tree level; expressions nest without bound and")
            out.append("/// the parser drops deep subtrees when it backtracks, so grow the stack onto")
            out.append("/// the heap when it runs low (`Mod` tears whole trees down iteratively).")
            out.append("impl Drop for Expr {")
            out.append("    fn drop(&mut self) {")
            out.append("        let node = std::mem::replace(&mut self.node, EXPR_PLACEHOLDER);")
            out.append("        stacker::maybe_grow(")
            out.append("            super::RECURSION_RED_ZONE,")
            out.append("            super::RECURSION_STACK_SEGMENT,")
            out.append("            move || drop(node),")
            out.append("        );")
            out.append("    }")
            out.append("}\n")
            out.append("/// What a dropped or consumed `Expr` holds: allocation-free.")
            out.append("const EXPR_PLACEHOLDER: ExprKind = ExprKind::Constant {")
            out.append("    value: super::ConstantValue::None,")
            out.append("    kind: None,")
            out.append("};\n")
            out.append("impl Expr {")
            out.append("    /// Takes the node out (`Expr` implements `Drop`, so `expr.node` cannot be")
            out.append("    /// moved out directly).")
            out.append("    pub fn into_node(mut self) -> ExprKind {")
            out.append("        std::mem::replace(&mut self.node, EXPR_PLACEHOLDER)")
            out.append("    }")
            out.append("}\n")
        out.append("/// Cloning recurses once per tree level (the parser's second pass clones")
        out.append("/// memoised subtrees): grow the stack onto the heap when it runs low, so a")
        out.append("/// deep tree clones on any thread.")
        out.append(f"impl Clone for {rt} {{")
        out.append("    fn clone(&self) -> Self {")
        out.append("        stacker::maybe_grow(")
        out.append("            super::RECURSION_RED_ZONE,")
        out.append("            super::RECURSION_STACK_SEGMENT,")
        out.append(f"            || {rt} {{")
        out.append("                node: self.node.clone(),")
        out.append("                loc: self.loc,")
        out.append("            },")
        out.append("        )")
        out.append("    }")
        out.append("}\n")
        out.append(f"impl {rt} {{")
        out.append(f"    pub const fn new(node: {kind}, loc: Location) -> Self {{")
        out.append(f"        {rt} {{ node, loc }}")
        out.append("    }")
        out.append("}\n")
    out.append(f"/// The constructors of asdl `{t}`.")
    out.append("#[derive(Clone, Debug, PartialEq)]")
    out.append(f"pub enum {kind} {{")
    for ctor, fields in ctors:
        out.append(f"    /// `{doc_line(ctor, fields)}`")
        if fields:
            out.append(f"    {ctor} {{")
            out.extend(emit_fields(fields, "        ", ""))
            out.append("    },")
        else:
            out.append(f"    {ctor},")
    out.append("}\n")
    out.append(f"impl {kind} {{")
    out.append("    /// The Python class name of this node.")
    out.append("    pub fn name(&self) -> &'static str {")
    out.append("        match self {")
    for ctor, fields in ctors:
        pat = f"{kind}::{ctor} {{ .. }}" if fields else f"{kind}::{ctor}"
        out.append(f'            {pat} => "{ctor}",')
    out.append("        }")
    out.append("    }")
    out.append("}\n")

with open(OUT_NODES, "w") as f:
    f.write("\n".join(out).rstrip() + "\n")

# ---------------------------------------------------------------------------
# dump/fields.rs: the part of ast.dump that walks the fields.
# ---------------------------------------------------------------------------


def dump_field(typ, opt, seq, name, expr):
    """Rust statements writing field `name` whose value is `expr` (a reference)."""
    n = name
    if typ in ("identifier", "string"):
        if seq:
            return [f'd.str_list("{n}", {expr});']
        if opt:
            return [f'if let Some(v) = {expr} {{ d.str_field("{n}", v); }}']
        return [f'd.str_field("{n}", {expr});']
    if typ == "int":
        if opt:
            return [f'if let Some(v) = {expr} {{ d.int_field("{n}", *v); }}']
        return [f'd.int_field("{n}", *{expr});']
    if typ == "constant":
        return [f'd.constant_field("{n}", {expr})?;']
    rt = RUST_TYPE[typ]
    fn = "dump_" + typ
    if typ in SIMPLE and seq:
        return [
            f"if !{expr}.is_empty() {{",
            f'    d.open_list("{n}");',
            f"    for (i, v) in {expr}.iter().enumerate() {{",
            "        d.list_item(i);",
            "        d.simple(v.name());",
            "    }",
            "    d.close_list();",
            "}",
        ]
    if typ in SIMPLE:
        return [f'd.simple_field("{n}", {expr}.name());']
    if seq and opt:
        return [
            f"if !{expr}.is_empty() {{",
            f'    d.open_list("{n}");',
            f"    for (i, v) in {expr}.iter().enumerate() {{",
            "        d.list_item(i);",
            "        match v {",
            f"            Some(v) => {fn}(d, v)?,",
            '            None => d.raw("None"),',
            "        }",
            "    }",
            "    d.close_list();",
            "}",
        ]
    if seq:
        return [
            f"if !{expr}.is_empty() {{",
            f'    d.open_list("{n}");',
            f"    for (i, v) in {expr}.iter().enumerate() {{",
            "        d.list_item(i);",
            f"        {fn}(d, v)?;",
            "    }",
            "    d.close_list();",
            "}",
        ]
    if opt:
        return [f'if let Some(v) = {expr} {{ d.key("{n}"); {fn}(d, v)?; }}']
    return [f'd.key("{n}"); {fn}(d, {expr})?;']


def param_type(typ, opt, seq):
    """The borrowed form of a field's type, as the helper functions take it."""
    t = rust_field_type(typ, opt, seq)
    if t.startswith("Vec<"):
        return "&[" + t[4:-1] + "]"
    if t.startswith("Box<"):
        return "&" + t[4:-1]
    return "&" + t


dout = [HEADER]
dout.append("""//! Field walking for `ast.dump` ([`super`]), one function per asdl type.

#![allow(clippy::too_many_arguments)] // one parameter per asdl field

use super::{DumpError, Dumper};
use crate::ast::nodes::*;
use crate::ast::{ConstantValue, Identifier};
""")

for t in TYPES:
    if t in SIMPLE:
        continue
    is_sum, ctors = defs[t]
    rt = RUST_TYPE[t]
    has_loc = bool(attrs[t])
    dout.append(f"pub(super) fn dump_{t}(d: &mut Dumper, n: &{rt}) -> Result<(), DumpError> {{")
    if not is_sum or len(ctors) == 1 and t != "mod":
        ctor, fields = ctors[0]
        pyname = ctor or t
        names = ", ".join(field_name(f[3]) for f in fields)
        rest = ", .." if has_loc else ""
        dout.append(f"    let {rt} {{ {names}{rest} }} = n;")
        dout.append(f'    d.open_node("{pyname}")?;')
        for typ, opt, seq, name in fields:
            for line in dump_field(typ, opt, seq, name, field_name(name)):
                dout.append("    " + line)
        if has_loc:
            dout.append("    d.location(&n.loc);")
        dout.append("    d.close_node();")
        dout.append("    Ok(())")
        dout.append("}\n")
        continue
    kind = rt + "Kind" if has_loc else rt
    target = "&n.node" if has_loc else "n"
    # One small function per constructor keeps the recursive frame small
    # (a single big match costs kilobytes of stack per level in debug builds).
    helpers = []
    dout.append(f"    match {target} {{")
    for ctor, fields in ctors:
        if fields:
            names = ", ".join(field_name(f[3]) for f in fields)
            helper = f"dump_{t}_{ctor.lower()}"
            dout.append(f"        {kind}::{ctor} {{ {names} }} => {helper}(d, {names})?,")
            params = ", ".join(f"{field_name(f[3])}: {param_type(*f[:3])}" for f in fields)
            h = ["#[inline(never)]",
                 f"fn {helper}(d: &mut Dumper, {params}) -> Result<(), DumpError> {{",
                 f'    d.open_node("{ctor}")?;']
            for typ, opt, seq, name in fields:
                for line in dump_field(typ, opt, seq, name, field_name(name)):
                    h.append("    " + line)
            h.append("    Ok(())")
            h.append("}\n")
            helpers.extend(h)
        else:
            dout.append(f'        {kind}::{ctor} => d.open_node("{ctor}")?,')
    dout.append("    }")
    if has_loc:
        dout.append("    d.location(&n.loc);")
    dout.append("    d.close_node();")
    dout.append("    Ok(())")
    dout.append("}\n")
    dout.extend(helpers)

with open(OUT_DUMP, "w") as f:
    f.write("\n".join(dout).rstrip() + "\n")
print("wrote", OUT_NODES, "and", OUT_DUMP)

# ---------------------------------------------------------------------------
# teardown.rs: dropping a tree without recursing deeper than MAX_DEPTH.
# ---------------------------------------------------------------------------
OUT_TEARDOWN = os.path.join(ROOT, "interp", "syntax", "src", "ast", "teardown.rs")
NODE_TYPES = [t for t in TYPES if t not in SIMPLE]


def has_node_children(t):
    for _, fields in defs[t][1]:
        for typ, _, _, _ in fields:
            if typ in NODE_TYPES and typ not in ("alias", "type_ignore"):
                return True
    return False


# Types whose nodes own other nodes (alias and type_ignore own only strings).
TEARDOWN = [t for t in NODE_TYPES if t != "mod" and has_node_children(t)]
assert not has_node_children("alias") and not has_node_children("type_ignore")


def teardown_field(typ, opt, seq, name):
    fn = f"td_{typ}"
    if seq and opt:
        return f"for x in {name}.into_iter().flatten() {{ {fn}(x, depth, d); }}"
    if seq:
        return f"for x in {name} {{ {fn}(x, depth, d); }}"
    if opt:
        return f"if let Some(x) = {name} {{ {fn}(*x, depth, d); }}"
    return f"{fn}(*{name}, depth, d);"


tout = [HEADER]
tout.append("""//! Tearing a tree down without deep native recursion.
//!
//! The derived drop glue recurses once per tree level, so a deep tree (a
//! 60,000-term `1+1+...` is one) overflows a 2 MB thread stack. [`Mod`]'s
//! `Drop` instead hands its children to these functions, which recurse only
//! up to `MAX_DEPTH` levels and defer deeper subtrees to a heap stack.

// The helpers take the boxes themselves: freeing them is their job.
#![allow(clippy::boxed_local)]

use super::nodes::*;

/// Levels handled by plain recursion before subtrees are deferred.
const MAX_DEPTH: u32 = 64;

/// A subtree waiting to be torn down.
pub(super) enum Deferred {""")
for t in TEARDOWN:
    tout.append(f"    {RUST_TYPE[t]}({RUST_TYPE[t]}),")
tout.append("}\n")
tout.append("""/// Tears down everything in `d`, and whatever that defers in turn.
pub(super) fn run(d: &mut Vec<Deferred>) {
    while let Some(x) = d.pop() {
        match x {""")
for t in TEARDOWN:
    tout.append(f"            Deferred::{RUST_TYPE[t]}(v) => td_{t}(v, 0, d),")
tout.append("""        }
    }
}
""")
for t in TEARDOWN:
    is_sum, ctors = defs[t]
    rt = RUST_TYPE[t]
    has_loc = bool(attrs[t])
    tout.append(f"pub(super) fn td_{t}(v: {rt}, depth: u32, d: &mut Vec<Deferred>) {{")
    tout.append("    if depth >= MAX_DEPTH {")
    tout.append(f"        d.push(Deferred::{rt}(v));")
    tout.append("        return;")
    tout.append("    }")
    tout.append("    let depth = depth + 1;")
    if not is_sum or len(ctors) == 1:
        ctor, fields = ctors[0]
        kids = [f for f in fields if f[0] in TEARDOWN]
        names = ", ".join(field_name(f[3]) for f in kids)
        tout.append(f"    let {rt} {{ {names}, .. }} = v;")
        for typ, opt, seq, name in kids:
            tout.append("    " + teardown_field(typ, opt, seq, field_name(name)))
        tout.append("}\n")
        continue
    kind = rt + "Kind" if has_loc else rt
    target = ("v.into_node()" if rt == "Expr" else "v.node") if has_loc else "v"
    # One small function per constructor, as in dump/fields.rs: a single big
    # match costs kilobytes of stack per level in debug builds.
    helpers = []
    tout.append(f"    match {target} {{")
    for ctor, fields in ctors:
        kids = [f for f in fields if f[0] in TEARDOWN]
        if not kids:
            pat = f"{kind}::{ctor} {{ .. }}" if fields else f"{kind}::{ctor}"
            tout.append(f"        {pat} => {{}}")
            continue
        names = ", ".join(field_name(f[3]) for f in kids)
        rest = ", .." if len(kids) < len(fields) else ""
        helper = f"td_{t}_{ctor.lower()}"
        tout.append(f"        {kind}::{ctor} {{ {names}{rest} }} => {helper}({names}, depth, d),")
        params = ", ".join(f"{field_name(f[3])}: {rust_field_type(*f[:3])}" for f in kids)
        helpers.append("#[inline(never)]")
        helpers.append(f"fn {helper}({params}, depth: u32, d: &mut Vec<Deferred>) {{")
        for typ, opt, seq, name in kids:
            helpers.append("    " + teardown_field(typ, opt, seq, field_name(name)))
        helpers.append("}\n")
    tout.append("    }")
    tout.append("}\n")
    tout.extend(helpers)

with open(OUT_TEARDOWN, "w") as f:
    f.write("\n".join(tout).rstrip() + "\n")

# ---------------------------------------------------------------------------
# interp/syntax/tests/front_end/ast/dump_lib/read_nodes.rs: builds our tree from the serialised
# CPython tree of the ast_dump_lib test (format in that test's module doc).
# ---------------------------------------------------------------------------
OUT_READ = os.path.join(ROOT, "interp", "syntax", "tests", "front_end", "ast", "dump_lib", "read_nodes.rs")


def read_scalar(typ):
    return {"identifier": "r.string()?", "string": "r.string()?", "int": "r.int()?",
            "constant": "r.constant()?"}[typ]


def read_field(typ, opt, seq):
    if typ in ("identifier", "string", "int", "constant"):
        one = read_scalar(typ)
    elif typ in SIMPLE:
        one = f"read_{typ}(r)?"
    else:
        one = f"read_{typ}(r)?"
    if seq:
        item = f"if r.is_none() {{ None }} else {{ Some({one}) }}" if opt else one
        return f"{{ let n = r.list_len()?; let mut v = Vec::with_capacity(n); for _ in 0..n {{ v.push({item}); }} v }}"
    if typ not in ("identifier", "string", "int", "constant") and typ not in SIMPLE:
        one = f"Box::new({one})"
    if opt:
        return f"if r.is_none() {{ None }} else {{ Some({one}) }}"
    return one


rout = [HEADER]
rout.append("""//! Reads the serialised form of a CPython AST into our node types.

use super::Reader;
use syntax::ast::*;
""")
for t in TYPES:
    is_sum, ctors = defs[t]
    rt = RUST_TYPE[t]
    has_loc = bool(attrs[t])
    rout.append(f"pub fn read_{t}(r: &mut Reader) -> Result<{rt}, String> {{")
    if t in SIMPLE:
        rout.append("    let name = r.node_name()?;")
        rout.append("    match name.as_str() {")
        for ctor, _ in ctors:
            rout.append(f'        "{ctor}" => Ok({rt}::{ctor}),')
        rout.append(f'        _ => Err(format!("bad {t}: {{name}}")),')
        rout.append("    }")
        rout.append("}\n")
        continue
    if not is_sum or len(ctors) == 1 and t != "mod":
        ctor, fields = ctors[0]
        pyname = ctor or t
        rout.append(f'    r.expect_node("{pyname}")?;')
        rout.append(f"    Ok({rt} {{")
        for typ, opt, seq, name in fields:
            rout.append(f"        {field_name(name)}: {read_field(typ, opt, seq)},")
        if has_loc:
            rout.append("        loc: r.loc()?,")
        rout.append("    })")
        rout.append("}\n")
        continue
    kind = rt + "Kind" if has_loc else rt
    rout.append("    let name = r.node_name()?;")
    rout.append(f"    let node = match name.as_str() {{")
    for ctor, fields in ctors:
        if fields:
            rout.append(f'        "{ctor}" => {kind}::{ctor} {{')
            for typ, opt, seq, name in fields:
                rout.append(f"            {field_name(name)}: {read_field(typ, opt, seq)},")
            rout.append("        },")
        else:
            rout.append(f'        "{ctor}" => {kind}::{ctor},')
    rout.append(f'        _ => return Err(format!("bad {t}: {{name}}")),')
    rout.append("    };")
    if has_loc:
        rout.append(f"    Ok({rt} {{ node, loc: r.loc()? }})")
    else:
        rout.append("    Ok(node)")
    rout.append("}\n")

os.makedirs(os.path.dirname(OUT_READ), exist_ok=True)
with open(OUT_READ, "w") as f:
    f.write("\n".join(rout).rstrip() + "\n")

# Generated code is committed formatted like the rest of the crate.
rustfmt(OUT_NODES, OUT_DUMP, OUT_READ, OUT_TEARDOWN)
