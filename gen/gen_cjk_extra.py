"""Write interp/codecs/src/cjk/tables/extra.rs: the tables of gb18030, hz, the
iso2022 family and the JIS X 0213 codecs. Every table is recorded by decoding
with CPython 3.14 and checked against the model the decoders in
interp/codecs/src/cjk/ apply to it.

Run: python3.14 gen/gen_cjk_extra.py (gen/regen.sh runs it).
"""
from genlib import header, require_314, write

require_314()

def res(codec, b):
    try:
        return b.decode(codec)
    except UnicodeDecodeError as e:
        return (e.start, e.end, e.reason)

def nums(v, per=12):
    return '\n'.join('    ' + ' '.join('%d,' % x for x in v[i:i + per]) for i in range(0, len(v), per))

def tuples(v):
    return '\n'.join('    (%s),' % ', '.join(str(x) for x in t) for t in v)

out = [header('gen_cjk_extra.py'), '''//! Tables for gb18030, hz, the iso2022 family and the JIS X 0213 codecs,
//! recorded from CPython 3.14 (the generator checks each against the model
//! the decoders in cjk/ apply to it).

''']

# ---- gb18030 ----------------------------------------------------------
# Two-byte codes beyond GBK, as runs (code, count, first character):
# code c..c+count decodes to first..first+count.
runs = []
for a in range(0x81, 0xff):
    for b in range(0x40, 0xff):
        x = res('gb18030', bytes([a, b])); y = res('gbk', bytes([a, b]))
        if x == y:
            continue
        assert isinstance(x, str) and len(x) == 1 and isinstance(y, tuple), (a, b, x, y)
        code = a * 256 + b
        if runs and runs[-1][0] + runs[-1][1] == code and runs[-1][2] + runs[-1][1] == ord(x):
            runs[-1][1] += 1
        else:
            runs.append([code, 1, ord(x)])
out.append('/// gb18030 two-byte codes that GBK lacks: (code, count, first character).\npub static GB18030_EXT: &[(u16, u16, u32)] = &[\n%s\n];\n\n' % tuples(runs))
# Four-byte BMP sequences: linear index lseq < 39420 maps to
# first + (lseq - base) for the last range whose base <= lseq.
ranges = []
for l in range(39420):
    c, rem = divmod(l, 12600); c2, rem = divmod(rem, 1260); c3, c4 = divmod(rem, 10)
    s = res('gb18030', bytes([0x81 + c, 0x30 + c2, 0x81 + c3, 0x30 + c4]))
    assert isinstance(s, str) and len(s) == 1
    if not ranges or ranges[-1][1] - ranges[-1][0] != ord(s) - l:
        ranges.append((l, ord(s)))
out.append('/// gb18030 four-byte BMP ranges: (linear index, first character).\npub static GB18030_BMP: &[(u16, u16)] = &[\n%s\n];\n\n' % tuples(ranges))


# ---- JIS X 0213 -------------------------------------------------------
# Planes as the iso2022 charset decoders give them (ESC $ ( Q: plane 1 of
# 2004, ESC $ ( O: plane 1 of 2000, ESC $ ( P: plane 2). Plane 1 extends
# euc_jp_table.rs's JIS X 0208 (with 0x2140 as U+FF3C): only the extra
# codes are stored. Values: a character, or 0x110000 + i for the pair
# JISX0213_PAIRS[i].
def idx(r, c):
    return (r - 0x21) * 94 + (c - 0x21)
def ok(x):
    return isinstance(x, str)
eucj = [0] * 8836; p1 = {}; p1o = {}; p2 = {}; p2o = {}
pairs = []
def val(s):
    if len(s) == 1:
        return ord(s)
    assert len(s) == 2
    p = [ord(s[0]), ord(s[1])]
    if p not in pairs:
        pairs.append(p)
    return 0x110000 + pairs.index(p)
for r in range(0x21, 0x7f):
    for c in range(0x21, 0x7f):
        i = idx(r, c)
        e = res('euc_jp', bytes([r | 0x80, c | 0x80]))
        if ok(e):
            eucj[i] = ord(e)
        for table, codec, esc in ((p1, 'iso2022_jp_2004', b'\x1b$(Q'), (p1o, 'iso2022_jp_3', b'\x1b$(O'),
                                  (p2, 'iso2022_jp_2004', b'\x1b$(P'), (p2o, 'iso2022_jp_3', b'\x1b$(P')):
            x = res(codec, esc + bytes([r, c]))
            if ok(x):
                table[i] = val(x)
            else:
                assert x == (4, 6, 'illegal multibyte sequence'), x
for i, v in p1.items():
    assert eucj[i] in (0, v)
