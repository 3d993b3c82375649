# object(), type() with 1 and 3 arguments, and classmethod/staticmethod/property as builtins.
print(type(object()).__name__, type(5).__name__, type("", (), {}).__name__, type("X", (int,), {})(3) + 1)
X = type("X", (), {"f": staticmethod(lambda: "static"), "g": classmethod(lambda c: c.__name__),
                   "p": property(lambda s: "prop")})
print(X.f(), X.g(), X().p)
for f in (lambda: type(), lambda: type("a", 1, {}), lambda: type("a", (), 1), lambda: type(1, (), {}),
          lambda: object(1), lambda: property(1, 2, 3, 4, 5)):
    try:
        f()
    except TypeError as e:
        print(e)
