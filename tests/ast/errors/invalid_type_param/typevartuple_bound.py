# python.gram: invalid_type_param (cannot use bound with TypeVarTuple)
def f[*Ts: int](): pass
