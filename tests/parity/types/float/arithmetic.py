# Float arithmetic: division by zero, modulo signs, floor division, inf and nan propagation.
inf, nan = float("inf"), float("nan")
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 7.5 % -2, divmod(-7.5, 2))
print(inf + 1, inf - inf, inf * 0, nan + 1, -inf * -1, 1 / inf, inf // 1, inf % 2 if False else 5 % inf)
print(-5 % inf, 0.0 * -1, -0.0 + 0.0, 1e308 + 1e308, 2.0 ** 1023 * 2 if False else 2.0 ** -1075)
print(0.0 ** 0, 2 ** 0.5, (-8) ** (1 / 3), (-1.0) ** 0.5)
print(round(2.675, 2), round(0.5), round(1.5), round(-0.5), round(2.5), round(1234.5678, -2))
print(3.0 == 3, 0.1 * 3, 1.1 + 2.2, 1e16 + 1)
for f in (lambda: 1.0 / 0, lambda: 1.0 % 0, lambda: 0.0 ** -1, lambda: 10.0 ** 400):
    try:
        f()
    except (ZeroDivisionError, OverflowError) as e:
        print(type(e).__name__, e)
round(inf)
