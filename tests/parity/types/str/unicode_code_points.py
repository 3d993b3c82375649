# Unicode handling without unicodedata: code points, surrogates, combining characters, and casefold comparisons.
s = "e\u0301"
t = "\u00e9"
print(s == t, len(s), len(t), s.casefold() == t.casefold(), [hex(ord(c)) for c in s])
print("ß".casefold() == "ss", "ﬀ".upper(), "ǆ".title(), "ΐ".upper(), len("ΐ".upper()))
print("\ud83d\ude00" == "😀", len("\ud83d\ude00"), "😀".encode("utf-16-be"), "😀".encode("utf-32-le"))
print(repr("\ud83d"), "\ud83d".encode("utf-8", "surrogatepass"), "a\u0000b".split("\u0000"))
print(max("aé😀"), min("aé😀"), sorted("😀éa"), "😀" > "\uffff")
