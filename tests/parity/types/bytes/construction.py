# bytes(): from ints, iterables, str with encoding, buffers, and the errors.
print(bytes(), bytes(3), bytes([65, 66]), bytes(range(3)), bytes("é", "utf-8"), bytes(b"ab"))
print(bytes(bytearray(b"x")), bytes(memoryview(b"mv")), b"\x00\xff", bytes.fromhex("de ad BE EF"))
print(bytes.fromhex(""), b"abc".hex(), b"abc".hex("-"), b"abcdef".hex(":", 2), b"abcdef".hex(" ", -4))
for f in (lambda: bytes(-1), lambda: bytes([300]), lambda: bytes("x"), lambda: bytes([1.0]),
          lambda: bytes.fromhex("zz"), lambda: bytes.fromhex("a"), lambda: bytes(1, 2)):
    try:
        f()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
bytes(None)
