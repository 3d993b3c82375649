# __slots__: no __dict__, fixed attributes, slot descriptors, and errors.
class P:
    __slots__ = ("x", "y")

    def __init__(self, x):
        self.x = x


p = P(1)
print(p.x, hasattr(p, "__dict__"), type(P.x).__name__, P.__slots__)
try:
    p.y
except AttributeError as e:
    print(e)
try:
    p.z = 3
except AttributeError as e:
    print(e)


class Q(P):
    pass


q = Q(2)
q.z = 3
print(q.z, q.__dict__)


class R(P):
    __slots__ = ("w", "__dict__")


r = R(4)
r.anything = 5
print(r.anything, r.__dict__)
try:
    class Conflict:
        __slots__ = ("a",)
        a = 1
except ValueError as e:
    print(e)
del p.x
del p.x
