# python.gram: invalid_for_target ('async' 'for' in a comprehension)
async def f():
    [x async for a.b() in y]
