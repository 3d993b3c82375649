# python.gram: invalid_with_stmt_indent (['async'] 'with')
async def f():
    async with a:
    pass
