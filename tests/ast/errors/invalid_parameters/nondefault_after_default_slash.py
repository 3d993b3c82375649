# python.gram: invalid_parameters (invalid_parameters_helper slash_with_default, then param_no_default)
def f(a=1, /, b): pass
