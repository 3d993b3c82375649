# yield from: values, send and throw forwarded to the subgenerator, and its return value.
def sub():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x


def main():
    result = yield from sub()
    print("sub returned", result)
    yield from [10, 20]
    yield from "ab"
    return "main done"


g = main()
print(next(g), g.send(1), g.send(2))
print(g.send(None), next(g), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)


def thrower():
    try:
        yield from sub()
    except KeyError as e:
        print("outer sees", repr(e))
        yield "recovered"


t = thrower()
next(t)
print(t.throw(KeyError("k")))
yield_from_none = (lambda: (yield from None))()
next(yield_from_none)
