# python.gram: invalid_assignment (star_expressions =) with a empty_list target; pegen.c _PyPegen_get_expr_name names it
[] = 1
