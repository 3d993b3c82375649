# python.gram: invalid_for_target (comprehension) with a await target; pegen.c _PyPegen_get_expr_name names it
async def f():
    [1 for await x in y]
