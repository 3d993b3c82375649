# / appearing twice in a parameter list.
def f(a, /, b, /):
    return a
