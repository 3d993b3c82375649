# str.encode and bytes.decode with codecs and error handlers.
s = "café ☃ 😀"
print(s.encode(), s.encode("utf-8"), s.encode("utf-16-le"), s.encode("latin-1", "replace"))
print(s.encode("ascii", "ignore"), s.encode("ascii", "xmlcharrefreplace"), s.encode("ascii", "backslashreplace"))
print(b"caf\xc3\xa9".decode(), b"caf\xe9".decode("latin-1"), b"\xff\xfeA\x00".decode("utf-16"))
print(b"a\xffb".decode("utf-8", "replace"), b"a\xffb".decode("utf-8", "ignore"), b"a\xffb".decode("utf-8", "backslashreplace"))
print(repr(b"a\xffb".decode("utf-8", "surrogateescape")), "a\udcffb".encode("utf-8", "surrogateescape"))
print("ß".encode("cp1252"), "€".encode("cp1252"), "x".encode("UTF8"), "y".encode(encoding="ascii"))
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print(e, e.start, e.end, e.reason, e.encoding)
try:
    b"\xc3".decode()
except UnicodeDecodeError as e:
    print(e, e.object, e.start, e.end)
try:
    "x".encode("no-such-codec")
except LookupError as e:
    print(e)
b"\x80abc".decode("ascii")
