# iter/next variants, and aiter/anext driven by hand without an event loop.
it = iter("ab")
print(next(it), next(it), next(it, "end"))


class AIt:
    def __init__(self):
        self.i = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        self.i += 1
        if self.i > 2:
            raise StopAsyncIteration
        return self.i


a = aiter(AIt())
for _ in range(3):
    aw = anext(a, "default")
    try:
        aw.send(None)
    except StopIteration as e:
        print("anext gave", e.value)
try:
    aiter(1)
except TypeError as e:
    print(e)
try:
    anext(1)
except TypeError as e:
    print(e)
next(iter([]))
