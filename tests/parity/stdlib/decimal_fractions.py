# decimal and fractions: exact arithmetic, contexts, rounding, and conversions.
from decimal import Decimal, getcontext, ROUND_HALF_UP, InvalidOperation
from fractions import Fraction
print(Decimal("0.1") + Decimal("0.2"), Decimal(0.1), Decimal("1.005").quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))
getcontext().prec = 5
print(Decimal(1) / Decimal(7), Decimal("1e10") * 3, Decimal("-0"), Decimal("NaN").is_nan())
print(Fraction(3, 6), Fraction("1/3") + Fraction(1, 6), Fraction(0.5), Fraction(1, 3) * 3, float(Fraction(1, 8)))
print(Fraction(10, 4).limit_denominator(1), Fraction(-7, 2).__floor__(), round(Fraction(5, 2)), Fraction(1, 3) < 0.34)
try:
    Decimal("abc")
except InvalidOperation as e:
    print(type(e).__name__)
try:
    Fraction(1, 0)
except Exception as e:
    print(type(e).__name__, e)
