async def f():
    await g()

async def h(xs):
    async for x in xs:
        print(x)
    else:
        pass

async def agen():
    yield 1
    await sleep(0)

async def compre(xs):
    return [await y for y in xs]

async def tryawait():
    try:
        await a()
    except E:
        await b()
    finally:
        await c()
