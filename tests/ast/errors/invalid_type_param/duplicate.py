# duplicate type parameter (symtable check; ast.parse accepts)
def f[T, T](): pass
