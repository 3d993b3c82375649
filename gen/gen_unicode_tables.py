"""Write the Unicode property tables of interp/codecs/src/unicode/, one per
property, from CPython 3.14's unicodedata (Unicode 16.0):

- xid.rs: XID_Start and XID_Continue (`_PyUnicode_IsXidStart`,
  `_PyUnicode_IsXidContinue`, seen through `str.isidentifier`);
- printable.rs: `Py_UNICODE_ISPRINTABLE` (`str.isprintable`, cross-checked
  with `repr`, which escapes exactly the non-printable characters outside
  the ASCII specials).

Run: python3.14 gen/gen_unicode_tables.py (gen/regen.sh runs it).
"""
import sys
import unicodedata

from genlib import header, require_314, write

require_314()
MAX = 0x110000


def ranges(pred):
    out = []
    start = None
    for cp in range(MAX):
        ok = pred(cp)
        if ok and start is None:
            start = cp
        elif not ok and start is not None:
            out.append((start, cp - 1))
            start = None
    if start is not None:
        out.append((start, MAX - 1))
    return out


def is_surrogate(cp):
    return 0xD800 <= cp <= 0xDFFF


def printable(cp):
    c = chr(cp)
    p = c.isprintable()
    if cp >= 0x80 or cp < 0x20 or cp == 0x7F:
        assert (repr(c) == "'" + c + "'") == p, hex(cp)
    return p


def emit(name, rs, doc):
    lines = [f"/// {doc}", f"pub static {name}: &[(u32, u32)] = &["]
    for a, b in rs:
        lines.append(f"    (0x{a:04X}, 0x{b:04X}),")
    lines.append("];")
    return "\n".join(lines)


source = f"// From CPython {sys.version.split()[0]}'s unicodedata (Unicode {unicodedata.unidata_version}).\n\n"
xid_start = ranges(lambda cp: not is_surrogate(cp) and chr(cp).isidentifier() and cp != 0x5F)
xid_continue = ranges(lambda cp: not is_surrogate(cp) and ("a" + chr(cp)).isidentifier())
write(
    "interp/codecs/src/unicode/xid.rs",
    header("gen_unicode_tables.py")
    + source
    + emit("XID_START", xid_start, "Code points with XID_Start (as `_PyUnicode_IsXidStart`), inclusive ranges.")
    + "\n\n"
    + emit("XID_CONTINUE", xid_continue, "Code points with XID_Continue (as `_PyUnicode_IsXidContinue`), inclusive ranges.")
    + "\n",
)
write(
    "interp/codecs/src/unicode/printable.rs",
    header("gen_unicode_tables.py")
    + source
    + emit("PRINTABLE", ranges(printable), "Code points for which `Py_UNICODE_ISPRINTABLE` holds, inclusive ranges.")
    + "\n",
)
