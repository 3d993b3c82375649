# Parameter kinds: positional-only, keyword-only, defaults evaluated once, *args and **kwargs.
def f(a, b=[], /, c=None, *args, d, e=5, **kwargs):
    b.append(a)
    return a, b, c, args, d, e, kwargs


print(f(1, d=0))
print(f(2, d=0))
print(f(1, [9], 3, 4, 5, d=6, x=7, b=8))


def g(*, key):
    return key


print(g(key=1), g(**{"key": 2}))


def h(x, y, z):
    return x, y, z


print(h(*[1, 2], 3), h(1, *(2,), **{"z": 3}), h(*"ab", z=None), h(**{"x": 1, "y": 2, "z": 3}))
print(f.__defaults__)
try:
    h(1, 2, 3, 4)
except TypeError as e:
    print(e)
g(1)
