"""Write interp/codecs/src/idna_tables.rs: the nameprep (RFC 3491) tables of
Lib/encodings/idna.py, as CPython 3.14's stringprep and
unicodedata.ucd_3_2_0 see every code point.

Run: python3.14 gen/gen_idna_tables.py (gen/regen.sh runs it).
"""
import stringprep, unicodedata
from unicodedata import ucd_3_2_0 as ucd32

from genlib import header, require_314, write

require_314()
N = 0x110000
chars = [chr(c) for c in range(N)]

def ranges(pred):
    out = []
    start = None
    for c in range(N + 1):
        if c < N and pred(chars[c]):
            if start is None:
                start = c
        elif start is not None:
            out.append((start, c - 1))
            start = None
    return out

def fmt_ranges(name, doc, rs):
    return '/// %s\npub static %s: &[(u32, u32)] = &[\n%s\n];\n\n' % (doc, name, '\n'.join('    (%d, %d),' % r for r in rs))

b1 = [c for c in range(N) if stringprep.in_table_b1(chars[c])]
b2 = []
pool = []
for c in range(N):
    m = stringprep.map_table_b2(chars[c])
    if m != chars[c]:
        b2.append((c, len(pool), len(m)))
        pool.extend(ord(x) for x in m)
prohibited = ranges(lambda ch: stringprep.in_table_c12(ch) or stringprep.in_table_c22(ch)
                    or stringprep.in_table_c3(ch) or stringprep.in_table_c4(ch)
                    or stringprep.in_table_c5(ch) or stringprep.in_table_c6(ch)
                    or stringprep.in_table_c7(ch) or stringprep.in_table_c8(ch)
                    or stringprep.in_table_c9(ch))
d1 = ranges(stringprep.in_table_d1)
d2 = ranges(stringprep.in_table_d2)
unassigned = ranges(lambda ch: ucd32.category(ch) == 'Cn')
# Code points assigned in 3.2 whose 3.2 compatibility decomposition is not
# today's (the normalization corrections): (code point, start, length).
fixes = []
fixpool = []
for c in range(N):
    ch = chars[c]
    if ucd32.category(ch) == 'Cn':
        continue
    old = ucd32.normalize('NFKD', ch)
    if old != unicodedata.normalize('NFKD', ch):
        fixes.append((c, len(fixpool), len(old)))
        fixpool.extend(ord(x) for x in old)

out = [header('gen_idna_tables.py'), '''//! Nameprep (RFC 3491) tables of Lib/encodings/idna.py, recorded from
//! CPython 3.14's stringprep and unicodedata.ucd_3_2_0 over every code
//! point.

''']
out.append('/// stringprep table B.1: mapped to nothing.\npub static B1: &[u32] = &[%s];\n\n' % ', '.join(map(str, b1)))
out.append('/// stringprep `map_table_b2`: (code point, start, length) in B2_POOL.\npub static B2: &[(u32, u16, u8)] = &[\n%s\n];\n\n' % '\n'.join('    (%d, %d, %d),' % t for t in b2))
out.append('pub static B2_POOL: &[u32] = &[\n%s\n];\n\n' % '\n'.join('    ' + ' '.join('%d,' % x for x in pool[i:i + 12]) for i in range(0, len(pool), 12)))
out.append(fmt_ranges('PROHIBITED', 'Tables C.1.2, C.2.2 and C.3 to C.9, as inclusive ranges.', prohibited))
out.append(fmt_ranges('RANDAL', 'Table D.1 (RandALCat), as inclusive ranges.', d1))
out.append(fmt_ranges('LCAT', 'Table D.2 (LCat), as inclusive ranges.', d2))
out.append(fmt_ranges('UNASSIGNED_3_2', 'Code points unassigned in Unicode 3.2 (no decomposition there).', unassigned))
out.append('/// Unicode 3.2 compatibility decompositions that differ from today\'s:\n/// (code point, start, length) in NFKD_3_2_POOL.\npub static NFKD_3_2: &[(u32, u16, u8)] = &[\n%s\n];\n\n' % '\n'.join('    (%d, %d, %d),' % t for t in fixes))
out.append('pub static NFKD_3_2_POOL: &[u32] = &[%s];\n' % ', '.join(map(str, fixpool)))
write('interp/codecs/src/idna_tables.rs', ''.join(out))
print(len(b1), len(b2), len(pool), len(prohibited), len(d1), len(d2), len(unassigned), len(fixes), fixes[:10])
