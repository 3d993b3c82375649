# ast.dump: None inside a list is printed (kw_defaults, Dict keys)
def f(*, a, b=1): pass
d = {**x, 'k': 1, **y}
