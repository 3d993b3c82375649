# python.gram: invalid_parameters (/ must be ahead of *, with *args)
def f(*args, /): pass
