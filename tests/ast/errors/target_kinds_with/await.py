# python.gram: invalid_with_item with a await target; pegen.c _PyPegen_get_expr_name names it
async def f():
    with a as await x: pass
