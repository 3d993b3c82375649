# python.gram: type_param_seq trailing comma; a bound that is any expression
def f[T: (lambda: int)(), U,](): pass
type A[T,] = T
