# python.gram: invalid_default (expected default value expression, before ',')
def f(a=, b=1): pass
