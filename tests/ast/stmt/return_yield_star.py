# python.gram: return_stmt and yield_expr with star_expressions
def f():
    return *a, *b
def g():
    yield *a, b
    x = yield
    y = yield from z
    await_ = (yield)
    return
