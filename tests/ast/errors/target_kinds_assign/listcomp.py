# python.gram: invalid_assignment (star_expressions =) with a listcomp target; pegen.c _PyPegen_get_expr_name names it
[x for x in y] = 1
