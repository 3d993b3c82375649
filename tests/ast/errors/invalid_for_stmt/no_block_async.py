# python.gram: invalid_for_stmt (async for without block)
async def f():
    async for x in y:
    pass
