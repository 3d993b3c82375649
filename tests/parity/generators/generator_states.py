# Generator introspection: gi_running, gi_frame, gi_code, gi_suspended, gi_yieldfrom, and names.
def gen():
    yield 1
    yield 2


g = gen()
print(g.__name__, g.__qualname__, g.gi_code.co_name, g.gi_running, g.gi_suspended, g.gi_frame is not None)
next(g)
print(g.gi_suspended, g.gi_frame.f_lineno, g.gi_yieldfrom)


def outer():
    yield from gen()


o = outer()
next(o)
print(type(o.gi_yieldfrom).__name__)
list(g)
print(g.gi_frame, g.gi_suspended)
g.__name__ = "renamed"
print(g.__name__, type(g).__name__, iter(g) is g)
print(repr(g).startswith("<generator object gen at"))
