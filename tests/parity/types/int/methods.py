# int methods: bit_length, bit_count, to_bytes, from_bytes, as_integer_ratio, is_integer.
for n in (0, 1, 255, -255, 2**64, -(2**64)):
    print(n, n.bit_length(), n.bit_count(), n.as_integer_ratio(), n.is_integer())
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (-1).to_bytes(2, "big", signed=True))
print((255).to_bytes(), (0).to_bytes(0, "big"), (65535).to_bytes(3, byteorder="little"))
print(int.from_bytes(b"\x00\x10", "big"), int.from_bytes(b"\xff\xff", "little", signed=True))
print(int.from_bytes([1, 2, 3], "big"), int.from_bytes(b"", "big"), int.from_bytes(b"\x80"))
print((5).conjugate(), (5).real, (5).imag, (5).numerator, (5).denominator)
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print(e)
try:
    (-1).to_bytes(1, "big")
except OverflowError as e:
    print(e)
(1).to_bytes(1, "middle")
