# math functions on inf, nan and signed zeros.
import math
inf, nan = math.inf, math.nan
print(math.floor(-0.0), math.copysign(0.0, -1), math.sqrt(-0.0), math.atan2(0.0, -0.0), math.atan2(-0.0, 0.0))
print(math.exp(-inf), math.log(inf), math.tanh(inf), math.atan(inf), math.fabs(-inf), math.hypot(inf, nan))
print(math.isnan(math.fmod(1.0, nan)), math.isinf(inf), math.frexp(inf)[0], math.modf(-inf))
print(math.fsum([inf, 1.0]), math.fsum([1e308, -1e308, 1.0]))
print(math.trunc(-0.9), math.ceil(-0.5), math.isclose(inf, inf), math.isclose(nan, nan), math.copysign(nan, -1))
for f in (lambda: math.fsum([1e308, 1e308, -1e308]), lambda: math.fsum([inf, -inf]), lambda: math.floor(inf), lambda: math.ceil(nan), lambda: math.trunc(inf)):
    try:
        f()
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
