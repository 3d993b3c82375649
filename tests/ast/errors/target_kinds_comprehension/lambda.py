# python.gram: invalid_for_target (comprehension) with a lambda target; pegen.c _PyPegen_get_expr_name names it
[1 for lambda: 1 in y]
