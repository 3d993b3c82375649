# python.gram: invalid_parameters (single parenthesized parameter)
def f((a)): pass
