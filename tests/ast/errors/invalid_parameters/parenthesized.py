# python.gram: invalid_parameters (Function parameters cannot be parenthesized)
def f((a, b)): pass
