# python.gram: invalid_for_target (comprehension) with a set target; pegen.c _PyPegen_get_expr_name names it
[1 for {1, 2} in y]
