# __build_class__ is what the class statement calls; calling it directly and replacing it.
import builtins


# A class body runs with the namespace as its locals: build one from module-level code.
body = type(lambda: 0)(compile("x = 1\ndef method(self):\n    return 'm'\n", "<body>", "exec"), globals())


C = __build_class__(body, "C")
print(C.__name__, C.x, C().method(), C.__qualname__)
D = __build_class__(body, "D", C)
print(D.__mro__[1].__name__)
orig = builtins.__build_class__


def spy(func, name, *bases, **kw):
    print("building", name, [b.__name__ for b in bases], kw)
    return orig(func, name, *bases, **kw)


builtins.__build_class__ = spy


class E(C, metaclass=type):
    pass


builtins.__build_class__ = orig
for args in ((), (1, "x"), (body,), (body, 1)):
    try:
        __build_class__(*args)
    except TypeError as e:
        print(e)
