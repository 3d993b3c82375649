# Closures capture variables, not values; loop variables and default-argument capture.
def make_adders():
    return [lambda x: x + i for i in range(3)]


print([f(10) for f in make_adders()])
funcs = []
for i in range(3):
    def show(i=i):
        return i
    funcs.append(show)
print([f() for f in funcs])


def counter():
    c = 0

    def get():
        return c
    c = 5
    return get


print(counter()())


def cells():
    a = 1
    f = lambda: a
    a = 2
    g = lambda: a
    return f(), g(), f.__closure__[0] is g.__closure__[0]


print(cells())
