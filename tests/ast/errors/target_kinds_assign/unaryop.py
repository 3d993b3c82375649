# python.gram: invalid_assignment (star_expressions =) with a unaryop target; pegen.c _PyPegen_get_expr_name names it
-a = 1
