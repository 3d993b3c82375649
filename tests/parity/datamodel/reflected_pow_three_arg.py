# Ternary pow() does not try __rpow__; two-argument pow does; __ipow__ fallback.
class P:
    def __pow__(self, other, mod=None):
        return f"__pow__({other}, {mod})"

    def __rpow__(self, other, mod=None):
        return f"__rpow__({other}, {mod})"


p = P()
print(p ** 2, pow(p, 2), pow(p, 2, 5), 2 ** p, pow(2, p))
x = P()
x **= 3
print(x)
try:
    pow(2, p, 5)
except TypeError as e:
    print(e)
