# A traceback through yield from chains shows every generator frame.
def leaf():
    yield 1
    raise ValueError("leaf failed")


def middle():
    yield from leaf()


def top():
    yield from middle()


for v in top():
    print("got", v)
