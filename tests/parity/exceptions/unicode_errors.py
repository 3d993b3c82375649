# UnicodeError subclasses: attributes and str() for encode, decode and translate errors.
e = UnicodeEncodeError("ascii", "aé", 1, 2, "ordinal not in range(128)")
print(str(e), e.encoding, e.object, e.start, e.end, e.reason)
e = UnicodeDecodeError("utf-8", b"a\xff\xfe", 1, 3, "invalid start byte")
print(str(e), e.object, e.start, e.end)
e = UnicodeDecodeError("utf-8", b"a\xff", 1, 2, "invalid start byte")
print(str(e))
e = UnicodeTranslateError("a\u1234", 1, 2, "no mapping")
print(str(e), e.encoding)
print(issubclass(UnicodeError, ValueError), UnicodeEncodeError.__mro__[1].__name__)
try:
    "\udcff".encode("utf-8")
except UnicodeEncodeError as err:
    print(err)
b"\xe4\xbd".decode("utf-8")
