# A parameter after **kwargs.
def f(**k, a):
    return k
