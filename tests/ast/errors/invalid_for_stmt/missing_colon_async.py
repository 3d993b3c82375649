# python.gram: invalid_for_stmt (['async'] 'for' ... expected ':')
async def f():
    async for x in y
        pass
