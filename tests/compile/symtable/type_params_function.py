def f[T, *Ts, **P](x: T, *args: *Ts) -> T:
    return x
def g[T: int, U: (str, bytes) = str](a: T = 1, *, b: U = 2): pass
