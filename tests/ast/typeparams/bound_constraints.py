# python.gram: type_param_bound
def f[T: int](): pass
def g[T: (int, str)](): pass
def h[T: "Fwd"](): pass
