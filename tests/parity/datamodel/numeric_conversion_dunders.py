# __int__, __float__, __complex__, __round__, __trunc__, __floor__, __ceil__, __abs__, __neg__.
import math


class Num:
    def __int__(self): return 7
    def __float__(self): return 7.5
    def __complex__(self): return 7 + 1j
    def __round__(self, n=None): return f"round({n})"
    def __trunc__(self): return "trunc"
    def __floor__(self): return "floor"
    def __ceil__(self): return "ceil"
    def __abs__(self): return "abs"
    def __neg__(self): return "neg"
    def __pos__(self): return "pos"
    def __invert__(self): return "invert"


n = Num()
print(int(n), float(n), complex(n), round(n), round(n, 2))
print(math.trunc(n), math.floor(n), math.ceil(n), abs(n), -n, +n, ~n)


class OnlyIndex:
    def __index__(self): return 4


print(int(OnlyIndex()), float(OnlyIndex()), complex(OnlyIndex()))


class BadInt:
    def __int__(self): return "7"


int(BadInt())
