def f(y):
    return [x * 2 for x in y if x if not x]
