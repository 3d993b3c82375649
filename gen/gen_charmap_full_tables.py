"""Write interp/codecs/src/charmap_full_tables.rs: the single-byte codecs that
also remap ASCII (EBCDIC, cp864, ...), as CPython 3.14 decodes each byte.

Run: python3.14 gen/gen_charmap_full_tables.py (gen/regen.sh runs it).
"""
import encodings.aliases as A

from genlib import header, require_314, write

require_314()
codecs_=['cp037','cp1006','cp1026','cp1140','cp273','cp424','cp500','cp720','cp856','cp864','cp875','palmos']
out=[header('gen_charmap_full_tables.py'), '''//! Single-byte codecs whose ASCII range is not ASCII (EBCDIC, cp864...) or
//! that charmap_tables.rs lacks, as CPython 3.14 decodes each byte (recorded
//! with the reference): 0xFFFF marks a byte that maps to <undefined>.

''']
aliases=[]
for c in codecs_:
    t=[]
    for b in range(256):
        try:
            s=bytes([b]).decode(c); assert len(s)==1 and ord(s)<0xffff; t.append(ord(s))
        except UnicodeDecodeError as e:
            assert e.reason=='character maps to <undefined>' and e.encoding=='charmap'; t.append(0xffff)
    out.append('pub static %s: [u16; 256] = [\n%s\n];\n\n' % (c.upper(), '\n'.join('    '+' '.join('0x%04X,'%x for x in t[i:i+16]) for i in range(0,256,16))))
    for n in sorted(set([c]+[a for a,v in A.aliases.items() if v==c])): aliases.append((n,c.upper()))
aliases.sort()
out.append('/// Normalised names and encodings.aliases entries, sorted.\npub static ALIASES: &[(&str, &[u16; 256])] = &[\n'+''.join('    ("%s", &%s),\n'%a for a in aliases)+'];\n')
write('interp/codecs/src/charmap_full_tables.rs', ''.join(out))
print(aliases)
