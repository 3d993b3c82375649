# python.gram: invalid_assignment (star_expressions =) with a yield target; pegen.c _PyPegen_get_expr_name names it
(yield) = 1
