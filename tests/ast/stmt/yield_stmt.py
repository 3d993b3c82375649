# python.gram: yield_stmt, yield_expr
def f():
    yield
    yield 1
    yield 1, 2
    yield *a, b
    yield from g
