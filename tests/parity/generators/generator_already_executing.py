# Re-entering a running generator raises ValueError; throwing non-exceptions raises TypeError.
def g():
    yield me.send(None)


me = g()
try:
    next(me)
except ValueError as e:
    print(e)


def simple():
    yield 1


s = simple()
for bad in (1, "x", object):
    try:
        s.throw(bad)
    except TypeError as e:
        print(e)
s2 = simple()
s2.throw(ValueError, ValueError("two-arg form"), None)
