# async with inside a plain function.
def f(cm):
    async with cm:
        pass
