class C:
    x = 1
    def f[T: x](self): pass
