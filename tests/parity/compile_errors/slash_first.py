# A / with no parameter before it.
def f(/, a):
    return a
