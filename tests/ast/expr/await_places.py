# python.gram: await_primary in expressions, comprehensions, arguments, targets' subscripts
async def f():
    await a
    x = await a.b()
    y = [await z async for z in w]
    await a ** 2
    -await a
    await (await b)
    (await c)[0] = 1
    return await d
    async for i in aiter():
        await i
    print(await x, *await y, k=await z)
    g = (await q for q in r)
