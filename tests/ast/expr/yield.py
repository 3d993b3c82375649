# python.gram: yield_expr
def f():
    yield
    x = yield
    y = yield a, b
    z = yield from c
    w = (yield) + 1
    await_ = yield *a, b
