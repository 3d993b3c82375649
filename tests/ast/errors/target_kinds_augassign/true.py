# python.gram: invalid_assignment (augassign) with a true target; pegen.c _PyPegen_get_expr_name names it
True += 1
