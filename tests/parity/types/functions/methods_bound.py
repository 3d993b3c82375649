# Bound methods: __self__, __func__, equality, and calling through the class.
class A:
    def m(self, x):
        return (type(self).__name__, x)


a = A()
bm = a.m
print(bm(1), A.m(a, 2), bm.__self__ is a, bm.__func__ is A.m, bm.__name__, bm.__qualname__)
print(a.m == a.m, a.m is a.m, A().m == a.m, type(bm).__name__, type(A.m).__name__)
print(bm.__doc__, hasattr(bm, "__wrapped__"))
f = [1, 2].append
print(type(f).__name__, f.__self__, f.__name__, f.__qualname__)
s = "abc".upper
print(s(), s.__self__)
bm.attr = 1
