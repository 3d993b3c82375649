# dir, vars, locals and globals in module, function and class scopes.
x = 1


class K:
    cls_attr = 2

    def __init__(self):
        self.inst = 3

    def __dir__(self):
        return ["b", "a", "c"]


def f(p):
    q = 2
    print(sorted(locals()), sorted(dir()))
    return locals()


print(sorted(k for k in globals() if not k.startswith("__")))
print(f(1), vars(K()), dir(K()), "cls_attr" in dir(K), "inst" in dir(K))
print("__name__" in dir(), dir() == sorted(globals()))
print(sorted(vars(K))[:3], type(vars(K)).__name__)
for obj in (1, "s", None):
    try:
        vars(obj)
    except TypeError as e:
        print(e)
vars(1, 2)
