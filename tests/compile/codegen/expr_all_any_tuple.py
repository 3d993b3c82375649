def f(y):
    return all(x for x in y), any(x for x in y), tuple(x for x in y), list(x for x in y)
