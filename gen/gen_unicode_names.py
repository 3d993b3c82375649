"""Generate interp/codecs/src/unicode/names.bin: the name -> code point table
behind the `\\N{...}` escape, from the reference interpreter's unicodedata.

Run: python3.14 gen/gen_unicode_names.py (gen/regen.sh runs it). Needs
nothing but CPython 3.14 (Unicode 16.0.0): the aliases (NameAliases.txt) are
read from CPython's own name database, through the `unicodedata._ucnhash_CAPI`
capsule's `getname` (Modules/unicodedata.c `capi_getucname`), which returns
the alias stored at each code point of the private range CPython keeps them
in (`aliases_start`, 0xF0000); named sequences (at `named_sequences_start`)
are told apart by `unicodedata.lookup` returning more than one character.
Each alias is kept only if `unicodedata.lookup` resolves it to one code point,
so the table holds exactly what CPython 3.14's `\\N{...}` accepts.

What the table holds (see unicode_names.rs for the reader):
- every name `unicodedata.name()` returns, except Hangul syllables (computed, as
  CPython's _getcode does) and names of the form PREFIX-HEX where HEX is the code
  point (CJK UNIFIED IDEOGRAPH-4E00, EGYPTIAN HIEROGLYPH-13460, ...), which are
  stored as (prefix, ranges) families;
- TANGUT IDEOGRAPH-XXXXX, which `unicodedata.lookup` accepts although
  `unicodedata.name` does not return it (probed over the Tangut blocks);
- the aliases (NameAliases.txt) the reference accepts.
Named sequences are left out: `\\N{...}` rejects them.

Binary layout, all integers little-endian, after a first text line (the
generated-file line, ending in a newline, which the reader skips):
  b"OXUN" u32 version(1)
  u32 n_words; u32 offsets[n_words + 1]; word bytes     (words sorted bytewise)
  u32 n_families; per family: u8 len, prefix bytes, u16 n_ranges, (u32 lo, u32 hi)*
  u32 n_entries; u32 block_size; u32 n_blocks; u32 block_offsets[n_blocks];
  u32 data_len; data
Entries are sorted by their word-id sequence (== sorted by name, since a space
sorts before every other character of a name). Each entry: u8 shared (leading
words shared with the previous entry, 0 at a block start), u8 n_new, n_new word
ids (one byte if < 0x80, else two bytes big-endian with the top bit set), then
the code point as 3 bytes.
"""
import ctypes
import re
import struct
import unicodedata

from genlib import header, require_314, write

require_314()
assert unicodedata.unidata_version == "16.0.0", unicodedata.unidata_version

BLOCK = 16
OUT = "interp/codecs/src/unicode/names.bin"


def cpython_aliases():
    """(code point, alias) for every alias in CPython's name database."""
    get_pointer = ctypes.pythonapi.PyCapsule_GetPointer
    get_pointer.restype = ctypes.c_void_p
    get_pointer.argtypes = [ctypes.py_object, ctypes.c_char_p]
    capi = get_pointer(unicodedata._ucnhash_CAPI, b"unicodedata._ucnhash_CAPI")
    # _PyUnicode_Name_CAPI's first member:
    # int getname(Py_UCS4 code, char *buffer, int buflen, int with_named_seq)
    getname_t = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_uint32, ctypes.c_char_p, ctypes.c_int, ctypes.c_int)
    getname = getname_t(ctypes.cast(capi, ctypes.POINTER(ctypes.c_void_p))[0])
    buf = ctypes.create_string_buffer(256)
    out = []
    # The aliases and then the named sequences sit in a private block after
    # U+F0000 (Tools/unicode/makeunicodedata.py); well under 0x400 of them.
    for code in range(0xF0000, 0xF0400):
        if getname(code, buf, len(buf), 1):
            name = buf.value.decode("ascii")
            s = unicodedata.lookup(name)
            if len(s) == 1:
                out.append((ord(s), name))
    return out

names = {}      # name -> code point
families = {}   # prefix (with '-') -> sorted code points
fam_re = re.compile(r"^(.*-)([0-9A-F]{4,6})$")
for cp in range(0x110000):
    n = unicodedata.name(chr(cp), None)
    if n is None:
        continue
    if 0xAC00 <= cp <= 0xD7A3:
        assert n.startswith("HANGUL SYLLABLE "), n
        continue
    m = fam_re.match(n)
    if m and m.group(2) == "%04X" % cp:
        families.setdefault(m.group(1), []).append(cp)
        continue
    assert n not in names, n
    names[n] = cp

for cp in range(0x17000, 0x18E00):
    try:
        if ord(unicodedata.lookup("TANGUT IDEOGRAPH-%04X" % cp)) == cp:
            families.setdefault("TANGUT IDEOGRAPH-", []).append(cp)
    except KeyError:
        pass

n_alias = 0
for cp, alias in cpython_aliases():
    try:
        ok = unicodedata.lookup(alias) == chr(cp)
    except KeyError:
        ok = False
    if ok and alias not in names:
        names[alias] = cp
        n_alias += 1


def ranges(cps):
    out = []
    for cp in sorted(set(cps)):
        if out and out[-1][1] + 1 == cp:
            out[-1][1] = cp
        else:
            out.append([cp, cp])
    return out


words = sorted({w for n in names for w in n.split(" ")}, key=lambda w: w.encode())
assert len(words) < 0x8000
wid = {w: i for i, w in enumerate(words)}
entries = sorted((tuple(wid[w] for w in n.split(" ")), cp) for n, cp in names.items())
assert all(len(e[0]) < 256 for e in entries)

out = bytearray(b"OXUN") + struct.pack("<I", 1)
out += struct.pack("<I", len(words))
off = 0
for w in words:
    out += struct.pack("<I", off)
    off += len(w.encode())
out += struct.pack("<I", off)
for w in words:
    out += w.encode()

fams = sorted(families.items())
out += struct.pack("<I", len(fams))
for prefix, cps in fams:
    rs = ranges(cps)
    out += struct.pack("<B", len(prefix)) + prefix.encode() + struct.pack("<H", len(rs))
    for lo, hi in rs:
        out += struct.pack("<II", lo, hi)

data = bytearray()
block_offsets = []
prev = ()
for i, (ids, cp) in enumerate(entries):
    if i % BLOCK == 0:
        block_offsets.append(len(data))
        shared = 0
    else:
        shared = 0
        while shared < min(len(prev), len(ids)) and prev[shared] == ids[shared]:
            shared += 1
        shared = min(shared, 255)
    new = ids[shared:]
    data += struct.pack("<BB", shared, len(new))
    for x in new:
        data += bytes([x]) if x < 0x80 else bytes([0x80 | (x >> 8), x & 0xFF])
    data += bytes([cp & 0xFF, (cp >> 8) & 0xFF, cp >> 16])
    prev = ids
out += struct.pack("<III", len(entries), BLOCK, len(block_offsets))
for o in block_offsets:
    out += struct.pack("<I", o)
out += struct.pack("<I", len(data)) + data

write(OUT, header("gen_unicode_names.py").encode("ascii") + bytes(out), binary=True)
print(f"{OUT}: {len(out)} bytes, {len(entries)} names ({n_alias} aliases), "
      f"{len(words)} words, families: " +
      ", ".join(f"{p}({len(c)})" for p, c in fams))
