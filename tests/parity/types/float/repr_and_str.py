# float repr: shortest round-tripping digits, exponents, inf and nan.
for x in (0.1, 1/3, 1e16, 1e-7, 123456789.123, 1e22, 1e23, 5e-324, 1.7976931348623157e308,
          -0.0, 2.5, 100.0, 1e15, 1e-4, 0.0001234, float("inf"), float("-inf"), float("nan")):
    print(repr(x), str(x))
print(0.1 + 0.2 == 0.3, round(0.1 + 0.2, 15) == 0.3)
print(float("1e500"), float("-1e500"), float("1e-500"))
