# python.gram: invalid_type_param (cannot use constraints with TypeVarTuple)
def f[*Ts: (int, str)](): pass
