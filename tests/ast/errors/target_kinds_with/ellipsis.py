# python.gram: invalid_with_item with a ellipsis target; pegen.c _PyPegen_get_expr_name names it
with a as ...: pass
