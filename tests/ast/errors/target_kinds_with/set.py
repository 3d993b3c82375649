# python.gram: invalid_with_item with a set target; pegen.c _PyPegen_get_expr_name names it
with a as {1, 2}: pass
