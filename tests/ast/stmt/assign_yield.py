# python.gram: annotated_rhs (yield_expr)
def f():
    x = yield
    y = yield 1
    z = yield from g()
