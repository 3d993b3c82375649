def g():
    x = yield
    y = yield 1
    yield from z
