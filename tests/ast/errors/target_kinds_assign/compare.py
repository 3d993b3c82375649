# python.gram: invalid_assignment (star_expressions =) with a compare target; pegen.c _PyPegen_get_expr_name names it
a < b = 1
