# python.gram: invalid_for_target with a none target; pegen.c _PyPegen_get_expr_name names it
for None in y: pass
