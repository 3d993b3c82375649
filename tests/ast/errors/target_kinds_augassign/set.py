# python.gram: invalid_assignment (augassign) with a set target; pegen.c _PyPegen_get_expr_name names it
{1, 2} += 1
