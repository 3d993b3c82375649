# python.gram: param_no_default_star_annotation, param_star_annotation, star_annotation (PEP 646)
def f(*args: *Ts): pass
def g(*args: *tuple[int, ...], a, **k): pass
def h(*args: *Ts,): pass
