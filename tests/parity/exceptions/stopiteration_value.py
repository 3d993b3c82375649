# StopIteration.value carries a generator's return value; StopAsyncIteration exists too.
def gen():
    yield 1
    return "result"


g = gen()
next(g)
try:
    next(g)
except StopIteration as e:
    print(repr(e), e.value, e.args)
print(StopIteration().value, StopIteration(1, 2).value, StopIteration("v").value)


def delegator():
    r = yield from gen()
    print("yield from got", r)


print(list(delegator()))
e = StopIteration()
e.value = 5
print(e.value, e.args)
print(issubclass(StopAsyncIteration, Exception), issubclass(StopIteration, Exception))
raise StopIteration("done")
