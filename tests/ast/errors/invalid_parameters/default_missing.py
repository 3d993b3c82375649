# python.gram: invalid_default (expected default value expression)
def f(a=): pass
