# python.gram: invalid_for_target with a name target; pegen.c _PyPegen_get_expr_name names it
for a in y: pass
