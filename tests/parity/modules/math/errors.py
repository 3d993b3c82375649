# math domain and range errors, argument type errors, and integer-only functions.
import math
for f in (lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.log(-1), lambda: math.acos(2), lambda: math.exp(1000),
          lambda: math.factorial(-1), lambda: math.factorial(1.5), lambda: math.isqrt(-1), lambda: math.comb(-1, 2),
          lambda: math.gamma(0), lambda: math.pow(0, -1), lambda: math.fmod(math.inf, 1), lambda: math.ldexp(1, 10**5),
          lambda: math.sqrt("4"), lambda: math.gcd(1.5), lambda: math.log(1, 1), lambda: math.atanh(1),
          lambda: math.perm(3, -1), lambda: math.dist((1,), (1, 2)), lambda: math.floor("x"), lambda: math.ceil(math.nan)):
    try:
        print(f())
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
math.sqrt(-4)