p1_extra = sorted((i, v) for i, v in p1.items() if eucj[i] == 0)
p1_2000_excluded = sorted(i for i in p1 if i not in p1o)
assert all(p1o[i] == p1[i] for i in p1o)
assert p2 == p2o
p2_list = sorted(p2.items())
out.append('/// JIS X 0213 plane 1 codes beyond JIS X 0208: (index, value).\npub static JISX0213_P1: &[(u16, u32)] = &[\n%s\n];\n\n' % tuples(p1_extra))
out.append('/// JIS X 0213 plane 2: (index, value).\npub static JISX0213_P2: &[(u16, u32)] = &[\n%s\n];\n\n' % tuples(p2_list))
out.append('/// The two-character values of JIS X 0213.\npub static JISX0213_PAIRS: &[[u32; 2]] = &[\n%s\n];\n\n' % '\n'.join('    [%d, %d],' % tuple(p) for p in pairs))
out.append('/// Plane 1 codes added in JIS X 0213:2004, which the 2000 codecs reject.\npub static JISX0213_2004_ONLY: &[u16] = &[%s];\n\n' % ', '.join(map(str, p1_2000_excluded)))

def plane1(r, c, v2000, euc_tables):
    """Mirror of cjk/jisx0213.rs `jisx0213_plane1`: None when unmapped."""
    if not (0x21 <= r <= 0x7e and 0x21 <= c <= 0x7e):
        return None
    i = idx(r, c)
    if v2000 and i in p1_2000_excluded:
        return 'x2000'
    if eucj[i]:
        return eucj[i]
    return p1.get(i)
def plane2(r, c):
    if not (0x21 <= r <= 0x7e and 0x21 <= c <= 0x7e):
        return None
    return p2.get(idx(r, c))
def plane2_codec(r, c, v2000):
    """The 2000 codecs map plane 2 0x7D3B as JIS X 0213:2000 did."""
    if v2000 and (r, c) == (0x7d, 0x3b):
        return 0x9b1d
    return plane2(r, c)
jisx0212 = {}
for r in range(0x21, 0x7f):
    for c in range(0x21, 0x7f):
        e = res('euc_jp', bytes([0x8f, r | 0x80, c | 0x80]))
        if ok(e):
            jisx0212[idx(r, c)] = ord(e)
def emit(v):
    if v >= 0x110000:
        return ''.join(map(chr, pairs[v - 0x110000]))
    return chr(v)

# Single bytes of the shift_jis_2004 family (JIS X 0201 Roman and kana):
# 0 = lead byte, 0xFFFF = illegal.
SJIS_SINGLE = {}
def sjis_single(codec):
    t = []
    for b in range(256):
        x = res(codec, bytes([b]))
        if ok(x):
            t.append(ord(x))
        elif x[2] == 'incomplete multibyte sequence':
            t.append(0xfffe)
        else:
            assert x == (0, 1, 'illegal multibyte sequence')
            t.append(0xffff)
    return t
sj = sjis_single('shift_jis_2004')
assert sj == sjis_single('shift_jisx0213')
out.append('/// shift_jis_2004 and shift_jisx0213 single bytes: a character, 0xFFFE\n/// for a lead byte, 0xFFFF for an illegal byte.\npub static SJIS2004_SINGLE: [u16; 256] = [\n%s\n];\n\n' % nums(sj, 16))

def model(codec, data):
    """Mirror of cjk/jisx0213.rs `decode`."""
    v2000 = codec in ('euc_jisx0213', 'shift_jisx0213')
    out_ = []
    pos = 0
    n = len(data)
    def err(k):
        return (pos, pos + k, 'illegal multibyte sequence')
    while pos < n:
        c = data[pos]
        if codec.startswith('euc'):
            if c < 0x80:
                out_.append(chr(c)); pos += 1; continue
            if c == 0x8e:
                if pos + 2 > n: return (pos, n, 'incomplete multibyte sequence')
                c2 = data[pos + 1]
                if 0xa1 <= c2 <= 0xdf:
                    out_.append(chr(0xfec0 + c2)); pos += 2; continue
                return err(1)
            if c == 0x8f:
                if pos + 3 > n: return (pos, n, 'incomplete multibyte sequence')
                r, cc = data[pos + 1] ^ 0x80, data[pos + 2] ^ 0x80
                v = plane2_codec(r, cc, v2000)
                if v is None and 0x21 <= r <= 0x7e and 0x21 <= cc <= 0x7e:
                    v = jisx0212.get(idx(r, cc))
                if v is None: return err(1)
                out_.append(emit(v)); pos += 3; continue
            if pos + 2 > n: return (pos, n, 'incomplete multibyte sequence')
            r, cc = c ^ 0x80, data[pos + 1] ^ 0x80
            if (r, cc) == (0x22, 0x32):
                v = 0xff5e
            else:
                v = plane1(r, cc, v2000, True)
            if v == 'x2000': return err(2)
            if v is None: return err(1)
            out_.append(emit(v)); pos += 2; continue
        # shift_jis_2004
        s = sj[c]
        if s == 0xffff: return err(1)
        if s != 0xfffe:
            out_.append(chr(s)); pos += 1; continue
        if pos + 2 > n: return (pos, n, 'incomplete multibyte sequence')
        c2 = data[pos + 1]
        if c2 < 0x40 or 0x7f <= c2 < 0x80 or c2 > 0xfc: return err(1)
        c1 = c - 0x81 if c < 0xe0 else c - 0xc1
        t = c2 - 0x40 if c2 < 0x80 else c2 - 0x41
        c1 = 2 * c1 + (0 if t < 0x5e else 1)
        t = (t if t < 0x5e else t - 0x5e) + 0x21
        if c1 < 0x5e:
            r = c1 + 0x21
            if (r, t) == (0x21, 0x40):
                v = 0x5c
            else:
                v = plane1(r, t, v2000, False)
        else:
            if c1 >= 0x67: r = c1 + 0x07
            elif c1 >= 0x63 or c1 == 0x5f: r = c1 - 0x37
            else: r = c1 - 0x3d
            v = plane2_codec(r, t, v2000)
        if v == 'x2000': return err(2)
        if v is None: return err(1)
        out_.append(emit(v)); pos += 2
    return ''.join(out_)

