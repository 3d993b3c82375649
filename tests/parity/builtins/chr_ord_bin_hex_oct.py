# chr, ord, bin, hex, oct, and ascii with boundaries and errors.
print(chr(0) == "\x00", chr(65), chr(0x10FFFF) == "\U0010FFFF", ord("A"), ord("\U0001F600"), ord(b"a"), ord(bytearray(b"z")))
print(bin(0), bin(5), bin(-5), hex(255), hex(-255), oct(8), oct(-8), hex(2**64), bin(True))
print(ascii("héllo"), ascii([1, "é"]), ascii("\n"), ascii(b"\xff"), ascii("😀"))
for f in (lambda: chr(0x110000), lambda: chr(-1), lambda: ord(""), lambda: ord("ab"), lambda: ord(1),
          lambda: bin(1.5), lambda: hex("a"), lambda: oct(None), lambda: chr(2**70)):
    try:
        f()
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
