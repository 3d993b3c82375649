# python.gram: invalid_for_target with a lambda target; pegen.c _PyPegen_get_expr_name names it
for lambda: 1 in y: pass
