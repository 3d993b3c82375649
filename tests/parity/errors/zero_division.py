# ZeroDivisionError texts for every numeric type and operator.
import math
for f in (lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: divmod(1, 0), lambda: 1.0 / 0,
          lambda: 1.0 // 0.0, lambda: 1.0 % 0.0, lambda: 1j / 0, lambda: 0 ** -1,
          lambda: 0.0 ** -1, lambda: pow(2, -1, 4), lambda: math.fmod(1, 0)):
    try:
        f()
    except (ZeroDivisionError, ValueError) as e:
        print(type(e).__name__, e)
print(10 % 3, -10 % 3)
print(10 // (3 - 3))
