#!/usr/bin/env python3.14
"""Generate interp/format/src/unicode_decimal.rs: the Unicode decimal digits, as the first code
point (value 0) of each run of ten, for `Py_UNICODE_TODECIMAL` (format-spec widths and
precisions, str.format field indexes).

Read from the reference itself, so the table follows its Unicode version (16.0 for 3.14).

    python3.14 gen/gen_format_tables.py     # gen/regen.sh runs it
"""
import sys
import unicodedata

from genlib import header, require_314, write

require_314()

OUT = "interp/format/src/unicode_decimal.rs"

decimals = {}
for cp in range(0x110000):
    d = unicodedata.decimal(chr(cp), None)
    assert (d is not None) == chr(cp).isdecimal(), hex(cp)
    if d is not None:
        decimals[cp] = d
zeros = sorted(cp for cp, d in decimals.items() if d == 0)
covered = set()
for z in zeros:
    for k in range(10):
        assert decimals.get(z + k) == k, hex(z + k)
        covered.add(z + k)
assert covered == set(decimals), "every decimal digit sits in a run 0..9"

lines = [
    header("gen_format_tables.py").rstrip("\n"),
    f"// From CPython {sys.version.split()[0]}'s unicodedata (Unicode {unicodedata.unidata_version}).",
    "",
    "//! The decimal digits of Unicode (`Py_UNICODE_TODECIMAL`).",
    "",
    "/// The code point of digit zero of every run of ten decimal digits, sorted.",
    f"static ZEROS: [u32; {len(zeros)}] = [",
]
for i in range(0, len(zeros), 8):
    lines.append("    " + " ".join(f"0x{z:05X}," for z in zeros[i:i + 8]))
lines += [
    "];",
    "",
    "/// The decimal value of `cp`, or `None` if it is not a decimal digit.",
    "pub(crate) fn to_decimal(cp: u32) -> Option<u32> {",
    "    if (0x30..=0x39).contains(&cp) {",
    "        return Some(cp - 0x30);",
    "    }",
    "    let i = ZEROS.partition_point(|&z| z <= cp);",
    "    let zero = *ZEROS.get(i.checked_sub(1)?)?;",
    "    let d = cp - zero;",
    "    (d < 10).then_some(d)",
    "}",
    "",
]
write(OUT, "\n".join(lines))
print(f"wrote {OUT}: {len(zeros)} runs")
