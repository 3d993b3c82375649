def f(files):
    a = [x for d in y for x in files]
    b = 1
    return [(b, lambda: b) for d in y]
