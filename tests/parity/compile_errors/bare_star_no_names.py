# A bare * followed directly by **kwargs.
def f(a, *, **k):
    return a
