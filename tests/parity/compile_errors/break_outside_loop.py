# break with no enclosing loop.
def f(x):
    if x:
        break
    return x
