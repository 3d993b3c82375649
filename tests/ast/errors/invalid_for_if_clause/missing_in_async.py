# python.gram: invalid_for_if_clause ('async' 'for' ... !'in')
async def f():
    [x async for x]
