# python.gram: star_etc ('*' param_no_default param_maybe_default* [kwds]), kwds
def f(*args): pass
def g(*args, **kwargs): pass
def h(**kwargs): pass
def i(*args, a, b=1, **kw): pass
def j(a, *args): pass
