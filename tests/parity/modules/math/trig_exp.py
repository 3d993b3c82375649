# math trigonometric, hyperbolic, exponential and special functions (exactly representable results).
import math
print(math.sin(0), math.cos(0), math.tan(0), math.asin(1), math.acos(1), math.atan(1), math.atan2(1, 1), math.atan2(-0.0, -1))
print(math.sinh(0), math.cosh(0), math.tanh(0), math.asinh(0), math.acosh(1), math.atanh(0))
print(math.degrees(math.pi), math.radians(180), math.exp(0), math.expm1(0), math.pow(2, 10), math.pow(0.0, 0.0))
print(math.erf(0), math.erfc(0), math.gamma(5), math.lgamma(1), math.gamma(0.5) ** 2 - math.pi < 1e-12)
print(math.exp(1) == math.e, round(math.sin(math.pi), 10), math.cos(math.pi), math.hypot(), math.pow(-2, 3))
