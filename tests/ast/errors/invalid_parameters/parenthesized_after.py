# python.gram: invalid_parameters (param_no_default* '(' param_no_default+ ','? ')')
def f(x, (a, b,)): pass
