# python.gram: for_if_clause ('async' 'for')
async def f():
    [x async for x in y]
    {x async for x in y}
    {x: y async for x, y in z}
    (x async for x in y)
    [x async for x in y for z in x if await z]
