# python.gram: invalid_star_etc (named arguments must follow bare *)
def f(*): pass
