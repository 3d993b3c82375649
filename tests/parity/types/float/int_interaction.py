# Mixed int/float arithmetic and comparison at the edges of float precision.
big = 2**53
print(big + 1 == float(big + 1), float(big + 1), big + 1.0, (big + 1) * 1.0 == big, int(float(big + 1)))
print(10**16 + 1.0, 10**16 + 2.0, 0.1 * 3 == 0.3, 1 / 10 == 0.1, 3 * 0.1, 1.0 == 1, 1.5 == 3 / 2)
print(2**63 == 2.0**63, 2**63 + 1 > 2.0**63, float(2**63 + 1) == 2.0**63, 10**400 > float("inf") * 0 if False else 10**308 < 1e308 * 10)
print(divmod(10**20, 3.0), 7 // 2.0, -7 // 2.0, 7 % -2.0, int(1e20), int(-1.5e-300), round(2**53 + 0.5))
print(float.__truediv__(1.0, 3), float.__rtruediv__(3.0, 1), (1.5).__floor__(), (1.5).__ceil__(), (-1.5).__trunc__())
