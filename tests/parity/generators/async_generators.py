# Async generators driven without an event loop: asend, athrow, aclose, and async for.
def run(aw):
    try:
        while True:
            aw.send(None)
    except StopIteration as e:
        return e.value


async def agen():
    try:
        x = yield 1
        print("agen got", x)
        yield 2
        yield 3
    finally:
        print("agen finally")


a = agen()
print(type(a).__name__, a.__name__)
print(run(a.__anext__()))
print(run(a.asend("sent")))
try:
    run(a.athrow(ValueError("thrown in")))
except ValueError as e:
    print("athrow propagated", e)
try:
    run(a.__anext__())
except StopAsyncIteration:
    print("exhausted")


async def collect():
    out = []
    async for v in agen():
        out.append(v)
    return out


print(run(collect()))
b = agen()
run(b.__anext__())
print(run(b.aclose()))
run(b.__anext__())
