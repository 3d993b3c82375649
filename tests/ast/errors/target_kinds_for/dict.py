# python.gram: invalid_for_target with a dict target; pegen.c _PyPegen_get_expr_name names it
for {1: 2} in y: pass
