# python.gram: invalid_assignment (star_expressions =) with a call target; pegen.c _PyPegen_get_expr_name names it
f() = 1
