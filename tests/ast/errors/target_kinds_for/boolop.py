# python.gram: invalid_for_target with a boolop target; pegen.c _PyPegen_get_expr_name names it
for a and b in y: pass
