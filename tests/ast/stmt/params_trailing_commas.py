# python.gram: param_no_default / param_with_default (',' and &')' forms)
def f(a,): pass
def g(a=1,): pass
def h(*a,): pass
def i(**k,): pass
def j(a, /,): pass
def k(*, a,): pass
def l(
    a,
    b=1,
    *c,
    d,
    **e,
): pass
