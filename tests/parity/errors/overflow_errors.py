# OverflowError texts: float conversions, ranges, repetition, exponents.
import math
for f in (lambda: float(10**400), lambda: 2.0 ** 5000, lambda: math.exp(1000),
          lambda: int(float("inf")), lambda: [0] * (2**63), lambda: len(range(2**64)),
          lambda: chr(2**40), lambda: (10**400) / 1, lambda: round(1e308, -400)):
    try:
        print(f())
    except (OverflowError, MemoryError, ValueError) as e:
        print(type(e).__name__, e)
int(float("-inf"))
