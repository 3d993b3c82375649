# python.gram: invalid_assignment (augassign) with a lambda target; pegen.c _PyPegen_get_expr_name names it
lambda: 1 += 1
