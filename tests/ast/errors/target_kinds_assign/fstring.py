# python.gram: invalid_assignment (star_expressions =) with a fstring target; pegen.c _PyPegen_get_expr_name names it
f"{x}" = 1
