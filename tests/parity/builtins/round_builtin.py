# round(): banker's rounding, ndigits (negative too), int and float results, and __round__.
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(3.7), round(-3.7))
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2), round(12345, -2), round(15, -1), round(25, -1))
print(round(1234.5678, 1), round(1234.5678, -1), round(1e300, -299), round(5e-324, 400), round(0.1, 30))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(7, 1)).__name__, round(7, -5))
print(round(-0.0), round(-0.4), round(-0.4, 1), round(True), round(10**30 + 1, -29))
for f in (lambda: round(float("inf")), lambda: round(float("nan")), lambda: round("1"), lambda: round(1, 1.5)):
    try:
        f()
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(round(float("inf"), 2), round(float("nan"), 1))
