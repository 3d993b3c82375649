# del of locals, globals, attributes, items and slices; del of names bound in enclosing scopes.
g = 1


def f():
    global g
    del g


f()
print("g" in globals())
x = [1, 2, 3, 4]
del x[0], x[-1]
print(x)


class O:
    pass


o = O()
o.a = 1
del o.a
print(vars(o))


def outer():
    v = 1

    def inner():
        nonlocal v
        del v
    inner()
    try:
        return v
    except NameError as e:
        return str(e)


print(outer())
a, b = 1, 2
del (a, b)
print("a" in globals(), "b" in globals())
del o.missing
