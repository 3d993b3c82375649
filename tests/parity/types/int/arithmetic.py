# int arithmetic: floor division and modulo signs, true division, big results.
for a, b in ((7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5)):
    print(a, b, a // b, a % b, divmod(a, b), a / b)
print(2 ** 100, (-2) ** 63, 2 ** -1, (-8) ** (1 / 3) if False else (-2) ** -2)
print(10 ** 20 // 3, 10 ** 20 % 7, -(10 ** 20) // 7)
print(pow(3, 200, 1000), pow(-3, 3, 7), pow(3, -1, 7), pow(2, 0, 1))
print(abs(-10**30), -(-5), +5, ~5, ~-1)
print(7 // 1.5, 7 % 1.5, 2 ** 0.5)
print(1 + True, 3 * False)
