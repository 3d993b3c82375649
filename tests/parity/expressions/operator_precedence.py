# Operator precedence and associativity: **, unary minus, comparisons, bitwise, and not.
print(-2 ** 2, (-2) ** 2, 2 ** -1, 2 ** 3 ** 2, (2 ** 3) ** 2, -2 ** -2)
print(1 + 2 * 3, (1 + 2) * 3, 10 - 4 - 3, 2 * 3 % 4, 7 // 2 * 2, 100 / 10 / 5)
print(1 | 2 ^ 3 & 4, 1 << 2 + 1, (1 << 2) + 1, ~1 + 1, -~1, not 1 == 2, (not 1) == 2)
print(1 < 2 == 2, 1 == 1 in [True], 3 in [3] == [3] if False else 3 in [3], "a" + "b" * 2)
print(True or False and False, (True or False) and False, not True or True, 1 if 0 else 2 or 3)
print(2 + 3 if True else 4, (lambda: 1 if False else 2)())
