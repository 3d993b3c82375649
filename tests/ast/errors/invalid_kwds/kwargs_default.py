# python.gram: invalid_kwds (var-keyword argument cannot have default value)
def f(**k=1): pass
