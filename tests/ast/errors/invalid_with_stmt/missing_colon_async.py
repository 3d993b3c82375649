# python.gram: invalid_with_stmt (['async'] ... expected ':')
async def f():
    async with a
        pass
