# python.gram: group ('(' yield_expr ')')
def f():
    (yield x)
    (yield from y)
    a = (yield)
