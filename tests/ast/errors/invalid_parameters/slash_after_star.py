# python.gram: invalid_parameters (/ must be ahead of *)
def f(a, *, b, /): pass
