# python.gram: invalid_assignment (star_expressions =) with a ifexp target; pegen.c _PyPegen_get_expr_name names it
(a if b else c) = 1
