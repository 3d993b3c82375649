# python.gram: invalid_for_target (comprehension) with a tuple target; pegen.c _PyPegen_get_expr_name names it
[1 for (a, b) in y]
