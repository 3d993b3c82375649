# python.gram: invalid_assignment (augassign) with a ifexp target; pegen.c _PyPegen_get_expr_name names it
(a if b else c) += 1
