# Comparisons between ints, floats, bools and big values, exact across types.
print(1 == 1.0, 2**53 + 1 == float(2**53 + 1), 2**53 + 1 > float(2**53), 10**400 > 1e308)
print(-10**400 < float("-inf"), 10**400 < float("inf"), 1 < float("nan"), 1 == float("nan"))
print(max(1, 2.0, True), min(-1, -1.0), sorted([3, 1.5, True, -2]))
print(hash(2**100) == hash(2**100 % (2**61 - 1)), hash(-(2**100)) == -hash(2**100))
print(0 == -0, 0 == False, (1).__eq__(1.0), (1).__eq__("1"))
