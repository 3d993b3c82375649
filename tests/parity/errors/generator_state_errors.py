# Errors from using generators in invalid states.
def g():
    yield 1
    yield 2


gen = g()
try:
    gen.send(5)
except TypeError as e:
    print(e)


def reentrant():
    yield next(me)


me = reentrant()
try:
    next(me)
except ValueError as e:
    print(e)
print(list(gen))
print(next(gen, "exhausted"))
next(gen)
