async def f():
    a = [x async for x in y]
    b = [await x for x in y]
    c = (x async for x in y)
    d = {x: 1 async for x in y}
