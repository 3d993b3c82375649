# python.gram: invalid_for_target with a call target; pegen.c _PyPegen_get_expr_name names it
for f() in y: pass
