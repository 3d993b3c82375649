# Method resolution order by C3 linearisation, super() along the MRO, and a conflict.
class A:
    def who(self): return "A"


class B(A):
    def who(self): return "B>" + super().who()


class C(A):
    def who(self): return "C>" + super().who()


class D(B, C):
    def who(self): return "D>" + super().who()


print([k.__name__ for k in D.__mro__])
print(D().who())
print(D.mro() == list(D.__mro__))


class X: pass
class Y: pass
class P(X, Y): pass
class Q(Y, X): pass


class Bad(P, Q):
    pass
