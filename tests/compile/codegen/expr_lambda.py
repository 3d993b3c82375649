f = lambda: 1
g = lambda a, b=1, *c, d, e=2, **f: a
h = lambda: (yield)
