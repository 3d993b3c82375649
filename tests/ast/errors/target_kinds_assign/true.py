# python.gram: invalid_assignment (star_expressions =) with a true target; pegen.c _PyPegen_get_expr_name names it
True = 1
