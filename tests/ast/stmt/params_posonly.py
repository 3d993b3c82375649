# python.gram: slash_no_default, slash_with_default
def f(a, /): pass
def g(a, /, b): pass
def h(a, b=1, /, c=2): pass
def i(a=1, /): pass
def j(a, /, *, b): pass
def k(a, b, /, c, *d, e, **f): pass
def l(a=1, /, *b): pass
def m(a, b=2, /, **k): pass
