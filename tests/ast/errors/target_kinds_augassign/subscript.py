# python.gram: invalid_assignment (augassign) with a subscript target; pegen.c _PyPegen_get_expr_name names it
a[0] += 1
