# python.gram: augassign with yield_expr and star_expressions on the right
def f():
    x += yield
    y -= yield from z
    w *= 1, 2
