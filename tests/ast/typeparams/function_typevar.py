# python.gram: type_params, type_param_seq, type_param (TypeVar)
def f[T](x: T) -> T: pass
def g[T, U,](x): pass
