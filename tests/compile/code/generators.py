def gen():
    yield 1
    yield 2
    return 3

def gen2(xs):
    for x in xs:
        yield x * 2

def gen3(xs):
    yield from xs

def gen4():
    x = yield
    while x:
        x = yield x

def gen5():
    try:
        yield 1
    finally:
        print("done")

def gen6(a):
    def inner():
        yield a
    return inner
