def f():
    x = 1
    def g():
        nonlocal x
        x += 1
        del x
    return g
