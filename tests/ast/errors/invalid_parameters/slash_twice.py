# python.gram: invalid_parameters (/ may appear only once)
def f(a, /, b, /): pass
