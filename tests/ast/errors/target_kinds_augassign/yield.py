# python.gram: invalid_assignment (augassign) with a yield target; pegen.c _PyPegen_get_expr_name names it
(yield) += 1
