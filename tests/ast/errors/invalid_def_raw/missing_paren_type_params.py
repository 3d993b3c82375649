# python.gram: invalid_def_raw ([type_params] &&'(')
def f[T]:
    pass
