# bytes %-formatting, hex/fromhex round trips, and bytes from various iterables.
print(b"%d%%" % 50, b"%-5s|" % b"ab", b"%05.1f" % 3.14159, b"%x" % 255, b"%a" % "é", b"%(k)s" % {b"k": b"v"})
print(bytes.fromhex("00ff10").hex(), bytes(reversed(b"abc")), bytes(x * 2 for x in b"\x01\x02"))
print(b"abc".hex(sep=" "), b"".hex(), bytes.fromhex("0a 0b\n0c"), b"\x00" * 3)
for fmt, arg in ((b"%s", "str"), (b"%c", 256), (b"%d", b"1"), (b"%q", 1)):
    try:
        fmt % arg
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(b"%b" % bytearray(b"x"), b"%s" % memoryview(b"mv"))
b"%s" % 1.5
