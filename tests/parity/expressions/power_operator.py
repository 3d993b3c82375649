# The power operator: int results, float results for negative exponents, complex for fractional negatives.
print(2 ** 10, 2 ** -2, (-2) ** 3, (-8) ** (1 / 3), 0 ** 0, 0.0 ** 0, 10 ** 0.5, 4 ** 0.5)
print(type(2 ** 2).__name__, type(2 ** -2).__name__, type((-8) ** 0.5).__name__, (-1) ** 0.5)
print(pow(2, 100) == 2 ** 100, 2 ** 3 ** 2, -3 ** 2, (-3) ** 2, 1.0000001 ** 1e7 < 3)
print(True ** 5, 2 ** True, 1j ** 2, (1 + 1j) ** 2, 2 ** (1 + 1j) == 2 ** (1 + 1j))
x = 3
x **= 3
print(x, 0 ** 5, 5 ** 0, 1 ** float("nan"), float("nan") ** 0)
