# python.gram: with_stmt ('async' 'with')
async def f():
    async with a as b:
        pass
    async with (a as b, c):
        pass
    async with a, b:
        pass
