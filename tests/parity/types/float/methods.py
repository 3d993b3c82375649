# float methods: hex, fromhex, as_integer_ratio, is_integer, conjugate, from_number.
for x in (1.0, 0.5, -2.75, 1e-300, 3.141592653589793):
    print(x.hex(), float.fromhex(x.hex()) == x, x.as_integer_ratio(), x.is_integer())
print(float.fromhex("0x1.8p1"), float.fromhex("-0X1P-1074"), float.fromhex(" 0x.8 "), float.fromhex("inf"))
print((2.5).conjugate(), (2.5).real, (2.5).imag, float.from_number(3))
for bad in (float("inf"), float("nan")):
    try:
        bad.as_integer_ratio()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
float.fromhex("0x1p99999")
