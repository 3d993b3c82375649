def f():
    return [[a + b for a in range(b)] for b in range(3)]
