# python.gram: invalid_assignment (star_expressions =) with a ellipsis target; pegen.c _PyPegen_get_expr_name names it
... = 1
