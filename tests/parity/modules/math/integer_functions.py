# math integer functions on big ints and __index__ objects; floor/ceil dunders.
import math


class I:
    def __index__(self):
        return 6


class Fl:
    def __floor__(self):
        return "floor!"

    def __ceil__(self):
        return "ceil!"


print(math.factorial(I()), math.isqrt(I()), math.comb(I(), 2), math.gcd(I(), 4), math.floor(Fl()), math.ceil(Fl()))
print(math.isqrt(10**40), math.gcd(2**100, 6**50), math.lcm(2**64, 3), math.comb(100, 50), math.perm(20, 10))
print(math.factorial(30), math.floor(10**30 + 0.5) if False else math.floor(1e20), math.ceil(2**70))
print(math.trunc(10**40 / 3) > 0, math.fsum([1e100, 1.0, -1e100, 1e-100]), math.isqrt(0), math.comb(5, 7))
