# python.gram: invalid_parameters (slash_no_default? param_no_default* helper param_no_default)
def f(a, /, b=1, c): pass
