# python.gram: invalid_assignment (augassign) with a await target; pegen.c _PyPegen_get_expr_name names it
async def f():
    await x += 1
