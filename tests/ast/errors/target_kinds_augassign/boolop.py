# python.gram: invalid_assignment (augassign) with a boolop target; pegen.c _PyPegen_get_expr_name names it
a and b += 1
