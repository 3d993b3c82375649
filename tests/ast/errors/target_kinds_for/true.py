# python.gram: invalid_for_target with a true target; pegen.c _PyPegen_get_expr_name names it
for True in y: pass
