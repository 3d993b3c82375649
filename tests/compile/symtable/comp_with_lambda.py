def f():
    x = 1
    return [lambda: x + i for i in range(3)]
