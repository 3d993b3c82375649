# Iterable unpacking after keyword unpacking in a call.
def f(*a, **k):
    return a, k


args = [1]
kw = {"a": 2}
f(**kw, *args)
