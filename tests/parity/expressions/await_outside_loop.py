# await expressions driven by hand: awaitables with __await__, coroutine chaining, send(None).
class Ready:
    def __init__(self, value):
        self.value = value

    def __await__(self):
        print("awaiting", self.value)
        yield "suspended"
        return self.value * 2


async def inner(x):
    return await Ready(x) + 1


async def outer():
    a = await inner(1)
    b = await inner(10)
    return a, b


coro = outer()
print(coro.send(None))
print(coro.send(None))
try:
    coro.send(None)
except StopIteration as e:
    print("result", e.value)


class NotAwaitable:
    pass


async def bad():
    await NotAwaitable()


bad().send(None)
