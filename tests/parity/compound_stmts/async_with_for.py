# async with and async for driven by a tiny hand-written loop (no asyncio).
class Yield:
    def __await__(self):
        yield


class ACM:
    async def __aenter__(self):
        print("aenter")
        await Yield()
        return "resource"

    async def __aexit__(self, et, ev, tb):
        print("aexit", et)
        return False


class ARange:
    def __init__(self, n):
        self.i, self.n = 0, n

    def __aiter__(self):
        return self

    async def __anext__(self):
        await Yield()
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i


async def main():
    async with ACM() as r:
        print("inside", r)
    async for v in ARange(3):
        print("got", v)
    print([x async for x in ARange(2)])
    return "main done"


def run(coro):
    steps = 0
    while True:
        try:
            coro.send(None)
            steps += 1
        except StopIteration as e:
            return e.value, steps


print(run(main()))


async def bad():
    async with object():
        pass


run(bad())
