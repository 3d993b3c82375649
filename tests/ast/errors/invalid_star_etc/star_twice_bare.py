# python.gram: invalid_star_etc ('*' ',' param_maybe_default* '*' ',')
def f(*, a, *, b): pass
