# math constants and basic functions with exact outputs.
import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.sqrt(2), math.isqrt(10**20 + 1), math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.fabs(-3))
print(math.factorial(20), math.gcd(12, 18, 30), math.gcd(), math.lcm(4, 6, 10), math.lcm(), math.comb(10, 3), math.perm(5, 2), math.perm(5))
print(math.copysign(1, -0.0), math.fmod(-7, 3), math.remainder(7, 3), math.modf(-3.25), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.isfinite(1e308), math.isinf(-math.inf), math.isnan(math.nan), math.isclose(1.0, 1.0 + 1e-10), math.isclose(1, 1.1, rel_tol=0.2))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2], start=5), math.fsum([0.1] * 10), math.sumprod([1, 2], [3, 4]))
print(math.dist((0, 0), (3, 4)), math.hypot(3, 4, 12), math.nextafter(1.0, 2.0), math.ulp(1.0), math.nextafter(0.0, 1.0, steps=2))
print(math.cbrt(27), math.exp2(10), math.fma(2.0, 3.0, 1.0), math.log(math.e), math.log(8, 2), math.log2(1024), math.log10(0.001), math.log1p(0))