for codec in ('euc_jis_2004', 'euc_jisx0213', 'shift_jis_2004', 'shift_jisx0213'):
    bad = []
    seqs = [bytes([a]) for a in range(256)] + [bytes([a, b]) for a in range(0x80, 256) for b in range(256)]
    if codec.startswith('euc'):
        seqs += [bytes([0x8f, a, b]) for a in range(256) for b in range(256)]
        seqs += [bytes([0x8e, a, b]) for a in range(256) for b in (0x41, 0xa1)]
    for sq in seqs:
        if model(codec, sq) != res(codec, sq):
            bad.append((sq, model(codec, sq), res(codec, sq)))
    assert not bad, (codec, len(bad), bad[:5])

# ---- iso2022 ----------------------------------------------------------
# Single-byte charsets: JIS X 0201 Roman (ESC ( J) and katakana (ESC ( I),
# for bytes 0x20..=0x7F (0xFFFF: unmappable).
def single_cs(codec, esc):
    t = []
    for b in range(0x20, 0x80):
        x = res(codec, esc + bytes([b]))
        if ok(x):
            assert len(x) == 1; t.append(ord(x))
        else:
            assert x == (3, 4, 'illegal multibyte sequence'), x; t.append(0xffff)
    return t
out.append('/// iso2022 JIS X 0201 Roman, bytes 0x20..=0x7F (0xFFFF: unmappable).\npub static ISO2022_JISX0201_R: [u16; 96] = [\n%s\n];\n\n' % nums(single_cs('iso2022_jp', b'\x1b(J'), 16))
out.append('/// iso2022 JIS X 0201 katakana, bytes 0x20..=0x7F (0xFFFF: unmappable).\npub static ISO2022_JISX0201_K: [u16; 96] = [\n%s\n];\n\n' % nums(single_cs('iso2022_jp_ext', b'\x1b(I'), 16))
# Single shift 2 (ESC N byte) per G2 set of iso2022_jp_2: ISO 8859-1 (ESC . A),
# ISO 8859-7 (ESC . F), ASCII (ESC . B); 0xFFFF: the three bytes are illegal.
g2 = []
for esc in (b'\x1b.A', b'\x1b.F', b'\x1b.B'):
    for b in range(256):
        x = res('iso2022_jp_2', esc + b'\x1bN' + bytes([b]))
        if ok(x):
            assert len(x) == 1; g2.append(ord(x))
        else:
            assert x == (3, 6, 'illegal multibyte sequence'), x; g2.append(0xffff)
out.append('/// iso2022_jp_2 single shift 2: ESC N then a byte, for G2 = ISO 8859-1,\n/// ISO 8859-7, ASCII (256 entries each; 0xFFFF: illegal).\npub static ISO2022_G2: [u16; 768] = [\n%s\n];\n\n' % nums(g2, 16))
# Double-byte charsets are the tables of other codecs: check that, for
# every row/cell pair.
def dbcs_check(codec, esc, base):
    for r in range(0x21, 0x7f):
        for c in range(0x21, 0x7f):
            x = res(codec, esc + bytes([r, c]))
            want = base(r, c)
            got = ord(x) if ok(x) and len(x) == 1 else (val(x) if ok(x) else None)
            assert got == want, (codec, esc, hex(r), hex(c), x, want)
def from_codec(codec):
    def base(r, c):
        x = res(codec, bytes([r | 0x80, c | 0x80]))
        return ord(x) if ok(x) else None
    return base
dbcs_check('iso2022_jp', b'\x1b$B', lambda r, c: eucj[idx(r, c)] or None)
dbcs_check('iso2022_jp', b'\x1b$@', lambda r, c: eucj[idx(r, c)] or None)
dbcs_check('iso2022_jp_1', b'\x1b$(D', lambda r, c: jisx0212.get(idx(r, c)))
dbcs_check('iso2022_jp_2', b'\x1b$A', from_codec('gb2312'))
kr = from_codec('euc_kr')
dbcs_check('iso2022_kr', b'\x1b$)C\x0e', lambda r, c: 0x3164 if (r, c) == (0x24, 0x54) else kr(r, c))

write('interp/codecs/src/cjk/tables/extra.rs', ''.join(out))
print('jisx0213', len(p1_extra), len(p2_list), len(pairs))
