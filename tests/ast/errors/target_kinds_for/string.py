# python.gram: invalid_for_target with a string target; pegen.c _PyPegen_get_expr_name names it
for "s" in y: pass
