def f(a):
    class C:
        def m(self):
            return a
    return C
