def f(a):
    def g():
        return a
    return g
