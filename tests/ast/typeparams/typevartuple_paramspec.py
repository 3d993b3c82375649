# python.gram: type_param ('*' NAME / '**' NAME)
def f[*Ts](): pass
def g[**P](): pass
def h[T, *Ts, **P](): pass
