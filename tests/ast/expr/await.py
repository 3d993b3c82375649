# python.gram: await_primary
async def f():
    await x
    await x.y()
    await (await y)
    return await z ** 2
    -await w
