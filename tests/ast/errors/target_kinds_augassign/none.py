# python.gram: invalid_assignment (augassign) with a none target; pegen.c _PyPegen_get_expr_name names it
None += 1
