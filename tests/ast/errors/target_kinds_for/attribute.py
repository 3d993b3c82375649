# python.gram: invalid_for_target with a attribute target; pegen.c _PyPegen_get_expr_name names it
for a.b in y: pass
