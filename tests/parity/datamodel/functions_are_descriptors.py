# Functions are non-data descriptors: __get__ binds them; builtins and staticmethods differ.
def f(self, x):
    return (self, x)


class C:
    pass


c = C()
bound = f.__get__(c, C)
print(bound(1)[1], bound.__self__ is c, f.__get__(None, C) is f, type(f.__get__(c)).__name__)
C.method = f
print(c.method(2)[1], C.method is f)
C.builtin = len
print(C.builtin([1, 2]))
c.instance_func = f
try:
    c.instance_func(3)
except TypeError as e:
    print(e)
print(type(len.__get__).__name__ if hasattr(len, "__get__") else "builtins have no __get__")
print(type(str.upper).__name__, type("x".upper).__name__, type(dict.fromkeys).__name__, type(object.__init__).__name__)
