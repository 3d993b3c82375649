# python.gram: invalid_with_item with a dictcomp target; pegen.c _PyPegen_get_expr_name names it
with a as {x: y for x in z}: pass
