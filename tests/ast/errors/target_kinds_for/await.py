# python.gram: invalid_for_target with a await target; pegen.c _PyPegen_get_expr_name names it
async def f():
    for await x in y: pass
