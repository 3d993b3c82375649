# python.gram: invalid_star_etc (param_maybe_default* between the stars)
def f(*a, b=1, c, *d): pass
