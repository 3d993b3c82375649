# annotation colon without expression: invalid syntax
def f(a:): pass
