# A keyword argument whose name is an expression.
def f(**kw):
    return kw


f(a.b=1)
