"""Writes interp/src/objects/exceptions_table.rs: the builtin exception types.

Run: python3.14 gen/gen_exceptions.py (gen/regen.sh runs it); it writes the file and
runs rustfmt on it.

Reads the hierarchy (names, bases, MROs, docstrings) from the installed CPython 3.14, so
every builtin exception class has CPython's place, name and __doc__. Each class's slots come
from its family (the SLOTS table below): the families' behaviour is written by hand in
exceptions.rs.
"""
import builtins
import io
import sys

from genlib import header, write

_out = io.StringIO()
sys.stdout = _out

assert sys.version_info[:2] == (3, 14), "record with CPython 3.14"

# Family slot tables (defined in exceptions.rs). A class not listed inherits its base's.
SLOTS = {
    "BaseException": "BASE_EXCEPTION_SLOTS",
    "BaseExceptionGroup": "EXCEPTION_GROUP_SLOTS",
    "StopIteration": "STOP_ITERATION_SLOTS",
    "SystemExit": "SYSTEM_EXIT_SLOTS",
    "ImportError": "IMPORT_ERROR_SLOTS",
    "OSError": "OS_ERROR_SLOTS",
    "SyntaxError": "SYNTAX_ERROR_SLOTS",
    "KeyError": "KEY_ERROR_SLOTS",
    "AttributeError": "ATTRIBUTE_ERROR_SLOTS",
    "NameError": "NAME_ERROR_SLOTS",
    "UnicodeEncodeError": "UNICODE_ENCODE_ERROR_SLOTS",
    "UnicodeDecodeError": "UNICODE_DECODE_ERROR_SLOTS",
    "UnicodeTranslateError": "UNICODE_TRANSLATE_ERROR_SLOTS",
}
# Families' methods, getsets and members (also in exceptions.rs).
DEFS = {
    "BaseException": "BASE_EXCEPTION",
    "BaseExceptionGroup": "EXCEPTION_GROUP",
    "StopIteration": "STOP_ITERATION",
    "SystemExit": "SYSTEM_EXIT",
    "ImportError": "IMPORT_ERROR",
    "OSError": "OS_ERROR",
    "SyntaxError": "SYNTAX_ERROR",
    "AttributeError": "ATTRIBUTE_ERROR",
    "NameError": "NAME_ERROR",
    "UnicodeEncodeError": "UNICODE_ERROR",
    "UnicodeDecodeError": "UNICODE_ERROR",
    "UnicodeTranslateError": "UNICODE_ERROR",
}


def ptrs(items):
    """A list of `&X.0` references as raw pointers (for a `&const { [...] }` slice)."""
    return ", ".join(f"{x.strip()} as *const TypeObject" for x in items.split(",") if x.strip())


def const_name(n):
    """CamelCase to SCREAMING_SNAKE: IOError -> IO_ERROR, EOFError -> EOF_ERROR."""
    n = n.lstrip("_")
    out = []
    for i, c in enumerate(n):
        prev = n[i - 1] if i else ""
        nxt = n[i + 1] if i + 1 < len(n) else ""
        if c.isupper() and i and (prev.islower() or (prev.isupper() and nxt.islower())):
            out.append("_")
        out.append(c.upper())
    return "".join(out)


def rust_str(s):
    if s is None:
        return "None"
    esc = s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'Some("{esc}")'


classes = [v for v in vars(builtins).values() if isinstance(v, type) and issubclass(v, BaseException)]
# EnvironmentError and IOError are aliases of OSError.
seen = []
for c in classes:
    if c not in seen:
        seen.append(c)
classes = seen
classes.sort(key=lambda c: (len(c.__mro__), c.__name__))


def family(c, table):
    for k in c.__mro__:
        if k.__name__ in table:
            return table[k.__name__]
    raise SystemExit(f"no family for {c}")


print()
print("//! The builtin exception types, as CPython 3.14 arranges them.")
print()
print("use super::exceptions::*;")
print("use crate::objects::baseobject::OBJECT_TYPE;")
print("use crate::objects::type_::{StaticType, TypeDef, TypeData, TypeObject, TYPE_TYPE};")
print("use crate::objects::value::{ObjectLayout, PayloadVTable, PyObject, Static};")
print()
for c in classes:
    cn = const_name(c.__name__)
    defs = family(c, DEFS)
    slots = family(c, SLOTS)
    mro = ", ".join(f"&{const_name(k.__name__)}.0" if k is not object else "&OBJECT_TYPE.0" for k in c.__mro__[1:])
    bases = ", ".join(f"&{const_name(k.__name__)}.0" if k is not object else "&OBJECT_TYPE.0" for k in c.__bases__)
    base = c.__base__
    basec = f"&{const_name(base.__name__)}.0" if base is not object else "&OBJECT_TYPE.0"
    doc = c.__doc__
    print(f"static {cn}_DEF: TypeDef = TypeDef {{")
    print(f'    name: "{c.__name__}",')
    print(f"    doc: {rust_str(doc)},")
    print(f"    methods: {defs}_METHODS,")
    print(f"    getsets: {defs}_GETSETS,")
    print(f"    members: {defs}_MEMBERS,")
    print("    attrs: no_attrs,")
    print("};")
    print(f"pub static {cn}: StaticType = Static(PyObject::new_static(&TYPE_TYPE.0, TypeData::new_static(")
    print(f"    &{cn}_DEF, {basec}, &const {{ [{ptrs(bases)}] }}, &const {{ [{ptrs('&' + cn + '.0, ' + mro)}] }},")
    print(f"    {slots}, EXCEPTION_FLAGS, ObjectLayout::with(true, true, 0),")
    print(f"    crate::objects::value::LayoutId::BaseException, &const {{ PayloadVTable::of::<BaseExceptionData>() }},")
    print(")));")
    print()
print("/// Every builtin exception type, for the builtins module.")
print("pub static ALL: &[&StaticType] = &[")
for c in classes:
    print(f"    &{const_name(c.__name__)},")
print("];")

sys.stdout = sys.__stdout__
write("interp/src/objects/exceptions_table.rs", header("gen_exceptions.py") + _out.getvalue())
