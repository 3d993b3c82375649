# python.gram: invalid_assignment (augassign) with a dictcomp target; pegen.c _PyPegen_get_expr_name names it
{x: y for x in z} += 1
