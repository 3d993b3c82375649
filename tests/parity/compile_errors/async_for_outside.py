# async for inside a plain function.
def f(items):
    async for x in items:
        pass
