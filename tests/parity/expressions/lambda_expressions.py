# Lambdas: defaults, varargs, keyword-only, closures, immediately called, and in sorting.
add = lambda a, b=10, *rest, c=0, **kw: (a + b + sum(rest) + c, kw)
print(add(1), add(1, 2, 3, 4, c=5, d=6), (lambda: "now")(), (lambda *a: a)(1, 2))
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)), list(map(lambda x: x ** 2, range(4))))
make = lambda n: lambda x: x * n
print(make(3)(4), make(2)("ab"), (lambda x, /, y: (x, y))(1, y=2))
print(type(add).__name__, add.__name__, (lambda: (yield))().__class__.__name__)
f = lambda: undefined_name
f()
