# python.gram: invalid_kwds (arguments cannot follow var-keyword argument)
def f(**k, a): pass
