# Very large and very small numeric literals, hex floats via float.fromhex, and underscores in exponents.
print(123_456_789_012_345_678_901_234_567_890 % 97, 0xDEAD_BEEF_CAFE_BABE, 0o7_7_7, 0b_1111_1111)
print(1e-323, 2.4703282292062328e-324, 1.7976931348623158e308, 1e309, 9007199254740993.0)
print(1_2.3_4e1_0, .000_1, 1_0j, 0.0e0, 00.5, 0e0)
print(float.fromhex("0x1.fffffffffffffp1023"), (0.1).hex(), 0x10 * 1.0)
