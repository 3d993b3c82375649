# Class scopes are not enclosing scopes for methods; comprehensions in class bodies.
x = "module"


class C:
    x = "class"
    y = x + "!"
    names = [x for _ in range(1)]
    values = [y for y in range(2)]

    def method(self):
        return x

    def method2(self):
        return C.x


print(C.y, C.names, C.values, C().method(), C().method2())


class D:
    a = 1
    b = [a + i for i in range(2)] if False else None
    try:
        c = [a for i in range(2)]
    except NameError as e:
        err = str(e)


print(D.c if hasattr(D, "c") else D.err)


def f():
    v = "function local"

    class Inner:
        w = v
    return Inner.w


print(f())
