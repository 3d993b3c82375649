# nonlocal of a type parameter is not allowed.
def f[T]():
    def g():
        nonlocal T
