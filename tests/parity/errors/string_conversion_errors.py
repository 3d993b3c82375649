# Errors converting between str and bytes without encodings, and mixing them in operations.
for f in (lambda: str(b"x", "no-such-codec"), lambda: b"x" + "y", lambda: "y" + b"x", lambda: b"abc".find("a"),
          lambda: "abc".startswith(b"a"), lambda: b",".join(["a"]), lambda: ",".join([b"a"]), lambda: bytes("x", "ascii", "bogus-handler"),
          lambda: "x" in b"xyz", lambda: "é".encode("ascii")):
    try:
        f()
    except (TypeError, LookupError, UnicodeError) as e:
        print(type(e).__name__, e)
b"x" < "x"
