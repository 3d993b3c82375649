# python.gram: invalid_assignment (augassign) with a string target; pegen.c _PyPegen_get_expr_name names it
"s" += 1
