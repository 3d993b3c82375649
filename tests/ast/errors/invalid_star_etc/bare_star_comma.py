# python.gram: invalid_star_etc ('*' ',' ')')
def f(*,): pass
