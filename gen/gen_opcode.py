"""Writes interp/compile/src/opcode.rs: CPython 3.14's opcode numbers and metadata.

Run: python3.14 gen/gen_opcode.py (gen/regen.sh runs it); it writes the file and
runs rustfmt on it.

Reads the installed CPython's `opcode`, `_opcode` and `_opcode_metadata` modules, so the
numbers, inline-cache sizes and flags are exactly those `dis` uses.
"""
import _opcode
import _opcode_metadata as meta
import dis
import opcode

from genlib import header, require_314, write

require_314()

out = []
w = out.append
w(header("gen_opcode.py").rstrip("\n"))
w("// From CPython 3.14's opcode metadata.")
w("")
w("//! CPython 3.14's instruction set: opcode numbers, names, inline-cache sizes and")
w("//! the `dis` flags (`Lib/opcode.py`, `Lib/_opcode_metadata.py`).")
w("//!")
w("//! Real opcodes fit in a byte and appear in `co_code`; pseudo opcodes (256 and")
w("//! up) exist only between codegen and the assembler.")
w("")
opmap = dict(opcode.opmap)
byname = sorted(opmap.items(), key=lambda kv: kv[1])
w("/// Opcode numbers, named as in CPython (`opcode.opmap`).")
w("pub mod op {")
for name, num in byname:
    w(f"    pub const {name}: u16 = {num};")
w("}")
w("")
w(f"/// `opcode.HAVE_ARGUMENT`: real opcodes below it ignore their oparg.")
w(f"pub const HAVE_ARGUMENT: u16 = {opcode.HAVE_ARGUMENT};")
w(f"/// `_opcode_metadata.MIN_INSTRUMENTED_OPCODE`.")
w(f"pub const MIN_INSTRUMENTED_OPCODE: u16 = {meta.MIN_INSTRUMENTED_OPCODE};")
w(f"/// The first pseudo opcode.")
w(f"pub const MIN_PSEUDO_OPCODE: u16 = 256;")
maxop = max(opmap.values())
w(f"/// One past the largest opcode, pseudo opcodes included.")
w(f"pub const OPCODE_LIMIT: usize = {maxop + 1};")
w("")
names = ["" for _ in range(maxop + 1)]
for name, num in opmap.items():
    names[num] = name
w("/// The name `dis` prints for each opcode (`opcode.opname`); empty for unused numbers.")
w(f"pub static OPNAMES: [&str; {maxop + 1}] = [")
for n in names:
    w(f'    "{n}",')
w("];")
w("")
caches = [0] * 256
for name, n in opcode._inline_cache_entries.items():
    caches[opmap[name]] = n
w("/// Inline cache entries (16-bit code units) after each real opcode")
w("/// (`opcode._inline_cache_entries`).")
w("pub static CACHE_ENTRIES: [u8; 256] = [")
w("    " + ", ".join(str(c) for c in caches) + ",")
w("];")
w("")
flags = [
    ("HAS_ARG", opcode.hasarg),
    ("HAS_CONST", opcode.hasconst),
    ("HAS_NAME", opcode.hasname),
    ("HAS_JUMP", opcode.hasjump),
    ("HAS_FREE", opcode.hasfree),
    ("HAS_LOCAL", opcode.haslocal),
    ("HAS_EXC", opcode.hasexc),
]
w("/// The `dis` classification flags of an opcode (`opcode.hasarg` and friends).")
for i, (fname, _) in enumerate(flags):
    w(f"pub const {fname}: u8 = 1 << {i};")
fl = [0] * (maxop + 1)
for i, (_, lst) in enumerate(flags):
    for o in lst:
        fl[o] |= 1 << i
w(f"pub static OPCODE_FLAGS: [u8; {maxop + 1}] = [")
w("    " + ", ".join(str(c) for c in fl) + ",")
w("];")
w("")
w("/// The oparg of `COMPARE_OP` is `(index << 5) | flags`; index into this (`opcode.cmp_op`).")
w("pub static CMP_OP: [&str; %d] = [%s];" % (len(opcode.cmp_op), ", ".join(f'"{c}"' for c in opcode.cmp_op)))
w("")
w("/// `BINARY_OP` opargs (`NB_*`) with the operator `dis` prints.")
w("pub mod nb {")
for i, (n, _) in enumerate(_opcode.get_nb_ops()):
    w(f"    pub const {n[3:]}: u32 = {i};")
w("}")
nbs = _opcode.get_nb_ops()
w(f"pub static NB_OPS: [(&str, &str); {len(nbs)}] = [")
for n, s in nbs:
    w(f'    ("{n}", "{s}"),')
w("];")
w("")
for k, descs in (("1", _opcode.get_intrinsic1_descs()), ("2", _opcode.get_intrinsic2_descs())):
    w(f"/// `CALL_INTRINSIC_{k}` opargs.")
    w(f"pub mod intrinsic{k} {{")
    for i, n in enumerate(descs):
        short = n[len('INTRINSIC_'):]
        if short.startswith(k + "_"):
            short = short[len(k) + 1:]
        w(f"    pub const {short}: u32 = {i};")
    w("}")
    w(f"pub static INTRINSIC{k}_NAMES: [&str; {len(descs)}] = [" + ", ".join(f'"{n}"' for n in descs) + "];")
    w("")
sm = _opcode.get_special_method_names()
w("/// `LOAD_SPECIAL` opargs: the special method each one loads.")
w(f"pub static SPECIAL_METHODS: [&str; {len(sm)}] = [" + ", ".join(f'"{n}"' for n in sm) + "];")
w("")
cc = dis._common_constants
def ccname(c):
    return getattr(c, "__name__", repr(c))
w("/// `LOAD_COMMON_CONSTANT` opargs: the objects each one loads (`dis._common_constants`).")
w(f"pub static COMMON_CONSTANTS: [&str; {len(cc)}] = [" + ", ".join(f'"{ccname(c)}"' for c in cc) + "];")
w("")
w("/// Specialised forms of each family (`_opcode_metadata._specializations`), for")
w("/// `dis(adaptive=True)` and the quickening interpreter.")
w("pub static SPECIALIZATIONS: &[(&str, &[&str])] = &[")
for fam, forms in meta._specializations.items():
    w(f'    ("{fam}", &[' + ", ".join(f'"{f}"' for f in forms) + "]),")
w("];")
w("")
w("/// Numbers of the specialised opcodes (`_opcode_metadata._specialized_opmap`).")
w("pub mod specialized {")
for name, num in sorted(meta._specialized_opmap.items(), key=lambda kv: kv[1]):
    w(f"    pub const {name}: u8 = {num};")
w("}")
write("interp/compile/src/opcode.rs", "\n".join(out) + "\n")
