async def f():
    async with a as b:
        return b
