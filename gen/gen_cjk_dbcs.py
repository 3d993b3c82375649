"""Write interp/codecs/src/cjk/tables/dbcs.rs: the double-byte CJK codecs, by
decoding every one- and two-byte sequence with CPython 3.14.

Run: python3.14 gen/gen_cjk_dbcs.py (gen/regen.sh runs it).
"""
import encodings.aliases as A

from genlib import header, require_314, write

require_314()
codecs_=['shift_jis','cp932','cp949','euc_kr','gbk','gb2312','big5','cp950','johab','big5hkscs']
out=[header('gen_cjk_dbcs.py'), '''//! Double-byte CJK codecs as CPython 3.14 decodes them (Modules/cjkcodecs),
//! recorded by decoding every one- and two-byte sequence with the reference
//! interpreter. For each codec: `single` says, for bytes 0x80..=0xFF, the
//! character (>= 0x80), 0 for a byte that is illegal on its own, 1 for a
//! lead byte; `rows[lead_row[b - 0x80]]` gives a lead's characters for
//! trail bytes `trail_min..trail_min + trail_len` (0: illegal sequence;
//! 0x110000 + i: the two characters `pairs[i]`).
//! Every error of these codecs covers one byte; ASCII maps to itself.
//! euc_kr's 0xA4 0xD4 starts an eight-byte make-up sequence (cjk/dbcs.rs).

#[derive(Debug, PartialEq, Eq)]\npub struct Dbcs {
    pub name: &'static str,
    pub single: [u16; 128],
    pub lead_row: [u8; 128],
    pub trail_min: u8,
    pub trail_len: usize,
    pub rows: &'static [u32],
    /// Two-character results, referred to by row values 0x110000 + index.
    pub pairs: &'static [[u32; 2]],
}

''']
def res(c,b):
    try:
        s=b.decode(c); return ('ok',s)
    except UnicodeDecodeError as e: return (e.start,e.end,e.reason,e.encoding)
def nums(v):
    return '\n'.join('    ' + ' '.join('%d,'%x for x in v[i:i+16]) for i in range(0,len(v),16))
aliases=[]
for c in codecs_:
    assert all(res(c,bytes([b]))==('ok',chr(b)) for b in range(0x80))
    single=[];leads=[];name=None
    for L in range(0x80,0x100):
        r=res(c,bytes([L]))
        if r[0]=='ok':
            assert len(r[1])==1 and 0x80<=ord(r[1])<0x10000; single.append(ord(r[1]))
        elif r[2]=='illegal multibyte sequence':
            assert r[:2]==(0,1); single.append(0); name=r[3]
            for T in range(256): assert res(c,bytes([L,T]))[:3]==(0,1,'illegal multibyte sequence')
        else:
            assert r[:3]==(0,1,'incomplete multibyte sequence'); single.append(1); leads.append(L); name=r[3]
    valid={}; pairs=[]
    for L in leads:
        for T in range(256):
            r=res(c,bytes([L,T]))
            if r[0]=='ok' and len(r[1])==2:
                pairs.append([ord(r[1][0]), ord(r[1][1])]); valid[(L,T)]=0x110000+len(pairs)-1
            elif r[0]=='ok':
                assert len(r[1])==1 and 0x80<=ord(r[1]); valid[(L,T)]=ord(r[1])
            elif c=='euc_kr' and (L,T)==(0xa4,0xd4):
                assert r[:3]==(0,2,'incomplete multibyte sequence')
            else: assert r[:3]==(0,1,'illegal multibyte sequence'), (c,L,T,r)
    tmin=min(t for _,t in valid); tmax=max(t for _,t in valid)
    rows=[]; lead_row=[255]*128
    for i,L in enumerate(leads):
        lead_row[L-0x80]=i
        rows += [valid.get((L,T),0) for T in range(tmin,tmax+1)]
    assert len(leads)<255
    ident=c.upper()
    out.append('pub static %s: Dbcs = Dbcs {\n    name: "%s",\n    single: [\n%s\n    ],\n    lead_row: [\n%s\n    ],\n    trail_min: %d,\n    trail_len: %d,\n    rows: &[\n%s\n    ],\n    pairs: &[%s],\n};\n\n' % (ident,name,nums(single),nums(lead_row),tmin,tmax-tmin+1,nums(rows), ', '.join('[%d, %d]' % tuple(p) for p in pairs)))
    names=sorted(set([c]+[a for a,t in A.aliases.items() if t==c]))
    for n in names: aliases.append((n,ident))
aliases.sort()
out.append('/// Normalised names (encodings.normalize_encoding, lowercased) and\n/// encodings.aliases entries for the codecs above, sorted.\npub static ALIASES: &[(&str, &Dbcs)] = &[\n' + ''.join('    ("%s", &%s),\n'%(n,i) for n,i in aliases) + '];\n')
write('interp/codecs/src/cjk/tables/dbcs.rs', ''.join(out))
print(aliases)
