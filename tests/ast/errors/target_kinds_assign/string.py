# python.gram: invalid_assignment (star_expressions =) with a string target; pegen.c _PyPegen_get_expr_name names it
"s" = 1
