# python.gram: invalid_assignment (yield_expr in target position after a chain)
def f():
    x = yield y = 1
