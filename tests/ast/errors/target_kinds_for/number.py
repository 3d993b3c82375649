# python.gram: invalid_for_target with a number target; pegen.c _PyPegen_get_expr_name names it
for 1 in y: pass
