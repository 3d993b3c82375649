# python.gram: star_etc ('*' ',' param_maybe_default+ [kwds])
def f(*, a): pass
def g(*, a=1, b): pass
def h(*, a, **k): pass
def i(a, *, b=1, c=2): pass
