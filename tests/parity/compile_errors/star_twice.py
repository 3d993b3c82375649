# Two * parameters.
def f(*a, *b):
    return a
