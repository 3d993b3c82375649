# Regenerates a codec table of interp/syntax/src/tokenizer/ from the reference interpreter:
#   /opt/cpython-3.14/bin/python3.14 genfull.py && rustfmt --edition 2024 <the table file>
# Not used by the build or CI.
import encodings.aliases as A
codecs_=['cp037','cp1006','cp1026','cp1140','cp273','cp424','cp500','cp720','cp856','cp864','cp875','palmos']
out=['''//! Single-byte codecs whose ASCII range is not ASCII (EBCDIC, cp864...) or
//! that codec_tables.rs lacks, as CPython 3.14 decodes each byte (recorded
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
open('/work/main/interp/syntax/src/tokenizer/charmap_full_tables.rs','w').write(''.join(out))
print(aliases)
