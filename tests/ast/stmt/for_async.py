# python.gram: for_stmt ('async' 'for')
async def f():
    async for x in y:
        pass
    async for a, b in c:
        pass
    else:
        pass
