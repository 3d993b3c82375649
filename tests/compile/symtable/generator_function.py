def g():
    yield 1
    yield from g()
    return 2
