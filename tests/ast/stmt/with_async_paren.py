# python.gram: with_stmt ('async' 'with' '(' ...)
async def f():
    async with (a as b, c as d,):
        pass
    async with a as b, c:
        pass
