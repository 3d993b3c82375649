# Reflected dunders are tried when the left operand does not support the operation.
class R:
    def __repr__(self):
        return "R"

    def __radd__(self, o): return f"radd({o})"
    def __rsub__(self, o): return f"rsub({o})"
    def __rmul__(self, o): return f"rmul({o})"
    def __rmatmul__(self, o): return f"rmatmul({o})"
    def __rtruediv__(self, o): return f"rtruediv({o})"
    def __rfloordiv__(self, o): return f"rfloordiv({o})"
    def __rmod__(self, o): return f"rmod({o})"
    def __rdivmod__(self, o): return f"rdivmod({o})"
    def __rpow__(self, o, mod=None): return f"rpow({o}, {mod})"
    def __rlshift__(self, o): return f"rlshift({o})"
    def __rrshift__(self, o): return f"rrshift({o})"
    def __rand__(self, o): return f"rand({o})"
    def __rxor__(self, o): return f"rxor({o})"
    def __ror__(self, o): return f"ror({o})"


r = R()
print(1 + r, 2 - r, 3 * r, 4 @ r, 5 / r, 6 // r, 7 % r)
print(divmod(8, r), 9 ** r, pow(9, r))
print(10 << r, 11 >> r, 12 & r, 13 ^ r, 14 | r)
print("s" + r, [1] * r)
try:
    pow(2, r, 5)
except TypeError as e:
    print(e)
