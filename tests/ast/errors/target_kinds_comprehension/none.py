# python.gram: invalid_for_target (comprehension) with a none target; pegen.c _PyPegen_get_expr_name names it
[1 for None in y]
