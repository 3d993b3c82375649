# bytes repr escapes, comparisons, hashing and equality with other buffer types.
for v in (b"", b"'", b'"', b"'\"", b"\t\n\r\\", b"\x00\x7f\x80\xff", b"abc"):
    print(repr(v))
print(b"a" < b"b", b"ab" < b"abc", b"" == bytearray(), b"x" == memoryview(b"x"), b"x" == "x")
print(hash(b"abc") == hash(b"abc"), {b"k": 1}[b"k"], bytes([1, 2]) == b"\x01\x02")
print(sorted([b"b", b"a", b"ab"]), max(b"xyz"), sum(b"\x01\x02"))
print(str(b"x"), ascii(b"x"))
