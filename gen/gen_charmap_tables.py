"""Write interp/codecs/src/charmap_tables.rs: CPython 3.14's single-byte
("charmap") codecs whose bytes below 0x80 are ASCII, as each byte decodes.

Run: python3.14 gen/gen_charmap_tables.py (gen/regen.sh runs it).
"""
import codecs, encodings, encodings.aliases, sys

from genlib import header, require_314, write

require_314()

CODECS = """cp1250 cp1251 cp1252 cp1253 cp1254 cp1255 cp1256 cp1257 cp1258
iso8859_2 iso8859_3 iso8859_4 iso8859_5 iso8859_6 iso8859_7 iso8859_8 iso8859_9 iso8859_10
iso8859_11 iso8859_13 iso8859_14 iso8859_15 iso8859_16 koi8_r koi8_u koi8_t kz1048 ptcp154
cp437 cp737 cp775 cp850 cp852 cp855 cp857 cp858 cp860 cp861 cp862 cp863 cp865 cp866
cp869 cp874 cp1125 mac_roman mac_cyrillic mac_greek mac_iceland mac_latin2 mac_turkish
mac_croatian mac_romanian mac_arabic mac_farsi hp_roman8 tis_620""".split()

rows = []
for name in CODECS:
    table = []
    for b in range(256):
        try:
            ch = bytes([b]).decode(name)
            assert len(ch) == 1 and ord(ch) < 0xFFFF
            table.append(ord(ch))
        except UnicodeDecodeError:
            table.append(0xFFFF)
    assert all(table[i] == i for i in range(128)), name
    err = None
    rows.append((name, table[128:]))

out = [header("gen_charmap_tables.py")]
out.append(f"// From CPython {sys.version.split()[0]}'s single-byte codecs.\n\n")
out.append("/// (codec name, the characters of bytes 0x80..=0xFF; 0xFFFF: undefined).\n")
out.append("pub static CHARMAPS: &[(&str, [u16; 128])] = &[\n")
for name, t in rows:
    out.append(f'    ("{name}", [\n')
    for i in range(0, 128, 8):
        out.append("        " + " ".join(f"0x{x:04X}," for x in t[i:i + 8]) + "\n")
    out.append("    ]),\n")
out.append("];\n")
write("interp/codecs/src/charmap_tables.rs", "".join(out))
print(len(rows), "codecs")
