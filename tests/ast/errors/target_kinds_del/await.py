# python.gram: invalid_del_stmt with a await target; pegen.c _PyPegen_get_expr_name names it
async def f():
    del await x
