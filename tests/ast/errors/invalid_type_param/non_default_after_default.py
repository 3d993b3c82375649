# non-default type parameter after a default one (compiler check; ast.parse accepts)
def f[T = int, U](): pass
