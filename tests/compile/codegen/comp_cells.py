def f():
    return [lambda: x for x in range(3)]
def g():
    y = 1
    return [lambda: y for x in range(3)]
