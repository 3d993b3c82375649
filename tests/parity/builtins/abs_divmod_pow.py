# abs, divmod and pow across int, float, complex, bool, with modular pow and errors.
print(abs(-3), abs(-3.5), abs(3 + 4j), abs(True), abs(-0.0), abs(float("-inf")), abs(-10**30))
print(divmod(7, 3), divmod(-7, 3), divmod(7.5, 2), divmod(-7.5, 2), divmod(True, 2), divmod(10**20, 7))
print(pow(2, 10), pow(2, -1), pow(2.0, 3), pow(-8, 1 / 3).real > 0, pow(2, 10, 1000), pow(3, -2, 7), pow(0, 0))
print(pow(base=2, exp=3), pow(2, 3, mod=5), pow(1j, 2), pow(-2, 2), pow(-2.0, 0.5))
for f in (lambda: divmod(1, 0), lambda: divmod(1j, 1), lambda: pow(2, 3.0, 5), lambda: pow(2, -1, 6),
          lambda: pow(2, 2, 0), lambda: abs(None), lambda: divmod("a", 1)):
    try:
        f()
    except (ZeroDivisionError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
