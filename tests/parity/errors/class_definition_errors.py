# Errors raised while creating classes: bad bases, duplicate bases, final types, and bad metaclasses.
for src in ("class A(1): pass", "class A(int, int): pass", "class A(bool): pass", "class A(object, object): pass",
            "class A(metaclass=1): pass", "class A(len): pass", "class A(type(None)): pass", "class A(range): pass"):
    try:
        exec(src)
        print(src, "-> ok")
    except TypeError as e:
        print(src, "->", e)


class B(str, int):
    pass
