"""Write interp/codecs/src/cjk/tables/euc_jp.rs: euc_jp's JIS X 0208 and JIS X
0212 tables, by decoding every sequence with CPython 3.14 (and checking the
error shapes cjk/euc_jp.rs assumes).

Run: python3.14 gen/gen_cjk_euc_jp.py (gen/regen.sh runs it).
"""
from genlib import header, require_314, write

require_314()
def dec(b):
    try: return b.decode('euc_jp')
    except UnicodeDecodeError as e: return None
t08=[];t12=[]
for a in range(0xa1,0xff):
    for b in range(0xa1,0xff):
        s=dec(bytes([a,b])); assert s is None or (len(s)==1 and ord(s)<0x10000 and ord(s)!=0)
        t08.append(ord(s) if s else 0)
        s=dec(bytes([0x8f,a,b])); assert s is None or (len(s)==1 and ord(s)<0x10000 and ord(s)!=0)
        t12.append(ord(s) if s else 0)
# verify 3-byte errors: always illegal len 1?
import collections
c=collections.Counter()
for a in range(0x100):
    for b in range(0x100):
        try: bytes([0x8f,a,b]).decode('euc_jp'); c['ok']+=1
        except UnicodeDecodeError as e: c[(e.start,e.end,e.reason)]+=1
print(c)
c=collections.Counter()
for b in range(0x100):
    s=dec(bytes([0x8e,b]))
    c[(s is not None and 0xa1<=b<=0xdf and ord(s)==0xfec0+b) or (s is None and not 0xa1<=b<=0xdf)]+=1
print(c)
def arr(name,t):
    out=['pub static %s: [u16; 8836] = [' % name]
    for i in range(0,len(t),12):
        out.append('    ' + ' '.join('0x%04X,'%v for v in t[i:i+12]))
    out.append('];')
    return '\n'.join(out)
if True:
    text = header('gen_cjk_euc_jp.py') + '''//! The euc_jp codec's two-byte (JIS X 0208) and three-byte (0x8F, JIS X
//! 0212) tables, as CPython 3.14's `bytes.decode('euc_jp')` maps them:
//! index (b1 - 0xA1) * 94 + (b2 - 0xA1), 0 where the sequence is illegal.
//! Recorded by decoding every sequence with the reference interpreter.

'''
    write('interp/codecs/src/cjk/tables/euc_jp.rs', text + arr('JISX0208',t08)+'\n\n'+arr('JISX0212',t12)+'\n')
