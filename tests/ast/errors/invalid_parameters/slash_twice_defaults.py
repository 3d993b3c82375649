# python.gram: invalid_parameters (slash_with_default param_maybe_default* '/')
def f(a=1, /, b=2, /): pass
