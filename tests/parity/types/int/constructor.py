# int(): strings in every base, underscores, whitespace, base 0, and floats truncated.
print(int("42"), int("  -42\n"), int("+7"), int("1_000"), int("0x1f", 16), int("1f", 16))
print(int("0b101", 0), int("0o17", 0), int("0x_ff", 0), int("10", 0), int("z", 36), int("Z", 36))
print(int("١٢٣"), int("１２"), int(3.99), int(-3.99), int(True), int(b"12"), int(bytearray(b"7")))
print(int(), int("0"), int("-0"), int("00"), int("0", 0))
for bad in ("", " ", "1_", "_1", "1__0", "0x", "12a", "1.0", "010"):
    for base in (10, 0):
        try:
            int(bad, base)
        except ValueError as e:
            print(repr(bad), base, e)
int("9" * 5000)
