def f(a):
    def g():
        return [a + i for i in range(3)]
    return g
