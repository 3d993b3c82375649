async def f(x):
    await x
    async for a in x:
        pass
    async with x as y:
        pass
    return [await z async for z in x]
