# python.gram: invalid_with_item with a subscript target; pegen.c _PyPegen_get_expr_name names it
with a as a[0]: pass
